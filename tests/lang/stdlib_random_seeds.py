# random: many seeds (small, negative, around powers of two, huge) give CPython's sequences for
# every function; each line condenses one seed's draws.
import random

seeds = list(range(-20, 21)) + [2**k + d for k in (31, 32, 33, 63, 64, 65, 127, 128, 1000)
                                for d in (-1, 0, 1)] + [-(2**64), 10**50, 0.5, -2.25, 1e300]
for seed in seeds:
    random.seed(seed)
    row = [random.random(), random.getrandbits(31), random.getrandbits(64), random.getrandbits(200) % 1000003,
           random.randrange(-7, 10**12, 3), random.randint(-5, 5), random.choice("abcdefgh")]
    row.append(sum(random.sample(range(1000), 20)))
    row.append("".join(random.choices("abcdef", k=8)))
    row.append("".join(random.choices("abc", [3, 2, 1], k=8)))
    row.append(round(random.gauss() + random.gauss(2, 3), 12))
    row.append(round(random.normalvariate(1, 2) + random.lognormvariate(0, 0.5) + random.expovariate(1.5), 12))
    row.append(round(random.vonmisesvariate(2, 3) + random.gammavariate(0.3, 1) + random.gammavariate(5, 1), 12))
    row.append(round(random.betavariate(0.5, 0.5) + random.paretovariate(3) + random.weibullvariate(2, 3), 12))
    row.append(round(random.triangular(0, 1, 0.2) + random.uniform(-1, 1), 12))
    l = list(range(12))
    random.shuffle(l)
    row.append(l)
    row.append(sum(random.sample(range(100000), 50)))
    row.append(random.randbytes(5).hex())
    print(seed, row)
