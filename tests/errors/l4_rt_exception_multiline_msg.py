# an uncaught exception whose message has several lines.
raise ValueError('first line\nsecond line')
