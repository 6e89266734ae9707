print("mod_raiser running")
def explode():
    return {}["boom"]
explode()
