# Discrete-event simulation of a bank queue with a home-made deterministic LCG, event classes and statistics.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def uniform(self):
        return self.next() / 2 ** 31
    def expo(self, mean):
        u = self.uniform()
        x, term, n = 0.0, 1.0, 1
        # -ln(1-u) by its series, enough terms for u < 0.999
        u = min(u, 0.999)
        while n < 400:
            term *= u
            x += term / n
            n += 1
        return mean * x

class Event:
    order = 0
    def __init__(self, time):
        self.time = time
        Event.order += 1
        self.seq = Event.order
    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

class Arrival(Event):
    def handle(self, sim):
        sim.queue.append(self.time)
        sim.schedule(Arrival(self.time + sim.rng.expo(sim.mean_arrival)))
        sim.try_start(self.time)

class Departure(Event):
    def __init__(self, time, teller):
        super().__init__(time)
        self.teller = teller
    def handle(self, sim):
        sim.busy[self.teller] = False
        sim.served += 1
        sim.try_start(self.time)

class Simulation:
    def __init__(self, tellers, mean_arrival, mean_service, seed):
        self.rng = LCG(seed)
        self.busy = [False] * tellers
        self.mean_arrival, self.mean_service = mean_arrival, mean_service
        self.events, self.queue, self.waits = [], [], []
        self.served = 0
        self.max_queue = 0
    def schedule(self, ev):
        lo, hi = 0, len(self.events)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.events[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.events.insert(lo, ev)
    def try_start(self, now):
        self.max_queue = max(self.max_queue, len(self.queue))
        for t, busy in enumerate(self.busy):
            if not busy and self.queue:
                arrived = self.queue.pop(0)
                self.waits.append(now - arrived)
                self.busy[t] = True
                self.schedule(Departure(now + self.rng.expo(self.mean_service), t))
    def run(self, until):
        self.schedule(Arrival(0.0))
        while self.events and self.events[0].time < until:
            self.events.pop(0).handle(self)
        return self

def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    s = sorted(values)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return n, mean, var ** 0.5, median, s[-1]

print(f'{"tellers":>7} {"served":>6} {"mean wait":>9} {"stdev":>7} {"median":>7} {"max":>7} {"maxq":>4}')
for tellers in (1, 2, 3, 4):
    sim = Simulation(tellers, mean_arrival=1.0, mean_service=2.5, seed=42).run(until=500)
    n, mean, sd, med, mx = stats(sim.waits)
    print(f'{tellers:>7} {sim.served:>6} {mean:>9.3f} {sd:>7.3f} {med:>7.3f} {mx:>7.2f} {sim.max_queue:>4}')
rng = LCG(7)
print([rng.next() % 100 for _ in range(10)])
hist = [0] * 10
for _ in range(5000):
    hist[int(rng.uniform() * 10)] += 1
print(hist, sum(hist))
