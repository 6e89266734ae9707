# A small tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t':
            i += 1
        elif c.isdigit() or (c == '.' and i + 1 < n and src[i + 1].isdigit()):
            j = i
            seen_dot = False
            while j < n and (src[j].isdigit() or (src[j] == '.' and not seen_dot)):
                if src[j] == '.':
                    seen_dot = True
                j += 1
            text = src[i:j]
            tokens.append(('NUM', float(text) if seen_dot else int(text)))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalpha() or src[j].isdigit() or src[j] == '_'):
                j += 1
            tokens.append(('NAME', src[i:j]))
            i = j
        elif src[i:i + 2] in ('**', '//', '==', '!=', '<=', '>='):
            tokens.append(('OP', src[i:i + 2]))
            i += 2
        elif c in '+-*/%()<>,':
            tokens.append(('OP', c))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (c, i))
    tokens.append(('EOF', None))
    return tokens

def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def advance():
        tok = tokens[pos[0]]
        pos[0] += 1
        return tok
    def expect(kind, value=None):
        tok = advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError("expected %s %s, got %r" % (kind, value, tok))
        return tok
    def comparison():
        left = additive()
        while peek()[0] == 'OP' and peek()[1] in ('<', '>', '==', '!=', '<=', '>='):
            op = advance()[1]
            left = ('bin', op, left, additive())
        return left
    def additive():
        left = term()
        while peek() in (('OP', '+'), ('OP', '-')):
            op = advance()[1]
            left = ('bin', op, left, term())
        return left
    def term():
        left = unary()
        while peek()[0] == 'OP' and peek()[1] in ('*', '/', '//', '%'):
            op = advance()[1]
            left = ('bin', op, left, unary())
        return left
    def unary():
        if peek() == ('OP', '-'):
            advance()
            return ('neg', unary())
        if peek() == ('OP', '+'):
            advance()
            return unary()
        return power()
    def power():
        base = atom()
        if peek() == ('OP', '**'):
            advance()
            return ('bin', '**', base, unary())   # right associative
        return base
    def atom():
        tok = advance()
        if tok[0] == 'NUM':
            return ('num', tok[1])
        if tok[0] == 'NAME':
            if peek() == ('OP', '('):
                advance()
                args = []
                if peek() != ('OP', ')'):
                    args.append(comparison())
                    while peek() == ('OP', ','):
                        advance()
                        args.append(comparison())
                expect('OP', ')')
                return ('call', tok[1], args)
            return ('var', tok[1])
        if tok == ('OP', '('):
            e = comparison()
            expect('OP', ')')
            return e
        raise SyntaxError("unexpected token %r" % (tok,))
    tree = comparison()
    expect('EOF')
    return tree

FUNCS = {'max': max, 'min': min, 'abs': abs, 'round': round}

def evaluate(node, env):
    kind = node[0]
    if kind == 'num':
        return node[1]
    if kind == 'var':
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if kind == 'neg':
        return -evaluate(node[1], env)
    if kind == 'call':
        args = [evaluate(a, env) for a in node[2]]
        return FUNCS[node[1]](*args)
    op, l, r = node[1], evaluate(node[2], env), evaluate(node[3], env)
    if op == '+': return l + r
    if op == '-': return l - r
    if op == '*': return l * r
    if op == '/': return l / r
    if op == '//': return l // r
    if op == '%': return l % r
    if op == '**': return l ** r
    if op == '<': return l < r
    if op == '>': return l > r
    if op == '==': return l == r
    if op == '!=': return l != r
    if op == '<=': return l <= r
    if op == '>=': return l >= r
    raise ValueError(op)

def show(node):
    kind = node[0]
    if kind == 'num':
        return repr(node[1])
    if kind == 'var':
        return node[1]
    if kind == 'neg':
        return "(-" + show(node[1]) + ")"
    if kind == 'call':
        return node[1] + "(" + ", ".join([show(a) for a in node[2]]) + ")"
    return "(" + show(node[2]) + " " + node[1] + " " + show(node[3]) + ")"

env = {'x': 7, 'y': -3, 'pi': 3.14159, 'big': 2 ** 70}
tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 // 3 + 10 % 3", "-7 // 2", "-7 % 2",
    "x * y - 1", "pi * 2", "big * big", "max(x, y, 10) + min(1, 2)", "abs(y) * -x", "round(pi * 100) / 100",
    "1 < 2", "x == 7", "x + 1 != 8", "3.5 / 2", ".5 + 1", "2 ** -1", "7 / 0", "z + 1", "1 +", "1 $ 2",
    "((((1))))", "1 - - - 1", "+5", "100 >= 99 + 1", "round(2.5) + round(3.5)",
]
for src in tests:
    try:
        toks = tokenize(src)
        tree = parse(toks)
        print(src, "=>", show(tree), "=", evaluate(tree, env))
    except ZeroDivisionError as e:
        print(src, "=> ZeroDivisionError:", e)
    except NameError as e:
        print(src, "=> NameError:", e)
    except SyntaxError as e:
        print(src, "=> SyntaxError:", e)
print(tokenize("a_1 + foo(2.5, 10) ** 2"))
