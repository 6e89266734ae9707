# unterminated f-string.
x = f'abc
