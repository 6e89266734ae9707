# __getattr__ reading an attribute that __init__ never set, through a property.
class P:
    @property
    def value(self):
        return self.missing
    def __getattr__(self, name):
        return self.value
P().anything
