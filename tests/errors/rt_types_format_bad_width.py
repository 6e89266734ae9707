# a width that cannot fit
print(format(1, "99999999999999999999999"))
