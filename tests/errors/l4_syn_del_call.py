# cannot delete a function call.
del f()
