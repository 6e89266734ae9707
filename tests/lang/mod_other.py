# Second helper module: imports mod_helper too (module must be executed only once).
import mod_helper
VALUE = mod_helper.bump() * 100

def call_helper():
    return mod_helper.greet("mod_other")
