# A trie for autocomplete and word games: nested dict nodes in a class, generators, counting, longest prefix.
class Trie:
    END = '$'
    def __init__(self, words=()):
        self.root = {}
        self.count = 0
        for w in words:
            self.add(w)
    def add(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if self.END not in node:
            self.count += 1
            node[self.END] = 0
        node[self.END] += weight
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._find(word)
        return node is not None and self.END in node
    def __len__(self):
        return self.count
    def words(self, prefix=''):
        node = self._find(prefix)
        if node is None:
            return
        stack = [(node, prefix)]
        while stack:
            node, acc = stack.pop()
            for ch in sorted(node, reverse=True):
                if ch == self.END:
                    yield acc, node[ch]
                else:
                    stack.append((node[ch], acc + ch))
    def complete(self, prefix, n=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))[:n]]
    def longest_prefix(self, text):
        node, best = self.root, ''
        for i, ch in enumerate(text):
            node = node.get(ch)
            if node is None:
                break
            if self.END in node:
                best = text[:i + 1]
        return best
    def remove(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if self.END not in path[-1]:
            raise KeyError(word)
        del path[-1][self.END]
        self.count -= 1
        for ch, node in zip(reversed(word), reversed(path[:-1])):
            if not node[ch]:
                del node[ch]
            else:
                break
    def node_count(self):
        def rec(n):
            return 1 + sum(rec(c) for k, c in n.items() if k != self.END)
        return rec(self.root)

TEXT = '''the theory of the thermal theme then threw three thin things there
these themes are thoughtful though they thaw through the thick thorns then the end'''
t = Trie()
for w in TEXT.split():
    t.add(w)
print(len(t), t.node_count(), 'the' in t, 'th' in t, 'thorns' in t)
print(list(t.words('thr')), t.complete('th', 5), t.complete('the'), t.complete('x'))
print(t.longest_prefix('thermostat'), repr(t.longest_prefix('xyz')), t.longest_prefix('themes!'))
t.remove('thermal')
try:
    t.remove('thermal')
except KeyError as e:
    print('KeyError:', e)
print(len(t), t.node_count(), list(t.words('therm')))
phone = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
def t9(digits, trie):
    results = []
    def rec(i, node, acc):
        if i == len(digits):
            if Trie.END in node:
                results.append(acc)
            return
        for ch in phone[digits[i]]:
            if ch in node:
                rec(i + 1, node[ch], acc + ch)
    rec(0, trie.root, '')
    return results
print(t9('843', t), t9('84373', t), t9('8446', t))
boggle = Trie(['cat', 'cats', 'act', 'tac', 'at', 'sat', 'scat', 'taco'])
letters = 'tacs'
def anagrams(letters, trie):
    found = set()
    def rec(node, remaining, acc):
        if Trie.END in node:
            found.add(acc)
        for i, ch in enumerate(remaining):
            if ch in node:
                rec(node[ch], remaining[:i] + remaining[i + 1:], acc + ch)
    rec(trie.root, letters, '')
    return sorted(found, key=lambda w: (-len(w), w))
print(anagrams(letters, boggle))
