# 'await' at module level is a SyntaxError in CPython too.
print('never')
await something
