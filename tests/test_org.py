"""Org mode notes: quote and verse blocks are quotations, a property drawer names their source."""

from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.readers.org import org_regions, property_drawers

NOTES = """#+TITLE: Reading notes

* King Lear                                  :lear:
:PROPERTIES:
:AUTHOR:   William Shakespeare
:TITLE:    The Tragedy of King Lear
:EDITION:  Arden, 1997
:END:

** I.iv -- the curse
#+BEGIN_VERSE
{p. 214} How sharper than a serpent's tooth it is
To have a thankless child!
#+END_VERSE

Lear at his worst.

* Other things
#+begin_quote
Nothing will come of nothing.
#+end_quote

#+BEGIN_QUOTE
a block that never closes
"""


def test_quote_and_verse_blocks_are_blockquote_regions_and_an_unclosed_one_is_not():
    regions = org_regions(NOTES)
    assert [NOTES[r.start:r.end].split("\n")[-1] for r in regions] == ["To have a thankless child!",
                                                                      "Nothing will come of nothing."]
    assert all(r.kind == "blockquote" for r in regions)


def test_a_drawer_holds_for_its_section_and_its_subsections():
    [(start, end, properties)] = property_drawers(NOTES)
    assert NOTES[start:].startswith("* King Lear") and NOTES[end:].startswith("* Other things")
    assert properties["TITLE"] == "The Tragedy of King Lear"


def test_quotations_in_a_drawers_section_claim_its_source_and_the_page_that_opens_them():
    found = find_quotations(parse_document(NOTES, "notes.txt"))
    lear = next(q for q in found if "serpent" in q.text)
    assert (lear.claim.author, lear.claim.title, lear.claim.page) == \
        ("William Shakespeare", "The Tragedy of King Lear", "214")
    nothing = next(q for q in found if "Nothing will" in q.text)
    assert nothing.claim is None or nothing.claim.implied  # outside the section: no claim of its own


def test_a_logseq_page_holds_org_quote_blocks_in_its_outline():
    text = ("- Bacon, time = money #verified\n"
            "  source:: [[Francis Bacon]], \"Of Dispatch\", /Essays/\n"
            "  page:: 138\n"
            "\t- #+BEGIN_QUOTE\n"
            "\t  On the other side, true dispatch is a rich thing. For time is the measure of business, as money "
            "is of wares.\n"
            "\t  #+END_QUOTE\n"
            "\t- use for: the pricing page\n")
    document = parse_document(text, "swipe.md", "markdown")
    assert [(r.kind, text[r.start:r.start + 9]) for r in document.regions] == [("blockquote", "On the ot")]
    quoted = [q for q in find_quotations(document) if q.quoted]
    assert [(q.text[:9], q.claim.author, q.claim.page) for q in quoted] == [("On the ot", "Francis Bacon", "138")]
