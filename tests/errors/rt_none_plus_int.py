value = None
result = value + 1
