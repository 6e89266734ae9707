# PEP 604 unions: X | Y between classes, None, generic aliases and unions.

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


u = int | str
print(u, int | None, None | int, int | str | None, (int | str) | (bytes | None), list[int] | None)
print(int | int, (int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(u.__args__, (int | None).__args__, type(u).__name__ if False else "skip")
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(3, (float, int | str)))


class A:
    pass


class B(A):
    pass


print(A | B, isinstance(B(), A | None), {int | str: 1}[str | int])


def f(x: int | None = None, y: "str | None" = None) -> list[int] | None:
    return x


print(f(3), f.__annotations__["x"], f.__annotations__["return"])
show(lambda: int | 3)
show(lambda: 3 | int)
show(lambda: int | "str")
show(lambda: (int | str) | 5)
show(lambda: isinstance(1, int | list[int]))
