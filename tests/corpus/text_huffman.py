# Huffman compression: counting frequencies, a tree of node classes ordered with __lt__, encoding to bits and bytes, decoding.
class Leaf:
    def __init__(self, ch, freq, order):
        self.ch, self.freq, self.order = ch, freq, order
    def codes(self, prefix, table):
        table[self.ch] = prefix or '0'
    def __lt__(self, other):
        return (self.freq, self.order) < (other.freq, other.order)

class Branch:
    def __init__(self, left, right, order):
        self.left, self.right, self.order = left, right, order
        self.freq = left.freq + right.freq
    def codes(self, prefix, table):
        self.left.codes(prefix + '0', table)
        self.right.codes(prefix + '1', table)
    def __lt__(self, other):
        return (self.freq, self.order) < (other.freq, other.order)

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Leaf(ch, n, i) for i, (ch, n) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Branch(a, b, order))
        order += 1
    table = {}
    nodes[0].codes('', table)
    return nodes[0], table, freq

def encode(text, table):
    return ''.join(table[ch] for ch in text)

def decode(bits, tree):
    out = []
    node = tree
    if isinstance(tree, Leaf):
        return tree.ch * len(bits)
    for b in bits:
        node = node.left if b == '0' else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return ''.join(out)

def to_bytes(bits):
    pad = (8 - len(bits) % 8) % 8
    bits += '0' * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad

def from_bytes(data, pad):
    bits = ''.join(format(b, '08b') for b in data)
    return bits[:len(bits) - pad] if pad else bits

for text in ['abracadabra', 'mississippi river', 'aaaaaaa', 'the quick brown fox jumps over the lazy dog', 'ab' * 20 + 'c']:
    tree, table, freq = build(text)
    bits = encode(text, table)
    data, pad = to_bytes(bits)
    back = decode(from_bytes(data, pad), tree)
    print(f'{text[:24]!r:28} {len(text) * 8:4} -> {len(bits):4} bits ({len(bits) / (len(text) * 8):.1%}) ok={back == text}')
    print('   ', ' '.join(f'{ch!r}:{code}' for ch, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:8]))
    print('   ', data.hex(' '), 'pad', pad)
tree, table, freq = build('abracadabra')
weighted = sum(freq[c] * len(table[c]) for c in freq)
print('weighted length', weighted, 'average bits', round(weighted / sum(freq.values()), 3))
