# isinstance() with a non-type.
isinstance(1, 'int')
