# Descriptive statistics by hand: mean, median, mode, variance, quantiles, correlation, linear regression and a histogram.
class Stats:
    def __init__(self, data):
        if not data:
            raise ValueError('no data')
        self.data = sorted(data)
        self.n = len(data)
    def mean(self):
        return sum(self.data) / self.n
    def median(self):
        mid = self.n // 2
        return self.data[mid] if self.n % 2 else (self.data[mid - 1] + self.data[mid]) / 2
    def modes(self):
        counts = {}
        for x in self.data:
            counts[x] = counts.get(x, 0) + 1
        top = max(counts.values())
        return [x for x, c in counts.items() if c == top]
    def variance(self, sample=True):
        m = self.mean()
        return sum((x - m) ** 2 for x in self.data) / (self.n - 1 if sample else self.n)
    def stdev(self):
        return self.variance() ** 0.5
    def quantile(self, q):
        pos = (self.n - 1) * q
        lo = int(pos)
        hi = min(lo + 1, self.n - 1)
        return self.data[lo] + (self.data[hi] - self.data[lo]) * (pos - lo)
    def summary(self):
        return {'n': self.n, 'min': self.data[0], 'q1': self.quantile(0.25), 'median': self.median(),
                'q3': self.quantile(0.75), 'max': self.data[-1], 'mean': round(self.mean(), 4), 'stdev': round(self.stdev(), 4)}

def correlation(xs, ys):
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    return cov / (vx * vy) ** 0.5

def regression(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx

def histogram(data, bins, width=40):
    lo, hi = min(data), max(data)
    step = (hi - lo) / bins
    counts = [0] * bins
    for x in data:
        counts[min(int((x - lo) / step), bins - 1)] += 1
    top = max(counts)
    for i, c in enumerate(counts):
        print(f'{lo + i * step:7.2f} - {lo + (i + 1) * step:7.2f} | {"#" * (c * width // top):<{width}} {c}')

heights = [162, 170, 175, 168, 181, 159, 173, 177, 165, 170, 188, 172, 169, 174, 170, 166, 179, 183, 161, 171]
weights = [55, 68, 74, 63, 85, 52, 70, 77, 60, 66, 92, 71, 65, 73, 69, 61, 80, 86, 54, 67]
s = Stats(heights)
for k, v in s.summary().items():
    print(f'{k:>7}: {v}')
print('modes', s.modes(), 'pop var', round(s.variance(sample=False), 3), 'sample var', round(s.variance(), 3))
r = correlation(heights, weights)
slope, icpt = regression(heights, weights)
print(f'r = {r:.4f}, weight = {slope:.4f} * height + {icpt:.3f}')
for h in (160, 175, 190):
    print(f'  predicted weight at {h} cm: {slope * h + icpt:.1f} kg')
histogram(heights, 5)
try:
    Stats([])
except ValueError as e:
    print('ValueError:', e)
print(Stats([1, 1, 2, 3, 3]).modes(), Stats([5]).median(), Stats([1, 2, 3, 4]).quantile(0.5), Stats([2.5, 3.5]).mean())
z = [(x - s.mean()) / s.stdev() for x in heights]
print([f'{v:+.2f}' for v in z[:6]], round(sum(z), 10) == 0)
