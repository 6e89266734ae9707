# Invalid UTF-8 in source given to exec() as bytes.
exec(b"x = 1\ns = \"\xff\"\n")
