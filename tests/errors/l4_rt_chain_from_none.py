# raise ... from None suppresses the context.
try:
    {}['a']
except KeyError:
    raise LookupError('not found') from None
