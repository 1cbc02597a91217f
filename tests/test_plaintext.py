"""Bar-quoted blocks of plain text: ``| `` on every line sets another's words off, like ``>``."""

from quotetrace.quotes import find_quotations
from quotetrace.readers import parse_document
from quotetrace.readers.plaintext import bar_quote_regions

HANDOUT = """The Dhammapada
translated from the Pali by F. Max Muller
Clarendon Press, Oxford, 1881

| [p. 4] 3. "He abused me, he beat me, he defeated me, he robbed
| me,"--in those who harbour such thoughts hatred will never cease.
|
| 5. For hatred does not cease by hatred at any time: hatred ceases by
| love, this is an old rule.

The numbers are the verse numbers, not mine.

| Verse | Theme |
|-------|-------|
| 3 | hatred |
"""


def test_a_run_of_bar_lines_is_a_quote_block_and_a_table_is_not():
    [region] = bar_quote_regions(HANDOUT)
    assert HANDOUT[region.start:].startswith("| [p. 4]") and HANDOUT[:region.end].endswith("an old rule.")


def test_each_paragraph_of_a_bar_block_is_a_quotation_of_the_header_above_it():
    found = [q for q in find_quotations(parse_document(HANDOUT, "handout.txt")) if q.quoted]
    verses = [q for q in found if "hatred" in q.text]
    assert [q.text.split()[0] for q in verses] == ["[p.", "5."]
    assert verses[0].text.endswith("never cease.") and "\n| love" in verses[1].text  # the bar of a wrapped line is kept
    assert all((q.claim.title, q.claim.translator, q.claim.page) == ("The Dhammapada", "F. Max Muller", "4")
               for q in verses)
    assert not any("Verse" in q.text or "numbers" in q.text for q in found)
