# unary minus of a str.
x = -'a'
