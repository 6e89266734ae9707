def a():
    try:
        b()
    except KeyError:
        raise TypeError("converted")

def b():
    raise KeyError("orig")

a()
