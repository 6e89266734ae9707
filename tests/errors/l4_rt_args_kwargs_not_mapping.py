# **kwargs of a non-mapping.
def f(**k):
    pass
f(**[1])
