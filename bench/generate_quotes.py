"""Seeded generator of a quotation accuracy set with recorded ground truth.

Passages are cut from the Project Gutenberg bodies of the reference corpus
(``corpus/texts/<slug>.txt``, bounded by ``body_start_char``/``body_end_char`` of
``corpus/provenance.csv``), edited in known ways, wrapped in documents and written
with a truth file per document:

    OUT/manifest.json              arguments, corpus fingerprint, counts
    OUT/doc-001.txt                a plain-text document of 5-10 quotations
    OUT/doc-001.truth.json         per quotation: snippet, source slug and span, claim,
                                   expected fidelity/attribution, applied edits

Edits (``type``, ``marked``):

* ``elision`` (marked): 3-30 words removed inside the passage, replaced by ``...``/``…``/``[...]``/``. . .``;
* ``interpolation`` (marked): ``{i.e. the State}``, ``[sic]`` after a word, or ``[the king]`` in place of a pronoun;
* ``substitution`` (unmarked): one or two words replaced by different words (never a spelling variant);
* ``omission`` (unmarked): a 3-12 word clause dropped;
* ``insertion`` (unmarked): one to three words added;
* ``noise`` (a variant): ``of``->``qf``, a doubled letter, ``m``->``rn``;
* ``spelling`` (a variant): ``honour``/``honor``, ``-ise``/``-ize``, ``-re``/``-er`` (both ways), and
  archaic forms (``shew``/``show``, ``connexion``, ``publick``; kind ``archaic``, few).

Edit-rate levels 0%, 10%, 20%, 35% of the passage's words, per quotation a profile
(``marked``, ``variant``, ``unmarked``, ``mixed``) that decides which edits fill the budget.
Some quotations are misattributed (the claim names a work of another author), some are
invented (words of several works shuffled, or word salad from one work's vocabulary,
checked so that no word 4-gram of them occurs anywhere in the corpus).

Passages are only taken where they are unique in the corpus: a passage that shares seven
or more consecutive words with any other place (another work, or elsewhere in its own
work) is rejected, so the truth names exactly one source.  The quotation compilations
(Bartlett, Widger, ...) and the files that duplicate other files are never used as sources
or claimed works (they stay in the library that quotetrace searches).

    .venv/bin/python bench/generate_quotes.py --seed 1 --n 300      # into /tmp/quotetrace-quotes

The set is a pure function of the seed, ``--n`` and the corpus (about 20 s, most of it hashing
the corpus for the uniqueness checks), so it is not kept in the repository;
bench/accuracy.py makes it when it is missing or was made by another version of this file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = Path("/tmp/quotetrace-quotes")  # generated, reproducible from the seed: kept out of the repository
GENERATOR_VERSION = "1"

LEVELS = (0.0, 0.10, 0.20, 0.35)
PROFILES = {  # which edit types fill the budget of a quotation
    "marked": {"elision": 3, "interpolation": 2},
    "variant": {"noise": 3, "spelling": 2},
    "unmarked": {"substitution": 3, "omission": 2, "insertion": 2},
    "mixed": {"elision": 1, "interpolation": 1, "noise": 1, "spelling": 1,
              "substitution": 1, "omission": 1, "insertion": 1},
}
PROFILE_WEIGHTS = {"marked": 0.3, "variant": 0.2, "unmarked": 0.3, "mixed": 0.2}
SUBSTANTIVE_TYPES = {"substitution", "omission", "insertion"}
P_INVENTED = 0.08
P_MISATTRIBUTED = 0.15  # of the claimed quotations
MIN_WORDS, MAX_WORDS = 8, 60
MIN_QUOTE_WORDS = 8  # after edits
ELISION_SIDE = 4  # words kept on each side of an elision

# Never a source and never claimed: compilations of other works' words and files that
# duplicate other files of the corpus.
EXCLUDED = {
    "bartlett-familiar-quotations", "many-thoughts-of-many-minds", "handy-dictionary-of-poetical-quotations",
    "widger-quotations-lincoln", "widger-quotations-mark-twain", "widger-quotations-montaigne",
    "pg-first-etexts-declaration-of-independence", "us-constitution", "gettysburg-address",
}
SHORT_TITLES = {
    "rousseau-social-contract": "The Social Contract",
    "epictetus-discourses-long": "The Discourses of Epictetus",
    "la-rochefoucauld-maxims": "Moral Maxims",
    "burke-works-vol3-reflections": "Reflections on the Revolution in France",
    "paine-rights-of-man": "The Rights of Man",
    "paine-age-of-reason": "The Age of Reason",
    "bible-kjv": "The Holy Bible",
    "bible-web": "The World English Bible",
    "lincoln-papers-and-writings": "The Papers and Writings of Abraham Lincoln",
    "confucius-analects-legge": "The Analects",
    "homer-odyssey-butcher-lang": "The Odyssey",
    "dickinson-poems": "Poems",
}
SURNAMES = {
    "Niccolò Machiavelli": "Machiavelli", "Alexis de Tocqueville": "Tocqueville", "Miguel de Cervantes": "Cervantes",
    "François de La Rochefoucauld": "La Rochefoucauld", "Augustine of Hippo": "Augustine", "Sun Tzu": "Sun Tzu",
    "Marcus Aurelius": "Marcus Aurelius", "Dante Alighieri": "Dante", "Mary Wollstonecraft Shelley": "Mary Shelley",
    "Mary Wollstonecraft": "Wollstonecraft",
}
_NAME_NOISE = {"and", "the", "of", "de", "von", "van", "la", "by", "jr", "sr", "st", "saint", "et", "al", "mary"}

PUBLISHERS = ["Longmans, Green, London", "Macmillan and Co., London", "Macmillan, New York",
              "Oxford University Press", "Harper & Brothers, New York", "Dent, London",
              "Chatto and Windus, London", "Houghton Mifflin, Boston", "Penguin Classics, London",
              "Cambridge University Press", "G. P. Putnam's Sons, New York", "Scribner, New York"]
INLINE_CLAIMED = ["As {author} wrote in {title}, “{q}”", "{author} wrote in {title} that “{q}”",
                  "“{q}” ({author}, {title})"]
INLINE_AUTHOR = ["As {author} once wrote, “{q}”", "{author} once observed: “{q}”"]
INLINE_TITLE = ["As we read in {title}, “{q}”", "We read in {title} that “{q}”"]
INLINE_UNCLAIMED = ["It has been said that “{q}”", "One passage has stayed with me: “{q}”",
                    "Consider the following words: “{q}”", "There is an old line that runs: “{q}”"]
FILLERS = ["This is worth reading slowly.", "The point is easy to miss on a first reading.",
           "Few passages put the matter more plainly.", "It repays a second look.",
           "The thought deserves a moment of attention.", "The whole argument turns on a single image.",
           "Readers have disagreed about this for a long time.", "The tone here is striking.",
           "It is a passage that ages well.", "Much depends on how the last clause is read.",
           "The same idea comes back later in a different form.", "That seems to me the heart of it."]
COMMENTS = ["I keep returning to this passage.", "I find the closing clause the most telling.",
            "My own copy has this passage heavily underlined.", "I think this is the key to the whole chapter.",
            "I read this aloud to a friend, who disagreed with every word.",
            "My reading of this has changed over the years.", "I am not sure the argument holds, but it is well put."]
INTROS = ["These are notes from my reading over the past year, with the passages that stayed with me.",
          "What follows is a small collection of passages, with a few remarks of my own.",
          "The passages below were gathered for a reading group; the remarks after them are mine."]
GLOSSES = ["the State", "the people", "the author", "the reader", "the government", "his opponents",
           "the sovereign", "in this case", "the nation", "the poet", "the law", "of the time", "the king"]
REPLACING = {"he": ["the king", "the author", "the prince"], "she": ["the queen", "the heroine"],
             "it": ["the State", "the law", "the city"], "they": ["the people", "the citizens"],
             "them": ["the people", "the soldiers"], "him": ["the king", "the prince"],
             "this": ["this principle", "this custom"], "these": ["these laws", "these men"]}
INSERTIONS = ["truly", "indeed", "always", "very", "surely", "certainly", "often", "also", "really",
              "perhaps", "still", "only", "quite", "greatly", "deeply", "wholly", "simply", "never",
              "in fact", "of course", "above all", "by nature", "in truth", "at least", "after all",
              "without doubt", "for the most part"]
STOPWORDS = set("""a an the and or but if of to in on at by for with from as is was are were be been being it its
he she they them him her his their this that these those which who whom what not no nor so than then there
i me my we us our you your thou thee thy shall will would should could may might must do did does have has had
all any some such one upon into out up""".split())
OUR_STEMS = ("hon", "col", "fav", "lab", "neighb", "behavi", "hum", "vig", "rig", "endeav", "parl", "val",
             "sav", "harb", "rum", "splend", "ard", "cand", "od", "clam", "ferv", "savi", "arm", "flav",
             "ranc", "succ", "vap", "tum", "dol", "glam", "clam", "demean")
_OUR = re.compile(r"^(?P<stem>[a-z]+?)(?P<o>our|or)(?P<suf>s|ed|ing|able|ably|ite|ites|ful|less|ers?)?$")
IZE_STEMS = ("real", "recogn", "organ", "civil", "character", "author", "apolog", "critic", "emphas",
             "sympath", "tyrann", "patron", "natural", "general", "colon", "modern", "agon", "idol",
             "equal", "legal", "moral", "central", "human", "fertil", "local", "minim", "neutral",
             "popular", "rational", "scandal", "scrutin", "symbol", "util", "vital", "familiar",
             "harmon", "memor", "monopol", "tantal", "terror", "victim", "special", "signal", "solemn",
             "econom", "philosoph", "theor", "immortal", "subsid", "standard", "system", "sermon",
             "item", "eulog", "evangel", "fossil", "galvan", "hospital", "jeopard", "author", "legitim")
_IZE = re.compile(r"^(?P<stem>[a-z]+?)(?P<z>is|iz)(?P<suf>e|es|ed|ing|ation|ations|er|ers)$")
RE_WORDS = {"centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
            "theatres": "theaters", "metre": "meter", "sombre": "somber", "spectre": "specter",
            "sceptre": "scepter", "lustre": "luster", "fibre": "fiber", "calibre": "caliber",
            "meagre": "meager", "sabre": "saber", "mitre": "miter", "sepulchre": "sepulcher",
            "manoeuvre": "maneuver", "reconnoitre": "reconnoiter"}
ARCHAIC = {"shew": "show", "shewed": "showed", "shewn": "shown", "shewing": "showing", "shews": "shows",
           "connexion": "connection", "connexions": "connections", "publick": "public", "musick": "music",
           "chuse": "choose", "chusing": "choosing", "gaol": "jail", "encrease": "increase",
           "antient": "ancient", "chearful": "cheerful", "compleat": "complete", "ecstacy": "ecstasy",
           "phrenzy": "frenzy", "controul": "control", "croud": "crowd", "surprize": "surprise",
           "stile": "style", "cloaths": "clothes", "despatch": "dispatch", "inclose": "enclose"}

_WORD = re.compile(r"[^\W_]+")  # this generator's own word notion (for uniqueness checks)
_CORE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_FORBIDDEN = re.compile(r"[0-9_\[\]{}*|<>#@\t]|\.\s?\.\s?\.|…|\bp\.\s|\bpp\.|\bpg\b|\bIllustration|\bCHAPTER\b|"
                        r"\bFootnote|\bGutenberg\b|https?:|www\.|--\s*$", re.IGNORECASE)
_CAPS = re.compile(r"\b[A-Z][A-Z'’]+\b")
_SENTENCE_END_AFTER = re.compile(r"^[)\]'’\"”]*[.!?;][)\]'’\"”]*")
_SENTENCE_GAP = re.compile(r"[.!?;:][\"'”’)\]]*\s|\n[ \t\r]*\n")
_ABBREVIATION = re.compile(r"(?:^|\W)(?:Mr|Mrs|Messrs|Dr|St|Mt|Col|Gen|Capt|Lieut|Rev|Hon|Sir|viz|vol|ch|No|[A-Z])\.$")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_MULTS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                   0x85EBCA77C2B2AE63, 0xFF51AFD7ED558CCD], dtype=np.uint64)


def ngram_hashes(ids: np.ndarray, size: int) -> np.ndarray:
    n = len(ids) - size + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    ids = ids.astype(np.uint64) + np.uint64(1)
    out = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):
            out = (out ^ (ids[k:k + n] * _MULTS[k])) * np.uint64(0x100000001B3)
    return out


# --- the corpus ---------------------------------------------------------------------

@dataclass
class WorkInfo:
    slug: str
    title: str
    author: str | None
    year: int | None
    body: tuple[int, int]
    short_title: str = ""
    claim_author: str | None = None


@dataclass
class Corpus:
    """Catalog, bodies and a word n-gram index of the whole corpus (this generator's own)."""

    root: Path
    works: dict[str, WorkInfo]
    texts: dict[str, str] = field(default_factory=dict)
    vocab: dict[str, int] = field(default_factory=dict)
    slugs: list[str] = field(default_factory=list)
    h6: np.ndarray | None = None
    h6_work: np.ndarray | None = None
    h6_pos: np.ndarray | None = None
    h4: np.ndarray | None = None
    word_ids: dict[str, np.ndarray] = field(default_factory=dict)
    _spans: dict[str, np.ndarray] = field(default_factory=dict)
    spelling_ids: np.ndarray | None = None

    def spans(self, slug: str) -> np.ndarray:
        """Character spans of the words of a work's body (same words as ``word_ids``)."""
        if slug not in self._spans:
            start, end = self.works[slug].body
            found = [m.span() for m in _WORD.finditer(self.text(slug), start, end)]
            self._spans[slug] = np.array(found, dtype=np.int64).reshape(-1, 2)
            assert len(found) == len(self.word_ids[slug]), slug
        return self._spans[slug]

    def text(self, slug: str) -> str:
        if slug not in self.texts:
            with open(self.root / "texts" / f"{slug}.txt", encoding="utf-8", newline="") as handle:
                self.texts[slug] = handle.read()
        return self.texts[slug]

    def ids_of(self, words: list[str]) -> np.ndarray:
        return np.array([self.vocab.get(w.casefold(), -1) for w in words], dtype=np.int64)


def short_title(slug: str, title: str) -> str:
    if slug in SHORT_TITLES:
        return SHORT_TITLES[slug]
    for cut in (":", ";", " (", ",", " with "):
        if cut in title:
            title = title.split(cut)[0]
    return title.strip()


def claim_author(author: str | None) -> str | None:
    if not author or author.startswith("("):
        return None
    author = author.split(";")[0]
    author = re.sub(r"\s*\(.*?\)", "", author).replace(" et al.", "").strip()
    return author or None


def surname(author: str) -> str:
    return SURNAMES.get(author, author.split()[-1])


def name_tokens(author: str | None) -> set[str]:
    return {w.casefold() for w in _WORD.findall(author or "")} - _NAME_NOISE


def load_corpus(root: Path, log=print) -> Corpus:
    with open(root / "catalog.csv", encoding="utf-8", newline="") as handle:
        catalog = {row["slug"]: row for row in csv.DictReader(handle)}
    with open(root / "provenance.csv", encoding="utf-8", newline="") as handle:
        bodies = {row["slug"]: (int(row["body_start_char"]), int(row["body_end_char"])) for row in csv.DictReader(handle)}
    works = {}
    for slug, row in sorted(catalog.items()):
        year = int(row["year"]) if re.fullmatch(r"-?\d+", row.get("year") or "") else None
        text_path = root / "texts" / f"{slug}.txt"
        if not text_path.exists():
            continue
        body = bodies.get(slug)
        info = WorkInfo(slug, row["title"], row["author"] or None, year, body or (0, -1))
        info.short_title = short_title(slug, row["title"])
        info.claim_author = claim_author(row["author"])
        works[slug] = info
    corpus = Corpus(root, works)
    started = time.time()
    all_h6, all_w, all_p, all_h4 = [], [], [], []
    corpus.slugs = sorted(works)
    raw_vocab: dict[str, int] = {}
    raw_to_norm: list[int] = []
    for w_index, slug in enumerate(corpus.slugs):
        text = corpus.text(slug)
        start, end = works[slug].body
        if end < 0:
            end = len(text)
            works[slug].body = (start, end)
        words = _WORD.findall(text, start, end)
        for word in set(words).difference(raw_vocab):
            raw_vocab[word] = len(raw_vocab)
            folded = word.casefold()
            nid = corpus.vocab.get(folded)
            if nid is None:
                nid = corpus.vocab[folded] = len(corpus.vocab)
            raw_to_norm.append(nid)
        norm_of = np.array(raw_to_norm, dtype=np.int64)
        ids = norm_of[np.array([raw_vocab[w] for w in words], dtype=np.int64)] if words else np.zeros(0, np.int64)
        corpus.word_ids[slug] = ids
        h6 = ngram_hashes(ids, 6)
        all_h6.append(h6)
        all_w.append(np.full(len(h6), w_index, dtype=np.int32))
        all_p.append(np.arange(len(h6), dtype=np.int32))
        all_h4.append(ngram_hashes(ids, 4))
    h6 = np.concatenate(all_h6)
    order = np.argsort(h6)
    corpus.h6, corpus.h6_work, corpus.h6_pos = h6[order], np.concatenate(all_w)[order], np.concatenate(all_p)[order]
    corpus.h4 = np.sort(np.concatenate(all_h4))  # duplicates do no harm to searchsorted
    log(f"corpus: {len(works)} works, {len(h6):,} words, {len(corpus.vocab):,} distinct, "
        f"indexed in {time.time() - started:.1f}s")
    return corpus


def occurrences(corpus: Corpus, hashes: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """For each hash: its index in ``hashes``, and the works and positions where it occurs."""
    left = np.searchsorted(corpus.h6, hashes, side="left")
    right = np.searchsorted(corpus.h6, hashes, side="right")
    return [(k, corpus.h6_work[a:b], corpus.h6_pos[a:b]) for k, (a, b) in enumerate(zip(left, right)) if b > a]


def is_unique(corpus: Corpus, slug: str, first_word: int, n_words: int) -> bool:
    """No other place of the corpus shares 7+ consecutive words with this passage."""
    ids = corpus.word_ids[slug][first_word:first_word + n_words]
    w_index = corpus.slugs.index(slug)
    diagonals: dict[tuple[int, int], int] = {}
    for k, works, positions in occurrences(corpus, ngram_hashes(ids, 6)):
        for w, p in zip(works.tolist(), positions.tolist()):
            if w == w_index and p == first_word + k:
                continue
            key = (w, p - k)
            diagonals[key] = diagonals.get(key, 0) + 1
            if diagonals[key] >= 2:
                return False
    return True


def has_corpus_4gram(corpus: Corpus, words: list[str]) -> bool:
    ids = corpus.ids_of(words)
    hashes = ngram_hashes(np.where(ids < 0, 10**9 + np.arange(len(ids)), ids), 4)
    if not len(hashes):
        return False
    at = np.searchsorted(corpus.h4, hashes)
    at = np.minimum(at, len(corpus.h4) - 1)
    return bool(np.any(corpus.h4[at] == hashes))


_RE_REVERSE = {v: k for k, v in RE_WORDS.items()}


def spelling_variant(lower: str) -> tuple[str, str] | None:
    """The other spelling of a word and its kind, for the words this generator knows how to respell."""
    m = _OUR.match(lower)
    if m and m.group("stem") in OUR_STEMS:
        return m.group("stem") + ("or" if m.group("o") == "our" else "our") + (m.group("suf") or ""), "our_or"
    m = _IZE.match(lower)
    if m and m.group("stem") in IZE_STEMS:
        return m.group("stem") + ("iz" if m.group("z") == "is" else "is") + m.group("suf"), "ise_ize"
    if lower in RE_WORDS:
        return RE_WORDS[lower], "re_er"
    if lower in _RE_REVERSE:
        return _RE_REVERSE[lower], "re_er"
    if lower in ARCHAIC:
        return ARCHAIC[lower], "archaic"
    return None


def spelling_positions(corpus: Corpus, slug: str) -> np.ndarray:
    """Word positions of a work where a word with a known spelling variant stands."""
    if corpus.spelling_ids is None:
        corpus.spelling_ids = np.array(sorted(i for w, i in corpus.vocab.items() if spelling_variant(w)), dtype=np.int64)
    return np.flatnonzero(np.isin(corpus.word_ids[slug], corpus.spelling_ids))


# --- passages -------------------------------------------------------------------------

@dataclass
class Tok:
    text: str  # the text as it appears in the quotation (punctuation attached)
    start: int  # span in the work's text
    end: int

    @property
    def core(self) -> re.Match | None:
        return _CORE.search(self.text)


def cut_passage(rng: random.Random, corpus: Corpus, slug: str, tries: int = 60,
                anchor: int | None = None) -> tuple[list[Tok], int, int] | None:
    """A unique passage of 8-60 words at sentence-ish boundaries: tokens and its word range.

    With ``anchor`` (a word position), the passage contains that word (not as its first or last).
    """
    text = corpus.text(slug)
    spans = corpus.spans(slug)
    n = len(spans)
    if n < 200:
        return None
    for _ in range(tries):
        i = rng.randrange(1, n - MAX_WORDS - 1) if anchor is None else max(1, anchor - rng.randint(1, 45))
        limit = n - MIN_WORDS - 1 if anchor is None else anchor
        # walk forward to a sentence start
        for _ in range(200):
            gap = text[spans[i - 1][1]:spans[i][0]]
            if (_SENTENCE_GAP.search(gap) and text[spans[i][0]].isupper()
                    and not _ABBREVIATION.search(text[max(0, spans[i - 1][0] - 1):spans[i - 1][1] + 1])):
                break
            i += 1
            if i >= limit:
                break
        else:
            continue
        if i >= limit:
            continue
        target = rng.randint(MIN_WORDS, MAX_WORDS)
        first_end = i + MIN_WORDS - 1 if anchor is None else max(i + MIN_WORDS - 1, anchor + 1)
        ends = [j for j in range(first_end, min(n - 1, i + MAX_WORDS))
                if _SENTENCE_END_AFTER.match(text[spans[j][1]:spans[j + 1][0]])
                and not _ABBREVIATION.search(text[max(0, spans[j][0] - 1):spans[j][1] + 1])]
        if not ends:
            continue
        j = min(ends, key=lambda e: abs((e - i + 1) - target))
        start, end = int(spans[i][0]), int(spans[j][1])
        chunk = text[start:end]
        if _BLANK_LINE.search(chunk) or _FORBIDDEN.search(chunk):
            continue
        if any(w not in ("I", "O", "A") for w in _CAPS.findall(chunk)):
            continue
        if '"' in chunk and chunk.count('"') % 2:
            continue
        trail = _SENTENCE_END_AFTER.match(text[end:spans[j + 1][0]]).group()
        end_ext = end + len(trail)
        if not is_unique(corpus, slug, i, j - i + 1):
            continue
        toks = passage_tokens(text, start, end_ext)
        if len(toks) < MIN_WORDS:
            continue
        return toks, i, j + 1
    return None


def passage_tokens(text: str, start: int, end: int) -> list[Tok]:
    """Whitespace tokens with their spans; line-break hyphenation joined, bare punctuation attached."""
    raw = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    toks: list[Tok] = []
    k = 0
    while k < len(raw):
        word, s, e = raw[k]
        if word.endswith("-") and len(word) > 1 and k + 1 < len(raw) and "\n" in text[start + e:start + raw[k + 1][1]]:
            nxt = raw[k + 1]
            word, e = word + nxt[0], nxt[2]
            k += 1
        if not _CORE.search(word) and toks:
            toks[-1] = Tok(toks[-1].text + " " + word, toks[-1].start, start + e)
        else:
            toks.append(Tok(word, start + s, start + e))
        k += 1
    if toks and not toks[0].core:
        toks = toks[1:]
    return toks


# --- edits ------------------------------------------------------------------------------

@dataclass
class Edit:
    type: str
    marked: bool
    words: dict
    kind: str | None = None
    covers: tuple[int, int] | None = None  # token range removed or replaced
    before: int | None = None  # token index an inserted piece goes before
    quote_span: tuple[int, int] | None = None  # filled in when rendered (document offsets)
    source_span: tuple[int, int] | None = None


class Editor:
    """Applies edits to a passage's tokens, keeping every edit apart from the others."""

    def __init__(self, rng: random.Random, toks: list[Tok], vocabulary: list[str] | None = None):
        self.rng = rng
        self.toks = toks
        self.n = len(toks)
        self.blocked: set[int] = set()
        self.replaced: dict[int, str] = {}  # token -> new text
        self.core_at: dict[int, tuple[int, int]] = {}  # token -> span of the changed word in its new text
        self.removed: set[int] = set()
        self.inserted: dict[int, list[tuple[str, int]]] = {}  # before token -> [(text, edit index)]
        self.owner: dict[int, int] = {}  # token -> edit index
        self.edits: list[Edit] = []
        self.vocabulary = vocabulary or []

    # positions
    def _range_free(self, i: int, j: int) -> bool:
        return i >= 1 and j <= self.n - 1 and not any(k in self.blocked for k in range(i - 1, j + 1))

    def _slot_free(self, i: int) -> bool:
        return 1 <= i <= self.n - 1 and (i - 1) not in self.blocked and i not in self.blocked

    def _words_left(self, extra_removed: int = 0) -> int:
        return self.n - len(self.removed) - extra_removed

    def _add(self, edit: Edit) -> int:
        self.edits.append(edit)
        index = len(self.edits) - 1
        if edit.covers:
            a, b = edit.covers
            for k in range(a, b):
                self.blocked.add(k)
                self.owner[k] = index
            edit.source_span = (self.toks[a].start, self.toks[b - 1].end)
        if edit.before is not None:
            self.blocked.update((edit.before - 1, edit.before))
        return index

    def _set_core(self, k: int, new_core: str) -> str:
        text = self.toks[k].text
        m = self.toks[k].core
        self.core_at[k] = (m.start(), m.start() + len(new_core))
        return text[:m.start()] + new_core + text[m.end():]

    # edit types: each returns the number of words it counts for, or 0 when impossible
    def elision(self, budget: int) -> int:
        size_max = min(30, budget, self.n - 2 * ELISION_SIDE, self._words_left() - MIN_QUOTE_WORDS)
        if size_max < 3:
            return 0
        size = self.rng.randint(3, size_max)
        starts = [i for i in range(ELISION_SIDE, self.n - ELISION_SIDE - size + 1) if self._range_free(i, i + size)]
        if not starts:
            return 0
        i = self.rng.choice(starts)
        mark = self.rng.choice(["...", "...", "…", "[...]", ". . ."])
        index = self._add(Edit("elision", True, {"removed": [t.text for t in self.toks[i:i + size]], "mark": mark},
                               covers=(i, i + size)))
        self.removed.update(range(i, i + size))
        self.inserted.setdefault(i, []).append((mark, index))
        return size

    def interpolation(self, budget: int) -> int:
        choice = self.rng.random()
        if choice < 0.3:  # a pronoun replaced by a bracketed noun phrase
            options = [k for k in range(1, self.n - 1) if self._range_free(k, k + 1)
                       and self.toks[k].core.group().lower() in REPLACING and self.toks[k].core.end() == len(self.toks[k].text)]
            if options:
                k = self.rng.choice(options)
                phrase = self.rng.choice(REPLACING[self.toks[k].core.group().lower()])
                new = "[" + phrase + "]"
                self._add(Edit("interpolation", True, {"from": [self.toks[k].text], "to": new}, kind="replacing",
                                       covers=(k, k + 1)))
                self.replaced[k] = new
                return 1
        slots = [i for i in range(2, self.n - 1) if self._slot_free(i)]
        if not slots:
            return 0
        i = self.rng.choice(slots)
        if choice < 0.6:
            mark, kind, count = self.rng.choice(["[sic]", "[sic]", "{sic}"]), "sic", 1
        else:
            gloss = self.rng.choice(GLOSSES)
            mark, kind, count = self.rng.choice(["{i.e. %s}", "[i.e. %s]", "{%s}"]) % gloss, "gloss", len(gloss.split())
        index = self._add(Edit("interpolation", True, {"inserted": mark, "n_words": count}, kind=kind, before=i))
        self.inserted.setdefault(i, []).append((mark, index))
        return count

    def substitution(self, budget: int) -> int:
        size = 2 if budget >= 2 and self.rng.random() < 0.35 else 1
        options = [k for k in range(1, self.n - size) if self._range_free(k, k + size)
                   and all(self.toks[x].core.group().lower() not in STOPWORDS and len(self.toks[x].core.group()) >= 3
                           for x in range(k, k + size))]
        if not options:
            return 0
        k = self.rng.choice(options)
        new_words = []
        for x in range(k, k + size):
            old = self.toks[x].core.group()
            replacement = self._different_word(old)
            if replacement is None:
                return 0
            if old[0].isupper():
                replacement = replacement[0].upper() + replacement[1:]
            new_words.append(replacement)
        self._add(Edit("substitution", False, {"from": [self.toks[x].core.group() for x in range(k, k + size)],
                                                       "to": new_words}, covers=(k, k + size)))
        for x, word in zip(range(k, k + size), new_words):
            self.replaced[x] = self._set_core(x, word)
        return size

    def _different_word(self, old: str) -> str | None:
        lower = old.lower()
        for _ in range(200):
            word = self.rng.choice(self.vocabulary)
            if (abs(len(word) - len(lower)) <= 3 and word != lower and word not in STOPWORDS
                    and Levenshtein.distance(word, lower) >= 3 and word[:3] != lower[:3]
                    and Levenshtein.normalized_similarity(word, lower) < 0.5):
                return word
        return None

    def omission(self, budget: int) -> int:
        size_max = min(12, budget, self._words_left() - MIN_QUOTE_WORDS)
        if size_max < 3:
            return 0
        candidates = []  # clauses between commas first, then any run
        for i in range(1, self.n - 3):
            if self.toks[i - 1].text.endswith((",", ";", ":")):
                for j in range(i + 3, min(self.n, i + size_max + 1)):
                    if self.toks[j - 1].text.endswith((",", ";")) and self._range_free(i, j):
                        candidates.append((i, j))
                        break
        if not candidates or self.rng.random() < 0.3:
            size = self.rng.randint(3, size_max)
            candidates = [(i, i + size) for i in range(1, self.n - size) if self._range_free(i, i + size)]
        if not candidates:
            return 0
        i, j = self.rng.choice(candidates)
        self._add(Edit("omission", False, {"removed": [t.text for t in self.toks[i:j]]}, covers=(i, j)))
        self.removed.update(range(i, j))
        return j - i

    def insertion(self, budget: int) -> int:
        options = [w for w in INSERTIONS if len(w.split()) <= max(1, budget)]
        words = self.rng.choice(options)
        slots = [i for i in range(1, self.n - 1) if self._slot_free(i)
                 and self.toks[i].core.group().lower() not in words.split()
                 and self.toks[i - 1].core.group().lower() not in words.split()]
        if not slots:
            return 0
        i = self.rng.choice(slots)
        index = self._add(Edit("insertion", False, {"inserted": words.split()}, before=i))
        self.inserted.setdefault(i, []).append((words, index))
        return len(words.split())

    def noise(self, budget: int) -> int:
        kinds = ["of_qf", "double", "m_rn"]
        self.rng.shuffle(kinds)
        for kind in kinds:
            options = []
            for k in range(1, self.n - 1):
                if not self._range_free(k, k + 1):
                    continue
                core = self.toks[k].core.group()
                if kind == "of_qf" and core.lower() == "of":
                    options.append(k)
                elif kind == "double" and len(core) >= 4 and core.isalpha():
                    options.append(k)
                elif kind == "m_rn" and len(core) >= 4 and "m" in core[1:]:
                    options.append(k)
            if not options:
                continue
            k = self.rng.choice(options)
            core = self.toks[k].core.group()
            if kind == "of_qf":
                new = "qf" if core == "of" else "Qf"
            elif kind == "double":
                p = self.rng.randrange(1, len(core))
                new = core[:p] + core[p] + core[p:]
            else:
                positions = [p for p in range(1, len(core)) if core[p] == "m"]
                p = self.rng.choice(positions)
                new = core[:p] + "rn" + core[p + 1:]
            self._add(Edit("noise", True, {"from": core, "to": new}, kind=kind, covers=(k, k + 1)))
            self.replaced[k] = self._set_core(k, new)
            return 1
        return 0

    def spelling(self, budget: int) -> int:
        options = []
        for k in range(1, self.n - 1):
            if not self._range_free(k, k + 1):
                continue
            core = self.toks[k].core.group()
            new, kind = spelling_variant(core.lower()) or (None, None)
            if new is not None:
                if core[0].isupper():
                    new = new[0].upper() + new[1:]
                options.append((k, new, kind))
        if not options:
            return 0
        k, new, kind = self.rng.choice(options)
        core = self.toks[k].core.group()
        self._add(Edit("spelling", True, {"from": core, "to": new}, kind=kind, covers=(k, k + 1)))
        self.replaced[k] = self._set_core(k, new)
        return 1

    # rendering
    def render(self, inline: bool) -> tuple[str, list[tuple[int, int] | None], dict[int, tuple[int, int]]]:
        """The quotation text, and each edit's span in it (omissions: the gap where the words were)."""
        pieces: list[tuple[str, int | None, tuple[int, int] | None]] = []
        gap_of: dict[int, int] = {}  # omission edit -> number of pieces before its gap
        for k, tok in enumerate(self.toks):
            for text, index in self.inserted.get(k, []):
                pieces.append((text, index, None))
            if k in self.removed:
                index = self.owner[k]
                if self.edits[index].type == "omission" and index not in gap_of:
                    gap_of[index] = len(pieces)
                continue
            text = self.replaced.get(k, tok.text)
            pieces.append((text, self.owner.get(k) if k in self.replaced else None, self.core_at.get(k)))
        out = []
        position = 0
        piece_spans = []
        for text, _, _ in pieces:
            if inline:
                text = text.replace('"', "'").replace("“", "‘").replace("”", "’").replace("«", "‘").replace("»", "’").replace("„", "‘")
            if out:
                position += 1
            piece_spans.append((position, position + len(text)))
            out.append(text)
            position += len(text)
        quote = " ".join(out)
        spans: dict[int, tuple[int, int]] = {}
        for (text, index, core), span in zip(pieces, piece_spans):
            if index is None:
                continue
            if core is not None:  # only the changed word, not the punctuation or compound around it
                span = (span[0] + core[0], span[0] + core[1])
            if index in spans:
                spans[index] = (spans[index][0], span[1])
            else:
                spans[index] = span
        for index, count in gap_of.items():  # from the end of the word before to the start of the word after
            left = piece_spans[count - 1][1] if count > 0 else 0
            right = piece_spans[count][0] if count < len(piece_spans) else len(quote)
            while left > 0 and not quote[left - 1].isalnum():
                left -= 1
            while right < len(quote) and not quote[right].isalnum():
                right += 1
            spans[index] = (left, right)
        return quote, piece_spans, spans


def apply_profile(rng: random.Random, editor: Editor, profile: str, level: float) -> None:
    n = editor.n
    budget = max(1, round(level * n))
    used = 0
    types = PROFILES[profile]
    failures = 0
    while used < budget and failures < 25:
        remaining = budget - used
        names = list(types)
        weights = [types[t] for t in names]
        kind = rng.choices(names, weights)[0]
        size = getattr(editor, kind)(remaining)
        if size:
            used += size
        else:
            failures += 1
    if not editor.edits:  # nothing of this profile fits: anything small that does
        for kind in ("substitution", "noise", "insertion", "interpolation"):
            if getattr(editor, kind)(budget):
                break


# --- documents ----------------------------------------------------------------------------

@dataclass
class QuoteSpec:
    form: str  # inline | excerpt
    claim_kind: str  # author+title | author | title | none
    misattributed: bool
    invented: bool
    level: float
    profile: str | None


def plan_sizes(rng: random.Random, n: int) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        left = n - sum(sizes)
        size = rng.randint(5, 10)
        if left <= 10:
            size = left
        elif left - size < 5:
            size = left - 5
        sizes.append(size)
    return sizes


def claim_target(rng: random.Random, corpus: Corpus, true_slug: str | None, need_author: bool,
                 avoid: tuple[str, ...] = ()) -> WorkInfo:
    """A work to claim instead of the true one: another author, a title that cannot be confused."""
    true = corpus.works[true_slug] if true_slug else None
    true_names = name_tokens(true.author if true else None)
    options = []
    for slug, info in corpus.works.items():
        if slug in EXCLUDED or slug == true_slug or slug in avoid:
            continue
        if need_author and not info.claim_author:
            continue
        if true is not None:
            if name_tokens(info.author) & true_names:
                continue
            a, b = info.short_title.casefold(), true.short_title.casefold()
            if a in true.title.casefold() or b in info.title.casefold() or a == b:
                continue
        options.append(info)
    return rng.choice(options)


def invent_passage(rng: random.Random, corpus: Corpus, sources: list[str]) -> tuple[str, str, list[str]]:
    """Words of other works that form no corpus 4-gram: shuffled passages, or word salad."""
    method = rng.choice(["shuffle", "salad"])
    length = rng.randint(10, 40)
    for _ in range(200):
        if method == "shuffle":
            pool: list[str] = []
            used = rng.sample(sources, 3)
            for slug in used:
                spans = corpus.spans(slug)
                i = rng.randrange(0, len(spans) - 40)
                text = corpus.text(slug)
                pool += [text[s:e] for s, e in spans[i:i + 25].tolist()]
            rng.shuffle(pool)
            words = pool[:length]
        else:
            used = [rng.choice(sources)]
            spans = corpus.spans(used[0])
            text = corpus.text(used[0])
            words = []
            while len(words) < length:
                s, e = spans[rng.randrange(len(spans))].tolist()
                word = text[s:e]
                if word.isalpha() and not (len(word) > 1 and word.isupper()):
                    words.append(word)
        words = [w if w == "I" else w.lower() for w in words
                 if w.isalpha() and not (len(w) > 1 and w.isupper()) and (len(w) > 1 or w in "aAI")]
        if len(words) < MIN_QUOTE_WORDS or has_corpus_4gram(corpus, words):
            continue
        # the same words with a little punctuation, so that it reads like prose
        out = []
        for k, word in enumerate(words):
            if k == 0:
                word = word[0].upper() + word[1:]
            if 0 < k < len(words) - 3 and rng.random() < 0.08:
                word += ","
            out.append(word)
        return " ".join(out) + ".", method, used
    raise RuntimeError("could not invent a passage without corpus 4-grams")


def choose_spec(rng: random.Random, form: str) -> QuoteSpec:
    invented = rng.random() < P_INVENTED
    if form == "excerpt":
        claim_kind = "author+title"
    else:
        claim_kind = rng.choices(["author+title", "author", "none"], [0.55, 0.1, 0.35])[0]
    misattributed = claim_kind != "none" and rng.random() < P_MISATTRIBUTED
    level = 0.0 if invented else rng.choice(LEVELS)
    profile = None if level == 0 else rng.choices(list(PROFILE_WEIGHTS), list(PROFILE_WEIGHTS.values()))[0]
    return QuoteSpec(form, claim_kind, misattributed, invented, level, profile)


def make_quote(rng: random.Random, corpus: Corpus, spec: QuoteSpec, sources: list[str],
               vocabularies: dict[str, list[str]]) -> dict:
    """One quotation: text (without the document around it), its edits and its truth."""
    record: dict = {"form": spec.form, "invented": spec.invented, "rate_level": spec.level, "profile": spec.profile}
    if spec.invented:
        text, method, used = invent_passage(rng, corpus, sources)
        record.update({"slug": None, "source_span": None, "source_text": None, "invented_method": method,
                       "vocabulary_from": used, "edit_rate": 0.0, "n_source_words": 0})
        record["_quote"], record["_spans"], record["_edits"] = text, {}, []
        return record
    want_spelling = spec.profile in ("variant", "mixed") and rng.random() < 0.6
    while True:
        slug = rng.choice(sources)
        anchor = None
        if want_spelling:
            positions = spelling_positions(corpus, slug)
            if not len(positions):
                continue
            anchor = int(rng.choice(positions.tolist()))
        cut = cut_passage(rng, corpus, slug, tries=60 if anchor is None else 5, anchor=anchor)
        if cut is None:
            continue
        toks, first_word, end_word = cut
        editor = Editor(rng, toks, vocabulary=vocabularies.setdefault(slug, work_vocabulary(corpus, slug)))
        if spec.level > 0:
            apply_profile(rng, editor, spec.profile, spec.level)
        quote, _, spans = editor.render(inline=spec.form == "inline")
        if len(_WORD.findall(_strip_marks(quote))) < MIN_QUOTE_WORDS:
            continue
        break
    text = corpus.text(slug)
    span = (toks[0].start, toks[-1].end)
    touched = sum(_edit_word_count(e) for e in editor.edits)
    record.update({"slug": slug, "source_span": list(span), "source_text": text[span[0]:span[1]],
                   "source_words": [first_word, end_word], "n_source_words": len(toks),
                   "edit_rate": round(touched / len(toks), 3)})
    record["_quote"], record["_spans"], record["_edits"] = quote, spans, editor.edits
    return record


def _edit_word_count(edit: Edit) -> int:
    if edit.covers:
        return edit.covers[1] - edit.covers[0]
    if edit.type == "insertion":
        return len(edit.words["inserted"])
    return edit.words.get("n_words", 1)


def _strip_marks(quote: str) -> str:
    return re.sub(r"\{[^{}]*\}|\[[^\[\]]*\]|\.\s?\.\s?\.|…", " ", quote)


def work_vocabulary(corpus: Corpus, slug: str) -> list[str]:
    text = corpus.text(slug)
    spans = corpus.spans(slug)
    picks = spans[np.linspace(0, len(spans) - 1, num=min(len(spans), 20000)).astype(int)]
    words = {text[s:e].lower() for s, e in picks.tolist()}
    return sorted(w for w in words if w.isalpha() and len(w) >= 3 and w not in STOPWORDS)


def expected_fidelity(record: dict) -> str:
    if record["invented"]:
        return "unlocated"
    edits = record["_edits"]
    if not edits:
        return "verbatim"
    if any(e.type in SUBSTANTIVE_TYPES for e in edits):
        return "altered"
    return "faithful"


def build_document(rng: random.Random, corpus: Corpus, doc_id: str, size: int, sources: list[str],
                   vocabularies: dict) -> tuple[str, dict]:
    style = rng.choices(["commentary", "compilation", "mixed"], [0.4, 0.4, 0.2])[0]
    paragraphs: list[str] = [rng.choice(INTROS)]
    quotes = []
    for number in range(1, size + 1):
        form = {"commentary": "inline", "compilation": "excerpt"}.get(style) or rng.choice(["inline", "excerpt"])
        spec = choose_spec(rng, form)
        record = make_quote(rng, corpus, spec, sources, vocabularies)
        true_slug = record["slug"]
        if spec.claim_kind == "none":
            claimed = None
        else:
            if spec.misattributed or spec.invented:
                target = claim_target(rng, corpus, true_slug, need_author=spec.claim_kind == "author",
                                      avoid=tuple(record.get("vocabulary_from") or ()))
            else:
                target = corpus.works[true_slug]
                if spec.claim_kind == "author" and not target.claim_author:
                    spec.claim_kind = "title"
            claimed = {"slug": target.slug, "title": target.short_title, "author": target.claim_author}
            if spec.claim_kind == "author":
                claimed["title"] = None
            if not target.claim_author:
                claimed["author"] = None
                spec.claim_kind = "title" if spec.claim_kind != "none" else "none"
        quote = record.pop("_quote")
        spans = record.pop("_spans")
        edits = record.pop("_edits")
        # place it in the document
        prefix = "\n\n".join(paragraphs) + "\n\n"
        if form == "excerpt":
            header = [claimed["title"]] if claimed else []
            if claimed and claimed["author"]:
                header.append("by " + claimed["author"])
            year = corpus.works[claimed["slug"]].year if claimed else None
            if year is None or year < 1500:
                year = rng.randint(1860, 1925)
            else:
                year = rng.choice([year, rng.randint(max(year, 1800), max(year, 1925))])
            header.append(f"{rng.choice(PUBLISHERS)} {year}")
            page = rng.randint(3, 480)
            anchor = f"{{p. {page}}} "
            paragraphs.append("\n".join(header))
            prefix = "\n\n".join(paragraphs) + "\n\n"
            quote_start = len(prefix)
            text_start = quote_start + len(anchor)
            paragraphs.append(anchor + quote)
            paragraphs.append("{end}")
            paragraphs.append(rng.choice(COMMENTS))
            quote_span = (quote_start, text_start + len(quote))
        else:
            if claimed is None:
                template = rng.choice(INLINE_UNCLAIMED)
                fields = {}
            elif spec.claim_kind == "author":
                template = rng.choice(INLINE_AUTHOR)
                fields = {"author": _author_form(rng, claimed["author"])}
            elif claimed["author"] is None:
                template = rng.choice(INLINE_TITLE)
                fields = {"title": claimed["title"]}
            else:
                template = rng.choice(INLINE_CLAIMED)
                fields = {"author": _author_form(rng, claimed["author"]), "title": claimed["title"]}
            before_text = rng.choice(FILLERS) + " " if rng.random() < 0.7 else ""
            sentence = template.format(q="\x00", **fields)
            head, tail = sentence.split("\x00")
            after_text = (" " + rng.choice(FILLERS)) if rng.random() < 0.6 else ""
            paragraph = before_text + head + quote + tail + after_text
            text_start = len(prefix) + len(before_text) + len(head)
            paragraphs.append(paragraph)
            quote_span = (text_start, text_start + len(quote))
            if claimed is not None:
                claimed["as_written"] = fields
        truth_edits = []
        for index, edit in enumerate(edits):
            s, e = spans[index]
            truth_edits.append({
                "type": edit.type, "marked": edit.marked, "kind": edit.kind, "words": edit.words,
                "quote_span": [text_start + s, text_start + e],
                "source_span": list(edit.source_span) if edit.source_span else None,
            })
        record.update({
            "id": f"{doc_id}#{number}", "quote_span": list(quote_span), "quote_text": quote,
            "n_quote_words": len(_WORD.findall(_strip_marks(quote))),
            "claim_kind": spec.claim_kind if claimed else "none", "claimed": claimed,
            "misattributed": bool(claimed) and not spec.invented and claimed["slug"] != true_slug,
            "expected": {"fidelity": expected_fidelity({"invented": spec.invented, "_edits": edits}),
                         "attribution": ("unclaimed" if not claimed else "unknown" if spec.invented
                                         else "wrong" if claimed["slug"] != true_slug else "confirmed")},
            "edits": truth_edits,
        })
        record["_text_start"] = text_start
        quotes.append(record)
    document = "\n\n".join(paragraphs) + "\n"
    for record in quotes:  # a snippet of the quotation that occurs once in the document
        record["snippet"] = unique_snippet(document, record)
        del record["_text_start"]
        a, b = record["quote_span"]
        assert record["quote_text"] in document[a:b], record["id"]
    return document, {"document": f"{doc_id}.txt", "style": style, "quotes": quotes}


def _author_form(rng: random.Random, author: str) -> str:
    return author if rng.random() < 0.5 else surname(author)


def unique_snippet(document: str, record: dict) -> str:
    quote = record["quote_text"]
    words = [m for m in re.finditer(r"\S+", quote) if not re.search(r"[\[\]{}…]|\.\.", m.group())]
    for width in (6, 8, 10, 14, 20):
        for k in range(0, max(1, len(words) - width + 1)):
            chunk = words[k:k + width]
            if len(chunk) < min(width, len(words)):
                break
            snippet = quote[chunk[0].start():chunk[-1].end()]
            if re.search(r"[\[\]{}…]|\.\s?\.\s?\.", snippet):
                continue
            if document.count(snippet) == 1:
                return snippet
    return quote


def generator_fingerprint() -> str:
    """A hash of this file, so that a set made by another version of the generator is made again."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def generate(seed: int, n: int, corpus_dir: Path, out_dir: Path, log=print) -> dict:
    rng = random.Random(seed)
    corpus = load_corpus(corpus_dir, log)
    sources = [s for s in corpus.slugs if s not in EXCLUDED and len(corpus.word_ids[s]) > 2000]
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in list(out_dir.glob("doc-*.txt")) + list(out_dir.glob("doc-*.truth.json")):
        old.unlink()
    vocabularies: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    sizes = plan_sizes(rng, n)
    for d, size in enumerate(sizes, 1):
        doc_id = f"doc-{d:03d}"
        document, truth = build_document(rng, corpus, doc_id, size, sources, vocabularies)
        with open(out_dir / f"{doc_id}.txt", "w", encoding="utf-8", newline="") as handle:
            handle.write(document)
        with open(out_dir / f"{doc_id}.truth.json", "w", encoding="utf-8") as handle:
            json.dump(truth, handle, ensure_ascii=False, indent=1)
        for q in truth["quotes"]:
            for key in (f"fidelity:{q['expected']['fidelity']}", f"attribution:{q['expected']['attribution']}",
                        f"form:{q['form']}", f"level:{q['rate_level']}"):
                counts[key] = counts.get(key, 0) + 1
            for e in q["edits"]:
                counts[f"edit:{e['type']}"] = counts.get(f"edit:{e['type']}", 0) + 1
    manifest = {"generator": GENERATOR_VERSION, "generator_sha256": generator_fingerprint(), "seed": seed, "n": n, "corpus": str(corpus_dir.resolve()),
                "catalog_sha256": hashlib.sha256((corpus_dir / "catalog.csv").read_bytes()).hexdigest(),
                "documents": len(sizes), "counts": dict(sorted(counts.items()))}
    with open(out_dir / "manifest.json", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    log(f"wrote {len(sizes)} documents, {n} quotations to {out_dir}")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=300, help="number of quotations (default 300)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.n < 5:
        parser.error("--n must be at least 5")
    manifest = generate(args.seed, args.n, args.corpus, args.out)
    print(json.dumps(manifest["counts"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
