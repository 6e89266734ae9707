# a traceback through methods, a generator and a lambda.
class Loader:
    def load(self, items):
        return list(self._gen(items))
    def _gen(self, items):
        for it in items:
            yield (lambda v: 10 // v)(it)

Loader().load([5, 2, 0])
