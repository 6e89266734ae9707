# % formatting with too few arguments.
'%s %s' % (1,)
