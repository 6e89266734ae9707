# A list that grows while iterating never ends: guard with a bound and fail.
items = [1]
for v in items:
    items.append(v + 1)
    if len(items) > 100000:
        raise OverflowError('list kept growing: %d items' % len(items))
