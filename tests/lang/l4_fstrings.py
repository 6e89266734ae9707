# f-strings: nesting, conversions !r !s !a, '=' self-documenting, format specs with nested fields.
name = 'Ada'
n = 42
pi = 3.14159265
items = ['x', 'y']
d = {'key': 'val', 1: 'one'}
print(f'{name} is {n}', f'{name!r} {name!s} {"é"!a}', f'{n:>6}|{n:<6}|{n:^6}|{n:06}|{n:+}|{n:x}|{n:#b}')
print(f'{pi:.2f} {pi:10.4f} {pi:e} {pi:.3g} {pi:%} {1234567.5:,.1f} {1234567:_}')
print(f'{items[0]}{items[-1]} {d["key"]} {d[1]} {len(items)} {n * 2 + 1} {n // 5} {-n}')
print(f'{n=}', f'{n = }', f'{name=!s}', f'{pi=:.2f}', f'{items[0]=}', f'{n*2=}', f'{ n + 1 = }')
w, p = 10, 3
print(f'[{pi:{w}.{p}f}]', f'[{name:{"*"}^{w}}]', f'[{n:{"x" if n > 40 else "d"}}]', f'[{pi:{w}}]')
print(f'{"nested " + f"{n:03}"}', f'''{f"{f'{n}'}"}''', f"{'single'}", f'''{"triple"}''', f"""{n:>{w}}""")
print(f'{{braces}} {{{n}}} {{}}', f'{n}%', f'100{"%"}', f'{{{{')
print(f'{3 + 4j}', f'{[1, 2]!r:>10}', f'{None}', f'{True:d}', f'{b"x"}', f'{(1, 2)}', f'{ {"a": 1} }')
print(f'{"a" "b"}', f'{n if n else 0}', f'{(lambda x: x * 2)(n)}', f'{[i * i for i in range(4)]}')
x = 5
print(f'{x!r:>4}', f'{x:{"<"}{4}}|', f'{"abc":.{2}}', f'{x:{x}}|', f'{-x:=+8}', f'{x:#>+8.2f}')
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec == 'polar':
            return 'polar!'
        return f'({self.x:{spec}}, {self.y:{spec}})'
    def __repr__(self): return f'Pt({self.x!r}, {self.y!r})'
pt = Pt(1.5, 2)
print(f'{pt}', f'{pt:.2f}', f'{pt:polar}', f'{pt!r}', f'{pt=}', f'{pt!s:>20}')
print(f'{"a"!r:5}|', f'{"tab":\t^9}' if False else f'{"tab":-^9}', f'{name.upper():>5.2}', f'{name[::-1]}')
def gen():
    yield 1
print(f'{sum(v for v in range(5))}', f'{next(gen())}', f'{"%s" % "pct"}', f'{"{}".format("fmt")}')
print(F'capital F {n}', rf'raw \n {n}', fr'{name}\t', f'{chr(65)}{ord("A")}')
print(f'{"ĳ":^5}|{"日本":>6}|{"é":_<3}')
print(f'{n!s:*>5} {n!r:*<5} {name!a:^9}')
print(f'{10**20:,} {-1234.5:010.1f} {0.000012345:.3e} {1e21} {1e-5} {123456789.0}')
print(f'{1:{""}>3}' if False else f'{1:>3}', f'{"x":{"^"}{5}}')
t = (1, 2)
print(f'{t}', f'{t!r}', f'{t[0]:02d}-{t[1]:02d}', f'{"x" * 3}', f'{n > 40}', f'{not n}')
