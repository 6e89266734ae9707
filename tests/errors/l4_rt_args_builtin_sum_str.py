# sum() of strings.
sum(['a', 'b'])
