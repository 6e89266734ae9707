print("this must not be printed: syntax errors are reported before running")
def ok():
    return 1
print(ok())

while True print(1)
