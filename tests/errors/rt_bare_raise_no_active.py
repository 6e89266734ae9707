print("ok")
raise
