# An invalid identifier character (U+20AC) in source.
x€ = 1
