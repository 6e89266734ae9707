for s in ("(1.5).hex(1)", "(1.5).is_integer(x=1)", "(3).bit_length(1)", "(3).conjugate(1, 2)", "float.hex()", "int.bit_count()", "(2.0).as_integer_ratio()", "(7).as_integer_ratio()", "(1.5).hex()", "(3).bit_length()", "(-3).bit_count()", "float.conjugate(2.5)"):
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, "TypeError:", e)
