"""Meaning-risk flags, page checks and works found in several places, through quotetrace.check."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotetrace
from quotetrace.readers import parse_document


def filler(n: int, seed: str) -> str:
    """Words that share no 4-gram with anything else in these tests."""
    return " ".join(f"{seed}{k}" for k in range(n))


A = "The object of this inquiry is to show that the people are often wrong about the rulers they choose."
B = "I do not believe that any government can long endure when it despises the plain wishes of its citizens."
C = "Is it true that all men are wicked by nature and cannot be trusted with power? No. That is the slander of tyrants."
PAGED = ("{p. 1} " + filler(30, "pa") + " Liberty is the power of doing whatever does not injure another person, "
         "and its limits are fixed by the law alone. {p. 2} " + filler(30, "pb") +
         " A nation that trusts its government blindly has already surrendered half of its freedom to it. {p. 3} "
         + filler(30, "pc"))


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("flags-library")
    (folder / "essay.txt").write_text(f"{filler(50, 'x')} {A} {filler(20, 'y')} {B} {filler(700, 'z')} {C} "
                                      f"{filler(50, 'w')}\n", encoding="utf-8")
    (folder / "paged.txt").write_text(PAGED + "\n", encoding="utf-8")
    (folder / "catalog.csv").write_text("slug,title,author,translator,year\n"
                                        "essay,An Essay on Rulers,Jane Writer,,1850\n"
                                        "paged,Of Liberty and Law,John Pager,,1790\n", encoding="utf-8")
    return folder


def audit(text: str, library: Path, tmp_path: Path):
    report = quotetrace.check(parse_document(text, "doc.txt", "text"), library, index=tmp_path / "idx")
    assert report.quotes, "no quotation found"
    return report.quotes[0]


def flag_names(result) -> set[str]:
    return {f.flag for f in result.flags}


def test_dropped_negation_is_flagged(library, tmp_path):
    result = audit('She wrote: "I do believe that any government can long endure when it despises the plain '
                   'wishes of its citizens."', library, tmp_path)
    assert result.fidelity == "altered"
    assert "negation_removed" in flag_names(result)


def test_dropped_qualifier_is_flagged(library, tmp_path):
    result = audit('"the people are wrong about the rulers they choose"', library, tmp_path)
    assert result.fidelity == "altered"
    assert "qualifier_removed" in flag_names(result)


def test_replaced_qualifier_is_flagged(library, tmp_path):
    result = audit('"the people are always wrong about the rulers they choose"', library, tmp_path)
    assert result.fidelity == "altered"
    assert "qualifier_removed" in flag_names(result)
    assert any(e.op == "substitution" and e.quote_text == "always" and e.source_text == "often" for e in result.edits)


def test_words_slipped_in_without_brackets(library, tmp_path):
    result = audit('"the people are often wrong and foolish and wicked about the rulers they choose"', library, tmp_path)
    assert "interpolation_unmarked" in flag_names(result)
    assert not {"negation_removed", "qualifier_removed"} & flag_names(result)


def test_quotation_that_the_next_sentence_denies(library, tmp_path):
    result = audit('"all men are wicked by nature and cannot be trusted with power"', library, tmp_path)
    assert result.fidelity == "verbatim"
    assert "context_reversed" in flag_names(result)


def test_verbatim_quotation_has_no_flags(library, tmp_path):
    result = audit(f'"{B}"', library, tmp_path)
    assert result.fidelity == "verbatim" and result.flags == ()


def test_passages_far_apart_joined_by_an_elision(library, tmp_path):
    result = audit('"the people are often wrong about the rulers they choose ... all men are wicked by nature and '
                   'cannot be trusted with power"', library, tmp_path)
    assert result.fidelity == "faithful"
    assert "merged_passages" in flag_names(result)
    assert "out_of_order" not in flag_names(result)


def test_parts_quoted_in_another_order(library, tmp_path):
    result = audit('"any government can long endure when it despises the plain wishes of its citizens ... '
                   'the people are often wrong about the rulers they choose"', library, tmp_path)
    assert "out_of_order" in flag_names(result)
    assert result.source.meta.slug == "essay"


def test_page_of_a_paged_work_confirmed(library, tmp_path):
    text = ("Of Liberty and Law\n\nby John Pager\n\nLondon 1790\n\n{p. 2} A nation that trusts its government "
            "blindly has already surrendered half of its freedom to it.\n\n{end}\n")
    result = audit(text, library, tmp_path)
    assert result.attribution == "confirmed"
    assert result.source.page == "2"
    assert "page_wrong" not in flag_names(result)


def test_wrong_page_is_flagged_with_the_right_one(library, tmp_path):
    text = ("Of Liberty and Law\n\nby John Pager\n\nLondon 1790\n\n{p. 7} Liberty is the power of doing whatever "
            "does not injure another person, and its limits are fixed by the law alone.\n\n{end}\n")
    result = audit(text, library, tmp_path)
    assert result.source.page == "1"
    flag = next(f for f in result.flags if f.flag == "page_wrong")
    assert "p. 7" in flag.detail and "p. 1" in flag.detail


def test_page_markers_are_not_words_of_the_work(library, tmp_path):
    result = audit('"whatever does not injure another person, and its limits are fixed by the law alone"',
                   library, tmp_path)
    assert result.fidelity == "verbatim"


def test_passage_in_several_works_lists_them_earliest_first(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    line = "Whatever is worth doing at all is worth doing well, said the old gardener to his idle son."
    (folder / "later-anthology.txt").write_text(f"{filler(40, 'a')} {line} {filler(40, 'b')}", encoding="utf-8")
    (folder / "first-source.txt").write_text(f"{filler(40, 'c')} {line} {filler(40, 'd')}", encoding="utf-8")
    (folder / "catalog.csv").write_text("slug,title,author,translator,year\n"
                                        "later-anthology,Gems of Wisdom,Various,,1890\n"
                                        "first-source,Letters to His Son,Lord Chesterfield,,1746\n", encoding="utf-8")
    result = audit(f'"{line}"', folder, tmp_path)
    assert [m.slug for m in result.found_in] == ["first-source", "later-anthology"]
    assert result.original.slug == "first-source"
