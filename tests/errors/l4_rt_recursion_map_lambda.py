# Unbounded recursion through map() and a lambda.
f = lambda x: list(map(f, [x]))
f(1)
