# re: patterns from real programs (textwrap's word splitter, json's number and string chunks,
# string.Template's placeholder, URLs, CamelCase splitting, dedent).
import re
_whitespace = '\t\n\x0b\x0c\r '
word_punct = r'[\w!"\'&.,?]'
letter = r'[^\d\W]'
whitespace = r'[%s]' % re.escape(_whitespace)
nowhitespace = '[^' + whitespace[1:]
wordsep_re = re.compile(r'''
    ( # any whitespace
      %(ws)s+
    | # em-dash between words
      (?<=%(wp)s) -{2,} (?=\w)
    | # word, possibly hyphenated
      %(nws)s+? (?:
        # hyphenated word
          -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
          (?= %(lt)s -? %(lt)s)
        | # end of word
          (?=%(ws)s|\Z)
        | # em-dash
          (?<=%(wp)s) (?=-{2,}\w)
        )
    )''' % {'wp': word_punct, 'lt': letter,
           'ws': whitespace, 'nws': nowhitespace},
    re.VERBOSE)
text = "Hello there -- this is a well-known, long-winded test of text-wrapping; isn't it? Yes--indeed. a-b-c 12-34"
print([c for c in wordsep_re.split(text) if c])
NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', (re.VERBOSE | re.MULTILINE | re.DOTALL))
print(NUMBER_RE.match("-12.5e+3x").groups(), NUMBER_RE.match("0123").groups())
STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', re.VERBOSE | re.MULTILINE | re.DOTALL)
print(STRINGCHUNK.match('abc\\n def"', 0).groups())
idpattern = r'(?a:[_a-z][_a-z0-9]*)'
pattern = r"""
    \$(?:
      (?P<escaped>\$)  |
      (?P<named>%s)       |
      {(?P<braced>%s)}  |
      (?P<invalid>)
    )
    """ % (idpattern, idpattern)
tp = re.compile(pattern, re.VERBOSE | re.IGNORECASE)
print([m.groupdict() for m in tp.finditer("$who likes ${what} for $$ and $ x $Ä")])
email = re.compile(r"^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$")
print([bool(email.match(e)) for e in ["a.b@c.org", "bad@", "x@y.z"]])
url = re.compile(r"(?P<scheme>https?)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<q>[^#]*))?")
print(url.match("https://example.com:8080/a/b?x=1#f").groupdict())
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseString").lower())
print(re.findall(r"[A-Z][a-z]+|\d+", "HelloWorld42Foo"), re.split(r"[;,]\s*", "a, b;c"))
dedent = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)
print(dedent.findall("  a\n    b\n\n  c"))
print(re.sub(r'(?m)^(?!$)', '> ', 'a\n\nb'))
