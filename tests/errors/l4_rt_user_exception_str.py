# an uncaught user exception with a custom __str__.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return 'application failed with code %d' % self.code
raise AppError(7)
