# float.__repr__ and other float slot wrappers called on a float subclass instance
class F(float):
    pass
f = F(2.5)
print(float.__repr__(f), float(f), f + 1, repr(f), isinstance(f, float))
r = float.__repr__
print(r(f))
print(float.__add__(F(1.5), F(2.0)), float.__lt__(F(1.0), F(2.0)), float.__hash__(F(2.5)) == hash(2.5), float.__str__(F(0.5)))
