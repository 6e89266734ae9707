# 'async for' in a plain function.
def f():
    async for i in x:
        pass
