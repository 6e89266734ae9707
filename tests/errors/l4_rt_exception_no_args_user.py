# an uncaught user exception without arguments.
class Empty(Exception):
    pass
raise Empty
