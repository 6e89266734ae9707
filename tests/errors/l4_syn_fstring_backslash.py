# backslash inside an f-string expression (3.11).
x = f'{"\n".join(y)}'
