# Part of __phello__, a tiny frozen package for testing the frozen importer (empty, as CPython 3.11's).
