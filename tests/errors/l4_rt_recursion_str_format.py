# Unbounded recursion through __str__ via an f-string.
class S:
    def __str__(self):
        return f'{self}'
print(S())
