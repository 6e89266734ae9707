# hash of a list.
hash([1])
