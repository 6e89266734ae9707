# int.from_bytes with a bad byte order.
int.from_bytes(b'1', 'middle')
