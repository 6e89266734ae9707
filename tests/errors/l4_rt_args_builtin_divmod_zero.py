# divmod by zero.
divmod(1, 0)
