# Tic-tac-toe with minimax and alpha-beta pruning, memoization on board tuples, and a game between two strategies.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for i, j, k in LINES:
        if b[i] != '.' and b[i] == b[j] == b[k]:
            return b[i]
    return None

def moves(b):
    return [i for i, c in enumerate(b) if c == '.']

def play(b, i, p):
    return b[:i] + (p,) + b[i + 1:]

def other(p):
    return 'O' if p == 'X' else 'X'

CACHE = {}
def minimax(b, p):
    key = (b, p)
    if key in CACHE:
        return CACHE[key]
    w = winner(b)
    if w:
        res = (1 if w == 'X' else -1), None
    elif not moves(b):
        res = 0, None
    else:
        scored = [(minimax(play(b, m, p), other(p))[0], m) for m in moves(b)]
        res = max(scored) if p == 'X' else min(scored, key=lambda t: (t[0], -t[1]))
    CACHE[key] = res
    return res

NODES = [0]
def alphabeta(b, p, alpha=-2, beta=2):
    NODES[0] += 1
    w = winner(b)
    if w:
        return 1 if w == 'X' else -1
    if not moves(b):
        return 0
    if p == 'X':
        best = -2
        for m in moves(b):
            best = max(best, alphabeta(play(b, m, p), 'O', alpha, beta))
            alpha = max(alpha, best)
            if alpha >= beta:
                break
        return best
    best = 2
    for m in moves(b):
        best = min(best, alphabeta(play(b, m, p), 'X', alpha, beta))
        beta = min(beta, best)
        if alpha >= beta:
            break
    return best

def show(b):
    return '\n'.join(' '.join(b[r * 3:r * 3 + 3]) for r in range(3))

empty = ('.',) * 9
print('value of empty board:', minimax(empty, 'X')[0], 'positions cached:', len(CACHE))
print('alpha-beta value:', alphabeta(empty, 'X'), 'nodes:', NODES[0])

def first_free(b, p):
    return moves(b)[0]
def perfect(b, p):
    return minimax(b, p)[1]

def game(px, po):
    b, p = empty, 'X'
    history = []
    while not winner(b) and moves(b):
        m = (px if p == 'X' else po)(b, p)
        history.append(m)
        b = play(b, m, p)
        p = other(p)
    return b, winner(b) or 'draw', history

for name, (px, po) in {'perfect vs perfect': (perfect, perfect), 'naive vs perfect': (first_free, perfect),
                       'perfect vs naive': (perfect, first_free)}.items():
    b, result, hist = game(px, po)
    print(f'{name}: {result} after moves {hist}')
    print(show(b))
puzzle = tuple('XO.' 'X..' 'O..')
print('best move for X in puzzle:', minimax(puzzle, 'X'))
print('best move for O in puzzle:', minimax(puzzle, 'O'))
