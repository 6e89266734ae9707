# pkg_l4.consts: constants, imported relatively by siblings.
MINOR = 7
NAMES = ('a', 'b')
_private = 'underscore'
