"""coroutines: generator-based coroutines driven by send(), and a round-robin task scheduler.

What it stresses: generator send()/throw()/close(), `yield` as an expression, `yield from`
returning values, StopIteration values, and a scheduler built on lists.
Algorithm: David Beazley-style coroutine pipelines (a source pushing items through filter and
accumulator coroutines) plus a cooperative scheduler of generator tasks exchanging messages
through mailboxes; the size argument is the number of items sent through the pipelines.
"""
import sys

DEFAULT_SIZE = 1200000  # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 24000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def primed(func):
    """Decorator: create the coroutine and advance it to its first yield."""
    def start(*args):
        co = func(*args)
        next(co)
        return co
    return start


@primed
def accumulator(results):
    total = 0
    count = 0
    try:
        while True:
            value = yield
            total += value
            count += 1
    except GeneratorExit:
        results.append((count, total))
        raise


@primed
def filter_multiples(k, target):
    while True:
        value = yield
        if value % k:
            target.send(value)


@primed
def mapper(func, target):
    while True:
        target.send(func((yield)))


@primed
def broadcast(targets):
    while True:
        value = yield
        for t in targets:
            t.send(value)


def run_pipeline(n):
    results = []
    sinks = [accumulator(results), accumulator(results)]
    head = mapper(lambda v: v * 3 + 1,
                  broadcast([filter_multiples(2, sinks[0]),
                             filter_multiples(5, mapper(lambda v: v // 2, sinks[1]))]))
    for i in range(n):
        head.send(i)
    for s in sinks:
        s.close()
    return results


@primed
def averager():
    """Running average: send numbers, get the current average back; send None to stop."""
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total, count
        total += value
        count += 1
        average = total / count


def delegate(n):
    """`yield from` passes send() through and hands back the sub-coroutine's return value."""
    def wrapper(box):
        box.append((yield from averager_body()))

    def averager_body():
        total = 0
        count = 0
        while True:
            value = yield
            if value is None:
                return total, count
            total += value
            count += 1

    box = []
    for group in range(n // 100):
        w = wrapper(box)
        next(w)
        for i in range(100):
            w.send(group + i)
        try:
            w.send(None)
        except StopIteration:
            pass
    return len(box), sum(t for t, _ in box)


class Mailbox:
    """FIFO queue of messages: a list plus a read position, compacted now and then."""

    def __init__(self):
        self.items = []
        self.head = 0

    def put(self, msg):
        self.items.append(msg)

    def __len__(self):
        return len(self.items) - self.head

    def get(self):
        msg = self.items[self.head]
        self.head += 1
        if self.head > 64 and self.head * 2 > len(self.items):
            del self.items[:self.head]
            self.head = 0
        return msg


class Scheduler:
    """Round-robin scheduler: a task is a generator yielding ("send", dest, msg), ("recv",)
    or None (just give up the processor)."""

    def __init__(self):
        self.ready = []
        self.waiting = {}
        self.mailboxes = {}
        self.switches = 0

    def spawn(self, name, gen):
        self.mailboxes[name] = Mailbox()
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready:
            current = self.ready
            self.ready = []
            for name, gen, value in current:
                self.switches += 1
                try:
                    request = gen.send(value)
                except StopIteration:
                    continue
                if request is None:
                    self.ready.append((name, gen, None))
                elif request[0] == "send":
                    _, dest, msg = request
                    if dest in self.waiting:
                        self.ready.append((dest, self.waiting.pop(dest), msg))
                    else:
                        self.mailboxes[dest].put(msg)
                    self.ready.append((name, gen, None))
                else:  # "recv"
                    box = self.mailboxes[name]
                    if box:
                        self.ready.append((name, gen, box.get()))
                    else:
                        self.waiting[name] = gen


def producer(dest, count):
    for i in range(count):
        yield ("send", dest, i)
        if i % 7 == 0:
            yield None
    yield ("send", dest, -1)


def relay(dest, factor):
    while True:
        msg = yield ("recv",)
        if msg == -1:
            yield ("send", dest, -1)
            return
        yield ("send", dest, msg * factor)


def consumer(out, producers):
    total = 0
    finished = 0
    while finished < producers:
        msg = yield ("recv",)
        if msg == -1:
            finished += 1
        else:
            total += msg
    out.append(total)


def run_scheduler(n):
    out = []
    sched = Scheduler()
    sched.spawn("sink", consumer(out, 3))
    for k in range(3):
        sched.spawn("relay%d" % k, relay("sink", k + 1))
        sched.spawn("prod%d" % k, producer("relay%d" % k, n // 6))
    sched.run()
    return out[0], sched.switches


def throwing(n):
    """throw() into a coroutine that recovers and keeps going."""
    def resilient():
        errors = 0
        received = 0
        while True:
            try:
                yield errors
                received += 1
            except ValueError:
                errors += 1

    co = resilient()
    next(co)
    last = 0
    for i in range(n // 4):
        if i % 5 == 0:
            last = co.throw(ValueError("bad"))
        else:
            co.send(i)
    co.close()
    return last


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("pipeline", run_pipeline(size))
    avg = averager()
    for i in range(size // 10):
        last = avg.send(float(i % 17))
    print("average %.6f" % last)
    print("delegate", *delegate(size))
    print("scheduler", *run_scheduler(size))
    print("throw", throwing(size))


if __name__ == "__main__":
    main()
