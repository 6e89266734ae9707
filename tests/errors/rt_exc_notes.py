# An uncaught exception prints its __notes__ after the exception line.
e = ValueError("bad")
e.add_note("note one")
e.add_note("note two")
raise e
