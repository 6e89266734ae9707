# min() of mixed types.
min([1, 'a'])
