"""bench_process: running one program and measuring it, plus what sparrow-bench records about
the machine and the VMs. Only os, sys and time are used, so the harness runs on Sparrow itself.

A run is fork + exec with stdout and stderr sent to files (no pipes: nothing to drain while the
child runs, so the parent sleeps in wait4 and disturbs the measurement as little as possible).
wait4 returns the child's resource usage: its peak resident set size and CPU times come from the
kernel, not from sampling.
"""
import os
import sys
import time

SIGKILL = 9


# At most this much of a run's stdout is read back (a runaway program can write gigabytes);
# of stderr, only the end is read, for the error message.
MAX_OUTPUT_BYTES = 1 << 20
STDERR_TAIL_BYTES = 4096


class RunResult:
    """What one run of a program produced: exit status, wall time, CPU time, peak RSS, output.
    stdout is bytes (at most MAX_OUTPUT_BYTES; stdout_size is the real size); stderr is the
    decoded end of the error output."""

    def __init__(self, exit_code, wall_s, cpu_s, maxrss_kb, stdout, stdout_size, stderr, timed_out):
        self.exit_code = exit_code
        self.wall_s = wall_s
        self.cpu_s = cpu_s
        self.maxrss_kb = maxrss_kb
        self.stdout = stdout
        self.stdout_size = stdout_size
        self.stderr = stderr
        self.timed_out = timed_out

    def stdout_text(self):
        """stdout decoded as UTF-8 (undecodable bytes replaced, never an error)."""
        return self.stdout.decode("utf-8", "replace")


def which(name):
    """The absolute path of an executable found along PATH (or name itself if it has a slash),
    or None."""
    if "/" in name:
        return os.path.abspath(name) if os.access(name, os.X_OK) else None
    for directory in os.environ.get("PATH", "/usr/bin:/bin").split(":"):
        candidate = os.path.join(directory or ".", name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def split_command(text):
    """Splits a --vm command line into words: whitespace separates, single or double quotes
    group (a small subset of shell syntax: no escapes inside single quotes, no expansions)."""
    words = []
    current = None
    quote = None
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
            elif ch == "\\" and quote == '"' and i + 1 < len(text):
                i += 1
                current += text[i]
            else:
                current += ch
        elif ch in "'\"":
            quote = ch
            current = current or ""
        elif ch.isspace():
            if current is not None:
                words.append(current)
                current = None
        elif ch == "\\" and i + 1 < len(text):
            i += 1
            current = (current or "") + text[i]
        else:
            current = (current or "") + ch
        i += 1
    if quote:
        raise ValueError("unterminated quote in command: " + text)
    if current is not None:
        words.append(current)
    return words


def _read_head(path, limit):
    with open(path, "rb") as f:
        return f.read(limit)


def _read_tail(path, limit):
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        if size > limit:
            f.seek(size - limit)
        return f.read().decode("utf-8", "replace")


def _exec_child(argv, cwd, out_path, err_path, close_fds):
    """In the forked child: redirect the standard streams and exec; never returns."""
    try:
        for fd in close_fds:
            os.close(fd)
        if cwd:
            os.chdir(cwd)
        null = os.open("/dev/null", os.O_RDONLY)
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        for fd in (null, out, err):
            if fd > 2:
                os.close(fd)
        os.execv(argv[0], argv)
    except BaseException:
        pass
    os._exit(127)


def _start_watchdog(timeout_s):
    """Forks a process that waits for a pid on one pipe, sleeps timeout_s seconds, then reports
    on a second pipe that it fires and kills that pid (EOF on the first pipe: it exits at once).
    Forked before the measured run starts, so the run's wall time does not include this fork;
    handing over the pid costs one write. Returns (watchdog pid, [pid pipe, report pipe]).
    If the harness is gone by then (interrupted), the watchdog kills nothing: the pid may belong
    to another process by then."""
    harness = os.getpid()
    pid_read, pid_write = os.pipe()
    report_read, report_write = os.pipe()
    watchdog = os.fork()
    if watchdog == 0:
        try:
            os.close(pid_write)
            os.close(report_read)
            text = os.read(pid_read, 32)
            if text:
                time.sleep(timeout_s)
                if os.getppid() != harness:
                    os._exit(0)
                os.write(report_write, b"x")    # before the kill: the parent may kill us next
                os.kill(int(text.decode("ascii")), SIGKILL)
        except BaseException:
            pass
        os._exit(0)
    os.close(pid_read)
    os.close(report_write)
    return watchdog, [pid_write, report_read]


def _stop_watchdog(watchdog, report_read):
    """Kills and reaps the watchdog; True if it had fired (killed the run)."""
    try:
        os.kill(watchdog, SIGKILL)
    except OSError:
        pass
    os.waitpid(watchdog, 0)
    fired = os.read(report_read, 1) != b""     # the watchdog is gone: never blocks
    os.close(report_read)
    return fired


def run(argv, scratch_dir, cwd=None, timeout_s=None):
    """Runs argv (argv[0] an absolute path) to completion and measures it. The wall time runs
    from just before fork to the return of wait4, so it includes the fork and exec of the VM.
    With timeout_s, a watchdog process kills the run after that many seconds (so the parent
    sleeps in wait4 instead of polling during the measurement). Only the VM's own process is
    killed, not processes it started."""
    out_path = os.path.join(scratch_dir, "stdout.txt")
    err_path = os.path.join(scratch_dir, "stderr.txt")
    for path in (out_path, err_path):   # no stale output if the child fails before writing
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644))
    watchdog, pipes = _start_watchdog(timeout_s) if timeout_s else (0, [])
    try:
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            _exec_child(argv, cwd, out_path, err_path, pipes)
        if watchdog:
            os.write(pipes[0], str(pid).encode("ascii"))
    finally:
        if watchdog:
            os.close(pipes[0])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    timed_out = _stop_watchdog(watchdog, pipes[1]) if watchdog else False
    return RunResult(
        exit_code=os.waitstatus_to_exitcode(status),
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        maxrss_kb=usage.ru_maxrss,
        stdout=_read_head(out_path, MAX_OUTPUT_BYTES),
        stdout_size=os.path.getsize(out_path),
        stderr=_read_tail(err_path, STDERR_TAIL_BYTES),
        timed_out=timed_out,
    )


def _first_line_of(path, prefix):
    """The value after `prefix` on the first line of a text file that starts with it, or None."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(prefix):
                    return line[len(prefix):].strip().lstrip(":").strip()
    except OSError:
        pass
    return None


def machine_info():
    """What results.json records about the machine: OS, CPU, memory and load."""
    uname = os.uname()
    info = {
        "system": uname.sysname,
        "release": uname.release,
        "machine": uname.machine,
        "hostname": uname.nodename,
        "cpu": _first_line_of("/proc/cpuinfo", "model name") or uname.machine,
        "cpu_count": os.cpu_count(),
        "mem_total_kb": None,
        "loadavg": None,
    }
    mem = _first_line_of("/proc/meminfo", "MemTotal")
    if mem:
        info["mem_total_kb"] = int(mem.split()[0])
    info["loadavg"] = load_average()
    return info


def load_average():
    """The 1-minute load average (a noise indicator recorded before and after), or None."""
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def git_revision(repo_dir, scratch_dir):
    """{"revision", "dirty"} of the checkout the benchmarks come from, or None without git."""
    git = which("git")
    if not git:
        return None
    head = run([git, "-C", repo_dir, "rev-parse", "HEAD"], scratch_dir)
    if head.exit_code != 0:
        return None
    status = run([git, "-C", repo_dir, "status", "--porcelain", "--untracked-files=no"], scratch_dir)
    return {"revision": head.stdout_text().strip(), "dirty": bool(status.stdout.strip())}


# Run by every VM to learn its version and real executable (a program valid on all of them).
VERSION_PROBE = "import sys; print(sys.version.splitlines()[0]); print(sys.executable)"


def probe_vm(command, scratch_dir):
    """(version text, real executable or None) of a VM command, or (None, None) if it fails."""
    result = run(command + ["-c", VERSION_PROBE], scratch_dir, timeout_s=60)
    if result.exit_code != 0:
        return None, None
    lines = result.stdout_text().splitlines()
    version = lines[0].strip() if lines else ""
    executable = lines[1].strip() if len(lines) > 1 else ""
    return version, (executable if executable and os.path.isabs(executable) else None)
