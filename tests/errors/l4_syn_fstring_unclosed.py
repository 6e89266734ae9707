# unclosed f-string brace.
x = f'{1 + 2'
