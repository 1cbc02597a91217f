"""Paraphrases, translations and editions: located by meaning when the wording differs."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotetrace
from quotetrace.library.catalog import WorkMeta
from quotetrace.readers import parse_document
from quotetrace.verdict import same_work


def filler(n: int, seed: str) -> str:
    return " ".join(f"{seed}{k}" for k in range(n))


FIRST = ("The wise ruler governs his passions before he presumes to govern the multitude, for a citizen who "
         "cannot master his anger will never master a kingdom.")
SECOND = ("The prudent ruler must first command his own passions before attempting to command the multitude; "
          "whoever cannot rule his anger shall not rule a kingdom.")


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("versions")
    (folder / "maxims-smith.txt").write_text(f"{filler(60, 'a')} {FIRST} {filler(60, 'b')}\n", encoding="utf-8")
    (folder / "maxims-jones.txt").write_text(f"{filler(60, 'c')} {SECOND} {filler(60, 'd')}\n", encoding="utf-8")
    (folder / "other-book.txt").write_text(f"{filler(80, 'e')} The harvest was late that year and the rivers "
                                           f"rose over the meadows. {filler(80, 'f')}\n", encoding="utf-8")
    (folder / "catalog.csv").write_text(
        "slug,title,author,translator,year\n"
        "maxims-smith,The Maxims,Ancient Sage,John Smith,-300\n"
        "maxims-jones,The Maxims,Ancient Sage,Mary Jones,-300\n"
        "other-book,A Country Year,Modern Writer,,1900\n", encoding="utf-8")
    return folder


def audit(text: str, library: Path, tmp_path: Path):
    report = quotetrace.check(parse_document(text, "doc.txt", "text"), library, index=tmp_path / "idx")
    return report.quotes[0]


def test_quotation_in_one_translation_names_the_version_it_follows(library, tmp_path):
    result = audit(f'The Sage said: "{FIRST}"', library, tmp_path)
    assert result.fidelity == "verbatim"
    assert result.source.meta.slug == "maxims-smith"
    assert [v.meta.slug for v in result.versions] == ["maxims-smith", "maxims-jones"]
    assert result.versions[0].wording == 1.0
    assert result.versions[1].meaning is not None and result.versions[1].meaning < 1.0


def test_reworded_passage_is_a_paraphrase_of_its_source(library, tmp_path):
    paraphrase = ('"Before presuming to govern the multitude, a ruler who is wise governs his own passions; a citizen '
                  'unable to master anger never masters any kingdom."')
    result = audit(paraphrase, library, tmp_path)
    assert result.fidelity == "paraphrase"
    assert result.source.meta.slug == "maxims-smith"
    assert result.similarity >= 0.6
    assert result.edits == ()


def test_unrelated_sentence_is_not_a_paraphrase(library, tmp_path):
    result = audit('"Every morning the baker sang loudly while the bread cooled on the windowsill."', library, tmp_path)
    assert result.fidelity == "unlocated"


def test_claimed_translator_that_the_words_do_not_follow(library, tmp_path):
    text = ("The Maxims\n\nby Ancient Sage\n\nTranslated by Mary Jones\n\nOxford 1901\n\n" + FIRST + "\n\n{end}\n")
    result = audit(text, library, tmp_path)
    assert result.attribution == "confirmed"
    flag = next(f for f in result.flags if f.flag == "translator_wrong")
    assert "Mary Jones" in flag.detail and "John Smith" in flag.detail


def test_versions_of_one_work():
    iliad_a = WorkMeta("iliad-a", "The Iliad", "Homer", "Samuel Butler", -750)
    iliad_b = WorkMeta("iliad-b", "The Iliad of Homer", "Homer", "Alexander Pope", -750)
    odyssey = WorkMeta("odyssey", "The Odyssey", "Homer", "Samuel Butler", -700)
    kjv = WorkMeta("kjv", "The Holy Bible, King James Version", "(Bible)", None, 1611)
    web = WorkMeta("web", "World English Bible", "(Bible)", None, 2020)
    assert same_work(iliad_a, iliad_b)
    assert not same_work(iliad_a, odyssey)
    assert same_work(kjv, web)
    assert not same_work(iliad_a, iliad_a)
