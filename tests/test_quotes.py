"""Finding quotations in documents (quotetrace.quotes.find_quotations)."""

from __future__ import annotations

import pytest

from quotetrace.quotes import MIN_AUDITED_WORDS, find_quotations
from quotetrace.readers import parse_document
from quotetrace.text import words


def quotations(text: str, fmt: str = "text", path: str = "doc.txt"):
    document = parse_document(text, path, fmt)
    found = find_quotations(document)
    # invariants of every result
    for number, q in enumerate(found, 1):
        assert q.id == f"q{number}"
        assert 0 <= q.start < q.end <= len(document.text)
        assert q.text == document.text[q.start:q.end]
        for mark in q.marks:
            assert q.start <= mark.start < mark.end <= q.end
    assert [q.start for q in found] == sorted(q.start for q in found)
    return document, found


# The example of the shared annotated-compilations.md guide, verbatim.
DOC_EXAMPLE = """\
(1) Introduction (2) Mill on the limits of power

(1) Introduction

I have often argued that this essay is quoted far more than it is read. My comments within quoted text are indicated {thus}.

(2) Mill on the limits of power

On Liberty

by John Stuart Mill

Longmans, Green, London 1869

{p. 21} The object of this Essay is to assert one very simple principle, as entitled to govern absolutely the dealings of society {i.e. the State} with the individual in the way of compulsion and control ... That principle is, that the sole end for which mankind are warranted, individually or collectively, in interfering with the liberty of action of any of their number, is self-protection. ... His own good, either physical or moral, is not a sufficient {p. 22} warrant. ... Over himself, over his own body and mind, the individual is sovereign.

{end}

Note how much the last sentence has been made to carry.
"""


# --- excerpt blocks ----------------------------------------------------------------

def test_documentation_example_is_one_excerpt():
    document, found = quotations(DOC_EXAMPLE)
    assert len(found) == 1
    q = found[0]
    assert q.kind == "excerpt"
    assert q.audited
    assert q.text.startswith("{p. 21} The object of this Essay")
    assert q.text.endswith("the individual is sovereign.")
    assert q.claim is not None
    assert q.claim.author == "John Stuart Mill"
    assert q.claim.title == "On Liberty"
    assert q.claim.year == "1869"
    assert q.claim.page == "21"
    assert q.pages == ["21", "22"]


def test_documentation_example_marks():
    _, (q,) = quotations(DOC_EXAMPLE)
    kinds = [m.kind for m in q.marks]
    assert kinds.count("page") == 2
    assert kinds.count("elision") == 3
    interpolations = [m for m in q.marks if m.kind == "interpolation"]
    assert [m.text for m in interpolations] == ["{i.e. the State}"]
    assert [m.page for m in q.marks if m.kind == "page"] == ["21", "22"]
    # the compiler's surrounding words are never part of the quotation
    for compiler_words in ("I have often argued", "Note how much", "Mill on the limits", "Longmans"):
        assert compiler_words not in q.text


MULTI = """\
On Liberty

by John Stuart Mill

Longmans, Green, London 1869

{p. 21} The object of this Essay is to assert one very simple principle, as entitled to govern absolutely the dealings of society with the individual. {p. 22} That principle is, that the sole end for which mankind are warranted is self-protection.

His own good, either physical or moral, is not a sufficient warrant. He cannot rightfully be compelled to do or forbear because it will be better for him to do so.

{p. 23} Over himself, over his own body and mind, the individual is sovereign.

{end}

I think this is the passage that everybody remembers and nobody reads.
"""


def test_multi_paragraph_excerpt_each_paragraph_is_a_quotation():
    document, found = quotations(MULTI)
    assert [q.kind for q in found] == ["excerpt"] * 3
    assert found[0].text.startswith("{p. 21} The object")
    assert found[1].text.startswith("His own good")
    assert found[2].text.startswith("{p. 23} Over himself")
    for q in found:
        assert (q.claim.author, q.claim.title, q.claim.year) == ("John Stuart Mill", "On Liberty", "1869")
        assert q.audited


def test_page_is_carried_from_the_previous_paragraphs_last_anchor():
    _, found = quotations(MULTI)
    # first paragraph starts with {p. 21} and ends on page 22
    assert found[0].claim.page == "21"
    # second paragraph has no anchor: it continues page 22
    assert found[1].claim.page == "22"
    assert found[1].pages == []
    # third paragraph opens with its own anchor
    assert found[2].claim.page == "23"


def test_end_marker_ends_the_excerpt_and_first_person_commentary_is_not_quoted():
    _, found = quotations(MULTI)
    assert all("I think this is the passage" not in q.text for q in found)
    assert all("{end}" not in q.text for q in found)


def test_end_marker_ends_the_excerpt_even_before_third_person_prose():
    text = MULTI.replace("I think this is the passage that everybody remembers and nobody reads.",
                         "The essay was much debated in its time, and the debate has never quite stopped.")
    _, found = quotations(text)
    assert len(found) == 3
    assert all("much debated" not in q.text for q in found)


@pytest.mark.parametrize("marker", ["==", "* * *", "[end]", "{end of excerpt}"])
def test_other_end_markers(marker):
    text = MULTI.replace("{end}", marker)
    _, found = quotations(text)
    assert len(found) == 3
    assert all(marker not in q.text for q in found)


NUMBERED = """\
(1) Mill (2) Afterwards

(1) Mill

On Liberty

by John Stuart Mill

The object of this Essay is to assert one very simple principle, as entitled to govern absolutely the dealings of society with the individual.

(2) Afterwards

The essay was much debated in its time, and the debate has never quite stopped since then.
"""


def test_numbered_heading_ends_an_excerpt():
    _, found = quotations(NUMBERED)
    assert len(found) == 1
    (q,) = found
    assert q.kind == "excerpt"
    assert q.text.startswith("The object of this Essay")
    assert q.claim.title == "On Liberty"
    assert q.claim.page is None  # no anchor anywhere


def test_numbered_headings_and_table_of_contents_are_not_quotations():
    _, found = quotations(NUMBERED)
    assert all("(1)" not in q.text and "(2)" not in q.text for q in found)


TWO_HEADERS = """\
On Liberty

by John Stuart Mill

{p. 21} The object of this Essay is to assert one very simple principle, as entitled to govern absolutely.

{Mill contradicts himself here: p. 176}

...

{p. 176} The principle requires liberty of tastes and pursuits; of framing the plan of our life to suit our own character.

Common Sense

by Thomas Paine

Society in every state is a blessing, but government even in its best state is but a necessary evil.

{end}
"""


def test_next_header_starts_a_new_excerpt_with_its_own_claim():
    _, found = quotations(TWO_HEADERS)
    audited = [q for q in found if q.audited]
    assert [q.claim.author for q in audited] == ["John Stuart Mill", "John Stuart Mill", "Thomas Paine"]
    assert [q.claim.title for q in audited] == ["On Liberty", "On Liberty", "Common Sense"]
    assert audited[2].text.startswith("Society in every state")
    assert audited[2].claim.page is None  # Paine's page is not inherited from Mill


def test_braced_remark_is_not_a_quotation_and_elision_line_is_an_editorial_mark_inside_the_excerpt():
    _, found = quotations(TWO_HEADERS)
    assert all("contradicts" not in q.text for q in found)
    # "..." alone between two excerpt paragraphs: the excerpt goes on, and the line is an
    # elision of the compiler's (an unaudited excerpt quotation that is nothing but the mark)
    (elision,) = [q for q in found if q.text.strip() == "..."]
    assert elision.kind == "excerpt" and not elision.audited
    assert [m.kind for m in elision.marks] == ["elision"]
    assert (elision.marks[0].start, elision.marks[0].end) == (elision.start, elision.end)
    after = found[found.index(elision) + 1]
    assert after.text.startswith("{p. 176} The principle")
    assert after.claim.page == "176"


def test_header_lines_are_not_quotations():
    _, found = quotations(TWO_HEADERS)
    for header in ("by John Stuart Mill", "by Thomas Paine"):
        assert all(header not in q.text for q in found)


# --- inline quotations ----------------------------------------------------------------

def test_inline_curly_quote_with_author_and_title_before_it():
    text = ("As Mill wrote in On Liberty, “the only freedom which deserves the name, is that of "
            "pursuing our own good in our own way”. The rest is commentary.\n")
    _, found = quotations(text)
    assert len(found) == 1
    q = found[0]
    assert q.kind == "inline"
    assert q.text == ("the only freedom which deserves the name, is that of pursuing our own "
                      "good in our own way")
    assert q.audited
    assert "Mill" in q.claim.author
    assert q.claim.title == "On Liberty"


def test_inline_straight_quote_with_author_and_title_before_it():
    text = ('As Mill wrote in On Liberty, "the only freedom which deserves the name, is that of '
            'pursuing our own good in our own way".\n')
    _, found = quotations(text)
    assert len(found) == 1
    q = found[0]
    assert q.text.startswith("the only freedom") and q.text.endswith("in our own way")
    assert '"' not in q.text
    assert "Mill" in q.claim.author and q.claim.title == "On Liberty"


def test_inline_curly_quote_wrapped_over_two_lines():
    text = ("As Mill wrote in On Liberty, “the only freedom which deserves the name, is that\n"
            "of pursuing our own good in our own way”, and he added “nothing more”.\n")
    _, found = quotations(text)
    assert [words(q.text) for q in found] == [
        words("the only freedom which deserves the name, is that of pursuing our own good in our own way"),
        ["nothing", "more"]]
    assert [q.audited for q in found] == [True, False]


def test_inline_straight_quote_wrapped_over_two_lines():
    text = ('As Mill wrote in On Liberty, "the only freedom which deserves the name, is that\n'
            'of pursuing our own good in our own way", and he added "nothing more".\n')
    _, found = quotations(text)
    assert [words(q.text) for q in found] == [
        words("the only freedom which deserves the name, is that of pursuing our own good in our own way"),
        ["nothing", "more"]]


def test_inline_quote_with_dash_credit_after_it():
    text = ("“Society in every state is a blessing, but government even in its best state is but "
            "a necessary evil” — Thomas Paine, Common Sense\n")
    _, found = quotations(text)
    assert len(found) == 1
    q = found[0]
    assert q.text.startswith("Society in every state") and q.text.endswith("necessary evil")
    assert q.claim.author == "Thomas Paine"
    assert q.claim.title == "Common Sense"


def test_inline_quote_with_parenthetical_credit_and_page():
    text = ("Paine opens with a distinction: “Society in every state is a blessing, but government "
            "even in its best state is but a necessary evil” (Paine, Common Sense, p. 3).\n")
    _, (q,) = quotations(text)
    assert q.claim.author == "Paine"
    assert q.claim.title == "Common Sense"
    assert q.claim.page == "3"


def test_inline_quote_without_any_claim():
    text = "It is often said that “the price of liberty is eternal vigilance, or so they say”.\n"
    _, (q,) = quotations(text)
    assert q.audited
    assert q.claim is None


@pytest.mark.parametrize("lead", ["He wrote that", "She said:", "It says"])
def test_pronoun_is_not_an_author(lead):
    text = (f"Mill is clear on this. {lead} “the only freedom which deserves the name, is that of "
            "pursuing our own good in our own way”.\n")
    _, (q,) = quotations(text)
    assert q.claim is None or (q.claim.author or "").lower() not in {"he", "she", "it"}


def test_a_pronoun_alone_on_the_line_before_a_quotation_names_nobody():
    text = ("Marcus Aurelius kept a notebook.\n\nHe writes (Book II, if you want to look it up):\n\n"
            "\"Begin the morning by saying to thyself, I shall meet with the busybody, the ungrateful, arrogant.\"\n")
    _, found = quotations(text)
    [q] = [q for q in found if q.quoted]
    assert q.claim is None or q.claim.author != "He"


def test_short_scare_quotes_are_listed_but_not_audited():
    text = ('The so-called “freedom” that the "experts" praise is a short word. '
            'But “the only freedom which deserves the name” is a longer phrase.\n')
    _, found = quotations(text)
    by_text = {q.text: q for q in found}
    assert set(by_text) == {"freedom", "experts", "the only freedom which deserves the name"}
    assert not by_text["freedom"].audited
    assert not by_text["experts"].audited
    long_one = by_text["the only freedom which deserves the name"]
    assert len(words(long_one.text)) >= MIN_AUDITED_WORDS
    assert long_one.audited


def test_audit_threshold_counts_words():
    short = " ".join(["word"] * (MIN_AUDITED_WORDS - 1))
    enough = " ".join(["word"] * MIN_AUDITED_WORDS)
    _, found = quotations(f'He said "{short}" and then "{enough}".\n')
    assert [q.audited for q in found] == [False, True]


def test_inline_quotes_inside_an_excerpt_are_not_separate_quotations():
    text = """\
The Weekly Review

by A. Journalist

Written: 16 May 1999

The minister said that “we will never again mistake the glitter of a throne for safety” and sat down.
"""
    _, found = quotations(text)
    assert len(found) == 1
    assert found[0].kind == "excerpt"
    assert "“we will never again" in found[0].text


# --- HTML and Markdown ----------------------------------------------------------------

def test_html_blockquote_with_claim_in_the_paragraph_before():
    html = ("<html><body><p>As Thomas Paine wrote in Common Sense:</p>"
            "<blockquote><p>Society in every state is a blessing, but government even in its best "
            "state is but a necessary evil.</p></blockquote>"
            "<p>That is where he starts.</p></body></html>")
    document, found = quotations(html, "html", "page.html")
    assert len(found) == 1
    q = found[0]
    assert q.kind == "blockquote"
    assert q.text == ("Society in every state is a blessing, but government even in its best "
                      "state is but a necessary evil.")
    assert q.claim.author == "Thomas Paine" and q.claim.title == "Common Sense"
    assert "<" not in document.text


def test_html_blockquote_credit_line_is_not_quoted_but_is_the_claim():
    html = ("<blockquote><p>Society in every state is a blessing, but government even in its best "
            "state is but a necessary evil.</p><p>— Thomas Paine, Common Sense</p></blockquote>")
    _, (q,) = quotations(html, "html", "page.html")
    assert q.kind == "blockquote"
    assert q.text.endswith("necessary evil.")
    assert "Paine" not in q.text
    assert q.claim.author == "Thomas Paine" and q.claim.title == "Common Sense"


def test_html_q_element_is_an_inline_quotation():
    html = ("<p>As Mill wrote in On Liberty, <q>the only freedom which deserves the name, is that of "
            "pursuing our own good in our own way</q>, and he meant it.</p>")
    _, found = quotations(html, "html", "page.html")
    assert len(found) == 1
    q = found[0]
    assert q.kind == "inline"
    assert q.text == ("the only freedom which deserves the name, is that of pursuing our own good "
                      "in our own way")
    assert q.claim.title == "On Liberty"


def test_html_excerpt_blocks_in_paragraphs():
    html = "".join(f"<p>{p}</p>\n" for p in MULTI.split("\n\n"))
    _, found = quotations(html, "html", "page.html")
    assert [q.kind for q in found] == ["excerpt"] * 3
    assert [q.claim.page for q in found] == ["21", "22", "23"]


MARKDOWN = """\
Paine begins with a distinction.

> Society in every state is a blessing, but government
> even in its best state is but a necessary evil.

That is all.
"""


def test_markdown_blockquote():
    document, found = quotations(MARKDOWN, "markdown", "notes.md")
    assert len(found) == 1
    q = found[0]
    assert q.kind == "blockquote"
    assert q.text.startswith("Society in every state")
    assert q.text.endswith("necessary evil.")
    assert words(q.text) == words("Society in every state is a blessing, but government even in "
                                  "its best state is but a necessary evil.")
    assert "That is all" not in q.text


def test_two_markdown_blocks_are_two_quotations():
    text = MARKDOWN + "\n> Over himself, over his own body and mind, the individual is sovereign.\n"
    _, found = quotations(text, "markdown", "notes.md")
    assert [q.kind for q in found] == ["blockquote", "blockquote"]
    assert found[1].text.startswith("Over himself")


def test_markdown_blockquote_claim_from_the_paragraph_before():
    text = ("As Thomas Paine wrote in Common Sense:\n\n"
            "> Society in every state is a blessing, but government even in its best state is but "
            "a necessary evil.\n")
    _, (q,) = quotations(text, "markdown", "notes.md")
    assert q.claim is not None
    assert q.claim.author == "Thomas Paine" and q.claim.title == "Common Sense"


def test_markdown_blockquote_credit_line():
    text = ("> Society in every state is a blessing, but government even in its best state is but "
            "a necessary evil.\n>\n> — Thomas Paine, Common Sense\n")
    _, (q,) = quotations(text, "markdown", "notes.md")
    assert "Paine" not in q.text
    assert q.claim is not None and q.claim.author == "Thomas Paine"


# --- nothing to find, broken input --------------------------------------------------

@pytest.mark.parametrize("text, fmt", [
    ("Nothing here is quoted at all. Just plain prose written by me.\n", "text"),
    ("<p>Nothing quoted here either, only my own words.</p>", "html"),
    ("# Notes\n\nNothing quoted, only a list:\n\n- one\n- two\n", "markdown"),
    ("", "text"),
    ("> \n>\n", "markdown"),
])
def test_document_without_quotations_gives_an_empty_list(text, fmt):
    _, found = quotations(text, fmt)
    assert found == []


@pytest.mark.parametrize("text", [
    'He said "this never ends and goes on and on without a closing mark.\n\nNext paragraph.\n',
    "He said “this never ends either, with a curly opening mark only.\n",
    "A closing mark only” here, and a stray „ too.\n",
    "On Liberty\n\nby John Stuart Mill\n\n{p. 3 The object {of this Essay [is to assert one simple principle.\n",
    "{{{{ }}}} [[[ ]]] ((( ))) ... … {p. } [Pg ] {end\n",
    "by\n\n(1)\n\n{end}\n\n“”\n\n\"\"\n",
])
def test_unbalanced_quotes_and_braces_do_not_crash(text):
    for fmt in ("text", "markdown", "html"):
        quotations(text, fmt)


def test_unbalanced_brace_inside_an_excerpt_keeps_the_excerpt():
    text = ("On Liberty\n\nby John Stuart Mill\n\n"
            "{p. 3 The object of this Essay is to assert one very simple principle.\n")
    _, found = quotations(text)
    assert len(found) == 1
    assert found[0].kind == "excerpt"
    assert found[0].claim.title == "On Liberty"


# --- the parse as a whole --------------------------------------------------------------

def test_parse_quotations_gives_quotations_warnings_and_conventions():
    from quotetrace.quotes import document_warnings, parse_quotations

    document = parse_document(DOC_EXAMPLE + "\nA brace {that never closes.\n", "doc.txt", "text")
    parse = parse_quotations(document)
    assert [q.text for q in parse.quotations] == [q.text for q in find_quotations(document)]
    assert parse.conventions.interpolation == "braces" and parse.conventions.declared
    assert parse.warnings == document_warnings(document)
    assert len(parse.warnings) == 1 and parse.warnings[0].startswith("unbalanced '{' at offset ")


def test_scare_quotes_and_titles_are_listed_but_belong_to_the_compiler():
    from quotetrace.speakers import speaker_map

    text = 'The so-called “freedom” of the essay “Self-Reliance” is what Mill calls “the despotism of custom”.\n'
    document, found = quotations(text)
    assert [(q.text, q.kind, q.quoted, q.audited) for q in found] == [
        ("freedom", "scare", False, False), ("Self-Reliance", "title", False, False),
        ("the despotism of custom", "inline", True, False)]
    quoted = [document.text[s.start:s.end] for s in speaker_map(document.text, found) if s.speaker == "quoted"]
    assert quoted == ["the despotism of custom"]


# --- no state between parses -----------------------------------------------------------

def test_parse_keeps_nothing_between_calls():
    import quotetrace.quotes as quotes_module
    from quotetrace.quotes import parse_quotations

    assert not hasattr(quotes_module, "_CACHE")
    document = parse_document('She said "the whole of the law is in one sentence here" today.', "a.txt", "text")
    first, second = parse_quotations(document), parse_quotations(document)
    assert first is not second
    assert [q.text for q in first.quotations] == [q.text for q in second.quotations]


# --- claims read from the text around a quotation -----------------------------------------

def test_dash_credit_stops_at_the_end_of_the_name():
    _, found = quotations('"Habit is a second nature that destroys the first one." - Blaise Pascal. Still true today.')
    assert found[0].claim.author == "Blaise Pascal"


def test_dash_credit_title_must_look_like_a_title():
    _, found = quotations('"Brevity is the soul of wit and the limbs of ornament." - Polonius, who talks too much.')
    assert found[0].claim.author == "Polonius"
    assert found[0].claim.title is None


def test_dash_credit_with_a_work_and_a_place_in_it_names_the_work():
    _, found = quotations('Closest real line: "Waste no more time arguing what a good man should be." - Thoughts X.16')
    assert found[0].claim.title == "Thoughts"
    assert found[0].claim.author is None


def test_nested_straight_quotes_make_one_quotation():
    _, found = quotations('He wrote: "Take away the complaint, "I am hurt," and the hurt is taken away." - Thoughts IV.7')
    assert [q.text for q in found] == ['Take away the complaint, "I am hurt," and the hurt is taken away.']


def test_a_citation_closing_the_sentence_gives_the_page_of_every_quotation_in_it():
    text = ('When society is the tyrant, he argues, "it practises a tyranny worse than the law" because '
            '"it leaves fewer means of escape from its grip" (Mill 1859, p. 13).')
    _, found = quotations(text, "markdown", "essay.md")
    assert [q.claim.page for q in found] == ["13", "13"]
    assert [q.claim.author for q in found] == ["Mill", "Mill"]


def test_a_citation_on_its_own_line_in_a_blockquote_is_its_credit():
    text = ("He then describes the fate of the writer:\n\n"
            "> The writer may say what he pleases, but he will repent it if he ever\n"
            "> steps beyond the barriers the majority has raised.\n>\n> (Tocqueville 1835, pp. 263–64)\n")
    document, found = quotations(text, "markdown", "essay.md")
    assert len(found) == 1
    assert found[0].text.endswith("the majority has raised.")
    assert (found[0].claim.author, found[0].claim.page) == ("Tocqueville", "263")


def test_an_author_the_page_cites_and_mentions_is_the_speaker():
    text = ("Common Sense\n\nby Thomas Paine\n\nR. Bell, Philadelphia 1776\n\n"
            "Society in every state is a blessing, but government even in its best state is but a necessary evil.\n\n"
            "{end}\n\n"
            "Paine went further later, where the only revelation left is nature: \u201cthe word of God is the "
            "creation we behold and nothing else\u201d.\n")
    _, found = quotations(text)
    assert found[-1].claim.author == "Thomas Paine"


def test_a_title_the_page_credits_elsewhere_takes_that_author():
    text = ("<p>A caption from Walden is usually <q>the mass of men lead lives of quiet desperation</q>.</p>"
            "<blockquote><p>I went to the woods because I wished to live deliberately and to front the facts.</p>"
            "<p>\u2014 Henry David Thoreau, Walden (1854)</p></blockquote>")
    _, found = quotations(text, "html", "post.html")
    assert found[0].claim.title == "Walden"
    assert found[0].claim.author == "Henry David Thoreau"


def test_in_a_place_followed_by_a_pronoun_is_no_title():
    _, found = quotations('Tocqueville was a Catholic. In France he had seen "the spirit of religion and '
                          'the spirit of freedom marching in opposite directions" for years.')
    assert found[0].claim is None or found[0].claim.title is None  # not "France"


def test_a_translators_words_are_the_work_the_page_quotes_in_that_translation():
    text = ("The Iliad of Homer\nTranslated by Alexander Pope\nLondon 1715\n\n"
            "Like leaves on trees the race of man is found,\nNow green in youth, now withering on the ground.\n\n"
            "[end]\n\n"
            'Achilles says, in Pope\'s words, that "life is not to be bought with heaps of gold" at all.\n')
    _, found = quotations(text)
    assert found[-1].claim.author == "Homer"


# --- an end marker right under the excerpt's last line ---------------------------------

@pytest.mark.parametrize("marker", ["{end}", "[end]", "==", "* * *"])
def test_end_marker_right_under_the_last_line_ends_the_excerpt(marker):
    text = ("On Liberty\nby John Stuart Mill\nLongmans, Green, London 1869\n\n"
            "{p. 21} The object of this Essay is to assert one very simple principle, as entitled to govern\n"
            "absolutely the dealings of society with the individual in the way of compulsion and control.\n"
            f"{marker}\n\n"
            "Readers still argue about it, and about what the sentence leaves out of the account.\n")
    document, found = quotations(text)
    excerpts = [q for q in found if q.kind == "excerpt"]
    assert len(excerpts) == 1
    assert excerpts[0].text.endswith("compulsion and control.")
    assert [m.kind for m in excerpts[0].marks] == ["page"]  # the marker is no interpolation
    assert excerpts[0].claim.author == "John Stuart Mill"


def test_an_underlined_title_is_no_end_marker():
    from quotetrace.quotes import split_paragraphs
    paragraphs = split_paragraphs("Chapter One\n===========\n\nIt was a dark night.\n")
    assert paragraphs[0].text == "Chapter One\n==========="


# --- claims: works as speakers and citations of works -----------------------------------

def test_a_version_of_a_work_that_puts_it_is_a_title():
    _, found = quotations("As the King James Version puts it, \u201cRemember all thy offerings, and accept "
                          "thy burnt sacrifice; Selah.\u201d\n")
    assert (found[0].claim.author, found[0].claim.title) == (None, "King James Version")


def test_the_words_in_a_version_are_these():
    _, found = quotations("(2) Dickens on money\n\nReaders still argue. The words in the King James Bible are "
                          "these: \u201cRender therefore unto Caesar the things which are Caesar's.\u201d\n")
    assert (found[-1].claim.author, found[-1].claim.title) == (None, "King James Bible")


def test_a_version_in_parentheses_after_a_quotation():
    _, found = quotations("(4) Austen on pride\n\nThe argument rests on this. \u201cAnd as Jesus passed by, he "
                          "saw a man which was blind from his birth.\u201d (the King James\nBible)\n")
    assert (found[-1].claim.author, found[-1].claim.title) == (None, "King James Bible")


def test_a_credit_wrapped_over_two_lines():
    _, found = quotations("\u201cThey were aware that a certain number of troops for guards were indispensable.\u201d "
                          "(Alexander\nHamilton, The Federalist Papers)\n")
    assert (found[0].claim.author, found[0].claim.title) == ("Alexander Hamilton", "The Federalist Papers")


@pytest.mark.parametrize("cite, title", [("(Hamlet 3.1)", "Hamlet"), ("(As You Like It 2.7.139)", "As You Like It"),
                                         ("(Sonnet 18)", "Sonnet 18"), ("(Matthew 6:19-21, KJV)", "Matthew")])
def test_a_work_and_a_place_in_it_in_parentheses(cite, title):
    _, found = quotations(f"It goes on: \u201cThe slings and arrows of outrageous fortune, and all the rest of it.\u201d {cite}\n")
    assert found[0].claim.title == title
    assert found[0].claim.author is None  # the page names no author


def test_a_page_whose_title_names_the_author_gives_it_to_cited_works():
    text = ("<h1>Shakespeare on Time and Mortality</h1><p>Only one thing in Shakespeare beats time.</p>"
            "<h2>1. The question</h2><blockquote><p>To be, or not to be, that is the question:<br>"
            "Whether 'tis nobler in the mind to suffer</p></blockquote><p>(Hamlet 3.1)</p>")
    _, found = quotations(text, "html", "page.html")
    assert (found[0].claim.author, found[0].claim.title) == ("Shakespeare", "Hamlet")


def test_a_heading_that_is_no_name():
    from quotetrace.claims import person_in_heading
    assert person_in_heading("1. Time as a stage") is None
    assert person_in_heading("# Study Guide: Epictetus and Marcus Aurelius") is None
    assert person_in_heading("(2) Mill argues for liberty") == "Mill"
    assert person_in_heading("Quotes About Vanity and Self-Love") is None
    assert person_in_heading("Darwin In His Own Words") == "Darwin"


def test_a_list_item_that_opens_with_a_citation_covers_its_quotations():
    text = ("## Unit 1\n\n- **Jane Austen, *Pride and Prejudice* (1813).** Penguin Classics.\n"
            "  The most famous first sentence in English fiction: \"It is a truth universally acknowledged, that a "
            "single man in possession of a good fortune, must be in want of a wife.\"\n")
    _, found = quotations(text, "markdown", "list.md")
    assert (found[0].claim.author, found[0].claim.title) == ("Jane Austen", "Pride and Prejudice")


def test_another_person_in_the_sentence_takes_the_quotation_from_the_heading():
    text = ("(2) Locke on labour and property\n\nIt is worth remembering who Locke is answering. Hobbes had "
            "described the natural condition of mankind as a war in which the life of man is \"solitary, poore, "
            "nasty, brutish, and short.\"\n")
    _, found = quotations(text)
    assert found[-1].claim.author == "Hobbes"


def test_a_weekday_date_makes_the_pages_own_title_block():
    text = ("WHERE YOUR TREASURE IS\nA sermon preached at Grace Chapel\nSunday, October 12, 2008\n\n"
            "Friends, this has been a hard month to talk about money, and here I am asking you for a pledge.\n")
    _, found = quotations(text)
    assert not [q for q in found if q.kind == "excerpt"]


def test_our_lord_names_no_author():
    _, found = quotations("Our Lord said it plainly on the mountain: \"Lay not up for yourselves treasures upon "
                          "earth, where moth and rust doth corrupt.\" (Matthew 6:19)\n")
    assert (found[0].claim.author, found[0].claim.title) == (None, "Matthew")


def test_a_pronoun_is_the_person_named_before_it_not_the_one_after_it():
    text = ("Mary Wollstonecraft, seventy years earlier, had the opposite fear. In the Vindication she quotes "
            "Rousseau's warning, “Educate women like men, and the more they resemble our sex the less power will "
            "they have over us,” and answers it in one line: “This is the very point I aim at.”\n")
    _, found = quotations(text)
    assert found[-1].claim.author == "Mary Wollstonecraft"


def test_a_name_the_page_has_speak_counts_alone_for_he():
    text = ("Sun Tzu wrote about deception. Giles translated him in 1910.\n\n"
            "Tolstoy would have had no patience with either reading. In Book Nine he asks what caused the invasion "
            "and concludes that “there was no one cause for that occurrence, but it had to occur because it had "
            "to.” What Tolstoy actually wrote is harsher still.\n")
    _, found = quotations(text)
    assert found[0].claim.author == "Tolstoy"


def test_a_translators_version_is_not_the_person_in_focus():
    text = ("Thucydides writes of Melos. Crawley says so too. Thucydides himself does not "
            "say, in Crawley's version, whether he agrees, but he explains that he gave his speakers “the "
            "sentiments proper to the occasion, expressed as I thought he would be likely to express them”.\n")
    _, found = quotations(text)
    assert found[-1].claim.author == "Thucydides"


def test_a_title_carries_to_the_same_authors_next_quotation_in_the_paragraph():
    text = ("In the first chapter of War and Peace, Tolstoy writes that “there was no one cause for that "
            "occurrence, but it had to occur because it had to.” Later Tolstoy writes, more brutally, “A king is "
            "history's slave, and that is all there is to it.”\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title) for q in found] == [("Tolstoy", "War and Peace")] * 2


def test_a_single_name_under_a_headers_title_is_the_author():
    text = ("History of the Peloponnesian War\nThucydides\ntranslated by Richard Crawley (1874)\n\n"
            "Our constitution does not copy the laws of neighbouring states; we are rather a pattern to others "
            "than imitators ourselves.\n")
    _, found = quotations(text)
    assert (found[0].claim.author, found[0].claim.title) == ("Thucydides", "History of the Peloponnesian War")


def test_a_citation_line_at_the_foot_of_a_blockquote_is_its_claim_and_not_quoted():
    html = ("<p>Darwin chose the word by analogy with the breeder.</p>"
            "<blockquote><p>THE WORD OF GOD IS THE CREATION WE BEHOLD: And it is in this word, which no human "
            "invention can counterfeit or alter, that God speaketh universally to man.</p>"
            "<footer>Thomas Paine, <cite>The Age of Reason</cite>, Part I, ch. IX</footer></blockquote>")
    _, (q,) = quotations(html, "html", "page.html")
    assert (q.claim.author, q.claim.title) == ("Thomas Paine", "The Age of Reason")
    assert "Thomas Paine" not in q.text


def test_a_dash_credit_gives_the_blocks_page():
    html = ("<blockquote><p>I have called this principle, by which each slight variation, if useful, is "
            "preserved, by the term of Natural Selection.</p></blockquote>"
            "<p>— Charles Darwin, On the Origin of Species (1859), chapter III, p. 61</p>")
    _, (q,) = quotations(html, "html", "page.html")
    assert (q.claim.author, q.claim.page) == ("Charles Darwin", "61")


def test_a_banner_heading_with_a_possessive_title_claims_its_section():
    text = ("*** APRIL: BEN FRANKLIN'S AUTOBIOGRAPHY ***\n\n"
            "We meet Thursday. This is how he kept track, from Part Two:\n\n"
            "> I made a little book, in which I allotted a page for each of the virtues.\n")
    _, found = quotations(text)
    assert (found[-1].claim.author, found[-1].claim.title) == ("Ben Franklin", "Autobiography")


def test_an_author_year_citation_takes_its_title_from_the_reference_list():
    text = ("The most quoted sentence is a comparison: it is \"much safer to be feared than loved, when, of the "
            "two, either must be dispensed with\" (Machiavelli 1908, p. 134). Men \"are ungrateful, fickle, false, "
            "cowardly, covetous\" (ibid.). A people \"controlled by the laws\" is no worse than a prince "
            "(Machiavelli 1883, p. 203).\n\nReferences\n\n"
            "Machiavelli, N. (1883). Discourses on the First Decade of Titus Livius. Trans. N. H. Thomson.\n"
            "Machiavelli, N. (1908). The Prince. Trans. W. K. Marriott. London: J. M. Dent.\n")
    _, found = quotations(text)
    assert [(q.claim.title, q.claim.page) for q in found] == [
        ("The Prince", "134"), ("The Prince", "134"), ("Discourses on the First Decade of Titus Livius", "203")]


def test_reference_list_entries_in_several_styles():
    from quotetrace.claims import reference_list
    works = reference_list("- Mill, John Stuart (1859). *On Liberty*. London: John W. Parker and Son.\n"
                           "Madison, J. (1787). The Federalist No. 10. New York Daily Advertiser.\n"
                           "Tocqueville, A. de (1835). Democracy in America, vol. 1, trans. H. Reeve.\n"
                           "Chapter, 12 lines of prose (1850) are not an entry.\n")
    assert {key: work.title for key, work in works.items()} == {
        ("Mill", "1859"): "On Liberty", ("Madison", "1787"): "The Federalist No. 10",
        ("Tocqueville", "1835"): "Democracy in America"}


def test_an_essays_own_title_and_byline_open_no_excerpt():
    text = ("The Fear of the Sword\nJonah Whitcombe\n\nAn essay for the Civic Thought prize, 2022\n\n"
            "Every theory of government is, at bottom, a theory of what people are afraid of.\n\n"
            "As Hobbes observes in Leviathan, men without a common power are in \"that condition which is called "
            "Warre; and such a warre, as is of every man, against every man.\"\n")
    _, found = quotations(text)
    assert [q.kind for q in found] == ["inline"]
    assert (found[0].claim.author, found[0].claim.title) == ("Hobbes", "Leviathan")


def test_a_periodicals_byline_names_the_articles_author():
    from quotetrace.claims import claim_from_header
    claim = claim_from_header(["Lincoln's warning, 175 years on", "The Sangamon Ledger Vol.88 No.4 January 27, 2013",
                               "by Curtis Abernethy, staff writer"])
    assert (claim.author, claim.title) == ("Curtis Abernethy", "Lincoln's warning, 175 years on")


@pytest.mark.parametrize("lines, expected", [
    (["From The Autobiography of Benjamin Franklin by Benjamin Franklin (Henry Altemus, 1895)"],
     ("Benjamin Franklin", "The Autobiography of Benjamin Franklin")),
    (["The Federalist, No. 51", "by Publius {James Madison}", "G. P. Putnam's Sons, New York 1888"],
     ("Publius", "The Federalist, No. 51")),
    (["Rights of Man", "by Thomas Paine", "The Writings of Thomas Paine, collected and edited by Moncure Conway",
      "G. P. Putnam's Sons, New York 1894"], ("Thomas Paine", "Rights of Man")),
])
def test_header_lines_with_a_by_inside_a_braced_remark_or_an_editor(lines, expected):
    from quotetrace.claims import claim_from_header
    claim = claim_from_header(lines)
    assert (claim.author, claim.title) == expected


@pytest.mark.parametrize("line", ["Friedrich Nietzsche, transl. Helen Zimmern", "Friedrich Nietzsche, tr. Helen Zimmern"])
def test_an_author_line_with_a_translator_abbreviated(line):
    from quotetrace.claims import claim_from_header
    claim = claim_from_header(["BEYOND GOOD AND EVIL", line, "Modern Library edition, section 260"])
    assert (claim.author, claim.title, claim.translator) == ("Friedrich Nietzsche", "BEYOND GOOD AND EVIL", "Helen Zimmern")


BIBLIOGRAPHY = """Annotated Bibliography: Orphans in the Victorian Novel

Jane Eyre calls herself "a discord in Gateshead Hall" (Kowalczyk, 2015, p. 41).

Brontë, C. (2006). Jane Eyre (M. Smith, Ed.). Oxford University Press.

     Annotation. Her verdict on her childhood is blunt: "I was like nobody there; I had nothing in harmony with
     Mrs. Reed or her children" (p. 15).

Dickens, C. (2002). Oliver Twist (P. Horne, Ed.). Penguin Classics.

     Annotation. He "was badged and ticketed, and fell into his place at once" (p. 3).

Kowalczyk, M. (2015). Nobody's child: Orphans and foundlings in Victorian fiction. Ashgate.
"""


def test_quotations_in_the_notes_under_a_bibliography_entry_are_from_the_entrys_work():
    _, found = quotations(BIBLIOGRAPHY)
    nobody, badged = (next(q for q in found if needle in q.text) for needle in ("like nobody", "badged"))
    assert (nobody.claim.author, nobody.claim.title, nobody.claim.page) == ("C. Brontë", "Jane Eyre", "15")
    assert (badged.claim.author, badged.claim.title, badged.claim.page) == ("C. Dickens", "Oliver Twist", "3")


def test_a_forum_post_body_set_in_a_blockquote_is_the_posters_own_text():
    html = ('<ol id="posts"><li><div class="userinfo">stagedoor_sal</div>'
            '<blockquote class="postcontent restore">Our director keeps telling Malvolio to punch the line '
            '"Some are born great" as if it were his own big speech.</blockquote></li>'
            '<li><blockquote class="postcontent restore">Maria writes it. <blockquote>In my stars I am above thee; '
            'but be not afraid of greatness.</blockquote></blockquote></li></ol>')
    _, found = quotations(html, "html", "thread.html")
    assert [q.text for q in found if q.quoted] == ["Some are born great",
                                                   "In my stars I am above thee; but be not afraid of greatness."]


def test_a_header_in_nested_markdown_emphasis_with_a_volume():
    text = ("# Belief on testimony\n\n## I. Gibbon: three attitudes to the gods\n\n"
            "**Edward Gibbon, *The History of the Decline and Fall of the Roman Empire*, vol. I, ch. II**\n"
            "*ed. J. B. Bury, Methuen, London 1896*\n\n"
            "|31| The policy of the emperors and the senate, as far as it concerned religion, was happily seconded.\n\n"
            "(end of Gibbon)\n")
    _, found = quotations(text, "markdown", "notes.md")
    [policy] = [q for q in found if q.quoted]
    assert (policy.claim.author, policy.claim.title, policy.claim.page) == \
        ("Edward Gibbon", "The History of the Decline and Fall of the Roman Empire", "31")


def test_a_citation_written_as_sentences_on_one_line_is_a_header():
    from quotetrace.claims import citation_parts
    line = ("The Tâo Teh King, translated by James Legge. The Sacred Books of the East, vol. XXXIX, "
            "Clarendon Press, Oxford 1891.")
    text = (f"Page numbers in square brackets.\n\n## Laozi, chapters 17 and 57\n\n{line}\n\n[60] 17. 1. In the highest antiquity, (the people) did not know "
            "that there were (their rulers). In the next age they loved them and praised them.\n\n* * *\n")
    _, found = quotations(text, "markdown", "notes.md")
    [antiquity] = [q for q in found if q.quoted]
    assert (antiquity.claim.title, antiquity.claim.translator) == ("The Tâo Teh King", "James Legge")
    for prose in ("Printed by J. Heywood & Co., Deansgate. Published by the Society, 14 Stockport Road.",
                  "PRIYA: People love to quote Voltaire. He wrote Candide in 1759.",
                  "This is a sentence. And here is another one."):
        assert citation_parts(prose) == [prose]



@pytest.mark.parametrize("line, expected", [
    # a post of a thread, with its number and a symbol before the citation, an imprint that makes it long
    ("2/ \U0001f4d6 John Stuart Mill, Considerations on Representative Government (London: Parker, Son, and Bourn, "
     "1861), ch. III, \"That the ideally best Form of Government is Representative Government\"",
     ("John Stuart Mill", "Considerations on Representative Government", None)),
    # "From" before the author; the translator after the title is no part of it
    ("From Thucydides, History of the Peloponnesian War, translated by Richard Crawley, Everyman's Library "
     "(J. M. Dent, 1910), Book III", ("Thucydides", "History of the Peloponnesian War", "Richard Crawley")),
    ("• Jane Austen, Pride and Prejudice (1813). Penguin Classics, ed. Vivien Jones.",
     ("Jane Austen", "Pride and Prejudice", None)),
    # author and title set in capitals
    ("3. CHARLES DICKENS, A TALE OF TWO CITIES, Book the First, ch. 1",
     ("Charles Dickens", "A Tale of Two Cities", None)),
])
def test_a_citation_line_under_its_numbering_and_with_its_makers(line, expected):
    from quotetrace.claims import citation_parts, claim_from_header
    claim = claim_from_header(citation_parts(line))
    assert (claim.author, claim.title, claim.translator) == expected


def test_a_boxed_header_with_its_author_in_capitals():
    rule = "=" * 40
    text = (f"Two witnesses follow.\n\n{rule}\n2. LEO TOLSTOY\n   War and Peace, Book IV, chapter 14\n"
            "   translated by Louise and Aylmer Maude\n   Oxford University Press (World's Classics), 1933. Vol. II.\n"
            f"{rule}\n\n    The whole interest was concentrated on Rostóv. Instead of sixteen hundred rubles he had\n"
            "    a long column of figures against his name.\n")
    _, found = quotations(text)
    [excerpt] = [q for q in found if q.quoted]
    assert excerpt.text.lstrip().startswith("The whole interest")  # the rule under the header is no excerpt
    assert (excerpt.claim.author, excerpt.claim.title, excerpt.claim.translator) == \
        ("Leo Tolstoy", "War and Peace", "Louise and Aylmer Maude")
    from quotetrace.claims import classify_header_line
    assert classify_header_line("HALVERSEN MARINE SUPPLY, INC.,") is None or \
        classify_header_line("HALVERSEN MARINE SUPPLY, INC.,")[0] != "citation"  # a party's name in capitals

def test_a_heading_that_cites_its_source_opens_an_excerpt():
    text = ("# Research summary: habit\n\nBelow are the key passages, each under a heading that gives its source.\n\n"
            "### Excerpt 3 - William Shakespeare, *Hamlet*, Act 3, Scene 4\n\n"
            "*Edition: The Arden Shakespeare, Third Series, 2006*\n\n"
            "(p. 352) Assume a virtue, if you have it not.\nThat monster custom, who all sense doth eat,\n"
            "Of habits evil, is angel yet in this.\n\n"
            "**Why it matters:** Hamlet's advice is the earliest statement in this list that habit can be chosen.\n\n"
            "## Small Men, Large Quarrels: Scale as Satire in *Gulliver's Travels*\n\n"
            "When readers remember Gulliver they remember the ropes, and the image hides the joke.\n")
    _, found = quotations(text, "markdown", "notes.md")
    quoted = [q for q in found if q.quoted]
    assert [q.text[:20] for q in quoted] == ["(p. 352) Assume a vi"]  # the remark and the essay are no excerpt
    claim = quoted[0].claim
    assert (claim.author, claim.title, claim.page) == ("William Shakespeare", "Hamlet", "352")

def test_a_credit_line_under_a_quotation_is_no_header():
    text = ("The second is Emerson:\n\n"
            "A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers "
            "and divines.\n\n— Ralph Waldo Emerson, “Self-Reliance”\n\n"
            "Thoreau and Emerson were neighbours, of course, and Thoreau built his cabin on Emerson’s land.\n")
    _, found = quotations(text)
    assert not any(q.text.startswith("Thoreau and Emerson") for q in found)

def test_a_bibliography_entry_is_a_header_and_names_the_source_over_a_section_heading():
    from quotetrace.claims import bibliography_entry_parts, citation_parts
    text = ("My comments within quoted text are indicated {thus}.\n\n"
            "B. NIETZSCHE ON THE STATE\n\n"
            "Nietzsche, Friedrich. Thus Spake Zarathustra: A Book for All and None. Trans. Thomas Common. "
            "Edinburgh and London: T. N. Foulis, 1909. Part I, \"The New Idol,\" pp. 54-56.\n\n"
            "A state, is called the coldest of all cold monsters. Coldly lieth it also; and this lie creepeth "
            "from its mouth: \u201cI, the state, am the people.\u201d\n\n{end}\n")
    _, found = quotations(text)
    [state] = [q for q in found if q.quoted]
    assert state.text.startswith("A state, is called")
    assert (state.claim.author, state.claim.title, state.claim.translator, state.claim.year, state.claim.page) == \
        ("Friedrich Nietzsche", "Thus Spake Zarathustra: A Book for All and None", "Thomas Common", "1909", "54")
    assert citation_parts("Eliot, T. S. The Waste Land. New York: Boni and Liveright, 1922.")[:2] == \
        ["The Waste Land", "by T. S. Eliot"]
    for prose in ("Paine, Thomas. He wrote Common Sense in a hurry.",  # no year: no imprint
                  "Smith, Jones. The meeting ran late. We left at 1900 hours."):  # no title
        assert bibliography_entry_parts(prose) is None

MLA_ESSAY = """Hannah Okafor
Ms. Delacroix
English 11 Honors, Period 3
14 March 2023

No Net Ensnares Me: Independence in Jane Eyre

Jane says that human beings "must have action; and they will make it if they cannot find it" (Brontë 109).

Works Cited

Brontë, Charlotte. Jane Eyre. 1847. Penguin Classics, 2006.

Woolf, Virginia. A Room of One's Own. 1929. Harcourt, 1989.
"""


def test_an_mla_essay_heading_is_the_students_and_its_citations_name_the_works_cited():
    _, found = quotations(MLA_ESSAY)
    [action] = [q for q in found if q.quoted]
    assert (action.claim.author, action.claim.title, action.claim.page) == ("Charlotte Brontë", "Jane Eyre", "109")


def test_a_page_titled_with_a_person_lends_them_the_work_it_is_about():
    passages = ["To suppose that the eye, with all its inimitable contrivances, could have been formed by natural "
                "selection, seems, I freely confess, absurd in the highest possible degree.",
                "Why then is not every geological formation and every stratum full of such intermediate links?",
                "There is grandeur in this view of life, with its several powers, having been originally breathed "
                "into a few forms or into one."]
    html = ("<h1>Darwin In His Own Words</h1><p>We are told that Charles Darwin settled the question. "
            "Every quotation below is copied from the first edition of "
            "<i>On the Origin of Species</i> (London: John Murray, 1859). Let the man speak for himself about "
            "<i>On the Origin of Species</i>, the book the evolutionists call <i>On the Origin of Species</i>.</p>"
            + "".join(f"<h2>{n}. Difficulties</h2><p>Same chapter, under another heading.</p>"
                      f"<blockquote><p>[p. {n}] {passage}</p></blockquote>" for n, passage in enumerate(passages, 1)))
    _, found = quotations(html, "html", "page.html")
    quoted = [q for q in found if q.quoted]
    assert len(quoted) == 3 and all((q.claim.author, q.claim.title) == ("Charles Darwin", "On the Origin of Species")
                                    for q in quoted)


WIKTIONARY = """<ol><li>Gloom, sadness.
<ul><li><div class="citation-whole"><span class="cited-source"><b>1847</b> December, Ellis Bell [pseudonym; Emily
Brontë], chapter XVII, in <cite>Wuthering Heights. A Novel</cite>, [&hellip;], London: Thomas Cautley Newby,
<span class="nowrap">page 16</span>:</span><dl><dd>Time brought resignation, and a <b>melancholy</b> sweeter than
common joy.</dd></dl></div></li></ul></li>
<li>Pensive reflection. <dl><dt>Synonym</dt><dd>gloom</dd></dl></li></ol>"""


def test_a_dictionary_citation_and_the_quotation_under_it():
    from quotetrace.claims import dated_citation
    _, found = quotations(WIKTIONARY, "html", "melancholy.html")
    [quoted] = [q for q in found if q.quoted]
    assert quoted.text.startswith("Time brought resignation") and quoted.text.endswith("common joy.")
    assert (quoted.claim.author, quoted.claim.title, quoted.claim.page) == ("Ellis Bell", "Wuthering Heights", "16")
    claim = dated_citation("1623, William Shakespeare, “Twelfe Night, or What You Will”, in Mr. William "
                           "Shakespeares Comedies, Histories, & Tragedies (First Folio), London: [Act II, scene iv]:")
    assert (claim.author, claim.title, claim.page) == ("William Shakespeare", "Twelfe Night, or What You Will", None)
    assert dated_citation("1847, the year of the novel, was a good year:") is None


def test_a_header_of_label_paragraphs_each_over_its_value():
    text = ("1. Montaigne on the hare and the stag\n\nAuthor\n\nMichel de Montaigne\n\nEssay\n\n"
            "“Of Cruelty” (Book II, chapter 11)\n\nTranslation\n\nCharles Cotton, revised by William Carew Hazlitt"
            "\n\nEdition\n\nEssays of Michel de Montaigne, vol. II, Reeves and Turner, London, 1877\n\n"
            "(p. 120) What I have in me of good, I have, quite contrary, by the lot of my birth.\n\n* * *\n")
    _, found = quotations(text)
    [good] = [q for q in found if q.quoted]
    assert (good.claim.author, good.claim.title, good.claim.page) == ("Michel de Montaigne", "Of Cruelty", "120")


def test_a_person_the_page_has_report_or_record_is_a_speaker_for_he():
    from quotetrace.claims import speaking_persons
    text = "Thucydides reports the plague in full, and Herodotus records the Nile. Boswell relates the dinner."
    assert speaking_persons(text) == {"Thucydides", "Herodotus", "Boswell"}


def test_quotations_on_a_page_titled_with_a_work_are_implied_claims_of_it():
    text = ("# Romeo and Juliet, Lesson 6: names and houses\n\n"
            + "".join(f"Juliet asks about Romeo in line {n}:\n\n> It is the east, and Juliet is the sun; O Romeo, Romeo, wherefore art thou Romeo, line {n}?\n\n"
                      for n in range(1, 7)))
    _, found = quotations(text, "markdown", "lesson.md")
    quoted = [q for q in found if q.quoted]
    assert quoted and all(q.claim is not None and q.claim.title == "Romeo and Juliet" for q in quoted)


def test_a_social_posts_author_line_names_the_poster_not_the_speaker():
    text = ("Wren Abernethy 📚 @wren@mastodon.scot\n3/7 Sonnet 116, the wedding one: \"Love is not love / Which alters "
            "when it alteration finds\". The line after: \"Or bends with the remover to remove\".\n9 Feb 2024, 08:50\n")
    _, found = quotations(text)
    assert [q.text for q in found if q.quoted][0].startswith("Love is not love")
    assert all(q.claim is None or q.claim.author is None for q in found)


def test_a_shops_product_details_name_the_book_the_page_is_about():
    html = ("<h1>The Adventures of Sherlock Holmes (Clothbound Classics)</h1><p>£16.99 · In stock</p>"
            "<h2>Product details</h2><dl><dt>Title:</dt><dd>The Adventures of Sherlock Holmes</dd>"
            "<dt>Author:</dt><dd>Arthur Conan Doyle</dd><dt>Format:</dt><dd>Hardback, cloth, 352 pages</dd>"
            "<dt>ISBN:</dt><dd>9781916042217</dd></dl><h2>Description</h2>"
            "<p>Twelve stories; here is Holmes curling up in his chair because “It is quite a three pipe problem”.</p>")
    _, found = quotations(html, "html", "shop.html")
    [pipe] = [q for q in found if q.quoted]
    assert (pipe.claim.author, pipe.claim.title) == ("Arthur Conan Doyle", "The Adventures of Sherlock Holmes")


def test_a_work_in_a_collection_by_its_author():
    from quotetrace.claims import claim_from_header
    claim = claim_from_header(["Woman Suffrage", "in Anarchism and Other Essays, by Emma Goldman",
                               "Mother Earth Publishing Association, New York, 1910"])
    assert (claim.author, claim.title, claim.year) == ("Emma Goldman", "Woman Suffrage", "1910")


def test_a_declared_page_number_in_bold_brackets_is_a_page_anchor():
    text = ("Page numbers are in bold brackets, **[12]**, where the page begins.\n\n"
            "> **[3]** The majority of people spoil their lives by an unhealthy and exaggerated altruism.\n>\n"
            "> Their remedies do not cure the disease: they merely prolong it.\n\n"
            "-- Oscar Wilde, *The Soul of Man under Socialism*\n")
    _, found = quotations(text, "markdown", "notes.md")
    spoil, remedies = (q for q in found if q.quoted)
    assert [m.text for m in spoil.marks] == ["**[3]**"] and (spoil.claim.page, remedies.claim.page) == ("3", "3")


def test_a_long_title_over_its_authors_name_is_a_header():
    title = ("A Modest Proposal for preventing the Children of Poor People in Ireland from being a Burden to their "
             "Parents or Country, and for making them Beneficial to the Publick")
    text = (f"{title}\nJonathan Swift\nin: The Prose Works of Jonathan Swift, George Bell and Sons, London 1905\n\n"
            "{p. 109} It is a melancholy object to those, who walk through this great town, or travel in the country, "
            "when they see the streets, the roads, and cabbin-doors crowded with beggars of the female sex.\n\n{end}\n")
    _, found = quotations(text)
    [quotation] = [q for q in found if q.quoted]
    assert (quotation.claim.author, quotation.claim.title, quotation.claim.page) == ("Jonathan Swift", title, "109")


def test_the_compilers_note_under_a_header_is_not_the_excerpt():
    text = ("(1) Burke answers Price\n\nReflections on the Revolution in France\nEdmund Burke\n"
            "Little, Brown, and Company, Boston 1866\n\n"
            "The sermon Burke is attacking is Price's, and I have kept his footnote numbers as I found them.\n\n"
            "{p. 253} This new, and hitherto unheard-of bill of rights, though made in the name of the whole people, "
            "belongs to those gentlemen and their faction only.\n\n{end}\n")
    _, found = quotations(text)
    (excerpt,) = [q for q in found if q.kind == "excerpt"]
    assert excerpt.text.startswith("{p. 253} This new") and excerpt.claim.page == "253"


def test_a_contents_line_and_a_declaration_are_the_pages_own():
    text = ("HOMECOMING\nUlysses in Homer and in Dante\nP. Lindqvist, 2 May 2016\n\n"
            "Contents: 1. Calypso's offer  2. Dante's Ulysses\n\n"
            "My own words inside the excerpts are in braces, as {hbk p. 64}.\n\n"
            "1. Calypso's offer\n\nThe Odyssey\ntranslated by Samuel Butler\n\n"
            "{p. 64} Ulysses, noble son of Laertes, so you would start home to your own land at once?\n")
    _, found = quotations(text)
    assert [q.text[:8] for q in found if q.kind == "excerpt"] == ["{p. 64} "]


@pytest.mark.parametrize("sentence, expected", [
    ("He had no illusions about promises: \"Covenants, without the Sword, are but Words, and of no strength\" "
     "(Leviathan, ch. 17, p. 223).", (None, "Leviathan", "223")),
    ("La Rochefoucauld, in his Maxims (no. 127), warns that \"the surest way to be deceived is to think oneself "
     "more clever than others\".", ("La Rochefoucauld", "Maxims", None)),
    ("From the same book the Master says: \"Learning without thought is labour lost; thought without learning "
     "is perilous.\" (Analects II.15)", ("Master", "Analects", None)),
])
def test_citations_inside_and_after_the_sentence(sentence, expected):
    _, found = quotations(sentence + "\n")
    claim = found[-1].claim
    assert (claim.author, claim.title, claim.page) == expected


def test_labelled_and_title_first_credit_lines():
    text = ("\"To know what you know and to know what you do not know, that is true knowledge, they say.\"\n"
            "Source: Confucius, The Analects, Book II, chapter XVII (translated by James Legge).\n\n"
            "\"The fool who knows his foolishness, is wise at least so far, and that is something.\"\n"
            "- The Dhammapada, verse 63, translated by F. Max Müller\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title) for q in found] == [("Confucius", "The Analects"),
                                                              (None, "The Dhammapada")]


def test_an_unattributed_quotation_is_from_the_work_its_section_heading_names():
    text = ("1. The Prince on human nature\n\n"
            "The most quoted sentence is that it is \"much safer to be feared than loved, when, of the two, either "
            "must be dispensed with\" (Machiavelli 1908, p. 134).\n\nA prince must know how to use \"the beast and the "
            "man, and must in particular choose two beasts\", the fox and the lion.\n\nReferences\n\n"
            "Machiavelli, N. (1908). The Prince. Trans. W. K. Marriott. London: J. M. Dent.\n")
    _, found = quotations(text)
    assert found[-1].claim.title == "The Prince"
    assert found[-1].claim.implied and not found[0].claim.implied  # read from the heading, not stated


def test_a_footnote_mark_after_a_quotation_ends_its_sentence():
    text = ("Mill writes of higher and lower pleasures: \"It is better to be a human being dissatisfied than a "
            "pig satisfied.\"[5] Every Epicurean theory of life, he notes, assigns to the pleasures of the intellect "
            "\"a much higher value as pleasures than to those of mere sensation\".[6]\n")
    _, found = quotations(text)
    assert found[-1].claim.author == "Mill"


def test_a_full_name_as_subject_speaks_over_a_possessive_object():
    text = ("In the Preface, William Lloyd Garrison remembers Douglass's first speech: \"I think I never hated "
            "slavery so intensely as at that moment\". Why would a preface be printed first?\n")
    _, found = quotations(text)
    assert found[0].claim.author == "William Lloyd Garrison"


def test_a_footnote_of_the_edition_inside_an_excerpt_is_quoted():
    text = ("Democracy in America\nby Alexis de Tocqueville\ntranslated by Henry Reeve\n\n"
            "{p. 331} The newspapers related the fact without any further comment.\n\n"
            "[Footnote e: The New York \"Spectator\" of August 23, 1831, relates the fact in the following terms.]\n\n"
            "{end}\n")
    _, found = quotations(text)
    assert [q.text[:12] for q in found if q.kind == "excerpt"] == ["{p. 331} The", "[Footnote e:"]


def test_a_sermons_own_title_block_with_a_dated_byline_heads_no_excerpt():
    text = ("A STILL SMALL VOICE\nWednesday Evening Devotional, Grace Fellowship Church\n"
            "Pastor Ruth Adeyemi-Clarke -- March 8, 2017\n\n"
            "Several of you told me after Sunday's service that you have not had a quiet hour since Christmas.\n\n"
            "Elijah prays to die: \"It is enough; now, O LORD, take away my life\" (1 Kings 19:4).\n")
    _, found = quotations(text)
    assert [q.kind for q in found] == ["inline"]


def test_a_page_top_header_over_prose_that_cites_others_is_the_pages_own():
    text = ("On Quiet\nby Margaret Hale\nThe Reading Circle Press, London 2004\n\n"
            "Tonight a few lines on silence, which we all say we want.\n\n"
            "The psalmist knew this. \"Be still, and know that I am God\" (Psalm 46:10, KJV). So did the "
            "disciples in the storm.\n\n"
            "Jesus said to the sea, \"Peace, be still\" (Mark 4:39, KJV), and the wind ceased.\n")
    _, found = quotations(text)
    assert [q.kind for q in found] == ["inline", "inline"]


def test_words_credited_to_someone_in_the_sentence_after_them():
    text = ("Whitfield reminded the chamber that \"nothing in life is certain except death and taxes,\" a line she "
            "credited to Mark Twain.\n\nShe also quoted \"Cowards die many times before their deaths,\" correctly "
            "crediting it to Shakespeare's Julius Caesar.\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title) for q in found] == [("Mark Twain", None),
                                                              ("Shakespeare", "Julius Caesar")]


def test_a_reviews_book_is_the_pages_subject():
    text = ("BOOKS | SCIENCE\n\nThe Long Argument, Again\n\nOn the Origin of Species: The First Edition, Annotated\n"
            "by Charles Darwin, edited by Helena Marsh\nFernhill Press, 2021. 560 pp.\n\nReviewed by Owen Taggart\n\n"
            "Most people who cite the Origin have read its last paragraph and not much else.\n\n"
            "Near the end Darwin tells the reader that \"this whole volume is one long argument\" (p. 459), and "
            "the notes show it. \"I am fully convinced that species are not immutable,\" he writes (p. 6).\n")
    _, found = quotations(text)
    assert not [q for q in found if q.kind == "excerpt"]
    assert [(q.claim.author, q.claim.title, q.claim.page) for q in found] == [
        ("Charles Darwin", "On the Origin of Species", "459"), ("Charles Darwin", "On the Origin of Species", "6")]


def test_a_person_whose_work_is_named_and_a_bare_page_after_another_person():
    text = ("The note compares the passage to Adam Smith, whose Wealth of Nations begins by claiming that the "
            "greatest improvements in labour \"seem to have been the effects of the division of labour\" "
            "(Book I, ch. 1). Darwin writes of it too. Darwin borrows the phrase outright when he speaks of "
            "\"the physiological division of labour in the organs of the same individual body\" (p. 115).\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title) for q in found][0] == ("Adam Smith", "Wealth of Nations")
    assert (found[1].claim.author, found[1].claim.page) == ("Darwin", "115")


def test_an_encyclopedia_tagline_is_the_sites_line():
    from quotetrace.claims import classify_header_line
    assert classify_header_line("From Openpedia, the free encyclopedia")[0] == "compiler"


@pytest.mark.parametrize("short, expected", [("PL", "Paradise Lost"), ("Inf.", "Inferno"), ("Inf", "Inferno"),
                                             ("Emma", "Emma"), ("XY", "XY")])
def test_an_abbreviated_title_in_full_when_the_page_names_the_work(short, expected):
    from quotetrace.claims import expand_abbreviation
    assert expand_abbreviation(short, ["Paradise Lost", "Inferno", "Emma"]) == expected


def test_a_block_naming_no_source_is_from_the_work_the_pages_title_names():
    text = ("# Lecture 9: Satan's voice in *Paradise Lost*\n\n### 3. The soliloquy\n\n"
            "Here the boast of Book I collapses. Same speaker, three books later, alone:\n\n"
            "> Me miserable! which way shall I fly\n> Infinite wrath, and infinite despair?\n\n(4.73-75, p. 78)\n")
    _, found = quotations(text, "markdown", "notes.md")
    assert (found[0].claim.title, found[0].claim.page) == ("Paradise Lost", "78")


def test_a_credit_line_under_a_dialogue_credits_each_line():
    text = ("## Quote of the week\n\n\"Would you tell me, please, which way I ought to go from here?\"\n"
            "\"That depends a good deal on where you want to get to,\" said the Cat.\n\n"
            "— Lewis Carroll, *Alice's Adventures in Wonderland*\n")
    _, found = quotations(text, "markdown", "letter.md")
    assert [q.claim.title for q in found] == ["Alice's Adventures in Wonderland"] * 2
    assert found[0].claim.author == "Lewis Carroll"


def test_block_paragraphs_side_by_side_share_their_introduction_and_credit():
    text = ("Listen to what happens next in the King James Version:\n\n"
            "    And he said, Go forth, and stand upon the mount before the LORD. And, behold, the LORD passed by.\n\n"
            "    And after the earthquake a fire; but the LORD was not in the fire: and after the fire a still small "
            "voice.\n\n    (1 Kings 19:11-12, KJV)\n\nWind, earthquake, fire.\n")
    _, found = quotations(text)
    blocks = [q for q in found if q.kind == "blockquote"]
    assert len(blocks) == 2 and all(q.claim.title == "1 Kings" and q.claim.author is None for q in blocks)


def test_a_reply_nested_under_a_post_is_no_quotation():
    text = ("**u/meadowlark_tea** · 188 points · 3y ago\n\n\"Happiness in marriage is entirely a matter of "
            "chance.\" — Jane Austen\n\n> **u/fitzwilliam_d** · 97 points · 3y ago\n>\n"
            "> Love the tea towel but that's Charlotte Lucas talking, not Austen. Pride and Prejudice, chapter 6.\n")
    _, found = quotations(text, "markdown", "thread.md")
    assert [q.text for q in found] == ["Happiness in marriage is entirely a matter of chance."]


def test_a_paragraph_with_a_credit_line_under_it_is_a_quotation_but_a_signature_is_not():
    text = ("Source A\n\nAll that we are is the result of what we have thought: it is founded on our thoughts, "
            "it is made up of our thoughts.\n\n"
            "Source: The Dhammapada, verse 1, translated by F. Max Müller (Oxford: Clarendon Press, 1881), p. 3.\n\n"
            "Please read both sources before Thursday and bring your notes to class.\n\n-- D.V.\n")
    _, found = quotations(text)
    assert [q.text[:14] for q in found] == ["All that we ar"]
    assert (found[0].claim.title, found[0].claim.page) == ("The Dhammapada", "3")


def test_a_declared_square_bracket_page_number_and_a_described_title_line():
    text = ("Page numbers in square brackets are those of the editions I photocopied from.\n\n"
            "1. Homer\n\nThe Odyssey, rendered into English prose for the use of those who cannot read the original\n"
            "Samuel Butler\nLongmans, Green & Co., London, 1900, Book XVII\n\n"
            "[225] As they were thus talking, a dog that had been lying asleep raised his head and pricked up "
            "his ears.\n\n{end}\n")
    _, found = quotations(text)
    (excerpt,) = [q for q in found if q.kind == "excerpt"]
    assert (excerpt.claim.author, excerpt.claim.title, excerpt.claim.page) == ("Samuel Butler", "The Odyssey", "225")


def test_a_note_mark_after_a_quotation_claims_the_notes_source():
    text = ("Victor narrates the creation scene himself, beginning “It was on a dreary night of November that I "
            "beheld the accomplishment of my toils.”[1] The critic Ruth Okafor-Lind has called the creature “the "
            "first monster in English fiction who has read his own origin story”.[2] Later “I was benevolent and "
            "good; misery made me a fiend.”[3]\n\nNotes\n\nShelley 1831, p. 51.\n\nOkafor-Lind 2004, p. 33.\n\n"
            "Ibid., p. 41.\n\nReferences\n\n"
            "Okafor-Lind, Ruth (2004). Made Things: Creatures and Makers in the Gothic Novel. Edinburgh.\n"
            "Shelley, Mary (1831). Frankenstein (revised edition). London: Henry Colburn.\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title, q.claim.page) for q in found] == [
        ("Mary Shelley", "Frankenstein", "51"),
        ("Ruth Okafor-Lind", "Made Things: Creatures and Makers in the Gothic Novel", "33"),
        ("Ruth Okafor-Lind", "Made Things: Creatures and Makers in the Gothic Novel", "41")]


def test_mla_citations_and_a_works_cited_list():
    text = ("The first line of the novel says \"You don't know about me without you have read a book\" "
            "(Twain 1). Twain describes the moment in four words: \"All right, then\" (Twain 271).\n\n"
            "Works Cited\n\nTwain, Mark. Adventures of Huckleberry Finn. 1884. Penguin Classics, 2014.\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title, q.claim.page) for q in found] == [
        ("Mark Twain", "Adventures of Huckleberry Finn", "1"), ("Mark Twain", "Adventures of Huckleberry Finn", "271")]


@pytest.mark.parametrize("sentence, title", [
    ("James Madison, in Federalist Number 51, said it better: \"If men were angels, no government would be "
     "necessary.\"", "Federalist Number 51"),
    ("Thomas Jefferson wrote it in the Declaration of Independence: \"We hold these truths to be self-evident, "
     "that all men are created equal\"", "Declaration of Independence"),
])
def test_numbered_and_named_documents(sentence, title):
    _, found = quotations(sentence + "\n")
    assert found[0].claim.title == title


def test_a_verse_reference_over_a_bibles_name_heads_an_excerpt():
    text = ("(3) In the World English Bible\n\nEcclesiastes 1:2-9\nWorld English Bible (2020 stable text)\n\n"
            "The sun also rises, and the sun goes down, and hurries to its place where it rises.\n\n[end]\n")
    _, found = quotations(text)
    (excerpt,) = [q for q in found if q.kind == "excerpt"]
    assert excerpt.claim.title == "Ecclesiastes"  # the book the reference names, in the Bible named under it


def test_an_indented_passage_with_its_reference_under_it():
    text = ("Our text this morning is a small one.\n\n"
            "    Go to the ant, thou sluggard; consider her ways, and be wise.\n"
            "    (Proverbs 6:6-8, King James Version)\n\nThe writer of Proverbs is not gentle.\n")
    _, found = quotations(text)
    assert [q.kind for q in found] == ["blockquote"] and found[0].claim.title == "Proverbs"


def test_a_work_the_introducing_sentence_names_is_the_quotations_work():
    text = ("Socrates never wrote a line; Plato wrote *Apology* in his voice.\n\n"
            "Later in the Apology Socrates says that \"the difficulty, my friends, is not to avoid death\".\n")
    _, found = quotations(text, "markdown", "doc.md")
    assert (found[-1].claim.author, found[-1].claim.title) == ("Socrates", "Apology")


def test_a_credit_paragraph_that_names_only_a_person_gives_the_author():
    text = ("### 8.\n\n\"The cure for anything is salt water: sweat, tears, or the sea.\"\n\n— Isak Dinesen\n\n"
            "### 9.\n\n\"Be yourself; everyone else is already taken.\" ~ Oscar Wilde\n")
    _, found = quotations(text, "markdown", "doc.md")
    assert [q.claim.author for q in found] == ["Isak Dinesen", "Oscar Wilde"]


def test_a_legal_citation_under_a_block_names_its_source_and_id_continues_it():
    text = ("Shylock too stood on the letter of his bond:\n\n"
            "          I'll have my bond; speak not against my bond:\n"
            "          I have sworn an oath that I will have my bond.\n\n"
            "W. Shakespeare, The Merchant of Venice act 3, sc. 3. Portia defeated the bond by reading it: "
            "\"This bond doth give thee here no jot of blood\" Id. act 4, sc. 1.\n\n"
            "The dissent quotes Mr. Bumble, who says that \"the law is a ass--a idiot.\"\n\n"
            "C. Dickens, Oliver Twist 399 (Penguin Classics 1985) (1838).\n")
    _, found = quotations(text)
    assert [(q.claim.author, q.claim.title) for q in found] == [
        ("W. Shakespeare", "The Merchant of Venice"), ("W. Shakespeare", "The Merchant of Venice"),
        ("C. Dickens", "Oliver Twist")]


def test_initials_and_a_surname_are_the_full_name_the_page_gives():
    from quotetrace.claims import Claim
    from quotetrace.discourse import read_cast, resolve_claim
    cast = read_cast("We read William Shakespeare and Walt Whitman.", [])
    assert resolve_claim(Claim(author="W. Shakespeare"), cast).author == "William Shakespeare"
    assert resolve_claim(Claim(author="J. Shakespeare"), cast).author == "J. Shakespeare"


def test_she_is_the_person_the_page_calls_she_not_the_last_name_before_her():
    text = ("Harriet Lomax has written a book about money in the Christmas books. Her claim is that Scrooge is a "
            "modern, and that Dickens knew exactly which moderns he was drawing.\n\n"
            "\"Scrooge is not a miser of the old comic kind,\" she writes in her first chapter.\n")
    _, found = quotations(text)
    assert found[0].claim.author == "Harriet Lomax"


def test_the_turns_of_a_shared_chat_are_no_quotations():
    text = ("You said:\n\nCan you give me Shakespeare quotes about honour?\n\nChatGPT said:\n\n"
            "Here are some lines about honour, from the most rousing to the most tongue-in-cheek.\n\n"
            "quinn_reads said:\n\nI always liked Falstaff's catechism best.\n")
    _, found = quotations(text)
    assert [q.text for q in found] == ["I always liked Falstaff's catechism best."]


def test_a_title_in_quotes_in_a_credit_line_or_a_list_of_sources_is_the_compilers():
    text = ("\"Ambition is like choler.\"\n   — Francis Bacon, \"Of Ambition\" (*Essays*, 1625) [4]\n\n"
            "**Sources**\n\n[2] folger.edu · \"Macbeth, Act 1, Scene 7 | The Folger Shakespeare\"\n")
    _, found = quotations(text, "markdown", "doc.md")
    assert [(q.text, q.kind in ("title", "scare")) for q in found] == [
        ("Ambition is like choler.", False), ("Of Ambition", True), ("Macbeth, Act 1, Scene 7 | The Folger Shakespeare", True)]


def test_a_quotation_in_a_markdown_table_takes_the_source_of_its_row():
    text = ("| # | Quote | Source | Why |\n|---|---|---|---|\n"
            "| 1 | \"Sleep that knits up the ravell'd sleave of care\" | William Shakespeare, *Macbeth*, Act 2 | repair |\n"
            "| 2 | \"Sleep is the best meditation.\" | Dalai Lama | short |\n")
    _, found = quotations(text, "markdown", "doc.md")
    assert [(q.claim.author, q.claim.title) for q in found] == [("William Shakespeare", "Macbeth"), ("Dalai Lama", None)]


def test_a_credit_that_opens_with_a_speaker_then_an_italic_work():
    from quotetrace.claims import claim_from_context
    claim = claim_from_context("", "— The Buddha, *The Dhammapada*, verse 60")
    assert (claim.author, claim.title) == ("Buddha", "The Dhammapada")


def test_a_scripture_reference_at_the_foot_of_a_blockquote_is_its_credit():
    html = ("<p>The Koran tells the bee what to build:</p><blockquote><p>And thy Lord hath taught the BEE, saying: "
            "\"Provide thee houses in the mountains.\"</p><p>Qur’an 16:68–69, translated by J. M. Rodwell (1861)</p>"
            "</blockquote>")
    _, found = quotations(html, "html", "doc.html")
    assert [q.text.split()[0] for q in found if q.kind == "blockquote"] == ["And"]


def test_comments_after_a_works_cited_list_are_no_part_of_it():
    text = ("Holmes says it plainly (Doyle 9).\n\nWorks Cited\n\n"
            "Doyle, Arthur Conan. The Adventures of Sherlock Holmes. Penguin Classics, 2007.\n\n"
            "[a] Good. Now quote the next sentence, which is the real point: \"Insensibly one begins to twist facts "
            "to suit theories, instead of theories to suit facts.\"\n")
    _, found = quotations(text)
    assert [q.text for q in found if q.quoted] == [
        "Insensibly one begins to twist facts to suit theories, instead of theories to suit facts."]


def test_an_answers_list_of_quotations_under_credit_lines():
    # each quotation opens its line under a bold credit line of its own; a sentence in quotation marks
    # there is the quotation (no title line of a header), and the credit line names its source
    text = ("Here are three quotations about courage.\n\n"
            "**4. Michel de Montaigne, \"Of Fear\" (*Essays*, Book I)**\n"
            "\"The thing in the world I am most afraid of is fear\"\n"
            "Montaigne is unusually honest here.\n\n"
            "**6. Miguel de Cervantes, *Don Quixote***\n"
            "\"He who loses wealth loses much; he who loses a friend loses more.\"\n"
            "A saying the novel's readers have repeated ever since.\n\n"
            "**5. Winston Churchill, speech to the House of Commons, 1940**\n"
            "\"The only thing we have to fear is fear itself.\"\n")
    _, found = quotations(text, "markdown", "answer.md")
    quoted = [q for q in found if q.quoted]
    assert [q.kind for q in found if q.text == "Of Fear"] == ["title"]
    assert [q.text for q in quoted] == ["The thing in the world I am most afraid of is fear",
                                        "He who loses wealth loses much; he who loses a friend loses more.",
                                        "The only thing we have to fear is fear itself."]
    assert [(q.claim.author, q.claim.title) for q in quoted[:2]] == [
        ("Michel de Montaigne", "Of Fear"), ("Miguel de Cervantes", "Don Quixote")]


ORIGIN_LEAD = ("# Darwin and his critics\n\n*On the Origin of Species* is the book. Everyone cites *On the Origin "
               "of Species*, few read *On the Origin of Species*, and fewer read *On the Origin of Species* to the "
               "end. Here is *On the Origin of Species* on its own difficulties.\n\n")


@pytest.mark.parametrize("lead, title, implied", [
    ("Some notes.\n\n", None, False),  # no source: the page alone
    (ORIGIN_LEAD, "On the Origin of Species", True),  # the work the page is about lends its source
])
def test_a_quotation_claims_the_page_it_opens_at(lead, title, implied):
    text = (lead + "> [p. 171] Long before having arrived at this part of my work, a crowd of difficulties "
            "will have occurred to the reader.\n\nThat is the honest way to begin.\n")
    _, found = quotations(text, "markdown", "notes.md")
    [passage] = [q for q in found if q.quoted]
    assert (passage.claim.title, passage.claim.implied, passage.claim.page) == (title, implied, "171")


def test_a_bible_is_no_author_and_a_saint_keeps_his_title():
    from quotetrace.claims import author_in_title, claim_from_header
    bible = claim_from_header(["Holy Bible, Authorized King James Version", "Pew edition, Cambridge University Press, 1998"])
    assert (bible.author, bible.title) == (None, "Holy Bible, Authorized King James Version")
    assert author_in_title("The Confessions of St. Augustine") == "St. Augustine"


def test_a_citation_in_sentences_above_a_quote_block_names_its_source():
    text = ("## 2. Montaigne\n\n"
            "*Michel de Montaigne, \"Apology for Raimond Sebond\", Essays, Book II, ch. 12. Translated by Charles "
            "Cotton, edited by W. C. Hazlitt. London: Reeves & Turner, 1877, vol. II.*\n\n"
            "> [p. 129] Presumption is our natural and original disease. The most wretched and frail of all "
            "creatures is man, and withal the proudest.\n")
    _, found = quotations(text, "markdown", "notes.md")
    [block] = [q for q in found if q.quoted]
    assert (block.claim.author, block.claim.title, block.claim.translator, block.claim.page) == \
        ("Michel de Montaigne", "Apology for Raimond Sebond", "Charles Cotton, edited by W. C. Hazlitt", "129")


def test_a_programme_reading_under_its_verse_then_a_book_under_title_by_author():
    text = ("IN LOVING MEMORY\n\nA Service of Witness to the Resurrection, February 8, 2025\n\n\n"
            "FIRST READING                 Ecclesiastes 1:4-7, King James Version\n\n"
            "    One generation passeth away, and another generation cometh: but\n"
            "    the earth abideth for ever.\n\n\n"
            "PAGES FROM HAL'S BOOK\n\n"
            "For sixty-one years Dad copied whatever he was reading into a green ledger, and we typed up "
            "three of the pages, the page of his copy first in angle brackets, like <31>.\n\n"
            "Meditations, by Marcus Aurelius Antoninus\nCasaubon's translation, the Everyman copy Mother gave me\n\n"
            "<31> XV. The time of a man's life is as a point; the substance of it ever flowing, the sense obscure.\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted]
    assert [q.text.lstrip()[:16] for q in quoted] == ["One generation p", "<31> XV. The tim"]
    assert [(q.claim.author, q.claim.title) for q in quoted] == \
        [(None, "Ecclesiastes"), ("Marcus Aurelius Antoninus", "Meditations")]
    assert quoted[1].claim.page == "31"


def test_readings_under_their_verses_each_open_an_excerpt():
    text = ("Page numbers are given in parentheses. Each reading ends with [end].\n\n## 1. The first diet\n\n"
            "**Genesis 1:29**  \nKing James Version\n\n"
            "And God said, Behold, I have given you every herb bearing seed, which is upon the face of all the earth.\n\n"
            "**Daniel 1:12 and 1:15**  \nKing James Version\n\n"
            "Prove thy servants, I beseech thee, ten days; and let them give us pulse to eat, and water to drink.\n\n"
            "[end]\n\n1. Leviticus 19:9–10 · pew Chumash p. 694\n\n"
            "When you reap the harvest of your land, you shall not wholly reap the corners of your field.\n")
    _, found = quotations(text, "markdown", "notes.md")
    assert [q.claim.title for q in found if q.quoted] == ["Genesis", "Daniel", "Leviticus"]


def test_readings_under_labelled_headings_of_a_handout():
    text = ("# Seventeenth Sunday in Ordinary Time (Year A)\n\n"
            "## First Reading: 1 Kings 3:5, 7–12\n\n"
            "**5** In Gibeon, the LORD appeared to Solomon in a dream by night; and God said, “Ask for what I "
            "should give you.”\n\n"
            "## Responsorial Psalm: Psalm 119:57, 72, 127\n\n"
            "**57** The LORD is my portion. I promised to obey your words. **72** The law of your mouth is better "
            "to me than thousands of pieces of gold and silver.\n")
    _, found = quotations(text, "markdown", "notes.md")
    excerpts = [q for q in found if q.kind == "excerpt"]
    assert [(q.claim.author, q.claim.title) for q in excerpts] == [(None, "1 Kings"), (None, "Psalm 119")]


def test_stanzas_on_slides_with_their_place_underneath_and_speaker_notes():
    slide = ("=====\nSLIDE {n}\n=====\nWHERE DANTE PUTS THE FENCE-SITTERS\n\n"
             "Commingled are they with that caitiff choir\n  Of Angels, who have not rebellious been,\n"
             "  Nor faithful were to God, but were for self.\n\n"
             "The heavens expelled them, not to be less fair;\n  Nor them the nethermore abyss receives,\n\n"
             "Inferno III.37-42 -- tr. Henry Wadsworth Longfellow (1867), p. {p}\n\n"
             "NOTES:\nVirgil is speaking. These are the souls who never took a side.\n\n")
    text = "Dante's Florence\n\n" + "".join(slide.format(n=n, p=n + 13) for n in (3, 4, 5))
    _, found = quotations(text)
    stanzas = [q for q in found if q.quoted]
    assert len(stanzas) == 6  # the speaker's notes under each slide are no apparatus that hides them
    assert [(q.claim.title, q.claim.page) for q in stanzas] == \
        [("Inferno", "16")] * 2 + [("Inferno", "17")] * 2 + [("Inferno", "18")] * 2


def test_a_label_of_lines_opening_with_angle_brackets_is_a_header_in_plain_text():
    text = ("i type the book bits in without quote marks, under a little label (the lines with >>).\n\n"
            "   >> ADVENTURES OF HUCKLEBERRY FINN\n   >> by Mark Twain, 1884\n   >> signet classic paperback (1959)\n\n"
            " [pg 150] I never felt easy till the raft was two mile below there and out in the middle of the\n"
            " Mississippi. We said there warn't no home like a raft, after all.\n\n                          ~ ~ ~\n\n"
            " i read that last bit out loud at the put-in last june.\n")
    _, found = quotations(text)
    [raft] = [q for q in found if q.quoted]
    assert raft.kind == "excerpt" and raft.text.startswith("[pg 150] I never felt easy")
    assert (raft.claim.author, raft.claim.page) == ("Mark Twain", "150")


def test_a_book_sites_review_quotes_the_book_it_reviews():
    text = ("<p>goodreads</p><p>Home</p><p>My Books</p><p>Browse ▾</p><p>The Subjection of Women</p>"
            "<p>by John Stuart Mill</p><p>3.89 avg rating — 5,982 ratings</p><p>Marguerite's review it was amazing</p>"
            "<p>Shelves: classics, feminism, 2024-reads</p><p>Read from January 03 to 19, 2024</p>"
            "<p>I picked this up at the library sale. The sentence that stopped me is on p. 55:</p>"
            "<blockquote>Marriage is the only actual bondage known to our law. There remain no legal slaves, except "
            "the mistress of every house.</blockquote>"
            "<p>He just says it: \"the generality of the male sex cannot yet tolerate the idea of living with an "
            "equal\" (ch. 3, p. 47). That's the book.</p>")
    _, found = quotations(text, "html", "review.html")
    quoted = [q for q in found if q.quoted]
    assert [q.text[:12] for q in quoted] == ["Marriage is ", "the generali"]  # the review itself is no excerpt
    assert [(q.claim.author, q.claim.title, q.claim.page) for q in quoted] == \
        [("John Stuart Mill", "The Subjection of Women", "55"), ("John Stuart Mill", "The Subjection of Women", "47")]


def test_a_packet_of_excerpts_with_remarks_between_their_pages():
    text = ("AP English Language & Composition\n\nUnit 5: Argument in the Pamphlet Age — Excerpt Packet B\n\n"
            "Page numbers in brackets, like [p. 88]. The STOP AND ANNOTATE boxes are mine. Three diamonds mean "
            "the excerpt is over.\n\n"
            "EXCERPT B\nJonathan Swift, A Modest Proposal for Preventing the Children of Poor People in Ireland from "
            "Being a Burden to Their Parents or Country, and for Making Them Beneficial to the Publick (Dublin, 1729)\n"
            "in American Voices, pp. 213–217 (yes, he is Irish; the anthology includes him anyway)\n\n"
            "[p. 213] I grant this food will be somewhat dear, and therefore very proper for landlords, who, as they "
            "have already devoured most of the parents, seem to have the best title to the children.\n\n"
            "STOP AND ANNOTATE. What does the speaker want a landlord to feel about the word “devoured”?\n\n"
            "[p. 216] Therefore let no man talk to me of other expedients: Of taxing our absentees at five "
            "shillings a pound.\n\n◆ ◆ ◆\n\nDiscuss the two excerpts with your partner before Thursday.\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted]
    assert [q.text[:12] for q in quoted] == ["[p. 213] I g", "[p. 216] The"]
    assert all(q.claim.author == "Jonathan Swift" and q.claim.title.startswith("A Modest Proposal") for q in quoted)
    assert [q.claim.page for q in quoted] == ["213", "216"]


def test_lines_a_chat_message_quotes_under_its_first_line():
    text = ("[04/03/2024 19:58] bramble.reads\nok act 3 scene 4 is UNHINGED. he comes back and goes\n"
            "> Off with his head!--now, by Saint Paul I swear,\n> I will not dine until I see the same.--\n"
            "(copied from the gutenberg text, hence the --)\n")
    _, found = quotations(text)
    [lines] = [q for q in found if q.quoted]
    assert lines.text == "Off with his head!--now, by Saint Paul I swear,\n> I will not dine until I see the same.--"


def test_an_mla_citation_with_a_comma_names_the_work_of_the_bibliography():
    text = ("In his view \"we may also learn how a good government is to be established\" (Machiavelli, 48). "
            "Marcus left a notebook, the Meditations, written in Greek, and from his tutor he learned \"not to be "
            "fondly addicted to either of the two great factions\" (Marcus Aurelius, 2).\n\n"
            "Bibliography\n\n"
            "Gibbon, Edward. The History of the Decline and Fall of the Roman Empire, Volume 1. Edited by J. B. Bury. "
            "Methuen, 1896.\n\n"
            "Machiavelli, Niccolò. Discourses on the First Decade of Titus Livius. Translated by Ninian Hill Thomson. "
            "Kegan Paul, Trench & Co., 1883.\n")
    _, found = quotations(text)
    good, factions = [q for q in found if q.quoted]
    assert (good.claim.author, good.claim.title, good.claim.page) == \
        ("Niccolò Machiavelli", "Discourses on the First Decade of Titus Livius", "48")
    assert factions.claim.title != "Greek" and factions.claim.page == "2"
    from quotetrace.claims import tidy_title
    assert tidy_title("The History of the Decline and Fall of the Roman Empire, Volume 1") == \
        "The History of the Decline and Fall of the Roman Empire"


def test_a_relative_pronoun_names_nobody_and_a_page_is_no_title():
    text = ("Rousseau wrote the first books of the Confessions around 1765. Whoever Rousseau's princess was, "
            "it wasn't her.\n\n"
            "The report puts it bluntly: “A meeting that draws four percent of the voters is not direct democracy. "
            "It is a meeting of the people who could find a babysitter.” (Report, p. 7.)\n")
    _, found = quotations(text)
    [meeting] = [q for q in found if q.quoted]
    assert meeting.claim.title != "p. 7" and meeting.claim.page == "7"
    from quotetrace.discourse import read_cast
    assert "Whoever Rousseau" not in str(read_cast(text, [], [], []))


def test_a_commonplace_book_with_its_own_key_of_marks():
    text = ("Rules, so I stop forgetting them:\n\n(p. 00) = page in MY copy.\n\n// = end of an extract.\n\n"
            "Lines that begin ME — are my own thoughts, even when they sit between two paragraphs of the same extract.\n\n\n"
            "SENSE AND SENSIBILITY\n\nJane Austen\n\nOxford World's Classics, ed. James Kinsley, 2004\n\n"
            "vol. I, ch. 16 (Edward comes to Barton)\n\n\n"
            "(p. 70) \"Oh,\" cried Marianne, \"with what transporting sensation have I formerly seen them fall!\"\n\n"
            "ME — read this on the 14 bus, with the council leaf-blowers going outside.\n\n"
            "\"It is not every one,\" said Elinor, \"who has your passion for dead leaves.\"\n\n//\n\n\n"
            "SENSE AND SENSIBILITY, again\n\nsame edition, vol. I, ch. 8 (Marianne on Colonel Brandon)\n\n\n"
            "(p. 30) \"A woman of seven and twenty,\" said Marianne, \"can never hope to feel or inspire affection "
            "again.\"\n\n//\n\n\n"
            "UTILITARIANISM\n\nJ. S. Mill\n\nch. II, \"What Utilitarianism Is\"\n\nHackett, ed. George Sher, 2nd edn 2001\n\n\n"
            "(p. 10) Capacity for the nobler feelings is in most natures a very tender plant, easily killed.\n\n//\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted]
    assert [q.text[:8] for q in quoted] == ["(p. 70) ", "\"It is n", "(p. 30) ", "(p. 10) "]  # ME — lines are mine
    assert [(q.claim.author, q.claim.page) for q in quoted] == \
        [("Jane Austen", "70"), ("Jane Austen", "70"), ("Jane Austen", "30"), ("J. S. Mill", "10")]
    assert quoted[2].claim.title.lower() == "sense and sensibility"


def test_a_handout_with_double_bar_pages_and_an_ornament_that_ends_each_reading():
    text = ("Where a page turns, the new page number is set between double bars, like ‖p. 81‖; each reading "
            "ends with a ❧.\n\n### Reading A\n\n**An Inquiry into the Nature and Causes of the Wealth of Nations**  \n"
            "Adam Smith, 1776  \nBook I, chapter VIII\n\n"
            "‖p. 81‖ But poverty, though it does not prevent the generation, is extremely unfavourable to the rearing "
            "of children. But in civilized ‖p. 82‖ society, it is only among the inferior ranks of people.\n\n❧\n\n"
            "Smith is not yet alarmed. For him the limit is a plain fact of nature which good wages push back.\n\n"
            "### Reading B\n\n**An Essay on the Principle of Population**  \n"
            "[Thomas Robert Malthus], published anonymously, 1798  \nChapter I\n\n"
            "I think I may fairly make two postulata. First, That food is necessary to the existence of man.\n\n❧\n")
    _, found = quotations(text, "markdown", "notes.md")
    quoted = [q for q in found if q.quoted]
    assert [q.text[:9] for q in quoted] == ["‖p. 81‖ B", "I think I"]
    assert [(q.claim.author, q.claim.page) for q in quoted] == [("Adam Smith", "81"), ("Thomas Robert Malthus", None)]
    assert [m.text for m in quoted[0].marks] == ["‖p. 81‖", "‖p. 82‖"]


def test_a_paragraph_a_commenter_introduces_as_the_same_chapter_of_an_author():
    text = ("Everyone quotes Alexis de Tocqueville on the town meeting, and everyone quotes him selectively.\n\n"
            "RiverRdRick · 5 hours ago\n\nSame chapter of Tocqueville, a few pages on, since everyone is quoting him:\n\n"
            "In New England the majority acts by representatives in the conduct of the public business of the State; "
            "but in the townships the system of representation is not adopted.\n\nReply · 3 likes\n")
    _, found = quotations(text)
    [chapter] = [q for q in found if q.quoted]
    assert chapter.text.startswith("In New England") and chapter.claim.author == "Alexis de Tocqueville"


def test_a_blog_quotes_a_book_again_a_few_pages_later_and_credits_a_block_by_work_and_chapter():
    text = ("<p>Mary Wollstonecraft wrote in A Vindication of the Rights of Woman that women are kept ignorant:</p>"
            "<blockquote>Women are every where in this deplorable state; for, in order to preserve their innocence, "
            "truth is hidden from them.</blockquote>"
            "<p>A few pages later comes the sentence that gave this post its title: “It is time to effect a revolution "
            "in female manners, time to restore to them their lost dignity”.</p>"
            "<h2>Not against men</h2><p>She was careful to say exactly what she objected to:</p>"
            "<blockquote>I love man as my fellow; but his sceptre real or usurped, extends not to me.<br><br>"
            "<cite>A Vindication of the Rights of Woman, chapter 2</cite></blockquote>")
    _, found = quotations(text, "html", "post.html")
    quoted = [q for q in found if q.quoted]
    assert [q.text[:10] for q in quoted] == ["Women are ", "It is time", "I love man"]  # the <cite> is no quotation
    assert all(q.claim.title == "A Vindication of the Rights of Woman" for q in quoted)


def test_a_lead_in_of_two_sentences_and_a_name_after_as():
    text = ("<p>Dear Directors,</p><p>Here is Aristotle, in Book VIII of the Politics (Ellis translation, p. 246). "
            "I copied it from the free online text, so the number in brackets is in the original:</p>"
            "<blockquote><p>That music should be pursued, not on this account only, but also as it is very serviceable "
            "during the hours of relaxation from labour, probably no [1340a] one doubts.</p></blockquote>"
            "<p>Music is a fine thing. “If music be the food of love, play on,” as Shakespeare says.</p>")
    _, found = quotations(text, "html", "comments.html")
    music, food = [q for q in found if q.quoted]
    assert (music.claim.author, music.claim.title) == ("Aristotle", "Politics")
    assert food.claim.author == "Shakespeare"


def test_a_heading_and_a_list_of_details_over_a_quote_block():
    text = ("## 2. the empty hub\n\n### Tao Teh King, chapter 11\n* Lao-tze (Laozi), translated by James Legge\n"
            "* The Sacred Books of the East, vol. XXXIX (Oxford, 1891), p. 55\n\n"
            "> 11. The thirty spokes unite in the one nave; but it is on the empty space (for the axle), that the use "
            "of the wheel depends.\n\nI read this one at the pottery class.\n")
    _, found = quotations(text, "markdown", "gemlog.md")
    [spokes] = [q for q in found if q.quoted]
    assert (spokes.claim.author, spokes.claim.title, spokes.claim.translator, spokes.claim.page) == \
        ("Lao-tze", "Tao Teh King", "James Legge", "55")


def test_numbered_references_cited_with_their_page():
    text = ("## Confucius\n\nIn the *Analects* he declares: \"He who exercises government by means of his virtue may be "
            "compared to the north polar star.\" [1, p. 145]\n\n"
            "Laozi advises that \"order should be secured before disorder has begun\" [2].\n\n## References\n\n"
            "[1] Confucius. *The Analects*. Translated by James Legge. In *The Chinese Classics*, Vol. 1. Oxford: "
            "Clarendon Press, 1893.  \n"
            "[2] Laozi. *Tao Te Ching* (*The Tao Teh King*). Translated by James Legge. Oxford: Clarendon Press, 1891.\n")
    _, found = quotations(text, "markdown", "essay.md")
    star, order = [q for q in found if q.quoted]
    assert (star.claim.author, star.claim.title, star.claim.page) == ("Confucius", "The Analects", "145")
    assert (order.claim.author, order.claim.title, order.claim.translator) == ("Laozi", "Tao Te Ching", "James Legge")


def test_a_markdown_files_metadata_and_pandocs_triple_dash_credit():
    text = ("---\ntitle: \"Lecture 9: Hume on causation\"\nauthor: \"Dr Petra Marsh\"\ndate: \"14 November 2023\"\n---\n\n"
            "> I openly confess, the suggestion of David Hume was the very thing, which many years ago first "
            "interrupted my dogmatic slumber.\n>\n"
            "> --- Kant, *Prolegomena to Any Future Metaphysics* (1783), Preface\n\nToday: the copy principle.\n")
    _, found = quotations(text, "markdown", "handout.md")
    quoted = [q for q in found if q.quoted]
    assert [q.text[:14] for q in quoted] == ["I openly confe"]  # the metadata's values are no quotations
    assert (quoted[0].claim.author, quoted[0].claim.title) == ("Kant", "Prolegomena to Any Future Metaphysics")


def test_a_page_made_to_study_one_work_quotes_that_work():
    text = ("# Much Ado About Nothing — Key Quotes\n\nClass: English Literature (Paper 1)\n\n## Beatrice\n\n"
            "- “I had rather hear my dog bark at a crow than a man swear he loves me.” (1.1.118–19, p. 9)\n"
            "    - hyperbole: she puts men below a barking dog\n")
    _, found = quotations(text, "markdown", "notes.md")
    [crow] = [q for q in found if q.quoted]
    assert (crow.claim.title, crow.claim.page) == ("Much Ado About Nothing", "9")
    assert crow.claim.author != "Key Quotes"


def test_a_transcripts_speakers_are_no_excerpt_and_its_title_page_no_quotation():
    text = ("                          PUBLIC HEARING\n\n"
            "               HOUSE BILL 1187, PRINTER'S NO. 1402\n"
            "             (Six-member juries in civil actions under $75,000)\n\n"
            "          MAJORITY CHAIRMAN BRANDAU:  Our first testifier is the president of the Association.\n\n"
            "Democracy in America\nby Alexis de Tocqueville\nTranslated by Henry Reeve, 1899\n\n"
            "          ATTORNEY RYCROFT:  Thank you, Chairman. When Tocqueville came here he wrote that the jury "
            "\"may be regarded as a gratuitous public school ever open.\"\n\n"
            "          REPRESENTATIVE SOLWAY:  Doesn't he also say juries are expensive?\n\n"
            "          ATTORNEY RYCROFT:  He does not, Representative.\n\n"
            "          MAJORITY CHAIRMAN BRANDAU:  Thank you. The hearing is adjourned.\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted]
    assert [q.text[:20] for q in quoted] == ["may be regarded as a"]  # the turns are the transcript's own words


def test_a_worksheets_labelled_extract_with_a_note_on_the_scene():
    text = ("Read Extract A carefully. The paragraphs are numbered to help you answer the questions.\n\n"
            "Extract A — from ‘The Adventure of the Speckled Band’, in The Adventures of Sherlock Holmes (1892), by "
            "Arthur Conan Doyle. Dr Watson and Sherlock Holmes are waiting in the dark in Helen Stoner’s bedroom.\n\n"
            "1 How shall I ever forget that dreadful vigil? I could not hear a sound, not even the drawing of a "
            "breath, and yet I knew that my companion sat open-eyed.\n\n"
            "2 From outside came the occasional cry of a night-bird, and once at our very window a long drawn "
            "catlike whine.\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted]
    assert [q.text[:8] for q in quoted] == ["1 How sh", "2 From o"]
    assert (quoted[0].claim.author, quoted[0].claim.title) == ("Arthur Conan Doyle", "The Adventure of the Speckled Band")


def test_quotation_marks_of_the_congressional_record():
    text = ("  Ms. DELAHAYE. Mr. Speaker, I would take one line from his First Inaugural Address instead:\n"
            "``Error of opinion may be tolerated where reason is left free to combat it.''\n")
    _, found = quotations(text)
    [error] = [q for q in found if q.quoted]
    assert error.text == "Error of opinion may be tolerated where reason is left free to combat it."


def test_a_passage_inserted_in_the_record_under_its_source_in_brackets():
    text = ("  I ask that the following passages be printed in the Record. Where I have left out words or\n"
            "paragraphs, the omission is marked with asterisks.\n\n"
            "    [From Democracy in America, by Alexis de Tocqueville, translated\n"
            "              by Henry Reeve, Volume I, Chapter XI (1835)]\n\n"
            "  I confess that I do not entertain that firm and complete attachment\n"
            "to the liberty of the press which things that are supremely good are wont to excite.\n\n"
            "                           * * * * *\n\n"
            "  But in the countries in which the doctrine of the sovereignty of the\n"
            "people ostensibly prevails, the censorship of the press is not only dangerous, but it is absurd.\n")
    _, found = quotations(text)
    quoted = [q for q in found if q.quoted and q.text.strip("* \n")]
    assert [q.text.lstrip()[:9] for q in quoted] == ["I confess", "But in th"]  # the asterisks are a cut, not an end
    assert all((q.claim.author, q.claim.title) == ("Alexis de Tocqueville", "Democracy in America") for q in quoted)


def test_wikitext_saved_as_text_quotes_in_tags_and_templates():
    text = ("== Why Misattributed? ==\n\n"
            "::{{cite book |last=Nietzsche |first=Friedrich |title=Thus Spake Zarathustra |translator=Thomas Common "
            "|year=1909 |page=13}}\n"
            "<blockquote>I tell you: one must still have chaos in one, to give birth to a dancing star.</blockquote>\n\n"
            ":::I'd keep the modern wording: {{tq|We should consider every day lost on which we have not danced.}} "
            "Nobody searches for Common's.\n")
    _, found = quotations(text)
    star, lost = [q for q in found if q.quoted]
    assert star.text.startswith("I tell you") and lost.text.startswith("We should consider")
    assert (star.claim.author, star.claim.title, star.claim.translator, star.claim.page) == \
        ("Friedrich Nietzsche", "Thus Spake Zarathustra", "Thomas Common", "13")
