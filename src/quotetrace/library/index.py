"""The embedded index: one directory, no server.

``index.sqlite`` holds, per work, the text as read (compressed), its normalised
tokens with their offsets and its metadata.  ``postings/`` holds, per work and per
kind, sorted hashes and their token positions as two ``.npy`` arrays, memory-mapped
at query time and searched with ``numpy.searchsorted``: ``shingle`` (word 4-grams,
for quotations that keep their wording) and ``lemma`` (content words in their
dictionary form, for paraphrases and other translations).

``open_library`` brings the index up to date with the library folder, re-reading
only the works whose files changed.  New posting files are written under new
names before the single SQLite transaction that makes them current commits, and
old ones are removed only after it: an interrupted or failed update leaves the
previous index usable as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from platformdirs import user_cache_dir

from ..errors import QuotetraceError
from .catalog import CATALOG_FILE, WorkMeta, read_catalog, title_from_slug
from ..lexicon import content_lemma_hashes
from .shingles import SHINGLE_SIZE, shingle_hashes
from ..readers import Document, read_work_file
from .works import Work, library_files, tokenize_work, work_pages

SCHEMA_VERSION = "6"
INDEX_FILE = "index.sqlite"
POSTINGS_DIR = "postings"
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
    postings TEXT NOT NULL,
    pages TEXT NOT NULL,
    text BLOB NOT NULL, norms BLOB NOT NULL, starts BLOB NOT NULL, ends BLOB NOT NULL
);
"""


@dataclass
class SyncReport:
    """What bringing the index up to date did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: problem" for unreadable works


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
        self._surnames: frozenset[str] | None = None
        self._postings: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}

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

    def author_surnames(self) -> frozenset[str]:
        """The surnames of the library's authors and translators (not of the compilers of its books
        of quotations)."""
        if self._surnames is None:
            names = (person.strip() for meta in self.metas().values() for field in (meta.author, meta.translator)
                     for person in (field or "").split(";"))
            self._surnames = frozenset(person.split()[-1] for person in names if person and "(" not in person)
        return self._surnames

    def work(self, work_id: int) -> Work:
        """A work's text and tokens, loaded once per process."""
        if work_id not in self._works:
            rows = self._query("SELECT text, norms, starts, ends, pages FROM works WHERE id = ?", (work_id,))
            if not rows:
                raise KeyError(work_id)
            text, norms, starts, ends, pages = rows[0]
            self._works[work_id] = Work(
                id=work_id, meta=self.metas()[work_id],
                text=zlib.decompress(text).decode("utf-8"),
                norms=zlib.decompress(norms).decode("utf-8").split("\n") if norms else [],
                starts=np.frombuffer(zlib.decompress(starts), dtype=np.int64),
                ends=np.frombuffer(zlib.decompress(ends), dtype=np.int64),
                pages=tuple((int(offset), str(label)) for offset, label in json.loads(pages)),
            )
        return self._works[work_id]

    def postings(self, hashes: list[int], kind: str = "shingle",
                 limit: int | None = MAX_POSTINGS_PER_SHINGLE) -> dict[int, list[tuple[int, int]]]:
        """For each hash, the (work id, token position) pairs where it occurs; hashes with
        more than ``limit`` occurrences (phrases too common to locate anything) are left out."""
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        query = np.unique(np.asarray(hashes, dtype=np.int64))
        if query.size == 0:
            return {}
        for work_id in self.metas():
            work_hashes, positions = self._work_postings(work_id, kind)
            low = np.searchsorted(work_hashes, query, side="left")
            high = np.searchsorted(work_hashes, query, side="right")
            for k in np.nonzero(high > low)[0]:
                h = int(query[k])
                found[h].extend((work_id, int(p)) for p in positions[low[k]:high[k]])
        return {h: hits for h, hits in found.items() if limit is None or len(hits) <= limit}

    def total_tokens(self) -> int:
        return int(self._query("SELECT COALESCE(SUM(n_tokens), 0) FROM works")[0][0])

    def _work_postings(self, work_id: int, kind: str) -> tuple[np.ndarray, np.ndarray]:
        if (work_id, kind) not in self._postings:
            rows = self._query("SELECT postings FROM works WHERE id = ?", (work_id,))
            stem = self.path / POSTINGS_DIR / f"{rows[0][0]}.{kind}"
            try:
                self._postings[work_id, kind] = (np.load(f"{stem}.hash.npy", mmap_mode="r"),
                                                 np.load(f"{stem}.pos.npy", mmap_mode="r"))
            except (OSError, ValueError) as exc:
                raise QuotetraceError(self.path / POSTINGS_DIR, f"the index is damaged ({exc}); "
                                                                "delete the index directory and index again") from None
        return self._postings[work_id, kind]

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
                        document = read_work_file(path)
                    except QuotetraceError as exc:
                        report.skipped.append(str(exc))
                        continue
                    if slug in known:
                        self._delete(known[slug][0])
                    self._insert(slug, path, stat.st_size, stat.st_mtime_ns, sha, document,
                                 catalog.get(slug) or WorkMeta(slug=slug, title=title_from_slug(slug)))
                    (report.updated if old_sha else report.added).append(slug)
                self._refresh_metadata(catalog)
        except sqlite3.DatabaseError as exc:
            raise QuotetraceError(self.path / INDEX_FILE, f"could not update the index ({exc})") from None
        self._metas = self._surnames = None
        self._works.clear()
        self._postings.clear()
        self._remove_unreferenced_postings()
        return report

    def _delete(self, work_id: int) -> None:
        self._db.execute("DELETE FROM works WHERE id = ?", (work_id,))

    def _remove_unreferenced_postings(self) -> None:
        """Posting files of replaced works, or left by an interrupted update, are dropped."""
        folder = self.path / POSTINGS_DIR
        if not folder.is_dir():
            return
        current = {row[0] for row in self._query("SELECT postings FROM works")}
        for path in folder.iterdir():
            if path.name.split(".", 1)[0] not in current:
                path.unlink(missing_ok=True)

    def _insert(self, slug: str, path: Path, size: int, mtime_ns: int, sha: str, document: Document,
                meta: WorkMeta) -> None:
        text = document.text
        norms, starts, ends = tokenize_work(text)
        stem = f"{sha[:16]}-{slug}"
        shingles = shingle_hashes(norms, SHINGLE_SIZE)
        self._write_postings(stem, "shingle", shingles, np.arange(len(shingles), dtype=np.int32))
        self._write_postings(stem, "lemma", *content_lemma_hashes(norms))
        self._db.execute(
            "INSERT INTO works (slug, file, size, mtime_ns, sha256, title, author, translator, year, n_tokens, "
            "postings, pages, text, norms, starts, ends) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (slug, path.name, size, mtime_ns, sha, meta.title, meta.author, meta.translator, meta.year, len(norms),
             stem, json.dumps(work_pages(document)), zlib.compress(text.encode("utf-8")), zlib.compress("\n".join(norms).encode("utf-8")),
             zlib.compress(starts.tobytes()), zlib.compress(ends.tobytes())),
        )

    def _write_postings(self, stem: str, kind: str, hashes: np.ndarray, positions: np.ndarray) -> None:
        folder = self.path / POSTINGS_DIR
        folder.mkdir(exist_ok=True)
        order = np.argsort(hashes, kind="stable")
        for suffix, array in (("hash", hashes[order]), ("pos", positions[order])):
            temporary = folder / f".{stem}.{kind}.{suffix}.tmp.npy"
            np.save(temporary, array)
            temporary.replace(folder / f"{stem}.{kind}.{suffix}.npy")

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
        raise QuotetraceError(library_dir, "is not a folder; a library is a folder of works (.txt, .md, .html, .pdf, .epub, .docx)")
    if not library_files(library_dir):
        raise QuotetraceError(library_dir, "the library holds no works (.txt, .md, .html, .pdf, .epub or .docx files)")
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
