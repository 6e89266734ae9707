# Metaclass error cases, with CPython's messages.

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


def conflict():
    class C(A, B):
        pass
show(conflict)


def conflict_explicit():
    class C(A, metaclass=M2):
        pass
show(conflict_explicit)

show(lambda: type("C", (A, B), {}))


def bad_prepare():
    class BadPrep(type):
        @classmethod
        def __prepare__(mcls, name, bases):
            return 42
    class C(metaclass=BadPrep):
        pass
show(bad_prepare)


def prepare_raises():
    class Raising(type):
        @classmethod
        def __prepare__(mcls, name, bases):
            raise ValueError("no namespace")
    class C(metaclass=Raising):
        pass
show(prepare_raises)


def init_subclass_kw():
    class Base(metaclass=M1):
        def __init_subclass__(cls, **kw):
            pass
    class C(Base, unknown=1):
        pass
    return "fine"
show(init_subclass_kw)


def object_kw():
    class C(metaclass=M1, unknown=1):
        pass
show(object_kw)


def type_kw():
    class C(unknown=1):
        pass
show(type_kw)


def meta_not_callable():
    class C(metaclass=5):
        pass
show(meta_not_callable)


def classcell_not_propagated():
    class Dropper(type):
        def __new__(mcls, name, bases, ns):
            ns = {k: v for k, v in ns.items() if k != "__classcell__"}
            return super().__new__(mcls, name, bases, ns)
    class C(metaclass=Dropper):
        def f(self):
            return __class__
show(classcell_not_propagated)

show(lambda: type.__new__(int, "X", (), {}))
show(lambda: type.__new__(5, "X", (), {}))
show(lambda: type.__new__(M1, "X", ()))
show(lambda: M1("X"))
show(lambda: M1("X", (), {}, 1))
show(lambda: type("X", (), 5))
show(lambda: type("X", 5, {}))
show(lambda: type(5, (), {}))
show(lambda: M1.__init__(A, "X", (), {}, 5))


def meta_new_returns_other():
    class Odd(type):
        def __new__(mcls, name, bases, ns):
            return 42
    class C(metaclass=Odd):
        pass
    return C
show(meta_new_returns_other)


def meta_init_returns_value():
    class BadInit(type):
        def __init__(cls, name, bases, ns):
            return 1
    class C(metaclass=BadInit):
        pass
show(meta_init_returns_value)


def meta_call_error():
    class Strict(type):
        def __call__(cls, *a):
            raise TypeError("no instances of " + cls.__name__)
    class C(metaclass=Strict):
        pass
    C()
show(meta_call_error)


def not_subscriptable():
    class C(metaclass=M1):
        pass
    return C[int]
show(not_subscriptable)


def no_len():
    class C(metaclass=M1):
        pass
    return len(C)
show(no_len)


def not_iterable():
    class C(metaclass=M1):
        pass
    return iter(C)
show(not_iterable)


def instancecheck_raises():
    class Boom(type):
        def __instancecheck__(cls, obj):
            raise RuntimeError("boom")
    class C(metaclass=Boom):
        pass
    return isinstance(1, C)
show(instancecheck_raises)


def exact_type_skips_hook():
    class Never(type):
        def __instancecheck__(cls, obj):
            return False
    class C(metaclass=Never):
        pass
    return isinstance(C(), C), isinstance(1, C)
show(exact_type_skips_hook)


def mro_entries_bad():
    class Bad:
        def __mro_entries__(self, bases):
            return 5
    class C(Bad()):
        pass
show(mro_entries_bad)


def base_not_class():
    class C(5):
        pass
show(base_not_class)


# Bad arguments to type's own methods.
show(lambda: type.__new__(type))
show(lambda: type.__new__())
show(lambda: type.__new__(type, 1, 2, 3))
show(lambda: type.__new__(type, "X", (1,), {}))
show(lambda: type.__init__(int, 1, 2))
show(lambda: type.__prepare__())
show(lambda: type.__instancecheck__(int))
show(lambda: type.__subclasscheck__(int, 5))
show(lambda: type.__subclasscheck__(5, int))


class TupleNS(type):
    @classmethod
    def __prepare__(m, n, b):
        return (1, 2)


def tuple_namespace():
    class X(metaclass=TupleNS):
        a = 1
show(tuple_namespace)


class RetNone(type):
    def __new__(m, *a):
        return None


def meta_returns_none():
    class X(metaclass=RetNone):
        pass
    return X
show(meta_returns_none)


class Check(type):
    def __instancecheck__(cls, x):
        return x == 1


class C(metaclass=Check):
    pass


show(lambda: (isinstance(1, (C, (C, int))), isinstance(2, (C, str)), isinstance(2, (str, (int, C)))))
show(lambda: issubclass(1, (C,)))
show(lambda: issubclass(int, (C, 5)))
C.__abstractmethods__ = frozenset({"x", "a"})
show(lambda: C())
C.__abstractmethods__ = ()
show(lambda: type(C()).__name__)
show(lambda: setattr(int, "__abstractmethods__", 1))


class Weird(type):
    def __getattr__(cls, name):
        return "meta-" + name


class W(metaclass=Weird):
    a = 1

show(lambda: (W.a, W.zzz))


class SetM(type):
    def __setattr__(cls, name, v):
        super().__setattr__(name, v * 2)


class S(metaclass=SetM):
    pass


S.x = 5
show(lambda: S.x)
