# Old-style and str.format reporting: a grade book with %-formatting, str.format field specs, alignment, and letter grades.
STUDENTS = [
    ('Ada Lovelace', [95, 88, 92, 100], 'cs'), ('Alan Turing', [85, 91, 78, 94], 'cs'),
    ('Grace Hopper', [72, 85, 90, 88], 'navy'), ('Edsger Dijkstra', [99, 97, 95, 98], 'cs'),
    ('Barbara Liskov', [88, 79, 93, 85], 'cs'), ('Ken Thompson', [65, 70, 58, 81], 'unix'),
    ('Dennis Ritchie', [91, 89, 94, 90], 'unix'), ('Margaret Hamilton', [100, 96, 99, 97], 'nasa'),
]
WEIGHTS = (0.2, 0.2, 0.25, 0.35)

def letter(score):
    for cutoff, grade in ((93, 'A'), (90, 'A-'), (87, 'B+'), (83, 'B'), (80, 'B-'), (77, 'C+'), (70, 'C'), (60, 'D')):
        if score >= cutoff:
            return grade
    return 'F'

class Grade:
    def __init__(self, name, scores, group):
        self.name, self.scores, self.group = name, scores, group
        self.weighted = sum(s * w for s, w in zip(scores, WEIGHTS))
    @property
    def initials(self):
        return ''.join(part[0] for part in self.name.split())
    def row(self):
        return '%-18s %-4s %s  %6.2f  %-2s' % (self.name, self.group, ' '.join('%3d' % s for s in self.scores), self.weighted, letter(self.weighted))

grades = sorted((Grade(*s) for s in STUDENTS), key=lambda g: -g.weighted)
print('%-18s %-4s %s  %6s  %s' % ('Name', 'Grp', ' '.join('T%-2d' % (i + 1) for i in range(4)), 'Score', 'Gr'))
print('%s' % ('=' * 50))
for g in grades:
    print(g.row())
print('-' * 50)
avgs = [sum(g.scores[i] for g in grades) / len(grades) for i in range(4)]
print('%-23s %s  %6.2f' % ('Average', ' '.join('%3.0f' % a for a in avgs), sum(g.weighted for g in grades) / len(grades)))
print()
dist = {}
for g in grades:
    dist[letter(g.weighted)] = dist.get(letter(g.weighted), 0) + 1
for grade in sorted(dist, key=lambda x: (x[0], x[1:] != '+', x[1:] == '-')):
    print('{:<3}|{:<10}| {:>2} ({:.0%})'.format(grade, '*' * dist[grade], dist[grade], dist[grade] / len(grades)))
print()
groups = {}
for g in grades:
    groups.setdefault(g.group, []).append(g)
for name, members in sorted(groups.items()):
    best = max(members, key=lambda g: g.weighted)
    print('{0:>5}: {1:d} member{2}, best {3.name} ({3.initials}) with {3.weighted:.1f}'.format(name, len(members), 's' if len(members) > 1 else '', best))
print('%(n)d students, top %(top)s, spread %(spread).3f' % {'n': len(grades), 'top': grades[0].initials, 'spread': grades[0].weighted - grades[-1].weighted})
print('{:#<20}|{:^#12x}|{:+08.2f}|{!r:>10}'.format('left', 48879, 3.14159, 'repr'), '%5.1f%%|%-6s|%06.2f|%x|%o|%e' % (99.5, 'ab', 3.14159, 255, 8, 12345.678))

def sparkline(values, chars=' .:-=+*#'):
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    return ''.join(chars[int((v - lo) / span * (len(chars) - 1))] for v in values)
print()
for g in grades[:4]:
    print('%-18s %s  trend %+d' % (g.name, sparkline(g.scores), g.scores[-1] - g.scores[0]))
print('{0:=^40}'.format(' curve '))
curve = 100 - max(g.weighted for g in grades)
for g in grades:
    new = g.weighted + curve
    print('{:<18}{:>7.2f} ->{:>7.2f} {:>3} -> {:<3}'.format(g.name, g.weighted, new, letter(g.weighted), letter(new)))
