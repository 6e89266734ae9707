# Task runner with retries: contextlib (generator managers, ExitStack, suppress,
# AbstractContextManager) + exception chaining + functools + itertools.
import contextlib
import functools
import itertools
from collections import deque, Counter

LOG = []


class FakeClock:
    def __init__(self):
        self.t = 0

    def tick(self, dt=1):
        self.t += dt
        return self.t


clock = FakeClock()


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


def retry(times, on=(TransientError,), backoff=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            delay = 1
            for attempt in itertools.count(1):
                try:
                    return fn(*a, **k)
                except on as e:
                    LOG.append(f"{fn.__name__} attempt {attempt} failed: {e}")
                    if attempt >= times:
                        raise FatalError(f"{fn.__name__} gave up") from e
                    clock.tick(delay)
                    delay *= backoff
        return wrapper
    return deco


def flaky(fail_times):
    calls = itertools.count()

    @retry(3)
    def task():
        n = next(calls)
        if n < fail_times:
            raise TransientError(f"glitch {n}")
        return f"ok after {n}"
    return task


print(flaky(0)(), flaky(2)(), clock.t)
try:
    flaky(5)()
except FatalError as e:
    print("FatalError", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
print("\n".join(LOG))


@contextlib.contextmanager
def step(name):
    LOG.append(f"enter {name}")
    start = clock.t
    try:
        yield name.upper()
    except TransientError as e:
        LOG.append(f"{name}: swallowed {e}")
    finally:
        LOG.append(f"exit {name} took {clock.t - start}")


LOG.clear()
with step("fetch") as s:
    clock.tick(3)
    LOG.append(f"inside {s}")
with step("parse"):
    clock.tick()
    raise TransientError("bad byte")
try:
    with step("store"):
        raise KeyError("disk")
except KeyError as e:
    LOG.append(f"outer caught {e!r}")
print("\n".join(LOG))


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


class Resource(contextlib.AbstractContextManager):
    opened = Counter()

    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened[self.name] += 1
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened[self.name] -= 1
        return None


with Resource("db") as r:
    print(r.name, dict(Resource.opened))
print(dict(Resource.opened))

with contextlib.ExitStack() as stack:
    got = []
    for name in ["a", "b", "c", "d"]:
        try:
            got.append(stack.enter_context(Resource(name, fail=(name == "c"))))
        except OSError as e:
            print("skip:", e)
    print([g.name for g in got], sorted(k for k, v in Resource.opened.items() if v))
    keep = stack.pop_all()
print("after stack:", sorted(k for k, v in Resource.opened.items() if v))
keep.close()
print("after close:", sorted(k for k, v in Resource.opened.items() if v))

with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("suppress continues")


class TaskErrors(Exception):
    def __init__(self, msg, errors):
        super().__init__(msg, errors)
        self.message = msg
        self.errors = errors


def run_all(tasks):
    errors = []
    done = []
    for name, fn in tasks:
        try:
            done.append((name, fn()))
        except Exception as e:
            errors.append((name, e))
    if errors:
        raise TaskErrors("some tasks failed", errors)
    return done


try:
    run_all([("one", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["k"]), ("two", lambda: 2)])
except TaskErrors as group:
    print("zero:", [(n, str(e)) for n, e in group.errors if isinstance(e, ZeroDivisionError)])
    print("lookup:", [repr(e) for n, e in group.errors if isinstance(e, LookupError)], group.message, len(group.args))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("translated") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__))

queue = deque(enumerate(["build", "test", "deploy"]))
attempts = Counter()
while queue:
    i, job = queue.popleft()
    attempts[job] += 1
    if job == "test" and attempts[job] < 3:
        queue.append((i, job))
        continue
    print(f"job {i} {job} done after {attempts[job]} tries")
