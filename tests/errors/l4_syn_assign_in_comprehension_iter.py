# walrus in a comprehension iterable expression.
x = [i for i in (j := range(3))]
