# -*- coding: utf-8 -*-
# Invalid UTF-8 in a string literal (declared utf-8: CPython names no file path in the message).
x = 1
s = "ÿþ"
