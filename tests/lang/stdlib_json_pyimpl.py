# json through the pure-Python scanner and encoder paths (no C accelerator), checked against CPython 3.11.
# (CPython's pure-Python paths word a few errors differently from its C ones; Sparrow's always
# use the C wording, so those cases are only in stdlib_json.py.)
import json
import json.decoder
import json.encoder
import json.scanner

json.encoder.c_make_encoder = None      # CPython's switch for its C encoder
json.encoder.c_encode = None            # Sparrow's
json.encoder.encode_basestring_ascii = json.encoder.py_encode_basestring_ascii
json.encoder.encode_basestring = json.encoder.py_encode_basestring
json.decoder.scanstring = json.decoder.py_scanstring


def decoder(**kw):
    d = json.JSONDecoder(**kw)
    d.scan_once = json.scanner.py_make_scanner(d)
    return d


data = {'name': 'Sparrow', 'n': 3, 'pi': 3.14159, 'neg': -0.0, 'big': 12345678901234567890,
        'ok': True, 'no': False, 'none': None, 'list': [1, 2.5, 'x', [], {}], 'tuple': (1, 2),
        'nested': {'a': {'b': [1, {'c': None}]}}, 'e': 1e100, 'small': 1e-7,
        'u': 'caf\xe9 \u20ac \U0001f600 "q" \\ \n\t\r\b\f \x00 \x1f \x7f /'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'e'}, indent='\t'))
l = [1]; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'a': [1, {2, 3}]}, skipkeys=True, default=sorted))

d = decoder()
text = json.dumps(data)
print(d.decode(text) == json.loads(text), d.decode(' [ 1 , "\\u00e9\\ud83d\\ude00" ] '))
print(decoder(object_pairs_hook=list).decode('{"b": 1, "a": {"c": 2}}'))
print(decoder(parse_float=str, parse_int=lambda s: int(s) + 1, parse_constant=repr).decode('[1, 2.5, NaN, -Infinity]'))
print(decoder(strict=False).decode('"a\tb"'), d.raw_decode('{"x": 1} tail'))
for bad in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b"}', '[1 2]', '"abc',
            '"\\u12"', '1 2', '{1:2}', '{', '[', 'nul', '-', '1.', '01', '"\\', '{"a"',
            '{"a":', '[-]', '"\\uD800\\u00zz"', '  \n  ]', '["\xe9", x]']:
    try:
        print(repr(bad), repr(d.decode(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), e)
