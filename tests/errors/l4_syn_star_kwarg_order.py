# iterable unpacking after keyword unpacking.
f(**k, *a)
