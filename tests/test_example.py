"""The shipped example: examples/compilation.html against examples/library/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import quotetrace

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTED = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def index_path(tmp_path_factory):
    return tmp_path_factory.mktemp("index") / "idx"


@pytest.fixture(scope="module")
def report(index_path):
    return quotetrace.check(str(EXAMPLES / "compilation.html"), str(EXAMPLES / "library"), index=index_path)


def audited_results(report):
    return [r for r in report.quotes if r.quotation.audited]


@pytest.mark.parametrize("entry", EXPECTED, ids=[f"{e['case']}-{e['contains'][:30]}" for e in EXPECTED])
def test_expected_verdicts(report, entry):
    snippet = collapse(entry["contains"])
    holders = [r for r in audited_results(report) if snippet in collapse(r.quotation.text)]
    assert len(holders) == 1, [r.quotation.text[:60] for r in holders]
    (result,) = holders
    assert result.fidelity == entry["fidelity"]
    assert result.attribution == entry["attribution"]
    if entry["slug"] is None:
        assert result.source is None
    else:
        assert result.source is not None
        assert result.source.meta.slug == entry["slug"]


def test_every_located_source_span_holds_the_source_text(report):
    for result in report.quotes:
        if result.source is not None:
            start, end = result.source.span
            assert 0 <= start < end
            assert result.source.text.strip()


def test_scare_quote_is_listed_but_not_audited(report):
    html = (EXAMPLES / "compilation.html").read_text(encoding="utf-8")
    match = re.search(r"so-called “([^”]+)”", html)
    assert match is not None  # the example's scare quote
    scare = match.group(1)
    listed = [r for r in report.quotes if r.quotation.text == scare]
    assert len(listed) == 1
    (result,) = listed
    assert not result.quotation.audited
    assert result.fidelity == "unaudited"
    assert result.source is None


def test_each_expected_entry_is_a_different_quotation(report):
    ids = []
    for entry in EXPECTED:
        snippet = collapse(entry["contains"])
        ids += [r.quotation.id for r in report.quotes if snippet in collapse(r.quotation.text)]
    assert len(ids) == len(set(ids)) == len(EXPECTED)


def test_compiler_commentary_is_not_quoted(report):
    for result in report.quotes:
        text = result.quotation.text
        assert "I find it striking" not in text
        assert "{end}" not in text
        assert "by John Stuart Mill" not in text


def test_speaker_map_covers_the_document(report):
    spans = report.speakers
    assert spans[0].start == 0
    assert spans[-1].end == len(report.document.text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))


def test_index_is_written_where_asked(report, index_path):
    assert index_path.exists()
