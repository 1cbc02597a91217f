"""The command line, end to end, through click's CliRunner: the example and bad inputs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrace.cli import main

GETTYSBURG = ("Four score and seven years ago our fathers brought forth upon this continent a new nation, "
              "conceived in liberty and dedicated to the proposition that all men are created equal.")


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def assert_one_line_error(result, *needles: str) -> None:
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0]


def digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def test_check_example_text_table(example_document, example_library, example_index):
    result = run("check", example_document, "--library", example_library, "--index", example_index)
    assert result.exit_code == 0, result.output
    assert "verbatim" in result.output and "altered" in result.output and "unlocated" in result.output
    assert "“ignores” for “knows”" in result.output


def test_check_example_json_matches_schema(example_document, example_library, example_index):
    result = run("check", example_document, "--library", example_library, "--index", example_index, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["schema"] == "quotetrace/report@1"
    text = report["document"]["text"]
    for quote in report["quotes"]:
        start, end = quote["span"]
        assert text[start:end] == quote["text"]
        assert quote["fidelity"] in {"verbatim", "faithful", "altered", "unlocated", "unaudited"}
        assert quote["attribution"] in {"confirmed", "wrong", "unclaimed", "unknown"}
        for edit in quote["edits"]:
            assert edit["op"] in {"elision", "interpolation", "omission", "insertion", "substitution", "variant"}
            qs, qe = edit["quote_span"]
            assert start <= qs <= qe <= end
            assert text[qs:qe] == edit["quote_text"]
        if quote["source"]:
            work = (example_library / f"{quote['source']['slug']}.txt").read_bytes().decode("utf-8")
            ss, se = quote["source"]["span"]
            assert work[ss:se] == quote["source"]["text"]
            for edit in quote["edits"]:
                if edit["source_span"]:
                    es, ee = edit["source_span"]
                    assert work[es:ee] == edit["source_text"]
    spans = report["attribution"]
    assert spans[0]["span"][0] == 0 and spans[-1]["span"][1] == len(text)
    assert all(a["span"][1] == b["span"][0] for a, b in zip(spans, spans[1:]))


def test_check_example_html_is_self_contained_and_escaped(tmp_path, example_document, example_library, example_index):
    out = tmp_path / "report.html"
    result = run("check", example_document, "--library", example_library, "--index", example_index,
                 "--format", "html", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert 'class="changed"' in html and "knows" in html


def test_html_escapes_document_and_library_text(tmp_path, small_library):
    document = tmp_path / "hostile.html"
    document.write_text(
        "<p>As Lincoln said, <q>Four score and seven years ago our fathers brought forth "
        "&lt;script&gt;alert(1)&lt;/script&gt; on this continent</q></p>", encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("check", document, "--library", small_library, "--index", tmp_path / "idx", "--format", "html", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_index_then_check_reuses_and_updates(tmp_path, small_library):
    index_dir = tmp_path / "idx"
    first = run("index", small_library, "--index", index_dir, "--format", "json")
    assert first.exit_code == 0
    summary = json.loads(first.output)
    assert sorted(summary["added"]) == ["gettysburg-address", "swift-modest-proposal"]
    again = json.loads(run("index", small_library, "--index", index_dir, "--format", "json").output)
    assert again["added"] == [] and again["unchanged"] == 2
    (small_library / "extra-work.txt").write_text("A wholly new work with some words in it.\n", encoding="utf-8")
    (small_library / "swift-modest-proposal.txt").unlink()
    third = json.loads(run("index", small_library, "--index", index_dir, "--format", "json").output)
    assert third["added"] == ["extra-work"] and third["removed"] == ["swift-modest-proposal"]
    assert third["unchanged"] == 1


def test_check_builds_a_missing_index(tmp_path, small_library):
    document = tmp_path / "doc.txt"
    document.write_text(f"Lincoln said: \"{GETTYSBURG}\"\n", encoding="utf-8")
    index_dir = tmp_path / "fresh-index"
    result = run("check", document, "--library", small_library, "--index", index_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    quote = json.loads(result.output)["quotes"][0]
    assert (quote["fidelity"], quote["attribution"], quote["source"]["slug"]) == ("verbatim", "confirmed", "gettysburg-address")
    assert (index_dir / "index.sqlite").exists()


def test_document_without_quotations_gives_an_empty_report(tmp_path, small_library):
    document = tmp_path / "plain.txt"
    document.write_text("Nothing is quoted in this short note.\n", encoding="utf-8")
    result = run("check", document, "--library", small_library, "--index", tmp_path / "idx", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["quotes"] == []
    assert report["attribution"] == [{"span": [0, len(report["document"]["text"])], "speaker": "compiler", "quote_id": None}]


@pytest.mark.parametrize("name,content,problem", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t\n", "empty"),
    ("binary.html", bytes(range(256)) * 20, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
])
def test_bad_documents(tmp_path, small_library, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("check", path, "--library", small_library, "--index", tmp_path / "idx")
    assert_one_line_error(result, name, problem)


def test_document_that_is_a_directory(tmp_path, small_library):
    assert_one_line_error(run("check", tmp_path, "--library", small_library), str(tmp_path), "directory")


def test_missing_and_empty_library(tmp_path):
    document = tmp_path / "doc.txt"
    document.write_text(f"\"{GETTYSBURG}\"", encoding="utf-8")
    assert_one_line_error(run("check", document, "--library", tmp_path / "nowhere"), "nowhere", "no such library")
    empty = tmp_path / "empty-library"
    empty.mkdir()
    assert_one_line_error(run("check", document, "--library", empty), "empty-library", "no works")
    assert_one_line_error(run("index", empty), "empty-library", "no works")


def test_library_of_unreadable_works_only(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    (library / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("index", library, "--index", tmp_path / "idx")
    assert_one_line_error(result, "lib", "no work", "broken.txt")


def test_corrupt_index_is_reported_and_left_alone(tmp_path, small_library):
    index_dir = tmp_path / "idx"
    index_dir.mkdir()
    (index_dir / "index.sqlite").write_bytes(b"this is not a database at all" * 40)
    before = digest(index_dir)
    document = tmp_path / "doc.txt"
    document.write_text(f"\"{GETTYSBURG}\"", encoding="utf-8")
    for args in (("index", small_library), ("check", document, "--library", small_library)):
        assert_one_line_error(run(*args, "--index", index_dir), "index.sqlite", "corrupt")
    assert digest(index_dir) == before


def test_bad_input_never_changes_an_existing_index(tmp_path, small_library):
    index_dir = tmp_path / "idx"
    assert run("index", small_library, "--index", index_dir).exit_code == 0
    before = digest(index_dir)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run("check", empty, "--library", small_library, "--index", index_dir), "empty")
    (small_library / "catalog.csv").write_text("title,author\nX,Y\n", encoding="utf-8")
    assert_one_line_error(run("index", small_library, "--index", index_dir), "catalog.csv", "slug")
    assert digest(index_dir) == before


def test_index_path_that_is_a_file(tmp_path, small_library):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    assert_one_line_error(run("index", small_library, "--index", not_a_dir), "file", "not an index directory")


def test_unwritable_output(tmp_path, small_library):
    document = tmp_path / "doc.txt"
    document.write_text(f"\"{GETTYSBURG}\"", encoding="utf-8")
    result = run("check", document, "--library", small_library, "--index", tmp_path / "idx",
                 "-o", tmp_path / "no-such-dir" / "out.txt")
    assert_one_line_error(result, "out.txt")


def test_latin1_document_is_decoded(tmp_path, small_library):
    document = tmp_path / "latin1.txt"
    document.write_bytes(("Café note. Lincoln said: \"" + GETTYSBURG + "\"").encode("latin-1"))
    result = run("check", document, "--library", small_library, "--index", tmp_path / "idx", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["document"]["text"].startswith("Café")
    assert report["quotes"][0]["fidelity"] == "verbatim"


def test_version_and_help():
    assert run("--version").exit_code == 0
    help_text = run("check", "--help").output
    assert "--library" in help_text and "--format" in help_text and "quotetrace check" in help_text


def test_unbalanced_marks_are_warnings_not_failures(tmp_path, small_library):
    document = tmp_path / "broken.txt"
    document.write_text(f"A Modest Proposal\n\nby Jonathan Swift\n\nDublin 1729\n\n{{p. 3 {GETTYSBURG} "
                        "and then a brace that never closes\n\n{end}\n", encoding="utf-8")
    result = run("check", document, "--library", small_library, "--index", tmp_path / "idx", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert any("unbalanced" in warning for warning in report["warnings"])
    text = run("check", document, "--library", small_library, "--index", tmp_path / "idx").output
    assert "warning: unbalanced" in text


def test_html_escapes_library_text(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    (library / "tricky.txt").write_text(
        "Before it. The <script>alert('work')</script> words of this odd little work are quoted here in full, "
        "with <b>markup</b> & ampersands. After it.\n", encoding="utf-8")
    document = tmp_path / "doc.txt"
    document.write_text('She wrote: "The words of this odd little work are quoted here in full, with markup and '
                        'ampersands."\n', encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("check", document, "--library", library, "--index", tmp_path / "idx", "--format", "html", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>" not in html
    source_column = html.split("Source</h3>", 1)[1].split("</div>", 1)[0]
    assert "&lt;" in source_column and "&amp; ampersands" in source_column


def test_a_claim_implied_by_the_section_is_marked_and_accuses_nobody(tmp_path, example_library, example_index):
    document = tmp_path / "notes.md"
    document.write_text(
        "# Notes on *On Liberty*\n\n## The tyranny of the majority\n\n"
        f"Then someone always quotes this: \"{GETTYSBURG}\"\n", encoding="utf-8")
    result = run("check", document, "--library", example_library, "--index", example_index, "--format", "json")
    assert result.exit_code == 0, result.output
    (quote,) = json.loads(result.output)["quotes"]
    assert quote["claimed"]["implied"] and quote["claimed"]["title"] == "On Liberty"
    assert quote["source"]["slug"] == "gettysburg-address"
    assert quote["attribution"] == "unclaimed"  # not "wrong": the page never said this line was Mill's
    html = tmp_path / "r.html"
    assert run("check", document, "--library", example_library, "--index", example_index, "--format", "html",
               "-o", html).exit_code == 0
    assert "implied: not named at the quotation" in html.read_text(encoding="utf-8")
