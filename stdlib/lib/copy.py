"""Shallow and deep copy operations, behaving as CPython 3.11's copy module.

copy(x) and deepcopy(x[, memo]) honour __copy__ / __deepcopy__, a class's own __reduce_ex__ /
__reduce__ and __getstate__ / __setstate__ / __getnewargs__. Without them (Sparrow's object has
no __reduce_ex__), an instance of a Python class is rebuilt the way object.__reduce_ex__(4)
would: cls.__new__(cls, *newargs), then its __dict__ and __slots__ values, then the items of a
list or dict base. Built-in objects with no copy support (modules, generators, iterators...)
raise TypeError "cannot pickle 'X' object", as in CPython.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# class -> reduction function, consulted before a class's own __reduce_ex__ / __reduce__: the
# copyreg module's table when there is one, else the copy module's own.
try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}


class _C:
    def _m(self):
        pass


_FunctionType = type(_C._m)
_MethodType = type(_C()._m)
_BuiltinFunctionType = type(len)
_CodeType = type(_C._m.__code__)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
del _C

_ATOMIC = (_NoneType, int, float, bool, complex, str, bytes, range, type, _FunctionType,
           _BuiltinFunctionType, _EllipsisType, _NotImplementedType, _CodeType, property)


# ---- shallow copy ----

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reduce_copy(x, cls, None, False)


def _copy_immutable(x):
    return x


_copy_dispatch = {t: _copy_immutable for t in _ATOMIC + (tuple, frozenset, slice)}
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy
_copy_dispatch[_MethodType] = lambda x: getattr(x.__self__, x.__func__.__name__)


# ---- deep copy ----

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reduce_copy(x, cls, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that (indirectly) contains itself was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # type(x)(func, self) in CPython; Sparrow's method type is not callable, binding is the same.
    return x.__func__.__get__(deepcopy(x.__self__, memo))


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_set
_deepcopy_dispatch[bytearray] = _deepcopy_bytearray


def _keep_alive(x, memo):
    # Keeps x alive as long as memo, so its id() cannot be reused for another object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- objects without a dispatch entry ----

class _ClassInfo:
    __slots__ = ("reduce", "getstate", "setstate", "getnewargs", "slots", "base", "python")


_class_infos = {}
_BASES = (list, dict, set, frozenset, bytearray, tuple, str, bytes, int, float, complex)


def _class_info(cls):
    # What the class defines that copying cares about (cached per class).
    info = _class_infos.get(cls)
    if info is not None:
        return info
    info = _ClassInfo()
    names = set()
    slots = []
    python = False
    for klass in reversed(cls.__mro__):
        if klass is object:
            continue
        if klass.__module__ != "builtins":
            python = True
        d = klass.__dict__
        names.update(d)
        s = d.get("__slots__")
        if s is not None:
            if isinstance(s, str):
                s = (s,)
            for n in s:
                if n in ("__dict__", "__weakref__"):
                    continue
                if n.startswith("__") and not n.endswith("__"):
                    n = "_%s%s" % (klass.__name__.lstrip("_"), n)
                if n not in slots:
                    slots.append(n)
    info.reduce = ("__reduce_ex__" if "__reduce_ex__" in names else
                   "__reduce__" if "__reduce__" in names else None)
    info.getstate = "__getstate__" in names
    info.setstate = "__setstate__" in names
    info.getnewargs = "__getnewargs__" in names
    info.slots = tuple(slots)
    info.base = None
    for base in _BASES:
        if issubclass(cls, base):
            info.base = base
            break
    info.python = python or cls is object
    _class_infos[cls] = info
    return info


def _reduce_copy(x, cls, memo, deep):
    reductor = dispatch_table.get(cls) if dispatch_table else None
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    info = _class_info(cls)
    if info.reduce is not None:
        rv = x.__reduce_ex__(4) if info.reduce == "__reduce_ex__" else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    if not info.python:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    base = info.base
    # The object itself, as copyreg.__newobj__ / the built-in base's __reduce__ make it.
    if base is set or base is frozenset or base is bytearray:
        items = list(x) if base is not bytearray else bytes(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
    else:
        if info.getnewargs:
            args = x.__getnewargs__()
        elif base is not None and base is not list and base is not dict:
            args = (base(x),)
        else:
            args = ()
        if deep and args:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    # Its state: __getstate__(), else the instance dict and the set __slots__ values.
    if info.getstate:
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None) or None
        if info.slots:
            slotstate = {}
            for name in info.slots:
                try:
                    slotstate[name] = getattr(x, name)
                except AttributeError:
                    pass
            if slotstate:
                state = (state, slotstate)
    if state is not None:
        if info.setstate:
            if deep:
                state = deepcopy(state, memo)
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                ydict = y.__dict__
                if deep:
                    for key, value in state.items():
                        ydict[deepcopy(key, memo)] = deepcopy(value, memo)
                else:
                    ydict.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    if deep:
                        value = deepcopy(value, memo)
                    setattr(y, key, value)
    if base is list:
        if deep:
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            y.extend(x)
    elif base is dict:
        if deep:
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in x.items():
                y[key] = value
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
