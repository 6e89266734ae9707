# Systematic slicing of lists, strings and tuples with all index/step combinations.
vals = [None, -7, -5, -2, -1, 0, 1, 2, 4, 5, 7]
steps = [None, -3, -2, -1, 1, 2, 3]
L = [0, 1, 2, 3, 4]
S = "abcde"
T = (0, 1, 2, 3, 4)
for step in steps:
    for start in vals:
        row = []
        for stop in vals:
            row.append("".join([str(x) for x in L[start:stop:step]]))
        print(step, start, row)
# strings and tuples agree with lists
mismatch = 0
for step in steps:
    for start in vals:
        for stop in vals:
            sl = L[start:stop:step]
            if "".join([S[i] for i in sl]) != S[start:stop:step]:
                mismatch += 1
            if tuple(sl) != T[start:stop:step]:
                mismatch += 1
print("mismatches:", mismatch)
# slicing an empty sequence
print([][1:2], ""[::-1], ()[::2], [][-1:])
# big indices clamp
print(L[-10 ** 20:10 ** 20], S[10 ** 20:], L[::10 ** 20], L[::-(10 ** 20)])
# zero step is an error
for seq in (L, S, T):
    try:
        seq[::0]
    except ValueError as e:
        print("ValueError:", e)
# slice objects compare via their results; slices of slices
print(L[1:][1:][1:], S[::-1][::-1], L[::2][::-1], S[1:-1][::2])
# assignment through slices (no step) on lists with all starts/stops
for start in [None, -2, 0, 1, 3, 9]:
    for stop in [None, -1, 0, 2, 9]:
        m = list(L)
        m[start:stop] = ['x', 'y']
        print(start, stop, m)
