# An elevator controller simulation: requests queue, SCAN scheduling, per-tick state machine, passenger statistics.
class Passenger:
    count = 0
    def __init__(self, t, src, dst):
        Passenger.count += 1
        self.id = Passenger.count
        self.t, self.src, self.dst = t, src, dst
        self.picked = self.dropped = None
    def __repr__(self):
        return f'P{self.id}({self.src}->{self.dst})'

class Elevator:
    def __init__(self, floors, capacity):
        self.floors, self.capacity = floors, capacity
        self.floor, self.direction = 0, 0
        self.riders = []
        self.log = []
    def targets(self, waiting):
        return {p.dst for p in self.riders} | {p.src for p in waiting}
    def choose_direction(self, waiting):
        targets = self.targets(waiting)
        if not targets:
            return 0
        if self.direction >= 0 and any(t > self.floor for t in targets):
            return 1
        if self.direction <= 0 and any(t < self.floor for t in targets):
            return -1
        if any(t > self.floor for t in targets):
            return 1
        if any(t < self.floor for t in targets):
            return -1
        return 0
    def tick(self, t, waiting, done):
        leaving = [p for p in self.riders if p.dst == self.floor]
        for p in leaving:
            self.riders.remove(p)
            p.dropped = t
            done.append(p)
        boarding = []
        for p in list(waiting):
            if p.src == self.floor and len(self.riders) < self.capacity:
                waiting.remove(p)
                p.picked = t
                self.riders.append(p)
                boarding.append(p)
        if leaving or boarding:
            self.log.append(f't={t:>2} floor {self.floor}: out {leaving} in {boarding}')
        self.direction = self.choose_direction(waiting)
        self.floor += self.direction

REQUESTS = [(0, 0, 5), (0, 3, 1), (1, 6, 0), (2, 2, 7), (4, 5, 2), (5, 0, 3), (5, 0, 4), (6, 7, 0), (9, 1, 6), (9, 4, 4 + 1),
            (12, 3, 0), (12, 3, 0), (12, 3, 0), (12, 3, 0), (15, 6, 2)]
elev = Elevator(floors=8, capacity=3)
waiting, done = [], []
pending = [Passenger(*r) for r in REQUESTS]
t = 0
while (pending or waiting or elev.riders) and t < 200:
    while pending and pending[0].t <= t:
        waiting.append(pending.pop(0))
    elev.tick(t, waiting, done)
    t += 1
print('\n'.join(elev.log))
print('finished at t =', t, 'delivered', len(done), 'of', Passenger.count)
waits = [p.picked - p.t for p in done]
rides = [p.dropped - p.picked for p in done]
print(f'wait avg {sum(waits) / len(waits):.2f} max {max(waits)}; ride avg {sum(rides) / len(rides):.2f} max {max(rides)}')
worst = max(done, key=lambda p: (p.dropped - p.t, -p.id))
print('worst trip', worst, 'took', worst.dropped - worst.t)
per_floor = {}
for p in done:
    per_floor.setdefault(p.src, []).append(p.id)
print(sorted(per_floor.items()))
