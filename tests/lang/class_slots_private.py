# __slots__ entries with private names are mangled with the class name, like self.__x.
class Slotted:
    __slots__ = ("__c", "d", "__e__")

    def __init__(self):
        self.__c = 3
        self.d = 4
        self.__e__ = 5

    def c(self):
        return self.__c

s = Slotted()
print(s.c(), s.d, s.__e__, s._Slotted__c, sorted(k for k in Slotted.__dict__ if not k.startswith("__") or k == "__e__"))
print(Slotted.__slots__)

class _Under:
    __slots__ = ("__p",)

    def __init__(self):
        self.__p = 1

print(_Under()._Under__p)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
