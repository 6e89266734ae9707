# A tiny regular-expression engine: parser to an AST of node classes, backtracking matcher with generators, search and findall.
class Char:
    def __init__(self, c): self.c = c
    def match(self, s, i):
        if i < len(s) and (self.c == '.' or s[i] == self.c):
            yield i + 1
class Class:
    def __init__(self, chars, negate): self.chars, self.negate = chars, negate
    def match(self, s, i):
        if i < len(s) and ((s[i] in self.chars) != self.negate):
            yield i + 1
class Seq:
    def __init__(self, items): self.items = items
    def match(self, s, i, k=0):
        if k == len(self.items):
            yield i
            return
        for j in self.items[k].match(s, i):
            yield from self.match(s, j, k + 1)
class Alt:
    def __init__(self, options): self.options = options
    def match(self, s, i):
        for o in self.options:
            yield from o.match(s, i)
class Repeat:
    def __init__(self, node, lo, hi, greedy=True): self.node, self.lo, self.hi, self.greedy = node, lo, hi, greedy
    def match(self, s, i, count=0):
        if self.greedy:
            if self.hi is None or count < self.hi:
                for j in self.node.match(s, i):
                    if j != i:
                        yield from self.match(s, j, count + 1)
            if count >= self.lo:
                yield i
        else:
            if count >= self.lo:
                yield i
            if self.hi is None or count < self.hi:
                for j in self.node.match(s, i):
                    if j != i:
                        yield from self.match(s, j, count + 1)
class Anchor:
    def __init__(self, kind): self.kind = kind
    def match(self, s, i):
        if (self.kind == '^' and i == 0) or (self.kind == '$' and i == len(s)):
            yield i

class RegexError(Exception):
    pass

class Parser:
    def __init__(self, pattern):
        self.p, self.i = pattern, 0
    def parse(self):
        node = self.alt()
        if self.i != len(self.p):
            raise RegexError(f'unbalanced parenthesis at {self.i}')
        return node
    def alt(self):
        options = [self.seq()]
        while self.i < len(self.p) and self.p[self.i] == '|':
            self.i += 1
            options.append(self.seq())
        return options[0] if len(options) == 1 else Alt(options)
    def seq(self):
        items = []
        while self.i < len(self.p) and self.p[self.i] not in '|)':
            items.append(self.repeat(self.atom()))
        return Seq(items)
    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '(':
            node = self.alt()
            if self.i >= len(self.p) or self.p[self.i] != ')':
                raise RegexError('missing )')
            self.i += 1
            return node
        if c == '[':
            end = self.p.find(']', self.i)
            if end == -1:
                raise RegexError('unterminated character set')
            body = self.p[self.i:end]
            self.i = end + 1
            negate = body.startswith('^')
            body = body[1:] if negate else body
            chars = set()
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    chars |= {chr(o) for o in range(ord(body[k]), ord(body[k + 2]) + 1)}
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            return Class(chars, negate)
        if c == '\\':
            e = self.p[self.i]
            self.i += 1
            sets = {'d': '0123456789', 'w': 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_', 's': ' \t\n'}
            return Class(set(sets[e]), False) if e in sets else Char(e)
        if c in '^$':
            return Anchor(c)
        if c in '*+?':
            raise RegexError(f'nothing to repeat at {self.i - 1}')
        return Char(c)
    def repeat(self, node):
        if self.i < len(self.p) and self.p[self.i] in '*+?':
            lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[self.p[self.i]]
            self.i += 1
            greedy = True
            if self.i < len(self.p) and self.p[self.i] == '?':
                greedy = False
                self.i += 1
            return Repeat(node, lo, hi, greedy)
        return node

def search(pattern, s):
    node = Parser(pattern).parse()
    for start in range(len(s) + 1):
        for end in node.match(s, start):
            return start, end, s[start:end]
    return None

def findall(pattern, s):
    node = Parser(pattern).parse()
    out, start = [], 0
    while start <= len(s):
        end = next(node.match(s, start), None)
        if end is None:
            start += 1
        else:
            out.append(s[start:end])
            start = end if end > start else start + 1
    return out

for pat, text in [('ab*c', 'xxabbbcyy'), ('a.c', 'abc adc'), ('^hello', 'hello world'), ('world$', 'hello world'), ('colou?r', 'my color'),
                  ('(cat|dog)s?', 'hotdogs'), ('[0-9]+', 'abc 12345 def'), ('\\d+\\.\\d+', 'pi is 3.14159!'), ('<.*>', '<a><b>'),
                  ('<.*?>', '<a><b>'), ('[^aeiou ]+', 'queueing theory'), ('x*', 'abc'), ('(ab)+$', 'ababab'), ('z', 'abc')]:
    print(f'{pat!r:14} {text!r:20} -> {search(pat, text)}')
print(findall('\\d+', 'a1b22c333'), findall('[A-Z][a-z]*', 'Hello World From Sparrow'), findall('\\w+@\\w+\\.com', 'x a@b.com, c@d.com y'))
for bad in ('(ab', '*a', '[abc', 'a)'):
    try:
        search(bad, 'abc')
    except RegexError as e:
        print(f'{bad!r}: RegexError: {e}')
