x = float(10 ** 400)
