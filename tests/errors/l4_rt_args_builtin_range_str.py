# range() of a string.
range('10')
