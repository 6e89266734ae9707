# async comprehension outside an async function.
def f():
    return [i async for i in x]
