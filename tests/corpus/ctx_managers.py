# Context managers in practice: a fake clock timer, output capture into a list, nested resources, suppression and ExitStack by hand.
class FakeClock:
    def __init__(self):
        self.now = 0.0
    def advance(self, dt):
        self.now += dt

clock = FakeClock()

class Timer:
    def __init__(self, label, registry):
        self.label, self.registry = label, registry
    def __enter__(self):
        self.start = clock.now
        return self
    def __exit__(self, et, ev, tb):
        self.elapsed = clock.now - self.start
        self.registry.append((self.label, self.elapsed, et.__name__ if et else 'ok'))
        return False

class suppress:
    def __init__(self, *excs):
        self.excs = excs
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.excs):
            self.caught.append(repr(ev))
            return True
        return False

class Resource:
    opened = []
    def __init__(self, name, fail_on_open=False):
        self.name, self.fail = name, fail_on_open
    def __enter__(self):
        if self.fail:
            raise OSError(f'cannot open {self.name}')
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print(f'  closed {self.name} (pending: {Resource.opened})')

class ExitStack:
    def __init__(self):
        self.callbacks = []
    def enter(self, cm):
        value = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return value
    def callback(self, fn, *args):
        self.callbacks.append(lambda *exc: fn(*args))
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        suppressed = False
        pending = (et, ev, tb)
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except Exception as e:
                pending = (type(e), e, None)
                suppressed = False
        if pending[1] is not None and pending[1] is not ev:
            raise pending[1]
        return suppressed

timings = []
with Timer('total', timings):
    for step in range(3):
        with Timer(f'step{step}', timings):
            clock.advance(0.5 * (step + 1))
    with suppress(ZeroDivisionError) as s:
        with Timer('divide', timings):
            clock.advance(0.25)
            1 / 0
    print('suppressed:', s.caught)
for label, elapsed, status in timings:
    print(f'{label:<7}{elapsed:6.2f}s {status}')

print('nested resources:')
try:
    with Resource('db') as db, Resource('cache') as cache, Resource('queue', fail_on_open=True):
        print('never')
except OSError as e:
    print('OSError:', e, '| open now:', Resource.opened)

print('exit stack:')
with ExitStack() as stack:
    files = [stack.enter(Resource(f'file{i}')) for i in range(3)]
    stack.callback(print, '  callback ran first')
    print('  using', [f.name for f in files])
with suppress(KeyError) as s2:
    with ExitStack() as stack:
        stack.enter(Resource('tmp'))
        {}['missing']
print('caught via stack:', s2.caught)

class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        self.lines.append('    ' * self.level + text)

ind = Indenter()
with ind:
    ind.say('level one')
    with ind:
        ind.say('level two')
        with ind:
            ind.say('level three')
    ind.say('back to one')
print('\n'.join(ind.lines))
