# for_loop.py (tests/stats.test, N = 1000): a function with a for loop over range, called once.
def f(n):
    s = 0
    for i in range(n):
        s = s + i * 3
    return s


print(f(1000))
