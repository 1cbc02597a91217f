"""Quotations without any mark, found by the library: through the public check, and the runs looked up."""

from __future__ import annotations

import quotetrace
from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.reuse import MIN_WORDS, compiler_runs
from quotetrace.speakers import QUOTED

SWIFT = ("I have been assured by a very knowing American of my acquaintance in London, that a young healthy child "
         "well nursed, is, at a year old, a most delicious nourishing and wholesome food, whether stewed, roasted, "
         "baked, or boiled; and I make no doubt that it will equally serve in a fricasie, or a ragoust.")
PAGE = (f"SWIFT/MP p. 7\n\n{SWIFT}\n\n"
        "Nobody who reads that sentence twice takes it for a recipe; the cold arithmetic is the point.\n\n"
        "Swift also speaks of food that is wholesome and nourishing, which is a phrase any cook might use.\n")


def test_a_passage_of_the_library_set_without_marks_is_a_quotation(small_library, tmp_path):
    document = parse_document(PAGE, "page.txt", "text")
    assert not [q for q in find_quotations(document) if q.quoted]  # no mark, no header the parser reads
    report = quotetrace.check(document, small_library, index=tmp_path / "idx")
    [result] = report.quotes
    assert result.quotation.kind == "unmarked"
    assert result.quotation.text == SWIFT
    assert result.source.meta.slug == "swift-modest-proposal" and result.fidelity == "verbatim"
    quoted = "".join(PAGE[s.start:s.end] for s in report.speakers if s.speaker == QUOTED)
    assert quoted == SWIFT  # the commentary, and the phrase it shares with the book, stay the compiler's


def test_the_runs_looked_up_leave_out_quotations_headers_and_short_stretches():
    text = ("Header line of a source with many words in it, a title and an author and more\n\n"
            "A short remark.\n\n"
            "Before the quote there are enough words to look up here, \"quoted words\" and after them more words "
            "again, enough of them to be looked up as well.")
    document = parse_document(text, "page.txt", "text")
    quotations = find_quotations(document)
    header = (0, text.index("\n\n"))
    runs = compiler_runs(text, quotations, [header])
    assert [text[s:e].strip('" ') for s, e in runs] == [
        "Before the quote there are enough words to look up here,",
        "and after them more words again, enough of them to be looked up as well."]
    assert all(len(text[s:e].split()) >= MIN_WORDS for s, e in runs)
    assert not any(s < header[1] for s, _ in runs)
    assert not any(s < q.end and q.start < e for s, e in runs for q in quotations)
    assert compiler_runs(text, quotations, [header], limit=1) == runs[:1]


def test_the_anchor_that_opens_an_unmarked_passage_is_its_page(small_library, tmp_path):
    page = f"MP, Dublin printing\n\n{{p. 7}} {SWIFT} ...\n\nThe arithmetic is the point.\n"
    report = quotetrace.check(parse_document(page, "page.txt", "text"), small_library, index=tmp_path / "idx")
    [result] = report.quotes
    assert result.quotation.text == f"{{p. 7}} {SWIFT} ..."  # the quoter's marks on the passage are part of it
    assert result.quotation.claim is not None and result.quotation.claim.page == "7"
    assert result.attribution == "unclaimed"  # a page is no source
    editorial = [page[s.start:s.end] for s in report.speakers if s.speaker == "editorial"]
    assert editorial == ["{p. 7}", "..."]


def test_an_unmarked_passage_takes_the_source_its_lead_in_names(small_library, tmp_path):
    page = f"Nobody has put it more coldly. Swift writes in A Modest Proposal:\n\n{SWIFT}\n\nThe arithmetic is the point.\n"
    report = quotetrace.check(parse_document(page, "page.txt", "text"), small_library, index=tmp_path / "idx")
    [result] = report.quotes
    claim = result.quotation.claim
    assert result.quotation.kind == "unmarked" and (claim.author, claim.title) == ("Swift", "A Modest Proposal")
    assert result.attribution == "confirmed"


def test_a_lead_in_that_names_only_the_work_gets_its_author_from_the_library(small_library, tmp_path):
    page = f"It is all there in A Modest Proposal, and it is colder than anyone remembers:\n\n{SWIFT}\n"
    report = quotetrace.check(parse_document(page, "page.txt", "text"), small_library, index=tmp_path / "idx")
    [result] = report.quotes
    claim = result.quotation.claim
    assert (claim.author, claim.title) == ("Jonathan Swift", "A Modest Proposal")

SWIFT_NEXT = ("I do therefore humbly offer it to publick consideration, that of the hundred and twenty thousand "
              "children, already computed, twenty thousand may be reserved for breed, whereof only one fourth part "
              "to be males.")


def test_an_unmarked_passage_goes_on_from_the_quotation_before_when_its_claim_names_the_work(small_library, tmp_path):
    page = (f"Swift writes in A Modest Proposal:\n\n{SWIFT}\n\n{SWIFT_NEXT}\n\n"
            f"Lincoln, in The Gettysburg Address:\n\nNothing here is a quotation of anything at all.\n")
    report = quotetrace.check(parse_document(page, "page.txt", "text"), small_library, index=tmp_path / "idx")
    first, second = (r.quotation for r in report.quotes)
    assert second.kind == "unmarked" and second.text.startswith("I do therefore")
    assert (second.claim.author, second.claim.title) == (first.claim.author, first.claim.title) == ("Swift", "A Modest Proposal")
