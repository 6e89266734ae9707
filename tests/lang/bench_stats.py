# The statistics of sparrow-bench (benchmarks/harness/bench_stats.py) on fixed samples, checked
# against textbook values and against brute-force enumeration done here, independently.
import itertools
import math
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..', '..', 'benchmarks', 'harness'))
import bench_stats as st


def show(label, value):
    if isinstance(value, float):
        value = '%.12g' % value
    print(label, value)


# ---- location and spread
show('median odd', st.median([5, 1, 3]))
show('median even', st.median([4, 1, 3, 2]))
show('median one', st.median([7.5]))
assert st.median([4, 1, 3, 2]) == 2.5

# Linear interpolation between order statistics (Hyndman & Fan type 7, numpy's default).
data = [1, 2, 3, 4]
for q in (0, 0.25, 0.5, 0.75, 1):
    show('quantile %s' % q, st.quantile(data, q))
assert st.quantile(data, 0.25) == 1.75 and st.quantile(data, 0.75) == 3.25
assert st.quantile(data, 0) == 1 and st.quantile(data, 1) == 4
assert st.quantile(list(range(1, 12)), 0.1) == 2
show('quantile single', st.quantile([3.0], 0.9))

show('mad', st.mad([1, 2, 3, 4, 100]))
assert st.mad([1, 2, 3, 4, 100]) == 1
show('mad constant', st.mad([2, 2, 2]))

# Tukey's fences: Q1 - 1.5 IQR, Q3 + 1.5 IQR; none with fewer than 4 samples.
show('tukey', st.tukey_outliers([1, 2, 3, 4, 100]))
assert st.tukey_outliers([1, 2, 3, 4, 100]) == [100]
show('tukey both sides', st.tukey_outliers([-50, 10, 11, 12, 13, 14, 90]))
show('tukey none', st.tukey_outliers([10, 11, 12, 13]))
show('tukey too few', st.tukey_outliers([1, 2, 100]))

s = st.summarize([0.30, 0.10, 0.20, 0.25, 0.90])
for key in sorted(s):
    show('summarize ' + key, s[key])
assert s['n'] == 5 and s['median'] == 0.25 and s['min'] == 0.10 and s['max'] == 0.90
assert s['outliers'] == 1

# ---- geometric mean
show('geomean 2 1/2', st.geometric_mean([2.0, 0.5]))
show('geomean 1 2 4', st.geometric_mean([1, 2, 4]))
assert abs(st.geometric_mean([1, 2, 4]) - 2) < 1e-12
assert abs(st.geometric_mean([2.0, 0.5]) - 1) < 1e-12
show('geomean empty', st.geometric_mean([]))
for bad in ([1.0, 0.0], [2.0, -1.0]):
    try:
        st.geometric_mean(bad)
    except ValueError as e:
        print('geomean', bad, type(e).__name__, e)


# ---- Mann-Whitney U
def u_statistic(a, b):
    """U of sample a by its definition: pairs where a wins, ties counting one half."""
    return sum((x > y) + 0.5 * (x == y) for x in a for y in b)


def brute_force_p(a, b):
    """Exact two-sided p-value by enumerating every split of the pooled (distinct) values
    into groups of len(a) and len(b): 2 * P(U <= min(U, n1 n2 - U)), at most 1."""
    pooled = a + b
    n1, n2 = len(a), len(b)
    u = u_statistic(a, b)
    u = min(u, n1 * n2 - u)
    total = extreme = 0
    for chosen in itertools.combinations(range(len(pooled)), n1):
        first = [pooled[i] for i in chosen]
        second = [pooled[i] for i in range(len(pooled)) if i not in chosen]
        total += 1
        if u_statistic(first, second) <= u:
            extreme += 1
    return min(1.0, 2.0 * extreme / total)


# Textbook: the three smallest against the three largest: 2 of the 20 splits are as extreme.
show('mw 123 456', st.mann_whitney([1, 2, 3], [4, 5, 6]))
assert abs(st.mann_whitney([1, 2, 3], [4, 5, 6]) - 0.1) < 1e-12
assert abs(st.mann_whitney([4, 5, 6], [1, 2, 3]) - 0.1) < 1e-12
show('mw 5 vs 5 separated', st.mann_whitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
assert abs(st.mann_whitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]) - 2 / 252) < 1e-12
show('mw identical order', st.mann_whitney([1, 4, 5, 8], [2, 3, 6, 7]))
assert st.mann_whitney([1, 4, 5, 8], [2, 3, 6, 7]) == 1.0

# The distribution of U for 3 + 3 samples (a classic table): counts of the 20 orderings.
show('U counts 3x3', st._exact_u_distribution(3, 3))
assert st._exact_u_distribution(3, 3) == [1, 1, 2, 3, 3, 3, 3, 2, 1, 1]
assert st._exact_u_distribution(2, 4) == [1, 1, 2, 2, 3, 2, 2, 1, 1]
assert sum(st._exact_u_distribution(5, 6)) == math.comb(11, 5)

cases = [
    ([0.101, 0.105, 0.099, 0.110, 0.102], [0.120, 0.118, 0.103, 0.125, 0.121]),
    ([1.5, 2.5, 0.5], [3.5, 1.0, 4.5, 2.0]),
    ([10.0, 12.0, 11.0, 15.0, 9.0, 13.0], [14.0, 16.0, 17.0, 8.0]),
    ([3.1, 2.2, 5.3, 4.4, 1.5, 6.6, 0.7], [2.9, 4.1, 7.2, 8.3, 5.9, 6.1, 9.4]),
    ([1.0], [2.0]),
    ([5.0, 1.0], [3.0]),
]
for a, b in cases:
    p = st.mann_whitney(a, b)
    expected = brute_force_p(a, b)
    show('mw %d vs %d p' % (len(a), len(b)), p)
    assert abs(p - expected) < 1e-12, (a, b, p, expected)
    assert abs(st.mann_whitney(b, a) - p) < 1e-12

# With ties: the normal approximation with tie and continuity corrections, computed here from
# the textbook formulas: z = (|U - n1 n2 / 2| - 1/2) / sqrt(n1 n2 / 12 ((n + 1) - sum(t^3 - t)
# / (n (n - 1)))), p = erfc(z / sqrt 2).
def tied_normal_p(a, b):
    n1, n2 = len(a), len(b)
    n = n1 + n2
    pooled = a + b
    ties = sum(t ** 3 - t for t in [pooled.count(v) for v in sorted(set(pooled))])
    sigma = math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))))
    z = max(0.0, (abs(u_statistic(a, b) - n1 * n2 / 2) - 0.5) / sigma)
    return math.erfc(z / math.sqrt(2))


tied = [
    ([1, 2, 2, 3, 4], [2, 3, 4, 5, 5, 6]),
    ([7, 7, 7, 8], [7, 8, 9, 9]),
    ([1.0, 1.0, 1.0], [1.0, 1.0, 2.0]),
]
for a, b in tied:
    p = st.mann_whitney(a, b)
    show('mw tied %d vs %d p' % (len(a), len(b)), p)
    assert abs(p - tied_normal_p(a, b)) < 1e-12, (a, b, p, tied_normal_p(a, b))
show('mw all equal', st.mann_whitney([2.0, 2.0], [2.0, 2.0, 2.0]))
assert st.mann_whitney([2.0, 2.0], [2.0, 2.0, 2.0]) == 1.0
show('mw empty', st.mann_whitney([], [1.0, 2.0]))

# Large samples (n1 n2 > 400) use the normal approximation: clearly separated samples give a
# tiny p, interleaved ones a large one.
big_a = [i + 0.25 for i in range(25)]
big_b = [i + 0.75 for i in range(25)]
show('mw 25 vs 25 interleaved', st.mann_whitney(big_a, big_b))
assert st.mann_whitney(big_a, big_b) > 0.5
show('mw 25 vs 25 separated', st.mann_whitney(big_a, [x + 100 for x in big_b]))
assert st.mann_whitney(big_a, [x + 100 for x in big_b]) < 1e-8
# At the exact/approximate boundary both agree roughly (20 x 20 = 400 is still exact).
edge_a = [i * 1.0 for i in range(0, 40, 2)]
edge_b = [i * 1.0 + 3.5 for i in range(0, 40, 2)]
exact = st.mann_whitney(edge_a, edge_b)
show('mw 20 vs 20 exact', exact)
approx = st.mann_whitney(edge_a + [100.0], edge_b + [100.5])
show('mw 21 vs 21 approx', approx)

show('smallest p 3 3', st.smallest_p_value(3, 3))
show('smallest p 4 4', st.smallest_p_value(4, 4))
show('smallest p 1 1', st.smallest_p_value(1, 1))
assert abs(st.smallest_p_value(5, 5) - 2 / 252) < 1e-15

# ---- the order of VMs in the rounds of sparrow-bench run: a balanced Latin square
import sparrow_bench

for k in range(1, 7):
    vms = ['vm%d' % i for i in range(k)]
    cycle = k if k % 2 == 0 else 2 * k
    rows = [sparrow_bench.round_order(vms, r) for r in range(cycle)]
    print('order k=%d' % k, ' '.join(''.join(v[2:] for v in row) for row in rows))
    positions = {}
    follows = {}
    for row in rows:
        assert sorted(row) == vms
        for i, vm in enumerate(row):
            positions[vm, i] = positions.get((vm, i), 0) + 1
        for first, second in zip(row, row[1:]):
            follows[first, second] = follows.get((first, second), 0) + 1
    # Every VM equally often at every position, and right after every other VM equally often.
    assert len(positions) == k * k and len(set(positions.values())) == 1
    assert len(follows) == k * (k - 1) and len(set(follows.values())) <= 1
    assert sparrow_bench.round_order(vms, cycle) == rows[0]
print('done')
