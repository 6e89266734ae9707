# super() with a non-type first argument.
super(1, 2)
