# Importing sys and helper modules placed next to the test.
import sys
import mod_helper
print(mod_helper.GREETING)
print(mod_helper.greet("world"))
print(mod_helper.bump(), mod_helper.bump(), mod_helper.counter)
add5 = mod_helper.make_adder(5)
print(add5(10), mod_helper.table['two'], mod_helper._private)
# a second import does not re-execute the module
import mod_helper
print(mod_helper.counter)
import mod_other
print(mod_other.VALUE, mod_other.call_helper(), mod_helper.counter, mod_other.mod_helper is mod_helper)
# module attributes via getattr / setattr / hasattr
print(hasattr(mod_helper, 'greet'), hasattr(mod_helper, 'nope'), getattr(mod_helper, 'GREETING'), getattr(mod_helper, 'nope', None))
setattr(mod_helper, 'added', 42)
print(mod_helper.added, hasattr(mod_helper, 'added'))
mod_helper.counter = 1000
print(mod_helper.bump())
print(mod_helper.__name__, type(mod_helper).__name__, __name__)
try:
    mod_helper.missing_attribute
except AttributeError as e:
    print("AttributeError:", e)
# sys attributes
print(len(sys.argv), sys.argv[0].endswith("import_module.py"))
print(sys.getrecursionlimit())
# sys.exit inside try
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("end")
