# Poker hand evaluation: Card class with ordering, hand ranking with Counter-like dicts, comparison and a deterministic deal.
RANKS = '23456789TJQKA'
SUITS = 'cdhs'
CATEGORIES = ['high card', 'pair', 'two pair', 'three of a kind', 'straight', 'flush', 'full house', 'four of a kind', 'straight flush']

class Card:
    __slots__ = ('rank', 'suit')
    def __init__(self, text):
        r, s = text[0], text[1]
        if r not in RANKS or s not in SUITS:
            raise ValueError(f'bad card {text!r}')
        self.rank, self.suit = RANKS.index(r), s
    def __repr__(self):
        return RANKS[self.rank] + self.suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

class Hand:
    def __init__(self, text):
        self.cards = sorted((Card(t) for t in text.split()), reverse=True)
        if len(self.cards) != 5:
            raise ValueError(f'a hand has 5 cards, got {len(self.cards)}')
        if len(set(self.cards)) != 5:
            raise ValueError('duplicate card in hand')
        self.score = self.evaluate()
    def evaluate(self):
        counts = {}
        for c in self.cards:
            counts[c.rank] = counts.get(c.rank, 0) + 1
        groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
        shape = [n for _, n in groups]
        ranks = [r for r, _ in groups]
        flush = len({c.suit for c in self.cards}) == 1
        straight = len(counts) == 5 and ranks[0] - ranks[-1] == 4
        if set(ranks) == {12, 0, 1, 2, 3}:
            straight, ranks = True, [3, 2, 1, 0, -1]
        if straight and flush:
            cat = 8
        elif shape == [4, 1]:
            cat = 7
        elif shape == [3, 2]:
            cat = 6
        elif flush:
            cat = 5
        elif straight:
            cat = 4
        elif shape == [3, 1, 1]:
            cat = 3
        elif shape == [2, 2, 1]:
            cat = 2
        elif shape == [2, 1, 1, 1]:
            cat = 1
        else:
            cat = 0
        return (cat, ranks)
    @property
    def category(self):
        return CATEGORIES[self.score[0]]
    def __lt__(self, other):
        return self.score < other.score
    def __eq__(self, other):
        return self.score == other.score
    def __repr__(self):
        return ' '.join(map(repr, self.cards))

HANDS = ['2h 3h 4h 5h 6h', 'Ah Ad Ac As 9d', 'Kh Kd Kc 2s 2d', '3s 8s Js Qs As', 'Ts Jh Qd Kc Ac', 'Ah 2d 3c 4s 5h',
         '7h 7d 7c Ks 2d', '9h 9d 4c 4s Ks', '9c 9s 4h 4d Qs', 'Jh Jd 8c 5s 2d', 'Ah Qd 9c 6s 3h', 'Ah Qd 9c 6s 2h']
hands = [Hand(h) for h in HANDS]
for h in sorted(hands, reverse=True):
    print(f'{h!r:16} {h.category:16} {h.score}')
print(Hand('9h 9d 4c 4s Ks') > Hand('9c 9s 4h 4d Qs'), Hand('2h 3h 4h 5h 6h') == Hand('2d 3d 4d 5d 6d'))
for bad in ('Ah Ah 2c 3d 4s', '1h 2h 3h 4h 5h', 'Ah Kh'):
    try:
        Hand(bad)
    except ValueError as e:
        print('ValueError:', e)

class Deck:
    def __init__(self, seed):
        self.cards = [r + s for s in SUITS for r in RANKS]
        self.state = seed
    def rand(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % n
    def shuffle(self):
        for i in range(len(self.cards) - 1, 0, -1):
            j = self.rand(i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
        return self
    def deal(self, n):
        dealt, self.cards = self.cards[:n], self.cards[n:]
        return ' '.join(dealt)

tally = {}
deck = Deck(2024)
for rnd in range(200):
    if len(deck.cards) < 20:
        deck = Deck(rnd).shuffle()
    elif rnd == 0:
        deck.shuffle()
    players = [Hand(deck.deal(5)) for _ in range(4)]
    for p in players:
        tally[p.category] = tally.get(p.category, 0) + 1
    if rnd < 3:
        best = max(players)
        print(f'round {rnd}: winner {best!r} ({best.category}) of {players}')
print(sorted(tally.items(), key=lambda kv: CATEGORIES.index(kv[0])))
