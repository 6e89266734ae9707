# a dict key that is a list.
d = {[1, 2]: 3}
