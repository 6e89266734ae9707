# %s in bytes formatting needs bytes
print(b"%s" % "text")
