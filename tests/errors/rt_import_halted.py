# None in sys.modules blocks the import.
import sys
sys.modules["halted_mod"] = None
import halted_mod
