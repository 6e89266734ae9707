# double starred expression in a list display.
x = [**y]
