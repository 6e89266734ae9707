"""sparrow-bench: runs the benchmarks of benchmarks/ under several Python VMs and compares them.

    sparrow-bench run [--vm NAME=COMMAND]... [--runs N] [--warmups N] [--quick]
                      [--baseline NAME] [--timeout SECONDS] [--out DIR] [BENCH...]
    sparrow-bench compare A.json B.json
    sparrow-bench list

Method (docs/benchmarking.md explains it): every run is a fresh process; each benchmark first
gets warm-up runs on every VM (not recorded; they also check the output against CPython's), then
N rounds in which every VM runs it once, in an order that changes from round to round (a balanced
Latin square), so slow drifts of the machine hit all VMs alike. A run whose output differs from
the expected output, or that fails, marks that VM "wrong" (or "error") for that benchmark, which
is then never timed again and never summarized. Medians summarize; the median absolute deviation
and the interquartile range give the spread.

It is written for Sparrow itself (sys, os, time, json, math only) and runs on CPython too.
"""
import json
import os
import sys
import time

sys.dont_write_bytecode = True      # no __pycache__ in the source tree when CPython hosts us
import bench_process
import bench_report
import bench_stats

SCHEMA = "sparrow-bench/1"
HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.path.dirname(HARNESS_DIR)
EXPECTED_DIR = os.path.join(BENCH_DIR, "expected")

USAGE = """usage: sparrow-bench run [--vm NAME=COMMAND]... [--runs N] [--warmups N] [--quick]
                         [--baseline NAME] [--timeout SECONDS] [--out DIR] [BENCH...]
       sparrow-bench compare A.json B.json
       sparrow-bench list"""


class UsageError(Exception):
    pass


# ---- Benchmarks --------------------------------------------------------------------------------

class Benchmark:
    """One benchmarks/NAME.py: its sizes and the header lines the report shows."""

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.default_size = None
        self.quick_size = None
        self.title = ""
        self.stresses = ""
        self._read_header()

    def _read_header(self):
        with open(self.path) as f:
            text = f.read()
        for line in text.splitlines():
            for attr, prefix in (("default_size", "DEFAULT_SIZE ="), ("quick_size", "QUICK_SIZE =")):
                if line.startswith(prefix):
                    value = line[len(prefix):].split("#")[0].strip()
                    setattr(self, attr, int(value))
            stripped = line.strip()
            if stripped.startswith("What it stresses:") and not self.stresses:
                self.stresses = stripped[len("What it stresses:"):].strip()
        if text.startswith('"""'):
            first = text[3:].split("\n")[0].strip()
            self.title = first.rstrip('"').strip()

    def size(self, quick):
        return self.quick_size if quick else self.default_size

    def expected_output(self, quick):
        """CPython 3.11's output at that size as bytes (benchmarks/expected/), or None if not
        recorded."""
        path = os.path.join(EXPECTED_DIR, self.name + (".quick.out" if quick else ".out"))
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            return f.read()


def find_benchmarks():
    """Every benchmarks/*.py that declares DEFAULT_SIZE and QUICK_SIZE, sorted by name."""
    found = []
    for entry in sorted(os.listdir(BENCH_DIR)):
        if not entry.endswith(".py"):
            continue
        bench = Benchmark(entry[:-3], os.path.join(BENCH_DIR, entry))
        if bench.default_size is not None and bench.quick_size is not None:
            found.append(bench)
    return found


def select_benchmarks(names):
    """The benchmarks named (all of them if none), in name order."""
    available = find_benchmarks()
    if not names:
        return available
    by_name = dict((b.name, b) for b in available)
    wanted = set()
    for name in names:
        if name.endswith(".py"):
            name = os.path.basename(name)[:-3]
        if name not in by_name:
            raise UsageError("unknown benchmark %r (try: sparrow-bench list)" % name)
        wanted.add(name)
    return [b for b in available if b.name in wanted]   # in suite order, each once


# ---- VMs ---------------------------------------------------------------------------------------

class VM:
    """A named command that runs a Python program: e.g. sparrow-goto = [sparrow, -X, dispatch=goto]."""

    def __init__(self, name, command, resolve_real_executable=False):
        self.name = name
        self.command = command
        self.resolve = resolve_real_executable
        self.version = None

    def to_json(self):
        return {"name": self.name, "command": self.command, "version": self.version}

    def is_sparrow(self):
        return "Sparrow" in (self.version or "")


def sparrow_binary():
    """The Sparrow binary whose variants are measured: $SPARROW_BIN (set by the sparrow-bench
    script), else this interpreter when it is Sparrow, else build/sparrow next to benchmarks/."""
    path = os.environ.get("SPARROW_BIN")
    if path:
        return os.path.abspath(path)
    if "Sparrow" in sys.version and sys.executable:
        return sys.executable
    candidate = os.path.join(os.path.dirname(BENCH_DIR), "build", "sparrow")
    return candidate if os.path.exists(candidate) else None


def default_vms(scratch):
    """Each dispatch variant built into this Sparrow, then python3, pypy3 and micropython when
    found on PATH."""
    vms = []
    sparrow = sparrow_binary()
    if sparrow:
        for variant in ("goto", "switch", "jit"):
            command = [sparrow, "-X", "dispatch=" + variant]
            if bench_process.run(command + ["-c", "pass"], scratch, timeout_s=30).exit_code == 0:
                vms.append(VM("sparrow-" + variant, command))
    for name in ("python3", "pypy3", "micropython"):
        path = bench_process.which(name)
        if path:
            vms.append(VM(name, [path], resolve_real_executable=True))
    return vms


def parse_vm_option(text):
    if "=" not in text:
        raise UsageError("--vm expects NAME=COMMAND, got %r" % text)
    name, command = text.split("=", 1)
    words = bench_process.split_command(command)
    if not name or not words:
        raise UsageError("--vm expects NAME=COMMAND, got %r" % text)
    path = bench_process.which(words[0])
    if not path:
        raise UsageError("--vm %s: command not found: %s" % (name, words[0]))
    return VM(name, [path] + words[1:])


def probe_vms(vms, scratch):
    """Records each VM's version; wrappers such as pyenv shims are replaced by the real
    executable (their own start-up would otherwise be timed). VMs that cannot run are dropped."""
    usable = []
    for vm in vms:
        version, executable = bench_process.probe_vm(vm.command, scratch)
        if version is None:
            print("sparrow-bench: %s (%s) does not run; skipped" % (vm.name, " ".join(vm.command)))
            continue
        vm.version = version
        if vm.resolve and executable and os.path.realpath(executable) != os.path.realpath(vm.command[0]):
            vm.command = [executable] + vm.command[1:]
        usable.append(vm)
    return usable


# ---- Running -----------------------------------------------------------------------------------

# Names of the signals a crashing VM usually dies of (Linux numbers), for error messages.
SIGNAL_NAMES = {4: " (SIGILL)", 6: " (SIGABRT)", 7: " (SIGBUS)", 8: " (SIGFPE)", 9: " (SIGKILL)",
                11: " (SIGSEGV)", 15: " (SIGTERM)"}


class Cell:
    """The results of one benchmark on one VM."""

    def __init__(self, bench, vm):
        self.bench = bench
        self.vm = vm
        self.status = "ok"
        self.message = ""
        self.samples = []

    def fail(self, status, result, expected):
        self.status = status
        if result.timed_out:
            self.message = "timed out"
        elif status == "error":
            tail = result.stderr.strip().splitlines()[-1:]
            if result.exit_code < 0:
                signal = -result.exit_code
                self.message = "killed by signal %d%s" % (signal, SIGNAL_NAMES.get(signal, ""))
            else:
                self.message = "exit status %d" % result.exit_code
            if tail:
                self.message += ": " + tail[0][:200]
            elif result.exit_code == 127:
                self.message += " (the command could not be run)"
        else:
            self.message = first_difference(result.stdout_text(), expected.decode("utf-8", "replace"))

    def to_json(self):
        entry = {"benchmark": self.bench.name, "vm": self.vm.name, "status": self.status,
                 "message": self.message, "samples": self.samples}
        if self.status == "ok" and self.samples:
            entry["wall"] = bench_stats.summarize([s["wall_s"] for s in self.samples])
            entry["cpu"] = bench_stats.summarize([s["cpu_s"] for s in self.samples])
            entry["maxrss_kb"] = bench_stats.median([s["maxrss_kb"] for s in self.samples])
        return entry


def first_difference(actual, expected):
    """A one-line description of where two outputs first differ."""
    a, b = actual.splitlines(), expected.splitlines()
    for i in range(max(len(a), len(b))):
        got = a[i] if i < len(a) else "<end of output>"
        want = b[i] if i < len(b) else "<end of output>"
        if got != want:
            return "line %d: got %r, expected %r" % (i + 1, got[:80], want[:80])
    return "outputs differ"


def run_once(cell, quick, scratch, timeout_s, expected):
    """Runs one benchmark on one VM; returns the sample, or None after marking the cell."""
    argv = cell.vm.command + [cell.bench.path, str(cell.bench.size(quick))]
    result = bench_process.run(argv, scratch, timeout_s=timeout_s)
    if result.exit_code != 0 or result.timed_out:
        cell.fail("error", result, expected)
        return None
    if expected is not None and (result.stdout_size != len(expected) or result.stdout != expected):
        cell.fail("wrong", result, expected)
        return None
    return {"wall_s": result.wall_s, "cpu_s": result.cpu_s, "maxrss_kb": result.maxrss_kb}


def round_order(vms, round_no):
    """The order of the VMs in round round_no: a row of a balanced Latin square (Williams
    design). Over k rounds (2k for an odd number k of VMs) every VM runs equally often in each
    position and right after each other VM, so neither a drift of the machine nor what the
    previous run left behind (caches, heat) favours one VM."""
    k = len(vms)
    if k < 2:
        return list(vms)
    base = [0]                      # 0, 1, k-1, 2, k-2, ...
    low, high = 1, k - 1
    while len(base) < k:
        if len(base) % 2:
            base.append(low)
            low += 1
        else:
            base.append(high)
            high -= 1
    r = round_no % (k if k % 2 == 0 else 2 * k)
    row = [(x + r) % k for x in base]
    if r >= k:                      # odd k: the second k rounds are the first k reversed
        row.reverse()
    return [vms[i] for i in row]


def run_benchmark(bench, vms, options, scratch):
    """Warm-ups then interleaved rounds of one benchmark on every VM; returns {vm name: Cell}."""
    expected = bench.expected_output(options["quick"])
    if expected is None:
        print("sparrow-bench: %s: no expected output in %s; outputs are not checked"
              % (bench.name, EXPECTED_DIR))
    cells = dict((vm.name, Cell(bench, vm)) for vm in vms)
    for _ in range(options["warmups"]):
        for vm in vms:
            cell = cells[vm.name]
            if cell.status == "ok":
                run_once(cell, options["quick"], scratch, options["timeout"], expected)
    for round_no in range(options["runs"]):
        for position, vm in enumerate(round_order(vms, round_no)):
            cell = cells[vm.name]
            if cell.status != "ok":
                continue
            sample = run_once(cell, options["quick"], scratch, options["timeout"], expected)
            if sample is not None:
                sample["round"] = round_no
                sample["position"] = position
                cell.samples.append(sample)
    return cells


# ---- The terminal table ------------------------------------------------------------------------

def format_time(seconds):
    if seconds >= 10:
        return "%.1f s" % seconds
    if seconds >= 1:
        return "%.2f s" % seconds
    return "%.1f ms" % (seconds * 1000)


def cell_text(entry, baseline_entry):
    """'41.2 ms ±1% 1.52x' for an ok result, the status otherwise."""
    if entry is None:
        return "-"
    if entry["status"] != "ok":
        return entry["status"]
    wall = entry["wall"]
    spread = 100 * wall["mad"] / wall["median"] if wall["median"] else 0
    text = "%s ±%.0f%%" % (format_time(wall["median"]), spread)
    if baseline_entry and baseline_entry["status"] == "ok" and wall["median"] > 0:
        text += " %.2fx" % (baseline_entry["wall"]["median"] / wall["median"])
    return text


def speedups(results, vm_names, baseline):
    """{vm: geometric mean of baseline_median / vm_median} over benchmarks where both are ok."""
    table = index_results(results)
    means = {}
    for vm in vm_names:
        ratios = []
        for bench in sorted(set(r["benchmark"] for r in results)):
            a, b = table.get((bench, baseline)), table.get((bench, vm))
            if a and b and a["status"] == "ok" and b["status"] == "ok" and b["wall"]["median"] > 0:
                ratios.append(a["wall"]["median"] / b["wall"]["median"])
        means[vm] = (bench_stats.geometric_mean(ratios), len(ratios))
    return means


def index_results(results):
    return dict(((r["benchmark"], r["vm"]), r) for r in results)


def print_table(data, out=sys.stdout):
    vm_names = [vm["name"] for vm in data["vms"]]
    baseline = data["settings"]["baseline"]
    table = index_results(data["results"])
    benches = [b["name"] for b in data["benchmarks"]]
    rows = [["benchmark"] + vm_names]
    for bench in benches:
        base = table.get((bench, baseline))
        rows.append([bench] + [cell_text(table.get((bench, vm)), base) for vm in vm_names])
    if baseline:
        means = speedups(data["results"], vm_names, baseline)
        rows.append(["geomean vs %s" % baseline]
                    + [("%.2fx (%d)" % means[vm]) if means[vm][0] else "-" for vm in vm_names])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write(row[0].ljust(widths[0]) + "".join("  " + text.rjust(w) for text, w in
                                                    zip(row[1:], widths[1:])) + "\n")
    out.write("times: median wall time ±MAD; Nx = speed relative to %s (higher is faster)\n" % baseline)
    for entry in data["results"]:
        if entry["status"] != "ok":
            out.write("%s on %s: %s: %s\n" % (entry["benchmark"], entry["vm"], entry["status"], entry["message"]))


# ---- Commands ----------------------------------------------------------------------------------

def parse_run_args(args):
    options = {"vms": [], "runs": 5, "warmups": 1, "quick": False, "baseline": None,
               "timeout": 300.0, "out": None, "benchmarks": []}
    i = 0

    def value():
        if i + 1 >= len(args):
            raise UsageError("%s needs a value" % args[i])
        return args[i + 1]

    while i < len(args):
        arg = args[i]
        if arg == "--vm":
            options["vms"].append(parse_vm_option(value()))
            i += 1
        elif arg in ("--runs", "--warmups"):
            least = 1 if arg == "--runs" else 0
            try:
                count = int(value())
            except ValueError:
                raise UsageError("%s expects a whole number, got %r" % (arg, args[i + 1]))
            if count < least:
                raise UsageError("%s must be at least %d" % (arg, least))
            options[arg[2:]] = count
            i += 1
        elif arg == "--timeout":
            try:
                options["timeout"] = float(value())
            except ValueError:
                raise UsageError("--timeout expects seconds, got %r" % args[i + 1])
            if not options["timeout"] > 0:
                raise UsageError("--timeout must be positive")
            i += 1
        elif arg == "--quick":
            options["quick"] = True
        elif arg == "--baseline":
            options["baseline"] = value()
            i += 1
        elif arg == "--out":
            options["out"] = value()
            i += 1
        elif arg.startswith("-"):
            raise UsageError("unknown option %s" % arg)
        else:
            options["benchmarks"].append(arg)
        i += 1
    return options


def choose_baseline(vms, requested, results=None):
    """The --baseline VM (checked before the session); without one, once the results are in,
    python3 if it ran something correctly, else the VM with the most correct results."""
    names = [vm.name for vm in vms]
    if requested:
        if requested not in names:
            raise UsageError("--baseline %s is not one of the VMs: %s" % (requested, ", ".join(names)))
        return requested
    ok_count = dict((name, 0) for name in names)
    for entry in results or []:
        if entry["status"] == "ok":
            ok_count[entry["vm"]] += 1
    if "python3" in names and (results is None or ok_count["python3"]):
        return "python3"
    return max(names, key=lambda name: (ok_count[name], -names.index(name)))


def command_run(args):
    options = parse_run_args(args)
    benches = select_benchmarks(options["benchmarks"])
    if not benches:
        raise UsageError("no benchmarks found in %s" % BENCH_DIR)
    out_dir = os.path.abspath(options["out"] or "bench-results")
    scratch = os.path.join(out_dir, "scratch")
    if not os.path.isdir(scratch):
        os.makedirs(scratch)
    vms = probe_vms(options["vms"] or default_vms(scratch), scratch)
    if not vms:
        raise UsageError("no VM to run")
    choose_baseline(vms, options["baseline"])       # an unknown --baseline fails here, early
    mode = "quick" if options["quick"] else "default"
    print("sparrow-bench: %d benchmarks (%s sizes) x %d VMs (%s), %d warm-up + %d timed runs each"
          % (len(benches), mode, len(vms), ", ".join(vm.name for vm in vms), options["warmups"],
             options["runs"]))
    started = time.time()
    load_before = bench_process.load_average()
    results = []
    for bench in benches:
        cells = run_benchmark(bench, vms, options, scratch)
        entries = [cells[vm.name].to_json() for vm in vms]
        results.extend(entries)
        by_vm = dict((e["vm"], e) for e in entries)
        line = "  %-18s" % bench.name + "  ".join(
            "%s %s" % (vm.name, cell_text(by_vm[vm.name], None)) for vm in vms)
        print(line)
        sys.stdout.flush()
    baseline = choose_baseline(vms, options["baseline"], results)
    machine = bench_process.machine_info()
    machine["loadavg_before"] = load_before
    machine["loadavg_after"] = bench_process.load_average()
    data = {
        "schema": SCHEMA,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "harness": {"vm": sys.version.splitlines()[0], "executable": sys.executable},
        "git": bench_process.git_revision(os.path.dirname(BENCH_DIR), scratch),
        "machine": machine,
        "settings": {"mode": mode, "runs": options["runs"], "warmups": options["warmups"],
                     "timeout_s": options["timeout"], "baseline": baseline,
                     "order": "balanced Latin square (Williams design) over the VMs, one row per round"},
        "vms": [vm.to_json() for vm in vms],
        "benchmarks": [{"name": b.name, "size": b.size(options["quick"]), "title": b.title,
                        "stresses": b.stresses} for b in benches],
        "results": results,
    }
    for name in ("stdout.txt", "stderr.txt"):
        path = os.path.join(scratch, name)
        if os.path.exists(path):
            os.remove(path)
    os.rmdir(scratch)
    json_path = os.path.join(out_dir, "results.json")
    with open(json_path, "w") as f:
        f.write(json.dumps(data, indent=1) + "\n")
    html_path = os.path.join(out_dir, "report.html")
    with open(html_path, "w") as f:
        f.write(bench_report.render(data))
    print()
    print_table(data)
    print()
    print("results: %s" % json_path)
    print("report:  %s" % html_path)
    sparrows = set(vm.name for vm in vms if vm.is_sparrow())
    bad = [r for r in results if r["status"] != "ok" and r["vm"] in sparrows]
    return 1 if bad else 0


def load_results(path):
    try:
        with open(path) as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise UsageError("cannot read %s: %s" % (path, e))
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        schema = data.get("schema") if isinstance(data, dict) else None
        raise UsageError("%s is not a sparrow-bench result file (schema %r)" % (path, schema))
    return data


def command_compare(args):
    """Per benchmark and VM present in both files: the change of the median from A to B, and
    whether the samples differ significantly (Mann-Whitney U, two-sided, p < 0.05)."""
    if len(args) != 2:
        raise UsageError("compare needs two result files")
    a, b = load_results(args[0]), load_results(args[1])
    table_a, table_b = index_results(a["results"]), index_results(b["results"])
    vms = [vm["name"] for vm in a["vms"] if vm["name"] in set(v["name"] for v in b["vms"])]
    sizes_b = dict((x["name"], x["size"]) for x in b["benchmarks"])
    benches = [x["name"] for x in a["benchmarks"] if x["name"] in sizes_b]
    print("A: %s  (%s, %s)" % (args[0], a["created"], (a.get("git") or {}).get("revision", "?")[:12]))
    print("B: %s  (%s, %s)" % (args[1], b["created"], (b.get("git") or {}).get("revision", "?")[:12]))
    for x in a["benchmarks"]:
        if x["name"] in sizes_b and sizes_b[x["name"]] != x["size"]:
            print("warning: %s ran at size %d in A and %d in B: times are not comparable"
                  % (x["name"], x["size"], sizes_b[x["name"]]))
    if not vms or not benches:
        print("no benchmark ran on the same VM in both files")
        return 0
    print("change = median B / median A - 1;  * = significant (Mann-Whitney p < 0.05), ~ = not")
    width = max([len("benchmark")] + [len(n) for n in benches]) + 2
    too_few = False
    for vm in vms:
        print()
        print(vm)
        print("  " + "benchmark".ljust(width) + "A".rjust(12) + "B".rjust(12) + "change".rjust(10) + "p".rjust(8))
        ratios = []
        for bench in benches:
            ea, eb = table_a.get((bench, vm)), table_b.get((bench, vm))
            if not ea or not eb:
                continue
            if ea["status"] != "ok" or eb["status"] != "ok" or not ea["samples"] or not eb["samples"]:
                print("  " + bench.ljust(width) + ea["status"].rjust(12) + eb["status"].rjust(12))
                continue
            ma, mb = ea["wall"]["median"], eb["wall"]["median"]
            ratios.append(mb / ma)
            times_a = [s["wall_s"] for s in ea["samples"]]
            times_b = [s["wall_s"] for s in eb["samples"]]
            p = bench_stats.mann_whitney(times_a, times_b)
            if bench_stats.smallest_p_value(len(times_a), len(times_b)) >= 0.05:
                too_few = True
            mark = "*" if p < 0.05 else "~"
            print("  " + bench.ljust(width) + format_time(ma).rjust(12) + format_time(mb).rjust(12)
                  + ("%+.1f%%" % (100 * (mb / ma - 1))).rjust(9) + mark + ("%.3f" % p).rjust(8))
        mean = bench_stats.geometric_mean(ratios)
        if mean:
            print("  " + "geomean".ljust(width) + "".rjust(24) + ("%+.1f%%" % (100 * (mean - 1))).rjust(9))
    if too_few:
        print()
        print("note: some benchmarks have too few runs for any difference to reach p < 0.05 "
              "(4 runs on each side are the least); use --runs 5 or more")
    return 0


def command_list(args):
    for bench in find_benchmarks():
        print("%-18s quick=%-8d default=%-10d %s" % (bench.name, bench.quick_size, bench.default_size,
                                                    bench.stresses))
    return 0


def main(argv):
    commands = {"run": command_run, "compare": command_compare, "list": command_list}
    if len(argv) < 2 or argv[1] not in commands:
        if len(argv) >= 2 and argv[1] in ("-h", "--help", "help"):
            print(USAGE)
            return 0
        sys.stderr.write(USAGE + "\n")
        return 2
    try:
        return commands[argv[1]](argv[2:])
    except UsageError as e:
        sys.stderr.write("sparrow-bench: %s\n" % e)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
