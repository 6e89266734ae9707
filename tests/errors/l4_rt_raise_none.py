# raise None.
raise None
