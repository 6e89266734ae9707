# str.format with a missing positional field.
'{0} {1}'.format(1)
