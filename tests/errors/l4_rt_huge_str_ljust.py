# str.ljust to an absurd width.
x = 'ab'.ljust(2**62)
