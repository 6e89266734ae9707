# Exception-heavy code: retry decorators, custom hierarchies, finally bookkeeping, context managers and chaining.
class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass
class TimeoutErr(TransientError):
    def __init__(self, op, after):
        super().__init__(f'{op} timed out after {after} tries')
        self.op = op

def retry(times, on=(TransientError,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except on as e:
                    print(f'  attempt {attempt} of {fn.__name__} failed: {type(e).__name__}: {e}')
                    last = e
                else:
                    print(f'  attempt {attempt} of {fn.__name__} succeeded')
                    return result
                finally:
                    wrapper.attempts += 1
            raise TimeoutErr(fn.__name__, times) from last
        wrapper.attempts = 0
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

class FlakyService:
    def __init__(self, failures):
        self.failures = list(failures)
    def call(self, x):
        if self.failures:
            kind = self.failures.pop(0)
            if kind:
                raise kind(f'flaky({x})')
        return x * 10

svc = FlakyService([TransientError, TransientError, None, PermanentError, TransientError, TransientError, TransientError])

@retry(3)
def fetch(x):
    return svc.call(x)

for x in (1, 2, 3):
    try:
        print('result', fetch(x))
    except TimeoutErr as e:
        print('gave up:', e, '| cause:', repr(e.__cause__))
    except PermanentError as e:
        print('permanent:', e)
print('attempts', fetch.attempts)

class Transaction:
    def __init__(self, log):
        self.log = log
        self.ops = []
    def __enter__(self):
        self.log.append('begin')
        return self
    def do(self, op):
        if op.startswith('!'):
            raise ValueError(f'bad op {op}')
        self.ops.append(op)
    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append('commit ' + ','.join(self.ops))
        else:
            self.log.append(f'rollback {len(self.ops)} ops ({et.__name__})')
        return et is ValueError

log = []
for batch in (['a', 'b'], ['c', '!d', 'e'], ['f']):
    with Transaction(log) as t:
        for op in batch:
            t.do(op)
print(log)

def parse_config(lines):
    cfg = {}
    errors = []
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split('=')
            key = key.strip()
            if not key.isidentifier():
                raise KeyError(key)
            cfg[key] = int(value)
        except ValueError as e:
            errors.append(f'line {n}: {type(e).__name__}: {e}')
        except KeyError as e:
            errors.append(f'line {n}: bad key {e}')
    return cfg, errors

cfg, errors = parse_config(['a = 1', 'b=2=3', '9x = 4', 'c = three', 'd=  5 '])
print(cfg)
print('\n'.join(errors))

def nested_cleanup():
    order = []
    try:
        try:
            order.append('work')
            raise KeyError('inner')
        finally:
            order.append('inner finally')
    except KeyError as e:
        order.append(f'caught {e}')
        try:
            raise RuntimeError('during handling')
        except RuntimeError as e2:
            order.append(f'{e2} (context {e2.__context__!r})')
    finally:
        order.append('outer finally')
    return order
print(nested_cleanup())

def error_summary(funcs):
    summary = {}
    for f in funcs:
        try:
            f()
        except Exception as e:
            summary.setdefault(type(e).__name__, []).append(str(e))
    return summary
print(error_summary([lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('x'), lambda: None.attr,
                     lambda: 1 + 'a', lambda: [].pop(), lambda: 10 % 0]))
