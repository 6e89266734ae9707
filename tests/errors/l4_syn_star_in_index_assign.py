# starred assignment target in wrong place.
*a = [1, 2]
