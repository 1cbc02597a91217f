"""Word-level alignment (quotetrace.align)."""

from __future__ import annotations

import pytest

from quotetrace.align import (INSERTION, MATCH, OMISSION, SUBSTITUTION, VARIANT, align_words,
                              is_variant, spelling_key)
from quotetrace.text import words

SOURCE = words(
    "That principle is, that the sole end for which mankind are warranted, individually or "
    "collectively, in interfering with the liberty of action of any of their number, is "
    "self-protection. That the only purpose for which power can be rightfully exercised over "
    "any member of a civilised community, against his will, is to prevent harm to others."
)


def non_matches(steps):
    return [s for s in steps if s.op != MATCH]


def assert_consistent(steps, quote, source):
    """Every quote word is used exactly once, in order; source positions increase."""
    q_positions = [s.q for s in steps if s.q is not None]
    assert q_positions == list(range(len(quote)))
    s_positions = [s.s for s in steps if s.s is not None]
    assert s_positions == sorted(set(s_positions))
    assert all(0 <= p < len(source) for p in s_positions)
    for step in steps:
        if step.op == MATCH:
            assert quote[step.q] == source[step.s]
        if step.op == INSERTION:
            assert step.q is not None and step.s is None
        if step.op == OMISSION:
            assert step.q is None and step.s is not None


def test_verbatim_is_all_matches():
    quote = list(SOURCE)
    steps, cost = align_words(quote, SOURCE)
    assert_consistent(steps, quote, SOURCE)
    assert [s.op for s in steps] == [MATCH] * len(quote)
    assert [(s.q, s.s) for s in steps] == [(i, i) for i in range(len(quote))]
    assert cost < 0


def test_verbatim_excerpt_from_the_middle_of_the_source():
    start = SOURCE.index("only")
    quote = SOURCE[start:start + 12]
    steps, _ = align_words(quote, SOURCE)
    assert_consistent(steps, quote, SOURCE)
    # leading and trailing source words are free: no omission steps, only matches
    assert [s.op for s in steps] == [MATCH] * 12
    assert steps[0].s == start


def test_one_substituted_word():
    quote = list(SOURCE)
    k = quote.index("warranted")
    quote[k] = "justified"
    steps, _ = align_words(quote, SOURCE)
    assert_consistent(steps, quote, SOURCE)
    (changed,) = non_matches(steps)
    assert changed.op == SUBSTITUTION
    assert (changed.q, changed.s) == (k, k)


def test_substitution_of_a_short_meaning_word():
    source = words("His own good, either physical or moral, is not a sufficient warrant.")
    quote = words("His own good, either physical or moral, is now a sufficient warrant.")
    steps, _ = align_words(quote, source)
    assert_consistent(steps, quote, source)
    (changed,) = non_matches(steps)
    assert changed.op == SUBSTITUTION
    assert (quote[changed.q], source[changed.s]) == ("now", "not")


def test_silently_dropped_clause_is_one_run_of_omissions():
    source = words("His own good, either physical or moral, is not a sufficient warrant. "
                   "He cannot rightfully be compelled to do or forbear")
    quote = words("His own good is not a sufficient warrant. "
                  "He cannot rightfully be compelled to do or forbear")
    steps, _ = align_words(quote, source)
    assert_consistent(steps, quote, source)
    changed = non_matches(steps)
    assert {s.op for s in changed} == {OMISSION}
    dropped = [source[s.s] for s in changed]
    assert dropped == ["either", "physical", "or", "moral"]
    positions = [s.s for s in changed]
    assert positions == list(range(positions[0], positions[0] + 4))  # one contiguous run
    # and the run sits between "good" and "is"
    index = steps.index(changed[0])
    assert steps[index - 1].op == MATCH and quote[steps[index - 1].q] == "good"
    assert steps[index + 4].op == MATCH and quote[steps[index + 4].q] == "is"


def test_long_dropped_clause_before_a_short_tail_is_an_omission():
    quote = words("That principle is, that the sole end for which mankind are warranted "
                  "is self-protection.")
    steps, _ = align_words(quote, SOURCE)
    assert_consistent(steps, quote, SOURCE)
    changed = non_matches(steps)
    assert {s.op for s in changed} == {OMISSION}
    assert [SOURCE[s.s] for s in changed] == words(
        "individually or collectively, in interfering with the liberty of action of any of their number")


def test_inserted_words_are_insertion_steps():
    quote = words("That principle is, that the sole end for which mankind are truly and always "
                  "warranted, individually or collectively")
    source = SOURCE[:16]
    steps, _ = align_words(quote, source)
    assert_consistent(steps, quote, source)
    changed = non_matches(steps)
    assert [s.op for s in changed] == [INSERTION] * 3
    assert [quote[s.q] for s in changed] == ["truly", "and", "always"]


def test_empty_quote_and_empty_source():
    assert align_words([], SOURCE) == ([], 0.0)
    steps, cost = align_words(["a", "b"], [])
    assert [s.op for s in steps] == [INSERTION, INSERTION]
    assert cost > 0


# --- spelling and scanning variants ---------------------------------------------------

@pytest.mark.parametrize("quoted, source", [
    ("atttacks", "attacks"),
    ("honour", "honor"),
    ("qf", "of"),
    ("colour", "color"),
    ("realise", "realize"),
    ("tbe", "the"),
    ("rnodern", "modern"),
])
def test_scanning_errors_and_spellings_are_variants(quoted, source):
    assert is_variant(quoted, source)
    assert is_variant(source, quoted)
    assert spelling_key(quoted) == spelling_key(source) or min(len(quoted), len(source)) >= 7


@pytest.mark.parametrize("quoted, source", [
    ("not", "now"),
    ("knows", "ignores"),
    ("ignores", "knows"),
    ("man", "men"),
    ("moral", "mortal"),
    ("liberty", "liberty"),  # the same word is a match, not a variant
])
def test_meaning_changes_are_not_variants(quoted, source):
    assert not is_variant(quoted, source)


def test_variants_in_an_alignment():
    source = words("the tyranny of the majority attacks the honor of the people")
    quote = words("the tyranny qf the majority atttacks the honour of the people")
    steps, _ = align_words(quote, source)
    assert_consistent(steps, quote, source)
    changed = non_matches(steps)
    assert [s.op for s in changed] == [VARIANT] * 3
    assert [(quote[s.q], source[s.s]) for s in changed] == [
        ("qf", "of"), ("atttacks", "attacks"), ("honour", "honor")]
    assert all(s.q == s.s for s in changed)


def test_meaning_change_in_an_alignment_is_a_substitution():
    source = words("The other party to the comparison knows both sides.")
    quote = words("The other party to the comparison ignores both sides.")
    steps, _ = align_words(quote, source)
    (changed,) = non_matches(steps)
    assert changed.op == SUBSTITUTION
    assert (quote[changed.q], source[changed.s]) == ("ignores", "knows")


def test_variant_scores_better_than_substitution_but_worse_than_match():
    source = words("the honor of the people")
    _, exact = align_words(words("the honor of the people"), source)
    _, variant = align_words(words("the honour of the people"), source)
    _, changed = align_words(words("the shame of the people"), source)
    assert exact < variant < changed


@pytest.mark.parametrize("quoted,source", [("confirmed", "conformed"), ("complement", "compliment"),
                                           ("preceding", "proceeding")])
def test_a_changed_letter_that_makes_another_word_is_not_a_variant(quoted, source):
    assert not is_variant(quoted, source)


@pytest.mark.parametrize("quoted,source", [("soverign", "sovereign"), ("goverment", "government"),
                                           ("recieved", "received")])
def test_dropped_or_swapped_letters_in_long_words_are_variants(quoted, source):
    assert is_variant(quoted, source)


@pytest.mark.parametrize("quoted,source", [("fights", "fought"), ("men", "man"), ("goes", "went")])
def test_another_form_of_the_same_word_is_an_inflection(quoted, source):
    steps, _ = align_words(["they", quoted, "for", "the", "liberty", "of", "all"],
                           ["they", source, "for", "the", "liberty", "of", "all"])
    assert [s.op for s in steps] == [MATCH, "inflection", MATCH, MATCH, MATCH, MATCH, MATCH]


def test_an_inflection_is_substantive_not_a_variant():
    from quotetrace.alignment import SUBSTANTIVE

    assert "inflection" in SUBSTANTIVE
    assert not is_variant("fights", "fought")
