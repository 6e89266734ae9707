# complex division by zero
print((1+2j) / 0)
