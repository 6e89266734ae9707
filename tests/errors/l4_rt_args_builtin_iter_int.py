# iter() of an int.
iter(5)
