"""``catalog.csv``: optional metadata for the works of a library folder."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import QuotetraceError
from ..readers.decode import decode_bytes

CATALOG_FILE = "catalog.csv"


@dataclass(frozen=True, slots=True)
class WorkMeta:
    """What is known about a work besides its text."""

    slug: str
    title: str
    author: str | None = None
    translator: str | None = None
    year: int | None = None

    @property
    def is_anthology(self) -> bool:
        """A book of quotations (a catalogue author marked "(compiler)"): it holds many authors' words."""
        return bool(self.author) and "(compiler)" in self.author

    def to_dict(self) -> dict:
        return asdict(self)


def title_from_slug(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").strip().title()


def read_catalog(library_dir: Path) -> dict[str, WorkMeta]:
    """Rows of ``catalog.csv`` keyed by slug; an absent catalogue is an empty one."""
    path = library_dir / CATALOG_FILE
    if not path.exists():
        return {}
    text = decode_bytes(path.read_bytes(), path)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "slug" not in reader.fieldnames:
        raise QuotetraceError(path, "catalog.csv needs a header row with at least a 'slug' column "
                                    "(columns: slug,title,author,translator,year)")
    catalog: dict[str, WorkMeta] = {}
    for row in reader:
        slug = (row.get("slug") or "").strip()
        if not slug:
            continue
        year_text = (row.get("year") or "").strip()
        try:
            year = int(year_text) if year_text else None
        except ValueError:
            year = None
        catalog[slug] = WorkMeta(
            slug=slug,
            title=(row.get("title") or "").strip() or title_from_slug(slug),
            author=(row.get("author") or "").strip() or None,
            translator=(row.get("translator") or "").strip() or None,
            year=year,
        )
    return catalog
