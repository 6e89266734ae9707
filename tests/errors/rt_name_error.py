def show():
    print(undefined_variable)

show()
