"""read: files → Documents."""

from figures.read.documents import InputError, bundled_paths, collect_paths, read_document

__all__ = ["InputError", "bundled_paths", "collect_paths", "read_document"]
