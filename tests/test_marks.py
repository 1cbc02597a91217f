"""The quoter's marks inside a quotation (quotetrace.marks)."""

from __future__ import annotations

import pytest

from quotetrace.marks import Conventions, find_marks


def only_mark(text: str):
    marks = find_marks(text)
    assert len(marks) == 1, marks
    mark = marks[0]
    assert text[mark.start:mark.end] == mark.text
    return mark


# --- elisions ---------------------------------------------------------------------

@pytest.mark.parametrize("form", ["...", "…", ". . .", "[...]", "{...}", "[. . .]", "[…]", "{…}"])
def test_every_elision_form_is_one_elision(form):
    text = f"the individual is sovereign {form} over his own body"
    mark = only_mark(text)
    assert mark.kind == "elision"
    assert mark.text == form
    assert mark.start == text.index(form)
    assert mark.page is None


def test_elision_without_spaces_around_it():
    text = "the tyranny of the prevailing opinion...to fetter the development"
    mark = only_mark(text)
    assert (mark.kind, mark.text) == ("elision", "...")


def test_bracketed_elision_is_not_an_interpolation():
    marks = find_marks("society [...] with the individual {...} in the way of compulsion")
    assert [m.kind for m in marks] == ["elision", "elision"]


def test_two_dots_are_not_an_elision():
    assert find_marks("Wait.. what") == []
    assert find_marks("the U.S.A. and e.g. others") == []


def test_sentence_stop_followed_by_elision_is_one_mark():
    # "self-protection. ..." : a full stop and an elision; never two overlapping marks
    text = "is self-protection. ... His own good"
    marks = find_marks(text)
    assert [m.kind for m in marks] == ["elision"]
    assert "..." in marks[0].text


# --- interpolations and [sic] --------------------------------------------------------

@pytest.mark.parametrize("form", ["{i.e. the State}", "[i.e. the State]", "[emphasis added]",
                                  "{Mill contradicts himself here}", "[Mill]"])
def test_interpolations_in_braces_and_brackets(form):
    text = f"the dealings of society {form} with the individual"
    mark = only_mark(text)
    assert mark.kind == "interpolation"
    assert mark.text == form
    assert mark.page is None


@pytest.mark.parametrize("form", ["[sic]", "{sic}", "[sic!]", "[ sic ]", "[SIC]"])
def test_sic(form):
    mark = only_mark(f"an universally {form} stigmatized injustice")
    assert mark.kind == "sic"
    assert mark.text == form


def test_words_containing_sic_are_interpolations_not_sic():
    mark = only_mark("a word [sic, as in the original edition] here")
    assert mark.kind == "interpolation"


def test_interpolation_containing_an_elision_stays_one_interpolation():
    text = "the dealings of society {i.e. the State ... and the Church} with the individual"
    marks = find_marks(text)
    interpolations = [m for m in marks if m.kind == "interpolation"]
    assert len(interpolations) == 1
    assert interpolations[0].text == "{i.e. the State ... and the Church}"


# --- page anchors ------------------------------------------------------------------

@pytest.mark.parametrize("anchor, page", [
    ("{p. 144}", "144"),
    ("[p. 12]", "12"),
    ("(p. 12)", "12"),
    ("[Pg 12]", "12"),
    ("[Pg. 12]", "12"),
    ("{p.144}", "144"),
    ("{P. 7}", "7"),
    ("(page 12)", "12"),
    ("{pp. 12-13}", "12"),
    ("(pp. 12–13)", "12"),
    ("[p. 12a]", "12a"),
])
def test_page_anchor_forms(anchor, page):
    text = f"a sufficient {anchor} warrant"
    mark = only_mark(text)
    assert mark.kind == "page"
    assert mark.text == anchor
    assert mark.page == page


def test_page_anchor_for_two_editions_is_one_mark_with_one_of_its_pages():
    anchor = "{hbk p. 106, pbk p. 124}"
    text = f"the whole {anchor} of society"
    mark = only_mark(text)  # one mark covering both editions, no stray interpolation
    assert mark.kind == "page"
    assert mark.text == anchor
    assert mark.page in {"106", "124"}


def test_page_anchor_is_not_an_interpolation():
    marks = find_marks("{p. 21} The object of this Essay")
    assert [(m.kind, m.page) for m in marks] == [("page", "21")]


def test_page_number_without_brackets_is_not_an_anchor():
    assert find_marks("as Mill says on p. 12 of the essay") == []


def test_skipped_pages_elision_anchor_elision():
    text = "of compulsion ... {p. 149} ... the individual"
    marks = find_marks(text)
    assert [m.kind for m in marks] == ["elision", "page", "elision"]
    assert marks[1].page == "149"
    assert [text[m.start:m.end] for m in marks] == ["...", "{p. 149}", "..."]


def test_anchor_inside_a_broken_word():
    text = "to fet- {p. 145} ters"
    mark = only_mark(text)
    assert (mark.kind, mark.page, mark.start) == ("page", "145", text.index("{"))


# --- ordering, spans and windows -----------------------------------------------------

def test_marks_are_sorted_non_overlapping_and_spans_match_text():
    text = ("{p. 21} The object {i.e. the State} of this Essay ... is [sic] to assert … "
            "one {p. 22} very [...] simple principle [emphasis added].")
    marks = find_marks(text)
    assert [m.kind for m in marks] == ["page", "interpolation", "elision", "sic", "elision",
                                      "page", "elision", "interpolation"]
    for a, b in zip(marks, marks[1:]):
        assert a.end <= b.start
    for m in marks:
        assert text[m.start:m.end] == m.text
    assert [m.page for m in marks if m.kind == "page"] == ["21", "22"]


def test_find_marks_within_a_window():
    text = "{p. 1} before ... | inside {i.e. here} ... | after [sic]"
    start = text.index("|")
    end = text.rindex("|")
    marks = find_marks(text, start, end)
    assert [m.kind for m in marks] == ["interpolation", "elision"]
    assert all(start <= m.start and m.end <= end for m in marks)


def test_no_marks_in_plain_text():
    assert find_marks("Over himself, over his own body and mind, the individual is sovereign.") == []


# --- a sentence's full stop before an elision ---------------------------------------

@pytest.mark.parametrize("text", ["is not a sufficient warrant. ... In the part", "a sufficient warrant.... In the part",
                                  "a sufficient warrant. . . . In the part"])
def test_full_stop_before_an_elision_is_quoted_text(text):
    (mark,) = find_marks(text)
    assert mark.kind == "elision"
    assert text[mark.start - 1] in ". " and text[:mark.start].rstrip().endswith("warrant.")
    assert mark.text.count(".") == 3


def test_four_dots_after_a_space_stay_one_elision():
    text = "the individual is sovereign .... over his own body"
    (mark,) = find_marks(text)
    assert mark.text == "...."


# --- brackets that belong to the source ---------------------------------------------

@pytest.mark.parametrize("source", ["[Greek: hupolaepsis]", "[Latin: de minimis]", "[Illustration: A ship]",
                                    "[Hebrew: shalom]"])
def test_transcribers_renderings_of_other_scripts_are_not_editorial(source):
    text = f"In our power are opinion ({source}), movement towards a thing"
    assert find_marks(text) == []


@pytest.mark.parametrize("marker", ["[1]", "[12]", "[A]", "[*]"])
def test_footnote_markers_glued_to_a_word_are_not_editorial(marker):
    text = f"whatever are our acts.{marker} Not in our power are the body{marker} and property"
    assert find_marks(text) == []


def test_letters_in_brackets_are_still_a_mark():
    marks = find_marks("[T]he object of this Essay")
    assert [(m.kind, m.text) for m in marks] == [("letters", "[T]")]


# --- the document's convention ------------------------------------------------------

def test_declared_braces_leave_square_brackets_to_the_source():
    text = "the body {he means: as a possession}, offices [magisterial power], reputation [sic] ... and the rest"
    braces = Conventions(interpolation="braces", declared=True)
    marks = find_marks(text, conventions=braces)
    assert [(m.kind, m.text) for m in marks] == [
        ("interpolation", "{he means: as a possession}"), ("sic", "[sic]"), ("elision", "...")]
    # without the declaration both kinds of brackets are the compiler's
    assert [m.kind for m in find_marks(text)] == ["interpolation", "interpolation", "sic", "elision"]


def test_declared_braces_keep_bracketed_elisions_and_page_anchors():
    text = "[p. 12] It is now sixteen [...] years since"
    marks = find_marks(text, conventions=Conventions(interpolation="braces", declared=True))
    assert [(m.kind, m.text) for m in marks] == [("page", "[p. 12]"), ("elision", "[...]")]


def test_bare_page_numbers_only_under_their_convention():
    text = "[145] Call me Ishmael. Some years ago [146] having little or no money"
    assert [m.kind for m in find_marks(text)] == []  # footnote-like: the source's
    marks = find_marks(text, conventions=Conventions(bare_pages=True))
    assert [(m.kind, m.page) for m in marks] == [("page", "145"), ("page", "146")]


def test_page_prefix_without_brackets_only_under_its_convention():
    text = "p. 62 Whatsoever therefore is consequent to a time of Warre"
    assert find_marks(text) == []
    (mark,) = find_marks(text, conventions=Conventions(prefix_pages=True))
    assert (mark.kind, mark.text, mark.page) == ("page", "p. 62", "62")


def test_many_marks_in_one_long_quotation():
    text = " ".join(f"word {{i.e. {i}}} more ... [p. {i}]" for i in range(3000))
    marks = find_marks(text)
    assert len(marks) == 9000
    assert all(a.end <= b.start for a, b in zip(marks, marks[1:]))


# --- groups wrapped over lines ------------------------------------------------------

def test_interpolation_wrapped_over_two_lines_is_one_mark():
    text = "he who has learned\nto die [the line I would keep if I could keep only\none] has unlearned to serve"
    mark = only_mark(text)
    assert mark.kind == "interpolation"
    assert mark.text == "[the line I would keep if I could keep only\none]"


def test_a_group_never_spans_a_paragraph_break():
    text = "the first [aside that never\n\ncloses] paragraph"
    assert [m.kind for m in find_marks(text)] == []


def test_a_page_break_between_bars_is_an_anchor_and_a_table_cell_is_not():
    text = "the general |42| opinion | 42 | and |a|42|b|"
    marks = find_marks(text)
    assert [(m.kind, m.text, m.page) for m in marks] == [("page", "|42|", "42")]


def test_a_parenthesis_signed_with_initials_is_the_compilers_and_an_unsigned_one_the_authors():
    text = ("to watch the government (the ministers, that is, not the Crown. --H.Q.); and the requisites "
            "(growing ever more important as human affairs increase in scale)")
    marks = find_marks(text)
    assert [(m.kind, m.text) for m in marks] == [("interpolation", "(the ministers, that is, not the Crown. --H.Q.)")]


def test_an_elision_in_parentheses():
    marks = find_marks("[pg. 401] (...) but Priam besought Achilles (and wept)")
    assert [(m.kind, m.text) for m in marks] == [("page", "[pg. 401]"), ("elision", "(...)")]


def test_angle_bracket_pages_and_double_parentheses_are_the_compilers():
    text = "<22> One day, when I was dining with him ((Cardinal Morton)), there happened (as it were) to be <23> a lawyer"
    assert [(m.kind, m.text, m.page) for m in find_marks(text)] == [
        ("page", "<22>", "22"), ("interpolation", "((Cardinal Morton))", None), ("page", "<23>", "23")]


# --- marks a page declares by example ------------------------------------------------

@pytest.mark.parametrize("declaration, quoted, expected", [
    ("The pages of that edition are given in double angle brackets, <<17>>, before the first word of each page; "
     "my own remarks are in doubled square brackets [[like this]].",
     "<<18>> We have [[i.e. 1066]] more.", [("page", "<<18>>", "18"), ("interpolation", "[[i.e. 1066]]", None)]),
    ("Following the law reports, *84 marks the start of page 84 of the edition cited; three spaced asterisks "
     "* * * mark an omission; and my own words are [Ed.: like this].",
     "It is hard *87 indeed * * * to say [Ed.: sic] it.",
     [("page", "*87", "87"), ("elision", "* * *", None), ("interpolation", "[Ed.: sic]", None)]),
    ("Page breaks appear as [p. 118]{.pb} and my glosses as [a gloss]{.ed}.",
     "[p. 119]{.pb} Thy [Astyanax]{.ed} son.", [("page", "[p. 119]{.pb}", "119"), ("interpolation", "[Astyanax]{.ed}", None)]),
    ("Page anchors are set between slashes, /31/, where a page begins.", "nor /32/ taste", [("page", "/32/", "32")]),
])
def test_marks_a_page_declares_by_example(declaration, quoted, expected):
    from quotetrace.marks import declared_marks
    conventions = Conventions(declared_marks=declared_marks([declaration]))
    assert [(m.kind, m.text, m.page) for m in find_marks(quoted, conventions=conventions)] == expected


def test_examples_in_ordinary_prose_declare_nothing():
    from quotetrace.marks import declared_marks
    assert declared_marks(["I paid 5 dollars for it (see page 3), as my notes say (2).",
                           "Cuts are marked [...] and page numbers are given as {p. 12}."]) == ()
    # undeclared, the same signs are the source's own
    assert find_marks("It is hard *87 indeed, and /32/ here.") == []
