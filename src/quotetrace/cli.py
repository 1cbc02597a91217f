"""The ``quotetrace`` command: a thin shell over :func:`quotetrace.check` and the index.

Every command shares the output options ``--format`` and ``-o/--output``.  Errors
are one line on standard error naming the file and the problem, with exit code 1;
set ``QUOTETRACE_DEBUG=1`` to see a traceback instead.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .audit import check as check_document
from .errors import QuotetraceError
from .library import open_library
from .report import render_html, render_json, render_text


def output_options(formats: tuple[str, ...]):
    """The output options every command shares."""
    def decorate(command):
        command = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                               help="Write the report to this file instead of standard output.")(command)
        command = click.option("--format", "fmt", type=click.Choice(formats), default=formats[0], show_default=True,
                               help="Report format.")(command)
        return command
    return decorate


def index_option(command):
    return click.option("--index", "index_dir", type=click.Path(file_okay=True, dir_okay=True),
                        help="Index directory (default: a per-user cache directory for this library).")(command)


def friendly_errors(command):
    """Turn every failure into one line and a non-zero exit code."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except QuotetraceError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the last guard before the user sees a traceback
            if os.environ.get("QUOTETRACE_DEBUG"):
                raise
            raise click.ClickException(f"unexpected {type(exc).__name__}: {exc} "
                                       "(set QUOTETRACE_DEBUG=1 for details and please report it)") from None
    return wrapper


def emit(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise QuotetraceError(output, f"cannot write the report ({exc.strerror or exc})") from None
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrace")
def main() -> None:
    """Audit the quotations of a document against a library of reference texts.

    \b
    quotetrace index examples/library
    quotetrace check examples/compilation.html --library examples/library
    """


@main.command()
@click.argument("library_dir", type=click.Path())
@index_option
@output_options(("text", "json"))
@friendly_errors
def index(library_dir: str, index_dir: str | None, fmt: str, output: str | None) -> None:
    """Build or update the index of LIBRARY_DIR (a folder of .txt, .md, .html, .pdf, .epub, .docx works).

    Only works whose files changed are read again.

    \b
    quotetrace index examples/library --index .quotetrace-index
    """
    opened, sync = open_library(library_dir, index_dir)
    try:
        works = len(opened.metas())
        summary = {"library": library_dir, "index": str(opened.path), "works": works, "added": sync.added,
                   "updated": sync.updated, "removed": sync.removed, "unchanged": len(sync.unchanged),
                   "skipped": sync.skipped}
    finally:
        opened.close()
    if fmt == "json":
        emit(json.dumps(summary, indent=2) + "\n", output)
        return
    lines = [f"indexed {works} works of {library_dir} in {summary['index']}: "
             f"{len(sync.added)} added, {len(sync.updated)} updated, {len(sync.removed)} removed, "
             f"{summary['unchanged']} unchanged"]
    lines += [f"skipped {problem}" for problem in sync.skipped]
    emit("\n".join(lines) + "\n", output)


@main.command()
@click.argument("document", type=click.Path())
@click.option("--library", "library_dir", required=True, type=click.Path(),
              help="Folder of reference works (with an optional catalog.csv).")
@index_option
@output_options(("text", "json", "html"))
@friendly_errors
def check(document: str, library_dir: str, index_dir: str | None, fmt: str, output: str | None) -> None:
    """Find, locate and judge every quotation in DOCUMENT (.txt, .md, .html, .pdf, .epub, .docx).

    The library is indexed first if it has no index yet, and re-indexed where it changed.

    \b
    quotetrace check examples/compilation.html --library examples/library
    quotetrace check page.html --library books/ --format html -o report.html
    quotetrace check essay.md --library books/ --format json | jq '.quotes[].fidelity'
    """
    report = check_document(document, library_dir, index_dir)
    if fmt == "json":
        emit(render_json(report), output)
    elif fmt == "html":
        emit(render_html(report), output)
    else:
        width = None if output else (None if sys.stdout.isatty() else 160)
        emit(render_text(report, width=width), output)
