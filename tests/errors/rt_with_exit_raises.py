# __exit__ raising while an exception is handled: both are printed, chained.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        raise RuntimeError("exit failed")


with Manager():
    raise ValueError("body failed")
