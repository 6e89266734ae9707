# Assigning to or deleting attributes of built-in instances: CPython's messages.
tests = ["(1).real = 2", "del (1).real", "(1).x = 2", "[].append = 1", "del [].append",
         "(1.5).imag = 0", "'a'.upper = 1", "object().x = 1", "del object().x",
         "(1).__class__ = float", "del (1).__class__", "int.x = 1", "del int.x", "len.x = 1",
         "(2).numerator = 3", "del (3.5).real"]
for t in tests:
    try:
        exec(t)
        print(t, "ok")
    except Exception as e:
        print(t, type(e).__name__, e)
