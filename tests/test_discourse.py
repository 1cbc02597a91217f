"""The page's cast: people and works named anywhere on the page complete a quotation's claim."""

from quotetrace.claims import Claim
from quotetrace.discourse import read_cast, resolve_claim


def test_a_surname_is_the_one_full_name_the_page_gives_it():
    cast = read_cast("In 1748 David Hume published the Enquiry. Hume writes that ...", [])
    assert resolve_claim(Claim(author="Hume"), cast).author == "David Hume"


def test_a_surname_shared_by_two_people_stays_as_written():
    cast = read_cast("Both Percy Shelley and Mary Shelley wrote in Geneva. Shelley says ...", [])
    assert resolve_claim(Claim(author="Shelley"), cast).author == "Shelley"


def test_a_capital_that_opens_a_sentence_is_no_first_name():
    cast = read_cast("Lincoln said it in 1858. Was Lincoln right? The house was divided.", [])
    assert resolve_claim(Claim(author="Lincoln"), cast).author == "Lincoln"


def test_an_authors_one_work_on_the_page_completes_a_claim_of_the_author():
    text = "Wilde's *The Picture of Dorian Gray* is full of epigrams. Wilde has Lord Henry say ..."
    cast = read_cast(text, [])
    assert resolve_claim(Claim(author="Wilde"), cast) == Claim(author="Wilde", title="The Picture of Dorian Gray")


def test_a_work_by_its_author_completes_a_claim_of_the_work():
    text = "We read *The Prince* by Niccolò Machiavelli this week."
    cast = read_cast(text, [])
    assert resolve_claim(Claim(title="The Prince"), cast).author == "Niccolò Machiavelli"


def test_two_works_of_an_author_leave_the_claim_without_a_work():
    text = "Wilde's *The Picture of Dorian Gray* and Wilde's *Salome* were both attacked."
    cast = read_cast(text, [])
    assert resolve_claim(Claim(author="Wilde"), cast).title is None


def test_a_character_named_with_a_possessive_is_no_author_of_the_work():
    text = "## Satan's voice in *Paradise Lost*\n\nMilton's Satan is the hero of the poem for some readers."
    cast = read_cast(text, [])
    assert resolve_claim(Claim(title="Paradise Lost"), cast).author is None


def test_a_header_claim_links_its_author_and_work():
    cast = read_cast("", [Claim(author="Edward Gibbon", title="The History of the Decline and Fall: Vol. I")])
    assert resolve_claim(Claim(author="Gibbon"), cast) == Claim(author="Edward Gibbon",
                                                                title="The History of the Decline and Fall")


def test_the_same_book_is_the_work_named_last_of_that_author():
    text = "Russell's *Roads to Freedom* came later. Darwin's *On the Origin of Species* (1859) was quick. Try"
    cast = read_cast(text, [])
    introduction = "If you want a real Darwin line, try the last sentence of the same book, which ends "
    assert resolve_claim(Claim(author="Darwin"), cast, introduction, len(text)).title == "On the Origin of Species"
    assert resolve_claim(None, cast, "the same book ends ", len(text)).title == "On the Origin of Species"
    assert resolve_claim(None, cast, "the same book ends ", text.index("Darwin")).title == "Roads to Freedom"


def test_a_page_about_one_work_lends_it_to_quotations_that_name_none():
    from quotetrace.discourse import with_main_work
    text = ("The joke is Mark Twain's, and it is older than the street. *The Adventures of Tom Sawyer* came out "
            "in 1876, and Twain never wrote a sunnier chapter. Tom has a bucket. Tom has a brush. Tom sits down. Ben comes by, and Tom does not look up. "
            "Later, Twain's *The American Claimant* says the opposite.")
    cast = read_cast(text, [])
    assert cast.main == "The Adventures of Tom Sawyer"
    claim = with_main_work(Claim(author="Tom"), cast)
    assert (claim.author, claim.title, claim.implied) == ("Mark Twain", "The Adventures of Tom Sawyer", True)
    assert with_main_work(Claim(author="Marla Dutton"), cast) == Claim(author="Marla Dutton")  # a person of the page
    assert with_main_work(Claim(author="Emerson"), cast) == Claim(author="Emerson")
    assert with_main_work(None, cast) == Claim(author="Mark Twain", title="The Adventures of Tom Sawyer", implied=True)
    assert with_main_work(Claim(title="Walden"), cast) == Claim(title="Walden")


def test_no_main_work_when_two_works_share_the_page():
    text = "*Walden* and *Civil Disobedience*: Walden, Civil Disobedience, Walden, Civil Disobedience."
    assert read_cast(text, []).main is None


def test_html_italics_are_titles_and_italic_sentences_are_not():
    from quotetrace.readers import parse_document
    document = parse_document("<p>We read <i>The Prince</i> by Niccolò Machiavelli.</p>"
                              "<p><i>Marcus Bell can be reached at mbell@example.org.</i></p>", "doc.html", "html")
    italics = [(r.start, r.end) for r in document.regions if r.kind == "italic"]
    cast = read_cast(document.text, [], italics)
    assert list(cast.titles.values()) == ["The Prince"]
    assert cast.author_of("The Prince") == "Niccolò Machiavelli"


def test_a_locator_or_a_language_read_as_a_title_is_no_title():
    cast = read_cast("Feste sings it (Act 2 Scene 4). Edgar answers in V.ii.", [])
    assert resolve_claim(Claim(author="Feste", title="Act"), cast).title is None
    assert resolve_claim(Claim(author="Edgar", title="V"), cast).title is None
    assert resolve_claim(Claim(author="Dami", title="French"), cast).title is None
    assert resolve_claim(Claim(title="Walden"), cast).title == "Walden"


def test_an_author_that_is_a_work_of_the_page_is_its_work():
    cast = read_cast("St. Augustine lost a friend; you can feel it in his *Confessions*.", [])
    assert resolve_claim(Claim(author="Confessions"), cast) == Claim(title="Confessions")


def test_a_book_with_its_verses_is_the_book():
    from quotetrace.claims import tidy_title
    assert tidy_title("Jonah 1:1-4, 1:17 and 2:1-10") == "Jonah"
    assert tidy_title("1 Kings 19:12") == "1 Kings"
    assert tidy_title("The Federalist No. 10") == "The Federalist No. 10"


def test_an_honorific_is_no_part_of_the_authors_name_and_a_bible_book_is_a_work():
    cast = read_cast("", [])
    assert resolve_claim(Claim(author="Sir Thomas More"), cast).author == "Thomas More"
    assert resolve_claim(Claim(author="the Rev. J. M. Rodwell"), cast).author == "J. M. Rodwell"
    assert resolve_claim(Claim(author="Sir Toby"), cast).author == "Sir Toby"  # a character's name
    assert resolve_claim(Claim(author="Genesis"), cast) == Claim(title="Genesis")
    assert resolve_claim(Claim(author="Job"), cast).author == "Job"


def test_a_header_label_read_as_a_title_is_no_title():
    cast = read_cast("", [])
    for label in ("Author", "Translation", "Source"):
        assert resolve_claim(Claim(author="Montaigne", title=label), cast).title is None


FRANKENSTEIN = ("Mary Shelley's *Frankenstein* gives the creature the best lines. Victor pleads with it:\n\n"
                "“Begone! I will not hear you. There can be no community between you and me.”\n\n"
                "The creature answers that it was benevolent once.")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(text.index("“") + 1, text.index("”"))]


def test_a_character_named_inside_the_quotations_gives_way_to_the_works_author():
    text = FRANKENSTEIN.replace("There can be", "Victor, there can be")
    cast = read_cast(text, [], quoted=_quoted(text))
    assert cast.is_character("Victor")
    assert resolve_claim(Claim(author="Victor", title="Frankenstein"), cast).author == "Mary Shelley"


def test_a_name_the_quotations_do_not_use_is_no_character():
    cast = read_cast(FRANKENSTEIN, [], quoted=_quoted(FRANKENSTEIN))
    assert not cast.is_character("Victor")
    assert resolve_claim(Claim(author="Victor", title="Frankenstein"), cast).author == "Victor"


def test_a_capitalised_word_the_page_also_writes_in_lower_case_is_nobodys_name():
    text = "Neither of them is right. I agree with neither. Hume, though, says it well."
    cast = read_cast(text, [])
    assert resolve_claim(Claim(author="Neither"), cast) == Claim()
    assert resolve_claim(Claim(author="greyfox"), cast).author == "greyfox"  # a poster's handle stays
    front = "---\ntags: [hume, reason]\n---\n\nHume says it well."
    assert resolve_claim(Claim(author="Hume"), read_cast(front, [])).author == "Hume"


def test_an_author_of_several_works_is_quoted_from_the_one_the_page_named_last():
    text = ("Dickens's *Oliver Twist* came first; Dickens's *Great Expectations* later. "
            "In the forge scene Dickens has Joe say it best: ")
    cast = read_cast(text, [])
    assert resolve_claim(Claim(author="Dickens"), cast, at=len(text)).title == "Great Expectations"
    assert resolve_claim(Claim(author="Dickens"), cast, at=text.index("came")).title == "Oliver Twist"
    assert resolve_claim(Claim(author="Hume"), cast, at=len(text)).title is None  # no work of his on the page


def test_an_author_speaking_through_a_character_is_the_author():
    assert resolve_claim(Claim(author="More's Raphael"), read_cast("", [])).author == "More"


def test_a_courtesy_title_and_a_surname_are_the_person_the_page_names_in_full():
    cast = read_cast("Emma Goldman spoke in Leeds in 1910. Miss Goldman was not impressed by the vote.", [])
    assert resolve_claim(Claim(author="Miss Goldman"), cast).author == "Emma Goldman"
    assert resolve_claim(Claim(author="Mr. Pumblechook"), cast).author == "Mr. Pumblechook"


def test_an_italic_label_is_no_work():
    text = "*Discuss:* is it clever? *Discuss:* is it true? *Discuss:* can it be both? Wilde says it."
    cast = read_cast(text, [])
    assert "discuss" not in cast.titles and resolve_claim(Claim(author="Wilde"), cast).title is None


def test_a_forum_user_box_or_a_contraction_is_nobodys_name():
    cast = read_cast("", [])
    assert resolve_claim(Claim(author="Junior Member Posts"), cast) == Claim()
    assert resolve_claim(Claim(author="I've"), cast) == Claim()
    assert resolve_claim(Claim(author="O'Brien"), cast).author == "O'Brien"


def test_a_title_pages_name_with_its_place_is_the_person():
    assert resolve_claim(Claim(author="Thomas Hobbes of Malmesbury"), read_cast("", [])).author == "Thomas Hobbes"
    assert resolve_claim(Claim(author="Wife of Bath"), read_cast("", [])).author == "Wife of Bath"


def test_a_character_with_no_work_named_is_quoted_from_the_work_the_page_named_last():
    text = ("Mary Shelley's *Frankenstein* gives the creature the best lines. Wilde's *Dorian Gray* came later. "
            "Back to *Frankenstein*: Victor pleads with it: “Begone, Victor is my name and I will not hear you.”")
    start = text.index("“") + 1
    cast = read_cast(text, [], quoted=[(start, text.index("”"))])
    assert resolve_claim(Claim(author="Victor"), cast, at=start) == Claim(author="Mary Shelley", title="Frankenstein")


def test_a_character_called_by_a_kinship_title_is_still_a_character():
    text = ("Dickens's *Great Expectations* has the best liar. Uncle Pumblechook asks about Miss Havisham: "
            "“Was anybody else there?” asked Mr. Pumblechook.")
    start = text.index("“") + 1
    cast = read_cast(text, [], quoted=[(start, len(text))])
    assert cast.is_character("Uncle Pumblechook")
    assert resolve_claim(Claim(author="Uncle Pumblechook"), cast, at=start) == \
        Claim(author="Dickens", title="Great Expectations")


def test_a_place_in_an_authors_work_is_no_title():
    cast = read_cast("Paine's *Rights of Man* answers Burke.", [])
    assert resolve_claim(Claim(author="Paine", title="Paine’s Part the First"), cast).title == "Rights of Man"
    assert resolve_claim(Claim(author="Paine", title="Paine's second part"), cast).title == "Rights of Man"


def test_a_work_the_page_title_opens_with():
    from quotetrace.discourse import _work_in_page_title
    assert _work_in_page_title("# Romeo and Juliet, Lesson 6: names and houses",
                               frozenset({"Romeo", "Juliet"})) == "Romeo and Juliet"
    assert _work_in_page_title("# Gibbon and Hume: belief on testimony", frozenset()) is None  # two authors
    assert _work_in_page_title("Quotes About Vanity and Self-Love", frozenset()) is None
    assert _work_in_page_title("Who writes a constitution?", frozenset()) is None


def test_a_person_the_main_works_title_names_did_not_write_it():
    from quotetrace.discourse import with_main_work
    cast = read_cast("", [])
    cast.main = "Romeo and Juliet"
    assert with_main_work(None, cast, page_person="Romeo") == Claim(title="Romeo and Juliet", implied=True)
    cast.main = "On the Origin of Species"
    assert with_main_work(None, cast, page_person="Darwin").author == "Darwin"


# --- the library's works as names ---------------------------------------------------

LIBRARY = [("The Tempest", "William Shakespeare"), ("Emma", "Jane Austen"), ("Moby-Dick; or, The Whale", "Herman Melville"),
           ("The Writings of Thomas Paine, Vol. 4 (1794-1796): The Age of Reason", "Thomas Paine")]


def test_the_names_a_page_gives_a_catalogued_title():
    from quotetrace.discourse import title_variants
    assert set(title_variants("Hamlet, Prince of Denmark")) == {"Hamlet, Prince of Denmark", "Hamlet"}
    assert set(title_variants("Moby-Dick; or, The Whale")) == {"Moby-Dick; or, The Whale", "Moby-Dick"}
    assert set(title_variants("The Tragedy of King Lear")) == {"The Tragedy of King Lear", "King Lear"}
    assert set(title_variants("The Writings of Thomas Paine, Vol. 4 (1794-1796): The Age of Reason")) == {"The Age of Reason"}


def test_a_work_of_the_library_named_plainly_completes_a_claim_of_its_author():
    text = ("Shakespeare wrote it late. Prospero's speech in The Tempest is the one everybody half remembers: "
            "\u201cWe are such stuff as dreams are made on.\u201d")
    without = resolve_claim(Claim(author="Shakespeare"), read_cast(text, []))
    with_library = resolve_claim(Claim(author="Shakespeare"), read_cast(text, [], library=LIBRARY))
    assert without.title is None
    # named, but not at the quotation; the author is named at it
    assert (with_library.title, with_library.implied, with_library.author_named) == ("The Tempest", True, True)


def test_a_name_inside_a_longer_name_or_a_word_the_page_writes_in_lower_case_names_no_work():
    from quotetrace.discourse import library_works_named
    assert library_works_named("Emma Woodhouse is handsome, clever, and rich.", LIBRARY, frozenset()) == []
    assert library_works_named("In Emma, Austen is at her sharpest.", LIBRARY, frozenset()) == [("Emma", "Jane Austen")]
    assert library_works_named("A tempest, The Tempestuous sea.", LIBRARY, frozenset({"tempest"})) == []
    # the author is linked only when the page names the author too
    assert library_works_named("Everyone quotes Moby-Dick badly.", LIBRARY, frozenset()) == [("Moby-Dick", None)]


def test_a_check_reads_the_page_with_the_names_of_its_librarys_works(small_library, tmp_path):
    import quotetrace
    from quotetrace.quotes import find_quotations
    from quotetrace.readers import parse_document
    text = ("Nothing in A Modest Proposal is as cold as its arithmetic. Swift writes that \"a young healthy child "
            "well nursed is at a year old a most delicious nourishing and wholesome food\".\n")
    document = parse_document(text, "doc.txt", "text")
    [alone] = [q for q in find_quotations(document) if q.quoted]
    [checked] = quotetrace.check(document, small_library, index=tmp_path / "idx").quotes
    assert alone.claim is None or alone.claim.title is None
    assert (checked.quotation.claim.author, checked.quotation.claim.title) == ("Swift", "A Modest Proposal")
