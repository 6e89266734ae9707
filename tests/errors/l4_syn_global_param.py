# global naming a parameter.
def f(a):
    global a
