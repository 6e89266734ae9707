# Layout: comments, backslash continuation, implicit line joining, tabs, blank lines.
# A comment line
x = 1 + \
    2 + \
    3
print(x)   # trailing comment
if x == 6 and \
   x > 0:
    print("continued condition")

total = (1 +
         2 +   # comment inside brackets
         3)
print(total)
lst = [
    1,
    2,   # two

    # blank line and comment inside a list
    3,
]
print(lst)
d = {
    'a': 1,
    'b': [
        2, 3,
    ],
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
print(f(
    1, 2, 4
))

# Tab indentation
if True:
	print("tab indented")
	if x:
		print("two tabs")
	for i in range(2):
		print("tab loop", i)
def tabbed(n):
	s = 0
	while n:
		s += n
		n -= 1
	return s
print(tabbed(10))

# Mixed: a block with one-space indentation and deep nesting
if 1:
 if 2:
  if 3:
   if 4:
    print("deep")
  print("back to 2")
print("top")

# Statements separated by semicolons
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("one-line if")
for i in range(3): print("one-line for", i)
while b: b -= 1; print("one-line while", b)
def g(): return "one-line def"
print(g())

# comment at end of block



    # indented comment after blank lines
print("after blank lines")
# Empty lines with whitespace below
    
	
print("end")  # comment with unicode: é ☕
# final comment without newline