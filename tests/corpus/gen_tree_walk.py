# A virtual file system tree: nodes with parent links, os.walk-like generator, glob matching, du-style sizes and a tree printout.
class Node:
    def __init__(self, name, parent=None):
        self.name, self.parent = name, parent
    @property
    def path(self):
        parts, node = [], self
        while node.parent is not None:
            parts.append(node.name)
            node = node.parent
        return '/' + '/'.join(reversed(parts))

class File(Node):
    def __init__(self, name, size, parent=None):
        super().__init__(name, parent)
        self.size = size
    def total(self):
        return self.size

class Dir(Node):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.children = {}
    def add(self, node):
        if node.name in self.children:
            raise FileExistsError(f'{self.path.rstrip("/")}/{node.name} exists')
        node.parent = self
        self.children[node.name] = node
        return node
    def mkdirs(self, path):
        d = self
        for part in path.strip('/').split('/'):
            nxt = d.children.get(part)
            if nxt is None:
                nxt = d.add(Dir(part))
            elif not isinstance(nxt, Dir):
                raise NotADirectoryError(nxt.path)
            d = nxt
        return d
    def total(self):
        return sum(c.total() for c in self.children.values())
    def walk(self):
        dirs = sorted(n for n, c in self.children.items() if isinstance(c, Dir))
        files = sorted(n for n, c in self.children.items() if isinstance(c, File))
        yield self.path, dirs, files
        for d in dirs:
            yield from self.children[d].walk()
    def lookup(self, path):
        node = self
        for part in path.strip('/').split('/'):
            if part == '..':
                node = node.parent or node
            elif part not in ('', '.'):
                try:
                    node = node.children[part]
                except (KeyError, AttributeError):
                    raise FileNotFoundError(f'no such file: {path}') from None
        return node

def glob_match(pattern, name):
    if not pattern:
        return not name
    if pattern[0] == '*':
        return any(glob_match(pattern[1:], name[i:]) for i in range(len(name) + 1))
    if name and (pattern[0] == '?' or pattern[0] == name[0]):
        return glob_match(pattern[1:], name[1:])
    return False

def find(root, pattern):
    for path, dirs, files in root.walk():
        for f in files:
            if glob_match(pattern, f):
                yield (path.rstrip('/') + '/' + f)

def tree(d, prefix=''):
    names = sorted(d.children)
    for i, n in enumerate(names):
        c = d.children[n]
        last = i == len(names) - 1
        print(prefix + ('└── ' if last else '├── ') + n + ('/' if isinstance(c, Dir) else f' ({c.size})'))
        if isinstance(c, Dir):
            tree(c, prefix + ('    ' if last else '│   '))

root = Dir('')
for path, size in [('src/vm/eval.c', 52000), ('src/vm/frame.c', 8000), ('src/runtime/str.c', 41000), ('src/runtime/int.c', 23000),
                   ('docs/README.md', 3000), ('docs/design/DESIGN.md', 12000), ('tests/lang/a.py', 400), ('tests/lang/a.out', 90),
                   ('tests/lang/b.py', 1200), ('Makefile.am', 700), ('src/main.c', 1500)]:
    d, _, name = path.rpartition('/')
    (root.mkdirs(d) if d else root).add(File(name, size))
tree(root)
for path, dirs, files in root.walk():
    print(f'{path:<20} dirs={dirs} files={files}')
print(list(find(root, '*.c')), list(find(root, '?.py')), list(find(root, '*.md')))
sizes = {path: root.lookup(path).total() for path, _, _ in root.walk()}
for path in sorted(sizes, key=lambda p: -sizes[p])[:5]:
    print(f'{sizes[path]:>8,} {path}')
print(root.lookup('src/vm/../runtime/str.c').path, root.lookup('/tests/./lang').path)
for bad in (lambda: root.lookup('src/nothing'), lambda: root.mkdirs('Makefile.am/x'), lambda: root.add(File('Makefile.am', 1)),
            lambda: root.lookup('src/main.c/deeper')):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
