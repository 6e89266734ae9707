import sys
sys.no_such_thing
