# assignment to a keyword constant.
True = 1
