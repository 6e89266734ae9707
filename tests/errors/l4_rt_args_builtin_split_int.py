# str.split given an int separator.
'a b'.split(1)
