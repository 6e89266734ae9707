# list.append with two arguments.
[].append(1, 2)
