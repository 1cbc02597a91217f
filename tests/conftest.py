"""Shared fixtures: the shipped example and a private index for it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def example_library() -> Path:
    return EXAMPLES / "library"


@pytest.fixture(scope="session")
def example_document() -> Path:
    return EXAMPLES / "compilation.html"


@pytest.fixture(scope="session")
def example_index(tmp_path_factory, example_library) -> Path:
    """An index of the example library, built once for the session."""
    from quotetrace.library import open_library

    index_dir = tmp_path_factory.mktemp("index")
    index, _ = open_library(example_library, index_dir)
    index.close()
    return index_dir


@pytest.fixture()
def small_library(tmp_path, example_library) -> Path:
    """A writable two-work library (copies of example works) for tests that change it."""
    library = tmp_path / "library"
    library.mkdir()
    for slug in ("gettysburg-address", "swift-modest-proposal"):
        target = library / f"{slug}.txt"
        shutil.copyfile(example_library / f"{slug}.txt", target)
        target.chmod(0o644)
    (library / "catalog.csv").write_text(
        "slug,title,author,translator,year\n"
        "gettysburg-address,The Gettysburg Address,Abraham Lincoln,,1863\n"
        "swift-modest-proposal,A Modest Proposal,Jonathan Swift,,1729\n",
        encoding="utf-8",
    )
    return library
