# random: exact CPython 3.11 sequences after seed(), for every function, and error messages.
import random

for s in [0, 1, -1, 42, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 12345678901234567890,
          3.5, -0.0, "hello", "", b"bytes", bytearray(b"x"), True, None.__class__ is type(None)]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7),
          random.getrandbits(70))

random.seed(7)
print(random.choice("abcdef"), random.sample(range(100), 10), random.choices([1, 2, 3], k=5))
print(random.choices("abc", weights=[1, 5, 10], k=6), random.choices("abc", cum_weights=[1, 5, 10], k=6))
print(random.choices("abc", [0.5, 0.25, 0.25]))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(10000), 30))
print(random.sample(["a", "b", "c"], 4, counts=[3, 1, 2]))
print(random.sample((1, 2, 3, 4, 5, 6, 7, 8), 8))
print(random.uniform(1, 5), random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3))
print(random.gauss(), random.gauss(1, 2), random.gauss(), random.gauss(mu=5))
print(random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(2))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(10), random.randbytes(0))
st = random.getstate()
a = [random.random() for i in range(5)]
random.setstate(st)
print(a == [random.random() for i in range(5)], a[0])
print(len(st), st[0], len(st[1]), st[2], st[1][-1])
random.setstate((2, st[1], None))
print(random.random())

r = random.Random(99)
print(r.random(), r.randrange(10**30), r.randrange(-5, 5), r.randrange(100, 0, -3))
r2 = random.Random("seed")
print(r2.random(), random.Random(b"seed").random(), random.Random(bytearray(b"seed")).random())

class Half(random.Random):
    def random(self):
        return 0.5

h = Half()
print(h.randrange(100), h.choice([1, 2, 3]), h.randrange(10**20))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 1

print(Bits(1).randrange(7))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: random.randrange(0))
err(lambda: random.randrange(-3))
err(lambda: random.randrange(5, 5))
err(lambda: random.randrange(7, 5))
err(lambda: random.randrange(1, 10, 0))
err(lambda: random.randrange(10, 1, 2))
err(lambda: random.randrange(1, step=2))
err(lambda: random.choice([]))
err(lambda: random.sample([1, 2], 3))
err(lambda: random.sample([1, 2], -1))
err(lambda: random.sample({1, 2}, 1))
err(lambda: random.sample([1, 2], 1, counts=[1]))
err(lambda: random.sample([1, 2], 1, counts=[0, 0]))
err(lambda: random.seed([1]))
err(lambda: random.getrandbits(-1))
err(lambda: random.setstate((9, 1, 2)))
err(lambda: random.setstate((3, (1, 2), None)))
err(lambda: random.setstate((3, [1] * 625, None)))
err(lambda: random.choices([1], [1, 2]))
err(lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
err(lambda: random.choices([1, 2], [0, 0]))
err(lambda: random.choices([1, 2], 2))
err(lambda: random.gammavariate(-1, 1))
err(lambda: random.SystemRandom().getstate())

sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, sr.getrandbits(5) < 32, len(sr.randbytes(4)), 0 <= sr.randrange(10) < 10)
random.seed(123)
print([random.randint(-10**20, 10**20) for i in range(3)])
print(random.Random(5).getrandbits(0), random.Random(5).getrandbits(32),
      random.Random(5).getrandbits(64), random.Random(5).getrandbits(65),
      random.Random(5).getrandbits(1000) % 10**20)
random.seed(0, version=1)
print(random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(2**20000 + 17)
print(random.random())
print(isinstance(random.Random(), random.Random), random.Random.VERSION)
r = random.Random(3)
err(lambda: r.getrandbits(2**70))
err(lambda: r.getrandbits(1.5))
err(lambda: random.Random().setstate((3, (2**40,) * 625, None)))
err(lambda: random.Random().setstate((3, (-1,) * 625, None)))
err(lambda: random.Random().setstate((3, ("a",) * 625, None)))
err(lambda: random.Random().setstate((3, tuple(range(624)) + (625,), None)))
r.setstate((3, (2**32 + 7,) * 624 + (624,), None))
print(r.getstate()[1][:3], r.random())
