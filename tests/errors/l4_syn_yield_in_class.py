# yield in a class body.
class C:
    yield 1
