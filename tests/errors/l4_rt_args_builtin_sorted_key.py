# sorted() with a non-callable key.
sorted([2, 1], key=5)
