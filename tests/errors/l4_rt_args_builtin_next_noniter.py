# next() of a list (not an iterator).
next([1, 2])
