# Dynamic programming: 0/1 knapsack with reconstruction, coin change counts and minimum coins, LIS, edit scripts, matrix chain.
def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][capacity], chosen[::-1]

def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

def min_coins(coins, amount):
    INF = float('inf')
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a], last[a] = best[a - c] + 1, c
    if best[amount] == INF:
        return None
    out, a = [], amount
    while a:
        out.append(last[a])
        a -= last[a]
    return sorted(out, reverse=True)

def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]

def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[0]
            split[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[1]
    def paren(i, j):
        return f'A{i + 1}' if i == j else f'({paren(i, split[i][j])} {paren(split[i][j] + 1, j)})'
    return cost[0][n - 1], paren(0, n - 1)

ITEMS = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160), ('glucose', 15, 60),
         ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40), ('cheese', 23, 30), ('beer', 52, 10),
         ('suntan', 11, 70), ('camera', 32, 30), ('tshirt', 24, 15), ('trousers', 48, 10), ('umbrella', 73, 40),
         ('wtrousers', 42, 70), ('woverclothes', 43, 75), ('notecase', 22, 80), ('sunglasses', 7, 20), ('towel', 18, 12), ('socks', 4, 50), ('book', 30, 10)]
value, chosen = knapsack(ITEMS, 400)
print(value, sum(w for n, w, v in ITEMS if n in chosen), chosen)
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_ways([2, 5, 3, 6], 10), coin_ways([7], 3))
print(min_coins([1, 5, 10, 25], 63), min_coins([1, 3, 4], 6), min_coins([5, 10], 3), min_coins([186, 419, 83, 408], 6249))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10, 3, 12, 5, 50, 6]))
