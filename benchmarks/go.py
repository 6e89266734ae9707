"""go: a Monte-Carlo tree search Go player on a small board.

What it stresses: list manipulation, flood fills over small graphs, random numbers, object
trees with float arithmetic (UCT scores), deep call chains.
Algorithm: as in the classic pure-Python "go" benchmark, a computer player chooses moves by UCT
Monte-Carlo tree search: each playout descends the tree by the UCB1 rule, expands one untried
move, finishes the game with random legal moves (never filling its own eyes) and backs up the
area-scoring result.  The board is 7 x 7 with komi 7.5, the random generator is seeded.  The size
argument is the number of playouts per move; the player makes a few moves of a self-play game.
"""
import sys
import math
import random

DEFAULT_SIZE = 250      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 5          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

BOARD_SIZE = 7
KOMI = 7.5
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
MOVES_PLAYED = 4
SEED = 42
EXPLORATION = 1.4


def other(colour):
    return BLACK + WHITE - colour


def build_neighbours(size):
    """neighbours[p]: the list of points adjacent to point p on a size x size board."""
    result = []
    for p in range(size * size):
        row, col = divmod(p, size)
        near = []
        if row > 0:
            near.append(p - size)
        if row < size - 1:
            near.append(p + size)
        if col > 0:
            near.append(p - 1)
        if col < size - 1:
            near.append(p + 1)
        result.append(near)
    return result


NEIGHBOURS = build_neighbours(BOARD_SIZE)


class Board:
    def __init__(self):
        self.points = [EMPTY] * (BOARD_SIZE * BOARD_SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.points = self.points[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, start):
        """The stones of the group containing `start`, and its number of liberties."""
        points = self.points
        colour = points[start]
        stones = [start]
        seen = {start}
        liberties = set()
        i = 0
        while i < len(stones):
            for n in NEIGHBOURS[stones[i]]:
                c = points[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, len(liberties)

    def legal(self, p):
        """True when the player to move may play at p (not occupied, not ko, not suicide)."""
        points = self.points
        if points[p] != EMPTY or p == self.ko:
            return False
        near = NEIGHBOURS[p]
        for n in near:
            if points[n] == EMPTY:
                return True
        me = self.to_move
        for n in near:
            c = points[n]
            _, liberties = self.group(n)
            if c == me and liberties > 1:
                return True
            if c != me and liberties == 1:
                return True
        return False

    def own_eye(self, p):
        """True when every neighbour of p is a stone of the player to move."""
        me = self.to_move
        for n in NEIGHBOURS[p]:
            if self.points[n] != me:
                return False
        return True

    def play(self, p):
        self.moves += 1
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = other(self.to_move)
            return
        self.passes = 0
        points = self.points
        me = self.to_move
        enemy = other(me)
        points[p] = me
        captured = []
        for n in NEIGHBOURS[p]:
            if points[n] == enemy:
                stones, liberties = self.group(n)
                if liberties == 0:
                    for s in stones:
                        points[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(p)
            if len(stones) == 1 and liberties == 1:
                self.ko = captured[0]
        self.to_move = enemy

    def random_move(self):
        """A random legal move that does not fill an own eye, or PASS."""
        candidates = [p for p, c in enumerate(self.points) if c == EMPTY]
        while candidates:
            i = random.randrange(len(candidates))
            p = candidates[i]
            if self.legal(p) and not self.own_eye(p):
                return p
            candidates[i] = candidates[-1]
            candidates.pop()
        return PASS

    def legal_moves(self):
        moves = [p for p in range(len(self.points)) if self.legal(p) and not self.own_eye(p)]
        return moves or [PASS]

    def finished(self):
        return self.passes >= 2 or self.moves >= 3 * BOARD_SIZE * BOARD_SIZE

    def score(self, colour):
        """Area score of `colour` (stones plus territory it alone borders), komi for white."""
        points = self.points
        total = 0.0 if colour == BLACK else KOMI
        for p, c in enumerate(points):
            if c == colour:
                total += 1
            elif c == EMPTY:
                bordering = 0
                for n in NEIGHBOURS[p]:
                    bordering |= points[n]
                if bordering == colour:
                    total += 1
        return total

    def winner(self):
        return BLACK if self.score(BLACK) > self.score(WHITE) else WHITE

    def show(self):
        symbols = ".XO"
        return ["".join(symbols[self.points[r * BOARD_SIZE + c]] for c in range(BOARD_SIZE))
                for r in range(BOARD_SIZE)]


class Node:
    """A position in the search tree, reached by `move` from its parent."""

    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = board.legal_moves()
        self.player = other(board.to_move)   # who played `move`
        self.wins = 0
        self.visits = 0

    def select_child(self):
        log_visits = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = (child.wins / child.visits
                     + EXPLORATION * math.sqrt(log_visits / child.visits))
            if value > best_value:
                best_value = value
                best = child
        return best


def search(board, playouts):
    """Run UCT playouts from `board`; return the root node."""
    root = Node(None, None, board)
    for _ in range(playouts):
        node = root
        state = board.copy()
        while not node.untried and node.children:
            node = node.select_child()
            state.play(node.move)
        if node.untried and not state.finished():
            i = random.randrange(len(node.untried))
            move = node.untried[i]
            node.untried[i] = node.untried[-1]
            node.untried.pop()
            state.play(move)
            child = Node(move, node, state)
            node.children.append(child)
            node = child
        while not state.finished():
            state.play(state.random_move())
        winner = state.winner()
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    return root


def best_move(root):
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    return best


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    random.seed(SEED)
    board = Board()
    for turn in range(MOVES_PLAYED):
        root = search(board, size)
        child = best_move(root)
        move = PASS if child is None else child.move
        if move == PASS:
            where = "pass"
        else:
            where = "%s%d" % ("ABCDEFGHJ"[move % BOARD_SIZE], BOARD_SIZE - move // BOARD_SIZE)
        print("move %d: %s plays %s (visits %d, wins %d)"
              % (turn + 1, "XO"[board.to_move - 1], where,
                 0 if child is None else child.visits, 0 if child is None else child.wins))
        board.play(move)
    for line in board.show():
        print(line)


if __name__ == "__main__":
    main()
