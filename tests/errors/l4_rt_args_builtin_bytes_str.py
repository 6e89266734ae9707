# bytes() of a str without an encoding.
bytes('abc')
