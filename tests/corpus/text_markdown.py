# A mini Markdown-to-HTML converter: block parsing with a state machine, inline regex-free span parsing, escaping.
def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def inline(text):
    out = []
    i = 0
    markers = {'**': 'strong', '*': 'em', '`': 'code'}
    while i < len(text):
        matched = False
        for mark in ('**', '*', '`'):
            if text.startswith(mark, i):
                end = text.find(mark, i + len(mark))
                if end != -1:
                    inner = text[i + len(mark):end]
                    body = escape(inner) if mark == '`' else inline(inner)
                    out.append(f'<{markers[mark]}>{body}</{markers[mark]}>')
                    i = end + len(mark)
                    matched = True
                    break
        if matched:
            continue
        if text[i] == '[':
            close = text.find('](', i)
            end = text.find(')', close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append(escape(text[i]))
        i += 1
    return ''.join(out)

class Converter:
    def __init__(self):
        self.html = []
        self.para = []
        self.list_kind = None
        self.in_code = False

    def flush_para(self):
        if self.para:
            self.html.append('<p>' + inline(' '.join(self.para)) + '</p>')
            self.para = []

    def close_list(self):
        if self.list_kind:
            self.html.append(f'</{self.list_kind}>')
            self.list_kind = None

    def feed(self, line):
        if self.in_code:
            if line.strip() == '```':
                self.html.append('</code></pre>')
                self.in_code = False
            else:
                self.html.append(escape(line))
            return
        stripped = line.strip()
        if stripped == '```':
            self.flush_para()
            self.close_list()
            self.html.append('<pre><code>')
            self.in_code = True
        elif not stripped:
            self.flush_para()
            self.close_list()
        elif stripped.startswith('#'):
            self.flush_para()
            self.close_list()
            level = len(stripped) - len(stripped.lstrip('#'))
            self.html.append(f'<h{level}>{inline(stripped[level:].strip())}</h{level}>')
        elif stripped[:2] in ('- ', '* ') or (stripped.split('.')[0].isdigit() and '. ' in stripped):
            self.flush_para()
            kind = 'ul' if stripped[:2] in ('- ', '* ') else 'ol'
            if self.list_kind != kind:
                self.close_list()
                self.html.append(f'<{kind}>')
                self.list_kind = kind
            item = stripped[2:] if kind == 'ul' else stripped.split('. ', 1)[1]
            self.html.append(f'  <li>{inline(item)}</li>')
        elif stripped.startswith('>'):
            self.flush_para()
            self.html.append(f'<blockquote>{inline(stripped[1:].strip())}</blockquote>')
        else:
            self.close_list()
            self.para.append(stripped)

    def convert(self, text):
        for line in text.splitlines():
            self.feed(line)
        self.flush_para()
        self.close_list()
        if self.in_code:
            raise ValueError('unterminated code block')
        return '\n'.join(self.html)

DOC = """# Sparrow *notes*

Sparrow is a **small** VM for a `subset` of Python.
It runs <scripts> & programs.

## Features
- classes with **C3** MRO
- generators and `yield from`
* see [the docs](http://example.org/docs)

1. parse
2. compile
3. run *fast*

> quoted **text**

```
def f(x):
    return x < 3 && y
```
Trailing paragraph with an unclosed *star and a [broken link.
"""
print(Converter().convert(DOC))
try:
    Converter().convert('```\nopen')
except ValueError as e:
    print('ValueError:', e)
print(inline('**bold *and em* inside**'), inline('a * b * c'), inline('`<tag>`'))
