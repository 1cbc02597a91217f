"""The page's cast: the people and works it names, and which work it gives to whom.

A quotation's own context often names its source only in part: a surname ("Hume writes"), a
character ("Holmes warns"), an author without the work, a work without its author.  The rest of
the page usually says the rest: "David Hume" in a header, "Wilde's *The Picture of Dorian Gray*"
two paragraphs up.  ``read_cast`` gathers those facts once per page; ``resolve_claim`` completes
one claim with them, and only where the page leaves a single reading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .claims import Claim, looks_like_person, person_in_heading
from .library.catalog import WorkMeta
from .readers.records import FRONT_MATTER

_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ\-]|['’](?!s\b))+"  # "O'Brien", not "Voltaire's"
_PARTICLE = r"(?:de|da|di|von|van|der|du|la|le)"
_FULL_NAME = re.compile(
    rf"(?<![\w'’\-])(?:(?:[A-Z]\.[ \t]?){{1,3}}|{_WORD}[ \t]+)(?:(?:[A-Z]\.[ \t]?){{1,2}}|{_PARTICLE}[ \t]+|{_WORD}[ \t]+){{0,2}}"
    rf"{_WORD}(?![\w\-]|['’](?!s\b))"  # "Mark Twain's": the name, without its possessive
)
_NOT_IN_NAMES = {"The", "A", "An", "And", "Of", "In", "On", "At", "To", "For", "From", "By", "With", "But", "Or",
                 "As", "If", "When", "Then", "So", "Yet", "This", "That", "These", "Those", "It", "He", "She", "We",
                 "They", "I", "You", "His", "Her", "Its", "Our", "My", "Your", "Their", "Chapter", "Book", "Part",
                 "Act", "Scene", "Volume", "Section", "Letter", "Canto", "Street", "Road", "Avenue", "Press",
                 "University", "College", "Library", "Society", "Club", "Review", "Times", "Journal", "Company",
                 "Church", "Bible", "Version", "Gospel", "Testament", "Project", "Gutenberg", "Edition", "Dear",
                 "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday", "Mr", "Mrs", "Ms", "Dr", "Saint", "St", "Sir", "Lady", "Lord", "Miss", "King", "Queen",
                 "Prince", "Princess", "Captain", "Professor", "Rev", "Reverend", "Father", "Mother", "Uncle",
                 "Aunt", "Notes", "Note", "References", "Sources", "Source", "Works", "Cited", "See", "Also",
                 "Reading", "Readings", "Psalm", "Responsorial", "First", "Second", "Third", "Fourth", "Fifth",
                 "Last", "Next", "Whoever", "Whatever", "Like", "Unlike", "Key", "Quotes", "Quotations"}
MAX_WORKS = 500  # a hostile page's ten thousand italic phrases are not all works
MAX_MENTIONS = 100_000
MAX_TITLES_PER_KEY = 8
MAX_NEIGHBOURHOODS = 2000
_QUOTED = re.compile(r"“[^“”]{0,2000}”|\"[^\"\n]{0,2000}\"|^[ \t]*>[^\n]*", re.MULTILINE)
_NOT_A_TITLE = re.compile(r"[.!:]$|@|(?:\S+\s+){10}")  # an italic sentence, label ("*Discuss:*"), address or paragraph
_TITLE_WORD = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?![\w])")
_TWO_WORDS = re.compile(r"\S+[ \t\n]+[^\s*_”\"’',;:.!?)\]]+")
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z0-9][^\s,;:.!?()\[\]{}\"“”*_]*")
_ITALIC = re.compile(r"(?<![\w*_])(?P<m>[*_])(?P<t>[A-Z][^*_\n]{1,80}?)(?P=m)(?![\w*_])")  # not **bold** labels
_OPENING_WORDS = {"what", "would", "could", "should", "here", "there", "later", "earlier", "note", "when", "where",
                  "why", "how", "who", "which", "while", "after", "before", "even", "only", "just", "still", "both",
                  "each", "every", "many", "most", "some", "such", "thus", "hence", "indeed", "perhaps", "yes",
                  "now", "once", "did", "does", "was", "is", "are", "were", "has", "had", "have", "can", "will",
                  "about", "like", "unlike", "read", "see", "ask", "take", "let", "remember", "consider", "compare"}
_SENTENCE_OPENING = re.compile(r"(?:^|['\"”’)\]}]*[.!?:;]['\"”’)\]}]*\s|\n)[\s“\"‘({\[*_#>—–-]*$")


def _two_words(text: str, start: int = 0) -> str | None:
    """The two words at ``start`` as a lookup key for a title that starts there ("The Picture",
    "Jane Eyre"), if two words stand there."""
    two = _TWO_WORDS.match(text, start, start + 200)
    return " ".join(two.group().split()) if two else None


def _continues(text: str, end: int) -> bool:
    """Whether a word goes on at ``end`` ("Walden" in "Waldensian")."""
    return end < len(text) and (text[end].isalnum() or text[end] in "'’")


def _key(value: str) -> str:
    value = re.sub(r"[\W_]+", " ", value).strip().lower()
    return re.sub(r"^(?:the|a|an)\s+", "", value)


@dataclass
class Cast:
    """Who and what one page names."""

    full_names: dict[str, set[str]] = field(default_factory=dict)  # surname -> full names given
    titles: dict[str, str] = field(default_factory=dict)  # key -> title as the page writes it
    work_authors: dict[str, set[str]] = field(default_factory=dict)  # title key -> authors
    author_works: dict[str, set[str]] = field(default_factory=dict)  # author surname -> title keys
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, title) where the page names a work
    _by_start: dict[str, list[str]] | None = field(default=None, repr=False)  # see _title_index
    capitalised: Counter[str] = field(default_factory=Counter, repr=False)  # the page's capitalised words
    lower_words: frozenset[str] = frozenset()  # the words the page writes in lower case
    work_neighbours: dict[str, set[str]] = field(default_factory=dict)  # title key -> persons in its sentences
    main: str | None = None  # the work the page is about (see find_main_work), once the cast is read
    quoted_words: frozenset[str] = frozenset()  # the capitalised words of the page's quotations
    plain_titles: set[str] = field(default_factory=set)  # keys of works named only plainly (see library_works_named)

    def is_character(self, name: str) -> bool:
        """Whether ``name`` is someone the quoted works speak of ("Victor", "Lord Henry", "Uncle
        Pumblechook" named inside the excerpts) rather than a writer: the page quotes the name and
        never gives it a work of its own."""
        words = [w for w in name.split() if w not in _NOT_IN_NAMES]
        # ("Uncle Pumblechook" or "Mr. Pumblechook" is no person's full name, "Charles Dickens" is)
        named = [n for n in self.full_names.get(words[-1], ()) if n.split()[0].rstrip(".") not in _NOT_IN_NAMES] \
            if words else []
        return bool(words) and all(w in self.quoted_words for w in words) \
            and words[-1] not in self.author_works and not named

    def add_person(self, name: str) -> None:
        words = name.split()
        if len(words) >= 2 and looks_like_person(name):
            self.full_names.setdefault(words[-1], set()).add(name)

    def add_work(self, title: str, author: str | None = None) -> None:
        key = _key(title)
        if not key:
            return
        if key not in self.titles:
            self.titles[key] = title.strip()
            self._by_start = None
        if author:
            self.work_authors.setdefault(key, set()).add(author)
            self.author_works.setdefault(author.split()[-1], set()).add(key)

    def full_name(self, name: str) -> str:
        """``Hume`` (or ``D. Hume``) as the ``David Hume`` the page names, when it names one person of
        that name."""
        words = name.split()
        if not words or (len(words) > 1 and not all(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1])):
            return name
        names = {n for n in self.full_names.get(words[-1], set()) if same_person(name, n)}
        return next(iter(names)) if len(names) == 1 else name

    def work_of(self, author: str) -> str | None:
        """The one work the page gives ``author``, if it gives one."""
        keys = self.author_works.get(author.split()[-1], set())
        if len(keys) != 1:
            return None
        return self.titles[next(iter(keys))].split(": ", 1)[0]  # without its subtitle

    def _title_index(self) -> dict[str, list[str]]:
        """The titles by their first two words (a one-word title by its word), longest first, a few
        to a key: lookups stay cheap on a page with thousands of italic phrases."""
        if self._by_start is None:
            self._by_start = {}
            for title in list(self.titles.values())[:MAX_WORKS]:
                if len(title) >= 4 and _CAPITALISED.match(title):
                    key = _two_words(title) or _CAPITALISED.match(title).group()  # a one-word title: its word
                    self._by_start.setdefault(key, []).append(title)
            for key, titles in self._by_start.items():
                self._by_start[key] = sorted(titles, key=len, reverse=True)[:MAX_TITLES_PER_KEY]
        return self._by_start

    def named_works(self, text: str) -> Iterator[tuple[int, str]]:
        """Where ``text`` names a work of the cast: (offset, title as the page writes it)."""
        index = self._title_index()
        for word in _CAPITALISED.finditer(text):
            start = word.start()
            keys = (_two_words(text, start), word.group())
            found = next((title for key in keys for title in index.get(key, ())
                          if text.startswith(title, start) and not _continues(text, start + len(title))), None)
            if found is not None:
                yield start, found

    def work_named_in(self, sentence: str) -> str | None:
        """The last work of the page's cast that ``sentence`` names ("Later in the Apology Socrates
        says that"), as the page writes it."""
        return max(((offset + len(title), title) for offset, title in self.named_works(sentence)),
                   default=(0, None))[1]

    def split_work_from_name(self, name: str, title: str | None) -> tuple[str, str | None]:
        """A name read across a title ("Later in the Apology Socrates says" -> "Apology Socrates")
        as the person and the work."""
        for offset, known in self.named_works(name):
            if offset == 0 and name.startswith(known + " "):
                return name[len(known) + 1:], title or known
        return name, title

    def find_main_work(self) -> str | None:
        """The work the page is about: the one whose name, or a word of it, the page uses most (a
        long-read names *The Adventures of Tom Sawyer* once and Tom twenty times), at least five times
        and twice as often as any other work's."""
        named = Counter(_key(title) for _, title in self.mentions)
        scores = sorted(((3 * named[key] + max((self.capitalised[w] for w in _TITLE_WORD.findall(title)
                                                 if w not in _NOT_IN_NAMES), default=0), key)
                         for key, title in self.titles.items() if key not in self.plain_titles), reverse=True)
        if not scores or scores[0][0] < 5 or (len(scores) > 1 and scores[1][0] * 2 > scores[0][0]):
            return None
        return self.titles[scores[0][1]]

    def work_before(self, offset: int, author: str | None) -> str | None:
        """The work the page named last before ``offset`` (of ``author``, when the page gives them works)."""
        index = bisect_left(self.mentions, (offset, ""))
        works = self.author_works.get(author.split()[-1]) if author else None
        for _, title in reversed(self.mentions[:index]):
            if (works is None or _key(title) in works) and len(title) >= 4 and not title.endswith("."):
                return title
        return None

    def author_of(self, title: str, stated: bool = False) -> str | None:
        """The one author the page gives the work ``title``, if it gives one; failing that (unless
        only a ``stated`` author will do), the one person named in the sentences that name the work."""
        neighbours = {n for n in self.work_neighbours.get(_key(title), set()) if not _named_by(title, n)}
        authors = self.work_authors.get(_key(title)) or (set() if stated else neighbours)
        surnames = {a.split()[-1] for a in authors}
        if len(surnames) != 1:
            return None
        return self.full_name(max(authors, key=len))


def _named_by(title: str, person: str) -> bool:
    """Whether the work's title names the person (Romeo of *Romeo and Juliet*): a character, not
    the one who wrote it."""
    return person.split()[-1] in title.split()


def same_person(short: str, full: str) -> bool:
    """Whether ``short`` may name the person ``full`` names: ``Hume`` or ``D. Hume`` for ``David Hume``."""
    short_words, full_words = short.split(), full.split()
    if not short_words or not full_words or short_words[-1] != full_words[-1] or len(short_words) > len(full_words):
        return False
    initials = [w[0] for w in full_words[:-1]]
    return all(w.rstrip(".") == full_words[i] or (w.endswith(".") and len(w) == 2 and w[0] in initials)
               for i, w in enumerate(short_words[:-1]))


def _person_names(text: str, lower_words: frozenset[str]) -> list[str]:
    """Names of two or more capitalised words.  At a sentence's start, a first word the page also
    writes in lower case (``lower_words``) is an ordinary word ("Was Lincoln", "About Shakespeare")."""
    names = []
    for match in _FULL_NAME.finditer(text):
        words = match.group().split()
        if words[0].rstrip(".") in _NOT_IN_NAMES or words[0].lower() in _OPENING_WORDS or (
                words[0].lower() in lower_words and _SENTENCE_OPENING.search(text, max(0, match.start() - 8),
                                                                             match.start())):
            words = words[1:]  # "Both Percy Shelley": the name after the sentence's first word
        if len(words) >= 2 and not any(w.rstrip(".") in _NOT_IN_NAMES or w.lower() in _OPENING_WORDS for w in words):
            names.append(" ".join(words))
    return names


_LINK_BEFORE = re.compile(rf"(?P<name>(?:{_WORD}|[A-Z]\.)(?:\s+(?:{_WORD}|[A-Z]\.|{_PARTICLE}))*)"
                          r"(?:(?P<possessive>['’]s)(?P<noun>\s+[a-z]+){0,2}|,(?:\s+(?:from|in))?)\s+[*_“\"]*$")
_LINK_AFTER = re.compile(rf"[*_”\"]*,?\s+by\s+(?P<name>(?:{_WORD}|[A-Z]\.)(?:\s+(?:{_WORD}|[A-Z]\.|{_PARTICLE}))*)")


def _work_in_page_title(title: str, quoted_words: frozenset[str]) -> str | None:
    """The work a page's title opens with, written plainly ("Romeo and Juliet, Lesson 6: names and
    houses"): two to six words in title case, before a comma or colon, that name no person, or name
    persons the quotations speak of (its characters, not its authors)."""
    head = re.split(r"\s*[,:;–—]\s*|\s+-\s+", title.strip().lstrip("#").strip(" *_"), maxsplit=1)[0]
    words = head.split()
    if not 2 <= len(words) <= 6 or words[0] in _NOT_A_PAGE_WORK or head.isupper():
        return None
    if person_in_heading(title) and not all(w in quoted_words for w in _TITLE_WORD.findall(head)) \
            and not _STUDY_PAGE.search(title):  # ("Much Ado About Nothing — Key Quotes" names no person)
        return None
    return head if all(w[:1].isupper() for w in words if len(w) > 3) and words[-1][:1].isupper() else None


_STUDY_PAGE = re.compile(r"\s[—–:-]\s*(?:key\s+)?(?:quotes|quotations|quote\s+bank|study\s+guide|revision(?:\s+notes)?|"
                         r"character\s+notes|themes)\b", re.IGNORECASE)
_NOT_A_PAGE_WORK = {"Quotes", "Quotations", "Sayings", "Notes", "Reading", "Readings", "Lecture", "Lesson", "Session",
                    "Week", "Unit", "Chapter", "Part", "Essay", "Handout", "Questions", "Who", "What", "Why", "How",
                    "Where", "When", "The", "A", "An", "On", "In", "Re"}


@lru_cache(maxsize=200_000)
def title_variants(title: str) -> tuple[str, ...]:
    """The names a page gives a work a library catalogues as ``title``: "Hamlet, Prince of Denmark"
    is "Hamlet", "Moby-Dick; or, The Whale" is "Moby-Dick", "The Writings of Thomas Paine, Vol. 4
    (1794-1796): The Age of Reason" is "The Age of Reason", "The Tragedy of King Lear" is "King Lear"."""
    plain = re.sub(r"\s*\([^()]*\)", "", title).strip()
    names = {plain, re.split(r"\s*(?:[:;]|,)\s*", plain, maxsplit=1)[0]}
    if ":" in plain:
        names.add(plain.rsplit(":", 1)[1].strip())  # a work inside a collection's volume
    names |= {name[len(lead):] for name in list(names) for lead in ("The Tragedy of ", "The Life of ")
              if name.startswith(lead)}
    return tuple(sorted((name for name in names if len(name) >= 4 and name[:1].isupper()
                         and not _NOT_A_TITLE.search(name) and not _COLLECTION.match(name)), key=len, reverse=True))


# "The Writings of Thomas Paine", "The Works of ...", "Essays of ...": an edition, not the work a page cites
_COLLECTION = re.compile(r"(?:The\s+)?(?:(?:Complete|Collected|Selected)\s+)?(?:Writings|Works|Papers|Essays|Poems)\b"
                         r"(?:\s+and\s+\w+)?\s+of\b")


def library_works_named(text: str, works: list[tuple[str, str | None]], lower_words: frozenset[str]) -> list[tuple[str, str | None]]:
    """The works of a library (title, author) that ``text`` names plainly, as (the name the page
    writes, the author when the page names that author too).  A one-word name counts only when the
    page never writes it in lower case and it stands alone ("Emma" in "Emma Woodhouse" is a person)."""
    named = []
    capitalised = set(_CAPITALISED.findall(text))  # (a library of thousands of works: look only for names that can be there)
    for title, author in works:
        for name in title_variants(title):
            if _key_word(name) not in capitalised or (" " not in name and name.lower() in lower_words):
                continue
            if _names_plainly(text, name):
                person = author if author and re.fullmatch(r"[^();]+", author) and \
                    re.search(rf"\b{re.escape(author.split()[-1])}\b", text) else None
                named.append((name, person))
                break
        if len(named) >= MAX_WORKS:
            break  # (a page that names a whole library is a list, not a page about its works)
    return named


def _key_word(name: str) -> str:
    """The first word of a title that is not an article: one the page must write to name it."""
    words = name.split()
    return (words[1] if len(words) > 1 and words[0] in ("The", "A", "An") else words[0]).rstrip(",;:")


def _names_plainly(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a whole name: not inside a longer word, and a one-word
    name not beside another capitalised word ("Emma Woodhouse", "Lady Macbeth")."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        whole = not (start and (text[start - 1].isalnum() or text[start - 1] in "'’-")) and not _continues(text, end) \
            and not (end < len(text) and text[end] == "-")
        if whole and " " in name:
            return True
        before = re.search(r"([A-Z][\w'’]*)\s+$", text[max(0, start - 30):start])
        if whole and not re.match(r"\s+[A-Z]", text[end:end + 2]) and not (
                before and before.group(1) not in _NOT_IN_NAMES and not before.group(1).endswith(("'s", "’s"))):
            return True  # ("Plato's Republic": a work after its author's name)
        start = text.find(name, end)
    return False


def read_cast(text: str, claims: list[Claim | None], italics: list[tuple[int, int]] = (),
              quoted: list[tuple[int, int]] = (), page_title: str | None = None,
              library: list[tuple[str, str | None]] = ()) -> Cast:
    """The persons and works ``text`` names and the author-work links it states: the claims already
    read (headers, credit lines), titles in italics (Markdown's, or the ``italics`` spans of HTML's
    ``<i>``, ``<em>`` and ``<cite>``), possessives (``Wilde's *Dorian Gray*``), ``*Title* by Author``,
    and ``Author, *Title*``; the names inside the ``quoted`` spans (the page's quotations); and the
    works of the ``library`` (title, author) that the page names plainly."""
    unquoted = page_words(text)  # "Hell" in Milton's lines says nothing of the page
    front = FRONT_MATTER.match(text)  # "tags: [laozi, confucius]" writes no name in lower case
    lower_words = frozenset(re.findall(r"(?<![#@])\b[a-z]+\b", text[front.end() if front else 0:]))
    cast = Cast(capitalised=Counter(_TITLE_WORD.findall(unquoted)), lower_words=lower_words,
                quoted_words=frozenset(w for start, end in quoted[:MAX_MENTIONS]
                                       for w in _TITLE_WORD.findall(text, start, end)))
    titles = [t for t in (m.group("t").strip() for m in _ITALIC.finditer(text)) if not _NOT_A_TITLE.search(t)]
    titles += [t for t in (text[start:end].strip() for start, end in italics[:MAX_MENTIONS])
               if 2 <= len(t) <= 80 and t[:1].isupper() and "\n" not in t and not _NOT_A_TITLE.search(t)]
    named = _work_in_page_title(page_title, cast.quoted_words) if page_title else None
    if named:
        titles.append(named)  # (the page is about it only if it uses the work's words the most: find_main_work)
    for title in titles:
        cast.add_work(title)
    for title, author in library_works_named(unquoted, list(library), lower_words):
        # (a work the page names already, by a shorter or longer name, "the *Narrative*", stays one work)
        known = next((t for key, t in cast.titles.items() if key.startswith(_key(title)) or _key(title).startswith(key)), None)
        if known is None:
            cast.plain_titles.add(_key(title))  # (no candidate for the work the whole page is about)
        cast.add_work(known or title, author)
    for claim in claims:
        if claim is not None and claim.title and not claim.implied:
            cast.add_work(claim.title)
    persons = _person_names(text, lower_words) + [c.author for c in claims if c is not None and c.author
                                     and c.author.split()[0].lower() not in _OPENING_WORDS]
    for name in persons:
        cast.add_person(cast.split_work_from_name(name, None)[0])
    for claim in claims:
        if claim is not None and claim.title and not claim.implied:
            cast.add_work(claim.title, claim.author)
    for start, title in cast.named_works(text):
        if len(cast.mentions) < MAX_MENTIONS:
            cast.mentions.append((start, title))
        line_start = text.rfind("\n", max(0, start - 80), start) + 1
        before = _LINK_BEFORE.search(text, max(line_start, start - 80), start)
        after = _LINK_AFTER.match(text, start + len(title), min(len(text), start + len(title) + 80))
        for link in (before, after):
            if link is None:
                continue
            name = cast.full_name(link.group("name"))
            if any(w in _NOT_IN_NAMES for w in name.split()):
                continue
            # one word names an author in "Wilde's *Salome*" and "*Salome* by Wilde", not in
            # "Satan, in *Paradise Lost*" or "Satan's speech in *Paradise Lost*"
            single = link is after or (link.group("possessive") and not link.group("noun"))
            if looks_like_person(name) or (" " not in name and single):
                cast.add_work(title, name)
    cast.mentions.sort()
    cast.main = cast.find_main_work()
    if cast.main is None and page_title and named and _STUDY_PAGE.search(page_title):
        cast.main = named  # "Much Ado About Nothing — Key Quotes": a page made to study one work
    for start, title in cast.mentions[:MAX_NEIGHBOURHOODS]:
        sentence = _sentence_around(text, start, start + len(title)).replace(title, " ")
        sentence = _IMPRINT.sub(" ", sentence)  # "(London: John Murray, 1859)": the publisher is nobody's author
        surnames = {name.split()[-1] for name in _person_names(sentence, lower_words)} | \
            {word for word in _TITLE_WORD.findall(sentence) if len(cast.full_names.get(word, ())) == 1}
        if len(surnames) == 1:
            cast.work_neighbours.setdefault(_key(title), set()).add(cast.full_name(surnames.pop()))
    return cast


_IMPRINT = re.compile(r"\([^()\n]{0,120}\b(?:1[4-9]\d\d|20\d\d)\b[^()\n]{0,40}\)")


def _sentence_around(text: str, start: int, end: int, reach: int = 200) -> str:
    """The sentence holding ``text[start:end]``, cut at ``reach`` characters on either side."""
    before = text[max(0, start - reach):start]
    after = text[end:end + reach]
    head = max(before.rfind(". "), before.rfind("\n"))
    tail = min((i for i in (after.find(". "), after.find("\n")) if i >= 0), default=len(after))
    return before[head + 1:] + text[start:end] + after[:tail]


_HONORIFIC = re.compile(r"^(?:the\s+)?(?:Rev\.?|Reverend|Sir|Dr\.?|Prof\.|Professor)\s+(?=[A-Z])")
# the books of the Bible whose names are nobody's (Job, Mark or Ruth may be a person on the page)
_BIBLE_BOOKS = frozenset(
    "Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles Ezra Nehemiah Esther "
    "Job Psalms Proverbs Ecclesiastes Isaiah Jeremiah Lamentations Ezekiel Daniel Hosea Joel Amos Obadiah Jonah "
    "Micah Nahum Habakkuk Zephaniah Haggai Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians "
    "Galatians Ephesians Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude "
    "Revelation Tobit Judith Maccabees Sirach Ecclesiasticus Baruch".split()) - {"Job", "Mark", "John", "James",
                                                                                 "Peter", "Timothy", "Ruth", "Daniel",
                                                                                 "Matthew", "Luke", "Jonah", "Titus"}
_NOT_AUTHORS = {"Re", "Fwd", "Fw", "Edit", "Update", "Posted", "Reply", "Quote",
                "He", "She", "They", "It", "We", "You", "I", "His", "Her", "Their"}  # (a pronoun left unresolved)
# a forum's user box ("Junior Member Posts: 18") or a contraction ("I've") is nobody's name
_NOBODY = re.compile(r".*\b(?:Member|Members|Posts|Moderator|Administrator|Admin|Registered|Guest)\b.*|"
                         r"[A-Z][a-z]*['’](?:ve|m|ll|d|re|t)")
_NO_TITLE = re.compile(r"(?i:act|scene|sc|chapter|ch|book|bk|part|pt|canto|verse|line|lines|section|page|p|"
                       r"english|french|german|latin|greek|italian|spanish|russian|hebrew|"
                       r"author|translation|translator|editor|edition|publisher|source|title)\.?|[IVXLC]{1,6}\.?")
_OWNED_PLACE = re.compile(rf"{_WORD}['’]s\s+(?i:(?:part|book|chapter|canto|act|volume|section)\s+(?:the\s+\w+|[ivxlc]+|\d+)"
                          r"|(?:first|second|third|last|final)\s+(?:part|book|chapter|volume))")
_THAT_WORK = re.compile(r"\b(?:the|this|that)\s+(?:same\s+)?(?:book|novel|play|poem|story|tale|essay|work|"
                        r"pamphlet|treatise|volume)\b(?!\s+(?:of|by)\b)", re.IGNORECASE)


def _person_named(author: str, cast: Cast) -> str | None:
    """The person an author field names, as plainly as the page allows; None for no person."""
    if author in _NOT_AUTHORS or _NOBODY.fullmatch(author) or author[0].isupper() and all(
            w.lower() in cast.lower_words for w in author.split()) and (" " in author or author not in cast.full_names):
        return None  # "Dying Like Sheep" (a heading whose words the page writes in lower case), "Re", "Neither"
    if owned := re.fullmatch(r"(?P<owner>[A-Z][\w.\- ]*?)['’]s\s+[A-Z][\w\-]+", author):
        author = owned.group("owner")  # "More's Raphael": the author, speaking through his character
    if (courtesy := re.fullmatch(r"(?:Mr|Mrs|Miss|Ms|Mme|Mlle)\.?\s+([A-Z][\w'’\-]+)", author)) \
            and (named := cast.full_name(courtesy.group(1))) != courtesy.group(1):
        author = named  # "Miss Goldman": the Emma Goldman the page names
    if placed := re.fullmatch(r"(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)+)\s+of\s+[A-Z][a-z]+", author):
        author = placed.group("name")  # "Thomas Hobbes of Malmesbury", as a title page names him
    if (plain := _HONORIFIC.sub("", author)) != author and len(plain.split()) >= 2:
        author = plain  # "Sir Thomas More", "the Rev. J. M. Rodwell": the person's name
    return author


def resolve_claim(claim: Claim | None, cast: Cast, introduction: str = "", at: int = 0) -> Claim | None:
    """``claim`` completed by the page's cast: a surname in full, a work its ``introduction`` (the
    sentence that leads to the quotation, which starts at offset ``at``) names, or "the same book"
    it speaks of (the work named last), the author's one work, the work's one author."""
    if claim is not None and claim.title and (_NO_TITLE.fullmatch(claim.title.strip())
                                              or _OWNED_PLACE.fullmatch(claim.title.strip())):
        # "(Act 2 Scene 4)", "in V.ii", "in French", "Author:", "Paine's Part the First": no work
        claim = replace(claim, title=None)
    if claim is None or not claim.title:
        named = cast.work_named_in(introduction)
        if named is None and _THAT_WORK.search(introduction):
            named = cast.work_before(at, claim.author if claim else None)
        if named is not None:
            claim = replace(claim or Claim(), title=named)
    if claim is None:
        return None
    author, title = _person_named(claim.author, cast) if claim.author else None, claim.title
    if author and author in _BIBLE_BOOKS:
        author, title = None, title or author  # "In Genesis Joseph goes to prison": a book, not a person
    if author and _key(author) in cast.titles and not cast.full_names.get(author.split()[-1]):
        author, title = None, title or cast.titles[_key(author)]  # "his Confessions: “…”": a work, not a person
    if title and not author and " " not in title.strip() and \
            any(" " in name for name in cast.full_names.get(title.strip(), ())):
        author, title = cast.full_name(title.strip()), None  # "Same chapter of Tocqueville": a person, not a work
    if author:
        author, title = cast.split_work_from_name(author, title)
        author = cast.full_name(author)
    if author and not title:
        title = cast.work_of(author)
        if title is None and cast.author_works.get(author.split()[-1]):
            title = cast.work_before(at, author)  # of the author's works on the page, the one named last
        elif title is None and cast.is_character(author):
            title = cast.work_before(at, None)  # "Victor pleads": a character of the work the page speaks of
    if title and not author:
        author = cast.author_of(title)
    elif title and cast.is_character(author):
        # "Victor pleads: “...”" in *Frankenstein*: Shelley's words (a writer, not another name of the book's)
        writer = cast.author_of(title, stated=True) or cast.author_of(title)
        author = writer if writer and not all(w in cast.quoted_words for w in writer.split()) else author
    if (author, title) == (claim.author, claim.title):
        return claim
    if not claim.implied and not claim.title and title is not None and _key(title) in cast.plain_titles:
        # a work the page names only plainly somewhere, not at the quotation: too weak to accuse
        # anyone of it; the author the page names still can be wrong
        return replace(claim, author=author, title=title, implied=True, author_named=bool(claim.author))
    return replace(claim, author=author, title=title)


def with_main_work(claim: Claim | None, cast: Cast, page_person: str | None = None) -> Claim | None:
    """A quotation that names neither work nor person, on a page about one work, is taken from that
    work (an implied claim), and so is one whose speaker is the character the title names ("Tom"
    on a page about *The Adventures of Tom Sawyer*): the author is then the work's, or failing
    that the person the page's title names ("Darwin In His Own Words")."""
    main = cast.main
    if main is None or (claim is not None and claim.title):
        return claim
    author = claim.author if claim is not None else None
    if author and author not in _TITLE_WORD.findall(main) and not cast.is_character(author):
        return claim  # someone's words: the work's author, a critic or the page's own
    if page_person and _named_by(main, page_person):
        page_person = None  # "Romeo and Juliet, Lesson 6": the title's Romeo wrote nothing
    work_author = cast.author_of(main) or (cast.full_name(page_person) if page_person else None)
    return replace(claim or Claim(), title=main, author=work_author or author, implied=True)


# --- claims completed by the work a quotation was found in ----------------------------

_TITLE_TAIL_START = re.compile(r"(?<=\s)[A-Z]")


def page_words(text: str) -> str:
    """The page's own words: its text with what it quotes blanked out (a name inside a quotation
    says nothing of what the page claims)."""
    return _QUOTED.sub(" ", text)


@lru_cache(maxsize=512)  # (once per work and page: a check asks for every quotation found in it)
def name_written(title: str, words: str) -> str | None:
    """The name ``words`` (a page's own words) gives a work a library catalogues as ``title``, as the
    page writes it: one of its :func:`title_variants` ("Much Ado About Nothing" for "Much Ado about
    Nothing"), a tail of it ("The Wealth of Nations" for "An Inquiry into the Nature and Causes of the
    Wealth of Nations"), or the title without its article ("Plato's Republic"), with the page's article."""
    plain = re.sub(r"\s*\([^()]*\)", "", title).strip()
    tails = [plain[m.start():] for m in _TITLE_TAIL_START.finditer(plain)]
    bare = re.match(r"(?:The|A|An)\s+(?P<rest>[A-Z][\w'’\-]{4,})$", plain)
    for name in list(title_variants(title)) + [t for t in tails if " " in t] + ([bare.group("rest")] if bare else []):
        written = _as_written(name, words)
        if written is not None:
            bare_name = written[4:] if written.startswith("The ") else written
            return written if written.startswith("The ") or f"The {bare_name}" not in words else f"The {bare_name}"
    return None


def _as_written(name: str, words: str) -> str | None:
    """``name`` as ``words`` write it plainly: in its own letters, or with small words in another case
    ("Much Ado About Nothing")."""
    if _key_word(name) in words and _names_plainly(words, name):
        return name
    for found in re.finditer(re.escape(name), words, re.IGNORECASE):
        written = found.group()
        if all(a == b or (a.lower() == b.lower() and b.lower() in _SMALL_WORDS)
               for a, b in zip(written.split(), name.split())) and _names_plainly(words, written):
            return written
    return None


_SMALL_WORDS = {"a", "an", "the", "of", "and", "about", "in", "on", "to", "for", "with", "by", "from", "at", "or", "nor"}


@lru_cache(maxsize=512)
def author_written(author: str | None, words: str) -> str | None:
    """The one of a work's authors (a catalogue's "A; B") whose surname the page's ``words`` write;
    compilers of anthologies are nobody's author."""
    for person in (author or "").split(";"):
        person = re.sub(r"\s+et\s+al\.?$", "", person.strip())  # "Thomas Jefferson et al."
        if not person or "(" in person:
            continue
        if re.search(rf"(?<![\w'’]){re.escape(person.split()[-1])}(?![\w])", words):
            return person
    return None


# a short line set apart by blank lines: a heading of the work ("OF STUDIES", "The Proverbs", "Psalm 140")
_PART_HEADING = re.compile(r"\n[ \t\r]*\n[ \t]*(?P<h>[A-Z][^\r\n]{2,60}?)[ \t]*\r?\n[ \t\r]*\n")
# a verse set out with its reference, as Bibles in plain text print it: "Proverbs 16:18\tPride goeth …"
_VERSE_LINE = re.compile(r"(?P<book>(?:[1-3] )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) \d{1,3}:\d{1,3}\s")
_SPEAKER_PREFIX = re.compile(r"[A-Z][A-Z .'’\-]{1,30}\.")  # "PORTIA.": who speaks in a play, no heading
_PART_REACH = 80_000


def parts_before(text: str, position: int, limit: int = 1) -> tuple[str, ...]:
    """The headings of a work's parts before ``position``, nearest first: the essay, poem or book of the
    Bible a passage stands in (the nearest only, by default: an essay the page names elsewhere in the
    same book is another essay)."""
    window = text[max(0, position - _PART_REACH):position]
    headings = [h for h in (m.group("h").strip() for m in _PART_HEADING.finditer(window)) if _is_part_heading(h)]
    verse = _VERSE_LINE.match(text, text.rfind("\n", 0, position) + 1)
    if verse:
        headings.append(verse.group("book"))
    return tuple(h for h in reversed(headings) if not _SPEAKER_PREFIX.fullmatch(h)
                 and not _NO_TITLE.fullmatch(h.rstrip("."))
                 and not re.match(r"(?i)(?:chapter|book|part|section|canto|act|scene|stave|letter)\b", h))[:limit]


def _is_part_heading(line: str) -> bool:
    """A title of two words or more, in capitals or title case, with no stop after it ("OF STUDIES",
    "Song of the Open Road"; not "He took out his purse." nor "London")."""
    words = line.split()
    return len(words) >= 2 and not line.endswith((".", "!", "?", ",", ";", ":")) and \
        (line.isupper() or all(w[:1].isupper() for w in words if len(w) >= 4))


def part_written(heading: str, words: str) -> str | None:
    """The name the page's ``words`` give a part of a work whose heading is ``heading``: "OF STUDIES" as
    "Of Studies", "The Proverbs" as "Proverbs", "The Book of the Prophet Isaiah" as "Isaiah"."""
    plain = heading.strip(" .")
    plain = plain.title() if plain.isupper() else plain
    names = [plain, re.sub(r"^(?:The|A|An)\s+", "", plain)]
    book = re.search(r"Book\s+of\s+(?:the\s+)?(?:Prophet\s+)?(?P<name>[A-Z][\w'’\-]+)$", plain)
    if book:
        names.append(book.group("name"))
    for name in dict.fromkeys(n for n in names if len(n) >= 4):
        written = _as_written(name, words)
        if written is not None:
            return written
    return None


def claim_from_source(claim: Claim | None, work: WorkMeta, words: str, consistent: bool,
                      parts: tuple[str, ...] = ()) -> Claim | None:
    """``claim`` completed by the ``work`` the quotation was found in, where
    the page's own ``words`` name that work or its author: a page about *The Wealth of Nations*
    that quotes it without saying so again claims it all the same (an implied claim).  A claim
    that names only part of the source is completed only when that part is ``consistent`` with
    the work: the author of the title, the page's name for the author's work it is in. ``parts`` are
    the headings the words stand under in the work (:func:`parts_before`)."""
    if claim is not None and claim.author and claim.title or work.is_anthology:
        return claim  # (a book of quotations holds many authors' words: it names none of them)
    stated = claim is not None and not claim.is_empty()
    if stated and not consistent:
        return claim
    # (the essay, poem or book of the Bible the words stand in, when the page names it, before the book)
    named_title = next((name for heading in parts if (name := part_written(heading, words))), None) \
        or name_written(work.title, words)
    person = author_written(work.author, words)
    base = claim or Claim()
    new_title = base.title or named_title
    new_author = base.author or person  # (a title implies its author, but a page that never names him claims none)
    if (new_author, new_title) == (base.author, base.title):
        return claim
    if stated:
        return replace(base, author=new_author, title=new_title)  # (what the title or author implies)
    return replace(base, author=new_author, title=new_title, implied=True)
