# __divmod__, __rdivmod__ and __getnewargs__ on int, float and their subclasses.
class I(int): pass
class F(float): pass
class D(int):
    def __divmod__(self, o): return "D.divmod"
    def __rdivmod__(self, o): return "D.rdivmod"
for t in ("(7).__divmod__(2)", "(7.5).__divmod__(2)", "(7).__rdivmod__(2)", "(1.5).__getnewargs__()", "(3).__getnewargs__()",
          "(7).__divmod__('x')", "(7).__divmod__(2.5)", "(7.5).__rdivmod__(2)", "divmod(I(7), 2)", "divmod(7, I(2))", "divmod(D(7), 2)", "divmod(7, D(2))",
          "divmod(F(7), F(2))", "divmod(2, F(0.75))", "type(I(3).__getnewargs__()[0])", "True.__divmod__(2)", "divmod(7, 0)", "divmod(7.0, 0)",
          "divmod('a', 2)", "divmod(I(-7), 2)", "(7).__divmod__(True)", "divmod(F(1e308), F(1e-308))"):
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
import copy
print(copy.copy(F(2.5)), type(copy.copy(F(2.5))).__name__, copy.deepcopy(I(4)), type(copy.deepcopy(I(4))).__name__)
