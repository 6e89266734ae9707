# exec() of code that recurses without end: RecursionError, not a C stack overflow.
src = "def f(n):\n    return exec('f(n + 1)', {'f': f, 'n': n})\nf(0)"
exec(src, {})
