# setattr on an int.
setattr(1, 'x', 2)
