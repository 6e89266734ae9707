x = []
for i in range(100000):
    x = [x]
print("built")
print(x)
