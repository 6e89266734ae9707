def inner(values):
    return values[10]

def middle(values):
    return inner(values) + 1

def outer():
    data = [1, 2, 3]
    return middle(data)

print("calling")
outer()
