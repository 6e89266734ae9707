"""sparrow-bench: runs the benchmarks of benchmarks/ under several Python VMs and compares them.

    sparrow-bench run [--vm NAME=COMMAND]... [--runs N] [--warmups N] [--quick]
                      [--baseline NAME] [--timeout SECONDS] [--out DIR] [BENCH...]
    sparrow-bench compare A.json B.json
    sparrow-bench list

Method (docs/benchmarking.md explains it): every run is a fresh process; each benchmark first
gets warm-up runs on every VM (not recorded; they also check the output against CPython's), then
N rounds in which every VM runs it once, VM order rotating from round to round, so slow drifts of
the machine hit all VMs alike. A run whose output differs from the expected output, or that fails,
marks that VM "wrong" (or "error") for that benchmark and is never timed. Medians summarize;
the median absolute deviation and the interquartile range give the spread.

It is written for Sparrow itself (sys, os, time, json, math only) and runs on CPython too.
"""
import json
import os
import sys
import time

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
        """CPython 3.11's output at that size (benchmarks/expected/), or None if not recorded."""
        path = os.path.join(EXPECTED_DIR, self.name + (".quick.out" if quick else ".out"))
        if not os.path.exists(path):
            return None
        with open(path) as f:
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
    available = find_benchmarks()
    if not names:
        return available
    by_name = dict((b.name, b) for b in available)
    chosen = []
    for name in names:
        if name.endswith(".py"):
            name = os.path.basename(name)[:-3]
        if name not in by_name:
            raise UsageError("unknown benchmark %r (try: sparrow-bench list)" % name)
        chosen.append(by_name[name])
    return chosen


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
            self.message = "exit status %d" % result.exit_code
            if tail:
                self.message += ": " + tail[0][:200]
            elif result.exit_code == 127:
                self.message += " (the command could not be run)"
        else:
            self.message = first_difference(result.stdout, expected)

    def to_json(self):
        entry = {"benchmark": self.bench.name, "vm": self.vm.name, "status": self.status,
                 "message": self.message, "samples": self.samples}
        if self.samples:
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
    if result.exit_code != 0:
        cell.fail("error", result, expected)
        return None
    if expected is not None and result.stdout != expected:
        cell.fail("wrong", result, expected)
        return None
    return {"wall_s": result.wall_s, "cpu_s": result.cpu_s, "maxrss_kb": result.maxrss_kb}


def run_benchmark(bench, vms, options, scratch):
    """Warm-ups then interleaved rounds of one benchmark on every VM; returns {vm name: Cell}."""
    expected = bench.expected_output(options["quick"])
    cells = dict((vm.name, Cell(bench, vm)) for vm in vms)
    for _ in range(options["warmups"]):
        for vm in vms:
            cell = cells[vm.name]
            if cell.status == "ok":
                run_once(cell, options["quick"], scratch, options["timeout"], expected)
    for round_no in range(options["runs"]):
        shift = round_no % len(vms)
        order = vms[shift:] + vms[:shift]
        for position, vm in enumerate(order):
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
    if baseline_entry and baseline_entry["status"] == "ok":
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
            if a and b and a["status"] == "ok" and b["status"] == "ok":
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
    width = max([len("benchmark")] + [len(b) for b in benches]) + 2
    col = 24
    out.write("benchmark".ljust(width) + "".join(n.rjust(col) for n in vm_names) + "\n")
    for bench in benches:
        base = table.get((bench, baseline))
        row = bench.ljust(width)
        for vm in vm_names:
            row += cell_text(table.get((bench, vm)), base).rjust(col)
        out.write(row + "\n")
    if baseline:
        means = speedups(data["results"], vm_names, baseline)
        row = ("geomean vs %s" % baseline).ljust(width)
        for vm in vm_names:
            mean, count = means[vm]
            row += ("%.2fx (%d)" % (mean, count) if mean else "-").rjust(col)
        out.write(row + "\n")
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
            count = int(value())
            if count < (1 if arg == "--runs" else 0):
                raise UsageError("%s must be at least %d" % (arg, 1 if arg == "--runs" else 0))
            options[arg[2:]] = count
            i += 1
        elif arg == "--timeout":
            options["timeout"] = float(value())
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


def choose_baseline(vms, requested):
    names = [vm.name for vm in vms]
    if requested:
        if requested not in names:
            raise UsageError("--baseline %s is not one of the VMs: %s" % (requested, ", ".join(names)))
        return requested
    return "python3" if "python3" in names else names[0]


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
    baseline = choose_baseline(vms, options["baseline"])
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
                     "order": "rotating: round r starts with VM number r mod len(vms)"},
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
    bad = [r for r in results if r["status"] != "ok" and r["vm"].startswith("sparrow")]
    return 1 if bad else 0


def load_results(path):
    with open(path) as f:
        data = json.load(f)
    if data.get("schema") != SCHEMA:
        raise UsageError("%s is not a sparrow-bench result file (schema %r)" % (path, data.get("schema")))
    return data


def command_compare(args):
    """Per benchmark and VM present in both files: the change of the median from A to B, and
    whether the samples differ significantly (Mann-Whitney U, two-sided, p < 0.05)."""
    if len(args) != 2:
        raise UsageError("compare needs two result files")
    a, b = load_results(args[0]), load_results(args[1])
    table_a, table_b = index_results(a["results"]), index_results(b["results"])
    vms = [vm["name"] for vm in a["vms"] if vm["name"] in set(v["name"] for v in b["vms"])]
    benches = [x["name"] for x in a["benchmarks"] if (x["name"], vms[0] if vms else "") in table_b]
    print("A: %s  (%s, %s)" % (args[0], a["created"], (a.get("git") or {}).get("revision", "?")[:12]))
    print("B: %s  (%s, %s)" % (args[1], b["created"], (b.get("git") or {}).get("revision", "?")[:12]))
    print("change = median B / median A - 1;  * = significant (Mann-Whitney p < 0.05), ~ = not")
    width = max([len("benchmark")] + [len(n) for n in benches]) + 2
    for vm in vms:
        print()
        print(vm)
        print("  " + "benchmark".ljust(width) + "A".rjust(12) + "B".rjust(12) + "change".rjust(10) + "p".rjust(8))
        ratios = []
        for bench in benches:
            ea, eb = table_a.get((bench, vm)), table_b.get((bench, vm))
            if not ea or not eb:
                continue
            if ea["status"] != "ok" or eb["status"] != "ok":
                print("  " + bench.ljust(width) + ea["status"].rjust(12) + eb["status"].rjust(12))
                continue
            ma, mb = ea["wall"]["median"], eb["wall"]["median"]
            ratios.append(mb / ma)
            p = bench_stats.mann_whitney([s["wall_s"] for s in ea["samples"]],
                                         [s["wall_s"] for s in eb["samples"]])
            mark = "*" if p < 0.05 else "~"
            print("  " + bench.ljust(width) + format_time(ma).rjust(12) + format_time(mb).rjust(12)
                  + ("%+.1f%%" % (100 * (mb / ma - 1))).rjust(9) + mark + ("%.3f" % p).rjust(8))
        mean = bench_stats.geometric_mean(ratios)
        if mean:
            print("  " + "geomean".ljust(width) + "".rjust(24) + ("%+.1f%%" % (100 * (mean - 1))).rjust(9))
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
