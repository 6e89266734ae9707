# KeyError of a tuple key shows the repr.
d = {}
d[(1, 'a')]
