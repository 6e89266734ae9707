__all__ = ["alpha", "_hidden"]
alpha = 1
beta = 2
_hidden = 3
