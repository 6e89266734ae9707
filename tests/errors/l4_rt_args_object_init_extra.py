# object() constructor given arguments.
class P:
    pass
P(1)
