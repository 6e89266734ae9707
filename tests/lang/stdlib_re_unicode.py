# re: str subjects with non-ASCII text (code-point positions), Unicode classes and escapes.
import re

s = "naïve café — 日本語 テキスト 😀 done"
print(re.findall(r"\w+", s), re.search("日本", s).span(), re.search("😀", s).span())
print([m.span() for m in re.finditer(r"\S+", s)], re.split(r"\s+", s))
print(re.sub(r"[^\x00-\x7f]", "?", s), re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], s))
print(re.match(".", "😀").group(), re.match("..", "é😀x").span(), re.fullmatch(".{3}", "日本語"))
print(re.search(r"\d+", "x١٢٣y"), re.search(r"\d+", "x١٢٣y", re.A), re.findall(r"\s", "a\u00a0b\u2028c\u3000"))
print(re.findall(r"[à-ÿ]+", "voilà garçon"), re.findall("[^a-z ]", "voilà garçon"), re.findall(r"[\u3040-\u30ff]+", s))
print(re.search("(?i)ÉTÉ", "un été chaud"), re.search("(?i)[À-Þ]+", "àéî"), re.sub("(?i)ö", "o", "ÖöÖ"))
print(re.findall(r"\b\w", "ab çd éf"), re.findall(r"\w\b", "ab çd éf"), re.findall(r"\B.", "aé"))
print(re.match(r"(\w+)\s(\w+)", "héllo wörld").groups(), re.match(r"(?P<ü>x)", "x").groupdict())
p = re.compile("é+")
m = p.search("aaéééb", 1)
print(m, m.span(), m.start(), m.end(), m.string[m.start():m.end()], p.search("ééé", 1, 2))
print(re.findall(".", "a\U0001F600b"), len(re.findall(".", "😀" * 1000)), re.sub("", "|", "é😀"))
print(re.escape("日本.語"), re.match(re.escape("a+é"), "a+é"), re.search(r"\u65e5", s).start())
print(re.search(r"[\U0001F600-\U0001F64F]", s).span(), re.search(r"\N{GRINNING FACE}", s).start())
print(re.findall(r"(?<=é)\w", "éa éb"), re.findall(r"(é)\1", "éé é"), re.search(r"(?i)(é)\1", "éÉ"))
long = "é" * 30000 + "x"
print(re.search("x", long).span(), re.search("é*x", long).span(), len(re.findall("é", long)))
print(re.match(r"(?:é|ê)*x", long).end(), re.subn("é", "e", long)[1], re.split("x", long)[1])
print(re.search("a", "ééa", 1), re.match("a", "ééa", 2), re.search("$", "éé"), re.search("^", "éé", re.M))
