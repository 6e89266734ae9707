class C:
    def __init__(self):
        return 'oops'
C()
