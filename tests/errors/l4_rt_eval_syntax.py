# a SyntaxError raised by eval at run time.
eval('1 +* 2')
