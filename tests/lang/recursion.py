# Deep recursion and RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(800))))
def ping(n):
    return n if n <= 0 else pong(n - 1)
def pong(n):
    return n if n <= 0 else ping(n - 1)
print(ping(900))
# deep recursion with try/finally frames
hits = []
def guarded(n):
    try:
        if n == 0:
            return "bottom"
        return guarded(n - 1)
    finally:
        if n % 200 == 0:
            hits.append(n)
print(guarded(800), hits)
# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("RecursionError caught")
# the interpreter is usable afterwards and deep recursion still works
print(depth(900))
# recursion error raised inside nested call chain, caught midway
def outer_catch(n):
    if n == 50:
        try:
            return forever(0)
        except RecursionError:
            return "caught at depth 50"
    return outer_catch(n + 1)
print(outer_catch(0))
# recursion through a builtin that calls back (sorted key)
def rec_key(v):
    return sorted([v, v], key=rec_key)
try:
    rec_key(1)
except RecursionError:
    print("RecursionError caught")
# recursion through map / list
def rec_map(v):
    return list(map(rec_map, [v]))
try:
    rec_map(1)
except RecursionError:
    print("RecursionError caught")
# mutual unbounded recursion via lambdas
la = lambda: lb()
lb = lambda: la()
try:
    la()
except RecursionError:
    print("RecursionError caught")
# recursive data processing (nested lists depth 500)
nested = []
cur = nested
for i in range(500):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
def count_depth(l):
    best = 0
    for item in l:
        if type(item) is list:
            best = max(best, 1 + count_depth(item))
    return best
print(count_depth(nested))
# ackermann small
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
# hanoi
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)
hanoi(10, 'A', 'B', 'C')
print(len(moves), moves[:3], moves[-1])
# permutations
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out
print(perms("abc"), len(perms("abcde")))
