# re: large subjects, deep patterns, big counts and catastrophic-looking patterns end normally.
import re

for n in [100, 300, 1000]:
    for opener in ["(?:", "("]:
        try:
            p = re.compile(opener * n + "a" + ")" * n)
            print(n, opener, "ok", p.groups, p.match("a").span())
        except RecursionError as e:
            print(n, opener, "RecursionError")
p = re.compile("(" * 150 + "a*" + ")*" * 150)
print(p.match("aaa").span(), p.match("aaa").group(150))
print(re.compile("a{1000}").match("a" * 1000).span(), re.compile("(?:ab){2000}").match("ab" * 2000).span())
print(re.match("(?:a|b)*c", "ab" * 200000), re.match("(a|b)*c", "ab" * 200000 + "c").span())
print(re.match("a{4294967294}", "aaa"), re.match("(?:a{100}){100}", "a" * 10000).span())
for p in ["a{4294967295}", "a{0,4294967295}", "a{99999999999999999999999}", "(a){,4294967296}"]:
    try:
        re.compile(p)
    except OverflowError as e:
        print("OverflowError", e)
big = "x" * 2000000 + "needle" + "y" * 10
print(re.search("needle", big).span(), re.search("n[aeiou]+dle", big).span(), re.search("ne+dle$", big))
print(re.search(r"(\w)\1{5}", "ab" * 10000 + "cccccc").span(), len(re.findall(".", big[:300000])))
print(re.match("(a+)+b", "a" * 20), re.match("(?:a|a)*b", "a" * 18), re.search("(x+x+)+y", "x" * 16))
print(re.match(".*" * 20 + "$", "a" * 50).span(), re.fullmatch("(?:a*)*" * 5, "a" * 100).span())
print(re.sub("a*", "-", "b" * 10), len(re.split("", "z" * 100000)), re.match(r"(?:\s*\w+\s*,?)*$", "a, b, c" * 50).end())
