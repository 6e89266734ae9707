# A name missing from a module without __file__.
from sys import no_such_name
