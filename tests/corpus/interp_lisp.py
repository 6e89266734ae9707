# A small Lisp interpreter: reader, environments as classes, closures, tail-recursive loop, errors as exceptions.
class Symbol(str):
    pass

class LispError(Exception):
    pass

def tokenize(src):
    return src.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError('unexpected EOF')
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens and tokens[0] != ')':
            lst.append(read(tokens))
        if not tokens:
            raise LispError('missing )')
        tokens.pop(0)
        return lst
    if tok == ')':
        raise LispError('unexpected )')
    if tok == "'":
        return [Symbol('quote'), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f'unbound symbol {name}')

class Lambda:
    def __init__(self, params, body, env, name='lambda'):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return f'<{self.name}/{len(self.params)}>'

def to_str(x):
    if isinstance(x, list):
        return '(' + ' '.join(map(to_str, x)) + ')'
    if x is True:
        return '#t'
    if x is False:
        return '#f'
    return str(x)

def global_env():
    env = Env()
    ops = {'+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '<': lambda a, b: a < b, '=': lambda a, b: a == b, '>': lambda a, b: a > b,
           'car': lambda l: l[0], 'cdr': lambda l: l[1:], 'cons': lambda a, l: [a] + l, 'list': lambda *a: list(a),
           'null?': lambda l: l == [], 'length': len, 'display': lambda x: print(to_str(x))}
    env.update(ops)
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError('empty application')
        head = x[0]
        if head == 'quote':
            return x[1]
        if head == 'if':
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == 'define':
            _, name, value = x
            v = evaluate(value, env)
            if isinstance(v, Lambda):
                v.name = name
            env[name] = v
            return None
        if head == 'lambda':
            return Lambda(x[1], x[2], env)
        if head == 'begin':
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        fn = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(fn, Lambda):
            if len(args) != len(fn.params):
                raise LispError(f'{fn.name} expects {len(fn.params)} args, got {len(args)}')
            env = Env(fn.params, args, fn.env)
            x = fn.body
            continue
        try:
            return fn(*args)
        except TypeError as e:
            raise LispError(f'bad call to {to_str(head)}: {e}') from e

PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 50000 0)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 5)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10 15))
(begin (display '(hello world)) (length '(a b c)))
fact
(undefined-thing 1)
(fact 1 2)
(car 5)
(if (> 3 2) 'yes 'no)
(/ 7 2)
"""
env = global_env()
for line in PROGRAM.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print('=>', to_str(result))
    except LispError as e:
        print('error:', e)
for bad in ('(+ 1 2', ')', ''):
    try:
        read(tokenize(bad))
    except LispError as e:
        print('read error:', e)
