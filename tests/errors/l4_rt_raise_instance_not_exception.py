# raising an instance of a non-exception class.
class NotExc:
    pass
raise NotExc()
