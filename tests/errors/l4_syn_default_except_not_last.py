# bare except must be last.
try:
    pass
except:
    pass
except ValueError:
    pass
