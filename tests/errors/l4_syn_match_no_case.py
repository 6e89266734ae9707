# match block without case clauses.
match x:
    pass
