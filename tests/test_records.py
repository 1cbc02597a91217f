"""Metadata records (``Title: …`` lines, two-column tables) name the source of the quotations under them."""

from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.readers.records import field_records

NOTES = """---
title: "Children at large"
author: A. Reader
---

# Children at large

## 1. The fence

| | |
|---|---|
| Title | The Adventures of Tom Sawyer |
| Author | Mark Twain ("S. L. Clemens") |
| Chapter | II |

Tom gives up the brush at last:

> [p. 17] Tom gave up the brush with reluctance in his face, but alacrity in his heart.
>
> Tom said to himself that it was not such a hollow world, after all.

## 2. The moor

Title: Wuthering Heights
Author: Emily Brontë

> We ran from the top of the Heights to the park, without stopping.

## 3. Elsewhere

> Nothing will come of nothing.
"""


def test_records_are_read_from_tables_and_labelled_lines_but_not_from_front_matter():
    records = field_records(NOTES)
    assert [fields["TITLE"] for _, _, fields in records] == ["The Adventures of Tom Sawyer", "Wuthering Heights"]
    assert records[0][2]["AUTHOR"] == 'Mark Twain ("S. L. Clemens")'
    (start, end, _), (start2, end2, _) = records
    assert NOTES[start:].startswith("| Title") and NOTES[end:].startswith("## 2. The moor")
    assert NOTES[start2:].startswith("Title:") and NOTES[end2:].startswith("## 3. Elsewhere")


def test_one_labelled_line_is_no_record():
    assert field_records("Title: Walden\n\nSome text.\n") == []


def test_block_quotations_under_a_record_claim_its_work_and_author_not_the_character_named_before_them():
    found = find_quotations(parse_document(NOTES, "notes.md"))
    brush, hollow = (next(q for q in found if needle in q.text) for needle in ("the brush", "hollow world"))
    assert (brush.claim.author, brush.claim.title, brush.claim.page) == \
        ("Mark Twain", "The Adventures of Tom Sawyer", "17")
    # the block's second paragraph goes on from the page its first one reached
    assert (hollow.claim.author, hollow.claim.title, hollow.claim.page) == \
        ("Mark Twain", "The Adventures of Tom Sawyer", "17")
    moor = next(q for q in found if "the Heights" in q.text)
    assert (moor.claim.author, moor.claim.title) == ("Emily Brontë", "Wuthering Heights")
    nothing = next(q for q in found if "Nothing will" in q.text)
    assert nothing.claim is None or nothing.claim.title != "Wuthering Heights"


HANDOUT = """## Session 6: Engels on the family

Reading: Friedrich Engels, *The Origin of the Family, Private Property and the State*, chapter II. Bring a copy.

### Passage 1

> [p. 70] The downfall of maternal law was the historic defeat of the female sex.

## Session 7

> A line under another session.
"""


def test_a_handouts_reading_line_names_the_source_of_its_sessions_passages():
    [(start, end, fields)] = field_records(HANDOUT)
    assert HANDOUT[start:].startswith("Reading:") and HANDOUT[end:].startswith("## Session 7")
    found = find_quotations(parse_document(HANDOUT, "handout.md"))
    downfall = next(q for q in found if "downfall" in q.text)
    assert (downfall.claim.author, downfall.claim.title, downfall.claim.page) == \
        ("Friedrich Engels", "The Origin of the Family", "70")
    other = next(q for q in found if "another session" in q.text)
    assert other.claim is None or other.claim.author != "Friedrich Engels"


def test_logseq_properties_with_wiki_links_cite_the_source_of_the_block_under_them():
    text = ("- Emerson on waiting #verified\n"
            "  source:: [[Ralph Waldo Emerson]], \"Prudence\", [[Essays First Series]] (1841)\n"
            "  page:: 365\n"
            "\t- \"How much of human life is lost in waiting! let him not make his fellow-creatures wait.\"\n"
            "- The hare #verified\n"
            "  source:: Aesop's Fables, trans. George Fyler Townsend (1867)\n"
            "  page:: 41\n"
            "\t- \"The Tortoise never for a moment stopped, but went on with a slow but steady pace.\"\n")
    assert [fields for _, _, fields in field_records(text)] == [
        {"SOURCE": 'Ralph Waldo Emerson, "Prudence", Essays First Series (1841)', "PAGE": "365"},
        {"SOURCE": "Aesop's Fables, trans. George Fyler Townsend (1867)", "PAGE": "41"}]
    claims = [q.claim for q in find_quotations(parse_document(text, "notes.md", "markdown")) if q.quoted]
    assert [(c.title, c.translator, c.page) for c in claims] == [
        ("Prudence", None, "365"), ("Aesop's Fables", "George Fyler Townsend", "41")]
    assert claims[0].author == "Ralph Waldo Emerson"
