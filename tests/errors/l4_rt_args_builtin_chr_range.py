# chr() out of range.
chr(0x110000)
