# type has no __getitem__ (list[int] works through the type slot, as __class_getitem__).
print(hasattr(int, "__getitem__"), hasattr(list, "__getitem__"), list[int], dict[str, int], hasattr(type, "__getitem__"))
class M(type): pass
class C(metaclass=M): pass
print(hasattr(C, "__getitem__"))
try: int[0]
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, k): return ("G", k)
print(G[int])
