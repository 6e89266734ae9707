# unexpected character after line continuation.
x = 1 \ + 2
