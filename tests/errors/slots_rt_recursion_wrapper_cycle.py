# A C-only cycle through slot wrappers: __eq__ is object.__ne__, which asks type(self)'s __eq__.
class C:
    __eq__ = object.__ne__
print(C() == C())
