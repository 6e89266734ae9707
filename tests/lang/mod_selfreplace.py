import sys
replacement = {"value": "replaced module"}
sys.modules[__name__] = replacement
