# an exception raised in finally after another.
try:
    raise ValueError('body')
finally:
    raise KeyError('cleanup')
