# while_loop.py (tests/stats.test, N = 500): a module-level while loop and a function with one.
i = 0
t = 0
while i < 500:
    t += i
    i += 1


def g():
    k = 500
    acc = []
    while k:
        acc.append(k)
        k -= 1
    return len(acc)


print(t, g())
