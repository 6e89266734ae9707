"""bench_stats: the statistics sparrow-bench reports, in plain Python (no statistics module).

Timings of one program are skewed (a floor set by the work, a tail of interruptions), so every
summary is robust: the median for location, the median absolute deviation and the interquartile
range for spread, Tukey's fences for outliers, and the Mann-Whitney U test (no normality
assumption) to tell whether two sets of samples differ.
"""
import math


def median(values):
    """The middle value of a non-empty list (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    if n % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def quantile(values, q):
    """The q-quantile (0 <= q <= 1) by linear interpolation between order statistics."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    low = int(math.floor(pos))
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def mad(values):
    """Median absolute deviation from the median: a spread that one slow run cannot inflate."""
    centre = median(values)
    return median([abs(v - centre) for v in values])


def tukey_outliers(values):
    """The samples outside Tukey's fences [Q1 - 1.5 IQR, Q3 + 1.5 IQR]."""
    if len(values) < 4:
        return []
    q1, q3 = quantile(values, 0.25), quantile(values, 0.75)
    spread = q3 - q1
    return [v for v in values if v < q1 - 1.5 * spread or v > q3 + 1.5 * spread]


def summarize(values):
    """The summary of a list of samples that results.json and the report show."""
    return {
        "n": len(values),
        "median": median(values),
        "min": min(values),
        "max": max(values),
        "mad": mad(values),
        "q1": quantile(values, 0.25),
        "q3": quantile(values, 0.75),
        "outliers": len(tukey_outliers(values)),
    }


def geometric_mean(ratios):
    """The geometric mean of positive ratios: the mean that treats 2x faster and 2x slower alike.
    None for an empty list."""
    if not ratios:
        return None
    for r in ratios:
        if not r > 0:
            raise ValueError("geometric_mean: ratios must be positive, got %r" % (r,))
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def _exact_u_distribution(n1, n2):
    """counts[u] = number of orderings of n1 + n2 distinct samples whose U statistic is u."""
    # f(i, j) over u: the distribution for i samples of the first group and j of the second,
    # built from f(i-1, j) shifted by j (the last-ranked sample is from group one) + f(i, j-1).
    table = {}
    for i in range(n1 + 1):
        for j in range(n2 + 1):
            if i == 0 or j == 0:
                table[i, j] = [1]
                continue
            left = table[i - 1, j]
            right = table[i, j - 1]
            size = i * j + 1
            counts = [0] * size
            for u, c in enumerate(left):
                counts[u + j] += c
            for u, c in enumerate(right):
                counts[u] += c
            table[i, j] = counts
    return table[n1, n2]


def smallest_p_value(n1, n2):
    """The smallest two-sided p-value the exact Mann-Whitney test can give for n1 and n2 samples
    (all of one group below all of the other): 2 / C(n1 + n2, n1), at most 1."""
    return min(1.0, 2.0 / math.comb(n1 + n2, n1))


def mann_whitney(a, b):
    """Two-sided p-value of the Mann-Whitney U test that samples a and b come from one
    distribution. Exact (from the distribution of U over all orderings) when there are no ties
    and n1 * n2 <= 400, otherwise the normal approximation with tie correction and continuity
    correction. 1.0 when either sample is empty."""
    n1, n2 = len(a), len(b)
    if n1 == 0 or n2 == 0:
        return 1.0
    pooled = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    ranks = [0.0] * len(pooled)
    tie_term = 0.0
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        t = j - i + 1
        tie_term += t * t * t - t
        i = j + 1
    rank_sum_a = sum(r for r, (_, group) in zip(ranks, pooled) if group == 0)
    u_a = rank_sum_a - n1 * (n1 + 1) / 2
    u = min(u_a, n1 * n2 - u_a)
    if tie_term == 0 and n1 * n2 <= 400:
        counts = _exact_u_distribution(n1, n2)
        total = sum(counts)
        tail = sum(counts[: int(u) + 1])
        return min(1.0, 2 * tail / total)
    n = n1 + n2
    mean_u = n1 * n2 / 2
    var_u = n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1)))
    if var_u <= 0:
        return 1.0
    z = (abs(u - mean_u) - 0.5) / math.sqrt(var_u)
    if z < 0:
        z = 0.0
    return math.erfc(z / math.sqrt(2))
