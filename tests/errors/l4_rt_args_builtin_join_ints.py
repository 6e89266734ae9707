# str.join of ints.
', '.join([1, 2])
