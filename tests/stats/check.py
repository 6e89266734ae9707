# check.py DISASSEMBLY STATS.json N: compares `sparrow -X stats=F.json` counts of a program with
# counts derived from the program's disassembly (`sparrow -d`), never from running it.
# Run by tests/stats.test with Sparrow itself. The programs it accepts have a simple shape:
# every code object runs exactly once (functions are called once, from Python), its code is
# straight-line except for loops (a backward JUMP), each loop runs N times and leaves through one
# FOR_ITER or POP_JUMP_IF_FALSE/TRUE that jumps past the loop, and nothing raises.
# Prints "ok: ..." lines, or "FAIL: ..." lines and exits with status 1.
import json
import sys

failures = []


def check(what, got, want):
    if got == want:
        print("ok:", what, got)
    else:
        failures.append(what)
        print("FAIL:", what, "got", got, "want", want)


def parse_disassembly(path):
    """Returns a list of code objects, each a list of (opname, jump target or None)."""
    codes = []
    with open(path) as f:
        for line in f:
            if line.startswith("Disassembly of "):
                codes.append([])
                continue
            words = line.replace(">>", " ").split()
            # An instruction line: [line number] index OPNAME [kind operand] [(comment)]
            if not words or not codes:
                continue
            if len(words) >= 2 and words[0].isdigit() and words[1].isdigit():
                words = words[1:]
            if len(words) < 2 or not words[0].isdigit() or not words[1].isupper():
                continue
            index, name = int(words[0]), words[1]
            if index != len(codes[-1]):
                raise SystemExit("unexpected disassembly line: " + line)
            target = int(words[3]) if len(words) > 3 and words[2] == "jump" else None
            codes[-1].append((name, target))
    return codes


def trace(code, n):
    """The instruction indexes one run of the code object executes, derived statically."""
    out = []
    pc = 0
    loops_done = set()
    while True:
        name, target = code[pc]
        if name == "JUMP" and target < pc:
            start, end = target, pc
            exits = [i for i in range(start, end) if code[i][0] in ("FOR_ITER", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE")]
            if len(exits) != 1 or code[exits[0]][1] <= end or start in loops_done:
                raise SystemExit("unsupported loop shape at %d" % pc)
            loops_done.add(start)
            exit_at = exits[0]
            # out already holds one pass over start..pc (the first iteration): add the rest.
            out.append(pc)
            for _ in range(n - 1):
                out.extend(range(start, end + 1))
            out.extend(range(start, exit_at + 1))  # the test that leaves
            pc = code[exit_at][1]
            continue
        out.append(pc)
        if name == "RETURN_VALUE":
            return out
        if target is not None and name != "FOR_ITER" and not name.startswith("POP_JUMP"):
            raise SystemExit("unsupported jump %s at %d" % (name, pc))
        pc += 1


def main():
    dis_path, json_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    codes = parse_disassembly(dis_path)
    with open(json_path) as f:
        stats = json.load(f)  # a malformed file fails here
    print("ok: the JSON parses")

    want_ops = {}
    want_pairs = {}
    for code in codes:
        t = trace(code, n)
        for k, i in enumerate(t):
            want_ops[code[i][0]] = want_ops.get(code[i][0], 0) + 1
            # A CALL may run a Python function, which ends the caller's sequence: skip its pairs.
            if k and code[t[k - 1]][0] != "CALL":
                key = (code[t[k - 1]][0], code[i][0])
                want_pairs[key] = want_pairs.get(key, 0) + 1

    ops = stats["opcodes"]
    for name in sorted(ops):
        if ops[name] or name in want_ops:
            check("count " + name, ops[name], want_ops.get(name, 0))
    total = sum(want_ops.values())
    check("instructions", stats["instructions"], total)
    check("sum of opcodes", sum(ops.values()), total)

    got_pairs = {}
    for prev, op, count in stats["pairs"]:
        if (prev, op) in got_pairs:
            failures.append("duplicate pair")
        got_pairs[(prev, op)] = count
    for key in sorted(want_pairs):
        check("pair %s>%s" % key, got_pairs.get(key, 0), want_pairs[key])
    for key in sorted(got_pairs):
        if key[0] != "CALL" and key not in want_pairs:
            check("pair %s>%s (unexpected)" % key, got_pairs[key], 0)

    # Every instruction either follows another in its frame or starts a sequence.
    check("pairs + sequence starts", sum(got_pairs.values()) + stats["sequence_starts"], total)
    per_op = {}
    for (prev, op), count in got_pairs.items():
        per_op[op] = per_op.get(op, 0) + count
    starts = sum(ops[name] - per_op.get(name, 0) for name in ops)
    check("per-opcode pair sums", starts, stats["sequence_starts"])
    counts = [count for _, _, count in stats["pairs"]]
    check("pairs sorted", counts == sorted(counts, reverse=True), True)

    # Each function is called once from Python: one frame each plus the module's.
    functions = len(codes) - 1
    check("calls.python", stats["calls"]["python"], functions)
    check("frames", stats["frames"], functions + 1)
    check("entries", stats["entries"], 1)
    check("sequence starts", stats["sequence_starts"], 1 + 2 * functions)
    check("specialization", stats["specialization"], {})
    if failures:
        print("%d checks failed" % len(failures))
        sys.exit(1)


main()
