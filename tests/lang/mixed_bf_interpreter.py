# A Brainf*ck interpreter with precomputed jumps and an output buffer.
def compile_jumps(code):
    jumps = {}
    stack = []
    for i, ch in enumerate(code):
        if ch == '[':
            stack.append(i)
        elif ch == ']':
            if not stack:
                raise SyntaxError("unmatched ] at %d" % i)
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    if stack:
        raise SyntaxError("unmatched [ at %d" % stack[-1])
    return jumps

def run(code, inp="", limit=200000):
    code = "".join([c for c in code if c in "+-<>[].,"])
    jumps = compile_jumps(code)
    tape = [0] * 300
    ptr = 0
    pc = 0
    out = []
    in_pos = 0
    steps = 0
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op = code[pc]
        if op == '+':
            tape[ptr] = (tape[ptr] + 1) % 256
        elif op == '-':
            tape[ptr] = (tape[ptr] - 1) % 256
        elif op == '>':
            ptr += 1
        elif op == '<':
            ptr -= 1
        elif op == '.':
            out.append(chr(tape[ptr]))
        elif op == ',':
            if in_pos < len(inp):
                tape[ptr] = ord(inp[in_pos])
                in_pos += 1
            else:
                tape[ptr] = 0
        elif op == '[':
            if tape[ptr] == 0:
                pc = jumps[pc]
        elif op == ']':
            if tape[ptr] != 0:
                pc = jumps[pc]
        pc += 1
    return "".join(out), steps

hello = """++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."""
out, steps = run(hello)
print(repr(out), steps)
# cat program: echo input until NUL
out, steps = run(",[.,]", "echo me")
print(repr(out), steps)
# reverse input
out, steps = run(">,[>,]<[.<]", "stressed")
print(repr(out), steps)
# add two digits: reads '3','4' prints '7'
out, steps = run(",>,[<+>-]<------------------------------------------------.", "34")
print(repr(out), steps)
# print the digits 0-9 (48 built with a loop, copied through a temp cell)
out, steps = run("++++++++++[>+++++<-]>--[>+>+<<-]>>[<<+>>-]<<" + ".+" * 10)
print(repr(out), steps)
for bad in ["[[]", "]", "+[-]]"]:
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    run("+[]")
except RuntimeError as e:
    print("RuntimeError:", e)
# wrapping arithmetic
out, steps = run("-.")
print(ord(out), steps)
