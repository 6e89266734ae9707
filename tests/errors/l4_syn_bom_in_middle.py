# A byte-order mark in the middle of the source.
x = 1
﻿y = 2
