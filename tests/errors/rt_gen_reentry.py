# A generator that resumes itself: ValueError, never a crash.
def gen():
    yield next(g)

g = gen()
next(g)
