# getattr() with one argument.
getattr(1)
