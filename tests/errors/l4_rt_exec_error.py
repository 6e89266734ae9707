# an error raised inside exec'd code.
exec('x = 1\ny = x / 0')
