# A NUL byte given to exec() in a str.
exec("x = 1\x00")
