"""Verdicts (quotetrace.verdict) and the speaker map (quotetrace.speakers)."""

from __future__ import annotations

import pytest

from quotetrace.alignment import Edit
from quotetrace.claims import Claim
from quotetrace.library.catalog import WorkMeta
from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.speakers import COMPILER, EDITORIAL, QUOTED, speaker_map
from quotetrace.text import words
from quotetrace.verdict import (ALTERED, CONFIRMED, FAITHFUL, UNCLAIMED, UNKNOWN, VERBATIM, WRONG,
                                claim_matches, judge_attribution, judge_fidelity)

# --- hand-made edits ----------------------------------------------------------------

PAGE = Edit("interpolation", True, (0, 7), "{p. 21}", None, "", "page_anchor")
GLOSS = Edit("interpolation", True, (120, 136), "{i.e. the State}", None, "", "gloss")
SIC = Edit("interpolation", True, (140, 145), "[sic]", None, "", "sic")
ELISION_WITH_SOURCE = Edit("elision", True, (190, 193), "...", (500, 560),
                           "in the way of compulsion and control, whether the means used be")
ELISION_OF_NOTHING = Edit("elision", True, (190, 193), "...", None, "")
UNMARKED_OMISSION = Edit("omission", False, (210, 210), "", (600, 626), "either physical or moral")
UNMARKED_INSERTION = Edit("insertion", False, (220, 236), "truly and always", None, "")
UNMARKED_SUBSTITUTION = Edit("substitution", False, (250, 257), "ignores", (700, 705), "knows")
VARIANT = Edit("variant", True, (260, 266), "honour", (710, 715), "honor")


def test_no_edits_is_verbatim():
    assert judge_fidelity([]) == VERBATIM


def test_page_anchors_only_is_verbatim():
    assert judge_fidelity([PAGE]) == VERBATIM
    assert judge_fidelity([PAGE, Edit("interpolation", True, (300, 308), "{p. 22}", None, "",
                                      "page_anchor")]) == VERBATIM


def test_elision_standing_for_source_text_is_faithful():
    assert judge_fidelity([ELISION_WITH_SOURCE]) == FAITHFUL
    assert judge_fidelity([PAGE, ELISION_WITH_SOURCE]) == FAITHFUL


def test_elision_standing_for_nothing_leaves_the_words_verbatim():
    assert judge_fidelity([PAGE, ELISION_OF_NOTHING]) == VERBATIM


@pytest.mark.parametrize("edit", [UNMARKED_OMISSION, UNMARKED_INSERTION, UNMARKED_SUBSTITUTION])
def test_unmarked_substantive_change_is_altered(edit):
    assert judge_fidelity([edit]) == ALTERED
    # marks elsewhere do not excuse it
    assert judge_fidelity([PAGE, GLOSS, ELISION_WITH_SOURCE, VARIANT, edit]) == ALTERED


@pytest.mark.parametrize("edit", [GLOSS, SIC])
def test_marked_interpolation_is_faithful(edit):
    assert judge_fidelity([edit]) == FAITHFUL
    assert judge_fidelity([PAGE, edit]) == FAITHFUL


def test_variant_only_is_faithful():
    assert judge_fidelity([VARIANT]) == FAITHFUL


def test_interpolation_that_replaces_source_words_is_still_marked():
    # "{the State}" typed in place of "society": marked by the quoter, so not altered
    replacing = Edit("interpolation", True, (120, 131), "{the State}", (400, 407), "society", "gloss")
    assert judge_fidelity([replacing]) == FAITHFUL


# --- attribution ---------------------------------------------------------------------

ON_LIBERTY = WorkMeta("mill-on-liberty", "On Liberty", "John Stuart Mill", None, 1859)
UTILITARIANISM = WorkMeta("mill-utilitarianism", "Utilitarianism", "John Stuart Mill", None, 1863)
MANIFESTO = WorkMeta("communist-manifesto", "Manifesto of the Communist Party",
                     "Karl Marx; Friedrich Engels", "Samuel Moore", 1848)
MODEST = WorkMeta("swift-modest-proposal", "A Modest Proposal", "Jonathan Swift", None, 1729)


def test_no_claim_is_unclaimed():
    assert judge_attribution(None, ON_LIBERTY) == UNCLAIMED
    assert judge_attribution(None, None) == UNCLAIMED
    assert judge_attribution(Claim(), ON_LIBERTY) == UNCLAIMED
    assert judge_attribution(Claim(year="1869", page="21"), ON_LIBERTY) == UNCLAIMED


def test_claimed_but_not_found_is_unknown():
    assert judge_attribution(Claim(author="John Stuart Mill", title="On Liberty"), None) == UNKNOWN
    assert judge_attribution(Claim(author="Thomas Paine"), None) == UNKNOWN


def test_matching_title_is_confirmed():
    claim = Claim(author="John Stuart Mill", title="On Liberty", year="1869", page="21")
    assert judge_attribution(claim, ON_LIBERTY) == CONFIRMED
    assert judge_attribution(Claim(title="on liberty"), ON_LIBERTY) == CONFIRMED


def test_title_with_or_without_article_is_confirmed():
    assert judge_attribution(Claim(author="Swift", title="Modest Proposal"), MODEST) == CONFIRMED
    assert judge_attribution(Claim(title="A Modest Proposal"), MODEST) == CONFIRMED


def test_other_title_of_the_same_author_is_wrong():
    claim = Claim(author="John Stuart Mill", title="On Liberty")
    assert judge_attribution(claim, UTILITARIANISM) == WRONG
    assert judge_attribution(Claim(author="Mill", title="Utilitarianism"), ON_LIBERTY) == WRONG


def test_author_only_claim_matching_is_confirmed():
    assert judge_attribution(Claim(author="Mill"), UTILITARIANISM) == CONFIRMED
    assert judge_attribution(Claim(author="John Stuart Mill"), ON_LIBERTY) == CONFIRMED
    assert judge_attribution(Claim(author="Marx"), MANIFESTO) == CONFIRMED
    assert judge_attribution(Claim(author="Frederick Engels"), MANIFESTO) == CONFIRMED


def test_author_only_claim_of_another_author_is_wrong():
    assert judge_attribution(Claim(author="Thomas Paine"), ON_LIBERTY) == WRONG
    assert judge_attribution(Claim(author="Swift"), MANIFESTO) == WRONG


def test_author_only_claim_against_a_work_without_author_is_wrong():
    anonymous = WorkMeta("anon", "Some Pamphlet")
    assert not claim_matches(Claim(author="Mill"), anonymous)
    assert judge_attribution(Claim(author="Mill"), anonymous) == WRONG


def test_a_book_of_the_bible_is_a_part_of_the_bible():
    bible = WorkMeta("bible-kjv", "The King James Version of the Bible")
    text = "## Leviticus\n\nLeviticus 1:1\tAnd the LORD called unto Moses\n\n## Psalms\n\nPsalms 121:1\tI will lift up mine eyes\n"
    assert judge_attribution(Claim(title="Leviticus"), bible, text=text) == CONFIRMED
    assert judge_attribution(Claim(title="Psalm 121"), bible, text=text) == CONFIRMED
    assert judge_attribution(Claim(title="Ecclesiastes"), bible, text=text) == WRONG


def test_title_decides_over_author():
    # right author, wrong title: the title given is what the document claims
    assert not claim_matches(Claim(author="John Stuart Mill", title="Common Sense"), ON_LIBERTY)
    # wrong author, right title: still the claimed work
    assert claim_matches(Claim(author="Bentham", title="On Liberty"), ON_LIBERTY)


# --- speaker map ---------------------------------------------------------------------

DOCUMENT = """\
(1) Mill

I have often argued that this essay is quoted far more than it is read.

On Liberty

by John Stuart Mill

{p. 21} The object of this Essay is to assert one very simple principle, as entitled to govern absolutely the dealings of society {i.e. the State} with the individual ... That principle is [sic] self-protection.

His own good, either physical or moral, is not a sufficient {p. 22} warrant.

{end}

As Paine wrote in Common Sense, “Society in every state is a blessing, but government even in its best state is but a necessary evil”, and the so-called “freedom” follows.
"""


def _map():
    document = parse_document(DOCUMENT, "doc.txt", "text")
    found = find_quotations(document)
    return document.text, found, speaker_map(document.text, found)


def test_speaker_map_covers_the_text_without_gaps_or_overlaps():
    text, _, spans = _map()
    assert spans[0].start == 0
    assert spans[-1].end == len(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end == b.start
    assert all(s.start < s.end for s in spans)
    assert {s.speaker for s in spans} == {COMPILER, QUOTED, EDITORIAL}


def test_speaker_map_labels_every_mark_editorial():
    text, found, spans = _map()
    marks = [(q.id, m) for q in found for m in q.marks]
    # 2 page anchors, 1 gloss, 1 [sic], 1 elision in the excerpts; none in the inline quotations
    assert sorted(m.kind for _, m in marks) == ["elision", "interpolation", "page", "page", "sic"]
    editorial = [(s.quote_id, text[s.start:s.end]) for s in spans if s.speaker == EDITORIAL]
    assert sorted(editorial) == sorted((qid, m.text) for qid, m in marks)
    for qid, mark in marks:
        covering = [s for s in spans if s.start <= mark.start and mark.end <= s.end]
        assert len(covering) == 1 and covering[0].speaker == EDITORIAL and covering[0].quote_id == qid


def test_speaker_map_quoted_and_compiler_words():
    text, found, spans = _map()
    quoted = " ".join(text[s.start:s.end] for s in spans if s.speaker == QUOTED)
    compiler = " ".join(text[s.start:s.end] for s in spans if s.speaker == COMPILER)
    editorial = " ".join(text[s.start:s.end] for s in spans if s.speaker == EDITORIAL)
    assert "The object of this Essay" in quoted
    assert "Society in every state" in quoted
    assert "i.e. the State" in editorial and "i.e. the State" not in quoted
    assert "{p. 22}" in editorial
    for words_of_compiler in ("I have often argued", "by John Stuart Mill", "{end}", "As Paine wrote"):
        assert words_of_compiler in compiler
        assert words_of_compiler not in quoted
    # quoted spans belong to a quotation and lie inside it
    by_id = {q.id: q for q in found}
    for s in spans:
        if s.speaker in (QUOTED, EDITORIAL):
            q = by_id[s.quote_id]
            assert q.start <= s.start and s.end <= q.end
        else:
            assert s.quote_id is None


def test_speaker_map_of_text_without_quotations_is_one_compiler_span():
    text = "Nothing quoted here.\n"
    spans = speaker_map(text, [])
    assert [(s.start, s.end, s.speaker) for s in spans] == [(0, len(text), COMPILER)]
    assert speaker_map("", []) == []


def test_speaker_map_span_to_dict():
    text, _, spans = _map()
    data = spans[0].to_dict()
    assert data["span"] == [spans[0].start, spans[0].end]
    assert data["speaker"] == spans[0].speaker


# --- verdicts through the whole path, on a two-work library ------------------------------

MILL_TEXT = """\
The object of this Essay is to assert one very simple principle, as
entitled to govern absolutely the dealings of society with the
individual in the way of compulsion and control, whether the means used
be physical force in the form of legal penalties, or the moral coercion
of public opinion. That principle is, that the sole end for which
mankind are warranted, individually or collectively, in interfering with
the liberty of action of any of their number, is self-protection. That
the only purpose for which power can be rightfully exercised over any
member of a civilised community, against his will, is to prevent harm to
others. His own good, either physical or moral, is not a sufficient
warrant.
"""

PAINE_TEXT = """\
Society in every state is a blessing, but government even in its best
state is but a necessary evil; in its worst state an intolerable one.
"""

SOLE_END = ("the sole end for which mankind are warranted, individually or collectively, in "
            "interfering with the liberty of action of any of their number, is self-protection.")


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    from quotetrace.library import open_library

    folder = tmp_path_factory.mktemp("verdict-library")
    (folder / "on-liberty.txt").write_text(MILL_TEXT, encoding="utf-8")
    (folder / "common-sense.txt").write_text(PAINE_TEXT, encoding="utf-8")
    (folder / "catalog.csv").write_text(
        "slug,title,author,translator,year\n"
        "on-liberty,On Liberty,John Stuart Mill,,1859\n"
        "common-sense,Common Sense,Thomas Paine,,1776\n", encoding="utf-8")
    index, _ = open_library(folder, tmp_path_factory.mktemp("verdict-index"))
    yield index
    index.close()


def audit_one(index, text):
    from quotetrace.audit import audit_document

    report = audit_document(parse_document(text, "doc.txt", "text"), index)
    (result,) = [r for r in report.quotes if r.quotation.audited]
    return result


def test_end_to_end_verbatim_and_confirmed(small_index):
    result = audit_one(small_index, f"As Mill wrote in On Liberty, “{SOLE_END}”\n")
    assert (result.fidelity, result.attribution) == (VERBATIM, CONFIRMED)
    assert result.source.meta.slug == "on-liberty"


def test_end_to_end_verbatim_but_wrong_title(small_index):
    result = audit_one(small_index, f"As Paine wrote in Common Sense, “{SOLE_END}”\n")
    assert (result.fidelity, result.attribution) == (VERBATIM, WRONG)
    assert result.source.meta.slug == "on-liberty"


def test_end_to_end_unclaimed(small_index):
    result = audit_one(small_index, f"It is often said that “{SOLE_END}”\n")
    assert (result.fidelity, result.attribution) == (VERBATIM, UNCLAIMED)


def test_end_to_end_bracketed_replacement_word_is_faithful(small_index):
    quote = SOLE_END.replace("mankind", "[people]")
    result = audit_one(small_index, f"As Mill wrote in On Liberty, “{quote}”\n")
    assert result.fidelity == FAITHFUL
    (interpolation,) = [e for e in result.edits if e.op == "interpolation"]
    assert interpolation.quote_text == "[people]" and interpolation.source_text == "mankind"


def test_end_to_end_unmarked_word_change_is_altered(small_index):
    quote = SOLE_END.replace("self-protection", "self-interest")
    result = audit_one(small_index, f"As Mill wrote in On Liberty, “{quote}”\n")
    assert result.fidelity == ALTERED
    changed = [e for e in result.edits if e.op == "substitution"]
    assert [(e.quote_text, e.source_text) for e in changed] == [("self-interest", "self-protection")]


def test_end_to_end_marked_elision_is_faithful(small_index):
    quote = SOLE_END.replace("individually or collectively, in interfering with the liberty of action "
                             "of any of their number,", "...")
    result = audit_one(small_index, f"As Mill wrote in On Liberty, “{quote}”\n")
    assert result.fidelity == FAITHFUL
    (elision,) = [e for e in result.edits if e.op == "elision"]
    assert words(elision.source_text) == words("individually or collectively, in interfering with the "
                                               "liberty of action of any of their number")


def test_end_to_end_bracketed_capital_letter_is_not_an_alteration(small_index):
    quote = "[T]" + SOLE_END[1:]
    result = audit_one(small_index, f"As Mill wrote in On Liberty, “{quote}”\n")
    assert result.fidelity in (VERBATIM, FAITHFUL)
    assert not [e for e in result.edits if e.op == "substitution"]


def test_an_implied_claim_that_does_not_match_accuses_nobody():
    implied = Claim(author="Thomas Paine", title="Common Sense", implied=True)
    assert judge_attribution(implied, UTILITARIANISM) == UNCLAIMED
    assert judge_attribution(Claim(author="John Stuart Mill", title="On Liberty", implied=True), ON_LIBERTY) == CONFIRMED
    assert judge_attribution(Claim(author="John Stuart Mill", title="On Liberty"), UTILITARIANISM) == WRONG


def test_a_book_of_quotations_confirms_a_claim_it_names_but_refutes_none():
    bartlett = WorkMeta(slug="bartlett", title="Familiar Quotations", author="John Bartlett (compiler)")
    assert judge_attribution(Claim(author="Milton"), bartlett) == UNKNOWN  # Bartlett prints Milton's Lycidas
    assert judge_attribution(Claim(author="John Bartlett", title="Familiar Quotations"), bartlett) == CONFIRMED


def test_an_implied_work_of_the_right_author_confirms_the_author():
    # "Mill wrote: “…”" on a page whose one Mill work is On Liberty: the work is only read from the
    # page; the author is named, and right
    implied = Claim(author="John Stuart Mill", title="On Liberty", implied=True)
    assert judge_attribution(implied, UTILITARIANISM) == CONFIRMED
    # "Paine once observed: “…”" on a page that names Common Sense elsewhere, of Mill's words: the
    # work accuses nobody, the named author is wrong
    named = Claim(author="Thomas Paine", title="Common Sense", implied=True, author_named=True)
    assert judge_attribution(named, UTILITARIANISM) == WRONG


def test_a_speaker_named_in_the_source_scene_is_no_wrong_author():
    scene = "“You see, but you do not observe. The distinction is clear.” Holmes threw himself down into an armchair."
    doyle = WorkMeta(slug="doyle-adventures", title="The Adventures of Sherlock Holmes", author="Arthur Conan Doyle")
    assert judge_attribution(Claim(author="Holmes"), doyle, scene) == CONFIRMED
    assert judge_attribution(Claim(author="Albert Einstein"), doyle, scene) == WRONG
    assert judge_attribution(Claim(author="Holmes", title="Walden"), doyle, scene) == WRONG  # the work decides


def test_a_part_of_the_work_a_translator_and_an_author_read_as_a_title_are_no_wrong_attribution():
    essays = WorkMeta("bacon-essays", "The Essays or Counsels, Civil and Moral", "Francis Bacon")
    text = "OF TRUTH\n\nWhat is truth? said jesting Pilate.\n\nOF ANGER\n\nTo seek to extinguish anger utterly ...\n"
    assert judge_attribution(Claim(author="Francis Bacon", title="Of Anger"), essays, "", text) == CONFIRMED
    assert judge_attribution(Claim(author="Francis Bacon", title="Of Friendship"), essays, "", text) == WRONG
    art = WorkMeta("sun-tzu", "The Art of War", "Sun Tzu", "Lionel Giles")
    assert judge_attribution(Claim(author="Lionel Giles"), art) == CONFIRMED
    modest = WorkMeta("swift-modest", "A Modest Proposal", "Jonathan Swift")
    assert judge_attribution(Claim(title="Jonathan Swift"), modest) == CONFIRMED
