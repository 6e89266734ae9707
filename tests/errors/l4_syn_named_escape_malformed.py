x = 1
s = "ab\N{BULLET"
