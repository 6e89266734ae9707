# Enum-driven state machine: Enum/Flag/unique + dataclasses + collections.
from enum import Enum, Flag, IntFlag, unique, auto
from dataclasses import dataclass, field
from collections import defaultdict, deque
import functools


@unique
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"

    @property
    def terminal(self):
        return self in (State.DONE, State.FAILED)

    def __str__(self):
        return self.value.upper()


class Event(Enum):
    START = auto()
    PAUSE = auto()
    RESUME = auto()
    FINISH = auto()
    ERROR = auto()

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
    (State.RUNNING, Event.ERROR): State.FAILED,
    (State.PAUSED, Event.ERROR): State.FAILED,
}


class BadTransition(Exception):
    pass


@dataclass
class Machine:
    name: str
    state: State = State.IDLE
    trail: list = field(default_factory=list)
    perms: Perm = Perm.READ

    def fire(self, event: Event) -> State:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise BadTransition(f"{self.name}: {event.name} not allowed in {self.state}")
        self.trail.append((self.state, event))
        self.state = TRANSITIONS[key]
        return self.state


m = Machine("job1")
for ev in ["start", "pause", "resume", "finish"]:
    print(ev, "->", m.fire(Event.parse(ev)), m.state.terminal)
print(m)
try:
    m.fire(Event.START)
except BadTransition as e:
    print("BadTransition:", e)

scripts = {
    "a": "start finish",
    "b": "start pause error",
    "c": "pause",
    "d": "start pause resume pause resume error",
    "e": "start bogus",
}
results = defaultdict(list)
for name, script in sorted(scripts.items()):
    mach = Machine(name)
    try:
        for word in script.split():
            mach.fire(Event.parse(word))
    except BadTransition as e:
        results["rejected"].append(name)
    except KeyError as e:
        results["unknown-event"].append((name, str(e)))
    else:
        results[mach.state.name].append((name, len(mach.trail)))
print(dict(results))

reachable = {State.IDLE}
q = deque([State.IDLE])
while q:
    s = q.popleft()
    for (src, ev), dst in TRANSITIONS.items():
        if src is s and dst not in reachable:
            reachable.add(dst)
            q.append(dst)
print(sorted(s.name for s in reachable), [s.name for s in State if s not in reachable])

print(list(State), State("paused"), State.PAUSED.name, repr(State.DONE))
print(State.IDLE is State("idle"), State.IDLE == "idle", len(State), hash(State.IDLE) == hash(State.IDLE))
print([e.value for e in Event], Event.START < Event.PAUSE if False else "-")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


print(list(Alias), Alias.UNO is Alias.ONE, Alias(1).name, list(Alias.__members__))

p = Perm.READ | Perm.EXEC
print(p, Perm.WRITE in p, Perm.READ in p, bool(Perm.READ & Perm.WRITE), Perm.RW)
print(Perm(3), Perm.RW == Perm.READ | Perm.WRITE, ~Perm.READ & Perm.RW)
print(Mode.R | Mode.W, int(Mode.R | Mode.X), Mode(7), Mode.R & 4, Mode(6) & Mode.W)
m.perms |= Perm.WRITE
print(m.perms, [x.name for x in Perm if x in m.perms and x.name != "RW"])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @functools.cached_property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print([(p.name, p.gravity) for p in Planet], Planet.EARTH.value)
print({State.IDLE: 1, State.DONE: 2}[State.DONE], getattr(State, "RUNNING"), State["FAILED"])
print(isinstance(State.IDLE, State), type(State.IDLE).__name__, State.__name__)
