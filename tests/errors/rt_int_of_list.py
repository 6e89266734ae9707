n = int([])
