# A small social network with sets: mutual friends, suggestions, cliques, degrees of separation, groups as frozensets.
FRIENDS = {
    'ann': {'bob', 'cy', 'dee'}, 'bob': {'ann', 'cy', 'eve'}, 'cy': {'ann', 'bob', 'dee', 'fay'},
    'dee': {'ann', 'cy'}, 'eve': {'bob', 'gus'}, 'fay': {'cy', 'gus', 'hal'}, 'gus': {'eve', 'fay'},
    'hal': {'fay'}, 'ivy': set(),
}
INTERESTS = {
    'ann': {'chess', 'hiking', 'python'}, 'bob': {'python', 'cooking'}, 'cy': {'chess', 'python', 'jazz'},
    'dee': {'hiking', 'jazz'}, 'eve': {'cooking', 'gardening'}, 'fay': {'jazz', 'python'}, 'gus': {'gardening'},
    'hal': {'chess'}, 'ivy': {'python', 'chess', 'jazz'},
}

def check_symmetric(graph):
    return all(u in graph[v] for u in graph for v in graph[u])

def mutual(a, b):
    return sorted(FRIENDS[a] & FRIENDS[b])

def suggestions(person):
    scores = {}
    for friend in FRIENDS[person]:
        for fof in FRIENDS[friend] - FRIENDS[person] - {person}:
            scores[fof] = scores.get(fof, 0) + 1
    for other in FRIENDS:
        if other != person and other not in FRIENDS[person]:
            shared = len(INTERESTS[person] & INTERESTS[other])
            if shared:
                scores[other] = scores.get(other, 0) + shared / 10
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))

def separation(a, b):
    frontier, seen, depth = {a}, {a}, 0
    while frontier:
        if b in frontier:
            return depth
        frontier = {n for p in frontier for n in FRIENDS[p]} - seen
        seen |= frontier
        depth += 1
    return None

def triangles():
    out = set()
    for a in FRIENDS:
        for b in FRIENDS[a]:
            for c in FRIENDS[a] & FRIENDS[b]:
                out.add(frozenset((a, b, c)))
    return sorted(sorted(t) for t in out)

print(check_symmetric(FRIENDS), sum(len(v) for v in FRIENDS.values()) // 2, 'friendships')
print(mutual('ann', 'bob'), mutual('ann', 'fay'), mutual('hal', 'ivy'))
for p in ('ann', 'gus', 'ivy'):
    print(p, [(n, round(s, 1)) for n, s in suggestions(p)])
print([(p, separation('ann', p)) for p in sorted(FRIENDS)])
print(triangles())
everyone = set().union(*INTERESTS.values())
print(sorted(everyone), sorted(set.intersection(*(INTERESTS[p] for p in ('ann', 'cy', 'fay')))))
by_interest = {i: frozenset(p for p, ints in INTERESTS.items() if i in ints) for i in sorted(everyone)}
for i, people in by_interest.items():
    print(f'{i:<10} {sorted(people)}')
groups = {frozenset(['ann', 'cy']), frozenset(['cy', 'ann']), frozenset(['bob'])}
print(len(groups), frozenset(['ann', 'cy']) in groups, sorted(map(sorted, groups)))
lonely = {p for p, f in FRIENDS.items() if len(f) <= 1}
popular = {p for p, f in FRIENDS.items() if len(f) >= 3}
print(sorted(lonely), sorted(popular), sorted(lonely ^ popular), lonely.isdisjoint(popular), sorted(set(FRIENDS) - lonely - popular))
