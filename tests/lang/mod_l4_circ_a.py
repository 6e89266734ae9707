# Circular import helper: imports mod_l4_circ_b, which imports this module back while it is half-initialised.
print('a: start')
A_EARLY = 'a-early'
import mod_l4_circ_b
A_LATE = 'a-late'
def from_b():
    return mod_l4_circ_b.B_VALUE
print('a: end, b saw', mod_l4_circ_b.SEEN)
