# except clause naming a non-class when an exception is raised.
try:
    1 / 0
except 'ZeroDivisionError':
    pass
