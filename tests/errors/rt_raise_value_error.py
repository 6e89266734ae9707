def check(x):
    if x < 0:
        raise ValueError("bad thing")
    return x

check(1)
check(-1)
