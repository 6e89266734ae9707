# String indexing, slicing, operators, comparisons, iteration.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[3:3], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1], s[:], s[::1], s[2:10:3])
print(s[-3:-1], s[-1:], s[:0], s[0:100], s[-2:-5], s[5:-5:-1], s[4::-1], s[:4:-1])
print(len(s), len(s[::3]), s[1:4] + s[-3:], s * 2, 3 * s[:2], s[:0] * 5)
# strings are immutable; slicing returns new strings
t = s[:]
print(t == s, t)
# comparisons
print('apple' < 'banana', 'apple' < 'Apple', 'a' < 'b' < 'c', 'abc' == 'abc', 'abc' != 'abd', 'abc' < 'abcd', 'b' > 'abc', '' == '')
print('Z' < 'a', '9' < 'A', ' ' < '0', 'é' > 'z', max('zebra', 'apple'), min('b', 'ab', 'abc'))
# membership
print('World' in s, 'world' in s, '' in s, 'lo, W' in s, 'xyz' not in s)
# iteration
for ch in "abc":
    print("char", ch, ord(ch))
print([c for c in "héllo"], list("日本"))
# concatenation in loops
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc))
parts = []
for w in ["a", "b", "c"]:
    parts.append(w * 2)
print("-".join(parts))
# str() of various and string conversions
print(str(12) + str(3.5) + str(None) + str(True) + str([1]) + str((2,)) + str({'a': 1}))
# escapes in repr
print(repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"), repr("\x00\x7f\x80\xff"))
print(repr("émoji 😀 日本"))
# string multiplication edge cases
print(repr("ab" * 0), repr("ab" * -3), repr("" * 100), len("ab" * 1000))
# indexing errors
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError:", e)
# characters are strings of length 1
c = s[0]
print(type(c).__name__, len(c), c == 'H', c * 3)
# unicode-aware length and slicing
u = "añb€c😀d"
print(len(u), u[1], u[3], u[5], u[-2], u[::-1], u[1:6:2])
# chained string methods and ops
print(("  x  ".strip() + "y").upper() * 2)
# comparisons are lexicographic by code point
print(sorted(["b", "B", "a", "A", "1", "_", "é", " "]))
# str of nested containers with strings uses repr inside
print(str(["a", 'b"c', "d'e", "f\ng"]), str(("x",)), str({"k": "v"}))
# string equality vs identity (don't depend on interning)
a = "hel" + "lo"
print(a == "hello", "".join(["h", "ello"]) == "hello")
# hashing strings: only equality of hashes of equal strings
print(hash("abc") == hash("ab" + "c"), {"abc": 1}["ab" + "c"])
# bool of strings
print(bool(""), bool(" "), bool("0"), bool("False"), not "", not "a")
