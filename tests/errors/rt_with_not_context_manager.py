# A with statement on an object without __enter__/__exit__.
with 42 as x:
    print(x)
