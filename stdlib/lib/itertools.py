"""Iterator building blocks, behaving as CPython 3.11's itertools (written in Python).

Each tool is a class whose instances are their own iterators, so type checks, reprs (count,
repeat) and argument errors look like CPython's. The combinatoric tools produce items in the
same order as CPython's.
"""

_MISSING = object()


def _nargs(name, args, lo, hi=None):
    n = len(args)
    if hi is None:
        hi = lo
    if lo <= n <= hi:
        return
    if lo == hi:
        raise TypeError("%s expected %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
    if n < lo:
        raise TypeError("%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
    raise TypeError("%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))


def _nokw(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, "__add__") and (hasattr(t, "__index__") or hasattr(t, "__float__")
                                      or hasattr(t, "__int__") or hasattr(t, "__complex__"))


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _ssize(v):
    # An index that must fit a C Py_ssize_t, as CPython's argument conversion.
    i = _index(v)
    if not -(1 << 63) <= i < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    return i


class _GenIter:
    # The generator-backed tools keep their state in a generator made by _run.
    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._cnt,)
        return "count(%r, %r)" % (self._cnt, step)

    def __reduce__(self):
        return (type(self), (self._cnt, self._step))


class cycle:
    """cycle(iterable) --> the items of iterable, then again, forever."""

    def __init__(self, *args, **kwargs):
        _nokw("cycle", kwargs)
        _nargs("cycle", args, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, times times (forever when times is omitted)."""

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is not None:
            times = _ssize(times)
            if times < 0:
                times = 0
        self._cnt = times

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt is None:
            return self._obj
        if cnt <= 0:
            raise StopIteration
        self._cnt = cnt - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt is None:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._cnt)

    def __reduce__(self):
        if self._cnt is None:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._cnt))


class accumulate(_GenIter):
    """accumulate(iterable, func=None, *, initial=None) --> running totals (or func results)."""

    def __init__(self, iterable=_MISSING, func=None, *, initial=None):
        if iterable is _MISSING:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next, ..."""

    def __init__(self, *iterables, **kwargs):
        _nokw("chain", kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain over the iterables iterable yields."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                for nxt in source:
                    break
                else:
                    self._source = None
                    raise StopIteration
                self._active = active = iter(nxt)
            for item in active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress(_GenIter):
    """compress(data, selectors) --> the data items whose selector is true."""

    def __init__(self, data=_MISSING, selectors=_MISSING):
        if data is _MISSING:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MISSING:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_GenIter):
    """dropwhile(predicate, iterable) --> the items from the first one predicate rejects on."""

    def __init__(self, *args, **kwargs):
        _nokw("dropwhile", kwargs)
        _nargs("dropwhile", args, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_GenIter):
    """takewhile(predicate, iterable) --> the items while predicate accepts them."""

    def __init__(self, *args, **kwargs):
        _nokw("takewhile", kwargs)
        _nargs("takewhile", args, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_GenIter):
    """filterfalse(function or None, iterable) --> the items for which function is false."""

    def __init__(self, *args, **kwargs):
        _nokw("filterfalse", kwargs)
        _nargs("filterfalse", args, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not predicate(x):
                    yield x


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs of consecutive items with equal keys."""

    def __init__(self, iterable=_MISSING, key=None):
        if iterable is _MISSING:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _MISSING
        gb._currkey = _MISSING
        return r


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_MAXSIZE = (1 << 63) - 1


def _islice_int(v):
    # -1 for anything that is not an int in [0, sys.maxsize] (as CPython's conversion failure).
    try:
        i = _index(v)
    except TypeError:
        return -1
    if i > _MAXSIZE:
        return -1
    return i


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a slice of an iterator."""

    def __init__(self, *args, **kwargs):
        _nokw("islice", kwargs)
        _nargs("islice", args, 2, 4)
        start = 0
        stop = -1
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _islice_int(args[1])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            if args[1] is not None:
                start = _islice_int(args[1])
            if args[2] is not None:
                stop = _islice_int(args[2])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        if start < 0 or stop < -1:
            raise ValueError(_ISLICE_INDICES)
        if len(args) == 4 and args[3] is not None:
            step = _islice_int(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            for item in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        for item in it:
            break
        else:
            self._it = None
            raise StopIteration
        self._cnt += 1
        oldnext = self._next
        self._next = oldnext + self._step
        if self._next < oldnext or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class pairwise(_GenIter):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, *args, **kwargs):
        _nokw("pairwise", kwargs)
        _nargs("pairwise", args, 1)
        self._gen = self._run(iter(args[0]))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_GenIter):
    """starmap(function, iterable) --> function(*item) for each item."""

    def __init__(self, *args, **kwargs):
        _nokw("starmap", kwargs)
        _nargs("starmap", args, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One of the independent iterators tee() returns; all share one buffer of items."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This iterator is the furthest ahead: pull a new item into the shared buffer.
            value = next(self._it)
            if link.next is None:
                new = _tee_link()
                link.value = value
                link.next = new
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> n independent iterators over iterable's items."""
    n = _ssize(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GenIter):
    """zip_longest(*iterables, fillvalue=None) --> tuples, shorter inputs padded with fillvalue."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for k in kwargs:
            if k != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs[k]
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                for value in it:
                    break
                else:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIter):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples, in lexicographic order."""

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        result = [pool[0] for pool in pools]
        yield tuple(result)
        while True:
            i = n - 1
            while i >= 0:
                pool = pools[i]
                indices[i] += 1
                if indices[i] < len(pool):
                    result[i] = pool[indices[i]]
                    break
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            if i < 0:
                return
            yield tuple(result)


def _check_r(r, name):
    if not isinstance(r, int):
        raise TypeError("Expected int as r" if name == "permutations" else
                        "'%s' object cannot be interpreted as an integer" % type(r).__name__)
    _ssize(r)
    if r < 0:
        raise ValueError("r must be non-negative")


class permutations(_GenIter):
    """permutations(iterable, r=None) --> successive r-length permutations, as tuples."""

    def __init__(self, iterable=_MISSING, r=None):
        if iterable is _MISSING:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            _check_r(r, "permutations")
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    """combinations(iterable, r) --> successive r-length combinations, as tuples."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r, "combinations")
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """combinations_with_replacement(iterable, r) --> r-length combinations allowing repeats."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r, "combinations_with_replacement")
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
