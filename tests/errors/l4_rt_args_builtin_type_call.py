# type() with two arguments.
type('a', 'b')
