# coding: utf-8
# A truncated UTF-8 sequence in a string literal.
print(1)
x = "â‚"
