# Importing a submodule of a plain module.
import sys.no_such_sub
