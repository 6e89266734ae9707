# decorator not followed by def or class.
@dec
x = 1
