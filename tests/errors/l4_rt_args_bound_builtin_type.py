# list.index on a missing value.
[1, 2].index(3)
