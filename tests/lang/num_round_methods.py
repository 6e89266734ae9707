# int/float __round__/__floor__/__ceil__/__trunc__ edge cases and argument errors.
class F(float): pass
class I(int): pass
for t in ("float.__round__(1.5, 10**100)", "float.__round__(1.5, -10**100)", "int.__round__(5, 10**100)", "float.__floor__('x')",
          "int.__ceil__('x')", "float.__round__()", "int.__round__(5, 1, 2)", "float.__round__(1.5, ndigits=1)", "int.__round__(15, ndigits=-1)", "float.__trunc__(F(-2.5))",
          "F(1e300).__round__(-400)", "I(10**30).__round__(-5)", "type(I(10**30).__round__(-5))", "F(float('nan')).__floor__()", "F(float('inf')).__ceil__()",
          "F(-0.0).hex()", "F(2.5).__divmod__(F(0.0))", "round(F(2.5), None)", "round(I(25), -1)", "round(True, 2)", "type(round(True, 2))", "int.__divmod__(3, 'a')", "float.__rdivmod__(2.0, 'a')"):
    try: print(t, repr(eval(t)))
    except Exception as e: print(t, type(e).__name__, e)
