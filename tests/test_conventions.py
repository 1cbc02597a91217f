"""The conventions of annotated compilations and web pages, and bad input.

Each test states one rule of the shared annotated-compilations.md guide (or of the
issue "Who wrote every character") on a small document written for it, and checks who
wrote each character through the speaker map, rendered like the benchmark's gold
files: ``⟦quoted⟧``, ``⟨editorial⟩``, everything else the compiler's.
"""

from __future__ import annotations

import pytest

from quotetrace.quotes import document_warnings, find_quotations, parse_quotations
from quotetrace.readers import parse_document
from quotetrace.readers.html import HR_TEXT
from quotetrace.speakers import speaker_map


def analyse(text: str, fmt: str = "text"):
    path = {"text": "doc.txt", "html": "page.html", "markdown": "notes.md"}[fmt]
    document = parse_document(text, path, fmt)
    found = find_quotations(document)
    spans = speaker_map(document.text, found)
    # invariants of every result
    assert [q.id for q in found] == [f"q{n}" for n in range(1, len(found) + 1)]
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert q.text == document.text[q.start:q.end]
        assert all(q.start <= m.start < m.end <= q.end for m in q.marks)
    if document.text:
        assert spans[0].start == 0 and spans[-1].end == len(document.text)
        assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    return document, found, spans


def marked(text: str, fmt: str = "text") -> str:
    """The analysed text with the speaker map written in: ⟦quoted⟧ and ⟨editorial⟩."""
    document, _, spans = analyse(text, fmt)
    out = []
    for span in spans:
        piece = document.text[span.start:span.end]
        out.append({"quoted": f"⟦{piece}⟧", "editorial": f"⟨{piece}⟩"}.get(span.speaker, piece))
    return "".join(out).replace("⟧⟦", "")


def claims(text: str, fmt: str = "text"):
    _, found, _ = analyse(text, fmt)
    return [(q.claim.author, q.claim.title, q.claim.page) if q.claim else None for q in found if q.quoted]


HEADER = "On Liberty\nby John Stuart Mill\nLongmans, Green, London 1869\n\n"


# --- declared and inferred conventions -------------------------------------------------

def test_declared_braces_make_square_brackets_the_sources():
    text = ("My comments within quoted text are indicated {thus}.\n\n"
            "The Discourses of Epictetus\nTranslated by George Long\nGeorge Bell and Sons, London 1890\n\n"
            "{p. 381} In our power are opinion ([Greek: hupolaepsis]) and movement,[1] not the body "
            "{he means: as a possession} nor offices [magisterial power].\n\n{end}\n")
    out = marked(text)
    assert "⟨{p. 381}⟩⟦ In our power are opinion ([Greek: hupolaepsis]) and movement,[1] not the body ⟧" in out
    assert "⟨{he means: as a possession}⟩⟦ nor offices [magisterial power].⟧" in out
    conventions = parse_quotations(parse_document(text, "doc.txt", "text")).conventions
    assert (conventions.interpolation, conventions.declared) == ("braces", True)


@pytest.mark.parametrize("declaration", [
    "Square brackets inside the excerpts are mine.",
    "Below are both, with the square brackets mine: [p. 112] for page numbers, [i.e. ...] for explanations.",
    "My comments within quoted text are indicated [thus].",
])
def test_declared_square_brackets(declaration):
    text = (f"{declaration}\n\nCommon Sense\nby Thomas Paine\nPhiladelphia, 1776\n\n"
            "[p. 3] Society in every state is a blessing [i.e. a good], but government even in its best "
            "state is but a necessary evil [...] an intolerable one.\n\n==\n")
    out = marked(text)
    assert "⟨[p. 3]⟩⟦ Society in every state is a blessing ⟧⟨[i.e. a good]⟩" in out
    assert "⟨[...]⟩⟦ an intolerable one.⟧" in out
    conventions = parse_quotations(parse_document(text, "doc.txt", "text")).conventions
    assert conventions.interpolation == "brackets" and conventions.declared


def test_undeclared_page_brackets_from_a_translator_are_quoted():
    text = ("Here are the first lines, with Long's own parentheses left in:\n\n"
            "> Of things some are in our power. In our power are opinion ([Greek: hupolaepsis]),\n"
            "> movement towards a thing ([Greek: hormae]), and [...] desire.\n")
    out = marked(text, "markdown")
    assert "([Greek: hupolaepsis])" in out and "⟨[Greek" not in out
    assert "⟨[...]⟩" in out


def test_inferred_braces_convention():
    text = (HEADER + "{p. 21} The object {i.e. the State} of this Essay is to assert one simple principle "
            "{the harm principle}, as entitled to govern absolutely.\n\n{end}\n")
    conventions = parse_quotations(parse_document(text, "doc.txt", "text")).conventions
    assert conventions.interpolation == "braces" and not conventions.declared


def test_bare_numbers_in_brackets_are_page_anchors_when_they_run_as_a_sequence():
    text = ("Moby-Dick; or, The Whale\nHerman Melville\nHarper & Brothers, New York 1851\n\n"
            "[1] Call me Ishmael. Some years ago, never mind how long precisely, I thought I would sail "
            "about a little. [2] It is a way I have of driving off the spleen.\n\n"
            "Whenever I find myself growing grim about the mouth, I account it high time to get to sea. "
            "[3] This is my substitute for pistol and ball.\n\n* * *\n")
    _, found, _ = analyse(text)
    assert [q.claim.page for q in found] == ["1", "2"]
    assert [m.page for q in found for m in q.marks if m.kind == "page"] == ["1", "2", "3"]
    assert found[0].claim.author == "Herman Melville"  # an author line without "by"


def test_bare_numbers_out_of_sequence_are_the_sources_numbering():
    text = (HEADER + "Sect. [12] The great and chief end of men uniting into commonwealths is the "
            "preservation of their property. [4] To which in the state of nature there are many things wanting.\n\n"
            "{end}\n")
    out = marked(text)
    assert "⟨" not in out  # neither [12] nor [4] is a mark


def test_page_prefix_convention():
    text = ("Leviathan\nby Thomas Hobbes\nAndrew Crooke, London 1651\n\n"
            "p. 62 Whatsoever therefore is consequent to a time of Warre, where every man is Enemy to every man.\n\n"
            "p. 63 In such condition, there is no place for Industry; because the fruit thereof is uncertain.\n\n"
            "---\n")
    out = marked(text)
    assert "⟨p. 62⟩⟦ Whatsoever" in out and "⟨p. 63⟩⟦ In such condition" in out
    assert claims(text) == [("Thomas Hobbes", "Leviathan", "62"), ("Thomas Hobbes", "Leviathan", "63")]


def test_two_edition_anchors_and_pages_that_carry_over():
    text = ("The Conquest of Bread\nby Peter Kropotkin\nChapman and Hall, London 1906\n\n"
            "{hbk p. 3, pbk p. 5} Well-being for all is not a dream. It is possible, realizable, owing to all "
            "that our ancestors have done ... {hbk p. 4, pbk p. 6} ... to increase our powers of production.\n\n"
            "We know, indeed, that the producers even now produce such quantities of goods that comfort could "
            "be brought to every hearth.\n\n{end}\n")
    out = marked(text)
    assert "⟨{hbk p. 3, pbk p. 5}⟩" in out and "⟨...⟩⟦ ⟧⟨{hbk p. 4, pbk p. 6}⟩⟦ ⟧⟨...⟩" in out
    assert [c[2] for c in claims(text)] == ["3", "4"]  # the second paragraph continues on the hardback's p. 4


def test_full_stop_before_an_elision_is_the_authors():
    out = marked(HEADER + "{p. 21} His own good is not a sufficient warrant. ... Over himself, over his own "
                 "body and mind, the individual is sovereign.\n\n{end}\n")
    assert "sufficient warrant. ⟧⟨...⟩⟦ Over himself" in out


# --- structure of a compilation ---------------------------------------------------------

def test_elision_line_between_excerpt_paragraphs_is_an_elision_inside_the_excerpt():
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n...\n\n"
            "Over himself, over his own body and mind, the individual is sovereign.\n\n{end}\n\n"
            "I quote the last sentence because it is the one everybody remembers.\n")
    out = marked(text)
    assert "\n\n⟨...⟩\n\n" in out  # an editorial mark inside the excerpt (the gold files' ⟦⟨...⟩⟧)
    _, found, _ = analyse(text)
    assert [q.kind for q in found] == ["excerpt"] * 3 and not found[1].audited
    assert "⟦Over himself" in out and "I quote the last" in out and "⟦I quote" not in out


def test_elision_line_before_commentary_ends_the_excerpt():
    text = ("Walden\nby Henry David Thoreau\nTicknor and Fields, Boston 1854\n\n"
            "I went to the woods because I wished to live deliberately, to front only the essential facts.\n\n"
            "...\n\nThoreau is not recommending a retreat here; this passage is about attention.\n")
    out = marked(text)
    assert "⟨...⟩" not in out and "⟦Thoreau" not in out


def test_excursus_inside_an_excerpt_is_the_compilers_and_the_excerpt_resumes():
    text = ("Anarchism: What It Really Stands For\nby Emma Goldman\nMother Earth, New York 1910\n\n"
            "{p. 56} ANARCHISM: The philosophy of a new social order based on liberty unrestricted by man-made law.\n\n"
            "{excursus - start; by R. Compiler}\n\n"
            "Goldman's definition is worth reading twice. It does not say that people are good.\n\n"
            "{end of excursus}\n\n"
            "{p. 57} A thorough perusal of the history of human development will disclose two elements in conflict.\n\n"
            "{end}\n")
    out = marked(text)
    assert "⟦Goldman's" not in out and "{excursus" in out and "⟦{" not in out
    assert "⟨{p. 57}⟩⟦ A thorough perusal" in out
    assert [c[2] for c in claims(text)] == ["56", "57"]


@pytest.mark.parametrize("fence", [("{aside - begin}", "{aside - end}"), ("[digression]", "[end of digression]")])
def test_other_asides(fence):
    start, end = fence
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n"
            f"{start}\n\nMill wrote this in a hurry, I think.\n\n{end}\n\n"
            "{p. 22} That principle is, that the sole end is self-protection.\n\n{end}\n")
    out = marked(text)
    assert "⟦Mill wrote" not in out and "⟨{p. 22}⟩⟦ That principle" in out


def test_braced_remark_paragraph_is_the_compilers():
    out = marked(HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n"
                 "{Mill never defines harm in this chapter.}\n\n"
                 "It is, perhaps, hardly necessary to say that this doctrine is meant for grown men.\n\n{end}\n")
    assert "\n{Mill never defines harm in this chapter.}\n" in out
    assert "⟦It is, perhaps" in out


def test_signed_remark_paragraph_in_parentheses_is_the_compilers_and_the_excerpt_goes_on():
    out = marked(HEADER + "|21| The object of this Essay is to assert one very simple principle.\n\n"
                 "(Mill goes on for a page; I skip to the end. --H.Q.)\n\n"
                 "It is, perhaps, hardly necessary to say that this doctrine is meant for grown men.\n\n* * *\n")
    assert "\n(Mill goes on for a page; I skip to the end. --H.Q.)\n" in out
    assert "⟦It is, perhaps" in out


DOSSIER = """============================================================
ITEM 1
Source:    Rights of Man, Part the First (1791)
Author:    Thomas Paine
Edition:   The Writings of Thomas Paine, ed. M. D. Conway,
           G. P. Putnam's Sons, New York 1894, vol. II
------------------------------------------------------------
[*58] The French Constitution says that the right of war and peace is in the nation. Where else should it reside?
-- END OF ITEM 1 --

Paine is answering Burke here.

============================================================
ITEM 2
Source:    same work and edition as Item 1
------------------------------------------------------------
[*60] The French Constitution, therefore, to provide against both these evils, has taken away the power.
-- END OF ITEM 2 --
"""


def test_a_header_of_labelled_fields_between_rules_with_star_paging_and_end_lines():
    out = marked(DOSSIER)
    assert "⟨[*58]⟩⟦ The French Constitution says" in out and "reside?⟧\n-- END OF ITEM 1 --" in out
    assert "⟦Paine is answering" not in out and "⟨[*60]⟩⟦ The French" in out
    assert claims(DOSSIER) == [("Thomas Paine", "Rights of Man", "58"), ("Thomas Paine", "Rights of Man", "60")]


@pytest.mark.parametrize("line", ["Same essay, same edition", "Same play and edition, I.iii", "Same essay"])
def test_a_same_work_header_of_any_kind_goes_on_with_the_previous_source(line):
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n{end}\n\n"
            f"{line}\n\n{{p. 101}} He who lets the world choose his plan of life for him has no need of any other "
            "faculty than the ape-like one of imitation.\n\n{end}\n")
    assert claims(text)[-1] == ("John Stuart Mill", "On Liberty", "101")


READER = """READING 1

Thomas Paine
Rights of Man, Part the First (1791)
Third edition. London: J. S. Jordan, 1791, pp. 309-310

[p. 309] A constitution is not a thing in name only, but in fact. It has not an ideal, but a real
existence; and wherever it cannot be produced in a visible form, there is none.

POLS 232 Course Reader                                                 3

Reading 1 -- Paine, Rights of Man

A constitution is a thing antecedent to a government, and a government is only the creature of a
constitution.

* * *

Study questions follow.
"""


def test_a_dated_title_edition_line_and_running_heads_of_a_printed_reader():
    out = marked(READER)
    assert "\nPOLS 232 Course Reader" in out and "\nReading 1 -- Paine, Rights of Man\n" in out
    assert "⟦A constitution is a thing antecedent" in out and "⟦Study" not in out
    assert claims(READER) == [("Thomas Paine", "Rights of Man", "309"), ("Thomas Paine", "Rights of Man", "309")]


def test_a_pen_name_header_and_spaced_tildes_as_an_end_marker():
    text = ("The Federalist No. 51\n\n[James Madison], writing as Publius\n\n"
            "The Independent Journal, 6 February 1788\n\n"
            "<322> But the great security against a gradual concentration of the several powers in the same "
            "department consists in giving to those who administer each department the necessary means.\n\n"
            "~ ~ ~\n\nMadison trusts ambition to check ambition.\n")
    out = marked(text)
    assert "\n~ ~ ~\n" in out and "⟦Madison trusts" not in out
    assert claims(text) == [("James Madison", "The Federalist No. 51", "322")]


def test_a_same_book_header_goes_on_with_the_previous_source():
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n{end}\n\n"
            'Same book, chapter XII, "Ought Pledges to be Required from Members of Parliament?", pp. 70-71\n\n'
            "He who lets the world, or his own portion of it, choose his plan of life for him.\n\n{end}\n")
    assert "⟦He who lets" in marked(text)
    assert claims(text)[-1][:2] == ("John Stuart Mill", "On Liberty")


def test_news_byline_and_dateline_are_the_pages():
    html = ("<h1>Students read Lincoln's words aloud</h1>"
            "<p>Annual reading of the address draws its largest crowd</p>"
            "<p>By Jane Doe, Staff Writer &middot; Published Nov. 20, 2017</p>"
            "<p>MILLBROOK &mdash; More than two hundred people stood in the cold on the courthouse steps.</p>"
            "<p>&ldquo;We practiced it for three weeks,&rdquo; Whitfield said afterward. &ldquo;You think you "
            "know it.&rdquo;</p>")
    out = marked(html, "html")
    assert "⟦MILLBROOK" not in out and "⟦Annual" not in out
    assert "“⟦We practiced it for three weeks,⟧”" in out
    assert claims(html, "html") == [("Whitfield", None, None), ("Whitfield", None, None)]


@pytest.mark.parametrize("line", ["Compiled by L. Achterberg, 5 May 2009",
                                  "R. Halloway, May 7, 2006; update August 26, 2009",
                                  "Posted by Hannah Reyes on April 3, 2019 in Books",
                                  "By Grace Adeyemi-Hart\nPublished 14 May 2024"])
def test_the_pages_own_title_block_is_no_header(line):
    text = f"Notes on liberty\n{line}\n\nSome of the most famous sayings reach us only at second hand, so I quote them.\n"
    _, found, _ = analyse(text)
    assert found == []


def test_a_sources_first_publication_day_is_no_page_date():
    text = ("The Federalist, No. 51\nby James Madison\nfirst published February 8, 1788\n\n"
            "Ambition must be made to counteract ambition. If men were angels, no government would be necessary.\n")
    assert claims(text) == [("James Madison", "The Federalist, No. 51", None)]


def test_title_block_table_of_contents_and_heading_above_a_header():
    text = ("ESSAYS ON SOLITUDE\nA reading list, assembled by K. Ferrante (2012)\n\n"
            "Montaigne on solitude\nThoreau on the woods\n\n"
            "Epictetus on what is ours\n\n"
            "The Discourses of Epictetus\nTranslated by George Long\nGeorge Bell and Sons, London 1890\n\n"
            "Of things some are in our power, and others are not.\n")
    assert claims(text) == [("Epictetus", "The Discourses of Epictetus", None)]


def test_unknown_short_line_inside_a_header_is_tolerated():
    text = ("The Life of Samuel Johnson, LL.D.\nby James Boswell\nabridged and edited by Charles Grosvenor Osgood\n"
            "and a short line nobody can classify\nCharles Scribner's Sons, New York 1917\n\n"
            "{p. 139} Next day, Sunday, July 31, I told him I had been that morning at a meeting of the Quakers. "
            "JOHNSON. 'Sir, a woman's preaching is like a dog's walking on his hinder legs.'\n\n==\n")
    _, found, _ = analyse(text)
    (q,) = found
    assert q.kind == "excerpt" and "'Sir, a woman" in q.text  # the inner quotation belongs to the excerpt
    assert (q.claim.author, q.claim.title, q.claim.page) == ("James Boswell", "The Life of Samuel Johnson, LL.D.",
                                                             "139")


def test_header_glued_to_its_excerpt():
    text = ("Reflections on the Revolution in France\nby Edmund Burke\n"
            "Society is, indeed, a contract. Subordinate contracts for objects of mere occasional interest may "
            "be dissolved at pleasure.\n\nBurke's contract binds the dead and the unborn, which is the point.\n")
    out = marked(text)
    assert "by Edmund Burke\n⟦Society is, indeed" in out and "⟦Burke's" not in out


def test_verse_line_starting_with_by_is_no_header():
    text = ("Psalms\nby David\nKing James Version, London 1611\n\n"
            "By the rivers of Babylon\nthere we sat down\n\nyea, we wept, when we remembered Zion.\n\n==\n")
    assert claims(text) == [("David", "Psalms", None), ("David", "Psalms", None)]


# --- the compiler's voice, on a page without end markers ---------------------------------

NO_MARKERS = """\
(1) Tocqueville: the tyranny of opinion

Democracy in America, Volume 1
by Alexis de Tocqueville
Translated by Henry Reeve
Saunders and Otley, London 1835

In America the majority raises very formidable barriers to the liberty of opinion: within these barriers an author may write whatever he pleases.

I know no country in which there is so little true independence of mind and freedom of discussion as in America.

What Tocqueville describes is the mechanism Madison did not provide against.

(2) Smith: the invisible hand

An Inquiry into the Nature and Causes of the Wealth of Nations
by Adam Smith

He generally, indeed, neither intends to promote the public interest, nor knows how much he is promoting it.

I have heard this passage read out at business dinners as if it were a toast.

(3) Franklin on order

The Autobiography of Benjamin Franklin
by Benjamin Franklin

My scheme of ORDER gave me the most trouble; I found it was not possible to be exactly observed by a master.

In truth, I found myself incorrigible with respect to Order; and now I am grown old, I feel the want of it.

The irony is that the man who invented a virtue chart could not keep one of the virtues on it.
"""


def test_excerpt_paragraph_opening_with_i_is_kept():
    out = marked(NO_MARKERS)
    assert "⟦I know no country" in out


@pytest.mark.parametrize("commentary", [
    "What Tocqueville describes",                 # the author by name, in the third person
    "I have heard this passage",                  # first person, about "this passage"
    "The irony is that the man",                  # an evaluative opener after a first-person excerpt
])
def test_commentary_ends_an_excerpt_without_end_markers(commentary):
    out = marked(NO_MARKERS)
    assert commentary in out and f"⟦{commentary}" not in out


# --- quotations outside excerpts -----------------------------------------------------------

def test_hr_is_an_end_marker():
    html = ("<p><b>Rights of Man</b><br>by Thomas Paine<br>J. S. Jordan, London 1791</p>"
            "<p>[p. 26] He pities the plumage, but forgets the dying bird.</p><hr>"
            "<p>Paine's reply is unfair to Burke in one respect only, which I will come to.</p>")
    document, _, _ = analyse(html, "html")
    assert f"\n\n{HR_TEXT}\n\n" in document.text
    out = marked(html, "html")
    assert "⟦ He pities the plumage, but forgets the dying bird.⟧" in out and "⟦Paine's" not in out


def test_three_words_in_quotes_are_a_quotation_unless_an_idiom_of_function_words():
    text = ('Oliver is "a parish child" from his first page; the moral is "know your enemy", what is "up to us".\n')
    _, found, _ = analyse(text)
    assert [(q.text, q.kind) for q in found] == [("a parish child", "inline"), ("know your enemy", "scare"),
                                                 ("up to us", "scare")]


def test_one_word_in_quotes_is_a_mention_unless_it_is_an_utterance():
    text = ('Nietzsche\'s word is "overman", and Mill\'s is "liberty". The dog asks only "Why?" and goes.\n')
    _, found, _ = analyse(text)
    assert [(q.text, q.kind) for q in found] == [("overman", "scare"), ("liberty", "scare"), ("Why?", "inline")]


def test_scare_quotes_and_titles_are_listed_but_the_compilers():
    text = ('Emerson\'s essay "Self-Reliance" makes the same complaint, and the "experts" agree; but, as Mill '
            'wrote, "the despotism of custom is everywhere the standing hindrance to human advancement".\n')
    _, found, _ = analyse(text)
    assert [(q.text, q.kind, q.audited) for q in found[:2]] == [("Self-Reliance", "title", False),
                                                                ("experts", "scare", False)]
    out = marked(text)
    assert '"Self-Reliance"' in out and '"experts"' in out
    assert '"⟦the despotism of custom' in out


def test_a_phrase_quoted_as_someones_words_is_a_quotation():
    out = marked('Nothing in it addresses what Mill calls "the despotism of custom", nor his "dangerous vice".\n')
    assert "⟦the despotism of custom⟧" in out and "⟦dangerous vice⟧" in out


def test_single_quotes_told_from_apostrophes():
    text = ("He kept coming back to 'all men are created equal' in every speech. The students' copies "
            "were Long's, and ‘Short enough to learn’ was the headline; don't read the 'rest' of it.\n")
    _, found, _ = analyse(text)
    assert [q.text for q in found if q.quoted] == ["all men are created equal", "Short enough to learn"]


def test_forum_quote_blocks():
    text = ("Quote from: dixie_historian on March 3, 2011, 08:02:55 PM\n"
            "Lincoln never said he wanted to end slavery.\n\n"
            "stoa_reader wrote:\n\nLong's version is the one to avoid. It reads like a sermon.\n\n"
            "Thats just not true imo.\n")
    _, found, _ = analyse(text)
    assert [(q.kind, q.text, q.claim.author) for q in found] == [
        ("blockquote", "Lincoln never said he wanted to end slavery.", "dixie_historian"),
        ("blockquote", "Long's version is the one to avoid. It reads like a sermon.", "stoa_reader")]


def test_indented_block_quotation_after_a_colon():
    text = ("His conclusion is stated with unusual force:\n\n"
            "    Protection, therefore, against the tyranny of the magistrate is not enough: there needs\n"
            "    protection also against the tyranny of the prevailing opinion. (Mill 1859, p. 9)\n\n"
            "Tocqueville had made the same observation.\n")
    _, found, _ = analyse(text)
    (q,) = found
    assert q.kind == "blockquote" and q.text.startswith("Protection") and q.text.endswith("opinion.")
    assert (q.claim.author, q.claim.page) == ("Mill", "9")


def test_markdown_callout_is_not_a_quotation():
    text = ("> **Note:** I use George Long's translations throughout.\n\n"
            "> [!NOTE]\n> These notes follow the Loeb text.\n\n"
            "> Continue to act thus, my dear Lucilius, and set yourself free for your own sake.\n")
    _, found, _ = analyse(text, "markdown")
    assert [q.text[:8] for q in found] == ["Continue"]


# --- claims ----------------------------------------------------------------------------------

def test_citations_ibid_and_bare_pages():
    text = ('Mill calls it "more formidable than many kinds of political oppression" (Mill 1859, p. 9), since it '
            'leaves "fewer means of escape, penetrating much more deeply" (ibid.). Tocqueville says so too: '
            '"I know no country with so little independence of mind" (Tocqueville 1835, p. 254). The dissenter '
            'is isolated: "he is tormented by the slights of daily obloquy" (p. 255).\n')
    assert claims(text) == [("Mill", None, "9"), ("Mill", None, "9"), ("Tocqueville", None, "254"),
                            ("Tocqueville", None, "255")]


def test_a_citation_at_the_end_of_the_sentence_covers_its_quotations():
    text = ('Madison opens by promising a cure for "the violence of faction", which he calls a "dangerous vice" '
            'of popular governments (Madison 1787).\n')
    assert [c[0] for c in claims(text)] == ["Madison", "Madison"]


def test_claims_from_the_sentence_around_a_quotation():
    text = ('Epictetus says in the *Discourses* that education is learning "to distinguish that of things '
            'some are in our power".\n\n'
            'Lincoln himself said in the Cooper Union speech that the founders "marked it as an evil not to be '
            'extended".\n\n'
            'Yes the Greeley letter says "If I could save the Union without freeing any slave, I would do it".\n\n'
            '"We were astonished when it turned up in the book drop," said librarian Tom Hale.\n\n'
            'County commissioner Linda Okonkwo attended. "It is the one night a year when nobody argues," she said.\n')
    assert claims(text, "markdown") == [
        ("Epictetus", "Discourses", None), ("Lincoln", "Cooper Union speech", None),
        ("Lincoln", "Greeley letter", None), ("Tom Hale", None, None), ("Linda Okonkwo", None, None)]


def test_a_version_is_no_title_and_the_section_heading_names_the_author():
    text = ("## 2. Marcus Aurelius: the morning exercise\n\n"
            "The opening of Book II, in Long's version:\n\n"
            "> Begin the morning by saying to thyself, I shall meet with the busybody.\n\n"
            '- "The universe is transformation: life is opinion." (*Meditations* IV.3)\n')
    assert claims(text, "markdown") == [("Marcus Aurelius", None, None), ("Marcus Aurelius", "Meditations", None)]


def test_translator_only_header_takes_the_author_from_the_section_heading():
    text = ("(2) Marcus Aurelius, Book II, 1\n\n"
            "The Thoughts of the Emperor\nTranslated by George Long\nfirst published 1862\n\n"
            "Begin the morning by saying to thyself, I shall meet with the busybody, the ungrateful.\n\n{end}\n\n"
            "(3) The gate of Hell, Inferno III\n\n"
            "The Divine Comedy: Inferno\nTranslated by Henry Wadsworth Longfellow\nBoston 1867\n\n"
            "Through me the way is to the city dolent; through me the way is to eternal dole.\n\n{end}\n")
    assert claims(text) == [("Marcus Aurelius", "The Thoughts of the Emperor", None),
                            (None, "The Divine Comedy: Inferno", None)]


def test_author_line_without_by_under_the_title():
    text = "Common Sense\nThomas Paine\nPhiladelphia, 1776\n\n[p. 3] Society in every state is a blessing.\n\n==\n"
    assert claims(text) == [("Thomas Paine", "Common Sense", "3")]


# --- bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("html", [
    "<p>unclosed <b>bold <i>italic <blockquote>quote “text {brace",
    "</div></p></blockquote><p>stray end tags “and a quote”</p></i>",
    "<div><p>a<p>b<li>c</div></span><!-- unclosed comment <p>hidden",
    "<<<>>><p =>weird attrs</p><q>unclosed q",
    "<script>document.write('<div>')</script><p>He said “the only freedom which deserves the name”.</p>",
])
def test_malformed_html_is_read(html):
    analyse(html, "html")


def test_unbalanced_marks_are_warnings_not_failures():
    text = ('On Liberty\n\nby John Stuart Mill\n\n'
            '{p. 3 The object {of this Essay [is to assert one very simple principle.\n\n'
            'He said "this never ends.\n\nA closing mark only” here.\n')
    document, found, _ = analyse(text)
    assert found[0].kind == "excerpt" and found[0].claim.title == "On Liberty"
    warnings = document_warnings(document)
    assert any(w.startswith("unbalanced '{' at offset ") for w in warnings)
    assert any(w.startswith("unbalanced '[' at offset ") for w in warnings)
    assert any(w.startswith("unbalanced '\"' at offset ") for w in warnings)
    assert any(w.startswith("unbalanced '”' at offset ") for w in warnings)
    offset = int(warnings[0].split("offset ")[1].split(":")[0])
    assert document.text[offset] == "{"
    assert all("\n" not in w for w in warnings)


def test_an_excursus_that_never_closes_is_a_warning():
    text = (HEADER + "The object of this Essay is to assert one very simple principle.\n\n"
            "{excursus - start}\n\nMy aside goes on and on.\n\n(2) Next section\n\nMore of my own words.\n")
    document, found, _ = analyse(text)
    assert [q.text[:10] for q in found] == ["The object"]
    assert any("excursus" in w and "never closed" in w for w in document_warnings(document))


def test_warnings_are_capped():
    text = "{ " * 10_000
    warnings = document_warnings(parse_document(text, "doc.txt", "text"))
    assert 1 < len(warnings) <= 51


def test_clean_document_has_no_warnings():
    document = parse_document(HEADER + "{p. 21} The object {i.e. the aim} of this Essay.\n\n{end}\n", "doc.txt", "text")
    assert document_warnings(document) == []


FILLER = ("The river ran past the mill and the miller watched it from the door, counting the barges as they "
          "went down to the sea. ") * 8


def test_a_50_mb_document_is_read_in_linear_time():
    unit = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle {i.e. harm}, "
            "as entitled to govern ... absolutely.\n\n{end}\n\n"
            'I find that Mill wrote in On Liberty that "the only freedom which deserves the name, is that of '
            'pursuing our own good in our own way" and the "experts" agree. A brace {that never closes.\n\n'
            + (FILLER + "\n\n") * 50)
    text = unit * (45_000_000 // len(unit) + 1)
    text += ("He said “unbalanced {and [open " + FILLER) * (5_000_000 // (len(FILLER) + 30))  # one 5 MB paragraph
    assert len(text) >= 50_000_000
    document = parse_document(text, "big.txt", "text")
    found = find_quotations(document)
    n_units = 45_000_000 // len(unit) + 1
    assert sum(q.kind == "excerpt" for q in found) == n_units
    assert sum(q.kind == "scare" for q in found) == n_units
    assert document_warnings(document)
    spans = speaker_map(document.text, found)
    assert spans[-1].end == len(document.text)


def test_100k_nested_divs():
    html = "<div>" * 100_000 + "<p>He said “the only freedom which deserves the name, is that of pursuing our own good”.</p>" \
        + "</div>" * 100_000
    document, found, _ = analyse(html, "html")
    assert [q.text for q in found] == ["the only freedom which deserves the name, is that of pursuing our own good"]


@pytest.mark.parametrize("opening", ["<blockquote>", "<ul><li>", "<b>", "<table><tr><td>"])
def test_other_deep_nesting(opening):
    html = opening * 50_000 + "<p>deep text</p>"
    document, _, _ = analyse(html, "html")
    assert "deep text" in document.text


# --- excerpts set off by markup ------------------------------------------------------------

def test_an_excerpt_in_a_blockquote_ends_with_it():
    html = ("<p><b>On Liberty</b><br>by John Stuart Mill<br>Longmans, London 1869</p>"
            "<blockquote><p>{p. 21} The object of this Essay is to assert one very simple principle.</p>"
            "<p>That principle is, that the sole end for which mankind are warranted is self-protection.</p>"
            "</blockquote><p>Harsh words for a reformer, but they were meant.</p>")
    out = marked(html, "html")
    assert "⟦That principle is" in out and "⟦Harsh" not in out


def test_an_excerpt_in_a_markdown_quote_block_starts_after_the_marker():
    text = ("On Liberty\nby John Stuart Mill\n\n"
            "> {p. 21} The object of this Essay is to assert one very simple principle.\n>\n"
            "> That principle is, that the sole end for which mankind are warranted is self-protection.\n\n"
            "Harsh words for a reformer, but they were meant.\n")
    out = marked(text, "markdown")
    assert "> ⟨{p. 21}⟩⟦ The object" in out and ">\n> ⟦That principle" in out and "⟦Harsh" not in out
    assert [c[2] for c in claims(text, "markdown")] == ["21", "21"]


def test_author_above_the_title():
    text = ("Leon Trotsky\nThe Transitional Program\nWritten: 1938\n\n"
            "The world political situation as a whole is chiefly characterized by a historical crisis.\n")
    assert claims(text) == [("Leon Trotsky", "The Transitional Program", None)]


# --- generalised rules (held-out compilations) -------------------------------------------

PROSE = ("The object of this Essay is to assert one very simple principle, as entitled to govern absolutely "
         "the dealings of society with the individual in the way of compulsion and control, whether the means "
         "used be physical force in the form of legal penalties, or the moral coercion of public opinion.")


def test_word_processor_paste_one_paragraph_per_line():
    text = ("1. Mill on liberty\nOn Liberty\nJohn Stuart Mill\nChapter I. Introductory, with a Long Title of Many "
            "Words Indeed\nLondon: J. W. Parker, 1859\n" + PROSE + "\n" + PROSE + "\n==\n")
    out = marked(text)
    assert out.count("⟦") == 2 and "⟦The object" in out
    assert claims(text) == [("John Stuart Mill", "On Liberty", None)] * 2


@pytest.mark.parametrize("header, author, title", [
    ('John Locke, Second Treatise of Government (1690), ch. V "Of Property"', "John Locke",
     "Second Treatise of Government"),
    ("The Conquest of Bread\nPeter Kropotkin\nG. P. Putnam's Sons, New York and London, 1906\nChapter I: Our Riches",
     "Peter Kropotkin", "The Conquest of Bread"),
    ('The Federalist No. 51\n"The Structure of the Government Must Furnish the Proper Checks and Balances Between '
     'the Different Departments"\nPublius (James Madison)\nIndependent Journal, February 6, 1788',
     "James Madison", "The Federalist No. 51"),
    ("From An Enquiry Concerning Human Understanding, Section V, Part I (1748)", None,
     "An Enquiry Concerning Human Understanding"),
    ("Common Sense\nby Thomas Paine\nPhiladelphia, 1776\nreprinted in The Writings of Thomas Paine, vol. I, "
     "ed. Moncure Daniel Conway (1894)", "Thomas Paine", "Common Sense"),
])
def test_header_shapes(header, author, title):
    text = header + "\n\n{p. 5} " + PROSE + "\n\n{end}\n"
    out = marked(text)
    assert out.count("⟦") == 1 and "⟦ The object" in out  # the header lines are the compiler's
    assert claims(text) == [(author, title, "5")]


def test_titles_lose_their_locators():
    from quotetrace.claims import tidy_title
    assert tidy_title("A Discourse on the Origin of Inequality, Second Part") == "A Discourse on the Origin of Inequality"
    assert tidy_title("Rights of Man, Part the First") == "Rights of Man"
    assert tidy_title('Utilitarianism, ch. II, "What Utilitarianism Is" (Fraser\'s Magazine, 1861)') == "Utilitarianism"
    assert tidy_title("*Thoughts* II.1 (trans. George Long)") == "Thoughts"
    assert tidy_title("Leviathan ch. 13") == "Leviathan"
    assert tidy_title("The Federalist No. 51") == "The Federalist No. 51"
    assert tidy_title("Democracy in America, Volume 1") == "Democracy in America"  # (a volume is a place in the work)
    assert tidy_title("Reflections on the Revolution in France (1790), in The Works of the Right Honourable "
                      "Edmund Burke") == "Reflections on the Revolution in France"
    assert tidy_title("Resistance to Civil Government (1849), reprinted as “Civil Disobedience” in Walden and "
                      "Other Writings") == "Resistance to Civil Government"
    assert tidy_title('The Koran, Sura II, "The Cow"') == "The Koran"
    assert tidy_title("King Lear V.ii") == "King Lear"


def test_short_quotations_that_repeat_an_excerpt_or_are_credited_are_quoted():
    text = (HEADER + "{p. 9} Society in every state is a blessing, but government even in its best state is but a "
            "necessary evil, as the saying goes among the people of every country.\n\n{end}\n\n"
            'The "necessary evil" line outlived the argument. Elsewhere Mill dismissed them as "parchment barriers". '
            'I am no "minimalist" (I own too many mugs). This is what is "up to us", the one usually called the '
            '"Lockean proviso".\n')
    out = marked(text)
    assert '"⟦necessary evil⟧"' in out and '"⟦parchment barriers⟧"' in out
    for scare in ("minimalist", "up to us", "Lockean proviso"):
        assert f'"{scare}"' in out


def test_forum_said_and_quoted_lines_and_introduced_paragraph():
    text = ("greyfox said:\nHobbes isn't saying people are evil. He's saying nobody can plan anything.\n\n"
            "That's the charitable reading.\n\n"
            "> And honestly I'm tired of these realists who think quoting The Prince makes them tough.\n\n"
            "Here's the full paragraph from Leviathan ch. 13 for anyone who hasn't read it:\n\n"
            "Whatsoever therefore is consequent to a time of Warre, where every man is Enemy to every man; the same "
            "is consequent to the time, wherein men live without other security.\n\nPretty bleak.\n")
    out = marked(text)
    assert "⟦Hobbes isn't saying" in out and "> ⟦And honestly" in out and "⟦Whatsoever" in out
    assert "⟦That's" not in out and "⟦Pretty" not in out
    assert claims(text)[0] == ("greyfox", None, None)
    assert claims(text)[2][1] == "Leviathan"


def test_declared_source_brackets_and_bold_callout():
    text = ("> **Before you read:** skim the whole book once before the lecture, it takes twenty minutes.\n\n"
            "Long uses square brackets for words he supplied himself; my own additions inside quotations "
            "are in braces.\n\n"
            "> But I {i.e. Marcus} who have seen the nature of the good, not [only] of the same blood or seed.\n>\n"
            "> — Marcus Aurelius, *Thoughts* II.1\n")
    out = marked(text, "markdown")
    assert "Before you read" in out and "⟦**Before" not in out and "⟦skim" not in out
    assert "⟨{i.e. Marcus}⟩⟦ who have seen the nature of the good, not [only] of the same blood or seed.⟧" in out
    assert claims(text, "markdown") == [("Marcus Aurelius", "Thoughts", None)]


def test_two_paragraphs_of_one_blockquote_are_two_quotations():
    html = ("<p>The first is Walden:</p><blockquote><p>I went to the woods because I wished to live deliberately."
            "</p><p>Still we live meanly, like ants.</p><p class=\"credit\">— Henry David Thoreau, <cite>Walden"
            "</cite> (1854)</p></blockquote><p>And it is the same book that opens with <q>The mass of men lead "
            "lives of quiet desperation.</q> I tape Emerson’s “Trust thyself: every heart vibrates to that iron "
            "string” to my monitor. Lincoln’s most quoted sentence, “A house divided against itself cannot stand,” "
            "is a prediction.</p>")
    _, found, _ = analyse(html, "html")
    quoted = [q for q in found if q.quoted]
    assert [q.text.split()[0] for q in quoted] == ["I", "Still", "The", "Trust", "A"]
    assert [(q.claim.author, q.claim.title) for q in quoted] == [
        ("Henry David Thoreau", "Walden"), ("Henry David Thoreau", "Walden"), ("Henry David Thoreau", "Walden"),
        ("Emerson", None), ("Lincoln", None)]


# --- third round: headers, remarks and page furniture ----------------------------------------

def test_wrapped_bracketed_remark_between_excerpts_is_the_compilers():
    text = ("My remarks are in square brackets [thus].\n\n* * *\n\n"
            "Epictetus\nThe Encheiridion, or Manual, V\ntranslated by George Long, 1877\n\n"
            "Men are disturbed not by the things which happen, but by the opinions\n"
            "about the things.\n\n"
            "[The sentence I come back to most often. Everything else is a\ncommentary on it.]\n\n* * *\n")
    document = parse_document(text, "doc.txt", "text")
    found = find_quotations(document)
    assert len(found) == 1
    assert found[0].text.startswith("Men are disturbed")
    assert (found[0].claim.author, found[0].claim.title) == ("Epictetus", "The Encheiridion, or Manual")


def test_one_name_citation_header_with_a_place_in_the_work():
    text = ("Epictetus, Discourses, book I, chapter 29\nthe same translation\n\n"
            "But a man has seized me by the cloak, and is drawing me to the public place.\n\n* * *\n")
    found = find_quotations(parse_document(text, "doc.txt", "text"))
    assert [(q.claim.author, q.claim.title) for q in found] == [("Epictetus", "Discourses")]


def test_roman_numbered_heading_and_name_locator_header():
    text = ("II. The second speech (Book IX)\n\nSamuel Butler, Book IX\n\n"
            "My mother Thetis tells me that there are two ways in which I may meet my end.\n\n[end of Butler]\n")
    found = find_quotations(parse_document(text, "doc.txt", "text"))
    assert len(found) == 1
    assert (found[0].claim.author, found[0].claim.title) == ("Samuel Butler", None)


def test_verse_reference_line_inside_an_excerpt_is_the_compilers():
    text = ("The Holy Bible\n\nAuthorized Version, 1611\n\nMatthew 22:21\n\n"
            "Render therefore unto Caesar the things which are Caesar's.\n\nActs 5:29\n\n"
            "We ought to obey God rather than men.\n\n{end}\n")
    found = find_quotations(parse_document(text, "doc.txt", "text"))
    assert [q.text for q in found] == ["Render therefore unto Caesar the things which are Caesar's.",
                                       "We ought to obey God rather than men."]


def test_comment_metadata_is_no_bibliographic_header():
    text = ("<p>A post about walking with enough words to be a post of its own kind.</p>"
            "<p>Mark T. · April 5, 2019 at 9:14 am</p><p>Great post, thanks for writing it all up.</p><p>Reply</p>")
    found = find_quotations(parse_document(text, "page.html", "html"))
    assert found == []


def test_heading_page_is_the_page_of_its_passage():
    text = ("# Handout\n\n## Passage A (chapter VI, p. 37)\n\nDouglass overheard the whole conversation.\n\n"
            "> These words sank deep into my heart, stirred up sentiments within that lay slumbering.\n>\n"
            "> \u2014 Douglass, *Narrative*, chapter VI\n")
    found = find_quotations(parse_document(text, "notes.md", "markdown"))
    assert (found[0].claim.author, found[0].claim.page) == ("Douglass", "37")


# --- the page's own structure is no source header -------------------------------------

def test_mail_headers_open_no_excerpt_and_a_lone_quote_line_parts_a_quoted_mail():
    text = ("From: Ann Reeve <ann@example.org>\nTo: members@example.org\nSubject: News for June\n"
            "Date: Mon, 3 May 2004 09:12:00 -0400\n\nDear all,\n\nThe summer picnic is on the lawn again this year, "
            "so bring a chair and something to share with the others.\n\nTom Hale wrote in last week:\n\n"
            "> The garden tour was far too long for the little ones, and the\n> lemonade ran out by noon.\n>\n"
            "> Could we start earlier next time?\n\nWe will, Tom.\n")
    out = marked(text)
    assert "⟦" not in out.split("Tom Hale")[0]  # the mail header and the greeting are the page's own
    assert "⟦The garden tour was far too long for the little ones, and the\n> lemonade ran out by noon.⟧\n>\n" in out
    assert "⟦Could we start earlier next time?⟧" in out
    assert claims(text) == [("Tom Hale", None, None), ("Tom Hale", None, None)]


def test_letterhead_and_transcript_label_open_no_excerpt():
    text = ("CITY COUNCIL PRESS OFFICE\nBudget Hearing, March 3, 2011\nTranscript: Remarks by the Mayor\n\n"
            "MAYOR: Thank you all for coming out on a cold night. [applause]\n\n"
            "We have a hard year ahead, and I will not pretend otherwise to any of you. [laughter]\n")
    out = marked(text)
    assert "⟦" not in out and "⟨" not in out  # speeches and audience reactions are the page's own


def test_infobox_names_the_work_an_article_is_about_and_its_lead_is_no_excerpt():
    text = ("This article is about the book. For the theory, see Walden (disambiguation).\n\n"
            "Walden\n\nAuthor\n\nHenry David Thoreau\n\nCountry\n\nUnited States\n\nPublication date\n\n1854\n\n"
            "Walden is a book by Henry David Thoreau, a reflection upon simple living in natural surroundings.[1]\n\n"
            "Thoreau explains why he went to the pond: \"I went to the woods because I wished to live "
            "deliberately, to front only the essential facts of life.\"[2]\n")
    out = marked(text)
    assert "⟦" not in out.split("Thoreau explains")[0]
    assert "⟨[1]⟩" not in out and "[1]" in out
    assert claims(text) == [("Henry David Thoreau", "Walden", None)]


def test_part_divider_names_the_author_of_the_headers_under_it():
    text = ("PART ONE: JOHN STUART MILL\n\nOn Liberty\nLongmans, Green, London 1869\n\n"
            "The object of this Essay is to assert one very simple principle, as entitled to govern absolutely "
            "the dealings of society with the individual in the way of compulsion and control.\n")
    assert claims(text) == [("John Stuart Mill", "On Liberty", None)]


def test_dated_speech_line_and_from_line_citation_are_headers():
    text = ("Farewell Address, March 4, 1837\n\nAt this moment the whole country is at peace and the public "
            "debt is paid, and the people of every State enjoy the blessings of liberty under law.\n\n{end}\n\n"
            "\"The Old Order\"\nSpeech at Albany\nfrom Martin Van Buren, Collected Papers, vol. II, p. 88\n\n"
            "We are told that the old order cannot last, and that every generation must find its own way "
            "through the difficulties of its own time.\n")
    found = claims(text)
    assert found[0][1] == "Farewell Address"
    assert found[1] == ("Martin Van Buren", "The Old Order", "88")


def test_written_by_himself_takes_the_person_the_title_names():
    text = ("Narrative of the Life of Olaudah Equiano\nWritten by Himself\nLondon, 1789\n\n"
            "I believe it is difficult for those who publish their own memoirs to escape the imputation of "
            "vanity, and the reader must judge whether I have.\n")
    assert claims(text)[0][0] == "Olaudah Equiano"


def test_citation_line_under_an_indented_block_is_the_compilers():
    text = ("The psalmist says it best:\n\n    The heavens declare the glory of God; and the firmament sheweth his "
            "handywork.\n    (Psalm 19:1, KJV)\n\nAnd so on.\n")
    out = marked(text)
    assert "⟦(Psalm" not in out and "(Psalm 19:1, KJV)⟧" not in out


def test_short_phrases_with_the_sentence_period_inside_the_marks_are_scare_quotes():
    _, found, _ = analyse('Her job is now "under review." Not "thou thief." It was fine.\n')
    assert [q.kind for q in found] == ["scare", "scare"]


def test_claims_read_from_the_sentences_around_inline_quotations():
    text = ("Hume opened the Treatise of Human Nature with \"Nothing is more usual and more natural for those, "
            "who pretend to discover any thing new to the world in philosophy\" and went on.\n\n"
            "Jay has the plainest words, in Number 2: \"Nothing is more certain than the indispensable "
            "necessity of government\" as he says.\n\n"
            "Article Two is brief: \"The executive Power shall be vested in a President of the United States "
            "of America.\"\n")
    assert claims(text) == [("Hume", "Treatise of Human Nature", None), ("Jay", "Number 2", None),
                            (None, "Article Two", None)]


def test_credit_line_with_an_emphasised_title_and_accented_names():
    text = ("- **Émile Zola, *Germinal* (1885).** Penguin.\n  The famous line: \"the bread of the miners was "
            "always scarce in that cold winter\" (ch. 3).\n\n"
            "> It was a dark night over the plain, and the wind blew hard\n> across the beet fields.\n>\n"
            "> — *Germinal*, part I, ch. 1\n")
    out = marked(text, "markdown")
    assert "⟦— *Germinal*" not in out and "ch. 1⟧" not in out
    assert claims(text, "markdown") == [("Émile Zola", "Germinal", None), ("Émile Zola", "Germinal", None)]


def test_subtitle_naming_a_part_of_the_work_is_no_part_of_the_title():
    from quotetrace.claims import tidy_title
    assert tidy_title('Two Treatises of Government: The Second Treatise, "Of Civil Government"') == \
        "Two Treatises of Government"
    assert tidy_title("Anarchism: What It Really Stands For") == "Anarchism: What It Really Stands For"


def test_page_in_the_introducing_sentence_and_names_of_earlier_sentences():
    text = ("The chapter everyone knows starts with Prudence (\"be careful\"), but look at the accounts. "
            "This is how he did it, from the second part (Penguin edition, p. 41):\n\n"
            "> I kept a ledger of every penny that came in and went out, and at the end of\n"
            "> each week I added the columns and compared them with the purse.\n")
    found = claims(text, "markdown")
    assert found[-1] == (None, None, "41")  # neither "Prudence" nor "Penguin" speaks


def test_credit_line_citing_a_work_with_a_place_in_it_and_a_byline_with_degrees():
    text = ("> If any man is able to convince me that I do not think rightly, I will gladly change.\n>\n"
            "> — Marcus Aurelius, Thoughts VI.21, tr. George Long\n\n"
            "> Men are disturbed not by the things which happen, but by the opinions about the things.\n>\n"
            "> — Epictetus, Encheiridion 5 (Long)\n")
    found = claims(text, "markdown")
    assert [(a, t) for a, t, _ in found] == [("Marcus Aurelius", "Thoughts"), ("Epictetus", "Encheiridion")]
    from quotetrace.claims import classify_header_line
    assert classify_header_line("by Charles Darwin, M.A., F.R.S.") == ("by", "Charles Darwin")
    assert classify_header_line("by Martin Luther King, Jr.") == ("by", "Martin Luther King, Jr")


def test_header_of_a_title_and_the_page_it_starts_on_opens_an_excerpt():
    text = ("(1) Paine on faith\n\n"
            "The Age of Reason, chapter I, \"The Author's Profession of Faith\"\n"
            "same edition, p. 21\n\n"
            "{p. 21} I believe in one God, and no more; and I hope for happiness beyond this life.\n\n"
            "I believe the equality of man, and that religious duties consist in doing justice.\n\n"
            "* * *\n\n"
            "That is all he says about it.\n")
    out = marked(text)
    assert "⟨{p. 21}⟩⟦ I believe in one God" in out
    assert "⟦I believe the equality of man" in out
    assert "⟦That is all" not in out and "same edition, p. 21⟧" not in out
    assert claims(text) == [(None, "The Age of Reason", "21")] * 2


def test_header_pointing_back_to_the_same_edition_takes_its_source():
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n{end}\n\n"
            "(2) More of the same\n\n"
            "Same edition, chapter V\n\n"
            "{p. 190} A general State education is a mere contrivance for moulding people to be exactly "
            "like one another.\n\n{end}\n")
    out = marked(text)
    assert "⟦ A general State education" in out and "⟦Same edition" not in out
    assert claims(text) == [("John Stuart Mill", "On Liberty", "21"), ("John Stuart Mill", "On Liberty", "190")]


def test_title_and_byline_opening_the_page_over_commentary_are_the_pages_own():
    text = ("Who Commands? Notes Toward an Essay on Generals\n\n"
            "by Hannah Szabo\n\n"
            "Every age gets the theory of command it deserves. \"All warfare\", Sun Tzu writes, \"is based on "
            "deception.\" The line is usually quoted without the examples that follow it.\n")
    out = marked(text)
    assert "⟦Every age" not in out
    assert "⟦is based on deception.⟧" in out
    # a reproduced text under its own title and byline is still an excerpt
    assert "⟦{p. 21}" in marked(HEADER + "{p. 21} The object of this Essay is to assert one very simple "
                                          "principle.\n") or "⟩⟦ The object" in marked(
        HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n")


def test_work_named_after_a_place_in_it_is_the_title():
    from quotetrace.claims import _title_before
    assert _title_before("Sun Tzu says, in the third chapter of The Art of War, that ", None) == "The Art of War"
    assert _title_before("In the opening chapter of Book Nine of War and Peace he concludes that ", None) == \
        "War and Peace"
    assert _title_before("As he says in the fifth chapter of On Liberty, it is ", None) == "On Liberty"
    assert _title_before("He spent the first chapter of his life abroad, and said ", None) is None


def test_work_named_with_its_owners_possessive_gives_title_and_author():
    text = ("Mill wrote about schools. So did the master who, in Frederick Douglass's Narrative, told his wife "
            "that reading \"would forever unfit him to be a slave.\"\n")
    assert claims(text) == [("Frederick Douglass", "Narrative", None)]


def test_name_with_a_who_clause_is_the_person_a_pronoun_refers_to():
    from quotetrace.claims import recent_person
    assert recent_person("History of the War, translated by Richard Crawley. I like the reply. "
                         "Thucydides, who tells us in Book I that ") == "Thucydides"


def test_a_header_line_with_the_author_and_the_translator():
    text = ("Apology\nPlato, translated by Benjamin Jowett (Oxford, 1892)\n\n"
            "{p. 21} Strange, indeed, would be my conduct, O men of Athens, if I who, when I was ordered by the "
            "generals whom you chose to command me at Potidaea, remained where they placed me.\n\n{end}\n")
    _, found, _ = analyse(text)
    claim = [q for q in found if q.quoted][0].claim
    assert (claim.author, claim.title, claim.translator, claim.year, claim.page) == \
        ("Plato", "Apology", "Benjamin Jowett", "1892", "21")


def test_a_byline_with_a_role_is_the_pages_own_and_no_source_header():
    from quotetrace.claims import classify_header_line
    assert classify_header_line("by Dr Miriam Sallis, production dramaturg")[0] == "byline"
    assert classify_header_line("by Leo Tolstoy, translated by Louise Maude")[0] == "by"


def test_rendered_into_english_by_names_the_translator():
    from quotetrace.claims import classify_header_line
    assert classify_header_line("Rendered into English prose by Samuel Butler") == ("translator", "Samuel Butler")


def test_a_header_with_price_and_page_count_is_the_reviewed_book_not_an_excerpt_source():
    text = ("The miser who had read his Malthus\n\nBy Neil Carrow\n\nPublished December 9, 2023\n\n"
            "The Counting-House and the Cratchits\nBy Harriet Lomax\nYale University Press, 312 pp., $30\n\n"
            "Every December someone writes a piece explaining that Scrooge was right. Harriet Lomax has "
            "written something better.\n\n\"Scrooge is not a miser of the old comic kind,\" she writes.\n")
    _, found, _ = analyse(text)
    assert [q.kind for q in found if q.quoted] == ["inline"]


def test_a_byline_dated_with_an_abbreviated_weekday_is_the_pages_own():
    text = ("Margaret Fairlie obituary\n\nAlasdair Rennie\nTue 16 Jan 2024 17.40 GMT\n\n"
            "Margaret Fairlie, who has died aged 92, spent most of her life in the archives of Paris.\n")
    _, found, _ = analyse(text)
    assert not [q for q in found if q.quoted]


def test_a_forum_profile_box_is_no_source_header_and_a_numbered_citation_is_one():
    from quotetrace.claims import classify_header_line, claim_from_header
    for line in ("Join Date: Aug 2012", "Location: Leeds", "Senior Member", "Old 03-02-2017, 09:14 PM"):
        assert classify_header_line(line)[0] == "compiler"
    claim = claim_from_header(["5. J. S. Mill, Utilitarianism, ch. II (Longmans, Green, 1864 reprint, p. 24)"])
    assert (claim.author, claim.title) == ("J. S. Mill", "Utilitarianism")


def test_an_episode_title_in_quotes_and_a_podcasts_credits_are_the_pages_own():
    text = ("THE MARGIN CALL\nEpisode 212: \"Sun Tzu Goes to the Office\"\nReleased 14 May 2024 | 52 min\n\n"
            "Hosts: Dana Okonkwo-Reyes, Marcus Feld\nGuest: Professor Lucía Berendt, author of The Borrowed General (2021)\n\n"
            "Transcript produced automatically and corrected by a volunteer.\n")
    _, found, _ = analyse(text)
    assert not [q for q in found if q.quoted]


def test_a_talks_speaker_and_transcription_lines_are_the_pages_own():
    from quotetrace.claims import classify_header_line
    assert classify_header_line("Speaker: Ellen Marsh")[0] == "compiler"
    assert classify_header_line("Transcribed by volunteers and lightly edited.")[0] == "compiler"
    assert classify_header_line("Speakers of the House")[0] == "title"


@pytest.mark.parametrize("label", ["EXHIBIT A", "READING ONE", "Extract Two:", "Reading A1", "Source 3b"])
def test_an_item_label_numbered_by_a_letter_or_a_word_is_no_title(label):
    text = (f"{label}\nAuthor:       Michel de Montaigne\nWork:         Essays, Book I, chapter XXXI\n\n"
            "[Pg 233] The true field and subject of imposture are things unknown, forasmuch as, in the first place, "
            "their very strangeness lends them credit.\n\n{end}\n")
    assert claims(text) == [("Michel de Montaigne", "Essays", "233")]


def test_an_end_marker_and_lines_of_the_compilers_own_that_the_page_declares():
    text = ("Each exhibit ends with (end of exhibit). Lines beginning NOTE: are mine, not the source's.\n\n"
            + HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n"
            "NOTE: the principle is stated twice in the chapter, and this is the plainer time.\n\n"
            "That principle is, that the sole end for which mankind are warranted is self-protection.\n\n"
            "(end of exhibit)\n\n"
            "So the essay says; whether it keeps to this is another question, and we shall come to it.\n")
    out = marked(text)
    assert "\nNOTE: the principle is stated twice" in out and "⟦NOTE" not in out  # the compiler's, inside the excerpt
    assert "⟦That principle is" in out  # the excerpt goes on after it
    assert "\n(end of exhibit)\n" in out and "⟦So the essay" not in out


def test_ordinary_prose_that_ends_with_something_declares_no_end_marker():
    from quotetrace.quotes import declared_paragraphs
    assert declared_paragraphs(["The story ends with a question, and it ends with Tom."]) == (frozenset(), ())


# --- a key of sigla ----------------------------------------------------------------------

SIGLA_PAGE = (
    "READINGS ON FAME\ncompiled by A. Reader -- revised 2 June 2015\n\n"
    "SIGLA\n\n"
    "MED   Marcus Aurelius Antoninus. His Meditations Concerning Himselfe. Translated by Meric Casaubon. "
    "London: J. M. Dent, 1906.\n"
    "ESS   Francis Bacon. The Essays or Counsels, Civil and Moral. London: Macmillan and Co., 1892.\n\n"
    "Every extract opens with its siglum and page, like [MED 39]. My comments after each extract begin "
    "with the word Gloss.\n\n"
    "[MED 39] The time of a man's life is as a point; the substance of it ever flowing, the sense obscure.\n\n"
    "Gloss. The Emperor is brief, and Bacon calls such men \"good trumpeters\" [ESS 212], which is kinder.\n\n"
    "[ESS 211] IT WAS prettily devised of AEsop, The fly sat upon the axle-tree of the chariot wheel.\n")


def test_a_key_of_sigla_names_the_works_its_citations_quote():
    assert claims(SIGLA_PAGE) == [("Marcus Aurelius Antoninus", "His Meditations Concerning Himselfe", "39"),
                                  ("Francis Bacon", "The Essays or Counsels, Civil and Moral", "212"),
                                  ("Francis Bacon", "The Essays or Counsels, Civil and Moral", "211")]
    out = marked(SIGLA_PAGE)
    assert "⟨[MED 39]⟩⟦ The time of a man's life" in out  # the citation is the compiler's page anchor
    assert "\nGloss. The Emperor" in out  # the page declares its comments by their first word
    assert "⟦READINGS" not in out and "⟦compiled" not in out and "⟦MED   Marcus" not in out


def test_an_entry_may_name_its_own_abbreviation():
    from quotetrace.sigla import read_sigla
    sigla = read_sigla("David Hume, An Enquiry Concerning Human Understanding (London: Millar, 1748) (cited as EHU).\n")
    work, page = sigla.citation("(EHU, p. 12) Custom, then, is the great guide of human life.")
    assert (work.author, work.title, page) == ("David Hume", "An Enquiry Concerning Human Understanding", "12")


def test_one_line_that_looks_like_a_key_is_none():
    from quotetrace.sigla import read_sigla
    assert not read_sigla("NOTE: Page numbers of the editions cited are set as inline anchors.\n")
    assert not read_sigla("MED   Marcus Aurelius Antoninus. His Meditations. London: Dent, 1906.\n\nThen prose.\n")


def test_page_numbers_set_where_a_page_ends():
    text = ("The page numbers stand where a page ENDS, so the words before --106-- are on page 106 and the "
            "words after it are on page 107. <snip> marks a cut.\n\n"
            + HEADER + "The object of this Essay is to assert one very simple principle, <snip> as entitled to "
            "govern absolutely --21-- the dealings of society with the individual.\n\n<snip>\n\n"
            "That principle is, that the sole end for which mankind are warranted is self-protection.\n\n{end}\n")
    found = claims(text)
    assert found[0] == ("John Stuart Mill", "On Liberty", "21")  # the words before --21-- are on page 21
    assert found[-1] == ("John Stuart Mill", "On Liberty", "22")
    out = marked(text)
    assert "⟨<snip>⟩" in out and "⟨--21--⟩" in out  # a cut and a page mark are the compiler's
    assert "\n\n⟨<snip>⟩\n\n" in out  # an elision alone on its line, inside the excerpt


# --- conventions of other languages ---------------------------------------------------

def test_an_author_date_entry_over_an_excerpt_with_german_pages():
    text = ("Text 1\n\n"
            "Mill, John Stuart (1869): The Subjection of Women. London: Longmans, Green, Reader, and Dyer, "
            "Kap. I, S. 19–22.\n\n"
            "[S. 19] Some will object, that a comparison cannot fairly be made between the government of the "
            "male sex and the forms of unjust power. [S. 20] Nay, for that matter, the law of force itself has "
            "always seemed the most natural of all grounds for the exercise of authority.\n\n"
            "Text 2\n\n"
            "Engels, Friedrich (1902 [1884]): The Origin of the Family, Private Property and the State. Übers. "
            "von Ernest Untermann. Chicago: Charles H. Kerr & Company, S. 75 f.\n\n"
            "[S. 75] The first effect of the established supremacy of men became now visible in the "
            "reappearance of the intermediate form of the patriarchal family.\n")
    document, found, _ = analyse(text)
    excerpts = [q for q in found if q.quoted]
    assert [(q.claim.author, q.claim.title, q.claim.page) for q in excerpts] == [
        ("John Stuart Mill", "The Subjection of Women", "19"),
        ("Friedrich Engels", "The Origin of the Family, Private Property and the State", "75")]
    assert excerpts[1].claim.translator == "Ernest Untermann"
    assert "⟨[S. 20]⟩⟦ Nay, for that matter" in marked(text)


def test_a_page_anchor_keyed_by_the_edition_the_page_declares():
    text = ("Conventions. La page de l’édition est indiquée entre crochets au début de chaque extrait : "
            "[OC III, 354], [Cole, p. 6].\n\n"
            "Jean-Jacques Rousseau, The Social Contract, translated by G. D. H. Cole\n\n"
            "[Cole, p. 6] The strongest is never strong enough to be always the master, unless he transforms "
            "strength into right, and obedience into duty.\n")
    out = marked(text)
    assert "⟨[Cole, p. 6]⟩⟦ The strongest is never strong enough" in out
    assert claims(text)[-1][2] == "6"


def test_an_author_date_citation_with_a_colon_names_its_own_work_under_another_entry():
    text = ("Engels, Friedrich (1902): The Origin of the Family, Private Property and the State. Chicago: Kerr.\n\n"
            "Die Frage: Mill nennt die Frauen eine Klasse, deren Mitglieder „each individual of the "
            "subject-class is in a chronic state of bribery and intimidation combined“ (Mill 1869: 18). "
            "Wie verhält sich dieser Satz zu Engels?\n\n"
            "Literatur\n\n"
            "Mill, John Stuart (1869): The Subjection of Women. London: Longmans, Green, Reader, and Dyer.\n")
    assert ("Mill", "The Subjection of Women", "18") in [(a and a.split()[-1], t, p) for a, t, p in
                                                          filter(None, claims(text))]


def test_a_japanese_page_quotes_in_corner_brackets_with_full_width_marks():
    text = ("■テキスト1\n\nJonathan Swift, Gulliver's Travels, ed. Robert DeMaria (Penguin Classics, 2003), pp. 265-267\n\n"
            "［p.265］ We landed at a small port-town called Xamoschi 〔観音崎〕, situated on the south-east part "
            "of Japan. （中略） I had a letter from the King of Luggnagg to his imperial majesty.\n\n"
            "■話し合ったこと\n\n八十歳を過ぎた彼らは「opinionative, peevish, covetous, morose, vain, talkative」だというくだり。\n")
    out = marked(text)
    assert "⟨［p.265］⟩⟦ We landed at a small port-town called Xamoschi ⟧⟨〔観音崎〕⟩⟦, situated" in out
    assert "⟨（中略）⟩" in out
    assert "「⟦opinionative, peevish, covetous, morose, vain, talkative⟧」" in out


@pytest.mark.parametrize("header, translator", [
    ("**N. Machiavelli**, *Discourses on the First Decade of Titus Livius*, transl. by Ninian Hill Thomson, "
     "London, Kegan Paul, Trench & Co., 1883, Book I, ch. IV, pp. 22-24.", "Ninian Hill Thomson"),
    ("Niccolò Machiavelli, Discourses on the First Decade of Titus Livius (London, 1883), pp. 22-24.", None),
])
def test_a_citation_with_its_imprint_and_pages_after_the_title(header, translator):
    text = (f"{header}\n\n"
            "I cannot indeed deny that the good fortune and the armies of Rome were the causes of her empire; "
            "yet it certainly seems to me that those holding this opinion fail to perceive, that in a State "
            "where there are good soldiers there must be good order.\n")
    _, found, _ = analyse(text, "markdown")
    claim = next(q.claim for q in found if q.quoted)
    assert (claim.title, claim.page, claim.translator) == (
        "Discourses on the First Decade of Titus Livius", "22", translator)
    assert claim.author.endswith("Machiavelli")


def test_a_publishers_line_with_its_year_is_no_citation():
    from quotetrace.claims import classify_header_line
    assert classify_header_line("P. F. Collier & Son, New York, 1909 (The Harvard Classics, vol. 1)")[0] != "citation"


def test_a_heading_in_capitals_boxed_between_rules_ends_an_excerpt():
    text = ("Charles Dickens, A Tale of Two Cities, Book the First, chapter 5\n\n"
            "A large cask of wine had been dropped and broken, in the street. The accident had happened in "
            "getting it out of a cart.\n\n"
            "-----------------------------------\n"
            "DOCUMENT COMPLÉMENTAIRE\n"
            "-----------------------------------\n\n"
            "Le carrosse du Marquis vient d'écraser un enfant dans une rue de Paris.\n")
    out = marked(text)
    assert "⟦A large cask of wine had been dropped" in out
    assert "⟦Le carrosse" not in out and "⟦DOCUMENT" not in out and "⟦---" not in out


def test_a_vancouver_reference_over_an_excerpt():
    text = ("Numbers in square brackets, such as [531], show where a page of the edition cited begins.\n\n"
            "Bacon F. Of regiment of health. In: The essays or counsels, civil and moral. London: J. M. Dent; "
            "1906. p. 89–90.\n\n"
            "[89] THERE is a wisdom in this beyond the rules of physic: a man's own observation, what he finds "
            "good of, and what he finds hurt of, is the best physic to preserve health.\n")
    _, found, _ = analyse(text)
    claim = next(q.claim for q in found if q.quoted)
    assert (claim.author, claim.title, claim.page) == ("F. Bacon", "Of regiment of health", "89")
    assert "⟨[89]⟩⟦ THERE is a wisdom" in marked(text)


@pytest.mark.parametrize("address", ["Castle Street, Northgate NG1 4LP", "1200 Main Street, Suite 4",
                                     "Springfield, IL 62701"])
def test_a_postal_address_is_the_pages_letterhead(address):
    from quotetrace.claims import classify_header_line
    assert classify_header_line(address) == ("compiler", address)


def test_a_recent_date_alone_under_a_byline_is_the_pages_own():
    text = ("Heaven under our feet\n\nIsla Penrose\n\nJan 28, 2024\n\n"
            "On the fourth morning of the freeze I walked out onto the pond with a borrowed auger and a "
            "paperback Walden so old that the glue has given up.\n")
    assert "⟦" not in marked(text)


@pytest.mark.parametrize("title", ["# Notes", "Notes", "# Sources", "---\ntitle: x\n---\n\n# Notes"])
def test_a_page_titled_notes_is_a_page_of_notes_not_its_apparatus(title):
    text = f"{title}\n\nI still remember hearing \"Four score and seven years ago, our fathers brought forth\" read aloud.\n"
    assert "⟦Four score and seven years ago, our fathers brought forth⟧" in marked(text, "markdown")


def test_notes_after_the_body_are_still_its_apparatus():
    text = ("An essay on the speech.\n\n## Notes\n\n1. See \"Four score and seven years ago, our fathers brought "
            "forth\" in the Nicolay copy.\n")
    assert "⟦" not in marked(text, "markdown")


def test_a_credit_line_names_a_speaker_and_the_work_another_wrote_him_into():
    text = "# Quotes\n\n\"The unexamined life is not worth living.\" — Socrates, in Plato's *Apology*\n"
    assert claims(text, "markdown") == [("Socrates", "Apology", None)]


def test_a_parenthetical_citation_of_a_title_and_page_names_the_work_not_a_person():
    from quotetrace.claims import claim_from_context
    claim = claim_from_context("", " (On Liberty, p. 22).")
    assert (claim.author, claim.title, claim.page) == (None, "On Liberty", "22")
    claim = claim_from_context("Mill argued that ", " (On Liberty, p. 22).")
    assert (claim.author, claim.title, claim.page) == ("Mill", "On Liberty", "22")
    claim = claim_from_context("Socrates asks whether ", " (Plato, Republic, p. 206).")
    assert (claim.author, claim.title, claim.page) == ("Plato", "Republic", "206")


def test_a_quotation_of_several_paragraphs_opens_each_and_closes_the_last():
    text = ("Mill begins:\n\n“The subject of this Essay is not the so-called Liberty of the Will.\n\n"
            "“It is the nature and limits of the power which can be legitimately exercised by society over "
            "the individual.”\n\nThat is the whole programme.\n")
    out = marked(text)
    assert "“⟦The subject of this Essay is not the so-called Liberty of the Will.⟧" in out
    assert "“⟦It is the nature and limits" in out and "⟦That" not in out


def test_an_unclosed_quotation_mark_alone_opens_nothing():
    text = "He said “this is a long line that never closes\n\nand then the page goes on without one.\n"
    assert "⟦" not in marked(text)


def test_an_answers_numbered_quotations_in_bold_each_take_their_own_credit():
    text = ("Here are some quotes:\n\n"
            "1. **\"Cowards die many times before their deaths; the valiant never taste of death but once.\"** "
            "– William Shakespeare, *Julius Caesar* (1599)\n"
            "2. **\"The only thing we have to fear is fear itself.\"** – Franklin D. Roosevelt\n")
    assert [(a, t) for a, t, _ in claims(text, "markdown")] == [
        ("William Shakespeare", "Julius Caesar"), ("Franklin D. Roosevelt", None)]


@pytest.mark.parametrize("lead", ["Jane Austen, Pride and Prejudice: ", "- Jane Austen, *Pride and Prejudice*: "])
def test_a_citation_as_the_lead_in_to_a_quotation(lead):
    text = (f"{lead}“It is a truth universally acknowledged, that a single man in possession of a good fortune, "
            "must be in want of a wife.”\n")
    assert claims(text, "markdown") == [("Jane Austen", "Pride and Prejudice", None)]


@pytest.mark.parametrize("credit, expected", [
    ("— Pride and Prejudice, Jane Austen", ("Jane Austen", "Pride and Prejudice")),
    ("— The Prince, Niccolò Machiavelli", ("Niccolò Machiavelli", "The Prince")),
    ("— Aristotle, Nicomachean Ethics", ("Aristotle", "Nicomachean Ethics")),
    ("— Mark Twain, Huckleberry Finn", ("Mark Twain", "Huckleberry Finn")),
])
def test_a_credit_line_may_give_the_work_before_its_author(credit, expected):
    from quotetrace.claims import claim_from_context
    claim = claim_from_context("", credit)
    assert (claim.author, claim.title) == expected


def test_an_html_blockquote_credited_with_a_cite_before_the_name():
    html = ("<html><body><blockquote><p>It is a truth universally acknowledged, that a single man in possession of "
            "a good fortune, must be in want of a wife.</p><footer>— <cite>Pride and Prejudice</cite>, Jane Austen"
            "</footer></blockquote></body></html>")
    assert claims(html, "html") == [("Jane Austen", "Pride and Prejudice", None)]


def test_a_speech_verb_after_the_quotation_names_the_work_set_apart_as_a_title():
    text = "“I went to the woods because I wished to live deliberately,” writes Thoreau in *Walden*.\n"
    assert claims(text, "markdown") == [("Thoreau", "Walden", None)]
    text = "\"We shall nobly save, or meanly lose, the last best hope of earth,\" said Lincoln in Washington.\n"
    assert claims(text, "markdown") == [("Lincoln", None, None)]  # (a place is no work)


@pytest.mark.parametrize("marker", ["(end of quote)", "End quote.", "Unquote", "（引用ここまで）"])
def test_an_end_of_quote_said_in_words_ends_an_excerpt(marker):
    text = (HEADER + "{p. 21} The object of this Essay is to assert one very simple principle.\n\n"
            f"{marker}\n\nThe principle is simple, and that is its trouble.\n")
    out = marked(text)
    assert "⟦ The object of this Essay is to assert one very simple principle.⟧" in out
    assert "⟦The principle is simple" not in out
