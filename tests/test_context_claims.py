"""A claim completed by the work a check finds the quotation in, where the page names that work."""

from __future__ import annotations

import pytest

import quotetrace
from quotetrace.claims import Claim
from quotetrace.discourse import author_written, claim_from_source, name_written, page_words
from quotetrace.library import LibraryIndex
from quotetrace.library.catalog import WorkMeta
from quotetrace.readers import parse_document
from quotetrace.verdict import CONFIRMED, UNCLAIMED

SMITH = "An Inquiry into the Nature and Causes of the Wealth of Nations"
WEALTH = WorkMeta("smith-wealth-of-nations", SMITH, "Adam Smith")
MANIFESTO = WorkMeta("communist-manifesto", "Manifesto of the Communist Party", "Karl Marx; Friedrich Engels")
BARTLETT = WorkMeta("bartlett-familiar-quotations", "Familiar Quotations", "John Bartlett (compiler)")


def test_the_page_names_a_work_by_a_tail_of_its_catalogue_title():
    assert name_written(SMITH, "Smith's The Wealth of Nations came out in 1776.") == "The Wealth of Nations"
    assert name_written(SMITH, "Smith wrote about wealth and nations.") is None


def test_the_page_names_a_work_by_its_short_title():
    assert name_written("Hamlet, Prince of Denmark", "Act one of Hamlet opens at night.") == "Hamlet"


def test_the_author_the_page_writes_among_the_catalogues_authors():
    assert author_written("Karl Marx; Friedrich Engels", "as Engels put it") == "Friedrich Engels"
    assert author_written("Thomas Jefferson et al.", "Jefferson's draft") == "Thomas Jefferson"
    assert author_written("John Bartlett (compiler)", "Bartlett lists it") is None
    assert author_written("Adam Smith", "nobody is named here") is None


def test_an_unclaimed_quotation_takes_the_work_and_author_the_page_names():
    words = "Adam Smith and The Wealth of Nations, a year on. Here is a line: ..."
    claim = claim_from_source(None, WEALTH, words, consistent=False)
    assert (claim.author, claim.title, claim.implied) == ("Adam Smith", "The Wealth of Nations", True)


def test_a_page_that_names_neither_work_nor_author_claims_nothing():
    assert claim_from_source(None, WEALTH, "A line I like: ...", consistent=False) is None


def test_an_author_consistent_with_the_work_gets_the_page_name_of_the_work():
    words = "Smith's The Wealth of Nations. Smith says: ..."
    claim = claim_from_source(Claim(author="Smith"), WEALTH, words, consistent=True)
    assert (claim.author, claim.title, claim.implied) == ("Smith", "The Wealth of Nations", False)


def test_a_claim_at_odds_with_the_work_is_left_as_the_page_makes_it():
    claim = Claim(author="Karl Marx")
    words = "Marx, and The Wealth of Nations"
    assert claim_from_source(claim, WEALTH, words, consistent=False) is claim


def test_a_title_whose_author_the_page_never_names_claims_no_author():
    claim = Claim(title="The Communist Manifesto")
    words = "From the Manifesto of the Communist Party, 1848"
    assert claim_from_source(claim, MANIFESTO, words,
                             consistent=True) is claim


def test_a_book_of_quotations_completes_no_claim():
    words = "Familiar Quotations, and Shakespeare"
    assert claim_from_source(None, BARTLETT, words, consistent=False) is None


def test_names_inside_quotations_are_not_the_pages_own():
    assert "Smith" not in page_words('He wrote “as Adam Smith says” and went on.')


@pytest.fixture(scope="module")
def index(example_index):
    opened = LibraryIndex.open(example_index)
    yield opened
    opened.close()


def check(text: str, index: LibraryIndex):
    return quotetrace.check(parse_document(text, "page.md", "markdown"), index)


def test_a_check_reads_the_work_a_page_names_into_a_quotation_that_names_none(index):
    text = ("# Reading week\n\nOn the shelf this week: Paine's Common Sense and Lincoln's Gettysburg Address."
            "\n\nI still remember the first time I heard \"Four score and seven years ago, our fathers "
            "brought forth\" read aloud.\n")
    result = check(text, index).quotes[0]
    claim = result.quotation.claim
    assert (claim.author, claim.title, claim.implied) == ("Abraham Lincoln", "Gettysburg Address", True)
    assert result.attribution == CONFIRMED


def test_a_check_of_a_page_that_names_no_source_leaves_the_quotation_unclaimed(index):
    text = ("# A speech I like\n\nI still remember the first time I heard \"Four score and seven years ago, our "
            "fathers brought forth\" read aloud.\n")
    result = check(text, index).quotes[0]
    assert result.quotation.claim is None or result.quotation.claim.is_empty()
    assert result.attribution == UNCLAIMED


def test_the_page_names_a_work_in_its_own_case_and_without_its_article():
    assert name_written("Much Ado about Nothing", "Notes on Much Ado About Nothing for the exam") == \
        "Much Ado About Nothing"
    assert name_written("The Republic", "In Plato's Republic, Thrasymachus says") == "Republic"
    assert name_written("The Prince", "the prince said so") is None


def test_of_equally_good_sources_a_work_is_preferred_to_a_book_of_quotations():
    from dataclasses import dataclass

    from quotetrace.audit import prefer_claimed
    from quotetrace.quotes import Quotation

    @dataclass
    class Candidate:
        work: object

    @dataclass
    class Work:
        meta: WorkMeta

    tied = [Candidate(Work(BARTLETT)), Candidate(Work(WEALTH))]
    quotation = Quotation("q1", 0, 10, "some words", "inline", (), None, True)
    assert prefer_claimed(tied, quotation).work.meta is WEALTH


ESSAYS = ("THE ESSAYS\r\n\r\n\r\nOf Gardens\r\n\r\n\r\nGOD Almighty first planted a garden.\r\n\r\n\r\n"
          "Of Studies\r\n\r\n\r\nSTUDIES serve for delight, for ornament, and for ability. Crafty men contemn "
          "studies, simple men admire them, and wise men use them.\r\n")
BIBLE = "Proverbs 16:17\tThe highway of the upright is to depart from evil.\nProverbs 16:18\tPride goeth before destruction.\n"


def test_the_part_of_a_work_a_passage_stands_in():
    from quotetrace.discourse import parts_before
    assert parts_before(ESSAYS, ESSAYS.index("Crafty men")) == ("Of Studies",)
    assert parts_before(BIBLE, BIBLE.index("Pride goeth")) == ("Proverbs",)
    novel = "chapter text.\n\nHe took out his purse.\n\nLondon\n\nThe words go on here."
    assert parts_before(novel, novel.index("The words")) == ()  # (a sentence and a single word are no headings)


def test_a_check_claims_the_part_the_page_names_rather_than_the_book():
    from quotetrace.discourse import part_written
    essays = WorkMeta("bacon-essays", "The Essays or Counsels, Civil and Moral", "Francis Bacon")
    words = "Bacon's essay Of Studies is the one everyone half-remembers."
    claim = claim_from_source(None, essays, words, consistent=False, parts=("Of Studies",))
    assert (claim.author, claim.title) == ("Francis Bacon", "Of Studies")
    assert part_written("The Book of the Prophet Isaiah", "As Isaiah says") == "Isaiah"
    assert part_written("OF STUDIES", "in Of Studies, Bacon") == "Of Studies"


def test_a_character_of_the_work_is_no_library_author(index):
    from quotetrace.audit import is_character_of
    from quotetrace.claims import Claim as C
    text = "The Sisters.\n\n" + "filler words here. " * 50 + "Lucy said nothing. Four score and seven years ago."
    span = (text.index("Four score"), len(text))
    assert is_character_of(C(author="Lucy"), text, span, index)
    assert not is_character_of(C(author="Lucy", title="The Sisters"), text, span, index)  # (a work is named)
    assert not is_character_of(C(author="Einstein"), text, span, index)  # (not in the work)
    text_naming_an_author = text.replace("Lucy", "Paine")
    assert not is_character_of(C(author="Paine"), text_naming_an_author, span, index)  # (an author of the library)
