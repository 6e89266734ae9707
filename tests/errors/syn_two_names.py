print("hi")
a b
