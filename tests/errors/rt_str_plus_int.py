msg = "count: " + 3
