# unexpected EOF in a multi-line statement.
x = (1,
     2,
