"""Placement of quotations in the source: edges, order, and words dropped next to the edges."""

from __future__ import annotations

import quotetrace
from quotetrace.readers import parse_document

SOURCE = ("Some preface words go here before the passage begins in earnest. There are dangers, but they will all "
          "vanish if the importance of liberty is adequately acknowledged. In this as in nearly everything else, the "
          "road to all that is best is the road of freedom. After the passage comes more text of another kind.")


def audit(text: str, tmp_path):
    library = tmp_path / "lib"
    library.mkdir(exist_ok=True)
    (library / "roads.txt").write_text(SOURCE, encoding="utf-8")
    report = quotetrace.check(parse_document(text, "doc.txt", "text"), library, index=tmp_path / "idx")
    return report.quotes[0]


def test_words_dropped_right_after_the_first_quoted_word(tmp_path):
    result = audit('"There liberty is adequately acknowledged. In this as in nearly everything else"', tmp_path)
    assert result.fidelity == "altered"
    ops = [(e.op, e.marked) for e in result.edits]
    assert ops == [("omission", False)]
    assert " ".join(result.edits[0].source_text.split()) == "are dangers, but they will all vanish if the importance of"
    assert result.source.text.startswith("There")


def test_words_dropped_right_before_the_last_quoted_word(tmp_path):
    result = audit('"the importance of liberty is adequately acknowledged. In this as in nearly freedom"', tmp_path)
    assert [e.op for e in result.edits] == ["omission"]
    assert result.source.text.endswith("freedom")


def test_a_changed_first_word_stays_a_substitution(tmp_path):
    result = audit('"Here are dangers, but they will all vanish if the importance of liberty is adequately"', tmp_path)
    assert [(e.op, e.quote_text, e.source_text) for e in result.edits] == [("substitution", "Here", "There")]


def test_two_neighbouring_sentences_quoted_in_reverse_order(tmp_path):
    result = audit('"In this as in nearly everything else, the road to all that is best is the road of freedom. ... '
                   'There are dangers, but they will all vanish"', tmp_path)
    assert result.fidelity == "altered"
    assert "out_of_order" in {f.flag for f in result.flags}
    start, end = result.source.span
    assert start < end
