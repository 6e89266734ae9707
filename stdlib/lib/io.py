"""io: streams for Sparrow, in Python over posix's file descriptors.

The layers are CPython's: FileIO (raw bytes on a descriptor), BufferedReader / BufferedWriter /
BufferedRandom (a buffer over a raw stream), TextIOWrapper (str over a buffered stream, with an
encoding and newline translation), and the in-memory StringIO and BytesIO. open() builds the
stack the mode asks for. Classes report themselves as _io.X, as in CPython.

Differences: encodings are those bytes.decode knows (utf-8, ascii, latin-1, ...); decoding
reads ahead by whole chunks; TextIOWrapper.tell() is the byte offset (exact for stateless
encodings, which are all Sparrow has). Writers still open when the program ends are flushed
by the interpreter (_flush_all, called from the VM's shutdown path); Boehm GC runs no
finalizers, so a file that is dropped without close() is flushed only then.
"""

import posix as _posix

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'

# Writers with data that may still be buffered: id -> object (see _flush_all).
_open_writers = {}


def _flush_all():
    """Flushes every open buffered writer; called once when the interpreter shuts down."""
    for f in list(_open_writers.values()):
        try:
            f.flush()
        except Exception:
            pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _check_int(value, what='integer'):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _size_arg(size):
    if size is None:
        return -1
    return _check_int(size)


# ---- Abstract bases -----------------------------------------------------------------------

class IOBase:
    """The base of every stream: closing, context management, line iteration."""

    _closed_flag = False

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (type(self).__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    @property
    def closed(self):
        return self._closed_flag

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error()

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        # Generic version over read(1), for subclasses that do not override it.
        size = _size_arg(size)
        out = []
        n = 0
        while size < 0 or n < size:
            b = self.read(1)
            if not b:
                break
            out.append(b)
            n += 1
            if b in (b"\n", "\n"):
                break
        if out and isinstance(out[0], str):
            return "".join(out)
        return b"".join(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")

    def read1(self, size=-1):
        return self.read(size)


class TextIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- FileIO -------------------------------------------------------------------------------

def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    t = type(file)
    if hasattr(t, '__fspath__'):
        return t.__fspath__(file)
    raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__)


class FileIO(RawIOBase):
    """Raw binary I/O on a file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._closed_flag = True
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int) and not isinstance(file, bool):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        if not set(mode) <= set('xrwab+') or len(set(mode)) != len(mode) or \
                sum(c in 'rwax' for c in mode) != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus"
                             if sum(c in 'rwax' for c in mode) != 1 and set(mode) <= set('xrwab+')
                             else "invalid mode: %s" % mode)
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        self._created = 'x' in mode
        if self._readable and self._writable:
            flags = _posix.O_RDWR
        elif self._readable:
            flags = _posix.O_RDONLY
        else:
            flags = _posix.O_WRONLY
        if 'x' in mode:
            flags |= _posix.O_EXCL | _posix.O_CREAT
        elif 'w' in mode:
            flags |= _posix.O_CREAT | _posix.O_TRUNC
        elif 'a' in mode:
            flags |= _posix.O_APPEND | _posix.O_CREAT
        if fd < 0:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            path = _fspath(file)
            if opener is None:
                fd = _posix.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
            try:
                st = _posix.fstat(fd)
                if st.st_mode & 0o170000 == 0o040000:
                    raise IsADirectoryError(21, _posix.strerror(21), path)
            except BaseException:
                _posix.close(fd)
                raise
        self._fd = fd
        self._closefd = closefd
        self._closed_flag = False
        self.name = file
        self._seekable = None
        if self._appending:
            try:
                _posix.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        name = 'FileIO'
        if self.closed:
            return '<_io.%s [closed]>' % name
        return '<_io.%s name=%r mode=%r closefd=%r>' % (name, self.name, self.mode, self._closefd)

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, 1)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._checkClosed()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        chunks = []
        bufsize = DEFAULT_BUFFER_SIZE
        try:
            end = _posix.fstat(self._fd).st_size
            pos = _posix.lseek(self._fd, 0, 1)
            if end > pos:
                bufsize = end - pos + 1
        except OSError:
            pass
        while True:
            data = _posix.read(self._fd, bufsize)
            if not data:
                break
            chunks.append(data)
            bufsize = max(bufsize, 65536)
        return b"".join(chunks)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed_flag:
            self._closed_flag = True
            if self._closefd and self._fd >= 0:
                _posix.close(self._fd)

    def flush(self):
        self._checkClosed()


# ---- Buffered streams ---------------------------------------------------------------------

class _BufferedBase(BufferedIOBase):
    """A read buffer and a write buffer over a raw stream (BufferedRandom uses both)."""

    _kind = 'Buffered'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _check_int(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0
        self._detached = False
        # Whether write() may go ahead, decided once (the raw stream's mode does not change).
        self._write_ok = self._can_write() and raw.writable()
        if self._can_write():
            _open_writers[id(self)] = self

    def _can_read(self):
        return False

    def _can_write(self):
        return False

    def __repr__(self):
        name = type(self).__name__
        try:
            n = self.name
        except Exception:
            return '<_io.%s>' % name
        return '<_io.%s name=%r>' % (name, n)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        self._checkClosed()
        return self._can_read() and self.raw.readable()

    def writable(self):
        self._checkClosed()
        return self._can_write() and self.raw.writable()

    def seekable(self):
        self._checkClosed()
        return self.raw.seekable()

    def _checkClosed(self, msg=None):
        if self._detached:
            raise ValueError("raw stream has been detached")
        if self.raw.closed:
            raise _closed_error()

    def detach(self):
        self.flush()
        raw = self.raw
        self._detached = True
        _open_writers.pop(id(self), None)
        return raw

    # Reading.

    def _drop_read_buffer(self):
        """Moves the raw position back over unread buffered bytes (before a write or seek)."""
        unread = len(self._rbuf) - self._rpos
        if unread:
            self.raw.seek(-unread, 1)
        self._rbuf = b""
        self._rpos = 0

    def _fill(self):
        """Reads one chunk into the read buffer; returns False at end of file."""
        if self._wlen:
            self._flush_writes()
        data = self.raw.read(self.buffer_size)
        if not data:
            return False
        if self._rpos < len(self._rbuf):
            self._rbuf = self._rbuf[self._rpos:] + data
        else:
            self._rbuf = data
        self._rpos = 0
        return True

    def _check_readable(self):
        self._checkClosed()
        if not self._can_read() or not self.raw.readable():
            raise UnsupportedOperation("read")

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if self._wlen:
            self._flush_writes()
        if size < 0:
            rest = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            tail = self.raw.readall() if hasattr(self.raw, 'readall') else self.raw.read()
            return rest + (tail or b"")
        while len(self._rbuf) - self._rpos < size:
            if not self._fill():
                break
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if self._rpos >= len(self._rbuf):
            self._fill()
        if size < 0:
            size = len(self._rbuf) - self._rpos
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_readable()
        if self._rpos >= len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos:]

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def readline(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if self._wlen:
            self._flush_writes()
        start = self._rpos
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            start = len(self._rbuf)
            if 0 <= size <= start - self._rpos:
                end = start
                break
            before = self._rpos
            if not self._fill():
                end = len(self._rbuf)
                break
            start -= before - self._rpos
        if 0 <= size < end - self._rpos:
            end = self._rpos + size
        line = self._rbuf[self._rpos:end]
        self._rpos = end
        return line

    # Writing.

    def write(self, b):
        if self._detached or self.raw.closed:
            self._checkClosed()
        if not self._write_ok:
            raise UnsupportedOperation("write")
        if type(b) is bytes and not self._rbuf:
            # The common case: append to the write buffer.
            self._wbuf.append(b)
            self._wlen += len(b)
            if self._wlen >= self.buffer_size:
                self._flush_writes()
            return len(b)
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            try:
                b = memoryview(b).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
        if self._rbuf:
            self._drop_read_buffer()
        n = len(b)
        self._wbuf.append(bytes(b))
        self._wlen += n
        if self._wlen >= self.buffer_size:
            self._flush_writes()
        return n

    def _flush_writes(self):
        data = b"".join(self._wbuf)
        self._wbuf = []
        self._wlen = 0
        while data:
            n = self.raw.write(data)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            data = data[n:]

    def flush(self):
        self._checkClosed()
        if self._wlen:
            self._flush_writes()

    # Positioning.

    def tell(self):
        self._checkClosed()
        pos = self.raw.tell()
        return pos - (len(self._rbuf) - self._rpos) + self._wlen

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        if self._wlen:
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkClosed()
        if not self._can_write():
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_read_buffer()
        return self.raw.truncate(pos)

    def close(self):
        if self._detached or self.raw.closed:
            return
        try:
            self.flush()
        finally:
            _open_writers.pop(id(self), None)
            self.raw.close()


class BufferedReader(_BufferedBase):
    def _can_read(self):
        return True


class BufferedWriter(_BufferedBase):
    def _can_write(self):
        return True


class BufferedRandom(_BufferedBase):
    def _can_read(self):
        return True

    def _can_write(self):
        return True


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


# ---- Text ---------------------------------------------------------------------------------

_CODEC_NAMES = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
    'latin-1': 'latin-1', 'latin1': 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
    'l1': 'latin-1', '8859': 'latin-1', 'cp819': 'latin-1', 'latin': 'latin-1',
}


def _codec(encoding):
    key = encoding.lower().replace('_', '-')
    if key in _CODEC_NAMES:
        return _CODEC_NAMES[key]
    try:
        ''.encode(encoding)
    except LookupError:
        raise LookupError("unknown encoding: %s" % encoding) from None
    return key


def _utf8_split(data):
    """Splits off an incomplete UTF-8 sequence at the end of data: (complete, tail)."""
    n = len(data)
    i = n - 1
    steps = 0
    while i >= 0 and steps < 3 and 0x80 <= data[i] < 0xC0:
        i -= 1
        steps += 1
    if i < 0:
        return data, b""
    lead = data[i]
    if lead >= 0xF0:
        need = 4
    elif lead >= 0xE0:
        need = 3
    elif lead >= 0xC0:
        need = 2
    else:
        return data, b""
    if n - i < need:
        return data[:i], data[i:]
    return data, b""


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class TextIOWrapper(TextIOBase):
    """str over a buffered binary stream: decoding, encoding, newline translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._codec = _codec(encoding)
        self._encoding = encoding
        self._errors = errors
        self.buffer = buffer
        self._newline = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline not in (None, '') else None
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = ""      # decoded text not yet returned
        self._pos = 0           # read position in _pending
        self._undecoded = b""   # bytes read but not yet decodable (a split UTF-8 sequence)
        self._eof = False
        self._seen = set()
        self._detached = False
        # True while _pending holds no '\r': readline() can then just look for '\n'.
        self._nocr = False
        try:
            self._write_ok = buffer.writable()
        except (AttributeError, ValueError):
            self._write_ok = True  # let buffer.write() itself object

    # Properties.

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        if not self._translate or not self._seen:
            return None
        order = [nl for nl in ('\r', '\n', '\r\n') if nl in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(' name=%r' % (self.name,))
        except Exception:
            pass
        try:
            parts.append(' mode=%r' % (self.mode,))
        except Exception:
            pass
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _checkClosed(self, msg=None):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        if self.buffer.closed:
            raise _closed_error()

    def detach(self):
        self.flush()
        self._detached = True
        return self.buffer

    def flush(self):
        self._checkClosed()
        self.buffer.flush()

    def close(self):
        if self._detached or self.buffer.closed:
            return
        self._pending = ""
        self._nocr = False
        self._pos = 0
        try:
            self.flush()
        finally:
            self.buffer.close()

    # Writing.

    def write(self, s):
        if self._detached or self.buffer.closed:
            self._checkClosed()
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self._write_ok:
            raise UnsupportedOperation("not writable")
        if self._pending or self._undecoded:
            self._rewind_reads()
        length = len(s)
        text = s
        if self._writenl is not None and self._writenl != '\n' and '\n' in text:
            text = text.replace('\n', self._writenl)
        self.buffer.write(text.encode(self._codec, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        elif self._write_through:
            self.buffer.flush()
        return length

    # Reading.

    def _rewind_reads(self):
        """Puts the buffer back at the logical position before a write or seek."""
        pos = self.tell()
        self._pending = ""
        self._nocr = False
        self._pos = 0
        self._undecoded = b""
        self._eof = False
        self.buffer.seek(pos)

    def _decode(self, data, final):
        data = self._undecoded + data
        if self._codec == 'utf-8' and not final:
            data, self._undecoded = _utf8_split(data)
        else:
            self._undecoded = b""
        return data.decode(self._codec, self._errors)

    def _fill(self):
        """Appends one decoded chunk to _pending; False at end of file."""
        if self._eof:
            return False
        if hasattr(self.buffer, 'read1'):
            data = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        else:
            data = self.buffer.read(DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
            if self._undecoded:
                self._pending = self._pending[self._pos:] + self._decode(b"", True)
                self._nocr = False
                self._pos = 0
                return True
            return False
        text = self._decode(data, False)
        if self._pos < len(self._pending):
            self._pending = self._pending[self._pos:] + text
            self._nocr = '\r' not in self._pending
        else:
            self._pending = text
            self._nocr = '\r' not in text
        self._pos = 0
        return True

    def _check_readable(self):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def _note(self, text):
        if self._translate:
            if '\r\n' in text:
                self._seen.add('\r\n')
                text = text.replace('\r\n', '')
            if '\r' in text:
                self._seen.add('\r')
            if '\n' in text:
                self._seen.add('\n')

    def _translated(self, text):
        if self._translate and '\r' in text:
            self._note(text)
            return text.replace('\r\n', '\n').replace('\r', '\n')
        if self._translate and '\n' in text:
            self._seen.add('\n')
        return text

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if size < 0:
            if self.buffer.writable():
                self.buffer.flush()
            rest = self._pending[self._pos:]
            data = self.buffer.read()
            text = rest + self._decode(data or b"", True)
            self._pending = ""
            self._nocr = False
            self._pos = 0
            self._eof = True
            return self._translated(text)
        out = []
        need = size
        while need > 0:
            if self._pos >= len(self._pending) and not self._fill():
                break
            end = min(self._pos + need, len(self._pending))
            if self._translate and self._pending[end - 1] == '\r':
                if end >= len(self._pending):
                    self._fill()
                    end = min(self._pos + need, len(self._pending))
                if end < len(self._pending) and self._pending[end - 1] == '\r' and self._pending[end] == '\n':
                    end += 1
            chunk = self._translated(self._pending[self._pos:end])
            self._pos = end
            out.append(chunk)
            need -= len(chunk)
        return ''.join(out)

    def _find_line_end(self, start):
        """Index just past the first line ending in _pending[start:], or -1."""
        p = self._pending
        if self._newline is not None and self._newline != '':
            i = p.find(self._newline, start)
            return -1 if i < 0 else i + len(self._newline)
        # Universal newlines: \n, \r or \r\n.
        n = p.find('\n', start)
        r = p.find('\r', start)
        if r < 0 or (0 <= n < r):
            return -1 if n < 0 else n + 1
        if r + 1 < len(p):
            return r + 2 if p[r + 1] == '\n' else r + 1
        return -2 if not self._eof else r + 1  # a final \r: need one more character

    def readline(self, size=-1):
        if (self._nocr or self._newline == '\n') and (size == -1 or size is None) and \
                self._newline != '\r' and self._newline != '\r\n':
            pos = self._pos
            i = self._pending.find('\n', pos)
            if i >= 0:
                self._pos = i + 1
                if self._translate:
                    self._seen.add('\n')
                return self._pending[pos:i + 1]
        self._check_readable()
        size = _size_arg(size)
        start = self._pos
        while True:
            end = self._find_line_end(start)
            if end >= 0:
                break
            if end == -1:
                start = len(self._pending)
            else:
                start = len(self._pending) - 1
            if 0 <= size <= len(self._pending) - self._pos:
                end = self._pos + size
                break
            before = self._pos
            if not self._fill():
                if end == -2:
                    start = len(self._pending) - 1
                    end = self._find_line_end(start)
                    if end >= 0:
                        break
                end = len(self._pending)
                break
            start -= before
        if 0 <= size < end - self._pos:
            end = self._pos + size
        line = self._pending[self._pos:end]
        self._pos = end
        return self._translated(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Positioning.

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.buffer.flush()
        pos = self.buffer.tell()
        rest = self._pending[self._pos:]
        if rest:
            pos -= len(rest.encode(self._codec, self._errors))
        return pos - len(self._undecoded)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._pending = ""
            self._nocr = False
            self._pos = 0
            self._undecoded = b""
            self._eof = False
            return self.buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._pending = ""
        self._nocr = False
        self._pos = 0
        self._undecoded = b""
        self._eof = False
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ---- In-memory streams --------------------------------------------------------------------

class _InMemoryIO:
    """The methods BytesIO and StringIO share: a buffer at position _pos, no OS file."""

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def tell(self):
        self._checkClosed()
        return self._pos

    def flush(self):
        self._checkClosed()

    def close(self):
        self._closed_flag = True


class BytesIO(_InMemoryIO, BufferedIOBase):
    """Bytes kept in memory."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed_flag = False

    def _checkClosed(self, msg=None):
        if self._closed_flag:
            raise _closed_error()

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        end = len(self._buf) if size < 0 else min(self._pos + size, len(self._buf))
        if end <= self._pos:
            return b""
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        if end <= self._pos:
            return b""
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            try:
                b = memoryview(b).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _check_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        size = _check_int(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size


class StringIO(_InMemoryIO, TextIOBase):
    """Text kept in memory, with TextIOWrapper's newline handling."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._closed_flag = False
        self._chunks = []       # appended text not yet joined into _text
        self._text = ''
        self._len = 0           # len(_text) + the lengths of _chunks
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._chunks:
            self._text += ''.join(self._chunks)
            self._chunks = []
        return self._text

    def _checkClosed(self, msg=None):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        order = [nl for nl in ('\r', '\n', '\r\n') if nl in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                if '\r' in s.replace('\r\n', ''):
                    self._seen.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s:
                self._seen.add('\n')
        elif self._newline not in ('', '\n') and '\n' in s:
            s = s.replace('\n', self._newline)
        if not s:
            return n
        if self._pos == self._len:
            self._chunks.append(s)
            self._pos += len(s)
            self._len = self._pos
            return n
        text = self._value()
        if self._pos > len(text):
            text += '\0' * (self._pos - len(text))
        self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._len = len(self._text)
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        text = self._value()
        end = len(text) if size < 0 else min(len(text), self._pos + size)
        if end <= self._pos:
            return ''
        data = text[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ''
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', pos)
            end = len(text) if i < 0 else i + 1
        elif nl == '':
            n = text.find('\n', pos)
            r = text.find('\r', pos)
            if r < 0 or (0 <= n < r):
                end = len(text) if n < 0 else n + 1
            elif r + 1 < len(text) and text[r + 1] == '\n':
                end = r + 2
            else:
                end = r + 1
        else:
            i = text.find(nl, pos)
            end = len(text) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._value())
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        size = _check_int(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        text = self._value()
        if size < len(text):
            self._text = text[:size]
            self._len = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# ---- open() -------------------------------------------------------------------------------

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(file, (str, bytes, int)) or isinstance(file, bool):
        if not hasattr(type(file), '__fspath__'):
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    modes = set(mode)
    if not modes <= set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass  # CPython warns (RuntimeWarning) and uses the default buffer size
    if not binary:
        if newline is not None and not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is not None:
            _codec(encoding)
    rawmode = (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "") + \
        (appending and "a" or "") + (updating and "+" or "")
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, "rb")


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
             BytesIO, StringIO):
    _cls.__module__ = '_io'
del _cls

# The builtin open() imports this module on first use; from then on it is io.open itself.
import builtins as _builtins
_builtins.open = open
del _builtins
