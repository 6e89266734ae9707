# Binary data utilities with bytes/bytearray: hexdump, a checksum, run-length encoding, base64 by hand and struct-like packing.
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = ' '.join(f'{b:02x}' for b in chunk)
        half = width // 2 * 3
        hexpart = hexpart[:half] + ' ' + hexpart[half:] if len(chunk) > width // 2 else hexpart
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        lines.append(f'{off:08x}  {hexpart:<{width * 3}} |{text}|')
    lines.append(f'{len(data):08x}')
    return '\n'.join(lines)

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append(''.join(chars[:len(chunk) + 1]) + '=' * (3 - len(chunk)))
    return ''.join(out)

def b64decode(text):
    text = text.rstrip('=')
    bits = ''.join(format(B64.index(c), '06b') for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def pack(fmt, *values):
    sizes = {'B': 1, 'H': 2, 'I': 4, 'Q': 8, 'b': 1, 'h': 2, 'i': 4}
    order = 'little' if fmt[0] == '<' else 'big'
    out = bytearray()
    for code, v in zip(fmt[1:], values):
        out += v.to_bytes(sizes[code], order, signed=code.islower())
    return bytes(out)

def unpack(fmt, data):
    sizes = {'B': 1, 'H': 2, 'I': 4, 'Q': 8, 'b': 1, 'h': 2, 'i': 4}
    order = 'little' if fmt[0] == '<' else 'big'
    pos, out = 0, []
    for code in fmt[1:]:
        n = sizes[code]
        out.append(int.from_bytes(data[pos:pos + n], order, signed=code.islower()))
        pos += n
    return tuple(out)

text = 'Sparrow: a small VM.\n\tTabs & bytes \xe9\u2603!'.encode('utf-8')
print(hexdump(text))
print(hex(adler32(b'Wikipedia')), hex(crc32(b'The quick brown fox jumps over the lazy dog')), crc32(b''), adler32(text))
raw = b'aaaaaaabbbcddddddddddddddddddddddddddddddddddde' + bytes(300)
enc = rle_encode(raw)
print(len(raw), len(enc), enc[:12], rle_decode(enc) == raw)
for sample in (b'', b'f', b'fo', b'foo', b'foobar', text):
    e = b64encode(sample)
    print(repr(e), b64decode(e) == sample)
packet = pack('>HIb', 0xBEEF, 123456789, -5)
print(packet, packet.hex(), unpack('>HIb', packet), pack('<Ih', 1, -2).hex(), unpack('<Ih', pack('<Ih', 1, -2)))
buf = bytearray(b'header:')
buf += pack('>Q', 2 ** 63 + 5)
buf[0:6] = b'HEADER'
print(buf, len(buf), buf.find(b':'), bytes(buf[7:]).hex(), unpack('>Q', bytes(buf[7:])))
try:
    pack('>B', 256)
except OverflowError as e:
    print('OverflowError:', e)
