# json.dumps / json.loads formatting and options (checked against CPython 3.11)
import json


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


data = {'name': 'Sparrow', 'n': 3, 'pi': 3.14159, 'neg': -0.0, 'big': 12345678901234567890,
        'ok': True, 'no': False, 'none': None, 'list': [1, 2.5, 'x', [], {}], 'tuple': (1, 2),
        'nested': {'a': {'b': [1, {'c': None}]}}, 'e': 1e100, 'small': 1e-7, 'f': 1.0}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([1, [2, [3]], {}], indent=0))
print(json.dumps({'a': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, indent=1, separators=(', ', ' = ')))
print(json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(0), json.dumps(None))
print(json.dumps('caf\xe9 \u20ac \U0001f600 "q" \\ \n\t\r\b\f \x00 \x1f \x7f /'))
print(json.dumps('caf\xe9 \u20ac \U0001f600 "q" \\ \n \x00 \x7f', ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
err(lambda: json.dumps([float('nan')], allow_nan=False))
err(lambda: json.dumps({float('inf'): 1}, allow_nan=False))
err(lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
err(lambda: json.dumps(object))
err(lambda: json.dumps({1, 2}))
err(lambda: json.dumps(b'x'))
print(json.dumps({1, 2}, default=sorted))
l = [1]; l.append(l)
err(lambda: json.dumps(l))
dd = {}; dd['self'] = dd
err(lambda: json.dumps(dd))
err(lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1 + 2j, {'c': 3j}], cls=Enc))
err(lambda: json.dumps([object()], cls=Enc))
print(Enc(indent=3).encode({'x': [1]}), list(json.JSONEncoder().iterencode([1, 'a'])) != [])
print(''.join(json.JSONEncoder(sort_keys=True).iterencode({'b': 1, 'a': [True]})))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


print(json.dumps([MyInt(5), MyFloat(2.5), {MyInt(3): MyFloat(1.5)}]))
print(json.dumps(True), json.dumps(False), json.dumps(-5), json.dumps(2 ** 70))
print(json.dumps(0.1), json.dumps(1 / 3), json.dumps(1e22), json.dumps(123456789.0), json.dumps(1e16))

# loads
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -3e2}}'))
print(json.loads(' [ 1 , 2 ] '), json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('"\\ud83d\\ude00"') == '\U0001f600', json.loads('"\u20ac"'))
print(json.loads('0'), json.loads('-0'), json.loads('-0.0'), json.loads('1E5'), json.loads('1e-2'),
      json.loads('12345678901234567890123'), json.loads('2.5E+3'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('[]'), json.loads('{}'), json.loads('[[]]'), json.loads('{"":""}'))
print(json.loads('{"a":1,"a":2}'), json.loads(b'[1]'), json.loads(bytearray(b'{"k": "v"}')))
print(json.loads('{"z":1,"a":2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10,
                 parse_constant=lambda c: 'C:' + c))
print(json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1] trailing'), json.JSONDecoder().raw_decode('xx 5', 3))
print(json.loads('\n\t {"x" : [ ] } \r\n'))
for bad in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b"}', '[1 2]', '"abc', '"a\\qb"',
            '"a\x01"', '"\\u12"', '"\\u12zz"', '1 2', '{1:2}', '{', '[', 'nul', '-', '1.', '1e',
            '01', '"\\', '["a",', '{"a"', '{"a":', '-inf', '[-]', '\ufeff1', '"\\x41"',
            '{"a":1}\n\nx', '[1,\n 2,\n x]', 'tru', '[1, 2', '{"a": 1', '"ab\x01', '[NaN, nan]',
            '{"a":1}}', '"\\uD800\\u00zz"', '  \n  ]']:
    try:
        print(repr(bad), repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
err(lambda: json.loads(5))
err(lambda: json.loads(None))
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
try:
    json.loads('[')
except ValueError as e:
    print('ValueError caught', e.doc, e.args)

# round trips
for v in [data, [1, [2, [3, [4]]]], {'k': 'v' * 50}, 'unicode \u1234 \U00012345', -1.5e-300]:
    print(json.loads(json.dumps(v)) == json.loads(json.dumps(json.loads(json.dumps(v)))))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


o = Out()
json.dump({'a': [1, 2]}, o, indent=1)
print(repr(''.join(o.parts)))


class In:
    def read(self):
        return '{"read": true}'


print(json.load(In()))
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads('["\\u00e9"]'.encode()))
