# invalid format spec for an int.
format(1, 'q')
