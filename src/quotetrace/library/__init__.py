"""The library: reference works, their catalogue, and the on-disk index built from them."""

from .catalog import WorkMeta, read_catalog
from .index import LibraryIndex, SyncReport, default_index_dir, open_library

__all__ = ["LibraryIndex", "SyncReport", "WorkMeta", "default_index_dir", "open_library", "read_catalog"]
