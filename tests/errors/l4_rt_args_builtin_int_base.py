# int() with a base and a non-string.
int(10, 2)
