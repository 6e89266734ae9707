# dict.get with too many arguments.
{}.get(1, 2, 3)
