# raise ... from a non-exception.
raise ValueError('x') from 42
