# Physical units as float/int subclasses, used with math, json, dataclasses, enum,
# functools.total_ordering-free comparisons and operator/reduce aggregation.
import math
import json
import operator
import functools
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum
from typing import List


class Meters(float):
    def __repr__(self):
        return f"{float(self):.3f} m"

    def __add__(self, other):
        return Meters(float(self) + float(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Meters(float(self) - float(other))

    def to_feet(self):
        return float(self) / 0.3048


class Seconds(float):
    def __repr__(self):
        return f"{float(self):.2f} s"


class Count(int):
    def __repr__(self):
        return f"#{int(self)}"


class Terrain(Enum):
    ROAD = 1.0
    TRAIL = 1.35
    SAND = 1.9


class Effort(IntEnum):
    EASY = 1
    MODERATE = 2
    HARD = 3


@dataclass
class Leg:
    name: str
    distance: Meters
    climb: Meters
    terrain: Terrain = Terrain.ROAD
    samples: List[float] = field(default_factory=list)

    def pace_time(self, base_speed):
        flat = float(self.distance) * self.terrain.value / base_speed
        return Seconds(flat + float(self.climb) * 8.0)

    def effort(self):
        grade = float(self.climb) / float(self.distance) * 100
        return Effort.HARD if grade > 6 else Effort.MODERATE if grade > 2 else Effort.EASY


legs = [
    Leg("river", Meters(5200.0), Meters(35.0)),
    Leg("ridge", Meters(3100.5), Meters(240.25), Terrain.TRAIL),
    Leg("dunes", Meters(1800.0), Meters(12.0), Terrain.SAND),
    Leg("descent", Meters(4000.0), Meters(-310.0), Terrain.TRAIL),
]
total = functools.reduce(operator.add, (l.distance for l in legs))
print("total", repr(total), type(total).__name__, round(total.to_feet(), 1))
print("sum()", repr(sum((l.distance for l in legs), Meters(0.0))))
net_climb = sum(l.climb for l in legs)
print("net climb", net_climb, abs(Meters(-310.0)), abs(legs[3].climb) > legs[1].climb)
for l in legs:
    t = l.pace_time(3.2)
    mins, secs = divmod(t, 60)
    print(f"{l.name:<8} {float(l.distance):8.1f} m {l.terrain.name:<5} {l.effort().name:<8} "
          f"{int(mins):3d}:{int(secs):02d} {repr(t)}")
times = [l.pace_time(3.2) for l in legs]
print("fastest", min(times), "slowest", max(times), "int total", int(sum(times)))
print("ratio", (legs[0].distance / legs[1].distance).as_integer_ratio()[1] > 0,
      Meters(0.75).as_integer_ratio(), Meters(2.0).is_integer(), Meters(1.5).hex())
print(math.floor(Meters(2.7)), math.ceil(Meters(2.1)), math.trunc(Meters(-2.7)), round(Meters(2.675), 2))
print(math.hypot(legs[0].distance, legs[0].climb), math.isclose(Meters(0.1) + 0.2, 0.3))
print(sorted(legs, key=operator.attrgetter("distance"))[0].name, max(legs, key=lambda l: l.climb).name)

counts = [Count(3), Count(7), Count(-2)]
print(counts, sum(counts), abs(counts[2]), int(counts[1]) * 2, divmod(counts[1], 2), counts[1].bit_length())
print(Count(10) // 3, Count(10) % 3, -Count(4), hex(Count(255)), f"{Count(42):05d}", str(Count(5)))
print(sorted(counts), Count(3) == 3, {Count(3): "x"}[3], list(range(Count(3))), "abcdef"[Count(2)])

effort_counts = {e.name: sum(1 for l in legs if l.effort() is e) for e in Effort}
print(effort_counts, Effort.HARD - Effort.EASY, Effort.MODERATE * 10, Effort(2) in (2, 3))
print(max(Effort), sorted(Effort, reverse=True)[0].name, int(Effort.HARD), float(Effort.EASY))

doc = [dict(asdict(l), terrain=l.terrain.name, distance=float(l.distance), climb=float(l.climb)) for l in legs]
text = json.dumps(doc)
print(text[:140])
print(json.dumps([Meters(1.5), Count(2), Effort.HARD]), json.dumps({"m": Meters(0.1) + Meters(0.2)}))
back = [Leg(d["name"], Meters(d["distance"]), Meters(d["climb"]), Terrain[d["terrain"]]) for d in json.loads(text)]
print(back == legs, [repr(b.distance) for b in back][:2])
print(f"{Meters(3.14159):.2f} {Meters(1234.5):,.1f} {Seconds(90):>8.1f} {Meters(5):e}")
