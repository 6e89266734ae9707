# Unbounded recursion in an exception's __str__ while printing the traceback is reported without crashing.
class E(Exception):
    def __str__(self):
        return str(self)
raise E()
