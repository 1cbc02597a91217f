"""One error type for everything a user can get wrong: it names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class QuotetraceError(Exception):
    """A problem with an input file, a library or an index, shown to the user as one line."""

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
