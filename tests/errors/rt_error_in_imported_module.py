print("importing")
import mod_raiser
print("never")
