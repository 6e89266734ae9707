# Helper for rt_import_bad_all: __all__ must hold str.
__all__ = ["ok", 1]
ok = 1
