# Tiny stack-VM assembler/disassembler: enum.IntEnum opcodes + struct encoding
# + array code buffers + re tokenizer + operator dispatch + collections.
import re
import struct
import array
import operator
from enum import IntEnum, unique
from collections import namedtuple, ChainMap, Counter


@unique
class Op(IntEnum):
    PUSH = 1
    ADD = 2
    SUB = 3
    MUL = 4
    DIV = 5
    DUP = 6
    SWAP = 7
    JZ = 8
    JMP = 9
    PRINT = 10
    HALT = 11
    LOAD = 12
    STORE = 13
    LT = 14


HAS_ARG = {Op.PUSH, Op.JZ, Op.JMP, Op.LOAD, Op.STORE}
BINOPS = {Op.ADD: operator.add, Op.SUB: operator.sub, Op.MUL: operator.mul,
          Op.DIV: operator.floordiv, Op.LT: lambda a, b: int(a < b)}
Instr = namedtuple("Instr", "op arg")
LINE = re.compile(r"^\s*(?:(?P<label>\w+):)?\s*(?:(?P<op>[A-Za-z]+)(?:\s+(?P<arg>-?\w+))?)?\s*(?:;.*)?$")

SOURCE = """
    ; count down from 5, printing the running factorial
    push 1
    store acc
    push 5
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    dup
    print
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    push -7
    swap
    div        ; 120 // -7
    print
    halt
"""


def assemble(src):
    labels, pending, slots = {}, [], {}
    for lineno, line in enumerate(src.splitlines(), 1):
        m = LINE.match(line)
        if not m:
            raise SyntaxError(f"line {lineno}: cannot parse {line!r}")
        if m.group("label"):
            labels[m.group("label")] = len(pending)
        if m.group("op"):
            op = Op[m.group("op").upper()]
            arg = m.group("arg")
            pending.append((op, arg, lineno))
    code = array.array("i")
    for op, arg, lineno in pending:
        if op in HAS_ARG:
            if arg is None:
                raise SyntaxError(f"line {lineno}: {op.name} needs an argument")
            if op in (Op.LOAD, Op.STORE):
                val = slots.setdefault(arg, len(slots))
            elif op in (Op.JZ, Op.JMP):
                val = labels[arg]
            else:
                val = int(arg)
        else:
            val = 0
        code.extend((int(op), val))
    return code, slots


def encode(code):
    return struct.pack(f"<I{len(code)}i", len(code), *code)


def decode(blob):
    (n,) = struct.unpack_from("<I", blob)
    return array.array("i", struct.unpack_from(f"<{n}i", blob, 4))


def run(code, nslots, trace=None):
    stack, slots, pc, out = [], [0] * nslots, 0, []
    steps = 0
    while True:
        op, arg = Op(code[pc]), code[pc + 1]
        pc += 2
        steps += 1
        if trace is not None:
            trace[op.name] += 1
        if op is Op.PUSH:
            stack.append(arg)
        elif op in BINOPS:
            b, a = stack.pop(), stack.pop()
            stack.append(BINOPS[op](a, b))
        elif op is Op.DUP:
            stack.append(stack[-1])
        elif op is Op.SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op is Op.JZ:
            if stack.pop() == 0:
                pc = arg * 2
        elif op is Op.JMP:
            pc = arg * 2
        elif op is Op.LOAD:
            stack.append(slots[arg])
        elif op is Op.STORE:
            slots[arg] = stack.pop()
        elif op is Op.PRINT:
            out.append(stack.pop())
        elif op is Op.HALT:
            return out, steps


code, slots = assemble(SOURCE)
print(len(code) // 2, "instructions, slots", slots)
blob = encode(code)
print(len(blob), blob[:16].hex(" "))
code2 = decode(blob)
print(code2 == code, code2.typecode, code2.itemsize)


def disasm(code, names):
    rev = {v: k for k, v in names.items()}
    for i in range(0, len(code), 2):
        op = Op(code[i])
        arg = code[i + 1]
        shown = rev.get(arg, arg) if op in (Op.LOAD, Op.STORE) else (arg if op in HAS_ARG else "")
        yield f"{i // 2:3} {op.name:<6}{shown}"


for line in list(disasm(code2, slots))[:8]:
    print(line)
trace = Counter()
out, steps = run(code2, len(slots), trace)
print(out, steps)
print(sorted(trace.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
for bad in ["push", "bogus 1", "jmp nowhere", "  ?? "]:
    try:
        assemble(bad)
    except (SyntaxError, KeyError) as e:
        print(type(e).__name__, e)
env = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(env["x"], env["y"], Op.ADD + Op.SUB, Op(4).name, Op.HALT.value, [o.name for o in Op if o > Op.PRINT])
print(struct.pack("<3B", *[Op.PUSH, Op.ADD, Op.HALT]), array.array("B", [Op.JZ]))
