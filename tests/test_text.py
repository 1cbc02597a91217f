"""Normalisation and tokenisation with offsets (quotetrace.text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrace.text import Token, mask, normalize_word, tokenize, words


def norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


# --- normalisation ----------------------------------------------------------------

def test_case_is_folded():
    assert norms("Liberty LIBERTY liberty") == ["liberty"] * 3


def test_accents_are_removed_precomposed_and_decomposed():
    assert normalize_word("café") == "cafe"
    assert normalize_word("naïve") == "naive"
    assert normalize_word("Émile") == "emile"
    # the same word written with a combining accent (NFD) compares equal
    assert words("cafe\u0301") == words("café") == ["cafe"]


def test_ligatures_are_expanded():
    assert normalize_word("\ufb01nal") == "final"      # ﬁ
    assert normalize_word("\ufb02ag") == "flag"        # ﬂ
    assert normalize_word("Æsop") == "aesop"
    assert normalize_word("œuvre") == "oeuvre"
    assert normalize_word("ſtate") == "state"          # long s of old prints


def test_curly_and_straight_apostrophes_compare_equal():
    assert norms("don’t don't don‘t") == ["dont", "dont", "dont"]
    # an apostrophe inside a word does not split it
    assert len(tokenize("the people’s will")) == 3


def test_hyphenated_word_is_one_token_without_hyphen():
    tokens = tokenize("self-protection and co-operation")
    assert [t.norm for t in tokens] == ["selfprotection", "and", "cooperation"]


def test_line_break_hyphenation_is_rejoined():
    text = "to fet-\nter the development"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["to", "fetter", "the", "development"]
    joined = tokens[1]
    assert text[joined.start:joined.end] == "fet-\nter"


def test_line_break_hyphenation_with_crlf_and_indent():
    text = "fet-\r\n    ters of custom"
    assert norms(text)[0] == "fetters"


def test_hyphen_before_a_space_is_not_a_line_break():
    # "fet- ters" on one line: two words, nothing rejoined
    assert norms("fet- ters") == ["fet", "ters"]


def test_dashes_and_punctuation_do_not_make_words():
    assert norms("society—collectively -- over, the: individuals!") == [
        "society", "collectively", "over", "the", "individuals"]
    assert norms("... — ; : ! ?") == []


def test_offsets_map_back_to_the_original_words():
    text = "Over himself, over his own body and mind, the individual is “sovereign”."
    tokens = tokenize(text)
    expected = ["Over", "himself", "over", "his", "own", "body", "and", "mind", "the",
                "individual", "is", "sovereign"]
    assert [text[t.start:t.end] for t in tokens] == expected
    for token, word in zip(tokens, expected):
        assert word in text[token.start:token.end]
        assert token.norm == word.lower()


def test_offsets_map_back_for_accented_and_ligature_words():
    text = "The ﬁnal Œuvre of Émile"
    for token in tokenize(text):
        original = text[token.start:token.end]
        assert normalize_word(original) == token.norm


def test_tokenize_respects_start_and_end():
    text = "alpha beta gamma delta"
    start = text.index("beta")
    end = text.index("delta")
    tokens = tokenize(text, start, end)
    assert [t.norm for t in tokens] == ["beta", "gamma"]
    assert all(start <= t.start < t.end <= end for t in tokens)
    assert text[tokens[0].start:tokens[0].end] == "beta"


# --- mask -------------------------------------------------------------------------

def test_mask_keeps_length_and_positions():
    text = "a principle {i.e. the State} with the individual"
    s = text.index("{")
    e = text.index("}") + 1
    masked = mask(text, [(s, e)])
    assert len(masked) == len(text)
    assert masked[:s] == text[:s] and masked[e:] == text[e:]
    assert masked[s:e] == " " * (e - s)
    # the tokens outside the masked span keep their offsets
    outside = [t for t in tokenize(text) if t.end <= s or t.start >= e]
    assert tokenize(masked) == outside


def test_mask_keeps_line_breaks_and_uses_fill():
    text = "ab\ncd{x}\r\nef"
    masked = mask(text, [(2, 10)], "#")
    assert len(masked) == len(text)
    assert masked == "ab\n#####\r\nef"


def test_mask_with_no_spans_is_identity():
    assert mask("unchanged text", []) == "unchanged text"


def test_page_anchor_masked_with_line_breaks_rejoins_the_split_word():
    text = "to fet- {p. 14} ter the development"
    s = text.index("{")
    e = text.index("}") + 1
    masked = mask(text, [(s, e)], "\n")
    assert len(masked) == len(text)
    tokens = tokenize(masked)
    assert [t.norm for t in tokens] == ["to", "fetter", "the", "development"]
    assert text[tokens[1].start:tokens[1].end] == "fet- {p. 14} ter"


# --- properties ---------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("abcXYZ éÆœﬁſ’'‘-—–.,;:!?…{}[]()\"“”\n\r\t _0123456789")
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(_ALPHABET, max_size=80) | st.text(max_size=60))
def test_token_spans_lie_inside_text_and_increase(text):
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert isinstance(token, Token)
        assert 0 <= token.start < token.end <= len(text)
        assert token.start >= previous_end  # increasing and non-overlapping
        previous_end = token.end
        assert token.norm  # no empty words
        # the span holds a real word of the text, not only separators
        assert any(ch.isalnum() for ch in text[token.start:token.end])


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(_ALPHABET, max_size=60), st.data())
def test_token_spans_stay_in_the_requested_window(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for token in tokenize(text, start, end):
        assert start <= token.start < token.end <= end


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(_ALPHABET, max_size=60), st.data())
def test_mask_never_changes_length_or_unmasked_characters(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    masked = mask(text, [(start, end)])
    assert len(masked) == len(text)
    assert masked[:start] == text[:start] and masked[end:] == text[end:]
    assert all(c == " " or c in "\r\n" for c in masked[start:end])


@pytest.mark.parametrize("word", ["Liberty", "fetters", "self-protection", "don’t"])
def test_normalize_is_stable_on_its_own_output(word):
    once = normalize_word(word)
    assert normalize_word(once) == once
