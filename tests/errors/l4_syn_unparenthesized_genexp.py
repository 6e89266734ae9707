# generator expression must be parenthesized when not the sole argument.
f(x for x in y, 1)
