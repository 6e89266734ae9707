# Helper that fails halfway through its import.
partial = 1
raise ValueError('mod_l4_bad failed to import')
