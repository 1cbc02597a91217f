"""Kindle's My Clippings: highlights are quotations of the book and page their header names."""

from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.readers.kindle import highlights

CLIPPINGS = """My highlights for the group.

==========
Sense and Sensibility (Jane Austen)
- Your Highlight on page 7 | Location 96-99 | Added on Saturday, 2 March 2024 22:41:07

She was generous, amiable, interesting: she was everything but prudent.
==========
Sense and Sensibility (Jane Austen)
- Your Note on page 7 | Location 99 | Added on Saturday, 2 March 2024 22:42:30

everything but prudent = the whole plot
==========
War and Peace (Tolstoy, Leo; Maude, Louise; Maude, Aylmer)
- Your Highlight at location 1200-1203 | Added on Monday, 4 March 2024 08:00:00

Well, Prince, so Genoa and Lucca are now just family estates of the Buonapartes.
==========
War and Peace (Tolstoy, Leo; Maude, Louise; Maude, Aylmer)
- Your Highlight at location 1300 | Added on Monday, 4 March 2024 08:01:00

<You have reached the clipping limit for this item>
==========
"""


def test_highlights_carry_book_author_translator_and_page_and_notes_are_the_readers():
    found = highlights(CLIPPINGS)
    assert [(c.title, c.authors, c.page) for c in found] == [
        ("Sense and Sensibility", ("Jane Austen",), "7"),
        ("War and Peace", ("Leo Tolstoy", "Louise Maude", "Aylmer Maude"), None)]


def test_each_highlight_is_a_quotation_claimed_from_its_book():
    quoted = [q for q in find_quotations(parse_document(CLIPPINGS, "My Clippings.txt")) if q.kind == "blockquote"]
    assert [(q.text[:8], q.claim.author, q.claim.title, q.claim.translator, q.claim.page) for q in quoted] == [
        ("She was ", "Jane Austen", "Sense and Sensibility", None, "7"),
        ("Well, Pr", "Leo Tolstoy", "War and Peace", "Louise Maude", None)]
