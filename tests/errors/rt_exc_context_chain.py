# Implicit chaining three levels deep, printed as CPython does.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text)


def load():
    try:
        parse("x")
    except KeyError as e:
        raise RuntimeError("load failed") from e


try:
    load()
finally:
    print("cleanup")
