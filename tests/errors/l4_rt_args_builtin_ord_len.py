# ord() of a two-character string.
ord('ab')
