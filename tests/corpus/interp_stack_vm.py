# A tiny stack-machine assembler and VM: labels, jumps, calls, an instruction class hierarchy and error reporting.
class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f'pc={pc}: {msg}')
        self.pc = pc

class Instr:
    arity = 0
    def __init__(self, *args):
        if len(args) != self.arity:
            raise SyntaxError(f'{self.name} takes {self.arity} operand(s), got {len(args)}')
        self.args = args
    @property
    def name(self):
        return type(self).__name__.lower()
    def __repr__(self):
        return ' '.join([self.name] + [str(a) for a in self.args])

class Push(Instr):
    arity = 1
    def run(self, vm): vm.stack.append(self.args[0])
class Pop(Instr):
    def run(self, vm): vm.pop()
class Dup(Instr):
    def run(self, vm):
        v = vm.pop()
        vm.stack += [v, v]
class Swap(Instr):
    def run(self, vm):
        b, a = vm.pop(), vm.pop()
        vm.stack += [b, a]
class Arith(Instr):
    def run(self, vm):
        b, a = vm.pop(), vm.pop()
        try:
            vm.stack.append(self.op(a, b))
        except ZeroDivisionError:
            raise VMError(vm.pc, 'division by zero') from None
class Add(Arith): op = staticmethod(lambda a, b: a + b)
class Sub(Arith): op = staticmethod(lambda a, b: a - b)
class Mul(Arith): op = staticmethod(lambda a, b: a * b)
class Div(Arith): op = staticmethod(lambda a, b: a // b)
class Mod(Arith): op = staticmethod(lambda a, b: a % b)
class Lt(Arith): op = staticmethod(lambda a, b: int(a < b))
class Jmp(Instr):
    arity = 1
    def run(self, vm): vm.pc = vm.label(self.args[0]) - 1
class Jz(Instr):
    arity = 1
    def run(self, vm):
        if vm.pop() == 0:
            vm.pc = vm.label(self.args[0]) - 1
class Call(Instr):
    arity = 1
    def run(self, vm):
        vm.calls.append(vm.pc)
        vm.pc = vm.label(self.args[0]) - 1
class Ret(Instr):
    def run(self, vm): vm.pc = vm.calls.pop()
class Print(Instr):
    def run(self, vm): vm.out.append(str(vm.pop()))
class Halt(Instr):
    def run(self, vm): vm.halted = True

OPS = {cls.__name__.lower(): cls for cls in (Push, Pop, Dup, Swap, Add, Sub, Mul, Div, Mod, Lt, Jmp, Jz, Call, Ret, Print, Halt)}

def assemble(src):
    prog, labels = [], {}
    for lineno, line in enumerate(src.strip().splitlines(), 1):
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(prog)
            continue
        op, *args = line.split()
        if op not in OPS:
            raise SyntaxError(f'line {lineno}: unknown op {op!r}')
        prog.append(OPS[op](*[int(a) if a.lstrip('-').isdigit() else a for a in args]))
    return prog, labels

class VM:
    def __init__(self, prog, labels, max_steps=10000):
        self.prog, self.labels, self.max_steps = prog, labels, max_steps
        self.stack, self.calls, self.out = [], [], []
        self.pc = 0
        self.halted = False
    def pop(self):
        if not self.stack:
            raise VMError(self.pc, 'stack underflow')
        return self.stack.pop()
    def label(self, name):
        try:
            return self.labels[name]
        except KeyError:
            raise VMError(self.pc, f'unknown label {name}') from None
    def run(self):
        steps = 0
        while not self.halted and self.pc < len(self.prog):
            self.prog[self.pc].run(self)
            self.pc += 1
            steps += 1
            if steps > self.max_steps:
                raise VMError(self.pc, 'step limit exceeded')
        return steps

FACT = """
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
COUNT = """
    push 0
loop:
    dup
    print
    push 1
    add
    dup
    push 5
    lt
    jz done
    jmp loop
done:
    halt
"""
for name, src in (('fact', FACT), ('count', COUNT), ('div0', 'push 1\npush 0\ndiv\nprint'), ('underflow', 'push 1\nadd'),
                  ('badlabel', 'jmp nowhere'), ('forever', 'top:\njmp top'), ('badop', 'push 1\nfrob'), ('arity', 'push')):
    try:
        prog, labels = assemble(src)
        vm = VM(prog, labels)
        steps = vm.run()
        print(f'{name}: {" ".join(vm.out)} ({steps} steps)')
    except VMError as e:
        print(f'{name}: runtime error {e}')
    except SyntaxError as e:
        print(f'{name}: assembly error {e}')
print(assemble(FACT)[0][:6], sorted(assemble(FACT)[1].items()))
