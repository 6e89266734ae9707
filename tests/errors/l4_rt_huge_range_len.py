# len() of a range longer than sys.maxsize.
print(len(range(10**20)))
