"""The embedded index: one directory holding one SQLite file, no server.

It stores, per work, the text as read (compressed), its normalised tokens with
their offsets, and a posting list of word 4-gram hashes for candidate retrieval.
``open_library`` brings the index up to date with the library folder, re-reading
only the works whose files changed, inside one transaction: an interrupted or
failed update leaves the previous index as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from platformdirs import user_cache_dir

from ..errors import QuotetraceError
from .catalog import CATALOG_FILE, WorkMeta, read_catalog, title_from_slug
from .shingles import SHINGLE_SIZE, shingle_hashes
from .works import Work, library_files, read_work_text, tokenize_work

SCHEMA_VERSION = "1"
INDEX_FILE = "index.sqlite"
MAX_POSTINGS_PER_SHINGLE = 2000  # shingles more common than this ("of the same kind") locate nothing

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS works (
    id INTEGER PRIMARY KEY,
    slug TEXT UNIQUE NOT NULL,
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL, author TEXT, translator TEXT, year INTEGER,
    n_tokens INTEGER NOT NULL,
    text BLOB NOT NULL, norms BLOB NOT NULL, starts BLOB NOT NULL, ends BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS shingles (
    hash INTEGER NOT NULL, work INTEGER NOT NULL, pos INTEGER NOT NULL,
    PRIMARY KEY (hash, work, pos)
) WITHOUT ROWID;
"""


@dataclass
class SyncReport:
    """What bringing the index up to date did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: problem" for unreadable works

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def default_index_dir(library_dir: Path) -> Path:
    """Per-user cache directory for a library, so read-only libraries can be indexed."""
    key = hashlib.sha1(str(library_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(user_cache_dir("quotetrace")) / "indexes" / f"{library_dir.resolve().name}-{key}"


class LibraryIndex:
    """Read access to an index: work metadata, work texts and tokens, shingle postings."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._works: dict[int, Work] = {}
        self._metas: dict[int, WorkMeta] | None = None

    @classmethod
    def open(cls, index_dir: Path, create: bool = False) -> "LibraryIndex":
        """Open the index in ``index_dir``; with ``create``, make an empty one if there is none."""
        if index_dir.exists() and not index_dir.is_dir():
            raise QuotetraceError(index_dir, "is a file, not an index directory; pass a directory to --index")
        db_path = index_dir / INDEX_FILE
        if not db_path.exists() and not create:
            raise QuotetraceError(index_dir, "holds no quotetrace index; run 'quotetrace index' first")
        if not db_path.exists():
            index_dir.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(db_path)
            existing = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if existing:
                version = dict(connection.execute("SELECT key, value FROM meta")).get("schema")
                if version != SCHEMA_VERSION:
                    raise QuotetraceError(db_path, f"index schema {version!r} is not {SCHEMA_VERSION!r}; "
                                                   "delete the index directory and index again")
            else:
                with connection:
                    connection.executescript(_SCHEMA)
                    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as exc:
            raise QuotetraceError(db_path, f"the index is corrupt or not a quotetrace index ({exc}); "
                                           "delete it or pass another --index") from None
        return cls(connection, index_dir)

    def close(self) -> None:
        self._db.close()

    # -- reading ---------------------------------------------------------------
    def metas(self) -> dict[int, WorkMeta]:
        if self._metas is None:
            rows = self._query("SELECT id, slug, title, author, translator, year FROM works ORDER BY id")
            self._metas = {row[0]: WorkMeta(*row[1:]) for row in rows}
        return self._metas

    def work(self, work_id: int) -> Work:
        """A work's text and tokens, loaded once per process."""
        if work_id not in self._works:
            rows = self._query("SELECT text, norms, starts, ends FROM works WHERE id = ?", (work_id,))
            if not rows:
                raise KeyError(work_id)
            text, norms, starts, ends = rows[0]
            self._works[work_id] = Work(
                id=work_id, meta=self.metas()[work_id],
                text=zlib.decompress(text).decode("utf-8"),
                norms=zlib.decompress(norms).decode("utf-8").split("\n") if norms else [],
                starts=np.frombuffer(zlib.decompress(starts), dtype=np.int64),
                ends=np.frombuffer(zlib.decompress(ends), dtype=np.int64),
            )
        return self._works[work_id]

    def postings(self, hashes: list[int]) -> dict[int, list[tuple[int, int]]]:
        """For each hash, the (work id, token position) pairs where that shingle occurs."""
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        unique = sorted(set(hashes))
        for i in range(0, len(unique), 500):
            chunk = unique[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for h, work, pos in self._query(f"SELECT hash, work, pos FROM shingles WHERE hash IN ({marks})", chunk):
                found[h].append((work, pos))
        return {h: hits for h, hits in found.items() if len(hits) <= MAX_POSTINGS_PER_SHINGLE}

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise QuotetraceError(self.path / INDEX_FILE, f"the index is corrupt ({exc}); delete it and index again") from None

    # -- writing ---------------------------------------------------------------
    def sync(self, library_dir: Path) -> SyncReport:
        """Bring the index up to date with ``library_dir`` in a single transaction."""
        catalog = read_catalog(library_dir)
        files = library_files(library_dir)
        report = SyncReport()
        known = {row[1]: row for row in self._query("SELECT id, slug, size, mtime_ns, sha256 FROM works")}
        seen: set[str] = set()
        pending: list[tuple[str, Path, str | None]] = []  # slug, file, old sha256 if present
        for path in files:
            slug = path.stem
            if slug in seen:
                report.skipped.append(f"{path}: another file already has the slug {slug!r}")
                continue
            seen.add(slug)
            stat = path.stat()
            row = known.get(slug)
            if row and row[2] == stat.st_size and row[3] == stat.st_mtime_ns:
                report.unchanged.append(slug)
                continue
            pending.append((slug, path, row[4] if row else None))
        try:
            with self._db:
                for slug in sorted(set(known) - seen):
                    self._delete(known[slug][0])
                    report.removed.append(slug)
                for slug, path, old_sha in pending:
                    data = path.read_bytes()
                    sha = hashlib.sha256(data).hexdigest()
                    stat = path.stat()
                    if old_sha == sha:
                        self._db.execute("UPDATE works SET size = ?, mtime_ns = ? WHERE slug = ?",
                                         (stat.st_size, stat.st_mtime_ns, slug))
                        report.unchanged.append(slug)
                        continue
                    try:
                        text = read_work_text(path)
                    except QuotetraceError as exc:
                        report.skipped.append(str(exc))
                        continue
                    if slug in known:
                        self._delete(known[slug][0])
                    self._insert(slug, path, stat.st_size, stat.st_mtime_ns, sha, text,
                                 catalog.get(slug) or WorkMeta(slug=slug, title=title_from_slug(slug)))
                    (report.updated if old_sha else report.added).append(slug)
                self._refresh_metadata(catalog)
        except sqlite3.DatabaseError as exc:
            raise QuotetraceError(self.path / INDEX_FILE, f"could not update the index ({exc})") from None
        self._metas = None
        self._works.clear()
        return report

    def _delete(self, work_id: int) -> None:
        self._db.execute("DELETE FROM shingles WHERE work = ?", (work_id,))
        self._db.execute("DELETE FROM works WHERE id = ?", (work_id,))

    def _insert(self, slug: str, path: Path, size: int, mtime_ns: int, sha: str, text: str, meta: WorkMeta) -> None:
        norms, starts, ends = tokenize_work(text)
        cursor = self._db.execute(
            "INSERT INTO works (slug, file, size, mtime_ns, sha256, title, author, translator, year, n_tokens, "
            "text, norms, starts, ends) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (slug, path.name, size, mtime_ns, sha, meta.title, meta.author, meta.translator, meta.year, len(norms),
             zlib.compress(text.encode("utf-8")), zlib.compress("\n".join(norms).encode("utf-8")),
             zlib.compress(starts.tobytes()), zlib.compress(ends.tobytes())),
        )
        work_id = cursor.lastrowid
        hashes = shingle_hashes(norms, SHINGLE_SIZE)
        self._db.executemany("INSERT OR IGNORE INTO shingles VALUES (?, ?, ?)",
                             ((int(h), work_id, pos) for pos, h in enumerate(hashes)))

    def _refresh_metadata(self, catalog: dict[str, WorkMeta]) -> None:
        """Catalogue edits take effect without re-reading any text."""
        for slug, meta in catalog.items():
            self._db.execute("UPDATE works SET title = ?, author = ?, translator = ?, year = ? WHERE slug = ?",
                             (meta.title, meta.author, meta.translator, meta.year, slug))


def open_library(library_dir: str | Path, index_dir: str | Path | None = None) -> tuple[LibraryIndex, SyncReport]:
    """Check the library folder, open (or create) its index and bring it up to date."""
    library_dir = Path(library_dir)
    if not library_dir.exists():
        raise QuotetraceError(library_dir, "no such library folder")
    if not library_dir.is_dir():
        raise QuotetraceError(library_dir, "is not a folder; a library is a folder of .txt, .md or .html works")
    if not library_files(library_dir):
        raise QuotetraceError(library_dir, "the library holds no works (.txt, .md or .html files)")
    if (library_dir / CATALOG_FILE).exists():
        read_catalog(library_dir)  # a broken catalogue is reported before the index is touched
    index_dir = Path(index_dir) if index_dir else default_index_dir(library_dir)
    index = LibraryIndex.open(index_dir, create=True)
    report = index.sync(library_dir)
    if not index.metas():
        index.close()
        details = "; ".join(report.skipped[:3])
        raise QuotetraceError(library_dir, f"no work in the library could be read ({details})")
    return index, report
