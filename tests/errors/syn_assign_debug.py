# __debug__ is a constant: assigning to it is a SyntaxError.
print("never")
__debug__ = 1
