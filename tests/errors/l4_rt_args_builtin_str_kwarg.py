# str.startswith given a keyword argument.
'abc'.startswith(prefix='a')
