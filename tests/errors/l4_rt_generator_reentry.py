# A generator that resumes itself.
def g():
    yield next(me)
me = g()
next(me)
