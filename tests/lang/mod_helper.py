# Helper module imported by import_module.py (not a test itself: mod_* files are skipped).
GREETING = "hello from mod_helper"
counter = 0
_private = "underscore names are still importable"

def greet(name):
    return GREETING + ", " + name

def bump():
    global counter
    counter += 1
    return counter

def make_adder(n):
    return lambda x: x + n

table = {'one': 1, 'two': 2}
print("mod_helper executing, __name__ =", __name__)
