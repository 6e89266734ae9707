"""deepcopy: copy.deepcopy of nested dicts, lists, tuples and class instances.

What it stresses: the copy module's memo dictionary, type dispatch, __deepcopy__/__reduce_ex__
paths for instances, shared and cyclic references.
Algorithm: after the pyperformance "deepcopy" benchmark (deep-copying a nested document and a
dataclass-like object many times); the size argument is the number of deep copies made.
"""
import sys
import copy

DEFAULT_SIZE = 12000    # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 400        # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Shape:
    def __init__(self, name, points, tags):
        self.name = name
        self.points = points
        self.tags = tags
        self.parent = None


class Counted:
    """An instance with its own __deepcopy__ hook."""

    def __init__(self, payload):
        self.payload = payload
        self.copies = 0

    def __deepcopy__(self, memo):
        clone = Counted(copy.deepcopy(self.payload, memo))
        clone.copies = self.copies + 1
        return clone


def build_document():
    shared = [1, 2, 3]
    doc = {
        "title": "benchmark",
        "version": (3, 11, 0),
        "numbers": list(range(20)),
        "floats": [i / 4 for i in range(10)],
        "nested": {"a": {"b": {"c": [shared, shared, {"d": "deep"}]}}},
        "rows": [{"id": i, "name": "row%d" % i, "flags": [i % 2 == 0, i % 3 == 0]}
                 for i in range(8)],
        "empty": {},
        "none": None,
        "frozen": frozenset([1, 2, 3]),
        "bytes": b"\x00\x01\x02",
    }
    shape = Shape("triangle", [Point(0, 0), Point(3, 0), Point(0, 4)], {"closed": True})
    child = Shape("segment", [Point(1, 1), Point(2, 2)], {"closed": False})
    child.parent = shape          # a back reference: copied once thanks to the memo
    doc["shapes"] = [shape, child, shape]
    doc["counted"] = Counted([shared, "x"])
    cyclic = [0, 1]
    cyclic.append(cyclic)
    doc["cyclic"] = cyclic
    return doc


def checksum(doc):
    """Check that the copy is deep and that identities are preserved where they should be."""
    c = doc["nested"]["a"]["b"]["c"]
    score = len(doc["numbers"]) + sum(doc["numbers"]) + int(sum(doc["floats"]) * 4)
    score += 1 if c[0] is c[1] else 0
    score += 1 if doc["shapes"][0] is doc["shapes"][2] else 0
    score += 1 if doc["shapes"][1].parent is doc["shapes"][0] else 0
    score += 1 if doc["cyclic"][2] is doc["cyclic"] else 0
    score += 1 if doc["counted"].payload[0] is c[0] else 0
    score += doc["counted"].copies
    score += sum(p.x + p.y for s in doc["shapes"] for p in s.points)
    return score


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    original = build_document()
    total = 0
    last = original
    for i in range(size):
        if i % 100 == 0:
            last = copy.deepcopy(last)   # copies of copies: the hook counter grows
            total += checksum(last)
        else:
            clone = copy.deepcopy(original)
            clone["numbers"][0] = i
            total += checksum(clone) - i
    # Copies are independent of the original.
    assert original["numbers"][0] == 0
    plain = copy.deepcopy([[i, {"k": (i, [i])}] for i in range(size // 10)])
    print("total", total, "counted", last["counted"].copies)
    print("plain", len(plain), sum(x[1]["k"][1][0] for x in plain))
    print("shallow", copy.copy(original)["nested"] is original["nested"])


if __name__ == "__main__":
    main()
