# Circular import helper (see mod_l4_circ_a).
print('b: start')
import mod_l4_circ_a
SEEN = (getattr(mod_l4_circ_a, 'A_EARLY', None), getattr(mod_l4_circ_a, 'A_LATE', None))
B_VALUE = 'b-value'
try:
    from mod_l4_circ_a import A_LATE
except ImportError as e:
    SEEN_ERR = str(e).split(' (')[0]
print('b: end')
