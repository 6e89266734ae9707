# lambda with bare star and no keyword-only name.
f = lambda *: 1
