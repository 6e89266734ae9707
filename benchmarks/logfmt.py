"""logfmt: logging-style string work without the logging module.

What it stresses: %-formatting, str.format, f-strings with format specs, str.join, small dicts
and objects as records, level filtering and per-handler formatting.
Algorithm: after the pyperformance "logging" benchmarks (formatting and filtering many log
records), written with a tiny record/handler layer; the size argument is the number of log
calls made.
"""
import sys

DEFAULT_SIZE = 200000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 7000       # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

DEBUG, INFO, WARNING, ERROR = 10, 20, 30, 40
LEVEL_NAMES = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR"}


class Record:
    def __init__(self, name, level, msg, args, seq):
        self.name = name
        self.level = level
        self.levelname = LEVEL_NAMES[level]
        self.msg = msg
        self.args = args
        self.seq = seq
        # A fake clock: deterministic "timestamps".
        self.created = 1700000000 + seq * 0.0137

    def message(self):
        return self.msg % self.args if self.args else self.msg


class PercentHandler:
    """Formats like '%(asctime)s %(levelname)-8s %(name)s: %(message)s'."""

    def __init__(self, level):
        self.level = level
        self.lines = []
        self.fmt = "%(time)s %(levelname)-8s %(name)s: %(message)s"

    def handle(self, rec):
        if rec.level < self.level:
            return
        secs = int(rec.created)
        millis = int((rec.created - secs) * 1000)
        data = {"time": "%d,%03d" % (secs, millis), "levelname": rec.levelname,
                "name": rec.name, "message": rec.message()}
        self.lines.append(self.fmt % data)


class BraceHandler:
    """Formats with str.format and a right-aligned sequence number."""

    def __init__(self, level):
        self.level = level
        self.lines = []
        self.fmt = "[{seq:>7}] {levelname:<7}|{name:^12}| {message}"

    def handle(self, rec):
        if rec.level >= self.level:
            self.lines.append(self.fmt.format(seq=rec.seq, levelname=rec.levelname,
                                              name=rec.name, message=rec.message()))


class JsonishHandler:
    """Builds key=value lines with f-strings and join."""

    def __init__(self, level):
        self.level = level
        self.lines = []

    def handle(self, rec):
        if rec.level < self.level:
            return
        fields = [f"seq={rec.seq:06d}", f"lvl={rec.levelname.lower()}",
                  f"logger={rec.name!r}", f"t={rec.created:.3f}",
                  f"msg={rec.message()!r}"]
        self.lines.append(" ".join(fields))


class Logger:
    def __init__(self, name, level, handlers):
        self.name = name
        self.level = level
        self.handlers = handlers
        self.seq = 0

    def log(self, level, msg, *args):
        self.seq += 1
        if level < self.level:
            return
        rec = Record(self.name, level, msg, args, self.seq)
        for h in self.handlers:
            h.handle(rec)

    def debug(self, msg, *args):
        self.log(DEBUG, msg, *args)

    def info(self, msg, *args):
        self.log(INFO, msg, *args)

    def warning(self, msg, *args):
        self.log(WARNING, msg, *args)

    def error(self, msg, *args):
        self.log(ERROR, msg, *args)


def digest(lines):
    """Count, total length and a cheap hash of the produced lines."""
    h = 0
    total = 0
    for line in lines:
        total += len(line)
        h = (h * 1000003 + hash_str(line)) & 0xFFFFFFFF
    return len(lines), total, h


def hash_str(s):
    # A deterministic string hash (the built-in hash() of str is randomised per run).
    h = 5381
    for ch in s[::7]:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    handlers = [PercentHandler(INFO), BraceHandler(WARNING), JsonishHandler(DEBUG)]
    loggers = [Logger("app", DEBUG, handlers), Logger("app.db", INFO, handlers),
               Logger("app.http", WARNING, handlers)]
    users = ["alice", "bob", "carol", "dave", "eve"]
    for i in range(size):
        log = loggers[i % 3]
        user = users[i % 5]
        kind = i % 7
        if kind == 0:
            log.debug("cache lookup key=%s hit=%s", "k%d" % (i % 97), i % 2 == 0)
        elif kind == 1:
            log.info("user %s logged in from %s", user, "10.0.%d.%d" % (i % 256, i % 13))
        elif kind == 2:
            log.info("request %d took %.2f ms (%d%% of budget)", i, i % 1000 / 7, i % 100)
        elif kind == 3:
            log.warning("slow query: %r rows=%5d", "SELECT * FROM t%d" % (i % 4), i % 3000)
        elif kind == 4:
            log.error("failed to send %s bytes to %s: %s", i * 3, user, "timeout")
        elif kind == 5:
            log.debug("plain message without arguments")
        else:
            log.info("%s", ", ".join("%s=%d" % (k, i % (j + 2)) for j, k in enumerate("abc")))
    for h in handlers:
        print(type(h).__name__, *digest(h.lines))
    print(handlers[0].lines[-1])
    print(handlers[1].lines[-1])
    print(handlers[2].lines[-1])


if __name__ == "__main__":
    main()
