# Config loader: io.StringIO + json + os.path + contextlib + copy.
import io
import json
import os
import os.path
import copy
from contextlib import contextmanager, suppress, redirect_stdout

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 2},
    "paths": {"root": "/srv/app", "static": "static", "logs": "../logs"},
    "features": ["auth"],
    "debug": False,
}

USER_CONF = """
{
  "server": {"port": 9000, "workers": 8},
  "paths": {"static": "/var/www/static"},
  "features": ["auth", "cache", "metrics"],
  "debug": true
}
"""

INI_TEXT = """\
# comment line
[server]
host = 0.0.0.0
timeout=30

[paths]
root = /opt/app
; another comment
"""


def deep_merge(base, over):
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def parse_ini(stream):
    data, section = {}, None
    for raw in stream:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = data.setdefault(line[1:-1], {})
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if value.isdigit():
            value = int(value)
        section[key.strip()] = value
    return data


cfg = deep_merge(DEFAULTS, json.load(io.StringIO(USER_CONF)))
print(json.dumps(cfg, indent=1, sort_keys=True))
print("defaults untouched:", DEFAULTS["server"]["port"], DEFAULTS["features"])

ini = parse_ini(io.StringIO(INI_TEXT))
print(ini)
cfg = deep_merge(cfg, ini)
print(cfg["server"], cfg["paths"]["root"])

root = cfg["paths"]["root"]
for key in ("static", "logs"):
    p = cfg["paths"][key]
    full = p if os.path.isabs(p) else os.path.normpath(os.path.join(root, p))
    print(f"{key:>6}: {full} base={os.path.basename(full)} dir={os.path.dirname(full)}")
print(os.path.splitext("/a/b/archive.tar.gz"), os.path.split("/a/b/"), os.path.join("a", "/b", "c"))
print(os.path.normpath("/x/./y/../z//w/"), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.sep, os.path.isabs("rel/p"), os.path.splitext(".bashrc"), os.path.expanduser("~x/y"))

buf = io.StringIO()
buf.write("line one\n")
buf.write("line two\n")
print(buf.getvalue().upper(), end="")
buf.seek(0)
print(buf.readline().strip(), "|", buf.read().strip(), "|", buf.tell())
print(list(io.StringIO("a\nb\nc")))

out = io.StringIO()
with redirect_stdout(out):
    print("captured", 1, 2)
    print(json.dumps([1, {"a": None}]))
print(repr(out.getvalue()))

with suppress(KeyError, FileNotFoundError):
    cfg["missing"]
print("suppressed ok")


@contextmanager
def override(conf, **changes):
    saved = copy.deepcopy(conf)
    conf.update(changes)
    try:
        yield conf
    finally:
        conf.clear()
        conf.update(saved)


with override(cfg, debug="temp", extra=1) as c:
    print("inside:", c["debug"], c["extra"])
print("after:", cfg["debug"], "extra" in cfg)
try:
    with override(cfg, debug=None):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("restored after", e, cfg["debug"])

b = io.BytesIO()
b.write(json.dumps(cfg["server"]).encode())
print(b.getvalue(), len(b.getvalue()))
b.seek(0)
print(json.loads(b.read().decode("utf-8")))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print("ValueError", e.msg, e.pos)
print(json.loads('{"n": 1e3, "s": "\\u00e9\\n", "l": [true, null]}'))
