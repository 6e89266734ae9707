# re: bytes and bytearray subjects with bytes patterns.
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\xff\xfe\x00end"
print(re.match(rb"(\w+) (\S+)", data).groups(), re.findall(rb"\r\n", data), re.search(rb"\xff+", data))
print(re.split(rb"\r\n", data), re.sub(rb"\d", b"#", data[:24]), re.subn(rb"[\x00-\x1f]", b".", data))
print(re.search(rb"(?i)HOST", data).span(), re.search(b"[^\\x00-\\x7f]+", data).group(), re.findall(rb"\w+", b"caf\xe9 na\xefve"))
print(re.match(b".", b"\n"), re.match(b"(?s).", b"\n"), re.fullmatch(rb"\x00", b"\x00"), re.findall(rb"\s", b" \t\x1c\x85\xa0"))
ba = bytearray(b"abc123")
m = re.search(rb"\d+", ba)
print(m, m.group(), type(m.group()).__name__, re.findall(rb"[a-c]", ba), re.sub(rb"\d", b"", ba))
print(re.split(rb"(\d)", ba), [x.span() for x in re.finditer(rb"\w", b"a b")])
p = re.compile(rb"(?P<k>\w+)=(?P<v>\w*)")
m = p.search(b"x=1 y=")
print(p, m.groupdict(), m.expand(rb"\g<v>:\g<k>"), p.sub(rb"\2=\1", b"a=b c=d"), p.groupindex)
print(re.sub(b"a", lambda m: m.group().upper(), b"banana"), re.escape(b"1.5*x"), re.sub(b"x", br"\n\\", b"axb"))
print(re.compile(b"a", re.I), re.compile(b"(?i)A").match(b"a"), re.match(rb"\bx\b", b"x"), re.match(b"[\xe0-\xff]", b"\xe9"))
print(re.match(b"(?i)\xe9", b"\xc9"), re.match(rb"\W", b"\xe9"), re.match(b"(?L)a", b"a"), re.match(rb"(?a)\w", b"a"))
for bad in [(b"a", "a"), ("a", b"a"), (rb"\u0041", b"A"), (b"(?u)a", b"a")]:
    try:
        print(re.search(*bad))
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
for bad in ["x", 1]:
    try:
        print(re.sub(b"a", bad, b"a"))
    except TypeError as e:
        print("TypeError", e)
print(re.sub(b"a", bytearray(b"z"), b"bab"), re.split(b"", b"ab"), re.findall(b"", b"ab"))
big = b"\x00ab" * 50000
print(len(re.findall(b"ab", big)), re.search(b"b\x00a", big).span(), len(re.sub(b"\x00", b"", big)))
