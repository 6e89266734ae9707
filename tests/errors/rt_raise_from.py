def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e

parse("12")
parse("x")
