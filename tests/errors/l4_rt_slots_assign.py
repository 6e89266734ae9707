# assigning an attribute not in __slots__.
class S:
    __slots__ = ('a',)
S().b = 1
