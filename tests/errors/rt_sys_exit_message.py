import sys
print("about to exit")
sys.exit("msg")
print("never")
