# Decorators with closures: command registry with argument parsing, type-checking decorator, rate limiting with a fake clock.
COMMANDS = {}

def command(name=None, *, aliases=()):
    def register(fn):
        key = name or fn.__name__
        COMMANDS[key] = fn
        for a in aliases:
            COMMANDS[a] = fn
        fn.command_name = key
        return fn
    return register

def typed(**types):
    def deco(fn):
        def wrapper(*args, **kwargs):
            names = fn.__code_names__
            bound = dict(zip(names, args))
            bound.update(kwargs)
            for arg, t in types.items():
                if arg in bound and not isinstance(bound[arg], t):
                    raise TypeError(f'{fn.__name__}(): {arg} must be {t.__name__}, not {type(bound[arg]).__name__}')
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

def argnames(*names):
    def deco(fn):
        fn.__code_names__ = names
        return fn
    return deco

@command(aliases=('sum',))
@typed(a=int, b=int)
@argnames('a', 'b')
def add(a, b):
    """Add two integers."""
    return a + b

@command('greet')
@typed(name=str)
@argnames('name', 'times')
def say_hello(name, times=1):
    """Greet someone."""
    return ' '.join([f'hello {name}'] * times)

@command()
def help(*names):
    """List commands."""
    targets = names or sorted(set(f.command_name for f in COMMANDS.values()))
    return '; '.join(f'{n}: {COMMANDS[n].__doc__}' for n in targets)

def dispatch(line):
    name, *raw = line.split()
    fn = COMMANDS.get(name)
    if fn is None:
        return f'unknown command {name!r}'
    args = []
    kwargs = {}
    for r in raw:
        if '=' in r:
            k, v = r.split('=', 1)
            kwargs[k] = int(v) if v.isdigit() else v
        else:
            args.append(int(r) if r.lstrip('-').isdigit() else r)
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return f'error: {e}'

for line in ['add 2 3', 'sum -4 10', 'add 2 x', 'greet ann', 'greet bob times=3', 'greet 42', 'help', 'help add', 'nope 1']:
    print(f'{line:<20} -> {dispatch(line)}')
print(sorted(COMMANDS), add.__name__, add.__doc__, add.__wrapped__(1, 2))

class Clock:
    t = 0
clock = Clock()

def rate_limit(calls, per):
    def deco(fn):
        history = []
        def wrapper(*a):
            while history and history[0] <= clock.t - per:
                history.pop(0)
            if len(history) >= calls:
                raise RuntimeError(f'rate limit: {fn.__name__} allowed {calls} per {per}s')
            history.append(clock.t)
            return fn(*a)
        return wrapper
    return deco

@rate_limit(3, 10)
def ping(i):
    return f'pong {i}'

for i in range(8):
    clock.t = i * 2
    try:
        print(clock.t, ping(i))
    except RuntimeError as e:
        print(clock.t, e)

def once(fn):
    done = []
    def wrapper(*a, **k):
        if not done:
            done.append(fn(*a, **k))
        return done[0]
    return wrapper

@once
def init_config():
    print('initializing...')
    return {'debug': True}
print(init_config(), init_config() is init_config())

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'), lambda s: s[:12])
print([clean(s) for s in ['  Hello World  ', 'Sparrow VM Project Name', 'X']])
