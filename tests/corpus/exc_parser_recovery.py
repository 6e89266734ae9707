# Error recovery in a config-language parser: exceptions carrying positions, recovery by skipping to the next line, warnings list.
class ConfigError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(msg)
        self.line, self.col = line, col
    def __str__(self):
        return f'{self.line}:{self.col}: {self.args[0]}'

class ConfigWarning(ConfigError):
    pass

class Section(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __repr__(self):
        return f'[{self.name}] ' + dict.__repr__(self)

def parse_value(raw, line, col):
    raw = raw.strip()
    if not raw:
        raise ConfigError('missing value', line, col)
    if raw[0] in '"\'':
        if len(raw) < 2 or raw[-1] != raw[0]:
            raise ConfigError('unterminated string', line, col)
        return raw[1:-1]
    if raw.lower() in ('true', 'yes', 'on'):
        return True
    if raw.lower() in ('false', 'no', 'off'):
        return False
    if raw.startswith('[') and raw.endswith(']'):
        return [parse_value(p, line, col) for p in raw[1:-1].split(',') if p.strip()]
    for conv in (int, float):
        try:
            return conv(raw)
        except ValueError:
            pass
    raise ConfigError(f'cannot understand value {raw!r}', line, col)

def parse(text):
    sections = {'': Section('')}
    current = sections['']
    errors, warnings = [], []
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.split('#')[0].rstrip()
        if not stripped.strip():
            continue
        try:
            if stripped.startswith('['):
                if not stripped.endswith(']'):
                    raise ConfigError("expected ']'", n, len(stripped) + 1)
                name = stripped[1:-1].strip()
                if not name.replace('.', '').isidentifier():
                    raise ConfigError(f'bad section name {name!r}', n, 2)
                if name in sections:
                    warnings.append(ConfigWarning(f'section {name!r} reopened', n, 1))
                current = sections.setdefault(name, Section(name))
                continue
            key, sep, value = stripped.partition('=')
            if not sep:
                raise ConfigError("expected '='", n, len(stripped) + 1)
            key = key.strip()
            if not key.isidentifier():
                raise ConfigError(f'bad key {key!r}', n, 1)
            if key in current:
                warnings.append(ConfigWarning(f'duplicate key {key!r} overrides {current[key]!r}', n, 1))
            current[key] = parse_value(value, n, len(key) + 2)
        except ConfigError as e:
            errors.append(e)
    return sections, errors, warnings

CONFIG = """# sample configuration
name = "sparrow"
debug = yes
[server]
host = 'localhost'
port = 8080
port = 8081
timeout = 2.5
[server.tls
cert = "/etc/cert.pem
ciphers = [1, 2, 3]
[database]
url = "sqlite://"
pool size = 4
retries = three
max =
flags = [true, no, 7, "x"]
just a line
[server]
workers = 4
[9bad]
"""
sections, errors, warnings = parse(CONFIG)
for name, sec in sections.items():
    print(repr(sec))
print('errors:')
for e in errors:
    print('  ', e, '|', type(e).__name__, e.args)
print('warnings:')
for w in warnings:
    print('  ', w, '|', isinstance(w, ConfigError))
print(sections['server']['port'] + 1, sections['database']['flags'], type(sections['server']['timeout']).__name__)
try:
    raise ConfigError('fatal', 99, 1) from errors[0]
except ConfigError as e:
    print(e, '<-', e.__cause__, '|', e.line, e.col)
