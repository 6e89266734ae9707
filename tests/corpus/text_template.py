# A template engine: {{ expr }} substitution with filters, {% for %}/{% if %} blocks compiled to a node tree.
class TemplateError(Exception):
    pass

FILTERS = {
    'upper': str.upper, 'lower': str.lower, 'title': str.title, 'len': len,
    'money': lambda v: f'${v:,.2f}', 'pad10': lambda v: f'{v!s:<10}', 'join': lambda v: ', '.join(map(str, v)),
}

def lookup(ctx, expr):
    expr = expr.strip()
    if expr.startswith('"') and expr.endswith('"'):
        return expr[1:-1]
    if expr.lstrip('-').isdigit():
        return int(expr)
    parts = expr.split('.')
    try:
        val = ctx[parts[0]]
    except KeyError:
        raise TemplateError(f'undefined name {parts[0]!r}') from None
    for p in parts[1:]:
        val = val[p] if isinstance(val, dict) else getattr(val, p)
    return val

def evaluate(ctx, expr):
    name, *filters = expr.split('|')
    val = lookup(ctx, name)
    for f in filters:
        f = f.strip()
        if f not in FILTERS:
            raise TemplateError(f'unknown filter {f!r}')
        val = FILTERS[f](val)
    return val

class Text:
    def __init__(self, s): self.s = s
    def render(self, ctx): return self.s
class Var:
    def __init__(self, expr): self.expr = expr
    def render(self, ctx): return str(evaluate(ctx, self.expr))
class For:
    def __init__(self, var, seq, body): self.var, self.seq, self.body = var, seq, body
    def render(self, ctx):
        out = []
        items = list(evaluate(ctx, self.seq))
        for i, item in enumerate(items):
            inner = dict(ctx)
            inner[self.var] = item
            inner['loop'] = {'index': i + 1, 'first': i == 0, 'last': i == len(items) - 1}
            out.append(''.join(n.render(inner) for n in self.body))
        return ''.join(out)
class If:
    def __init__(self, cond, body, orelse): self.cond, self.body, self.orelse = cond, body, orelse
    def render(self, ctx):
        neg = self.cond.startswith('not ')
        val = bool(evaluate(ctx, self.cond[4:] if neg else self.cond))
        branch = self.body if val != neg else self.orelse
        return ''.join(n.render(ctx) for n in branch)

def tokenize(src):
    i = 0
    while i < len(src):
        starts = [(src.find(m, i), m) for m in ('{{', '{%')]
        starts = [(p, m) for p, m in starts if p != -1]
        if not starts:
            yield 'text', src[i:]
            return
        p, m = min(starts)
        if p > i:
            yield 'text', src[i:p]
        close = '}}' if m == '{{' else '%}'
        e = src.find(close, p)
        if e == -1:
            raise TemplateError(f'unclosed {m} at {p}')
        yield ('var' if m == '{{' else 'tag'), src[p + 2:e].strip()
        i = e + 2

def parse(tokens, end=()):
    nodes = []
    for kind, val in tokens:
        if kind == 'text':
            nodes.append(Text(val))
        elif kind == 'var':
            nodes.append(Var(val))
        else:
            word = val.split()[0]
            if word in end:
                return nodes, word
            if word == 'for':
                _, var, _in, seq = val.split(None, 3)
                body, _ = parse(tokens, ('endfor',))
                nodes.append(For(var, seq, body))
            elif word == 'if':
                body, stop = parse(tokens, ('else', 'endif'))
                orelse = parse(tokens, ('endif',))[0] if stop == 'else' else []
                nodes.append(If(val[3:], body, orelse))
            else:
                raise TemplateError(f'unknown tag {word!r}')
    if end:
        raise TemplateError(f'missing {end[-1]}')
    return nodes, None

def render(src, **ctx):
    nodes, _ = parse(tokenize(src))
    return ''.join(n.render(ctx) for n in nodes)

class User:
    def __init__(self, name, balance, tags):
        self.name, self.balance, self.tags = name, balance, tags

TPL = """Report for {{ title|upper }}
{% for u in users %}{{ loop.index }}. {{ u.name|title|pad10 }} {{ u.balance|money }}{% if u.tags %} [{{ u.tags|join }}]{% else %} (no tags){% endif %}{% if not loop.last %}
{% endif %}{% endfor %}
Total users: {{ users|len }}, config: {{ config.mode }}/{{ config.level }}
"""
users = [User('ann lee', 1234.5, ['admin', 'ops']), User('bob', -20, []), User('cy young', 1e6, ['vip'])]
print(render(TPL, title='quarterly', users=users, config={'mode': 'dark', 'level': 3}), end='')
for bad in ('{{ missing }}', '{{ x|nofilter }}', '{% for a in xs %}no end', '{% while %}', '{{ open'):
    try:
        print(render(bad, x='v', xs=[1]))
    except TemplateError as e:
        print('TemplateError:', e)
print(render('{% for i in nums %}{% for j in nums %}{{ i }}{{ j }} {% endfor %}| {% endfor %}', nums=[1, 2, 3]))
print(render('{{ "literal" }} {{ 42 }} {{ -7 }}'))
