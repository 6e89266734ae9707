# too few arguments for %-formatting
print("%s %s" % ("a",))
