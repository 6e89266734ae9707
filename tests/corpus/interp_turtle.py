# A Logo-like turtle interpreter drawing on a character canvas: REPEAT blocks, procedures with parameters, pen state, errors.
class TurtleError(Exception):
    pass

class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[' '] * w for _ in range(h)]
    def plot(self, x, y, ch):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = ch
    def __str__(self):
        lines = [''.join(r).rstrip() for r in self.cells]
        while lines and not lines[-1]:
            lines.pop()
        return '\n'.join(lines)

class Turtle:
    HEADINGS = {0: (1, 0), 90: (0, -1), 180: (-1, 0), 270: (0, 1), 45: (1, -1), 135: (-1, -1), 225: (-1, 1), 315: (1, 1)}
    def __init__(self, canvas, x, y):
        self.c, self.x, self.y = canvas, x, y
        self.heading, self.pen, self.ink = 0, True, '#'
        self.distance = 0
    def forward(self, n):
        dx, dy = self.HEADINGS[self.heading]
        ch = {0: '-', 180: '-', 90: '|', 270: '|', 45: '/', 225: '/', 135: '\\', 315: '\\'}[self.heading] if self.ink == 'auto' else self.ink
        for _ in range(n):
            if self.pen:
                self.c.plot(self.x, self.y, ch)
            self.x += dx
            self.y += dy
        self.distance += n
    def turn(self, deg):
        h = (self.heading + deg) % 360
        if h not in self.HEADINGS:
            raise TurtleError(f'unsupported heading {h}')
        self.heading = h

def tokenize(src):
    return src.replace('[', ' [ ').replace(']', ' ] ').split()

def parse_block(tokens):
    if not tokens or tokens.pop(0) != '[':
        raise TurtleError("expected '['")
    body = []
    depth = 1
    while tokens:
        t = tokens.pop(0)
        if t == '[':
            depth += 1
        elif t == ']':
            depth -= 1
            if depth == 0:
                return body
        body.append(t)
    raise TurtleError("missing ']'")

def run(tokens, turtle, procs, env):
    tokens = list(tokens)
    def num():
        if not tokens:
            raise TurtleError('missing number')
        t = tokens.pop(0)
        if t.startswith(':'):
            try:
                return env[t[1:]]
            except KeyError:
                raise TurtleError(f'unknown variable {t}') from None
        try:
            return int(t)
        except ValueError:
            raise TurtleError(f'expected number, got {t!r}') from None
    while tokens:
        cmd = tokens.pop(0).upper()
        if cmd in ('FD', 'FORWARD'):
            turtle.forward(num())
        elif cmd in ('RT', 'RIGHT'):
            turtle.turn(-num())
        elif cmd in ('LT', 'LEFT'):
            turtle.turn(num())
        elif cmd == 'PU':
            turtle.pen = False
        elif cmd == 'PD':
            turtle.pen = True
        elif cmd == 'INK':
            turtle.ink = tokens.pop(0)
        elif cmd == 'REPEAT':
            n = num()
            body = parse_block(tokens)
            for _ in range(n):
                run(body, turtle, procs, env)
        elif cmd == 'TO':
            name = tokens.pop(0).upper()
            params = []
            while tokens and tokens[0].startswith(':'):
                params.append(tokens.pop(0)[1:])
            procs[name] = (params, parse_block(tokens))
        elif cmd in procs:
            params, body = procs[cmd]
            run(body, turtle, procs, dict(env, **{p: num() for p in params}))
        else:
            raise TurtleError(f'unknown command {cmd}')

PROGRAMS = {
    'square': 'REPEAT 4 [ FD 6 RT 90 ]',
    'stairs': 'INK auto REPEAT 4 [ FD 3 RT 90 FD 2 LT 90 ]',
    'procs': 'TO BOX :S [ REPEAT 4 [ FD :S LT 90 ] ] INK * BOX 5 PU FD 8 PD INK o BOX 3 PU FD 6 PD INK + BOX 2',
    'diamond': 'INK auto LT 45 REPEAT 2 [ FD 4 RT 90 FD 4 RT 90 ]',
}
for name, src in PROGRAMS.items():
    canvas = Canvas(30, 12)
    t = Turtle(canvas, 2, 5)
    run(tokenize(src), t, {}, {})
    print(f'--- {name} (distance {t.distance}, at {t.x},{t.y}, heading {t.heading})')
    print(canvas)
for bad in ('FD', 'FD x', 'JUMP 3', 'REPEAT 2 [ FD 1', 'RT 30', 'TO P :N [ FD :M ] P 3', 'REPEAT 3 FD 1'):
    try:
        run(tokenize(bad), Turtle(Canvas(5, 5), 0, 0), {}, {})
    except TurtleError as e:
        print(f'{bad!r}: TurtleError: {e}')
