# An RPN calculator with variables, stack operations and error reporting.
def rpn(line, variables):
    stack = []
    binary = {
        '+': lambda a, b: a + b,
        '-': lambda a, b: a - b,
        '*': lambda a, b: a * b,
        '/': lambda a, b: a / b,
        '//': lambda a, b: a // b,
        '%': lambda a, b: a % b,
        '^': lambda a, b: a ** b,
        'max': max,
        'min': min,
    }
    for tok in line.split():
        if tok in binary:
            if len(stack) < 2:
                raise IndexError("stack underflow at %r" % tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(binary[tok](a, b))
        elif tok == 'neg':
            stack.append(-stack.pop())
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == 'drop':
            stack.pop()
        elif tok == 'sum':
            total = sum(stack)
            stack.clear()
            stack.append(total)
        elif tok.startswith('=') and len(tok) > 1:
            variables[tok[1:]] = stack[-1]
        elif tok in variables:
            stack.append(variables[tok])
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise ValueError("unknown token %r" % tok) from None
    if len(stack) != 1:
        raise ValueError("expected one result, stack is %r" % (stack,))
    return stack[0]

programs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 3 ^ 2 ^",
    "2 3 2 ^ ^",
    "10 3 /",
    "10 3 //",
    "-10 3 //",
    "-10 3 %",
    "1.5 2 * =x",
    "x x *",
    "2 100 ^ =big",
    "big 1 +",
    "big big * 7 %",
    "1 2 3 4 5 sum",
    "1 2 swap -",
    "5 dup *",
    "3 neg 4 max",
    "0.1 0.2 +",
    "1 0 /",
    "1 +",
    "1 2",
    "1 foo +",
    "1e3 2.5e-1 *",
    "7 2 3 drop *",
    "2 0.5 ^",
    "2 -2 ^",
    "0x10 1 +",
    "1_000 1 +",
]
variables = {'pi': 3.141592653589793}
def pad(s):
    return s + ' ' * (24 - len(s))
for prog in programs:
    try:
        result = rpn(prog, variables)
    except ZeroDivisionError as e:
        print(pad(prog), "-> ZeroDivisionError:", e)
    except (IndexError, ValueError) as e:
        print(pad(prog), "-> %s: %s" % (type(e).__name__, e))
    else:
        print(pad(prog), "->", repr(result))
print(sorted(variables.items()))
# a longer computation: evaluate many generated programs
count = 0
acc = 0
for n in range(1, 200):
    prog = " ".join([str(i) for i in range(1, n + 1)]) + " +" * (n - 1)
    acc += rpn(prog, {})
    count += 1
print(count, acc)
