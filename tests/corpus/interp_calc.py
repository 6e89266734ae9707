# A small expression calculator: tokenizer, recursive-descent parser, AST classes, evaluator with variables.
class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f'Token({self.kind}, {self.value!r})'

class CalcError(Exception):
    pass

def tokenize(text):
    i = 0
    out = []
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            lit = text[i:j]
            out.append(Token('num', float(lit) if '.' in lit else int(lit)))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            out.append(Token('name', text[i:j]))
            i = j
        elif c in '+-*/%^()=,':
            out.append(Token('op', c))
            i += 1
        else:
            raise CalcError(f'unexpected character {c!r} at {i}')
    out.append(Token('eof', None))
    return out

class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return repr(self.v)
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise CalcError(f'undefined variable {self.name}')
        return env[self.name]
    def __repr__(self): return self.name
class BinOp:
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '%': lambda a, b: a % b, '^': lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env):
        a, b = self.l.eval(env), self.r.eval(env)
        try:
            return self.ops[self.op](a, b)
        except ZeroDivisionError:
            raise CalcError('division by zero') from None
    def __repr__(self): return f'({self.l!r} {self.op} {self.r!r})'
class Neg:
    def __init__(self, e): self.e = e
    def eval(self, env): return -self.e.eval(env)
    def __repr__(self): return f'-{self.e!r}'
class Call:
    funcs = {'max': max, 'min': min, 'abs': abs, 'sqrt': lambda x: x ** 0.5}
    def __init__(self, name, args): self.name, self.args = name, args
    def eval(self, env):
        f = self.funcs.get(self.name)
        if f is None:
            raise CalcError(f'unknown function {self.name}')
        return f(*[a.eval(env) for a in self.args])
    def __repr__(self): return f'{self.name}({", ".join(map(repr, self.args))})'

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        t = self.toks[self.pos]
        if (kind and t.kind != kind) or (value and t.value != value):
            raise CalcError(f'expected {value or kind}, got {t.value!r}')
        self.pos += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek().kind == 'op' and self.peek().value in '+-':
            op = self.take().value
            node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().kind == 'op' and self.peek().value in '*/%':
            op = self.take().value
            node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek().value == '^':
            self.take()
            return BinOp('^', base, self.factor())
        return base
    def unary(self):
        if self.peek().value == '-':
            self.take()
            return Neg(self.unary())
        return self.atom()
    def atom(self):
        t = self.peek()
        if t.kind == 'num':
            return Num(self.take().value)
        if t.kind == 'name':
            name = self.take().value
            if self.peek().value == '(':
                self.take()
                args = [self.expr()]
                while self.peek().value == ',':
                    self.take()
                    args.append(self.expr())
                self.take('op', ')')
                return Call(name, args)
            return Var(name)
        if t.value == '(':
            self.take()
            e = self.expr()
            self.take('op', ')')
            return e
        raise CalcError(f'unexpected {t.value!r}')

def run(lines):
    env = {'pi': 3.14159}
    for line in lines:
        try:
            toks = tokenize(line)
            if len(toks) > 2 and toks[0].kind == 'name' and toks[1].value == '=':
                p = Parser(toks[2:])
                tree = p.expr()
                p.take('eof')
                env[toks[0].value] = tree.eval(env)
                print(f'{toks[0].value} = {env[toks[0].value]}')
            else:
                p = Parser(toks)
                tree = p.expr()
                p.take('eof')
                print(f'{tree!r} => {tree.eval(env)}')
        except CalcError as e:
            print(f'error in {line!r}: {e}')

run(['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', 'x = 10', 'y = x * 2 + 1', 'x + y',
     'max(x, y, 7) - min(3, 4)', 'sqrt(16) + abs(-3)', '10 / 4', '10 % 4', '7 / (3 - 3)',
     'z + 1', '3 $ 4', '(1 + 2', 'foo(1)', 'area = pi * 2 ^ 2', '1.5 * 4'])
