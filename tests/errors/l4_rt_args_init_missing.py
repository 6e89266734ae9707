# constructor missing arguments.
class P:
    def __init__(self, x, y):
        pass
P(1)
