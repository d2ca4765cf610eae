from tests.store.support import pairs_file, serve

__all__ = ["pairs_file", "serve"]
