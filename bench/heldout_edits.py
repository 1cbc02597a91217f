"""Held-out benchmark 2: a synthetic set with its own design and its own mix of edits.

Written without reference to bench/generate_quotes.py.  Passages of 10-80 words are
drawn from works the matcher was not tuned on (Federalist Papers, Darwin, Austen,
Melville, Tolstoy, Dickens, Wilde, Shakespeare plays in verse, Milton, Dickinson,
the KJV Bible in its ``Book C:V<TAB>text`` lines), and each gets ONE kind of change:

=================  ==============================================  ===========  ===========  ==================
kind               what is done                                    fidelity     attribution  flags expected
=================  ==============================================  ===========  ===========  ==================
typography         straight/curly quotes swapped, ``--`` <-> ``—``  verbatim     confirmed
hyphenation        a word split ``gov-`` / ``ernment`` at a line end verbatim     confirmed
verse_slash        2-6 verse lines run together with `` / ``       verbatim     confirmed
verse_lines        verse lines kept as lines in an excerpt block   verbatim     confirmed
kjv                one or two KJV verses (reference dropped)       verbatim     confirmed
web_swap           the World English Bible wording of a verse,     verbatim     wrong
                   claimed as King James                           (bible-web)
misattribution     verbatim, claimed for another work of the       verbatim     wrong
                   same author
elision            3-12 words cut, marked ``. . .``/``[…]``/        faithful     confirmed
                   ``{...}``/``...``/``…``
bracket_caps       ``[T]he`` / ``[t]he`` at the quote's start      faithful     confirmed
bracket_subst      a pronoun replaced by ``[the King]``            faithful     confirmed
negation           one ``not``/``never``/``no`` silently dropped    altered      confirmed    negation_removed
qualifier          one ``only``/``often``/``perhaps``… dropped      altered      confirmed    qualifier_removed
antonym            one word replaced by its antonym                altered      confirmed
insertion          2-3 words slipped in without brackets           altered      confirmed    interpolation_unmarked
merged_far         two sentences > 400 words apart joined by ...   faithful     confirmed    merged_passages
swapped            two nearby sentences quoted B ... A             altered (*)  confirmed    out_of_order
=================  ==============================================  ===========  ===========  ==================

(*) ``faithful`` is accepted in the lenient fidelity score (every segment is verbatim and an
ellipsis is there; only the order is wrong).  Flags that can legitimately go either way are
"don't care" for that quotation (``interpolation_unmarked`` on an antonym, negation/qualifier
flags on a swapped pair whose skipped sentences hold such a word).

Every quotation is checked against its source words with difflib before use (the
words of the quotation, marks taken out, must differ from the source exactly as the
kind says).  Quotations go into plain-text documents of ~10, either inline in a
sentence with a claim (``As Darwin wrote in On the Origin of Species, “…”``, ``“…” —
Jane Austen, Emma``, …) wrapped at 60-72 columns, or as excerpt blocks of an annotated
compilation (``Title`` / ``by Author`` / ``Publisher, Place Year`` / ``{p. N} …`` / ``{end}``).
Every other document puts ``{end}`` right under the excerpt's last line (as README's
example does), the others after a blank line; the figures are also given per style.
The report also splits inline quotations by whether their claim runs over a line
break, and bracketed interpolations by whether a line break falls inside them.
Reported source spans whose start is after their end are counted, then sorted.
The library is the whole corpus, indexed once in ``--index``.

    .venv/bin/python bench/heldout_edits.py                     # seed 1, 300 quotations
    .venv/bin/python bench/heldout_edits.py --seed 5 --n 120 --examples 3 --json /tmp/he.json
"""

from __future__ import annotations

import argparse
import bisect
import csv
import difflib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import (DEFAULT_CORPUS, confusion, open_index, overlaps, pct, read_text,  # noqa: E402
                            result_summary, run_documents, short, timing, words, words_with_offsets)

# ---------------------------------------------------------------------------------------------
# works

PROSE = {  # slug: (short title, author as a writer would name them)
    "federalist-papers": ("The Federalist Papers", "Alexander Hamilton"),
    "darwin-origin-of-species": ("On the Origin of Species", "Charles Darwin"),
    "austen-pride-and-prejudice": ("Pride and Prejudice", "Jane Austen"),
    "austen-emma": ("Emma", "Jane Austen"),
    "austen-sense-and-sensibility": ("Sense and Sensibility", "Jane Austen"),
    "melville-moby-dick": ("Moby-Dick", "Herman Melville"),
    "tolstoy-war-and-peace": ("War and Peace", "Leo Tolstoy"),
    "dickens-great-expectations": ("Great Expectations", "Charles Dickens"),
    "dickens-tale-of-two-cities": ("A Tale of Two Cities", "Charles Dickens"),
    "wilde-picture-of-dorian-gray": ("The Picture of Dorian Gray", "Oscar Wilde"),
    "wilde-soul-of-man-under-socialism": ("The Soul of Man under Socialism", "Oscar Wilde"),
}
VERSE = {
    "shakespeare-macbeth": ("Macbeth", "William Shakespeare"),
    "shakespeare-othello": ("Othello", "William Shakespeare"),
    "shakespeare-king-lear": ("King Lear", "William Shakespeare"),
    "shakespeare-julius-caesar": ("Julius Caesar", "William Shakespeare"),
    "shakespeare-richard-iii": ("Richard III", "William Shakespeare"),
    "shakespeare-romeo-and-juliet": ("Romeo and Juliet", "William Shakespeare"),
    "shakespeare-the-tempest": ("The Tempest", "William Shakespeare"),
    "shakespeare-midsummer-nights-dream": ("A Midsummer Night's Dream", "William Shakespeare"),
    "milton-paradise-lost": ("Paradise Lost", "John Milton"),
    "dickinson-poems": ("Poems", "Emily Dickinson"),
}
KJV, WEB = "bible-kjv", "bible-web"
KJV_TITLES = ["the King James Bible", "the King James Version"]
PUBLISHERS = ["Penguin Classics, London 2003", "Oxford University Press, Oxford 1998",
              "Modern Library, New York 1950", "J. M. Dent, London 1906", "Riverside Press, Cambridge 1894",
              "Harper & Brothers, New York 1871", "Macmillan, London 1912", "Everyman's Library, London 1933"]

KINDS = {  # kind: (weight, expected fidelity, lenient fidelities, attribution, expected flags)
    "typography": (7, "verbatim", {"verbatim"}, "confirmed", set()),
    "hyphenation": (6, "verbatim", {"verbatim"}, "confirmed", set()),
    "verse_slash": (7, "verbatim", {"verbatim"}, "confirmed", set()),
    "verse_lines": (4, "verbatim", {"verbatim"}, "confirmed", set()),
    "kjv": (4, "verbatim", {"verbatim"}, "confirmed", set()),
    "web_swap": (5, "verbatim", {"verbatim"}, "wrong", set()),
    "misattribution": (6, "verbatim", {"verbatim"}, "wrong", set()),
    "elision": (11, "faithful", {"faithful"}, "confirmed", set()),
    "bracket_caps": (6, "faithful", {"faithful"}, "confirmed", set()),
    "bracket_subst": (6, "faithful", {"faithful"}, "confirmed", set()),
    "negation": (8, "altered", {"altered"}, "confirmed", {"negation_removed"}),
    "qualifier": (7, "altered", {"altered"}, "confirmed", {"qualifier_removed"}),
    "antonym": (7, "altered", {"altered"}, "confirmed", set()),
    "insertion": (5, "altered", {"altered"}, "confirmed", {"interpolation_unmarked"}),
    "merged_far": (7, "faithful", {"faithful"}, "confirmed", {"merged_passages"}),
    "swapped": (6, "altered", {"altered", "faithful"}, "confirmed", {"out_of_order"}),
}
FLAGS = ("negation_removed", "qualifier_removed", "merged_passages", "out_of_order", "interpolation_unmarked")

NEGATIONS = {"not", "never", "no"}
NEGATION_LIKE = NEGATIONS | {"nor", "none", "nothing", "neither", "nobody", "nowhere", "cannot", "t", "without"}
QUALIFIERS = {"only", "often", "perhaps", "sometimes", "almost", "usually", "probably", "generally", "nearly",
              "mostly"}
QUALIFIER_LIKE = QUALIFIERS | {"some", "seldom", "rarely", "few", "many", "most", "always", "all", "possibly",
                               "hardly", "scarcely", "merely", "just", "occasionally", "partly", "somewhat",
                               "rather", "quite", "little", "less", "more", "might", "may"}
ANTONYMS = {}
for a, b in [("good", "evil"), ("great", "small"), ("love", "hate"), ("rich", "poor"), ("strong", "weak"),
             ("first", "last"), ("true", "false"), ("wise", "foolish"), ("happy", "unhappy"), ("right", "wrong"),
             ("light", "darkness"), ("high", "low"), ("best", "worst"), ("young", "old"), ("war", "peace"),
             ("friend", "enemy"), ("life", "death"), ("early", "late"), ("long", "short"), ("hot", "cold"),
             ("easy", "difficult"), ("beautiful", "ugly"), ("black", "white"), ("day", "night"),
             ("certain", "doubtful"), ("safe", "dangerous"), ("heaven", "hell"), ("joy", "sorrow"),
             ("strength", "weakness"), ("wealth", "poverty"), ("honest", "dishonest"), ("wisdom", "folly"),
             ("truth", "falsehood"), ("superior", "inferior"), ("increase", "diminish"), ("private", "public"),
             ("ancient", "modern"), ("sweet", "bitter"), ("pleasure", "pain"), ("virtue", "vice"),
             ("success", "failure"), ("victory", "defeat"), ("kind", "cruel"), ("gentle", "harsh"),
             ("glad", "sorry"), ("win", "lose"), ("laugh", "weep"), ("open", "closed"), ("full", "empty"),
             ("above", "below"), ("before", "after"), ("give", "take"), ("remember", "forget"),
             ("accept", "refuse"), ("praise", "blame"), ("loved", "hated"), ("lost", "found"),
             ("husband", "wife"), ("master", "servant"), ("noble", "base"), ("clear", "obscure")]:
    ANTONYMS[a], ANTONYMS[b] = b, a
PRONOUN_STANDINS = {"he": ["the King", "the captain", "the stranger", "her father", "the author"],
                    "him": ["the King", "the captain", "the stranger", "her father"],
                    "she": ["the lady", "her mother", "the girl"],
                    "they": ["the people", "the States", "the men"],
                    "them": ["the people", "the States", "the men"],
                    "it": ["the government", "the plan", "the ship", "the law"]}
INSERTS = ["of course", "in fact", "without doubt", "above all", "it must be said", "in truth"]
ELISION_MARKS = [". . .", "[…]", "{...}", "...", "…", "[...]"]

INLINE_TEMPLATES = [
    "As {author} wrote in {title}, {q}",
    "{author} wrote in {title} that {q}",
    "{q} — {author}, {title}",
    "{q} ({author}, {title})",
    "In {title}, {author} writes: {q}",
]
BIBLE_TEMPLATES = ["As {title} puts it, {q}", "{q} ({title})", "The words in {title} are these: {q}"]
COMMENTARY = ["The passage repays a second reading.", "Notice the turn at the end.", "This is often cited.",
              "The tone is unmistakable.", "Few passages are better known.", "Compare what follows.",
              "It is worth quoting in full.", "The argument rests on this.", "Readers still argue about it."]
TOPICS = ["on ambition", "on the state", "on love and money", "on nature", "on fate", "on government",
          "on friendship", "on the sea", "on pride", "on war", "on memory", "on faith"]

# ---------------------------------------------------------------------------------------------
# source text: tokens with offsets, sentences, verse lines


class Token:
    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end


_ABBREV = {"mr", "mrs", "dr", "st", "messrs", "mme", "no", "vol", "ch", "esq", "capt", "col", "gen", "lieut", "rev",
           "prof", "sir", "viz", "i.e", "e.g", "etc", "ibid", "p", "pp", "jun", "sen", "hon", "ft", "mt"}
_CORE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)


def core(tok: str) -> tuple[str, str, str]:
    """Leading punctuation, the word, trailing punctuation."""
    m = _CORE.match(tok)
    return m.group(1), m.group(2), m.group(3)


def is_sentence_end(tok: str, nxt: str | None) -> bool:
    if not re.search(r"[.!?][\"'”’)\]_]*$", tok):
        return False
    word = core(tok)[1].lower().rstrip(".")
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return False
    if nxt is None:
        return True
    lead, w, _ = core(nxt)
    return bool(w[:1].isupper() or w[:1].isdigit())


class Work:
    def __init__(self, slug: str, path: Path, body: tuple[int, int]):
        self.slug = slug
        self.text = read_text(path)
        self.body = body
        self.norms, self.wstarts, self.wends = words_with_offsets(self.text)
        self._joined = None

    # -- prose paragraphs ----------------------------------------------------------------
    def prose_paragraphs(self) -> list[tuple[int, int]]:
        if not hasattr(self, "_paras"):
            paras = []
            a, b = self.body
            for m in re.finditer(r"\S(?:.*?)(?=\r?\n[ \t]*\r?\n|\Z)", self.text[a:b], re.S):
                s, e = a + m.start(), a + m.end()
                chunk = self.text[s:e]
                lines = chunk.splitlines()
                if len(lines) < 2 or any(l[:1].isspace() for l in lines):
                    continue
                if sum(len(l) for l in lines) / len(lines) < 45:
                    continue
                if re.search(r"[\[\]*|#<>{}]|http|CHAPTER|Footnote|Illustration|Gutenberg", chunk):
                    continue
                letters = [c for c in chunk if c.isalpha()]
                if not letters or sum(c.isupper() for c in letters) > 0.25 * len(letters):
                    continue
                if sum(c.isdigit() for c in chunk) > 0.02 * len(chunk):
                    continue
                paras.append((s, e))
            self._paras = paras
        return self._paras

    def tokens(self, start: int, end: int) -> list[Token]:
        return [Token(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", self.text[start:end])]

    def sentences(self, para: tuple[int, int]) -> list[list[Token]]:
        toks = self.tokens(*para)
        out, cur = [], []
        for i, t in enumerate(toks):
            cur.append(t)
            if is_sentence_end(t.text, toks[i + 1].text if i + 1 < len(toks) else None):
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return out

    # -- verse ---------------------------------------------------------------------------
    def verse_runs(self) -> list[list[tuple[int, int]]]:
        """Runs of consecutive verse lines (line spans), blocks split at blank lines and speaker names."""
        if not hasattr(self, "_verse"):
            runs, cur = [], []
            a, b = self.body
            for m in re.finditer(r"(?m)^.*$", self.text[a:b]):
                line = m.group().rstrip("\r")
                s = a + m.start()
                stripped = line.strip()
                ok = (12 <= len(stripped) <= 75 and stripped[:1].isupper() and "[" not in line and "]" not in line
                      and not re.fullmatch(r"[A-Z][A-Z .,'’-]+\.?", stripped) and not stripped.isupper()
                      and "_" not in line and not re.search(r"\d", line))
                if ok:
                    lead = len(line) - len(line.lstrip())
                    cur.append((s + lead, s + len(line.rstrip())))
                else:
                    if len(cur) >= 2:
                        runs.append(cur)
                    cur = []
            if len(cur) >= 2:
                runs.append(cur)
            self._verse = runs
        return self._verse

    # -- exact repeats of a word sequence ----------------------------------------------------
    def occurrences(self, seq: list[str]) -> list[int]:
        """Word indexes where the word sequence occurs in the work."""
        if self._joined is None:
            self._joined = " " + " ".join(self.norms) + " "
            self._cum = []
            pos = 1
            for w in self.norms:
                self._cum.append(pos)
                pos += len(w) + 1
        needle = " " + " ".join(seq) + " "
        hits, i = [], self._joined.find(needle)
        while i >= 0:
            hits.append(bisect.bisect_left(self._cum, i + 1))
            i = self._joined.find(needle, i + 1)
        return hits

    def word_index(self, offset: int) -> int:
        return bisect.bisect_left(self.wstarts, offset)


def parse_bible(work: Work) -> tuple[list[tuple[str, int, int]], dict[str, int]]:
    """Verses as (reference, text start, text end), and an index by reference."""
    verses = []
    for m in re.finditer(r"^([1-4]? ?[A-Z][A-Za-z ()]+? \d+:\d+)\t([^\r\n]*)", work.text, re.M):
        verses.append((m.group(1), m.start(2), m.end(2)))
    return verses, {ref: i for i, (ref, _, _) in enumerate(verses)}


# ---------------------------------------------------------------------------------------------
# quotation construction


def copy_tokens(toks: list[Token]) -> list[list]:
    """What a careful quoter types: the same tokens, _italic_ underscores dropped.  [text, raw start, raw end]."""
    return [[t.text.replace("_", ""), t.start, t.end] for t in toks if t.text.replace("_", "")]


def join(toks: list[list]) -> str:
    return " ".join(t[0] for t in toks)


def nest_quotes(text: str) -> str:
    """Double quotes inside an inline quotation become single ones (typographic nesting)."""
    out = []
    for i, ch in enumerate(text):
        if ch in "\"“”":
            before = text[i - 1] if i else " "
            opening = ch == "“" or (ch == "\"" and (before.isspace() or before in "([—-"))
            out.append("‘" if opening else "’")
        else:
            out.append(ch)
    return "".join(out)


def modernise(text: str, direction: str) -> str:
    if direction == "curly":
        text = text.replace("--", "—")
        text = re.sub(r"(^|[\s(\[—])\"", r"\1“", text)
        text = text.replace("\"", "”")
        text = re.sub(r"(^|[\s(\[—])'", r"\1‘", text)
        return text.replace("'", "’")
    text = text.replace("—", "--").replace("“", "\"").replace("”", "\"")
    return text.replace("‘", "'").replace("’", "'")


def case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Builder:
    """Draws passages and applies one kind of change; returns a quotation record or None (try again)."""

    def __init__(self, corpus: Path, rng: random.Random):
        self.corpus, self.rng = corpus, rng
        bodies = {}
        with open(corpus / "provenance.csv", newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                bodies[row["slug"]] = (int(row["body_start_char"]), int(row["body_end_char"]))
        self.works: dict[str, Work] = {}
        for slug in list(PROSE) + list(VERSE) + [KJV, WEB]:
            self.works[slug] = Work(slug, corpus / "texts" / f"{slug}.txt", bodies.get(slug, (0, 0)))
            if slug in (KJV, WEB):
                self.works[slug].body = (0, len(self.works[slug].text))
        self.kjv_verses, _ = parse_bible(self.works[KJV])
        self.web_verses, self.web_by_ref = parse_bible(self.works[WEB])
        self.kjv_by_ref = {ref: i for i, (ref, _, _) in enumerate(self.kjv_verses)}

    # -- passage drawing -------------------------------------------------------------------
    def prose_passage(self, slug: str, min_words=10, max_words=80, need=None):
        """Consecutive sentences of one paragraph, as source tokens."""
        work = self.works[slug]
        paras = work.prose_paragraphs()
        for _ in range(60):
            para = self.rng.choice(paras)
            sents = work.sentences(para)
            target = self.rng.randint(min_words, max_words)
            i = self.rng.randrange(len(sents))
            toks = []
            for s in sents[i:]:
                if toks and len(toks) + len(s) > max_words:
                    break
                toks = toks + s
                if len(toks) >= target:
                    break
            if not (min_words <= len(toks) <= max_words):
                continue
            if need and not need(toks):
                continue
            return toks
        return None

    def bible_passage(self, max_verses=2):
        for _ in range(60):
            i = self.rng.randrange(len(self.kjv_verses) - 2)
            n = 1 if self.rng.random() < 0.7 else max_verses
            vs = self.kjv_verses[i:i + n]
            refs = [v[0] for v in vs]
            if len({r.rsplit(":", 1)[0] for r in refs}) != 1:
                continue
            toks = []
            for _, a, b in vs:
                toks += self.works[KJV].tokens(a, b)
            if 10 <= len(toks) <= 80:
                return vs, toks
        return None, None

    # -- helpers -----------------------------------------------------------------------------
    def record(self, kind, slug, copied, spans, claim_slug=None, **extra):
        if slug in (KJV, WEB):
            title, author = self.rng.choice(KJV_TITLES), None
        else:
            title, author = PROSE.get(slug) or VERSE[slug]
        claim_title, claim_author = (PROSE.get(claim_slug) or VERSE.get(claim_slug)) if claim_slug else (title, author)
        _, fid, lenient, attribution, flags = KINDS[kind]
        return {"kind": kind, "slug": slug, "text": copied if isinstance(copied, str) else join(copied),
                "spans": spans, "claim_title": claim_title, "claim_author": claim_author,
                "fidelity": fid, "fidelity_ok": sorted(lenient), "attribution": attribution,
                "flags": sorted(flags), "dontcare": [], **extra}

    def span_of(self, toks) -> list[int]:
        return [toks[0][1], toks[-1][2]] if isinstance(toks[0], list) else [toks[0].start, toks[-1].end]

    # -- kinds ---------------------------------------------------------------------------------
    def make(self, kind: str) -> dict | None:
        rng = self.rng
        prose_slug = rng.choice(list(PROSE))
        if kind in ("verse_slash", "verse_lines"):
            slug = rng.choice(list(VERSE))
            runs = [r for r in self.works[slug].verse_runs()]
            work = self.works[slug]
            for _ in range(40):
                run = rng.choice(runs)
                k = rng.randint(2, min(6, len(run)))
                s = rng.randrange(len(run) - k + 1)
                lines = [work.text[a:b] for a, b in run[s:s + k]]
                n = sum(len(l.split()) for l in lines)
                if 10 <= n <= 80:
                    lines = [l.replace("_", "") for l in lines]
                    text = " / ".join(lines) if kind == "verse_slash" else "\n".join(lines)
                    return self.record(kind, slug, text, [[run[s][0], run[s + k - 1][1]]], verse=True)
            return None
        if kind in ("kjv", "web_swap"):
            vs, toks = self.bible_passage()
            if vs is None:
                return None
            if kind == "kjv":
                text = " ".join(self.works[KJV].text[a:b] for _, a, b in vs)
                rec = self.record(kind, KJV, text, [[vs[0][1], vs[-1][2]]], verses=[v[0] for v in vs])
            else:
                web = [self.web_verses[self.web_by_ref[r]] for r, _, _ in vs if r in self.web_by_ref]
                if len(web) != len(vs):
                    return None
                text = " ".join(self.works[WEB].text[a:b] for _, a, b in web)
                if not 10 <= len(text.split()) <= 80:
                    return None
                rec = self.record(kind, WEB, text, [[web[0][1], web[-1][2]]], verses=[v[0] for v in vs])
            rec["claim_title"], rec["claim_author"] = rng.choice(KJV_TITLES), None
            return rec
        if kind == "misattribution":
            groups = defaultdict(list)
            for s, (_, author) in list(PROSE.items()) + list(VERSE.items()):
                groups[author].append(s)
            author = rng.choice([a for a, ss in groups.items() if len(ss) > 1])
            slug = rng.choice(groups[author])
            other = rng.choice([s for s in groups[author] if s != slug])
            if slug in VERSE:
                rec = self.make("verse_slash")
                while rec["slug"] != slug:
                    rec = self.make("verse_slash")
                rec.update(kind="misattribution", fidelity="verbatim", fidelity_ok=["verbatim"], attribution="wrong")
            else:
                toks = self.prose_passage(slug)
                if toks is None:
                    return None
                c = copy_tokens(toks)
                rec = self.record(kind, slug, c, [self.span_of(c)])
            rec["claim_title"], rec["claim_author"] = PROSE.get(other, VERSE.get(other))
            rec["claimed_slug"] = other
            return rec
        if kind == "typography":
            toks = self.prose_passage(prose_slug, need=lambda ts: any(re.search(r"--|[\"'“”’‘—]", t.text) for t in ts))
            if toks is None:
                return None
            c = copy_tokens(toks)
            text = join(c)
            direction = "straight" if re.search(r"[“”’‘—]", text) else "curly"
            return self.record(kind, prose_slug, modernise(text, direction), [self.span_of(c)], typography=direction)
        if kind == "hyphenation":
            toks = self.prose_passage(prose_slug, min_words=25,
                                      need=lambda ts: sum(len(core(t.text)[1]) >= 8 and core(t.text)[1].isalpha()
                                                          for t in ts) >= 3)
            if toks is None:
                return None
            c = copy_tokens(toks)
            return self.record(kind, prose_slug, c, [self.span_of(c)], hyphenate=True)
        if kind == "merged_far":
            work = self.works[prose_slug]
            first = self.prose_passage(prose_slug, 6, 35)
            if first is None:
                return None
            i0 = work.word_index(first[-1].end)
            paras = [p for p in work.prose_paragraphs()
                     if 400 < work.word_index(p[0]) - i0 < 20000]
            if not paras:
                return None
            sents = [s for s in work.sentences(rng.choice(paras)) if 6 <= len(s) <= 35]
            if not sents:
                return None
            second = rng.choice(sents)
            if len(first) + len(second) > 80:
                return None
            a, b = copy_tokens(first), copy_tokens(second)
            text = join(a) + " " + rng.choice(["...", "…", ". . ."]) + " " + join(b)
            return self.record(kind, prose_slug, text, [self.span_of(a), self.span_of(b)],
                               gap_words=work.word_index(second[0].start) - i0)
        if kind == "swapped":
            work = self.works[prose_slug]
            for _ in range(40):
                para = rng.choice(work.prose_paragraphs())
                sents = work.sentences(para)
                if len(sents) < 2:
                    continue
                i = rng.randrange(len(sents) - 1)
                j = min(len(sents) - 1, i + rng.randint(1, 3))
                A, B = sents[i], sents[j]
                if not (4 <= len(A) and 4 <= len(B) and 10 <= len(A) + len(B) <= 80):
                    continue
                between = [t for s in sents[i + 1:j] for t in s]
                a, b = copy_tokens(A), copy_tokens(B)
                text = join(b) + " " + rng.choice(["...", "…", ". . ."]) + " " + join(a)
                rec = self.record(kind, prose_slug, text, [self.span_of(a), self.span_of(b)], between=len(between))
                skipped = {core(t.text)[1].lower() for t in between}
                rec["dontcare"] = sorted(({"negation_removed"} if skipped & NEGATION_LIKE else set())
                                         | ({"qualifier_removed"} if skipped & QUALIFIER_LIKE else set()))
                return rec
            return None

        # single-passage word edits (prose, sometimes a KJV verse)
        use_bible = kind in ("negation", "qualifier", "antonym", "elision") and rng.random() < 0.15
        if use_bible:
            vs, toks = self.bible_passage(max_verses=1)
            slug = KJV
            if toks is None:
                return None
        else:
            slug = prose_slug
            toks = self.prose_passage(slug, min_words=12 if kind == "elision" else 10)
            if toks is None:
                return None
        c = copy_tokens(toks)
        span = self.span_of(c)
        low = [core(t[0])[1].lower() for t in c]

        if kind in ("negation", "qualifier"):
            pool = NEGATIONS if kind == "negation" else QUALIFIERS
            idx = [i for i, w in enumerate(low) if w in pool and 0 < i]
            if not idx:
                # look again in a passage that has one
                toks = self.prose_passage(slug if slug != KJV else prose_slug,
                                          need=lambda ts: any(core(t.text)[1].lower() in pool for t in ts[1:]))
                if toks is None:
                    return None
                slug = slug if slug != KJV else prose_slug
                c = copy_tokens(toks)
                span = self.span_of(c)
                low = [core(t[0])[1].lower() for t in c]
                idx = [i for i, w in enumerate(low) if w in pool and 0 < i]
            i = rng.choice(idx)
            lead, _, trail = core(c[i][0])
            removed = c[i][0]
            del c[i]
            if trail and i - 1 >= 0 and not re.search(r"[.,;:!?]$", c[i - 1][0]):
                c[i - 1] = [c[i - 1][0] + trail.strip("'\"“”‘’"), c[i - 1][1], c[i - 1][2]]
            if lead.strip() and i < len(c):
                c[i] = [lead + c[i][0], c[i][1], c[i][2]]
            rec = self.record(kind, slug, c, [span], removed=removed)
            rec["check"] = ("delete", [core(removed)[1].lower()])
            return rec
        if kind == "antonym":
            idx = [i for i, w in enumerate(low) if w in ANTONYMS]
            if not idx:
                toks = self.prose_passage(prose_slug, need=lambda ts: any(core(t.text)[1].lower() in ANTONYMS for t in ts))
                if toks is None:
                    return None
                slug = prose_slug
                c = copy_tokens(toks)
                span = self.span_of(c)
                low = [core(t[0])[1].lower() for t in c]
                idx = [i for i, w in enumerate(low) if w in ANTONYMS]
            i = rng.choice(idx)
            lead, w, trail = core(c[i][0])
            new = case_like(ANTONYMS[w.lower()], w)
            c[i] = [lead + new + trail, c[i][1], c[i][2]]
            rec = self.record(kind, slug, c, [span], replaced=[w, new])
            rec["dontcare"] = ["interpolation_unmarked"]
            rec["check"] = ("replace", [w.lower()], [new.lower()])
            return rec
        if kind == "insertion":
            idx = [i for i in range(1, len(c) - 2) if re.fullmatch(r"[A-Za-z]+", c[i][0])
                   and re.fullmatch(r"[A-Za-z]+", c[i + 1][0])]
            if not idx:
                return None
            i = rng.choice(idx)
            phrase = rng.choice(INSERTS)
            c.insert(i + 1, [phrase, None, None])
            rec = self.record(kind, slug, c, [span], inserted=phrase)
            rec["check"] = ("insert", words(phrase))
            return rec
        if kind == "elision":
            n = len(c)
            choices = []
            for length in range(3, 13):
                for i in range(2, n - length - 1):
                    stretch = low[i:i + length]
                    if set(stretch) & (NEGATION_LIKE | QUALIFIER_LIKE):
                        continue
                    choices.append((i, length))
            if not choices:
                return None
            i, length = rng.choice(choices)
            mark = rng.choice(ELISION_MARKS)
            cut = c[i:i + length]
            c = c[:i] + [[mark, None, None]] + c[i + length:]
            rec = self.record(kind, slug, c, [span], elided=join(cut), mark=mark)
            rec["check"] = ("delete", [w for t in cut for w in words(t[0])])
            return rec
        if kind == "bracket_caps" and rng.random() < 0.4:
            # a sentence's capital made small to run on from the quoter's "that": “[t]he …”
            w = c[0][0]
            if not re.fullmatch(r"[A-Z][a-z]+[,;:]?", w) or low[0] in ("i",):
                return None
            c[0] = ["[" + w[0].lower() + "]" + w[1:], c[0][1], c[0][2]]
            rec = self.record(kind, slug, c, [span], letters="lower")
            rec["check"] = ("none",)
            return rec
        if kind == "bracket_caps":
            first_sentence_len = next((k + 1 for k, t in enumerate(c) if is_sentence_end(t[0], None)), len(c))
            starts = [k for k in range(2, min(6, first_sentence_len - 6)) if re.fullmatch(r"[a-z][a-z]+", c[k][0])
                      and not re.search(r"[,;:]$", c[k - 1][0])]
            if not starts:
                return None
            k = rng.choice(starts)
            c = c[k:]
            w = c[0][0]
            c[0] = ["[" + w[0].upper() + "]" + w[1:], c[0][1], c[0][2]]
            rec = self.record(kind, slug, c, [self.span_of(c)], letters="upper")
            rec["check"] = ("none",)
            return rec
        if kind == "bracket_subst":
            idx = [i for i, w in enumerate(low) if w in PRONOUN_STANDINS and c[i][0][:1].islower() and i > 0]
            if not idx:
                toks = self.prose_passage(prose_slug, need=lambda ts: any(core(t.text)[1] in PRONOUN_STANDINS
                                                                          for t in ts[1:]))
                if toks is None:
                    return None
                slug = prose_slug
                c = copy_tokens(toks)
                span = self.span_of(c)
                low = [core(t[0])[1].lower() for t in c]
                idx = [i for i, w in enumerate(low) if w in PRONOUN_STANDINS and c[i][0][:1].islower() and i > 0]
                if not idx:
                    return None
            i = rng.choice(idx)
            lead, w, trail = core(c[i][0])
            standin = rng.choice(PRONOUN_STANDINS[w.lower()])
            c[i] = [lead + "[" + standin + "]" + trail, c[i][1], c[i][2]]
            rec = self.record(kind, slug, c, [span], standin=[w, standin])
            rec["check"] = ("replace", [w.lower()], words(standin))
            return rec
        raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# checking a quotation against its source, independently of quotetrace


def quote_words_plain(text: str) -> list[str]:
    """Words of a quotation with elision marks dropped and bracketed letters joined ([T]he -> the)."""
    text = re.sub(r"\[([A-Za-z])\]", r"\1", text)
    text = re.sub(r"\[(?:…|\.\.\.)\]|\{\.\.\.\}|\. \. \.|\.\.\.|…", " ", text)
    text = text.replace("[", "").replace("]", "")
    return words(text)


def source_words(builder: Builder, rec: dict) -> list[str]:
    work = builder.works[rec["slug"]]
    out = []
    for a, b in rec["spans"]:
        chunk = work.text[a:b]
        if rec["slug"] in (KJV, WEB):
            chunk = re.sub(r"(?m)^[1-4]? ?[A-Z][A-Za-z ()]+? \d+:\d+\t", " ", chunk)
        out += words(chunk)
    return out


def verify(builder: Builder, rec: dict) -> str | None:
    """None when the quotation differs from its source exactly as its kind says; else the problem."""
    q = quote_words_plain(rec["text"])
    s = source_words(builder, rec)
    if rec["kind"] == "swapped":
        a, b = rec["spans"]
        work = builder.works[rec["slug"]]
        s = words(work.text[b[0]:b[1]]) + words(work.text[a[0]:a[1]])
    ops = [(tag, q[i1:i2], s[j1:j2]) for tag, i1, i2, j1, j2 in
           difflib.SequenceMatcher(None, q, s, autojunk=False).get_opcodes() if tag != "equal"]
    check = rec.pop("check", None)
    if check is None or check == ("none",):
        return None if not ops else f"unexpected differences {ops[:3]}"
    if check[0] == "delete":
        if len(ops) == 1 and ops[0][0] == "insert" and ops[0][2] == check[1]:
            return None
        # difflib may pick an equivalent alignment for a repeated word ("the the"): compare lengths and words
        if sum(len(x[2]) - len(x[1]) for x in ops) == len(check[1]) and all(x[0] in ("insert", "replace") for x in ops):
            return None
        return f"delete expected {check[1]}, got {ops[:3]}"
    if check[0] == "insert":
        if len(ops) == 1 and ops[0][0] == "delete" and ops[0][1] == check[1]:
            return None
        return f"insert expected {check[1]}, got {ops[:3]}"
    if check[0] == "replace":
        if len(ops) == 1 and ops[0][0] == "replace" and ops[0][1] == check[2] and ops[0][2] == check[1]:
            return None
        if len(ops) >= 1 and sorted(w for x in ops for w in x[1]) == sorted(check[2]) \
                and sorted(w for x in ops for w in x[2]) == sorted(check[1]):
            return None
        return f"replace expected {check[1]}->{check[2]}, got {ops[:3]}"
    return "unknown check"


def alternate_spans(builder: Builder, rec: dict) -> list[list[int]]:
    """Other places of the same work with the same words (repeated verses, refrains): also right."""
    work = builder.works[rec["slug"]]
    spans = []
    for a, b in rec["spans"]:
        seq = words(work.text[a:b])[:10]
        for i in work.occurrences(seq):
            s0 = work.wstarts[i]
            if not overlaps([s0, s0 + (b - a)], [a, b]):
                spans.append([s0, s0 + (b - a)])
    return spans[:20]


# ---------------------------------------------------------------------------------------------
# documents


def wrap(text: str, width: int, hyphen_range: tuple[int, int] | None, rng: random.Random) -> tuple[str, list[int], bool]:
    """Greedy wrapping of single-spaced text; optionally splits one long word inside ``hyphen_range``
    with a hyphen at a line end.  Returns the text, a map from input offsets to output offsets, and
    whether a word was split."""
    out, mapping = [], [0] * (len(text) + 1)
    line_len, pos, split_done = 0, 0, False
    for m in re.finditer(r"\S+", text):
        tok, ts = m.group(), m.start()
        for k in range(pos, ts):  # the spaces before the token
            mapping[k] = sum(len(x) for x in out)
        if line_len and line_len + 1 + len(tok) <= width:
            out.append(" ")
            line_len += 1
        elif line_len:
            alpha = re.match(r"[A-Za-z]+", tok)
            can_split = (hyphen_range and not split_done and hyphen_range[0] <= ts < hyphen_range[1]
                         and alpha and len(alpha.group()) >= 7 and len(alpha.group()) == len(tok.rstrip(".,;:!?")))
            room = width - line_len - 2  # " " + "-"
            if can_split and room >= 3 and len(alpha.group()) - room >= 3:
                cut = room
                out.append(" ")
                written = sum(len(x) for x in out)
                for k in range(cut):
                    mapping[ts + k] = written + k
                out.append(tok[:cut] + "-\n")
                written = sum(len(x) for x in out)
                for k in range(cut, len(tok)):
                    mapping[ts + k] = written + k - cut
                out.append(tok[cut:])
                line_len = len(tok) - cut
                split_done = True
                pos = m.end()
                continue
            out.append("\n")
            line_len = 0
        written = sum(len(x) for x in out)
        for k in range(len(tok)):
            mapping[ts + k] = written + k
        out.append(tok)
        line_len += len(tok)
        pos = m.end()
    mapping[len(text)] = sum(len(x) for x in out)
    return "".join(out), mapping, split_done


def inline_paragraph(rec: dict, rng: random.Random) -> tuple[str, list[int], str]:
    body = nest_quotes(rec["text"]) if not rec.get("verse") else rec["text"].replace("\"", "'")
    if rec["slug"] in (KJV, WEB) and rec["kind"] in ("kjv", "web_swap") or rec.get("claim_author") is None:
        template = rng.choice(BIBLE_TEMPLATES)
    else:
        template = rng.choice(INLINE_TEMPLATES)
    if template.endswith("{q}"):
        body = body if re.search(r"[.!?][’'\"]?$", body) else body.rstrip(",;:") + "."
    quoted = "“" + body + "”"
    sentence = template.format(author=rec["claim_author"] or "", title=rec["claim_title"], q=quoted)
    sentence = sentence[0].upper() + sentence[1:]
    if not sentence.endswith((".", "”", ")")):
        sentence += "."
    lead = rng.choice(COMMENTARY) + " " if rng.random() < 0.5 else ""
    para = lead + sentence
    a = para.index(quoted) + 1
    b = a + len(body)
    return para, [a, b], template


def excerpt_block(rec: dict, rng: random.Random, number: int) -> tuple[str, list[int], str]:
    page = rng.randint(3, 600)
    head = []
    if rng.random() < 0.6:
        head.append(f"({number}) {rec['claim_author'].split()[-1]} {rng.choice(TOPICS)}\n\n")
    head.append(f"{rec['claim_title']}\nby {rec['claim_author']}\n{rng.choice(PUBLISHERS)}\n\n")
    anchor = f"{{p. {page}}} "
    return "".join(head) + anchor, [0, len(rec["text"])], "excerpt"


def build_documents(records: list[dict], rng: random.Random, per_doc: int) -> list[dict]:
    docs = []
    for d in range(0, len(records), per_doc):
        chunk = records[d:d + per_doc]
        name = f"edits-{d // per_doc + 1:03d}.txt"
        text = f"Commonplace book, part {d // per_doc + 1}\n\n"
        # the end marker right under the excerpt's last line (as in README's example) or after a blank line
        end_style = "attached" if (d // per_doc) % 2 == 0 else "separate"
        end_marker = "\n{end}\n\n" if end_style == "attached" else "\n\n{end}\n\n"
        number = 1
        for rec in chunk:
            width = rng.randint(60, 72)
            hyphen = rec.get("hyphenate")
            if rec["container"] == "inline":
                para, (a, b), template = inline_paragraph(rec, rng)
                wrapped, mapping, split = wrap(para, width, (a, b) if hyphen else None, rng)
                if hyphen and not split:
                    for w in range(55, 81):
                        wrapped, mapping, split = wrap(para, w, (a, b), rng)
                        if split:
                            break
                start = len(text)
                text += wrapped + "\n\n"
                rec["doc_span"] = [start + mapping[a], start + mapping[b]]
                # is the claim ("Jane Austen", "Pride and Prejudice") run over a line break?
                marks = [(para.find(x), para.find(x) + len(x)) for x in (rec["claim_author"], rec["claim_title"])
                         if x and para.find(x) >= 0]
                if marks:
                    c0, c1 = min(m[0] for m in marks), max(m[1] for m in marks)
                    rec["claim_broken"] = "\n" in wrapped[mapping[c0]:mapping[c1 - 1] + 1]
            else:
                head, _, template = excerpt_block(rec, rng, number)
                number += 1
                body = rec["text"]
                if rec.get("verse"):
                    block_text, mapping = body, list(range(len(body) + 1))
                    split = False
                else:
                    anchor_len = len(head.split("\n")[-1])
                    # the anchor shares the first line: wrap with room for it, then drop the placeholder
                    wrapped, mapping, split = wrap("x" * (anchor_len - 1) + " " + body, width,
                                                   (anchor_len, anchor_len + len(body)) if hyphen else None, rng)
                    if hyphen and not split:
                        for w in range(55, 81):
                            wrapped, mapping, split = wrap("x" * (anchor_len - 1) + " " + body, w,
                                                           (anchor_len, anchor_len + len(body)), rng)
                            if split:
                                break
                    block_text = wrapped[anchor_len:]
                    mapping = [m - anchor_len for m in mapping[anchor_len:]]
                start = len(text) + len(head)
                text += head + block_text + end_marker
                rec["doc_span"] = [start + mapping[0], start + mapping[len(body)]]
                if rng.random() < 0.5:
                    text += rng.choice(COMMENTARY) + "\n\n"
            if "[" in rec["text"]:
                a_, b_ = rec["doc_span"]
                rec["bracket_broken"] = bool(re.search(r"\[[^\]]*\n[^\]]*\]", text[a_:b_]))
            rec["template"] = template
            rec["document"] = name
            rec["end_style"] = end_style
            if hyphen:
                rec["hyphen_split"] = split
        docs.append({"name": name, "text": text, "quotes": chunk})
    return docs


def generate(args) -> tuple[list[dict], list[dict], Counter]:
    rng = random.Random(args.seed)
    t0 = time.time()
    builder = Builder(args.corpus, rng)
    print(f"source works read in {time.time() - t0:.1f}s", flush=True)
    kinds = list(KINDS)
    weights = [KINDS[k][0] for k in kinds]
    records, rejected = [], Counter()
    while len(records) < args.n:
        kind = rng.choices(kinds, weights)[0]
        rec = None
        for _ in range(10):
            rec = builder.make(kind)
            if rec is not None:
                break
        if rec is None:
            rejected[kind + ": no passage"] += 1
            continue
        problem = verify(builder, rec)
        if problem:
            rejected[f"{kind}: {problem[:60]}"] += 1
            continue
        if kind in ("verse_slash", "kjv", "web_swap") or (kind == "misattribution" and rec.get("verse")):
            rec["container"] = "inline"
        elif kind == "verse_lines":
            rec["container"] = "excerpt"
        else:
            rec["container"] = "inline" if rng.random() < 0.5 else "excerpt"
        if rec.get("claim_author") is None:  # Bible quotations: inline, claimed by title
            rec["container"] = "inline"
        rec["alt_spans"] = alternate_spans(builder, rec)
        rec["id"] = f"e{len(records) + 1:03d}"
        records.append(rec)
    docs = build_documents(records, rng, args.per_doc)
    for d in docs:
        for q in d["quotes"]:
            a, b = q["doc_span"]
            got = re.sub(r"-\n", "", d["text"][a:b])
            assert words(got) == words(nest_quotes(q["text"]) if q["container"] == "inline" else q["text"]) \
                or q.get("verse"), (q["id"], got[:80], q["text"][:80])
    return records, docs, rejected


# ---------------------------------------------------------------------------------------------
# scoring


def score(records: list[dict], matches: dict) -> list[dict]:
    rows = []
    for rec in records:
        res = result_summary(matches.get(rec["id"]))
        valid = rec["spans"] + rec["alt_spans"]
        res["span_inverted"] = bool(res["span"] and res["span"][0] > res["span"][1])
        if res["span_inverted"]:  # reported as [start of the later segment, end of the earlier one]
            res["span"] = sorted(res["span"])
        located = bool(res["slug"] == rec["slug"] and res["span"] and any(overlaps(res["span"], s) for s in valid))
        rows.append({**{k: v for k, v in rec.items()}, "got": res,
                     "located_ok": located,
                     "located_lenient": located or rec["slug"] in (res["found_in"] or []),
                     "fidelity_strict": res["fidelity"] == rec["fidelity"],
                     "fidelity_lenient": res["fidelity"] in rec["fidelity_ok"],
                     "attribution_ok": res["attribution"] == rec["attribution"]})
    return rows


def report(rows: list[dict], rejected: Counter, spurious: list[dict], times, examples: int) -> None:
    n = len(rows)
    print(f"\n== set: {n} quotations, {Counter(r['container'] for r in rows)} ==")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["kind"] for r in rows).items())))
    if rejected:
        print("drafts rejected by the generator's own check: " + ", ".join(f"{k} ×{v}" for k, v in rejected.most_common(6)))
    print(f"quotations not detected at all: {sum(not r['got']['found'] for r in rows)}; "
          f"spurious quotations reported: {len(spurious)} "
          f"({dict(Counter(x['document_style'] for x in spurious))}; e.g. {[short(x['text'], 40) for x in spurious[:3]]})")
    inv = [r for r in rows if r["got"].get("span_inverted")]
    if inv:
        print(f"reported source spans with start > end: {len(inv)} ({dict(Counter(r['kind'] for r in inv))}); "
              f"sorted before the location check")
    print("(fid(sep)/attr(sep): documents whose {end} follows a blank line; the others put {end} right under the "
          "excerpt's last line, as README's example does)")

    print("\n== per kind ==")
    print(f"{'kind':16}{'n':>4}{'location':>10}{'lenient':>9}{'fidelity':>10}{'fid.len':>9}{'attrib':>8}"
          f"{'fid(sep)':>10}{'attr(sep)':>10}  expected")
    for kind in KINDS:
        rs = [r for r in rows if r["kind"] == kind]
        if not rs:
            continue
        f = lambda key: f"{100 * sum(r[key] for r in rs) / len(rs):.0f}%"  # noqa: E731
        sep = [r for r in rs if r["end_style"] == "separate"]
        fs = lambda key: f"{sum(r[key] for r in sep)}/{len(sep)}"  # noqa: E731
        print(f"{kind:16}{len(rs):>4}{f('located_ok'):>10}{f('located_lenient'):>9}{f('fidelity_strict'):>10}"
              f"{f('fidelity_lenient'):>9}{f('attribution_ok'):>8}{fs('fidelity_strict'):>10}{fs('attribution_ok'):>10}"
              f"  {KINDS[kind][1]}/{KINDS[kind][3]}"
              f"{' +' + ','.join(sorted(KINDS[kind][4])) if KINDS[kind][4] else ''}")
    tot = lambda key: pct(sum(r[key] for r in rows), n)  # noqa: E731
    print(f"\nlocation (right work, overlapping span): {tot('located_ok')}; lenient (the work among found_in): "
          f"{tot('located_lenient')}")
    for c in ("inline", "excerpt"):
        rs = [r for r in rows if r["container"] == c]
        print(f"    {c:8} location {pct(sum(r['located_ok'] for r in rs), len(rs))}, fidelity "
              f"{pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    for style in ("attached", "separate"):
        rs = [r for r in rows if r["end_style"] == style]
        print(f"    documents with {{end}} {style + ' to the last line' if style == 'attached' else 'after a blank line'}:"
              f" location {pct(sum(r['located_ok'] for r in rs), len(rs))}, fidelity "
              f"{pct(sum(r['fidelity_strict'] for r in rs), len(rs))}, attribution "
              f"{pct(sum(r['attribution_ok'] for r in rs), len(rs))}")
    for broken in (False, True):
        rs = [r for r in rows if r["container"] == "inline" and r.get("claim_broken") is broken]
        if rs:
            print(f"    inline quotations whose claim {'runs over a line break' if broken else 'sits on one line'}: "
                  f"attribution {pct(sum(r['attribution_ok'] for r in rs), len(rs))}, fidelity "
                  f"{pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    for mark in ELISION_MARKS:
        rs = [r for r in rows if r["kind"] == "elision" and r.get("mark") == mark]
        if rs:
            print(f"    elision marked {mark!r:9}: faithful {pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    for broken in (False, True):
        rs = [r for r in rows if r["kind"] in ("bracket_subst", "bracket_caps") and r.get("bracket_broken") is broken]
        if rs:
            print(f"    bracketed interpolations {'broken over a line' if broken else 'on one line'}: faithful "
                  f"{pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    for letters in ("upper", "lower"):
        rs = [r for r in rows if r["kind"] == "bracket_caps" and r.get("letters") == letters]
        if rs:
            print(f"    bracket_caps {'[T]he' if letters == 'upper' else '[t]he'}: faithful "
                  f"{pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    rs = [r for r in rows if r["kind"] == "hyphenation"]
    if rs:
        print(f"    hyphenation: a word was split at a line end in {sum(bool(r.get('hyphen_split')) for r in rs)}/{len(rs)}")
    bible = [r for r in rows if r["kind"] == "kjv"]
    for nv in (1, 2):
        rs = [r for r in bible if len(r.get("verses", [])) == nv]
        if rs:
            print(f"    kjv quotations of {nv} verse(s): location {pct(sum(r['located_ok'] for r in rs), len(rs))}, "
                  f"verbatim {pct(sum(r['fidelity_strict'] for r in rs), len(rs))}")
    print(f"fidelity: strict {tot('fidelity_strict')}; lenient {tot('fidelity_lenient')}")
    order = ["verbatim", "faithful", "altered", "paraphrase", "unlocated", "unaudited", None]
    confusion([(r["fidelity"], r["got"]["fidelity"]) for r in rows], "expected \\ reported", order[:5], order)
    print(f"\nattribution: {tot('attribution_ok')}")
    confusion([(r["attribution"], r["got"]["attribution"]) for r in rows], "expected \\ reported",
              ["confirmed", "wrong"], ["confirmed", "wrong", "unknown", "unclaimed", None])
    by_t = defaultdict(list)
    for r in rows:
        by_t[r["template"]].append(r)
    print("attribution by claim form (located quotations only):")
    for t, rs in sorted(by_t.items()):
        rs = [r for r in rs if r["located_ok"]]
        print(f"    {t:42} {pct(sum(r['attribution_ok'] for r in rs), len(rs))}")

    flag_table(rows, "all documents")
    flag_table([r for r in rows if r["end_style"] == "separate"], "documents with {end} after a blank line")
    sep = [r for r in rows if r["end_style"] == "separate"]
    print(f"\nfidelity, documents with {{end}} after a blank line: {pct(sum(r['fidelity_strict'] for r in sep), len(sep))}")
    confusion([(r["fidelity"], r["got"]["fidelity"]) for r in sep], "expected \\ reported", order[:5], order)
    other = Counter(f for r in rows for f in r["got"]["flags"] if f not in FLAGS)
    if other:
        print(f"other flags reported: {dict(other)}")
    print(f"\ntime: {timing(times)}")
    if examples:
        print_examples(rows, examples)


def flag_table(rows: list[dict], label: str) -> None:
    print(f"\n== flags, {label} ==")
    print(f"{'flag':24}{'expected':>9}{'reported':>9}{'TP':>5}{'precision':>11}{'recall':>9}  (don't-care quotations left out)")
    for flag in FLAGS:
        rs = [r for r in rows if flag not in r["dontcare"] and r["got"]["found"]]
        exp = [r for r in rs if flag in r["flags"]]
        rep = [r for r in rs if flag in r["got"]["flags"]]
        tp = [r for r in exp if flag in r["got"]["flags"]]
        prec = f"{100 * len(tp) / len(rep):.0f}%" if rep else "-"
        rec = f"{100 * len(tp) / len(exp):.0f}%" if exp else "-"
        print(f"{flag:24}{len(exp):>9}{len(rep):>9}{len(tp):>5}{prec:>11}{rec:>9}")
        fp_kinds = Counter(r["kind"] for r in rep if flag not in r["flags"])
        if fp_kinds:
            print(f"    false alarms by kind: {dict(fp_kinds)}")


def show(r: dict) -> None:
    g = r["got"]
    extra = {k: r[k] for k in ("removed", "replaced", "inserted", "elided", "mark", "standin", "typography",
                               "claimed_slug", "gap_words", "verses", "hyphen_split") if k in r}
    print(f"  - [{r['id']} {r['kind']}, {r['container']}, {r['template']}, end {r['end_style']}] “{short(r['text'], 150)}”")
    print(f"      truth: {r['slug']} {r['spans']} {r['fidelity']}/{r['attribution']} flags {r['flags']} {extra}")
    edits = "; ".join(f"{e['op']}{'' if e['marked'] else '!'} '{short(e['quote'], 25)}'->'{short(e['source'], 25)}'"
                      for e in g["edits"][:5])
    print(f"      quotetrace: {g['fidelity']}/{g['attribution']} in {g['slug']} {g['span']} flags {g['flags']} "
          f"edits [{edits}]")
    if g.get("claim") is not None or g["found"]:
        print(f"      claim read: {g.get('claim')}")


def print_examples(rows: list[dict], k: int) -> None:
    patterns = defaultdict(list)
    for r in rows:
        g = r["got"]
        if not r["located_ok"]:
            patterns[f"location missed [{r['kind']}]"].append(r)
        elif not r["fidelity_lenient"]:
            patterns[f"fidelity {r['fidelity']} reported {g['fidelity']} [{r['kind']}]"].append(r)
        if r["located_ok"] and not r["attribution_ok"]:
            patterns[f"attribution {r['attribution']} reported {g['attribution']} [{r['kind']}]"].append(r)
        for flag in FLAGS:
            if flag in r["dontcare"]:
                continue
            if flag in r["flags"] and flag not in g["flags"] and r["located_ok"]:
                patterns[f"flag missed: {flag}"].append(r)
            if flag in g["flags"] and flag not in r["flags"]:
                patterns[f"flag false alarm: {flag} [{r['kind']}]"].append(r)
    print("\n== error patterns (most frequent first) ==")
    for name, rs in sorted(patterns.items(), key=lambda kv: -len(kv[1])):
        print(f"\n-- {name}: {len(rs)}")
        for r in rs[:k]:
            show(r)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=300, help="quotations")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--index", type=Path, default=Path("/tmp/quotetrace-heldout-corpus-index"))
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write per-quotation rows here")
    ap.add_argument("--out", type=Path, help="write the generated documents and truth here")
    args = ap.parse_args(argv)
    args.corpus = args.corpus.resolve()
    started = time.time()
    records, docs, rejected = generate(args)
    print(f"{len(records)} quotations in {len(docs)} documents generated in {time.time() - started:.1f}s", flush=True)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for d in docs:
            (args.out / d["name"]).write_text(d["text"], encoding="utf-8")
        (args.out / "truth.json").write_text(json.dumps(records, ensure_ascii=False, indent=1))
    index = open_index(args.corpus, args.index)
    try:
        ids = {m.slug: i for i, m in index.metas().items()}
        for slug in sorted({r["slug"] for r in records}):
            if index.work(ids[slug]).text != read_text(args.corpus / "texts" / f"{slug}.txt"):
                print(f"warning: the index's text of {slug} differs from its file: spans may not compare")
        matches, spurious, times = run_documents(docs, index)
    finally:
        index.close()
    styles = {d["name"]: d["quotes"][0]["end_style"] for d in docs if d["quotes"]}
    for x in spurious:
        x["document_style"] = styles.get(x["document"])
    rows = score(records, matches)
    report(rows, rejected, spurious, times, args.examples)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
        print(f"\nper-quotation rows written to {args.json}")
    print(f"\ntotal {time.time() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
