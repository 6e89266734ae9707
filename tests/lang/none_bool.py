# None and bool semantics.
print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0, not None)
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
print(x == False, x is False, bool(x), [None] * 3, (None,), {None: None})
def nothing():
    pass
print(nothing() is None, nothing() == None)
print(True, False, repr(True), str(False), type(True).__name__, int(True), float(False), -True, +False, abs(-True))
print(True + True + True, True * 5, False * 5, True / 4, True - 2, True ** 0, 10 - True, 3 * (1 < 2))
print(True == 1, True > False, False < 0.5, max(True, False), min(False, 0) is False)
print(isinstance(True, int), type(True) == int, bool.__name__)
print(True and 'yes' or 'no', False and 'yes' or 'no', None or 0 or '' or 'last', 'first' or None)
print(not True, not False, not not True, not 0, not 1, not [], not [0], not '', not ' ')
print([bool(v) for v in [None, 0, 0.0, -0.0, '', [], (), {}, set(), range(0), 1, -1, 'x', [[]], (None,), {0: 0}]])
print(sum([True, False, True]), sorted([True, False, True, False]), [True, False].index(False), [1, True, 1.0].count(True))
print(str(True) + str(None), "%s %s %d %r" % (True, None, True, False), f"{True} {None}")
counts = {True: 0, False: 0}
for v in range(10):
    counts[v % 3 == 0] += 1
print(counts)
print(1 if None else 2, 3 if True else 4, [v for v in [None, 1, 0, 2] if v])
print(True & True, True | False, True ^ True, ~False, ~True, type(True & True).__name__, type(True + 0).__name__)
print(hash(True) == hash(1), hash(False) == hash(0), {True: 'a', 1: 'b'}, {0: 'x', False: 'y'})
