# an exception raised by __exit__ while another propagates.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError('exit failed')
with CM():
    1 / 0
