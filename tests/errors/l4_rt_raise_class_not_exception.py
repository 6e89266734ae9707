# raising a class that does not derive from BaseException.
class NotExc:
    pass
raise NotExc
