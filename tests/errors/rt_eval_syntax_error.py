# A syntax error inside an eval() string is a SyntaxError at run time.
print("before")
eval("1 +* 2")
