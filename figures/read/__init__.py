"""read: files → Documents."""

from figures.read.documents import STDIN, InputError, bundled_paths, collect_paths, read_document

__all__ = ["STDIN", "InputError", "bundled_paths", "collect_paths", "read_document"]
