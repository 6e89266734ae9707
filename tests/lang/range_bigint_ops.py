# range with int bounds beyond 64 bits: indexing, slicing, in, index/count, ==, hash, reversed.
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(len(range(0, 10 ** 18, 7)), range(-10 ** 20, 10 ** 20, 10 ** 19)[3])
r = range(10**20)
print(r, r.start, r.stop, r.step, repr(range(-10**20, 10**20, 3)))
for e in ['len(range(10**20))','list(range(10**20))', 'range(10**20)[10**20]', 'range(10**20)["a"]', 'range(10**20)[1.5:]', 'range(10**20).index(-1)', 'range(1,10**20,0)', 'range(10**20)[::0]', 'range("a")','range(2**63)']:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
print(list(reversed(range(10**20, 10**20+5))), list(range(10**20, 10**20+3)))
it = reversed(range(10**20)); print(next(it), next(it))
it = iter(range(10**20)); print(next(it), next(it))
print(range(10**20)[::-1], range(10**20)[5:10**19:3], range(10**20)[-5:], range(10**20)[:-10**21], range(10**20)[::10**19])
print(range(10**20)[-3::-10**19], range(5, 10**20)[10**30:])
print(range(10**20) == range(0, 10**20), range(10**20) == range(10**20 + 1), range(2**64, 2**64+1) == range(2**64, 2**64+1, 7))
print(hash(range(10**20)) == hash(range(0, 10**20, 1)), hash(range(3)) == hash((3, 0, 1)))
print(range(10**20).index(10**19), range(0, 10**20, 7).count(14), range(0, 10**20, 7).count(15), 7.0 in range(2**64, 2**64+10) , (2**64+3.0) in range(2**64, 2**64+10))
print(range(2**64, 2**64 + 10).index(2**64 + 3.0), range(2**64, 2**64 + 10).count(2**64 + 3.0))
print(True in range(10**20), range(-10**20, 0, 10**19).index(-10**19), -10**19 in range(0, -10**20, -10**19), -10**20 in range(0, -10**20, -10**19))
print(len(range(2**63 - 1)), len(range(-2**63, 2**63 - 1, 2**62)), range(-2**63, 2**63, 2**63), list(range(-2**63, 2**63, 2**63)))
print(list(reversed(range(-2**63, 2**63-1, 2**62))), range(2**63 - 1, -2**63 - 1, -1)[2**63], list(range(10)[::-3]), list(reversed(range(0))))
print(len(range(2**63, 2**63 + 5)), range(2**63, 2**63+5)[1:3], range(0, 2**64, 2**62), list(range(0,2**64,2**62)))
print(sum(range(2**70, 2**70 + 1000)), range(2**70, 2**70+1000)[True], bool(range(10**20)), bool(range(10**20, 0)))
print(len(range(10**20, 0)), range(10**20, 0), list(range(10**20, 0)))
for e in ['range(10)[2**64]', 'range(10)[-2**64]', '2**64 in range(10)', 'range(10).index(2**64)', 'range(0) == range(10**20, 0)', 'range(10)[:2**64]', 'range(5)[::2**64]', 'range(5)[-2**64::-1]',
          'range(2**64)[::2**63]', 'range(2**64)[None:None:-2]', 'range(2**64)["x":]', 'range(2**64)[::0]', 'range(2**64)[1.0]', 'range(2**64, 2**64+3).index("a")',
          'range(2**64, 2**64+3).count(2**64+1)', 'list(range(2**64, 2**64+3)[::-1])', 'range(-2**64, 2**64)[2**64]', 'range(2**64) == range(2**64)', 'range(2**64) != range(3)',
          'range(True, 2**64)', 'range(0, 2**64, -1)', 'len(range(0, 2**64, -1))', 'range(2**63 - 1)[-1]', 'list(reversed(range(9223372036854775807, -9223372036854775808, -3074457345618258602)))', 'range(1)[0:1:2**64]', 'range(2**64)[-1:-3:-1]', 'range(2**64)[:-2**65]']:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
