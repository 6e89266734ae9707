# invalid f-string conversion character.
x = f'{1!z}'
