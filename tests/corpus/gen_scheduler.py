# Cooperative multitasking with generators: a round-robin scheduler, sleeping on a fake clock, channels and joins.
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
class Send:
    def __init__(self, chan, value): self.chan, self.value = chan, value
class Recv:
    def __init__(self, chan): self.chan = chan
class Join:
    def __init__(self, task): self.task = task

class Task:
    next_id = 1
    def __init__(self, gen, name):
        self.gen, self.name = gen, name
        self.id = Task.next_id
        Task.next_id += 1
        self.value = None
        self.result = None
        self.done = False
    def __repr__(self):
        return f'<{self.name}#{self.id}>'

class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.channels = {}
        self.waiting_recv = {}
        self.joiners = {}
        self.clock = 0
        self.log = []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t
    def say(self, msg):
        self.log.append(f't={self.clock:<3} {msg}')
    def step(self, task):
        try:
            req = task.gen.send(task.value)
        except StopIteration as e:
            task.done, task.result = True, e.value
            self.say(f'{task} finished -> {e.value!r}')
            for j in self.joiners.pop(task, []):
                j.value = e.value
                self.ready.append(j)
            return
        except Exception as e:
            task.done = True
            self.say(f'{task} crashed: {type(e).__name__}: {e}')
            return
        task.value = None
        if isinstance(req, Sleep):
            self.sleeping.append((self.clock + req.ticks, task.id, task))
        elif isinstance(req, Send):
            waiters = self.waiting_recv.get(req.chan)
            if waiters:
                r = waiters.pop(0)
                r.value = req.value
                self.ready.append(r)
            else:
                self.channels.setdefault(req.chan, []).append(req.value)
            self.ready.append(task)
        elif isinstance(req, Recv):
            q = self.channels.get(req.chan)
            if q:
                task.value = q.pop(0)
                self.ready.append(task)
            else:
                self.waiting_recv.setdefault(req.chan, []).append(task)
        elif isinstance(req, Join):
            if req.task.done:
                task.value = req.task.result
                self.ready.append(task)
            else:
                self.joiners.setdefault(req.task, []).append(task)
        else:
            self.ready.append(task)
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                self.clock = self.sleeping[0][0]
            while self.sleeping and self.sleeping[0][0] <= self.clock:
                self.ready.append(self.sleeping.pop(0)[2])
                self.sleeping.sort()
            while self.ready:
                self.step(self.ready.pop(0))
        return self.log

def producer(sched, n):
    for i in range(n):
        sched.say(f'produce {i}')
        yield Send('jobs', i)
        yield Sleep(2)
    yield Send('jobs', None)
    return 'produced %d' % n

def consumer(sched, name):
    total = 0
    while True:
        job = yield Recv('jobs')
        if job is None:
            yield Send('jobs', None)
            return total
        sched.say(f'{name} got {job}')
        total += job
        yield Sleep(3)

def ticker(sched, times):
    for i in range(times):
        yield Sleep(4)
        sched.say(f'tick {i}')

def boss(sched, workers):
    results = []
    for w in workers:
        r = yield Join(w)
        results.append(r)
    sched.say(f'boss collected {results}')
    return sum(results)

def crasher(sched):
    yield Sleep(1)
    raise ValueError('oops')

s = Scheduler()
s.spawn(producer(s, 5), 'producer')
c1 = s.spawn(consumer(s, 'c1'), 'c1')
c2 = s.spawn(consumer(s, 'c2'), 'c2')
s.spawn(ticker(s, 3), 'ticker')
b = s.spawn(boss(s, [c1, c2]), 'boss')
s.spawn(crasher(s), 'crasher')
print('\n'.join(s.run()))
print('boss result', b.result, 'final clock', s.clock)
