# Binary sensor log: array buffers written to files and BytesIO, struct headers,
# math/statistics over the samples, random.seed for the synthetic data.
import array
import struct
import io
import os
import math
import random
import itertools
from collections import namedtuple

PATH = "/tmp/sparrow_corpus_sensor.bin"
MAGIC = b"SNS1"
Header = namedtuple("Header", "magic channels samples rate")
HDR = struct.Struct("<4sHIf")

random.seed(314)
channels = {
    "temp": array.array("f", (20 + 5 * math.sin(i / 8) + random.random() for i in range(64))),
    "hum": array.array("H", (random.randrange(300, 700) for _ in range(64))),
    "press": array.array("d", (1013.25 + random.gauss(0, 0.8) for _ in range(64))),
}

with open(PATH, "wb") as f:
    f.write(HDR.pack(MAGIC, len(channels), 64, 2.5))
    for name, arr in channels.items():
        tag = name.encode().ljust(8, b"\0")
        f.write(struct.pack("<8sc", tag, arr.typecode.encode()))
        n = f.write(bytes(arr))
        print(f"{name:<6} {arr.typecode} itemsize={arr.itemsize} wrote {n} bytes")
print("file size", os.path.getsize(PATH))

with open(PATH, "rb") as f:
    hdr = Header(*HDR.unpack(f.read(HDR.size)))
    print(hdr)
    loaded = {}
    for _ in range(hdr.channels):
        tag, code = struct.unpack("<8sc", f.read(9))
        arr = array.array(code.decode())
        arr.frombytes(f.read(arr.itemsize * hdr.samples))
        loaded[tag.rstrip(b"\0").decode()] = arr
    print("trailing", f.read())
os.remove(PATH)
print(all(loaded[k] == channels[k] for k in channels), sorted(loaded))


def stats(arr):
    xs = list(arr)
    mean = math.fsum(xs) / len(xs)
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / len(xs))
    return round(mean, 3), round(sd, 3), round(min(xs), 3), round(max(xs), 3)


for name, arr in loaded.items():
    print(name, stats(arr))

# moving average and threshold crossings
temp = loaded["temp"]
window = 8
avg = [math.fsum(temp[i:i + window]) / window for i in range(len(temp) - window + 1)]
print([round(v, 2) for v in avg[::8]])
cross = [i for i, (a, b) in enumerate(itertools.pairwise(avg)) if (a - 21) * (b - 21) < 0]
print("crossings", cross)

# in-memory packing via BytesIO and a checksum
buf = io.BytesIO()
for arr in loaded.values():
    buf.write(arr.tobytes())
blob = buf.getvalue()
print(len(blob), sum(blob) % 65521, blob[:6].hex())
buf2 = io.BytesIO()
buf2.write(loaded["hum"])
print(buf2.getvalue() == loaded["hum"].tobytes(), len(bytearray(loaded["temp"])))
joined = b"".join([MAGIC, loaded["hum"][:2].tobytes()])
print(joined, MAGIC + array.array("B", [1, 2]).tobytes())
hum16 = array.array("H", loaded["hum"])
hum16.byteswap()
print(hum16[:3], struct.unpack(">3H", hum16[:3].tobytes()) == tuple(loaded["hum"][:3]))
