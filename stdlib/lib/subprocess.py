"""subprocess: run child processes, in Python over posix's fork/exec/pipe/waitpid.

The child is made with fork(); it moves its standard streams into place, changes directory and
execs. If any of that fails, it sends the errno back to the parent through a close-on-exec pipe
and exits, so the parent raises the same OSError CPython does (FileNotFoundError: [Errno 2] No
such file or directory: 'nonexistent'). communicate() multiplexes the pipes with poll(), so large
outputs on both stdout and stderr cannot deadlock. Children not waited for are reaped when the
next Popen is created, as in CPython.

Differences: no preexec_fn, user/group/umask/process_group or start_new_session (accepted only
with their default values); timeouts are measured with time.monotonic when the time module
exists, else approximately, by adding up the poll() waits.
"""

import os
import io
import posix as _posix

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
            7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
            13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}
_SIGKILL = 9
_SIGTERM = 15


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# The stdout attribute of CalledProcessError and TimeoutExpired: another name for output.
_stdout_alias = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call() / check_output() / run(check=True) fails."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            if sig in _SIGNALS:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, _SIGNALS[sig], sig)
            return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout / stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- Time ---------------------------------------------------------------------------------

class _Clock:
    """time.monotonic when available; otherwise the sum of the poll() waits made so far."""

    def __init__(self):
        try:
            import time
            self._now = time.monotonic
        except Exception:
            self._now = None
        self._slept = 0.0

    def now(self):
        if self._now is not None:
            return self._now()
        return self._slept

    def sleep_poll(self, fds, seconds):
        ms = -1 if seconds is None else max(0, int(seconds * 1000 + 0.999))
        result = _posix._poll(fds, ms)
        if self._now is None and seconds is not None and not result:
            self._slept += ms / 1000.0
        return result


# ---- Popen ---------------------------------------------------------------------------------

class _PipeWriter(io.FileIO):
    """The raw stream of Popen.stdin: a write to a child that has exited raises BrokenPipeError
    (SIGPIPE is ignored around the write) instead of killing the interpreter."""

    def write(self, b):
        was_ignored = _posix._ignore_sigpipe(True)
        try:
            return io.FileIO.write(self, b)
        finally:
            if not was_ignored:
                _posix._ignore_sigpipe(False)


_active = []


def _cleanup():
    for p in _active[:]:
        if p._internal_poll() is not None:
            try:
                _active.remove(p)
            except ValueError:
                pass


def _text_decode(data, encoding, errors):
    text = data.decode(encoding, errors)
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text


class Popen:
    """Runs a program in a new process (fork + exec) with optional pipes to it."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._waitpid_lock = None
        self._closed_child_pipe_fds = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by Sparrow")
        if user is not None or group is not None or extra_groups is not None or umask != -1 or \
                process_group is not None or start_new_session:
            raise NotImplementedError("subprocess: user/group/umask/process_group/start_new_session "
                                      "are not supported by Sparrow")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'
        if self.text_mode and errors is None:
            self.errors = 'strict'

        to_close = []
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = \
            self._get_handles(stdin, stdout, stderr, to_close)
        try:
            if p2cwrite != -1:
                raw = _PipeWriter(p2cwrite, 'wb')
                if bufsize == 0:
                    self.stdin = raw
                else:
                    self.stdin = io.BufferedWriter(raw, bufsize if bufsize > 1 else io.DEFAULT_BUFFER_SIZE)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, self.encoding, self.errors,
                                                  line_buffering=(bufsize == 1), write_through=True)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, self.encoding, self.errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, self.encoding, self.errors)
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell,
                                p2cread, c2pwrite, errwrite, to_close)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            for fd in to_close:
                try:
                    _posix.close(fd)
                except OSError:
                    pass
            raise

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    @property
    def universal_newlines(self):
        return self.text_mode

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            self.wait()

    # Child creation.

    def _get_handles(self, stdin, stdout, stderr, to_close):
        """The six descriptors (child's stdin read end, parent's write end, ...); -1 = none.
        Descriptors the parent must close once the child exists go in to_close."""
        devnull = [None]

        def get_devnull():
            if devnull[0] is None:
                devnull[0] = _posix.open(os.devnull, _posix.O_RDWR)
                to_close.append(devnull[0])
            return devnull[0]

        def ends(spec, child_reads):
            """(child's end, parent's end) for one stream; child_reads: it is the child's stdin."""
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = _posix.pipe()
                child, parent = (r, w) if child_reads else (w, r)
                to_close.append(child)
                return child, parent
            if spec == DEVNULL:
                return get_devnull(), -1
            if isinstance(spec, int):
                return spec, -1
            return spec.fileno(), -1

        p2cread, p2cwrite = ends(stdin, True)
        c2pwrite, c2pread = ends(stdout, False)
        if stderr == STDOUT:
            errwrite, errread = (c2pwrite if c2pwrite != -1 else 1), -1
        else:
            errwrite, errread = ends(stderr, False)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       p2cread, c2pwrite, errwrite, to_close):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike) or hasattr(type(args), '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = '/bin/sh'
            args = [unix_shell, '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        args = [os.fspath(a) for a in args]
        orig_executable = executable
        executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)

        # The executables to try, in order (a name without '/' is searched in PATH).
        if os.path.dirname(executable):
            candidates = [executable]
        else:
            path_env = env if env is not None else os.environ
            if isinstance(executable, bytes):
                candidates = [os.path.join(os.fsencode(d), executable)
                              for d in os.get_exec_path(path_env)]
            else:
                candidates = [os.path.join(d, executable) for d in os.get_exec_path(path_env)]
        env_list = None
        if env is not None:
            env_list = {}
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list[k] = os.fsencode(v)

        errpipe_read, errpipe_write = _posix.pipe()
        try:
            pid = _posix.fork()
            if pid == 0:
                self._child(args, candidates, env_list, close_fds, pass_fds, cwd,
                            p2cread, c2pwrite, errwrite, errpipe_write)
            self.pid = pid
            _posix.close(errpipe_write)
            errpipe_write = -1
            for fd in to_close:
                try:
                    _posix.close(fd)
                except OSError:
                    pass
            del to_close[:]
            self._closed_child_pipe_fds = True
            data = b''
            while True:
                part = _posix.read(errpipe_read, 512)
                if not part:
                    break
                data += part
                if len(data) > 50000:
                    break
        finally:
            if errpipe_write != -1:
                _posix.close(errpipe_write)
            _posix.close(errpipe_read)
        if data:
            # The child failed before or at exec: reap it and raise its error here.
            try:
                _posix.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.returncode = 255
            kind, _, errno_text = data.decode('ascii', 'replace').partition(':')
            try:
                errno_num = int(errno_text)
            except ValueError:
                raise SubprocessError("Bad exception data from child: %r" % (data,)) from None
            if kind == 'cwd':
                raise OSError(errno_num, _posix.strerror(errno_num), cwd)
            if kind == 'exec':
                raise OSError(errno_num, _posix.strerror(errno_num), orig_executable)
            raise OSError(errno_num, _posix.strerror(errno_num))
        _active.append(self)

    def _child(self, args, candidates, env_list, close_fds, pass_fds, cwd,
               p2cread, c2pwrite, errwrite, errpipe_write):
        """Runs in the forked child: never returns."""
        stage = 'setup'
        try:
            try:
                # A descriptor already at its target number must only lose close-on-exec.
                for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                    if fd == -1:
                        continue
                    if fd == target:
                        _posix.set_inheritable(fd, True)
                    else:
                        _posix.dup2(fd, target)
                if cwd is not None:
                    stage = 'cwd'
                    _posix.chdir(cwd)
                stage = 'setup'
                if close_fds:
                    low = 3
                    for fd in sorted(set(pass_fds) | {errpipe_write}):
                        if fd >= low:
                            _posix.closerange(low, fd)
                            low = fd + 1
                    _posix.closerange(low, 65536)
                for fd in pass_fds:
                    _posix.set_inheritable(fd, True)
                stage = 'exec'
                first_err = None
                last_err = 2
                for path in candidates:
                    try:
                        if env_list is not None:
                            _posix.execve(path, args, env_list)
                        else:
                            _posix.execv(path, args)
                    except OSError as e:
                        last_err = e.errno
                        if e.errno not in (2, 20) and first_err is None:
                            first_err = e.errno
                err = first_err if first_err is not None else last_err
            except OSError as e:
                err = e.errno if e.errno is not None else 0
            msg = ('%s:%d' % (stage, err)).encode('ascii')
            try:
                _posix.write(errpipe_write, msg)
            except OSError:
                pass
        finally:
            _posix._exit(255)

    # Waiting.

    def _handle_status(self, status):
        self.returncode = _posix.waitstatus_to_exitcode(status) if (
            _posix.WIFEXITED(status) or _posix.WIFSIGNALED(status)) else status

    def _internal_poll(self):
        if self.returncode is None:
            try:
                pid, status = _posix.waitpid(self.pid, _posix.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
                return self.returncode
            if pid == self.pid:
                self._handle_status(status)
        return self.returncode

    def poll(self):
        return self._internal_poll()

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, status = _posix.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
            else:
                self._handle_status(status)
        else:
            clock = _Clock()
            end = clock.now() + timeout
            delay = 0.0005
            while self._internal_poll() is None:
                remaining = end - clock.now()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, 0.05)
                clock.sleep_poll([], delay)
        if self in _active:
            _active.remove(self)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            _posix.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    # Talking to the child.

    def communicate(self, input=None, timeout=None):
        if self.stdin is not None and self.stdin.closed and input:
            raise ValueError("Cannot send input after starting communication")
        streams = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and len(streams) <= 1 and not input:
            stdout = stderr = None
            if self.stdin:
                was_ignored = _posix._ignore_sigpipe(True)
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
                finally:
                    if not was_ignored:
                        _posix._ignore_sigpipe(False)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        clock = _Clock()
        end = None if timeout is None else clock.now() + timeout
        was_ignored = _posix._ignore_sigpipe(True)
        try:
            stdout, stderr = self._communicate(input, end, timeout, clock)
        finally:
            if not was_ignored:
                _posix._ignore_sigpipe(False)
        if end is not None:
            remaining = end - clock.now()
            self.wait(timeout=max(remaining, 0) if remaining > 0 else 0.0001)
        else:
            self.wait()
        return stdout, stderr

    def _pending_bytes(self, stream):
        """Bytes a buffered reader already holds, taken before reading its descriptor."""
        raw = getattr(stream, 'buffer', stream)
        data = b''
        if hasattr(raw, '_rbuf'):
            data = raw._rbuf[raw._rpos:]
            raw._rbuf = b''
            raw._rpos = 0
        return data

    def _communicate(self, input, end, orig_timeout, clock):
        if not hasattr(self, '_comm'):
            self._comm = {'out': [], 'err': [], 'input': None, 'offset': 0, 'open': {}}
            comm = self._comm
            if self.stdin is not None:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if input:
                    if self.text_mode:
                        input = input.encode(self.encoding, self.errors)
                    comm['input'] = bytes(input)
                    fd = self.stdin.fileno()
                    _posix.set_blocking(fd, False)
                    comm['open'][fd] = 'in'
                else:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
            if self.stdout is not None:
                comm['out'].append(self._pending_bytes(self.stdout))
                comm['open'][self.stdout.fileno()] = 'out'
            if self.stderr is not None:
                comm['err'].append(self._pending_bytes(self.stderr))
                comm['open'][self.stderr.fileno()] = 'err'
        comm = self._comm
        while comm['open']:
            fds = [(fd, _posix.POLLOUT if which == 'in' else _posix.POLLIN)
                   for fd, which in comm['open'].items()]
            if end is None:
                ready = clock.sleep_poll(fds, None)
            else:
                remaining = end - clock.now()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, orig_timeout,
                                         output=self._collected('out'), stderr=self._collected('err'))
                ready = clock.sleep_poll(fds, remaining)
            for fd, revents in ready:
                which = comm['open'].get(fd)
                if which == 'in':
                    data = comm['input']
                    chunk = data[comm['offset']:comm['offset'] + 65536]
                    try:
                        n = _posix.write(fd, chunk)
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        n = len(data)
                        comm['offset'] = len(data)
                    else:
                        comm['offset'] += n
                    if comm['offset'] >= len(data):
                        del comm['open'][fd]
                        try:
                            self.stdin.close()
                        except BrokenPipeError:
                            pass
                else:
                    data = _posix.read(fd, 65536)
                    if data:
                        comm[which].append(data)
                    else:
                        del comm['open'][fd]
        out = self._collected('out')
        err = self._collected('err')
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        return out, err

    def _collected(self, which):
        stream = self.stdout if which == 'out' else self.stderr
        if stream is None:
            return None
        data = b''.join(self._comm[which])
        if self.text_mode:
            return _text_decode(data, self.encoding, self.errors)
        return data


# ---- Convenience functions ----------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Joins arguments into one command line with the MS C runtime's quoting rules: arguments
    are separated by spaces; one holding a space or tab (or empty) is put in double quotes; a
    double quote is escaped with a backslash; backslashes are literal except right before a
    double quote (a literal one or the closing one), where each is doubled."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = (" " in arg) or ("\t" in arg) or not arg
        out = []
        backslashes = 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
                continue
            if ch == '"':
                out.append("\\" * (backslashes * 2 + 1))
                out.append('"')
            else:
                out.append("\\" * backslashes)
                out.append(ch)
            backslashes = 0
        if quote:
            out.append("\\" * (backslashes * 2))
            parts.append('"' + "".join(out) + '"')
        else:
            out.append("\\" * backslashes)
            parts.append("".join(out))
    return " ".join(parts)
