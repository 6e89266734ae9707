# Unbounded recursion through __repr__ (repr -> __repr__ -> repr ...).
class R:
    def __repr__(self):
        return repr(self)
print(repr(R()))
