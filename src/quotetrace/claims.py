"""What a document says about where a quotation comes from.

Two shapes of claim: a bibliographic header over an excerpt block (title, ``by``
author, translator, publisher and year on short lines), and a mention in the
running text next to an inline quotation (``As Mill wrote in On Liberty, "..."``,
``"..." (Paine, Common Sense, p. 12)``, ``"..." Whitfield said``, ``(ibid.)``).

The page's own lines are not a source: a byline (``By Marcus Bell, Staff Writer ·
Published Nov. 20, 2017``), a compiler's credit (``Compiled by ...``, ``Posted by
...``) or a date line with an update (``May 7, 2006; update August 26, 2009``)
make a block of short lines the page's title block, never a bibliographic header.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from .marks import ANY_PAGE_ANCHOR, PAGE_ABBREVIATION, PAGE_CITED
from .readers.records import FRONT_MATTER


@dataclass(frozen=True, slots=True)
class Claim:
    """The source a document names for a quotation; every field is optional.

    ``implied``: the page does not name it at the quotation; it is read from where the quotation
    stands (the work its section heading or the page is about). A mismatch then accuses nobody,
    unless ``author_named``: the page names the author at the quotation, and only the work is
    read from elsewhere ("Shakespeare once observed" on a page that names *The Tempest*).
    """

    author: str | None = None
    title: str | None = None
    translator: str | None = None
    year: str | None = None
    page: str | None = None
    implied: bool = False
    author_named: bool = False

    def is_empty(self) -> bool:
        return not (self.author or self.title)

    def with_page(self, page: str | None) -> "Claim":
        return replace(self, page=page)

    def to_dict(self) -> dict:
        return asdict(self)


# --- bibliographic header lines -------------------------------------------------

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_NOT_A_NAME = r"(?!(?:The|A|An|This|That|These|His|Her|My|Our|Their|Its|One|Some|All|Any|No)\s)"
# the value must start with a capital (case-sensitive): "by John Stuart Mill", not "By the rivers of Babylon"
_BY = re.compile(rf"^(?i:by)\s+{_NOT_A_NAME}(?P<v>[A-Z][^\n]{{1,100}})$")
_TRANSLATED = re.compile(r"^(?:translated|trans\.|translation|tr\.|rendered|done|englished)\b[^\n]*?\bby\s+(?P<v>[^\n]{2,100})$",
                         re.IGNORECASE)  # "Rendered into English prose by Samuel Butler"
_IN_COLLECTION_BY = re.compile(r"^in:?\s+[^\n]{2,120}?,?\s+by\s+(?P<v>[A-Z][^\n,()]{1,60})$")  # "in Anarchism and Other Essays, by Emma Goldman"
_WRITING_AS = re.compile(r"^\[?(?P<v>[A-Z][^\[\],\n]{2,60}?)\]?,?\s+(?:writing|signing|published)\s+as\s+\S[^\n]{0,60}$")
_TRANSLATED_BRIEFLY = re.compile(r"^(?:transl?\.|tr\.)\s+(?P<v>[A-Z][^\n]{2,100})$")  # "transl. Helen Zimmern"
_EDITED = re.compile(r"^(?:edited|ed\.)\s+(?:by\s+)?(?P<v>[^\n]{2,100})$", re.IGNORECASE)
# "abridged and edited by ...", "selected and introduced by ...", "with notes by ..."
_EDITORIAL_CREDIT = re.compile(
    r"^(?:[a-z]+,?\s+)*?(?:edited|abridged|annotated|selected|introduced|arranged|adapted|revised|"
    r"condensed|illustrated|with (?:an )?(?:introduction|notes|preface))(?:,?\s+(?:and\s+)?[a-z]+)*"
    r"\s+by\s+(?P<v>[^\n]{2,100})$", re.IGNORECASE)
_WRITTEN = re.compile(r"^(?:written|first published|published|delivered|composed)\s*:?\s*(?P<v>[^\n]{0,80})$", re.IGNORECASE)
_FROM = re.compile(r"^(?i:from)\s+(?:the\s+)?(?P<v>[‘“\"']?[A-Z][^\n]{2,160})$")
_YEAR = re.compile(r"\b(1[4-9]\d\d|20\d\d)\b")
_SENTENCE_END = re.compile(r"[.;:!?,]['\"”’)]?$")
# a title may end in an abbreviation: "The Life of Samuel Johnson, LL.D.", "Vol. I."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]?\.){1,3}$|\b(?:Jr|Sr|Esq|etc|Vol|No|Bk|Ch|Pt|ed|eds|trans|Bart)\.$")
# The page's own credit and date lines.
_COMPILER_LINE = re.compile(
    r"^(?:[\w ,\-]{0,40}\b)?(?:compiled|collected|assembled|kept|maintained|posted|page|notes|written up|reviewed|"
    r"prepared|selected|gathered|chosen|typed up|"
    r"transcribed and annotated|put together)\b[^\n]{0,40}?\bby\b", re.IGNORECASE)
_PAGE_DATE = re.compile(
    rf"\b(?:updated?|revised|last (?:edited|modified|changed|revised|updated)|created|(?:first )?posted|"
    rf"modified)\b[:,]?\s+(?:on\s+)?(?:\d|{MONTHS}\b)|"
    # the day of a web page's publication (not "first published February 8, 1788", a source's)
    rf"(?<!first )\bpublished[:,]?\s+(?:on\s+)?(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}}),?\s+(?:199\d|20\d\d)\b|"
    # a reader's log on a book site: "Read from January 03 to 19, 2024", "Shelves: classics, 2024-reads"
    rf"^(?:read\s+(?:from|in|on)\s+(?:\d|{MONTHS}\b)|(?:started|finished)\s+reading\b|shelves:)",
    re.IGNORECASE)
# a post's or comment's metadata: a clock time, or a date among "·"/"|" separators
# ("Mark T. · April 5, 2019 at 9:14 am", "@jane · 3h · 12 replies")
# a social post's author line: "Wren Abernethy 📚 @wren@mastodon.scot", "Pete K. @pedant_pete"
HANDLE_LINE = re.compile(r"^[^\n@]{2,60}?\s@[\w.]{2,30}(?:@[\w.-]+)?(?:\s[^\n]{0,40})?$", re.MULTILINE)
_POST_META = re.compile(rf"\b\d{{1,2}}:\d\d\s*[ap]\.?m\b|\bat\s+\d{{1,2}}:\d\d\b|\s[·|•]\s[^\n]*(?:\b{MONTHS}\s+\d|\d{{4}}|\b\d+\s*"
                        rf"(?:replies|comments|likes|reposts|shares|views|points|votes|upvotes|[hdmwy]|mo)\b)",
                        re.IGNORECASE)
# "Sunday, October 12, 2008": a day of the week with its date is the page's own date (a sermon, a newsletter)
# a forum post's profile box ("Join Date: Aug 2012", "Location: Leeds", "Senior Member", "Old 03-02-2017,
# 09:14 PM") and a podcast's credits: the page's own lines
_FORUM_PROFILE = re.compile(r"^(?:(?:Join(?:ed)?(?: Date)?|Location|Posts|Reputation|Rep Power|Thanks|Likes|"
                            r"Member since|Registered|Karma)\s*:|(?:(?:Senior|Junior|Super|New|Full|Banned)\s+)?"
                            r"(?:Member|Moderator|Administrator|Admin|Guest|User)$|Old \d{2}-\d{2}-\d{4}\b|"
                            r"Reply With Quote$|Quote:$|"
                            # a podcast's or a programme's credits: "Hosts: …", "Guest: …", "Released 14 May 2024"
                            r"(?:Hosts?|Guests?|Presenters?|Producers?|Panellists?|Panelists?|Interviewer|Runtime|Duration|"
                            r"Speakers?|Preacher|Lecturer|Transcript)\s*:|(?:Recorded|Released|Moderated by|Transcribed by)\b)",
                            re.IGNORECASE)
_WEEKDAY_DATE = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
                           rf"(?:{MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS})")  # "Tue 16 Jan 2024 17.40 GMT"
# The page's own header fields: a mail or memo header ("From: ...", "Subject: ...", "Date: ..."), a
# transcript's or press release's label; a letterhead ("CITY HALL PRESS OFFICE", "Office of the Dean")
_PAGE_FIELD = re.compile(
    r"^(?:From|To|Cc|Bcc|Reply-To|Date|Sent|Subject|Newsgroups|Message-ID|Organi[sz]ation|Attn|Attention|"
    r"Transcript|Memo|Memorandum|Contact|Press release|For immediate release|Embargoed)\s*:\s*\S", re.IGNORECASE)
_LETTERHEAD = re.compile(
    r"^(?:[A-Z][A-Z.&'’\-]*\s+){1,8}(?:OFFICE|DEPARTMENT|DEPT\.?|BUREAU|MINISTRY|AGENCY|DIVISION|SECRETARIAT|"
    r"DIRECTORATE|NEWSROOM|COMMUNICATIONS|MEDIA RELATIONS|PUBLIC AFFAIRS)$"
    r"|^(?:The\s+)?(?:Office|Department|Bureau|Ministry)\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}$"
    # a postal address: "Castle Street, Northgate NG1 4LP", "1200 Main Street, Suite 4", "Springfield, IL 62701"
    r"|^(?:\d{1,5}\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Square|"
    r"Place|Drive|Boulevard|Blvd\.|Way|Row|Terrace|Crescent),\s+[^\n]{2,60}$"
    r"|^[^\n]{2,60}\b(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)$")
# a navigation bar ("Home | Links | E-mail me"), a visitor counter, a browser note: the site's own lines
_NAVIGATION = re.compile(r"^[^|\n]{1,40}(?:\s\|\s[^|\n]{1,40}){1,}$|\bvisitors?\s+(?:number|no\.|#)|"
                         r"^From\s+[^,\n]{2,40},\s+the\s+free\s+encyclopedia\.?$|"
                         r"\bbest viewed (?:with|in|at)\b|\b(?:hit|visitor) counter\b|"
                         # a site's menu, one item to a line: "Home", "Browse ▾", "Sign In Join"
                         r"^(?:Home|About(?: us)?|Archive|Contact(?: us)?|Menu|Search|Log ?in|Log ?out|Sign (?:in|up)(?: Join)?|"
                         r"Join|Register|Browse|Community|My Books|Subscribe|Donate|Shop|Help|Member Login|Premium)"
                         r"\s*[▾▼›»]?$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^by\s+[^\n]*(?:\s[·|•]\s|\b(?:staff|writer|reporter|correspondent|columnist|contributor|"
    r"editor|published|posted|updated|photograph|associated press|reuters)\b)|"
    # "by Dr Miriam Sallis, production dramaturg": a writer and a role in lower case, the page's own
    r"^by\s+[A-Z][^,\n]{2,60},\s+(?!(?i:edited|translated|trans\.|ed\.|with|and|from|in)\b)[a-z][a-z \t\-]{2,40}$",
    re.IGNORECASE)
_PERIODICAL = re.compile(r"\bVol\.\s?\d+\s*,?\s*No\.\s?\d+")
_BYLINE_NAME = re.compile(r"^by\s+(?P<v>[^,·|•\n]{3,60}?)\s*(?:[,·|•]|$)", re.IGNORECASE)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?|[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z][a-z]?\.)"
_PERSON_LINE = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|du|del|van|von|der|den|la|le|ibn|bin|and|&))*\s+"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+$")
_NOT_NAME_WORDS = {"The", "A", "An", "On", "Of", "In", "Book", "Books", "Chapter", "Volume", "Vol", "Part",
                   "Section", "Letter", "Letters", "Essay", "Essays", "Speech", "Address", "Notes", "Introduction",
                   "Press", "University", "Publishing", "Company", "Library", "Review", "Magazine", "Journal",
                   "Society", "Edition", "Sonnet", "Sonnets", "Canto", "Act", "Scene", "Works", "Collected",
                   "Selected", "Complete", "History", "Treatise", "Discourse", "Discourses", "Principles", "Sons",
                   "Brothers", "Publishers", "Publishing", "House", "Books", "Press", "Printers",
                   "His", "Her", "Its", "Their", "Our", "My", "Your",  # ("His Meditations Concerning Himselfe")
                   "Bible", "Version", "Testament", "Gospel", "Scripture", "Scriptures", "Classics"}


# Markdown emphasis around a whole line or a title: **Leviathan**, *On Liberty*, _Walden_
_EMPHASIS = re.compile(r"(?<![\w*_])(?P<m>\*\*|__|\*|_)(?P<t>[^*_\n]+?)(?P=m)(?![\w*_])")


def strip_emphasis(line: str) -> str:
    """The line without Markdown emphasis, nested too ("**Edward Gibbon, *Decline and Fall*, vol. I**")."""
    for _ in range(3):
        plain = _EMPHASIS.sub(r"\g<t>", line)
        if plain == line:
            break
        line = plain
    return line.strip()


def looks_like_person(line: str) -> bool:
    """A short line that reads as a personal name (``Thomas Paine``, ``J. S. Mill``)."""
    line = line.strip()
    if not _PERSON_LINE.match(line):
        return False
    words = line.replace("&", " ").split()
    return 2 <= len(words) <= 6 and not any(w.strip(".,") in _NOT_NAME_WORDS for w in words)


# Abbreviations and initials do not end a sentence: "ed. Moncure Conway", "J. S. Jordan", "vol. III"
_ABBREVIATIONS = {"vol", "vols", "ed", "eds", "edn", "no", "nos", "ch", "chap", "pp", "p", "pg", "trans", "tr", "transl",
                  "repr", "rev", "sect", "sec", "pt", "bk", "st", "mr", "mrs", "ms", "dr", "jr", "sr", "co", "inc",
                  "ltd", "esq", "cf", "ca", "fl", "vs", "viz", "ibid", "op", "cit", "fig", "ser", "univ", "bros",
                  "orig", "introd", "illus", "comp", "abr", "dept", "ll", "esp", "pub", "publ", "vid", "art"}
_BREAK = re.compile(r"([\w'’]+)[\"”’]?([.!?])['\"”’)]*\s+[\"“‘(]?[A-Z]")  # (also after a quoted title: '"Instinct". London')


def has_sentence_break(line: str) -> bool:
    """Whether a line holds the end of one sentence and the start of another (not an abbreviation,
    an initial or a numbered locator followed by a capital)."""
    for match in _BREAK.finditer(line):
        word, stop = match.group(1), match.group(2)
        if stop != ".":
            return True
        if len(word) == 1 or word.lower() in _ABBREVIATIONS or re.fullmatch(r"[IVXLCDM]+|\d+", word):
            continue
        return True
    return False


_EDITION_STATEMENT = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|new|revised|\d+(?:st|nd|rd|th))\s+"
                                r"(?:edition|ed\.|impression|printing)[.,]?\s+", re.IGNORECASE)
DATED_TITLE = re.compile(r"(?P<t>[A-Z][^\d()\n]{2,120}?)\s*\((?:1[4-9]\d\d|20\d\d)\)")
_IMPRINT_WORD = re.compile(r"\b(?:Press|Sons|Company|Co\.|Publish\w*|Books|Library|Classics|Edition|ed\.|edited|"
                           r"London|New York|Boston|Oxford|Cambridge|Paris|Chicago|Philadelphia|Edinburgh)\b|&")
_BARE_DATE = re.compile(rf"\d{{1,2}}\s+{MONTHS}\.?\s+\d{{4}}|{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}")
_TEACHER = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'’\-]+|Professor\s+[A-Z][\w'’\-]+")


# a dictionary's citation line over its quotation (Wiktionary's quote templates): "1791, James Boswell,
# The Life of Samuel Johnson, LL.D. […], …, page 15:", "1847 December, Ellis Bell [pseudonym; Emily
# Brontë], chapter XVII, in Wuthering Heights. A Novel, […], page 16:"
_DATED_CITATION = re.compile(rf"^\s*(?:c\.\s*)?(?P<year>1[0-9]\d\d|20\d\d)(?:\s+{MONTHS}(?:\s+\d{{1,2}})?)?(?:\s*\[\d{{4}}\])?"
                             rf"\s*,\s*\[?(?P<author>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|von|van))*)\]?"
                             r"(?:\s*\[[^\]\n]{0,80}\])?\s*,\s*(?P<rest>[^\n]*)$")
_CITED_PART = re.compile(r"[“\"](?P<t>[^”\"\n]{2,120})[”\"]")
_CITED_IN = re.compile(r"(?:^|,\s*)in\s+(?P<t>[^,\[\n]{2,150})")
_CITED_PAGE = re.compile(r"\bpages?\s+(?P<page>\d{1,4})\b")


def dated_citation(line: str) -> Claim | None:
    """The claim of a dictionary's dated citation line (Wiktionary's "1876, Mark Twain, chapter VIII,
    in *The Adventures of Tom Sawyer*, …, page 78:"): the author, the work (a play named in quotes
    before the collection that prints it is the work) and the page."""
    match = _DATED_CITATION.match(line) if line.rstrip().endswith(":") else None
    if match is None or not looks_like_person(match.group("author")):
        return None
    rest = match.group("rest")
    found = _CITED_PART.match(rest) or _CITED_IN.search(rest)
    title = found.group("t") if found else re.split(r",|\[", rest, maxsplit=1)[0]
    title = re.split(r"\.\s+(?=[A-Z])", title, maxsplit=1)[0]  # "Wuthering Heights. A Novel"
    page = _CITED_PAGE.search(rest)
    return Claim(author=match.group("author"), title=tidy_title(title) or title.strip() or None,
                 year=match.group("year"), page=page.group("page") if page else None)


# a bibliography entry used as a header: "Paine, Thomas. Common Sense; … Philadelphia: R. Bell, 1776. Pp. 17-22."
_BIBLIOGRAPHY_ENTRY = re.compile(r"^(?P<surname>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s+(?P<given>(?:[A-Z]\.\s?)+[A-Z]|[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){0,2})"
                                 r"\.\s+(?P<title>[A-Z\"“][^.?!\n]{2,150}[.?!]?)\.\s+(?P<rest>[^\n]*\b(?:1[4-9]\d\d|20\d\d)\b[^\n]*)$")
# the author-date form: "Mill, John Stuart (1869): The Subjection of Women. London: …", "Engels, F.
# (1902 [1884]). The Origin of the Family. …"
_AUTHOR_DATE_ENTRY = re.compile(
    r"^(?P<surname>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s+(?P<given>(?:[A-Z]\.\s?)+|[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){0,2})"
    r"\s*\((?P<year>1[4-9]\d\d|20\d\d)[a-z]?(?:\s*\[\d{4}\])?\)[.:]?\s+(?P<title>[A-Z\"“][^.?!\n(]{2,150}[.?!]?)(?:\.\s+(?P<rest>[^\n]*)|\.?$)")
# the Vancouver form medical journals use: "Montaigne M de. Of the resemblance of children to their
# fathers. In: Hazlitt WC, editor. Essays of Michel de Montaigne. Cotton C, translator. London: Reeves
# and Turner; 1877. p. 521–66."
_VANCOUVER_ENTRY = re.compile(
    r"^(?P<surname>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?P<given>[A-Z]{1,3}(?:\s+(?:de|van|von|da|di))?)\.\s+"
    r"(?P<title>[A-Z\"“][^.?!\n]{2,200}[.?!]?)\.\s+(?P<rest>[^\n]*;\s*(?P<year>1[4-9]\d\d|20\d\d)\b[^\n]*)$")
_VANCOUVER_TRANSLATOR = re.compile(r"(?:^|\.\s+)(?P<v>[A-Z][\w'’\-]+\s+[A-Z]{1,3})(?:,\s*[A-Z][\w'’\-]+\s+[A-Z]{1,3})*,\s+translators?\.")
# "Trans. Thomas Common", and as other languages write it: "Übers. von", "trad.", "traduit par", "traducción de"
_ENTRY_TRANSLATOR = re.compile(r"(?:^|\.\s+|,\s+)(?:Trans\.|Translated by|Tr\.|Übers\.(?:\s+von)?|Übersetzt von|[Tt]rad\.|"
                               r"[Tt]raduit par|[Tt]raducción de|[Tt]radotto da|[Tt]raduzione di)"
                               r"\s+(?P<v>(?:[A-Z]\.\s?)*[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){0,3})")
_ENTRY_PAGES = re.compile(r"\b(?i:" + PAGE_ABBREVIATION + r")\.\s*(?P<p>\d{1,4})\b")


def bibliography_entry_parts(line: str) -> list[str] | None:
    """A one-line bibliography entry ("Nietzsche, Friedrich. Thus Spake Zarathustra. Trans. Thomas
    Common. Edinburgh: T. N. Foulis, 1909. Pp. 54-56.", or in the author-date form "Mill, John
    Stuart (1869): The Subjection of Women. London: …, S. 19–22.") as the header lines it stands for: the title,
    "by" its author, the translator, the imprint and the first page."""
    match = _BIBLIOGRAPHY_ENTRY.match(line.strip()) or _AUTHOR_DATE_ENTRY.match(line.strip())
    if match is None:
        return _vancouver_parts(line.strip())
    given = match.group("given").strip()
    given += "." if given[-2:-1] in ("", " ", ".") and not given.endswith(".") else ""  # "T. S" -> "T. S."
    author, title = f"{given} {match.group('surname')}", match.group("title").strip(" .\"“”")
    if not looks_like_person(author) or not (_title_case(title) or len(title.split()) == 1):
        return None  # ("Smith, Jones. The meeting ran late. ...": prose)
    rest = match.group("rest") or ""
    parts = [title, f"by {author}"]
    translator = _ENTRY_TRANSLATOR.search(rest)
    if translator:
        parts.append(f"translated by {translator.group('v')}")
    parts.append(match.group("year") if "year" in match.re.groupindex else _YEAR.search(rest).group(1))
    pages = _ENTRY_PAGES.search(rest)
    if pages:
        parts.append(f"p. {pages.group('p')}")
    return parts


def _vancouver_parts(line: str) -> list[str] | None:
    """A reference in the Vancouver form ("Bacon F. Of regiment of health. In: The essays or counsels,
    civil and moral. London: J. M. Dent; 1906. p. 89–90.") as header lines: the title (an essay's,
    before the book that holds it), "by" the author with the initials before the surname, the
    translator, the year and the first page."""
    match = _VANCOUVER_ENTRY.match(line)
    if match is None:
        return None
    given = match.group("given").split()
    author = " ".join([". ".join(given[0]) + "."] + given[1:] + [match.group("surname")])  # "M. de Montaigne"
    parts = [match.group("title").strip(" .\"“”"), f"by {author}"]
    translator = _VANCOUVER_TRANSLATOR.search(match.group("rest"))
    if translator:
        surname, initials = translator.group("v").rsplit(" ", 1)
        parts.append(f"translated by {'. '.join(initials)}. {surname}")
    parts.append(match.group("year"))
    pages = _ENTRY_PAGES.search(match.group("rest"))
    if pages:
        parts.append(f"p. {pages.group('p')}")
    return parts


def citation_parts(line: str) -> list[str]:
    """A bibliographic citation written as sentences on one line ("The Tâo Teh King, translated by
    James Legge. The Sacred Books of the East, vol. XXXIX, Clarendon Press, Oxford 1891.") as the
    header lines it joins, when every part reads as one (a bibliography entry always does); otherwise the
    line itself."""
    entry = bibliography_entry_parts(line)
    if entry is not None:
        return entry
    if len(line) > 400 or not has_sentence_break(line) or _SPEAKER_TURN.match(line) or _REFERENCE.match(line):
        return [line]  # (a speaker's turn in a transcript, "PRIYA: ...", or a reference-list entry)
    parts, start = [], 0
    for match in _BREAK.finditer(line):
        word, stop = match.group(1), match.group(2)
        if stop == "." and (len(word) == 1 or word.lower() in _ABBREVIATIONS or re.fullmatch(r"[IVXLCDM]+|\d+", word)) \
                and not re.match(r"\s*(?:Translated|Trans\.|Edited|Ed\.)\s", line[match.end(2):]):
            continue  # ("ch. 12. Translated by ...": a new part all the same)
        parts.append(line[start:match.end(2)].strip())
        start = match.end() - 1 - (1 if line[match.end() - 2] in "\"“‘(" else 0)
    parts.append(line[start:].strip())
    parts = [piece for part in parts if part.strip(" .") for piece in _author_and_maker(part.rstrip(".").strip())]
    kinds = [classify_header_line(part) for part in parts]
    if re.match(ITEM_LABEL_LEAD, line) and kinds and kinds[0] and kinds[0][0] in STRONG_KINDS:
        return parts[:1]  # "Extract A — from …, by Arthur Conan Doyle. Dr Watson and Holmes are waiting …": the scene is a note
    if len(parts) < 2 or len(parts) > 8 or not all(kinds) or not any(k[0] in STRONG_KINDS for k in kinds) \
            or kinds[0][0] not in ("title", "citation", "by", "from") or any(len(p.split()) > 16 for p in parts):
        return [line]
    claim = claim_from_header(parts)  # (a printer's imprint, "Printed by ... Published by ...", names no maker)
    return parts if claim is not None and (claim.author or claim.translator) and claim.title else [line]


_SPEAKER_TURN = re.compile(r"^[A-Z][A-Z .'’\-]{1,40}:\s")


# A locator inside a work: "Chapter IV. Observations on ...", "Book I, Chapter II", "Part the First"
_NUMBER_WORD = r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)"
_ITEM_LABEL = re.compile(r"^(?:ITEM|Item|EXTRACT|Extract|EXCERPT|Excerpt|EXHIBIT|Exhibit|DOCUMENT|Document|READING|"
                         rf"Reading|TEXT|Text|PASSAGE|Passage|SOURCE|Source)\s+(?:No\.\s*)?(?:[\dIVXLC]{{1,4}}|[A-Z]\d{{0,2}}|\d{{1,3}}[a-z]|"
                         rf"{_NUMBER_WORD})[.:]?$")  # ("Reading A1", "Source 3b")
_LOCATOR = re.compile(r"^(?:Chapter|Chap\.|Ch\.|Book|Bk\.|Part|Section|Sect\.|§|Letter|Lecture|Canto|Volume|Vol\.|"
                      r"vol\.|ch\.|chap\.|bk\.|pt\.|sect\.|"  # ("vol. I, ch. 16 (Edward comes to Barton)")
                      r"Article|Essay|Act|Scene|Stave|Discourse|Sermon)\s+(?:[IVXLC]+\b|\d+|the\s+\w+|[A-Z][a-z]+\b)"
                      # a chapter-and-verse reference on its own line: "Romans 13:1-4", "1 Corinthians 13:4"
                      r"|^(?:[1-3]\s?)?[A-Z][a-z]+\.?\s+\d{1,3}:\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")
_QUOTED_LINE = re.compile(r"^[\"“](?P<t>[^\"“”]{2,200})[\"”]$")
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "as", "but", "is",
          "its", "into", "upon", "which", "that", "be", "are", "was", "must", "not"}
# "John Locke, Second Treatise of Government (1690), ch. V": author and title on one line
RULE_LINE = re.compile(r"[ \t]*(?:-{3,}|={3,}|_{3,}|~{3,}|(?:\*[ \t]*){3,})[ \t]*")
_CITATION_LINE = re.compile(r"^(?P<a>[^,()\n]{3,60}),\s+(?P<t>[A-Z\"“‘'][^\n]{2,220})$")
# a book's imprint in parentheses: "(London: Parker, Son, and Bourn, 1861)" (a long citation line holds one)
_IMPRINT = re.compile(r"\([^()\n]{0,40}:[^()\n]{2,60}\b1[5-9]\d\d\)|\([^()\n]{2,60},\s*1[5-9]\d\d\)")
# the page's label of an excerpt before its source: "Excerpt 1 - ", "Reading B: "
ITEM_LABEL_LEAD = (r"(?i:excerpt|extract|passage|reading|source|text|document|exhibit|item|card)\s+(?:No\.\s*)?"
                   r"(?:\d{1,3}|[A-Z]|[IVXLC]{1,4})\s*[-–—:.]\s+")
# what may stand before a citation line: its number in a list or a thread ("4.", "2/"), a symbol
# ("📖", "•", "→"; a dash makes a credit line, not a header), a label ("Excerpt 1 -") and "From"
_CITATION_LEAD = re.compile(rf"^(?:\d{{1,3}}\s?[.)/]\s+)?(?:[^\w\s\"“‘'(\[*_\-–—―]{{1,3}}\s+)?(?:{ITEM_LABEL_LEAD})?"
                            r"(?:From\s+(?=[A-Z]))?")
# a title's translator or editor after it: "History of the Peloponnesian War, translated by Richard Crawley"
_TITLE_MAKER = re.compile(r",\s*(?:translated|trans\.|tr\.|transl\.|edited|ed\.)\s+(?:by\s+)?(?P<v>[A-Z][^,()\n]{2,60})")


def _title_case(line: str) -> bool:
    """A line of a title: every significant word capitalised (a long title or subtitle)."""
    words = [w.strip("\"“”‘’'(),:;") for w in line.split()]
    significant = [w for w in words if w and w.lower() not in _SMALL]
    return len(significant) >= 2 and sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit()) \
        >= 0.85 * len(significant)


# a title line with its description: "The Odyssey, rendered into English prose for the use of ..."
_DESCRIBED_TITLE = re.compile(r"^(?P<t>[A-Z][\w'’\-]*(?:\s+(?:of|the|and|[A-Z][\w'’\-]*)){0,6}),\s+"
                              r"(?:rendered|translated|done|newly|freely|literally|put)\s+into\b")


def _imprinted_citation(line: str) -> str | None:
    """A citation in the European (and Chicago note) manner, without its numbering or lead: a person,
    a title, then the imprint with its year ("N. Machiavelli, Discourses on the First Decade of Titus
    Livius, transl. by …, London, Kegan Paul, 1883, Book I, ch. IV, pp. 22-24.")."""
    unnumbered = _CITATION_LEAD.sub("", line)
    citation = _CITATION_LINE.match(unnumbered)
    if citation and _IMPRINT_AFTER_TITLE.match(citation.group("t")) and looks_like_person(citation.group("a").strip()) \
            and not _FIRM.search(citation.group("a")):
        return unnumbered
    return None


_FIRM = re.compile(r"&|\b(?:Sons?|Co|Company|Press|Publishers?|Books|Verlag|Éditions|Editores)\b")  # "P. F. Collier & Son"


def classify_header_line(line: str) -> tuple[str, str] | None:
    """Name the kind of bibliographic line (``by``, ``translator``, ``publisher``, ...) or None.

    ``byline`` and ``compiler`` are the page's own credit and date lines; a block that holds
    one of them is the page's title block, not a source header.
    """
    line = strip_emphasis(line)
    labelled = re.match(ITEM_LABEL_LEAD, line)
    if labelled and labelled.end() < len(line):
        line = line[labelled.end():]  # "Extract A — from ‘The Adventure of the Speckled Band’, ...": the source after its label
    writing_as = _WRITING_AS.match(line)
    if writing_as and looks_like_person(writing_as.group("v")):
        return "by", writing_as.group("v")  # "[James Madison], writing as Publius": the author behind the pen name
    dated_name = re.fullmatch(r"\[?(?P<n>[A-Z][^,\[\]\n]{2,40}?)\]?,\s*(?:[a-z][^,\n]{0,40},\s*)?(?:c\.\s*)?1[5-9]\d\d", line)
    if dated_name and looks_like_person(dated_name.group("n")):
        # "Adam Smith, 1776", "[Thomas Robert Malthus], published anonymously, 1798": the author and the year
        return "by", dated_name.group("n")
    # ("N. Machiavelli, Discourses on …, transl. by …, London, 1883, pp. 22-24.": long, and a citation)
    imprinted = _imprinted_citation(line) if line and len(line) <= 240 and not line.startswith(("{", "[", "(")) else None
    if not line or (len(line) > 160 and not (len(line) <= 240 and _IMPRINT.search(line))) \
            or ANY_PAGE_ANCHOR.search(line) or line.startswith(("{", "[", "(")):
        return ("citation", imprinted) if imprinted else None
    if imprinted:
        return "citation", imprinted
    edition = _EDITION_STATEMENT.match(line)
    if edition and edition.end() < len(line):
        return classify_header_line(line[edition.end():])  # "Third edition. London: Longmans, 1865"
    field = _as_field(line)
    if field is not None:
        # "Edition:   The Writings of Thomas Paine, ed. M. D. Conway,": a field of a header, read as its value
        return (classify_header_line(field) if field else None) or ("field", line)
    if _BYLINE.match(line):
        return "byline", line
    if _BARE_DATE.fullmatch(line.strip(" .")) and int(line.strip(" .")[-4:]) >= 1990:
        return "compiler", line  # "Jan 28, 2024" alone under a byline: the day the page was posted
    if _PAGE_FIELD.match(line) or _LETTERHEAD.match(line) or _NAVIGATION.search(line) or HANDLE_LINE.match(line):
        return "compiler", line
    if (_COMPILER_LINE.match(line) and not re.search(r"\b(?:edited|translated)\s+by\b", line, re.IGNORECASE)) \
            or _PAGE_DATE.search(line) or _POST_META.search(line) or _WEEKDAY_DATE.search(line) \
            or _FORUM_PROFILE.match(line):
        return "compiler", line
    for kind, pattern in (("by", _BY), ("by", _IN_COLLECTION_BY), ("translator", _TRANSLATED), ("translator", _TRANSLATED_BRIEFLY), ("editor", _EDITED),
                          ("editor", _EDITORIAL_CREDIT), ("written", _WRITTEN), ("from", _FROM)):
        match = pattern.match(line)
        if match:
            value = match.group("v").strip().rstrip(".")
            if kind == "by":
                value = re.sub(r",\s*(?:c\.\s*)?1[5-9]\d\d$", "", value)  # "by Mark Twain, 1884"
            return kind, _POSTNOMINALS.sub("", value) or value
    described = _DESCRIBED_TITLE.match(line)
    if described:
        return "title", described.group("t")  # "The Odyssey, rendered into English prose for the use of ..."
    same = _SAME_SOURCE.match(line)
    if same:
        return "same", same.group("rest")  # (a chapter title after it may hold a "?")
    if _VERSE_HEADER.search(line):
        return "title", line  # "1. Leviticus 19:9–10 · pew Chumash p. 694": a reading named by its verses
    n_words = len(line.split())
    volume = re.search(r"(?<=\d{4})\.\s+(?:Vol|Volume|Book|Part)\.?\s+(?:[IVXLC]+|\d+)\.?$", line)
    if volume:
        line = line[:volume.start()]  # "Oxford University Press, 1933. Vol. II.": the volume after the imprint
    if (n_words > 30 and not (n_words <= 45 and _IMPRINT.search(line))) or has_sentence_break(line):
        return None  # (a long title with its imprint is still a citation: "A Modest Proposal for ... (Dublin, 1729)")
    unnumbered = _in_lower_case(_CITATION_LEAD.sub("", line))  # (a numbered list of sources: "4. Hobbes, …", "2/ 📖 Mill, …")
    citation = _CITATION_LINE.match(unnumbered)
    if citation and re.fullmatch(r"\S+ (?:and|&) \S+", citation.group("a").strip()):
        citation = None  # "War and Peace, Book IV": a title of two words and a place in it, not a name
    if citation and looks_like_person(citation.group("a")) and tidy_title(citation.group("t")) \
            and not _YEAR.search(re.sub(r"\([^()]*\)", "", citation.group("t"))):
        # (a year outside parentheses makes it a publisher's line: "Ticknor and Fields, Boston 1867")
        return "citation", unnumbered
    if citation and re.fullmatch(r"[A-Z][a-z'’\-]{2,}", citation.group("a").strip()) \
            and citation.group("a").strip() not in _NOT_NAME_WORDS and not _LOCATOR.match(citation.group("t")) \
            and not _YEAR.search(re.sub(r"\([^()]*\)", "", citation.group("t"))) \
            and tidy_title(citation.group("t")) not in (None, citation.group("t").strip()) \
            and _TITLE_LOCATOR.search(citation.group("t")):
        return "citation", unnumbered  # "Epictetus, Discourses, book I, chapter 29": one name, a work, a place in it
    if citation and looks_like_person(citation.group("a")) and _LOCATOR.match(citation.group("t")):
        return "citation", unnumbered  # "Samuel Butler, Book IX": the author (or translator) and a place in the work
    if is_work_name(re.sub(r"\s*\([^()]*\)\s*$", "", line)):
        return "title", re.sub(r"\s*\([^()]*\)\s*$", "", line)  # "World English Bible (2020 stable text)"
    dated = DATED_TITLE.fullmatch(line)
    if dated and not _IMPRINT_WORD.search(dated.group("t")):
        return "title", dated.group("t")  # "Rights of Man, Part the First (1791)": a title with its year
    year = _YEAR.search(line)
    if year and (n_words <= 14 or (n_words <= 20 and (re.search(r"\([^()]*\d{4}[^()]*\)", line) or line.count(",") >= 2))):
        return "publisher", year.group(1)
    if _LOCATOR.match(line) or _ITEM_LABEL.match(line):
        return "locator", line  # ("ITEM 1", "Extract 3": the page's numbering of its excerpts)
    page = _PAGE_LINE.match(line)
    if page:
        return "page", page.group("p")
    quoted = _QUOTED_LINE.match(_TRAILING_NOTE.sub("", line))  # ("“Of Cruelty” (Book II, chapter 11)")
    if quoted:
        if not _SENTENCE_END.search(quoted.group("t")) \
                and (len(quoted.group("t").split()) <= 6 or _title_case(quoted.group("t"))):
            return "title", quoted.group("t").strip()
        return None  # a sentence in quotation marks is a quotation: "The thing in the world I am most afraid of is fear"
    if line[0].isupper() and (not _SENTENCE_END.search(line) or _ABBREVIATION_END.search(line)) \
            and (n_words <= 14 or _title_case(line)):
        return "title", line
    numbered_name = re.fullmatch(r"\d{1,3}[.)]\s+([A-Z][^a-z\d]{3,40})", line)
    if numbered_name and looks_like_person(_name_form(numbered_name.group(1))):
        return "title", numbered_name.group(1)  # "1. ADAM SMITH": a numbered source's author, over its title
    return None


def _without_maker(title: str) -> tuple[str, str | None]:
    """A title without its translator or editor after it, and the translator
    ("History of the Peloponnesian War, translated by Richard Crawley" -> the title, "Richard Crawley")."""
    maker = _TITLE_MAKER.search(title)
    if maker is None:
        return title, None
    translator = maker.group("v").strip() if re.match(r"trans|tr\.", maker.group().lstrip(", "), re.IGNORECASE) else None
    return (title[:maker.start()] if maker.start() > 0 else title), translator


def _in_lower_case(line: str) -> str:
    """A citation whose author and title are set in capitals, as they are written otherwise
    ("JOHN LOCKE, SECOND TREATISE OF GOVERNMENT, ch. II" -> "John Locke, Second Treatise of Government, ch. II")."""
    parts = line.split(", ")
    if len(parts) < 2 or not (parts[0].isupper() and parts[1].isupper() and " " in parts[0].strip()
                              and " " in parts[1].strip()):
        return line  # ("HALVERSEN MARINE SUPPLY, INC.": a party's name, no citation)
    for k, part in enumerate(parts):
        if not part.isupper():
            break
        words = part.split(" ")
        parts[k] = " ".join(w.lower() if i and w.lower() in _SMALL else w.capitalize() for i, w in enumerate(words))
    return ", ".join(parts)


def _name_form(value: str) -> str:
    """A name written in capitals as a name is written (``ADAM SMITH`` -> ``Adam Smith``)."""
    return value.title() if value.isupper() and " " in value.strip() else value


STRONG_KINDS = {"by", "translator", "editor", "publisher", "written", "from", "citation"}
PAGE_KINDS = {"byline", "compiler"}


def is_post_header(line: str) -> bool:
    """A forum post's or comment's header line: "**u/fitzwilliam_d** · 97 points · 3y ago"."""
    return bool(_POST_META.search(strip_emphasis(line)))


LONG_TITLE = re.compile(r"[A-Z][^\n.!?;:]{100,400}")


def is_tolerable_line(line: str) -> bool:
    """An unknown line that may sit inside a header block: short, and not a sentence of prose (a
    remark in parentheses at its end aside: "in American Voices, pp. 213–217 (yes, he is Irish; ...)")."""
    line = re.sub(r"(?<=\S)\s*\([^()\n]{1,160}\)$", "", line.strip())
    if re.match(r"^[a-z][^.!?]*\bby\s+[A-Z]", line):
        return True  # "abridged and edited by ...", "with a preface by ..."
    if LONG_TITLE.fullmatch(line) and not has_sentence_break(line):
        return True  # "A Modest Proposal for preventing the Children of Poor People in Ireland from ..."
    return (0 < len(line) <= 100 and len(line.split()) <= 16 and not has_sentence_break(line)
            and not line.endswith((".", "!", "?", ";", ":")))


# Where a work is cited with a locator or a publication note, the title is what comes before it:
# "Utilitarianism, ch. II, "What Utilitarianism Is" (Fraser's Magazine, 1861)", "Rights of Man, Part the
# First", "A Discourse on the Origin of Inequality, Second Part", "Leviathan ch. 13", "Encheiridion* 1".
_LOCATOR_WORDS = r"(?:chapter|chap|ch|section|sect|sec|§|part|pt|book|bk|canto|letter|lecture|stave|article|art|scene|act|volume|vol|surah?)"
_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
_TITLE_LOCATOR = re.compile(
    rf"(?:,\s*(?:{_LOCATOR_WORDS}(?:\.\s*|\s+)(?:(?-i:[IVXLC]+)\b|\d+|the\s+\w+|(?-i:[A-Z][a-z]+))|"
    rf"{_ORDINALS}\s+(?:part|book|volume)\b)"
    rf"|\s+(?:{_LOCATOR_WORDS}(?:\.\s*|\s+)(?:(?-i:[IVXLC]+)|\d+)(?:\.\d+)*\b)"
    rf"|[*_]+\s+(?:(?-i:[IVXLC]+)|\d+)(?:\.\d+)*\b"
    rf"|,\s*(?-i:[IVXLC]+)\.?$"
    # "Two Treatises of Government: The Second Treatise, ...": after the colon, a part of the work
    rf"|:\s+(?:the\s+)?{_ORDINALS}\s+[a-z]+\b)[^\n]*$",
    re.IGNORECASE)
# "p. 21", "same edition, p. 21": the page of the excerpt below, on a line of the header
_PAGE_LINE = re.compile(r"^(?:(?:the\s+)?(?:same|this|that)\s+(?:edition|ed\.|volume|vol\.|book|translation|text)\s*,\s*)?"
                        + PAGE_ABBREVIATION + r"\.\s*(?P<p>\d{1,4})(?:\s*[-–]\s*\d{1,4})?\.?$", re.IGNORECASE)
# "Same edition, chapter XIII", "same translation, p. 40": a header that points back to the last source
_SAME_SOURCE = re.compile(r"^(?:the\s+)?same\s+(?:edition|ed\.|translation|text|book|volume|vol\.|source|work|essay|play|poem|novel|sermon|speech|letter|chapter|collection|author)"
                          r"(?:\s+and\s+\w+)?(?:\s+as\s+[^\n,;:]{1,40})?\s*"  # "same work and edition as Item 1"
                          r"(?:[,:;]\s*(?P<rest>[^\n]{0,140}))?$", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*\((?=[^()]*\d)[^()]*\)\s*$")
# the work's year in parentheses and the collection that reprints it: "Reflections on the Revolution in
# France (1790), in The Works of …", "Resistance to Civil Government (1849), reprinted as …"
_YEAR_AND_COLLECTION = re.compile(r"\s*\((?:c\.\s*)?1[4-9]\d\d\)\s*[,;]\s*(?:in|reprinted|repr\.|collected)\b.*$")
# the act and scene after a play's title: "King Lear V.ii", "Macbeth II.ii.36"
_ACT_AND_SCENE = re.compile(r"(?<=[a-z])\s+(?-i:[IVX]+)\.(?-i:[ivx]+)(?:\.\d+(?:[-–]\d+)?)?$")
# the imprint and pages a citation in the European (and Chicago note) manner writes after its title:
# ", London, Kegan Paul, 1883", ", pp. 22-24.", ", S. 19"
_TRAILING_IMPRINT = re.compile(r"(?:,\s*[A-Z][^,()\d]{0,30}?){1,4},\s*1[4-9]\d\d\.?$|"
                               r",?\s*(?i:" + PAGE_ABBREVIATION + r")\.\s*[\dxivlc]+(?:\s*(?:[-–]|f\.|ff\.|sq\.)\s*\w*)?\.?$")
# a title of two words or more, then its imprint with a year: "Discourses on the First Decade of Titus
# Livius, transl. by Ninian Hill Thomson, London, Kegan Paul, Trench & Co., 1883, Book I, pp. 22-24."
_IMPRINT_AFTER_TITLE = re.compile(r"[A-Z][^,()\d\n]{2,120}\s[^,()\d\n]{2,120},\s[^\n]*\b1[4-9]\d\d\b")
# "Thoughts VI.21", "Encheiridion 5": a work cited with a place in it (book.section, or a section number)
_NUMBERED_WORKS = r"(?<!Number)(?<!Psalm)(?<!Sonnet)(?<!Letter)(?<!Essay)(?<!Paper)(?<!Epistle)(?<!Satire)(?<!Ode)"
_TRAILING_PLACE = re.compile(rf"(?<=[a-z]){_NUMBERED_WORKS}\s+(?:(?-i:[IVXLC]+)[.:]\d+(?:[.:]\d+)*|\d{{1,3}}(?:[.:]\d+)*)$")
# "Charles Darwin, M.A., F.R.S.": degrees and honours after a name are not part of it
_POSTNOMINALS = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]?\.\s?){1,4}[A-Z][A-Za-z]?\.?)+\s*$")


_BOOK_AND_VERSES = re.compile(r"^(?P<book>(?:[1-3]\s)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+)?)\s+\d{1,3}:\d{1,3}\b[\d:,\-–\s]*"
                              r"(?:(?:and|&)\s[\d:,\-–\s]+)*$")


def tidy_title(title: str | None) -> str | None:
    """A title without the locator, year or publication note that follow it in a citation."""
    if not title:
        return title
    title = title.strip()
    emphasised = re.match(r"^(\*\*|__|\*|_)([^*_\n]+?)\1(?![\w*_])", title)
    if emphasised:
        title = emphasised.group(2)
    part = re.match(r"^[\"“‘]([^\"“”‘’\n]{2,120})[\"”’]\s*[,(]", title)
    if part:
        title = part.group(1)  # '"Of Fear" (Essays, Book I)': the essay, not its book with the quotation mark
    title = re.sub(r",?\s*(?:\((?:again|cont(?:inued|\.)?)\)|(?:again|cont(?:inued|\.)?))$", "", title,
                   flags=re.IGNORECASE)  # "SENSE AND SENSIBILITY, again", "Walden (continued)"
    for _ in range(4):
        before = title
        title = _TRAILING_IMPRINT.sub("", _TRAILING_NOTE.sub("", _YEAR_AND_COLLECTION.sub("", title)))
        title = _ACT_AND_SCENE.sub("", title)
        cut = _TITLE_LOCATOR.search(title)
        if cut and cut.start() > 0:
            title = title[:cut.start()]
        title = title.strip(" ,;:*_")
        if title == before:
            break
    quoted = _QUOTED_LINE.match(title)
    if quoted:
        title = quoted.group("t")
    verses = _BOOK_AND_VERSES.match(title)
    if verses:
        title = verses.group("book")  # "Jonah 1:1-4, 1:17 and 2:1-10": the book
    return title.strip(" ,;:*_\"“”‘’") or None


def _person_value(value: str) -> str | None:
    """A header line that names a person: ``Mary Wollstonecraft``, ``Publius (James Madison)``."""
    if looks_like_person(value):
        return value
    match = re.fullmatch(r"[^()]{2,40}\(([^()]{3,60})\)", value.strip())
    if match and looks_like_person(match.group(1)):
        return match.group(1).strip()
    return None


# An infobox or catalogue record: a label line ("Author", "Publication date:") over its value line
_INFOBOX_LABELS = {
    "author": "by {}", "authors": "by {}", "written by": "by {}", "translator": "Translated by {}",
    "translated by": "Translated by {}", "editor": "Edited by {}", "publisher": None, "publication date": "Published {}",
    "published": "Published {}", "first published": "First published {}", "date": "Published {}",
    "country": None, "language": None, "subject": None, "genre": None, "pages": None, "isbn": None,
    "media type": None, "series": None, "set in": None, "oclc": None, "text": None, "original title": None,
    "translation": "Translated by {}", "essay": "{}", "play": "{}", "poem": "{}", "work": "{}", "title": "{}",
    "edition": "{}", "format": None, "introduction": None, "binding": None, "price": None,
}


def is_infobox_label(line: str) -> bool:
    """A label line of an infobox: ``Author``, ``Publication date:``."""
    return line.strip().rstrip(":").strip().lower() in _INFOBOX_LABELS


# "Author:    Adam Smith", "Source: An Inquiry into ...": a header written as labelled fields
_LABELLED_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,20}?)[ \t]*:[ \t]+(?P<v>\S[^\n]*)$")
_FIELD_FORMS = {**_INFOBOX_LABELS, "source": "{}", "book": "{}", "location": "{}", "page": "p. {}",
                "pages": "pp. {}", "year": "Published {}"}


_PLACE_IN_WORK = re.compile(r"\d|\b(?:ch|chap|chapter|book|bk|part|pp?|page|section|sect|paragraph|para|verse|line|act|"
                            r"scene|canto|stanza|letter|vol|volume|end|beginning|opening|close)\b", re.IGNORECASE)


def _as_field(line: str) -> str | None:
    """A labelled header line as the header line it stands for ("Author: Adam Smith" -> "by Adam
    Smith"; "" for a label that names no field of a claim), or None if it is no such line.  A
    location is a field only when it is a place in a work ("Location: Leeds" is a forum profile's)."""
    labelled = _LABELLED_LINE.match(line.strip())
    label = labelled.group("label").strip().lower() if labelled else None
    if label not in _FIELD_FORMS or (label == "location" and not _PLACE_IN_WORK.search(labelled.group("v"))):
        return None
    form = _FIELD_FORMS[label]
    return form.format(labelled.group("v").strip()) if form else ""


def _infobox_lines(lines: list[str]) -> list[str]:
    """Label and value lines of an infobox read as header lines: ``Author`` / ``John Stuart Mill``
    (or ``Author: John Stuart Mill`` on one line) is ``by John Stuart Mill``; labels that describe
    no field of a claim are dropped with their value."""
    fields = [_as_field(line) for line in lines]
    if sum(1 for f in fields if f is not None) >= 2:
        lines = [line if field is None else field for line, field in zip(lines, fields) if field != ""]
    if sum(1 for line in lines if is_infobox_label(line)) < 2:
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        label = lines[k].strip().rstrip(":").strip().lower()
        if label in _INFOBOX_LABELS and k + 1 < len(lines) and not is_infobox_label(lines[k + 1]):
            form = _INFOBOX_LABELS[label]
            value = lines[k + 1].strip()
            if form == "{}" and label != "edition":
                value = tidy_title(value) or value  # "“Of Cruelty” (Book II, chapter 11)": the work
            if form:
                out.append(form.format(value))
            k += 2
            continue
        if not (label in _INFOBOX_LABELS and k + 1 == len(lines)):  # (a last label whose value is not here)
            out.append(lines[k])
        k += 1
    return out


_DATED_WORK = re.compile(
    rf"^(?P<t>[A-Z][\w'’\-]*(?:\s+(?:of|the|at|on|to|in|[A-Z][\w'’\-]*)){{0,6}}\s+"
    rf"(?:Address|Speech|Oration|Sermon|Lecture|Letter|Message|Proclamation|Debate|Remarks|Eulogy))\s*,\s*"
    rf"(?:{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\.?\s+\d{{4}})\b")


_AUTHOR_THEN_MAKER = re.compile(r"^(?P<a>[A-Z][^,()\n]{1,60})(?:\s*\([^()\n]{1,40}\))?,\s+"  # ("Lao-tze (Laozi), ...")
                                r"(?P<m>(?:translated|transl?\.|tr\.|edited|ed\.)\s+(?:by\s+)?[A-Z][^\n]+)$")


# a reading named by its book, chapter and verse, alone on its line or after a label set off by spaces
_VERSE_HEADER = re.compile(r"(?:^(?:#{1,6}\s+)?(?:\d{1,3}[.)]\s+|[A-Z][\w ]{2,30}:\s+)?|\s{3,})"
                           r"(?:(?P<book>(?:[1-3]\s?)?[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?)\.?\s+(?P<chapter>\d{1,3}):\d{1,3}"
                           r"(?:\s*[-–]\s*\d{1,3}(?::\d{1,3})?)?"
                           r"(?:\s*(?:,|;|and|&)\s*\d{1,3}(?::\d{1,3})?(?:\s*[-–]\s*\d{1,3})?)*|(?i:psalm)\s+(?P<psalm>\d{1,3}))"
                           r"(?:,\s*(?:[A-Z][\w.’']*\s+){0,3}(?:Version|Bible|Translation))?"
                           r"(?:\s*\([^()\n]{1,60}\)|\s+[·•|—–]\s+[^\n]{1,60})?\s*$")
_TITLE_THEN_AUTHOR = re.compile(r"^(?P<t>[A-Z][^,\n]{1,100}),\s+by\s+(?P<a>[A-Z][^,()\n]{2,60}?)\.?$")


def _author_and_maker(line: str) -> list[str]:
    """"Plato, translated by Benjamin Jowett" as the two header lines it joins."""
    match = _AUTHOR_THEN_MAKER.match(line.strip())
    if match is None:
        titled = _TITLE_THEN_AUTHOR.match(line.strip())
        if titled and (looks_like_person(titled.group("a")) or re.fullmatch(r"[A-Z][a-z'’\-]{2,}", titled.group("a"))) \
                and tidy_title(titled.group("t")) == titled.group("t"):
            return [titled.group("t"), "by " + titled.group("a")]  # "Meditations, by Marcus Aurelius Antoninus"
        return [line]
    author = match.group("a").strip()
    maker, imprint = re.match(r"(.*?)\s*(?:\(([^()]*)\))?\s*$", match.group("m")).groups()
    if not (looks_like_person(author) or re.fullmatch(r"[A-Z][a-z'’\-]{2,}", author)) or author in _NOT_NAME_WORDS:
        # "The Tâo Teh King, translated by James Legge": the work and its translator
        return [author, maker] if re.match(r"(?i)transl?\.?|translated", maker) and tidy_title(author) == author else [line]
    return ["by " + author, maker] + ([imprint] if imprint else [])  # "(Oxford, 1888)": the imprint


def is_verse_header(line: str) -> bool:
    """Whether a line names a reading by its book, chapter and verse ("Ecclesiastes 1:4-7, King James
    Version", "PSALM 121 (read responsively)")."""
    return _VERSE_HEADER.search(strip_emphasis(line)) is not None


def header_parts(line: str) -> list[str]:
    """A line of a header as the header lines it joins: a citation written as sentences, an
    author and the translator after the name, a title and "by" its author."""
    return [part for piece in citation_parts(line) for part in _author_and_maker(piece)]


def claim_from_header(lines: list[str]) -> Claim | None:
    """A claim from the lines of a header block, if the block has at least one strong line.

    Unknown short lines are tolerated when a strong line is present; a line of the page's own
    (a byline, a compiler's credit, a date with an update) makes the block no source header.
    A personal name right under the title line is the author.
    """
    fields: dict[str, str] = {}
    strong = False
    # (the compiler's remark in a header line is no part of it: "by Publius {James Madison}")
    lines = _infobox_lines([re.sub(r"\s*\{[^{}\n]*\}", "", strip_emphasis(line)) or line for line in lines
                            if not RULE_LINE.fullmatch(line)])  # (the rules of a boxed header)
    entry = next((parts for line in lines if (parts := bibliography_entry_parts(line))), None)
    # a bibliography entry names the source in full: a section heading over it is the page's own
    lines = entry or [part for line in lines for part in header_parts(line)]
    classified = [classify_header_line(line) for line in lines]
    if any(_PERIODICAL.search(line) for line in lines):
        # "The Sangamon Ledger Vol.88 No.4 January 27, 2013 / by Curtis Abernethy, staff writer": the
        # byline of an article the page quotes, not the page's own
        classified = [("by", _BYLINE_NAME.match(line).group("v")) if found and found[0] == "byline"
                      and _BYLINE_NAME.match(line) else found for line, found in zip(lines, classified)]
    if any(found is not None and found[0] in PAGE_KINDS for found in classified):
        return None
    if len(lines) >= 3 and _BARE_DATE.fullmatch(lines[-1].strip()) and any(_TEACHER.fullmatch(line.strip()) for line in lines):
        return None  # a student's heading: name, teacher, course, date
    if len(lines) >= 2 and classified[0] is None and classified[1] == ("title", lines[1].strip()) \
            and looks_like_person(lines[1].strip()) and LONG_TITLE.fullmatch(lines[0].strip()) \
            and not has_sentence_break(lines[0]):
        classified[0] = ("title", lines[0].strip())  # an eighteenth-century title over its author's name
    known = [found for found in classified if found is not None]
    if not known:
        return None
    for line, found in zip(lines, classified):
        dated = DATED_TITLE.fullmatch(line.strip()) if found is not None and found[0] == "title" else None
        if dated:  # "Rights of Man, Part the First (1791)": a title with the year of its work
            strong = True
            fields.setdefault("year", _YEAR.search(line).group(1))
    for line, found in zip(lines, classified):
        if found is None and not is_tolerable_line(line):
            return None
    # "Second Inaugural Address, March 4, 1865": a dated speech or letter named on one line
    line_of: dict[int, str] = {}
    for k, (line, found) in enumerate(zip(lines, classified)):
        if found is not None and found[0] == "publisher":
            dated = _DATED_WORK.match(line)
            if dated:
                classified[k] = ("dated-title", dated.group("t").strip())
                line_of[id(classified[k])] = line
    previous_kind = None
    same = False  # a line that points back to the source of the header before
    titles = [(i, found[1]) for i, found in enumerate(classified) if found is not None and found[0] == "title"]
    # "Thomas Paine / Common Sense": a name line first and a title that is no name after it
    one_name = len(titles) >= 2 and re.fullmatch(r"[A-Z][a-z'’\-]{2,}", titles[0][1]) is not None \
        and titles[0][1] not in _NOT_NAME_WORDS and tidy_title(titles[1][1]) != titles[1][1] \
        and not author_in_title(titles[1][1])
    if len(titles) >= 2 and titles[0][0] == 0 and titles[1][0] == 1 and \
            (looks_like_person(_name_form(titles[0][1])) or one_name) and not looks_like_person(titles[1][1]):
        fields["author"], fields["title"] = _name_form(titles[0][1]), tidy_title(titles[1][1]) or titles[1][1]
    for header_line, found in zip(lines, classified):
        if found is None:
            previous_kind = None
            continue
        kind, value = found
        if kind == "locator":
            # "Chapter IV", "Book I, Chapter II: ...": where in the work, no field of the claim; a verse
            # reference over a Bible's name ("Ecclesiastes 1:2-9 / World English Bible") makes a header
            strong = strong or bool(re.search(r"\d:\d", value))
            continue
        if kind == "citation":
            citation = _CITATION_LINE.match(value)
            fields.setdefault("author", citation.group("a").strip())
            title = re.split(r"(?<=\))\.\s", citation.group("t"), maxsplit=1)[0]  # ("... (1813). Penguin Classics")
            title, translator = _without_maker(title)
            if translator:
                fields.setdefault("translator", translator)
            if not _LOCATOR.match(title):
                fields.setdefault("title", tidy_title(title))
            year = _YEAR.search(citation.group("t"))
            if year:
                fields.setdefault("year", year.group(1))
            page = PAGE_CITED.search(citation.group("t"))
            if page:
                fields.setdefault("page", page.group(1))  # "…, London, 1883, pp. 22-24."
            strong = True
        if kind == "by":
            editor = re.search(r",\s*(?:edited|translated|ed\.|trans\.)\s.*$", value, re.IGNORECASE)
            if editor:  # "by Charles Darwin, edited by Helena Marsh"
                value = value[:editor.start()]
            if not fields.get("author") or (previous_kind == "title" and not (
                    " " not in value.strip() and looks_like_person(fields["author"]))):
                fields["author"] = value  # (not a one-word "by" after a full name: "Hackett, ed. George Sher")
            strong = True
        elif kind == "translator":
            fields.setdefault("translator", value)
            strong = True
        elif kind in ("publisher", "written"):
            year = _YEAR.search(value)
            if year:
                fields.setdefault("year", year.group(1))
            strong = True
            page = PAGE_CITED.search(header_line) if kind == "publisher" else None
            if page:
                fields.setdefault("page", page.group(1))  # "The Chinese Classics, vol. I (Oxford, 1893), p. 222"
            if kind == "written" and re.fullmatch(r"by\s+(?:himself|herself)", value, re.IGNORECASE) \
                    and fields.get("title"):
                # "Narrative of the Life of Frederick Douglass ... / Written by Himself": the person the title names
                named = re.search(rf"\bof\s+(?:the\s+Life\s+of\s+)?(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})",
                                  fields["title"])
                if named and looks_like_person(named.group("n")):
                    fields.setdefault("author", named.group("n"))
        elif kind == "dated-title":
            fields.setdefault("title", value)
            year = _YEAR.search(line_of[id(found)])
            if year:
                fields.setdefault("year", year.group(1))
            strong = True
        elif kind == "from":
            citation = _CITATION_LINE.match(value)
            if citation and (looks_like_person(citation.group("a")) or re.fullmatch(r"[A-Z][a-z'’\-]{2,}", citation.group("a")))\
                    and tidy_title(citation.group("t")):
                # "from Abraham Lincoln, Complete Works, ed. ..., vol. I, p. 240": the book that prints it
                # ("From Thucydides, History of the Peloponnesian War, translated by Richard Crawley, …")
                title, translator = _without_maker(citation.group("t"))
                if translator:
                    fields.setdefault("translator", translator)
                fields.setdefault("author", citation.group("a").strip())
                fields.setdefault("title", tidy_title(title))
            else:
                by = re.match(rf"(?P<t>.+?),?\s+by\s+(?P<a>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|du|van|von|la|le)){{1,4}})"
                              r"\s*(?:\(|,|$)", value)  # (", by Alexis de Tocqueville, translated by …")
                if by and looks_like_person(by.group("a")):
                    # "From The Autobiography of Benjamin Franklin by Benjamin Franklin (Henry Altemus, 1895)"
                    fields.setdefault("author", by.group("a"))
                    value = by.group("t")
                fields.setdefault("title", tidy_title(value) or value)
            page = PAGE_CITED.search(value)
            if page:
                fields.setdefault("page", page.group(1))
            strong = True
        elif kind == "title" and (verses := _VERSE_HEADER.search(value)):
            # "FIRST READING     Ecclesiastes 1:4-7, King James Version", "PSALM 121": the book of the Bible read
            book = verses.group("book") or "Psalm"
            book = book.capitalize() if book.isupper() else book
            chapter = verses.group("psalm") or verses.group("chapter")
            fields["title"] = f"Psalm {chapter}" if book in ("Psalm", "Psalms") else book
            strong = True
        elif kind == "title":
            person = _person_value(value)
            if person is None and previous_kind == "title" and re.fullmatch(r"[A-Z][a-z'’\-]{2,}", value) \
                    and value not in _NOT_NAME_WORDS and value not in _MONTH_WORDS:
                person = value  # "History of the Peloponnesian War / Thucydides": one name under the title
            if "title" not in fields:
                fields["title"] = tidy_title(value) or value
            elif "author" not in fields and person:
                fields["author"] = person  # a name under the title line (and its subtitle): the author
            elif PAGE_CITED.search(value):
                fields.setdefault("page", PAGE_CITED.search(value).group(1))  # "Collected Works, vol. V, p. 388"
        elif kind == "editor":
            strong = True
        elif kind == "same":
            page = PAGE_CITED.search(value or "")
            if page:
                fields.setdefault("page", page.group(1))
            strong = same = True
        elif kind == "page":
            fields.setdefault("page", value)
            strong = strong or "title" in fields  # a title over the page it starts on: a source header
        previous_kind = kind
    if same and not (fields.get("author") or fields.get("title")):
        return Claim(**fields)  # an empty claim: the source of the header before (see ``Claim.is_empty``)
    if not strong or not (fields.get("author") or fields.get("title")):
        return None
    return Claim(**fields)


# "The Meditations of Marcus Aurelius", "The Odyssey of Homer": works named with their author
# (not "The Life of Samuel Johnson", which is somebody else's book about him)
_AUTHORED_TITLE = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:Works|Meditations|Thoughts|Discourses|Essays|Poems|Poetical Works|"
    rf"Letters|Autobiography|Sayings|Dialogues|Speeches|Writings|Journals?|Diary|Confessions|Memoirs|Odyssey|Iliad|"
    rf"Aeneid|Comedy|Plays|Sermons|Tales|Fables|Maxims|Analects|Enchiridion|Apology|Histories|Annals|Commentaries)"
    rf"\s+of\s+(?:the\s+Emperor\s+)?(?P<name>(?:St\.?\s+|Saint\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|von|van))*)")


def author_in_title(title: str | None) -> str | None:
    """The author a title names as its maker (``The Discourses of Epictetus`` -> Epictetus)."""
    if not title:
        return None
    match = _AUTHORED_TITLE.match(title.strip())
    return match.group("name") if match else None


# --- section headings that name a person ----------------------------------------

_HEADING_PREFIX = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)]|§\s*\d+)?\s*")
_HEADING_NAME = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|du|del|van|von|der|den|la|le))*?)"
    r"(?:['’]s\b|\s*[:,–—]|\s+-\s|\s+(?:on|quotes|quoting|answers|replies|defines|describes|against|versus|vs\.?|"
    r"to|in|and|at|about|[a-z]{2,}s|In\s+(?:His|Her|Their)\s+Own)\s)"  # ("Darwin In His Own Words", in title case)
)
_STOP_FIRST = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
               "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
               "Eighteenth", "Nineteenth", "Twentieth", "Last", "Next",
               "The", "A", "An", "On", "Of", "In", "Quotes", "Quotations", "Sayings", "Famous", "Best", "Top", "Why", "What", "How", "Where", "When", "Who", "About", "Notes",
               "Note", "Introduction", "Conclusion", "Afterword", "Remarks", "Closing", "Summing", "Contents",
               "References", "Further", "Appendix", "Preface", "Epilogue", "Prologue", "Sources", "Some", "Two",
               "Three", "Four", "Part", "Chapter", "Book", "Section", "My", "Our", "Their", "This", "That",
               "These", "Those", "Reading", "Readings", "More", "Other", "Against", "For", "From", "To", "And",
               "Or", "But", "I", "We", "See", "Also", "Background", "Summary", "Bibliography", "Postscript",
               "Update", "Questions", "Exercises", "Glossary", "Index", "Home", "Related", "Study", "Guide", "Lesson",
               "Lecture", "Handout", "Syllabus", "Course", "Unit", "Week", "Session", "Class", "Seminar"}


def person_in_heading(heading: str) -> str | None:
    """The person a section heading is about: ``(2) Madison: the causes of faction`` -> Madison.

    Only headings shaped ``Name: topic``, ``Name, topic``, ``Name - topic``, ``Name on topic``,
    ``Name's topic`` or ``Name verbs ...`` name a person; ``The gate of Hell`` and ``Introduction``
    do not.
    """
    text = _HEADING_PREFIX.sub("", heading.strip().strip("*_#").strip()).strip("*_ ")
    match = _HEADING_NAME.match(text + " ")
    if not match:
        return None
    name = match.group("name").strip()
    words = name.split()
    if re.match(r"[A-Z][\w'’\-]*['’]s\s+[A-Z]", text):
        return None  # "Nature’s God - the Declaration": a possessive inside a capitalised phrase is no name
    if not words or words[0].strip(".") in _STOP_FIRST or len(words) > 4:
        return None
    if any(w.strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    return name


# --- mentions in running text ---------------------------------------------------

# a period only after an initial or a short abbreviation ("J. S. Mill", "St. Paul"), never after a
# whole word: "— Jane Austen. Still true" names Jane Austen
_NAME_PART = r"[A-Z](?:\.|(?:r|rs|s|t)\.(?=\s)|[\w'’\-]*)"  # "J.", "Mr.", "Dr.", "St." -- not "Jim."
_NAME = rf"{_NAME_PART}(?:[ \t]+(?:de|von|van|du|la|{_NAME_PART}))*"  # never across a line
_VERB_WORDS = (r"(?:wrote|writes|said|says|argued|argues|observed|observes|declared|declares|remarked|remarks|"
               r"insisted|insists|noted|notes|put it|puts it|claimed|claims|warned|warns|asked|asks|told|tells|"
               r"proclaimed|proclaims|stated|states|added|adds|explained|explains|replied|replies|answered|answers|"
               r"recalled|recalls|admitted|admits|complained|complains|concluded|concludes|calls|called|gives|gave|"
               r"quoted|quotes|urged|urges|thundered|suggested|suggests|maintained|maintains|reminds|reminded|renders|rendered|"
               r"reported|reports|recounted|recounts|recorded|records|related|relates|confessed|confesses)")
_ADVERB = r"(?:(?:once|famously|later|also|never|himself|herself|themselves|itself|always|often|then|too|" \
          r"actually|really|still|even|rightly|memorably|[a-z]+ly)\s+)"
_VERBS = rf"(?:(?:had|has|have)\s+)?{_ADVERB}{{0,2}}(?:{_VERB_WORDS}|described|describes|defined|defines|written|spoken)"
_AUTHOR_VERB = re.compile(rf"(?P<author>{_NAME})\s+{_VERBS}\b")
_SPEECH_VERB = re.compile(rf"\b{_VERBS}\b|\b(?:quoting|writing|wrote|speaking|reads|read|answer|words|line|lines|"
                          r"sentence|phrase|passage|verse|remark|reply|comparison|image|formula|section|chapter)\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?P<author>{_NAME})|"
                        rf"\b(?:[Hh]ere\s+is|[Hh]ere['’]s)\s+(?P<here>{_NAME})(?=\s*[,:]|\s+(?:in|on|from|writing)\b)")
# ("Here is Aristotle, in Book VIII of the Politics", not "here is Holmes curling up in his chair")
# "Tocqueville, writing of America, warned that ...": a name, an aside, and the speech verb
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|from|near|into|across)\s+$")
_APPOSITIVE_VERB = re.compile(rf"(?P<author>{_NAME}),\s+[a-z](?:[^,.;:!?“\"\n()]|\([^()\n]{{1,30}}\)){{2,60}},\s+{_VERBS}\b")
_WORK_NOUNS = r"(?:book|essay|pamphlet|speech|address|treatise|novel|poem|letter|sermon|lecture|debate|article|" \
              r"story|chapter|report|preface|introduction|dialogue|play|manifesto|declaration|memoir|diary)"
_IN_TITLE = re.compile(
    r"\b(?:[Ii]n|[Ff]rom)\s+(?:(?:his|her|their)\s+|the\s+(?:" + _WORK_NOUNS[3:-1] + r")\s+|the\s+(?=[*_“\"‘]))?"
    r"[“\"*_‘']?(?P<title>(?:No\.|Number)\s*\d+|(?!No\.)[A-Z][\w'’\-]*(?:\s+(?:of|the|on|and|a|an|in|to|for|at|"
    r"(?!No\.)(?!Number\s*\d)[A-Z][\w'’\-]*))*(?:\s+(?:No\.|Number)\s*\d+)?)"
)
# "in the Cooper Union speech", "the Greeley letter says": a named work, the noun included
_NAMED_WORK = re.compile(rf"\b(?:in|from)?\s*(?:the|his|her)\s+(?P<title>(?:[A-Z][\w'’\-]*\s+){{1,4}}{_WORK_NOUNS})\b")
_WORK_SUBJECT = re.compile(rf"\b(?:the|his|her)\s+(?P<title>(?:[A-Z][\w'’\-]*\s+){{1,4}}{_WORK_NOUNS})\s+"
                           rf"(?:says|said|reads|read|begins|ends|puts it|has|had|states|declares)\b")
# "Lincoln's most quoted sentence, “...”", "I tape Emerson's “...”": the quotation is the person's
_POSSESSIVE_BEFORE = re.compile(rf"(?<![\w'’])(?P<author>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})['’]s"
                                r"(?:\s+[a-z][\w\-]*){0,4}\s*[,:]?\s*$")
# "Compare Blake's line that Milton was “...”": the words of the person whose line it is
_POSSESSIVE_WORDS = re.compile(rf"(?<![\w'’])(?<!\b[Tt]he )(?<!\ba )(?P<author>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})['’]s\s+"
                               r"(?:(?:famous|best-known|own|celebrated|memorable|old)\s+)?(?:line|words|phrase|remark|"
                               r"sentence|verdict|quip|description|definition|answer|reply|motto|maxim|dictum|warning|"
                               r"advice|question|complaint|boast|formula)\b")
# a person named in full as the subject of the sentence's verb, whatever the verb:
# "In the Preface, William Lloyd Garrison remembers ...", "Earlier, Thomas Carlyle had dismissed ..."
_FULL_NAME_SUBJECT = re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+"
                                r"(?:(?:had|has|have|once|later|also)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b")
# "a line she credited to Mark Twain", "calling the sentence Thomas Jefferson's", "described as Julius Caesar's
# advice", "credits Franklin's Historical Review": the source the sentence gives the words, whoever says them
_PLAIN_NAME = r"[A-Z][a-z\-]+(?:[ \t]+(?:de|von|van|[A-Z][a-z\-]+|[A-Z]\.)){0,3}"  # no possessive inside
_CREDITED_TO = re.compile(
    rf"\b(?:credit(?:ed|ing|s)?|attribut(?:ed|ing|es)?|ascrib(?:ed|ing|es)?)\s+(?:(?:it|them|this|that)\s+)?"
    rf"(?:to\s+)?(?P<who>{_PLAIN_NAME})(?:['’]s\s+(?P<title>[A-Z][\w'’\-]*(?:\s+(?:of|the|and|[A-Z][\w'’\-]*))*))?"
    rf"|\bcalling\s+(?:it|them|the\s+(?:line|sentence|quote|quotation|words?|phrase))\s+(?P<who2>{_PLAIN_NAME})['’]s\b"
    rf"|\b(?:described|presented|introduced)\s+as\s+(?P<who3>{_PLAIN_NAME})['’]s\b")
# "the same book that opens with ...": the work (and author) of the quotation before
_SAME_WORK = re.compile(r"\b(?:the|this|that)\s+same\s+(?:book|work|essay|text|chapter|poem|speech|letter|pamphlet|"
                        r"treatise|volume|author|writer|passage|page|paragraph|man|woman)\b|"
                        r"\b(?:the|his|her)\s+(?:next|following)\s+(?:paragraph|passage|sentence|lines?|page|verse|"
                        r"stanza)\b", re.IGNORECASE)
# "in Long's version": a translator's or editor's version is no title
_VERSION_AFTER = re.compile(r"^\s*(?:version|translation|rendering|edition|words|text|reading|hand|own|phrase)\b")
# "— Emerson, Self-Reliance" (a title starts with a capital: not "- Polonius, who was a windbag", "- Abe, 1863")
CREDIT_DASH = r"(?:[—―–~-]{1,2}(?!-)|---)"  # "— Thoreau", "-- Thoreau", "~ Thoreau", Pandoc's "--- Thoreau"
# ("— Socrates, in Plato's *Apology*": a speaker, and the work another wrote him into)
_DASH_CREDIT = re.compile(rf"^\s*{CREDIT_DASH}\s*(?P<author>{_NAME})(?:\s*,\s*(?:in\s+(?:{_NAME}['’]s\s+)?)?"
                          rf"(?P<title>[A-Z“\"‘*_][^\n,(]{{1,100}}))?")
_DASH_TITLE_THEN_AUTHOR = re.compile(rf"^\s*{CREDIT_DASH}\s*(?P<title>[*_]{{0,2}}[A-Z][^,\n]{{1,100}}?),\s*"
                                     rf"(?P<author>{_NAME})\s*\.?\s*(?:\n|$)")
# "- Thoughts IV.7", "— Romans 13:1": a work and a place in it, no person
_DASH_WORK = re.compile(rf"^\s*{CREDIT_DASH}\s*(?P<title>(?:[1-3]\s)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,4}})\s+"
                        r"(?:[IVXLC]+|\d+)[.:]\d+\b")
# "- The Dhammapada, verse 63, translated by ...": a credit line that opens with a work
_DASH_TITLE_FIRST = re.compile(rf"^\s*{CREDIT_DASH}\s*(?P<title>(?:The|A|An)\s+[A-Z][^\n,(]{{1,80}}?)\s*(?:[,(]|$)"
                               r"(?!\s*[*_])", re.M)  # ("— The Buddha, *The Dhammapada*": a speaker, then the work)
# "Source: Confucius, The Analects, Book II": a labelled credit line under the quotation
_SOURCE_LABEL = re.compile(r"^\s*(?:Source|From|Cited from|Reference)\s*:\s*(?P<line>[^\n]{3,200})")


# A legal citation of a book on the line after a quotation: "C. Dickens, Oliver Twist 399 (Penguin
# Classics 1985) (1838).", "W. Shakespeare, The Merchant of Venice act 4, sc. 1."; of a code or a
# restatement by its section: "Restatement (Second) of Contracts § 356(1) (1981)."
_LEGAL_BOOK = re.compile(
    r"^\s*(?P<author>(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’\-]+|[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){1,2}),\s+"
    r"(?P<title>[A-Z][^,\n§()]{1,100}?)(?:\s+(?P<page>\d{1,4})\b|\s+(?:act|ch\.|bk\.|pt\.|canto)\s[^\n()]{1,30}?)"
    r"(?:\s*\([^()\n]{1,60}\))*(?:\.[ \t]+(?=[A-Z])|\.?[ \t]*(?:\n|$))")
_LEGAL_SECTION = re.compile(r"^\s*(?P<title>[A-Z][^\n§]{3,80}?)\s+§+\s*[\w.()\-]+(?:\s*\([^()\n]{1,40}\))*"
                            r"(?:\.[ \t]+(?=[A-Z])|\.?[ \t]*(?:\n|$))")


def as_credit_line(text: str, own_line: bool = False) -> str:
    """A labelled credit, "Source: The Dhammapada, verse 1, p. 3.", or a legal citation on a line of
    its own after a quotation (``own_line``, or ``text`` starts with a line break), read as the dash
    credit it is."""
    label = _SOURCE_LABEL.match(text)
    if label:
        return "— " + label.group("line")
    if not own_line and not re.match(r"[ \t]*\n", text):
        return text
    book = _LEGAL_BOOK.match(text)
    if book:
        return f"— {book.group('author')}, {book.group('title')}" + (f", p. {book.group('page')}" if book.group("page") else "")
    section = _LEGAL_SECTION.match(text)
    return f"— *{section.group('title')}*" if section else text
# "— *Emma*, vol. I, ch. 1": a credit line that gives only the work, in italics (no author before it)
_DASH_EMPHASISED_WORK = re.compile(rf"^\s*{CREDIT_DASH}\s*(?P<m>[*_]{{1,2}})(?P<title>[A-Z][^*_\n]{{0,100}}?)(?P=m)"
                                   r"(?=\s*(?:[,.;:]|\(|$))", re.M)
_PAREN_CREDIT = re.compile(rf"^\s*\((?P<author>{_NAME})(?:,\s*(?=\S)(?!(?i:{_LOCATOR_WORDS})\.?\s)(?P<title>[^,)\d][^,)]{{1,100}}))?(?:,?\s*(?P<year>\d{{4}})[a-z]?)?(?:,\s*(?i:{_LOCATOR_WORDS}|introduction|preface)\b[^,()]{{0,20}})?(?:(?:,\s*{PAGE_ABBREVIATION}\.|(?<=\d):)\s*(?P<page>\d+)(?:\s*[-–]\s*\d+)?)?\)")
# A name that is a work's: "the King James Version puts it", "(the King James Bible)", "in the Authorized Version"
_WORK_HEADS = (r"(?:Version|Bible|Testament|Gospel|Gospels|Scripture|Scriptures|Constitution|Declaration|Papers|"
               r"Psalms|Proverbs|Book|Letters|Essays|Address|Manifesto|Federalist|Koran|Quran|Talmud|Analects|Sonnets?|"
               r"Psalm|Review|Times|Journal|Gazette|Magazine|Chronicle|Herald|Post|Act|Charter|Treaty|Report)")
_WORK_NAME = re.compile(rf"^(?:[A-Z][\w'’\-]*\s+(?:(?:of|the|and)\s+)?){{0,5}}{_WORK_HEADS}$")
_THE_WORK = re.compile(rf"\b(?:[Ii]n|[Ff]rom)\s+the\s+(?P<title>(?:[A-Z][\w'’\-]*\s+(?:(?:of|the|and)\s+)?){{0,5}}{_WORK_HEADS}"
                       rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*)?)\b")
# "(Hamlet 3.1)", "(As You Like It 2.7.139)", "(Sonnet 18)", "(Matthew 6:19-21, KJV)", "(the King James Bible)":
# a work, and a place in it (a number alone is part of the title: "Sonnet 18")
_PAREN_WORK = re.compile(
    r"^\s*\(\s*(?:the\s+)?(?P<title>(?:[1-3]\s)?[A-Z][\w'’\-]*(?:\s+(?:of|the|and|in|on|a|an|to|for|at|[A-Z][\w'’\-]*)){0,7}?)"
    r"(?:\s+(?P<ref>(?:\d{1,3}|[IVXLC]{1,6})(?:[.:]\d{1,4})+(?:\s*[-–]\s*[\d.:]+)?)|\s+(?P<num>\d{1,3}))?"
    r"(?:,\s*(?P<ver>[A-Z]{2,6}|the\s+[A-Z][^()\n]{0,40}|(?:[A-Z][\w'’\-]*\s+){0,3}(?:Version|Bible|Translation)))?\s*\)")


def is_locator(name: str) -> bool:
    """Whether a name is a place in a work ("Chapter V", "Book II, ch. 3"), not a work."""
    return _LOCATOR.match(name) is not None


def is_work_name(name: str | None) -> bool:
    """Whether a capitalised name is a work's (``King James Version``, ``Federalist Papers``), not a person's."""
    return bool(name) and _WORK_NAME.match(name.strip()) is not None


def paren_work(after: str) -> str | None:
    """The work a parenthesis right after a quotation cites without its author: ``(Hamlet 3.1)`` -> Hamlet,
    ``(Sonnet 18)`` -> Sonnet 18, ``(the King James Bible)`` -> King James Bible; None for a person's name
    alone (``(Mill)``) or a page."""
    match = _PAREN_WORK.match(after)
    if not match:
        return None
    title = match.group("title").strip()
    if (" " not in title and (title in _LEADING_WORDS or title in _PRONOUNS)) or re.fullmatch(r"pp?|Ibid|See|Cf", title):
        return None
    if _LOCATOR.match(title) or _LOCATOR.match(f"{title} {match.group('num') or ''}".strip()):
        return None  # "(Chapter 2)", "(Book IV)": a place in the work named before
    if match.group("num"):
        return f"{title} {match.group('num')}"
    if not (match.group("ref") or match.group("ver") or is_work_name(title) or
            re.match(r"^\s*\(\s*the\s", after)):
        if looks_like_person(title) or " " not in title:
            return None  # "(Mill)", "(Thomas Paine)": a person
    return title


_PAREN_TITLE = re.compile(r"^\s*\(\s*(?P<m>[*_]{1,2})(?P<title>[^*_()\n]{1,100})(?P=m)(?:[\s,]+(?P<ref>[^()\n]{0,40}))?\)")
# "(Leviathan, ch. 17, p. 223)": a work, the place in it, and the page
_PAREN_LOCATED = re.compile(rf"^\s*\((?P<title>[A-Z*_][^,()\n]{{0,80}}),\s*(?i:{_LOCATOR_WORDS})\.?\s*[\w.]+"
                            r"(?:,\s*" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)(?:\s*[-–]\s*\d+)?)?\)")
_PAGE_AFTER_VERB = re.compile(rf"^\s*[,.]?\s*(?:[A-Z][\w'’\-]*|he|she|they)\s+(?:\w+ly\s+)?{_VERB_WORDS}\s*"
                              r"\(\s*" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)[^()]{0,20}\)")
# "Adam Smith, whose Wealth of Nations begins by claiming that “...”": a person and his work
_WHOSE_WORK = re.compile(rf"(?P<author>{_NAME}),\s+whose\s+(?P<title>[A-Z][\w'’\-]*(?:\s+(?:of|the|and|on|[A-Z][\w'’\-]*))*)")
_MLA_CITATION = re.compile(r"^\s*\((?!(?:Number|Psalm|Psalms|Sonnet|Letter|Essay|Paper|Epistle|Satire|Ode|Canto|Book|"
                           r"Chapter|Part|Article|Section|No)\b)(?P<author>[A-ZÀ-Þ][a-zß-ÿ'’\-]{2,}(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’\-]{2,})?)"
                           r",?\s+(?:" + PAGE_ABBREVIATION + r"\.\s*)?(?P<page>\d{1,4})\)")  # ("(Twain 270)", "(Machiavelli, 49)")
_IBID = re.compile(r"^\s*\(\s*ibid\.?(?:,?\s*(?:" + PAGE_ABBREVIATION + r"\.\s*)?(?P<page>\d+))?\s*\)|"
                   r"^[ \t]*(?:\n[ \t]*)?(?-i:Id)\.(?:,?\s+at\s+(?P<at>\d+))?", re.IGNORECASE)  # the legal "Id. at 224."
_PAGE_AFTER = re.compile(r"^\s*\(\s*" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)[^()]{0,20}\)")
_LINES_AND_PAGE_AFTER = re.compile(r"^\s*\(\s*[^()\n,]{0,30}\d[^()\n,]{0,10},\s*" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)[^()]{0,20}\)")


def page_after(after: str) -> str | None:
    """The page a citation right after a quotation gives: ``(p. 78)``, ``(4.73-75, p. 78)``."""
    match = _PAGE_AFTER.match(after) or _LINES_AND_PAGE_AFTER.match(after)
    return match.group("page") if match else None
# "said Lincoln", "said librarian Tom Hale" (a role before the name)
# "said her spokesperson, Dana Whitlock"; "writes Thoreau in *Walden*" (a work set apart as a title)
_VERB_AFTER = re.compile(rf"^\s*[,.]?\s*{_VERB_WORDS}\s+(?:(?:the|her|his|their|its)\s+)?(?:[a-z]+\s+){{0,2}}?"
                         rf"(?:[a-z]+,\s+)?(?P<author>{_NAME})"
                         r"(?:\s+in\s+(?:\*{1,2}|_|“|\")(?P<title>[A-Z][^*_”\"\n]{1,80}?)(?:\*{1,2}|_|”|\"))?")
_NAME_VERB_AFTER = re.compile(rf"^\s*[,.]?\s*(?:as\s+)?(?P<author>{_NAME})\s+{_VERBS}\b")  # ("..., as Shakespeare says")
_LEADING_WORDS = {"As", "And", "But", "When", "Then", "So", "Yet", "Here", "There", "The", "This", "In", "What", "Or",
                  "Whoever", "Whatever", "Like", "Unlike",
                  "Yes", "No", "Well", "Also", "Even", "Still", "Now", "Later", "Once", "If", "Though", "Although",
                  "While", "Indeed", "Thus", "Hence", "Later,", "Today", "Finally", "First", "Again", "Thanks",
                  "Thank", "See", "Compare", "Cf",
                  # a question opens with a verb: "Was Hobbes right ...?", "Did Mill mean ...?"
                  "Was", "Were", "Is", "Are", "Did", "Does", "Do", "Has", "Have", "Had", "Can", "Could", "Will",
                  "Would", "Should", "Shall", "Might", "Must", "Why", "How", "Who", "Where", "Which"}
# A pronoun names nobody by itself ("He wrote that ..."): no claim rather than a wrong one.
_QUANTIFIERS = {"Our", "My", "Your", "Every", "Each", "Any", "All", "Most", "Defenders", "Critics", "Readers", "Others"}
_PRONOUNS = {"He", "She", "It", "They", "We", "I", "You", "One", "This", "That", "Who", "Someone", "Everyone",
             "Nobody", "Somebody", "His", "Her", "Their", "Its", "he", "she", "they", "it", "Everybody", "People",
             "Many", "Some", "Critics", "Scholars", "Historians"}
_PRONOUN_NAMING_AFTER = re.compile(r"^\s*[,.]?\s*(?:he|she)\s+(?:called|calls|termed|terms|dubbed|named)\s+(?:it|them)\b")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|He|She)\s+(?:" + _ADVERB + r"{0,2})" + _VERB_WORDS + r"\b")
_PRONOUN_AFTER = re.compile(rf"^\s*[,.]?\s*(?:he|she)\s+{_VERBS}\b")
_MULTIWORD_NAME = re.compile(r"(?<![\w'’\-])(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’\-]+){1,2})"
                             r"\b(?!['’])")
_MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


_LANGUAGES = {"Greek", "Latin", "Hebrew", "Aramaic", "Arabic", "French", "German", "Italian", "Spanish", "English",
              "Russian", "Chinese", "Japanese", "Sanskrit", "Persian", "Portuguese", "Dutch", "Old English", "Middle English"}
_DIVINE = {"God", "Lord", "LORD", "The Lord", "Yahweh", "Jehovah"}


def _clean_author(name: str) -> str | None:
    words = name.split()
    while words and words[0].rstrip(",") in _LEADING_WORDS:
        words.pop(0)
    if words and words[0] in _QUANTIFIERS:
        return None  # "Our Lord said", "Every Epicurean would", "Defenders say": nobody named
    name = " ".join(words).strip(" .,")
    name = re.split(r"['’]s\s+", name)[0]  # "Machiavelli's Solon says": Machiavelli's words
    if not name or name in _PRONOUNS or name.split()[0] in _PRONOUNS or name in _DIVINE:
        return None  # (God speaks in the Bible, but the claim is of the book: "God tells him ...")
    if name.endswith(("'s", "’s")):
        return None
    return name


def _clean_title(title: str) -> str:
    words = title.split()
    while words and words[-1].lower() in {"of", "the", "on", "and", "a", "an", "in", "to", "for", "at"}:
        words.pop()
    title = " ".join(words)
    title = tidy_title(title) or title  # "*Encheiridion* 1", "Leviathan ch. 13": the title without its locator
    title = _TRAILING_PLACE.sub("", title.strip()) or title  # "Thoughts VI.21", "Encheiridion 5"
    return title if re.search(r"No\.\s*\d+$", title) else title.strip(" .,*_\"“”'")


# "His essay “Resistance to Civil Government”, better known as ...": a work named in quotation marks
_QUOTED_WORK = re.compile(rf"\b{_WORK_NOUNS}\s*,?\s*[“\"‘](?P<title>[A-Z][^“”\"\n]{{1,100}}?)[,.]?[”\"’]")


# "Rousseau opened the Social Contract with ...", "Dickens ends A Christmas Carol with ...": the work named as
# the object of a verb of beginning or ending, right before the quotation
_OPENED_WORK = re.compile(
    rf"(?:(?P<author>{_NAME})\s+(?:\w+ly\s+)?)?"
    r"\b(?:opens|opened|begins|began|starts|started|ends|ended|closes|closed|concludes|concluded)\s+"
    r"(?:(?:the|his|her|their)\s+)?[*_“\"‘]?(?P<title>[A-Z][\w'’\-]*(?:\s+(?:of|the|on|and|a|an|in|to|for|"
    r"[A-Z][\w'’\-]*))*)[*_”\"’]?\s+(?:with|by|on)\s*$")


# "in the third chapter of The Art of War", "Book Nine of War and Peace": a place in a named work
_PLACE_WORDS = r"(?:chapters?|books?|cantos?|volumes?|preface|introduction|epilogue|acts?|scenes?|parts?|sections?)"
_PLACE_OF = rf"(?i:{_PLACE_WORDS})\s+(?:(?:[A-Z][a-z]+|[IVXLC]+|\d+),?\s+)?of\s+"
_LOCATED_WORK = re.compile(
    rf"\b(?:{_PLACE_OF}(?:{_PLACE_OF})*|(?i:book|chapter|part|canto|act|section|volume)\s+(?:[IVXLC]+|\d+)\s+of\s+the\s+)"
    rf"(?P<title>(?!(?i:{_PLACE_WORDS})\b)[A-Z][\w'’\-]*"  # ("Book VIII of the Politics")
    r"(?:\s+(?:of|the|on|and|a|an|in|to|for|at|[A-Z][\w'’\-]*))*)")


def _title_before(before: str, author: str | None) -> str | None:
    opened = _OPENED_WORK.search(before)
    if opened and opened.group("title") != author and opened.group("title") not in _PRONOUNS:
        return _clean_title(opened.group("title"))
    quoted = list(_QUOTED_WORK.finditer(before))
    if quoted:
        return _clean_title(quoted[-1].group("title"))
    located = [m for m in _LOCATED_WORK.finditer(before)
               if m.group("title") != author and m.group("title").split()[0] not in _PRONOUNS]
    if located:
        return _clean_title(located[-1].group("title"))
    named = list(_NAMED_WORK.finditer(before))
    if named:
        return _clean_title(named[-1].group("title"))
    for match in reversed(list(_IN_TITLE.finditer(before))):
        title = _clean_title(match.group("title"))
        rest = before[match.end():]
        if not title or (author and title == author) or title.endswith(("'s", "’s")) or _VERSION_AFTER.match(rest):
            continue
        if title.split()[-1] in _MONTH_WORDS or re.fullmatch(r"\d+", title) or _LOCATOR.match(title) \
                or re.fullmatch(_PLACE_WORDS, title, re.IGNORECASE):
            continue  # "in May", "in Stave One": a time, a place in a work
        if " " not in title and re.match(r"\s*,?\s*(?:he|she|they|we|I|it|people)\s", rest):
            continue  # "In France he had seen ...": a place or a time, not a work
        if title in _PRONOUNS or (match.group().lower().startswith("in") and not _SPEECH_VERB.search(before)):
            continue  # "no war of all against all in Jacksonian America;": a place, where nobody speaks
        return title
    return None


_LONG_QUOTED = re.compile(r"“[^“”]*(?:\s+[^\s“”]+){5,}[^“”]*”|\"[^\"]*(?:\s+[^\s\"]+){5,}[^\"]*\"")


def _without_long_quotations(text: str) -> str:
    """The text without the long quotations in it; a window that starts inside a quotation loses
    its part of that quotation too."""
    close = text.find("”")
    if (0 <= close < text.find("“") or (close >= 0 and "“" not in text)) or text.count('"') % 2:
        text = text[max(close, text.find('"') if text.count('"') % 2 else -1) + 1:]
    return _LONG_QUOTED.sub(" ", text)


# "Achilles says, in Butler's words, that ...": the wording quoted is Butler's (his translation)
_WORDS_OF = re.compile(rf"\b(?:in|by)\s+(?P<author>{_NAME})['’]s?\s+(?:own\s+)?(?:words|version|translation|"
                       rf"rendering|phrasing)\b|(?<![\w'’])(?P<translator>{_NAME})['’]s\s+(?:own\s+)?(?:translation|"
                       r"version|rendering)\b")


_CITATION_LEAD_IN = re.compile(rf"(?:[-*•]\s+|\d{{1,3}}[.)]\s+)?(?P<author>{_NAME}),\s+"
                               r"(?P<title>[*_]{0,2}[A-Z][^:\n\"“]{1,100}?[*_]{0,2}):\s*[\"“]?")
_PAGE_ONLY = re.compile(PAGE_ABBREVIATION + r"\.\s*(\d{1,4})")  # "(report, p. 7)": a page read as a title
_TITLE_OPENING = re.compile(r"(?:On|Of|The|An?)\s+[A-Z]")  # "On Liberty", "The Prince": no person's name


def work_then_author(line: str) -> Claim | None:
    """A credit line that gives the work before its author ("— Pride and Prejudice, Jane Austen", as an
    HTML ``<cite>`` before the name reads): a title of two words or more that is no person's name (or a
    pair, "Romeo and Juliet"), then a person."""
    credit = _DASH_TITLE_THEN_AUTHOR.match(line)
    if credit is None:
        return None
    title, author = credit.group("title").strip("*_ "), credit.group("author")
    if not looks_like_person(author) or _TITLE_OPENING.match(author) or " " not in title \
            or (looks_like_person(title) and " and " not in title):
        return None
    return Claim(author=author, title=title)


def claim_from_context(before: str, after: str) -> Claim | None:
    """A claim from the sentence around an inline quotation (before it, then after it)."""
    after = re.sub(r"^[*_]{1,2}(?=[\s,.;:)])", "", after)  # ('**"…"** – William Shakespeare': the quotation in bold)
    lead = _CITATION_LEAD_IN.fullmatch(before.strip())
    if lead and looks_like_person(lead.group("author")):
        # "Jane Austen, *Pride and Prejudice*: “…”": the source cited before the quotation, as a lead-in
        return Claim(author=lead.group("author"), title=tidy_title(lead.group("title")) or lead.group("title"),
                     page=page_after(after))
    author = title = page = year = None
    words_of = list(_WORDS_OF.finditer(_without_long_quotations(before)))
    translator = _clean_author(words_of[-1].group("author") or words_of[-1].group("translator")) if words_of else None
    subject_work = None
    for pattern in (_AUTHOR_VERB, _APPOSITIVE_VERB, _ACCORDING):
        for match in reversed(list(pattern.finditer(before))):
            author = _clean_author(match.group("author") or match.groupdict().get("here") or "")
            if author and _AFTER_PLACE_WORD.search(before, max(0, match.start() - 12), match.start()):
                author = None  # "a lady in Philadelphia asked him": a place
                continue
            if author and is_work_name(author) and re.search(r"\b[Tt]he\s+$", before[:match.start()]):
                subject_work, author = author, None  # "As the King James Version puts it": a work speaks
                continue
            if author:
                break
        if author:
            break
    whose = list(_WHOSE_WORK.finditer(_without_long_quotations(before)))
    if author is None and whose:
        author, subject_work = _clean_author(whose[-1].group("author")), _clean_title(whose[-1].group("title"))
    if author is None:
        opened = _OPENED_WORK.search(before)
        if opened and opened.group("author"):
            author = _clean_author(opened.group("author"))  # "Hume opened the Treatise ... with"
    # the words of another quotation name no work: "... freedom of discussion as in America."
    title = _title_before(_without_long_quotations(before), author) or subject_work
    if title is None:
        the_work = list(_THE_WORK.finditer(_without_long_quotations(before)))
        if the_work:
            title = the_work[-1].group("title")  # "The words in the King James Version are these:"
    after = as_credit_line(after)
    work_first = work_then_author(after)
    if work_first is not None:
        return work_first
    work = _DASH_WORK.match(after) or _DASH_EMPHASISED_WORK.match(after) or _DASH_TITLE_FIRST.match(after)
    if work:
        title = title or _clean_title(work.group("title"))
    for pattern in (() if work else (_DASH_CREDIT,)) + (_PAREN_CREDIT, _VERB_AFTER, _NAME_VERB_AFTER):
        match = pattern.match(after)
        if match:
            found = _clean_author(match.group("author"))
            if not found:
                continue
            cited_page = pattern is _PAREN_CREDIT and match.group("title") and _PAGE_ONLY.fullmatch(match.group("title").strip())
            if cited_page and _TITLE_OPENING.match(found):
                # "Mill argued that “...” (On Liberty, p. 22)": the work and its page; the subject speaks
                title, page = title or found, cited_page.group(1)
                break
            if pattern is _PAREN_CREDIT and match.group("title") and not is_work_name(found) and not cited_page:
                # "Socrates asks whether ... “...” (Plato, *Republic*, p. 206)": the citation names the
                # source; the speaker in the sentence may be a character of it
                author, title = found, _clean_title(match.group("title"))
            author = author or found
            if match.groupdict().get("title"):
                title = title or _clean_title(match.group("title"))
            if match.groupdict().get("page"):
                page = match.group("page")
            year = match.groupdict().get("year") or year
            break
    cited_page = _PAGE_ONLY.fullmatch(title or "")
    if cited_page:
        title, page = None, page or cited_page.group(1)  # "(report, p. 7)": a page, not a title
    if page is None:
        match = _PAGE_AFTER.match(after) or _PAGE_AFTER_VERB.match(after)
        if match:
            page = match.group("page")  # "“...” (p. 6)", "“...,” he writes (p. 6)"
    located = _PAREN_LOCATED.match(after)
    if located and not title:
        title, page = _clean_title(located.group("title")), page or located.group("page")
    match = _PAREN_TITLE.match(after)
    if match and not title:
        title = _clean_title(match.group("title"))
    if author and (is_work_name(author) or _TITLE_OPENING.match(author)) and not title:
        title, author = author, None  # "(King James Version)", "(On Liberty, p. 22)"
    mla = _MLA_CITATION.match(after)
    if mla:
        # "(Twain 270)": the author and page cited (MLA); a speaker in the sentence is a character of the work
        author, page = mla.group("author"), page or mla.group("page")
    cited_work = None if mla else paren_work(after)
    if cited_work and not work:
        # "What Paul wrote to Timothy was this: “...” (1 Timothy 6:10)": the citation after the quotation
        # is more precise than a work the sentence mentions ("in the sonnet everybody knows")
        title = cited_work
    if author is None:
        subject = _FULL_NAME_SUBJECT.search(_without_long_quotations(before))
        if subject and looks_like_person(subject.group("n")) and not (title and subject.group("n") in title):
            author = subject.group("n")  # "Garrison remembers Douglass's first speech: “...”": the subject speaks
    if author is None:
        owned = list(_POSSESSIVE_WORDS.finditer(_without_long_quotations(before)))
        if owned and not _PERSONAL_PRONOUN.search(before[:owned[-1].start()]):
            author = _clean_author(owned[-1].group("author") + " ")
    if author is None:
        match = _POSSESSIVE_BEFORE.search(before)
        if match and not _VERSION_AFTER.match(before[match.end("author") + 2:]):
            author = _clean_author(match.group("author") + " ")  # "Lincoln's most quoted sentence, “...”"
    author = None if _names_the_work(author, title) else author
    if title in _LANGUAGES:
        title = None  # "written in Greek": a language, not a work
    if not (author or title or translator):
        return None
    return Claim(author=author, title=title, page=page, translator=translator, year=year)


def _names_the_work(author: str | None, title: str | None) -> bool:
    """"The Book of Proverbs puts it ...: “...” (Proverbs 4:7)", "(Leviathan, ch. 17)": the work speaks, no person."""
    return bool(author and title and author.split()[-1] == title.split()[-1])


# --- a quotation's claim, with the document around it ------------------------------

@dataclass
class ClaimContext:
    """What earlier quotations established: the previous claim, for ``(ibid.)`` and ``(p. 255)``,
    and the speaker of the previous quotation in the same paragraph (who may go on talking)."""

    previous: Claim | None = None
    speaker: str | None = None
    speaker_paragraph: int | None = None
    speaker_end: int = 0


def _sentence_end(after: str) -> int:
    """Where the sentence that holds a quotation ends in the text after it (skipping quoted text
    and parentheses: the period of ``(Mill 1859, p. 13)`` ends no sentence)."""
    depth = False
    parens = 0
    for i, ch in enumerate(after):
        if ch in "“\"":
            depth = not depth if ch == "\"" else True
        elif ch == "”":
            depth = False
        elif ch == "(" and not depth:
            parens += 1
        elif ch == ")" and not depth:
            parens = max(0, parens - 1)
        elif not depth and not parens and ch in ".!?" and (i + 1 == len(after) or after[i + 1].isspace()):
            return i + 1
        elif ch == "\n" and i + 1 < len(after) and after[i + 1] == "\n":
            return i
    return len(after)


# "Thucydides, who tells us ...": a name a relative "who" follows is a person's
_WHO_CLAUSE = re.compile(rf"(?<![\w'’])(?P<author>{_NAME}),\s+who\s+")


_TRANSLATOR_AFTER = re.compile(r"['’]s?\s+(?:own\s+)?(?:version|translation|rendering|edition|text)\b")


def recent_person(preceding: str, known: re.Pattern | None = None, pronoun: str | None = None) -> str | None:
    """The person the text just before a quotation last mentioned as a speaker or by full name
    (outside quotation marks: "Resistance to Civil Government" is nobody), or by a name the page
    gives a person elsewhere (``known``: "Tolstoy" alone, once the page has him writing).  For a
    ``pronoun`` ("she"), a person the text goes on to call by the other one ("Dickens knew which
    moderns he was drawing") is passed over."""
    # (what is quoted names nobody, and an aside in parentheses, "(Cotton's translation, revised by
    # Hazlitt)", is not where "he" comes from)
    preceding = re.sub(r"“[^“”]*”|\([^()\n]*\)", lambda m: " " * len(m.group()), preceding)
    candidates: list[tuple[int, str]] = []  # (offset, name) of each mention
    for match in (known.finditer(preceding) if known is not None else ()):
        if not _TRANSLATOR_AFTER.match(preceding, match.end()):  # "in Crawley's version": a translator
            candidates.append((match.start(), match.group()))
    for pattern in (_AUTHOR_VERB, _WHO_CLAUSE):
        for match in pattern.finditer(preceding):
            name = _clean_author(match.group("author"))
            if name:
                candidates.append((match.start(), name))
    for match in _MULTIWORD_NAME.finditer(preceding):
        name = match.group("name")
        words = name.split()
        if any(w in _MONTH_WORDS or w in _NOT_NAME_WORDS or w in _LEADING_WORDS or w in _PRONOUNS
               or w in _QUANTIFIERS for w in words):
            continue
        before = preceding[max(0, match.start() - 6):match.start()]
        opens_sentence = not before.strip() or before.rstrip().endswith((".", "!", "?")) or "\n" in before[-2:]
        if opens_sentence and looks_like_person(name) and re.match(r",\s+[a-z]|\s+(?:had|has|was|wrote|writes)\b",
                                                                   preceding[match.end():]):
            pass  # "Mary Wollstonecraft, seventy years earlier, had ...": a person as the sentence's subject
        elif opens_sentence or before.rstrip().endswith((":", "“", "\"", ">", "|", "»", "·", "/")) \
                or re.search(r"\b(?:the|The|a|an|of|in|at|from)\s+$", before):
            continue  # a capital at the start of a sentence, or "the Valley Courier", is no name
        candidates.append((match.start(), name))
    if not candidates:
        return None
    candidates.sort()
    if pronoun is None:
        return candidates[-1][1]
    other = _MALE_PRONOUN if pronoun.lower() in ("she", "her") else _FEMALE_PRONOUN
    same = _FEMALE_PRONOUN if other is _MALE_PRONOUN else _MALE_PRONOUN
    for k in range(len(candidates) - 1, -1, -1):
        start, name = candidates[k]
        following = preceding[start + len(name):candidates[k + 1][0] if k + 1 < len(candidates) else len(preceding)]
        if not (other.search(following) and not same.search(following)):
            return name
    return candidates[-1][1]


_MALE_PRONOUN = re.compile(r"\b(?:he|him|his|himself|He|His)\b")
_FEMALE_PRONOUN = re.compile(r"\b(?:she|her|hers|herself|She|Her)\b")


def speaking_persons(text: str) -> set[str]:
    """The names the page gives people it has speak or write ("Tolstoy actually wrote"): later
    mentions of these names, even alone, are mentions of those persons."""
    names: set[str] = set()
    unquoted = re.sub(r"“[^“”]*”|\"[^\"\n]*\"", " ", text)
    for match in [*_AUTHOR_VERB.finditer(unquoted), *_APPOSITIVE_VERB.finditer(unquoted)]:
        name = _clean_author(match.group("author"))
        if name and not is_work_name(name) and not _LOCATOR.match(name) \
                and not _AFTER_PLACE_WORD.search(unquoted, max(0, match.start() - 12), match.start()) \
                and (len(name.split()) == 1 or looks_like_person(name)):
            names.add(name)
    return names


_INTRODUCES_QUOTATION = re.compile(rf"(?P<author>{_NAME})\s+{_VERBS}\b[^.!?\n“\"]{{0,100}}[“\"]")


def quoted_speakers(text: str) -> list[str]:
    """The persons a text introduces as the speakers of quotations ("As Hobbes observes in
    Leviathan, men ... are in “that condition ...”" -> Hobbes): a voice that quotes others."""
    names = (_clean_author(m.group("author")) for m in _INTRODUCES_QUOTATION.finditer(text))
    return [n for n in names if n and not is_work_name(n) and not _LOCATOR.match(n)]


_SUBJECT_OPENS = re.compile(
    rf"(?:^|[.!?]\s+)(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+(?:[a-z]+ly\s+)?(?:has|had|gives|gave|offers|"
    rf"offered|puts|put|makes|made|answers|answered|sums|summed|states|stated)\b[^.!?:]*:\s*$")


def _colon_person(sentence: str) -> str | None:
    """``... the one in which Lincoln turns the ceremony around:`` -> Lincoln (the sentence's one name)."""
    if not sentence.rstrip().endswith(":"):
        return None
    # only the sentence that ends in the colon ("... starting with Temperance (...). This is how he ...:")
    breaks = [m.end() for m in re.finditer(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’)]*\s+(?=[A-Z])", sentence)]
    if breaks:
        sentence = " " + sentence[breaks[-1]:]
    names = []
    for match in re.finditer(rf"(?<=[\s(])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*)(?P<poss>['’]s)?", sentence):
        name = match.group("name")
        prefix = sentence[:match.start()].rstrip()
        if name.endswith(("'s", "’s", "'", "’")):
            continue  # "in Long's version": someone's version, not the speaker
        locator = re.search(r"(?:^|\s)((?:Article|Chapter|Book|Part|Section|Canto|Act|Scene|Stave|Letter|Amendment)"
                            r")\s*$", prefix)
        if locator and not match.group("poss"):
            names.append(f"{locator.group(1)} {name}")  # "Article Two is brief:": a part of a work (a title)
            continue
        if match.group("poss") or prefix.endswith((" the", " The", " a", " an")) or not prefix:
            continue
        if re.search(r"(?:^|\s)(?:at|in|on|from|to|into|near|toward|towards|across|through)$", prefix, re.IGNORECASE):
            continue  # "Then, at Horeb, comes the question:": a place
        if prefix.endswith((".", "!", "?")):
            continue
        words = name.split()
        if any(w.strip(".") in _NOT_NAME_WORDS or w in _MONTH_WORDS or w in _PRONOUNS or w == "I" for w in words):
            continue
        if re.match(r"\s+(?:edition|edn|ed\.|Press|Books|Classics|Library|text|translation)\b", sentence[match.end():]):
            continue  # "(Dover edition, p. 66)": a publisher or an edition, not a speaker
        if name in ("God", "Lord", "The Lord"):
            continue  # "The Gospel is that God himself was the first giver:" names the subject, not a source
        if re.fullmatch(r"[IVXLC]+", words[-1]):
            continue
        names.append(name)
    return names[-1] if names else None


# a list item that opens with a citation covers the quotations in it:
# "- **Jane Austen, *Pride and Prejudice* (1813).** Penguin Classics. ... “It is a truth ...”"
_ITEM_START = re.compile(r"(?m)^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?P<line>[^\n]+)")
_ITEM_CITATION = re.compile(r"^(?P<a>[^,()\n]{3,60}),\s+(?P<t>[A-Z][^()\n.]{1,100}?)\s*(?:\((?P<y>[^()\n]*\d{4}[^()\n]*)\))?\s*[.:]")


def item_citation(preceding: str) -> Claim | None:
    """The citation that opens the list item holding a quotation, if the item opens with one."""
    items = list(_ITEM_START.finditer(preceding))
    if not items:
        return None
    item = items[-1]
    rest = preceding[item.end():]
    if re.search(r"\n[ \t]*\n", rest):
        return None  # the item ended before the quotation
    line = strip_emphasis(item.group("line"))
    match = _ITEM_CITATION.match(line)
    if not match or not looks_like_person(match.group("a").strip()):
        return None
    year = _YEAR.search(match.group("y") or "")
    return Claim(author=match.group("a").strip(), title=_clean_title(match.group("t")), year=year.group(1) if year else None)


_INTRO_PAGE = re.compile(r"\((?:[^()\n]{0,60}?,\s*)?" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)(?:\s*[-–]\s*\d+)?\)\s*:\s*$")


def _credited_claim(after: str, claim: Claim | None) -> Claim | None:
    """The claim a sentence makes, after the words, by crediting them to someone ("... ,” a line she
    credited to Mark Twain"), over the person who speaks them in it."""
    for match in _CREDITED_TO.finditer(_without_long_quotations(after)):
        who = _clean_author(match.group("who") or match.group("who2") or match.group("who3"))
        if not who or who in _PRONOUNS:
            continue
        title = match.group("title") and _clean_title(match.group("title"))
        if is_work_name(who) and not title:
            return Claim(title=who)
        return Claim(author=who, title=title or None, page=claim.page if claim else None)
    return claim


def _credit_line_claim(after: str, claim: Claim | None) -> Claim | None:
    """A block's claim completed by the credit line under it: the page of ``— Charles Darwin, On the
    Origin of Species (1859), chapter III, p. 61``, or the source of ``Thomas Paine, The Age of
    Reason, Part I`` (a citation line without a dash)."""
    line = as_credit_line(after.lstrip(" \t\n>").split("\n", 1)[0].strip(), own_line=True)
    if not line or len(line) > 200:
        return claim
    if (work_first := work_then_author(line)) is not None:
        return replace(work_first, translator=claim.translator if claim else None)
    dash = _DASH_CREDIT.match(line)
    person = dash and not (_DASH_TITLE_FIRST.match(line) or _DASH_WORK.match(line)) and _clean_author(dash.group("author"))
    if person and not is_work_name(person):
        # "— Plato, *Apology*, p. 31" under the block: its author, whoever the sentence before it spoke of
        # (the work the sentence names stays when it names the same author's: "In “Compensation” he writes:")
        title = claim.title if claim and claim.title and claim.author in (None, person) else None
        title = title or (_clean_title(dash.group("title")) if dash.group("title") else None)
        claim = Claim(author=person, title=title, translator=claim.translator if claim else None)
    citation = _CITATION_LINE.match(strip_emphasis(line))
    if citation and looks_like_person(citation.group("a").strip()):
        # the line under the block names its source, whatever the paragraph before it spoke of
        title = tidy_title(citation.group("t")) or _clean_title(citation.group("t"))
        claim = Claim(author=citation.group("a").strip(), title=title, translator=claim.translator if claim else None)
    elif not dash and (located := _TITLE_LOCATOR.search(strip_emphasis(line))) and located.start() > 0 \
            and _title_case(strip_emphasis(line)[:located.start()]) and len(line) <= 120:
        # "A Vindication of the Rights of Woman, chapter 2" on the line under the block: its work
        claim = Claim(author=claim.author if claim else None, title=tidy_title(strip_emphasis(line)),
                      translator=claim.translator if claim else None)
    if claim is None:
        return None
    page = PAGE_CITED.search(line)
    if page and not claim.page and re.match(r"[—―–-]{1,2}|[A-Z]", line):
        claim = claim.with_page(page.group(1))
    return claim


_OWNED_TITLE = re.compile(rf"^(?P<a>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})['’]s\s+(?P<t>[A-Z][^\n]*)$")


def claim_in_text(before: str, after: str, preceding: str, context: ClaimContext,
                  heading_person: str | None = None, page_person: str | None = None,
                  known: re.Pattern | None = None, block: bool = False) -> Claim | None:
    """The claim of an inline quotation or a block, read from the document around it.

    ``before``: the sentence (or paragraph) that introduces it; ``after``: the text after its
    closing mark, to the end of the paragraph; ``preceding``: a longer stretch before it, to
    resolve ``he said`` and ``the Greeley letter says``.  In order: an ``(ibid.)`` or a bare
    ``(p. N)`` continues the previous claim; a name with a speech verb, a credit or citation
    after it (or at the end of its sentence); a named work; the one name in a sentence that
    ends in a colon; a pronoun or a work as speaker takes the person last mentioned; last, the
    person the section heading names.  A social post's author line is no part of it: the poster quotes.
    """
    before, preceding = (HANDLE_LINE.sub(lambda m: " " * len(m.group()), part) for part in (before, preceding))
    if after.lstrip().startswith(("(", "—", "―", "–", "-")):
        after = re.sub(r"(?<!\n)\n(?![ \t]*\n)", " ", after)  # a credit wrapped over two lines: "(Alexander\nHamilton, ...)"
    ibid = _IBID.match(after)
    if ibid:
        base = context.previous or Claim()
        claim = base.with_page(ibid.group("page") or ibid.group("at") or base.page)
        return None if claim.is_empty() else claim
    claim = claim_from_context(before, after)
    if block:
        claim = _credit_line_claim(after, claim)
    claim = _credited_claim(after[:_sentence_end(after)], claim)
    translator = claim.translator if claim else None
    author = claim.author if claim else None
    place = author if author and _LOCATOR.match(author) else None
    author = None if place else author  # "Book IV opens with ...": a part of a work speaks, not a person
    title = claim.title if claim else None
    page = claim.page if claim else None
    year = claim.year if claim else None
    owned = _OWNED_TITLE.match(title or "")
    if owned and (looks_like_person(owned.group("a")) or owned.group("a") in (heading_person, page_person)):
        # "in Frederick Douglass's Narrative": the work, and the person whose it is
        title, author = owned.group("t"), author or owned.group("a")
    bare_page = _PAGE_AFTER.match(after)
    if bare_page and not _PAREN_CREDIT.match(after) and context.previous is not None:
        # "(p. 255)" alone: the page, in the work of the previous citation
        previous = context.previous
        named = [m.group() for m in known.finditer(re.sub(r"“[^“”]*”|\"[^\"]*\"", " ", before))] if known else []
        if author is None and named and (previous.author or "").split()[-1:] != named[-1].split()[-1:]:
            author = named[-1]  # "Darwin borrows the phrase when he speaks of “...” (p. 115)": not the last one cited
        elif author is None or author == previous.author:
            author = author or previous.author
            title = title or previous.title
            year = year or previous.year
    if (author is None or page is None) and not bare_page:
        # a citation that closes the sentence covers every quotation in it
        ahead = after[:_sentence_end(after)]
        for match in re.finditer(r"\(", ahead):
            credit = _PAREN_CREDIT.match(ahead[match.start():])
            cited = credit and _clean_author(credit.group("author"))
            if cited and author is not None and cited != author:
                break  # "..." Mill said, "..." (Hobbes 1651): another's citation
            if cited:
                author = cited
                title = title or (credit.group("title") and _clean_title(credit.group("title")))
                page = page or credit.group("page")
                year = year or credit.group("year")
                break
            cited = _PAREN_TITLE.match(ahead[match.start():])
            if cited and not title:
                title = _clean_title(cited.group("title"))  # "... “A” and “B” (*Ench.* 1)."
                break
    cited = item_citation(preceding)
    if cited is not None and (title is None or (" " not in title and title not in cited.title)):
        title = cited.title  # (a word caught by "in English fiction" is no title)
        author = author or cited.author
    if author is None and (_PRONOUN_AFTER.match(after) or _PRONOUN_NAMING_AFTER.match(after)):
        author = recent_person(preceding, known, re.match(r"\s*[,.]?\s*(\w+)", after).group(1))  # "“...,” she said."
    if author is None and title and before.rstrip().endswith(":"):
        # "Madison has the best answer I know, in Number 51:": the one name of the introducing sentence
        person = _colon_person(re.sub(r"“[^“”]*”|\"[^\"]*\"", " ", before))
        opener = _SUBJECT_OPENS.search(before)
        if opener and not any(w in _NOT_NAME_WORDS or w in _PRONOUNS or w in _LEADING_WORDS
                              for w in opener.group("n").split()):
            person = opener.group("n")  # the sentence's subject, at its start: "Madison has the best answer ...:"
        if person and person not in title:
            author = person
    if author is None:
        work = list(_WORK_SUBJECT.finditer(before))
        pronoun = _PERSONAL_PRONOUN.search(before)
        credited = claim_from_context("", after) if title and not (work or pronoun) else None
        if credited is not None and credited.title == title:
            pass  # the work of a credit line or citation after it ("— *Republic*, p. 206"): its author is the page's
        elif work or pronoun or (title and not is_work_name(title)):
            # "he" is the person last named before the pronoun, not before the quotation: in "she
            # quotes Rousseau's warning, “...,” and answers it: “...”" she is not Rousseau
            cut = len(preceding) - len(before) + pronoun.start() if pronoun and preceding.endswith(before) \
                else len(preceding)
            # (a work alone, with no "he", belongs to someone this paragraph names, if anyone)
            start = 0 if work or pronoun else preceding.rfind("\n\n") + 1
            author = recent_person(preceding[start:cut], known, pronoun.group().split()[0] if pronoun else None)
            if work and not title:
                title = _clean_title(work[-1].group("title"))
    if author is None:
        person = _colon_person(re.sub(r"“[^“”]*”|\"[^\"]*\"|\([^()\n]*\)", " ", before))  # a name in quotes is no speaker
        if person and not (title and person in title):  # "the paragraph from Leviathan:" names a work
            author = person
    if context.previous is not None and _SAME_WORK.search(before) and \
            (author is None or (context.previous.author or "").split()[-1:] == author.split()[-1:]):
        author = author or context.previous.author  # "it is the same book that opens with ..."
        title = title or context.previous.title
    if author is None and heading_person and ((title and not is_work_name(title)) or claim is None or claim.is_empty()):
        # (a work that is nobody's, "the King James Version", takes no author from the heading)
        author = heading_person
    if author is None and page_person and title and not is_work_name(title):
        author = page_person  # a work cited on a page whose title names its author: "(Hamlet 3.1)"
    if page is None and bare_page:
        page = bare_page.group("page")
    introduced = _INTRO_PAGE.search(before) if page is None else None
    if introduced:
        page = introduced.group("page")  # "This is how he kept track, from Part Two (Dover edition, p. 66):"
    if author and not title and _LOCATOR.match(author):
        title, author = author, None  # "Article Three gives us ...:": a part of a work speaks, not a person
    if place and not (author or title):
        title = place  # the part is all the sentence names
    author = None if _names_the_work(author, title) else author
    if not (author or title or translator or introduced):
        return None
    return Claim(author=author, title=title, page=page, translator=translator, year=year)


# --- the page's reference list --------------------------------------------------------

# "Mill, J. S. (1859). On Liberty. London: ...", "- Tocqueville, Alexis de (1835). *Democracy in America*, vol. 1.",
# "Machiavelli, N. 1908. The Prince. Trans. ...": one entry of an author-year reference list
_REFERENCE = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]+|\[?\d{1,3}[.)\]][ \t]+)?(?P<surname>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?),[ \t]+"
    r"(?P<given>[^()\n,]{1,40}?)[ \t]*[(,]?[ \t]*(?P<year>1[4-9]\d\d|20\d\d)[a-z]?(?:[ \t]*\[\d{4}\])?[)]?[.,:]?[ \t]+"
    r"(?P<rest>[^\n]{2,300})$")  # ("Engels, Friedrich (1902 [1884]): The Origin of the Family. …")
_REFERENCE_TITLE_END = re.compile(r"(?<!\bNo)(?<!\bVol)(?<!\bvol)(?<!\b[A-Z])[.?!](?=\s+[A-ZÀ-Þ0-9(]|\s*$)|,\s+(?:vol|trans|ed)\b")


_WORKS_CITED = re.compile(r"(?m)^[ \t]*(?P<surname>[A-Z][\w'’\-]+),[ \t]+(?P<given>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})\."
                          r"[ \t]+(?P<title>[A-Z][^.\n]{2,150})\.[ \t]+[^\n]*\b(?:1[4-9]\d\d|20\d\d)\b[^\n]*$")


def reference_list(text: str) -> dict[tuple[str, str], Claim]:
    """The works of the page's author-year reference list, by (surname, year): what ``(Mill 1859, p. 9)``
    cites.  Each entry gives the author and the title (the emphasised or quoted one, else the first
    sentence after the year)."""
    return works_by_key(reference_entries(text))


def works_by_key(entries: list[tuple[int, tuple[str, str], Claim]]) -> dict[tuple[str, str], Claim]:
    """Reference entries by (surname, year), the first entry of each key."""
    works: dict[tuple[str, str], Claim] = {}
    for _, key, claim in entries:
        works.setdefault(key, claim)
    return works


def reference_entries(text: str) -> list[tuple[int, tuple[str, str], Claim]]:
    """The entries of the page's reference lists as (offset, (surname, year), claim), in page order:
    works-cited entries ("Twain, Mark. Adventures of Huckleberry Finn. 1884. Penguin, 2014.", year
    "") and author-year ones ("Brontë, C. (2006). Jane Eyre (M. Smith, Ed.). Oxford University Press.")."""
    entries: list[tuple[int, tuple[str, str], Claim]] = []
    for match in _WORKS_CITED.finditer(text):
        entries.append((match.start("surname"), (match.group("surname"), ""),
                        Claim(author=f"{match.group('given')} {match.group('surname')}", title=match.group("title").strip())))
    cited = {offset for offset, _, _ in entries}
    for match in _REFERENCE.finditer(text):
        if match.start("surname") in cited:
            continue  # a works-cited entry read already ("Brontë, Charlotte. Jane Eyre. 1847. Penguin, 2006.")
        given = match.group("given").strip()
        if not re.fullmatch(r"(?:[A-Z][\w'’\-]*\.?\s*){1,4}(?:de|von|van|du|la)?", given):
            continue  # "Chapter, 12 ...", prose with a comma: not a name and initials
        rest = match.group("rest").strip()
        marked = re.match(r"(?P<m>[*_]{1,2}|[\"“])(?P<t>[^*_\"”\n]{2,200}?)[.,]?(?:[*_]{1,2}|[\"”])", rest)
        if marked:
            title = marked.group("t")
        else:
            end = _REFERENCE_TITLE_END.search(rest)
            title = rest[:end.start()] if end else rest
        title = re.sub(r"\s*\([^()]*\)\s*$", "", title).strip(" .,*_\"“”")  # "Frankenstein (revised edition)"
        if not title:
            continue
        entries.append((match.start("surname"), (match.group("surname"), match.group("year")),
                        Claim(author=f"{given} {match.group('surname')}", title=title, year=match.group("year"))))
    return sorted(entries, key=lambda entry: entry[0])


_APPARATUS_HEADING = re.compile(r"^[ \t]*(?:#{1,6}\s*)?(?P<kind>Notes|Footnotes|Endnotes|Citations|References|Bibliography|"
                                r"Works cited|Sources)(?:\s*\[edit\])?[ \t]*:?[ \t]*$", re.IGNORECASE)
_APPARATUS_END = re.compile(r"(?m)^[ \t]*(?:#{1,6}\s+\S|\d+\s+comments?\b|\*{3}|Comments\b|Reply\b|Categories:)")
_NOTE_KINDS = {"notes", "footnotes", "endnotes", "citations", "sources"}


def is_apparatus_heading(line: str) -> bool:
    """A heading of the page's notes or reference list: "Notes", "References [edit]", "Works Cited"."""
    return _APPARATUS_HEADING.match(line) is not None


def apparatus_spans(text: str, notes_only: bool = False) -> list[tuple[int, int]]:
    """The page's notes and reference lists, each from its heading to the next heading or section
    (comments under a blog post are not part of them)."""
    headings = [(line.start(), line.end(), heading.group("kind").lower())
                for line in re.finditer(r"(?m)^[^\n]{0,60}$", text)
                for heading in [_APPARATUS_HEADING.match(line.group())] if heading]
    kinds = [kind for _, _, kind in headings]
    # ("NOTES:" under every slide of a talk: the speaker's notes, the page's own text, not its apparatus;
    # "# Notes" as the page's first line: its title, a page of notes)
    front = FRONT_MATTER.match(text)
    body_start = len(text) - len(text[front.end() if front else 0:].lstrip())
    headings = [heading for heading in headings if kinds.count(heading[2]) <= 2 and heading[0] > body_start]
    spans = []
    for k, (start, end, kind) in enumerate(headings):
        if notes_only and kind not in _NOTE_KINDS:
            continue
        section_end = _APPARATUS_END.search(text, end + 1)
        stop = min(section_end.start() if section_end else len(text),
                   headings[k + 1][0] if k + 1 < len(headings) else len(text))
        if kind not in _NOTE_KINDS:
            stop = _end_of_entries(text, end, stop)
        spans.append((start, stop))
    return spans


_ENTRY_LIKE = re.compile(r"^[ \t]*(?:[-*•][ \t]+|\[?\d{1,3}[.)\]][ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?,[^\n]{0,300}?"
                         r"\b(?:1[4-9]\d\d|20\d\d)\b")


def _end_of_entries(text: str, start: int, stop: int) -> int:
    """Where a reference list's entries end: before the first paragraph under its heading that is
    no entry ("Surname, Given. Title. ... 1859."), once there has been one (a teacher's comments
    after the works cited are not part of the list)."""
    seen = False
    for paragraph in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", text[start:stop]):
        if _ENTRY_LIKE.match(paragraph.group()):
            seen = True
        elif seen:
            return start + paragraph.start()
    return stop


_NOTE_NUMBER = re.compile(r"^\s*(?:\[(?P<a>\d{1,3})\]|\^?(?P<b>\d{1,3})[.)]|↑)\s*")
_AUTHOR_YEAR = re.compile(r"^(?P<surname>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?P<year>1[4-9]\d\d|20\d\d)[a-z]?\b")


def footnotes(text: str, references: dict[tuple[str, str], Claim]) -> dict[int, Claim]:
    """The sources of the page's numbered notes ("Notes" section, one note a line, in order):
    ``Shelley 1831, p. 95.`` (through the reference list), ``Ibid., Book II, p. 20.``, or a full
    citation ``Marcus Aurelius, Meditations, translated by ... (London, 1906), p. 74.``"""
    sections = apparatus_spans(text, notes_only=True) or \
        [(a, b) for a, b in apparatus_spans(text) if re.search(r"(?m)^\s*\[\d{1,3}\]\s", text[a:b])]
    if not sections:
        return {}  # (a reference list numbered [1], [2] is cited by its numbers too: "…" [1, p. 145])
    start, end = sections[-1]
    notes: dict[int, Claim] = {}
    previous: Claim | None = None
    number = 0
    for line in text[start:end].splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        label = _NOTE_NUMBER.match(line)
        number = int(label.group("a") or label.group("b")) if label and (label.group("a") or label.group("b")) \
            else number + 1
        body = line[label.end():] if label else line
        page = PAGE_CITED.search(body)
        page = page.group("page") if page else None
        claim = None
        if re.match(r"(?i)ibid\b", body) and previous is not None:
            claim = previous.with_page(page or previous.page)
        else:
            cited = _AUTHOR_YEAR.match(body)
            if cited and (cited.group("surname").split()[-1], cited.group("year")) in references:
                work = references[(cited.group("surname").split()[-1], cited.group("year"))]
                claim = Claim(author=work.author, title=work.title, year=work.year, page=page)
            elif cited:
                claim = Claim(author=cited.group("surname"), year=cited.group("year"), page=page)
            else:
                citation = _CITATION_LINE.match(re.sub(r"\s*\([^()]*\)", "", body))
                if citation and looks_like_person(citation.group("a").strip()):
                    title = citation.group("t").split(",")[0].strip(" .\"“”*_")
                    claim = Claim(author=citation.group("a").strip(), title=title or None, page=page)
                else:
                    claim = _sentence_entry(body, page)
        if claim is not None:
            notes[number] = previous = claim
    return notes


_NAME_TITLE_ENTRY = re.compile(r"^(?P<a>[A-Z][^.()\n]{1,60}?)\.\s+(?P<t>[A-Z\"“][^.\n]{1,150}?)(?:\s*\([^()\n]*\))?\.(?:\s|$)")


def _sentence_entry(body: str, page: str | None) -> Claim | None:
    """A reference written as sentences, name first: "Confucius. *The Analects*. Translated by James
    Legge. Oxford: Clarendon Press, 1893." (or "Schwartz, Benjamin I. *The World of Thought* ...")."""
    body = strip_emphasis(re.sub(r"[*_]", "", body))
    listed = reference_entries(body)
    if listed:
        return replace(listed[0][2], page=page)
    entry = _NAME_TITLE_ENTRY.match(body)
    if entry is None or not (looks_like_person(entry.group("a")) or re.fullmatch(r"[A-Z][a-z'’\-]{2,}", entry.group("a"))):
        return None
    translator = re.search(r"\bTranslated by\s+(?P<v>[A-Z][^.,;\n]{2,60})", body)
    return Claim(author=entry.group("a"), title=tidy_title(entry.group("t").strip("\"“”")), page=page,
                 translator=translator.group("v").strip() if translator else None)


def cited_work(claim: Claim, references: dict[tuple[str, str], Claim]) -> str | None:
    """The title the reference list gives the work an author-year claim cites (by year, or the
    author's only entry)."""
    if not claim.author or not references:
        return None
    surname = claim.author.split()[-1]
    if claim.year and (surname, claim.year) in references:
        return tidy_title(references[(surname, claim.year)].title)
    entries = [work for (name, _), work in references.items() if name == surname]
    return tidy_title(entries[0].title) if len(entries) == 1 else None


# --- the page's claims read together ------------------------------------------------

def _key(value: str) -> str:
    return re.sub(r"[\W_]+", " ", value).strip().lower()


def expand_abbreviation(title: str, titles: list[str]) -> str:
    """A title cited by its abbreviation, in full when the page names one work it stands for:
    ``PL`` -> Paradise Lost (initials), ``Inf.`` -> Inferno, ``Ench.`` -> Encheiridion (a prefix)."""
    short = title.strip()
    letters = short.rstrip(".")
    if not letters or len(letters) > 5 or " " in letters:
        return title
    found = set()
    for full in titles:
        words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", full) if w.lower() not in _SMALL]
        if len(full) <= len(short) or not words:
            continue
        if letters.isupper() and len(letters) >= 2 and "".join(w[0] for w in words).upper() == letters:
            found.add(full)
        elif len(letters) >= 3 and letters[0].isupper() and letters[1:].islower() \
                and any(w.startswith(letters) and len(w) > len(letters) for w in words):
            found.add(full)
    return found.pop() if len(found) == 1 else title


def claim_from_properties(properties: dict[str, str]) -> Claim | None:
    """A claim from an Org property drawer (``:AUTHOR:``, ``:TITLE:`` or ``:SOURCE:``, ``:TRANSLATOR:``,
    ``:YEAR:``, ``:PAGE:``); a ``:SOURCE:`` that is a link names no work.  A ``READING`` field alone
    is a citation, read as a credit line ("Friedrich Engels, *The Origin of the Family*, ch. II")."""
    if "READING" in properties and len(properties) == 1:
        cited = claim_from_context("", "— " + properties["READING"])
        return cited if cited is not None and cited.author and cited.title else None
    title = properties.get("TITLE") or properties.get("SOURCE") or properties.get("WORK")
    if title and (title.startswith("[[") or "://" in title):
        title = None
    if title and not properties.get("TITLE") and not properties.get("AUTHOR"):
        cited = claim_from_header(citation_parts(title))
        if cited is not None and cited.author and cited.title:
            # "source:: Ralph Waldo Emerson, "Prudence", Essays First Series (1841)": a citation, not a title
            properties = {**properties, "AUTHOR": cited.author, "TRANSLATOR": properties.get("TRANSLATOR") or cited.translator}
            title = cited.title
    if title:
        title, maker = _without_maker(title)  # "Aesop's Fables, trans. George Fyler Townsend (1867)"
        if maker and not properties.get("TRANSLATOR"):
            properties = {**properties, "TRANSLATOR": maker}
    year = _YEAR.search(properties.get("YEAR", "") or properties.get("EDITION", ""))
    author = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", properties.get("AUTHOR", ""))  # 'Emily Brontë ("Ellis Bell")'
    claim = Claim(author=author or None, title=tidy_title(title) if title else None,
                  translator=properties.get("TRANSLATOR") or None, year=year.group(1) if year else None,
                  page=properties.get("PAGE") or None)
    return claim if claim.author or claim.title else None


def claim_from_clipping(title: str, authors: tuple[str, ...], page: str | None) -> Claim:
    """A claim from a Kindle clipping's header: the book, its author (the first name Kindle lists),
    its translator (the second) and the page."""
    return Claim(author=authors[0] if authors else None, title=title,
                 translator=authors[1] if len(authors) > 1 else None, page=page)


def complete_claims(claims: list[Claim | None], mentions: list[str] | None = None,
                    references: dict[tuple[str, str], Claim] | None = None,
                    titles: list[str] | None = None) -> list[Claim | None]:
    """Claims completed by what the rest of the page says about the same source.

    A title without an author takes the author the page gives that title elsewhere (``a caption
    from Walden`` after ``— Henry David Thoreau, Walden``), in full when the page names only one
    person with that surname.  (A name the text gives is kept as written: ``Mill's claim`` stays
    ``Mill``.)  ``mentions`` are further full names the page gives (section headings, headers).
    An author-year citation without a title takes it from the page's ``references``.
    """
    full_names: dict[str, set[str]] = {}
    title_author: dict[str, set[str]] = {}
    for name in [c.author for c in claims if c is not None and c.author] + list(mentions or []):
        words = name.split()
        if len(words) >= 2 and looks_like_person(name):
            full_names.setdefault(words[-1], set()).add(name)
    for claim in claims:
        if claim is not None and claim.author and claim.title:
            title_author.setdefault(_key(claim.title), set()).add(claim.author)
    by_maker: dict[str, set[str]] = {}  # a translator's or author's surname -> the authors of those works
    for claim in claims:
        if claim is not None and claim.author:
            for maker in ((claim.translator,) if claim.title else ()) + (claim.author,):
                if maker:
                    by_maker.setdefault(maker.split()[-1], set()).add(claim.author)
    out: list[Claim | None] = []
    for claim in claims:
        if claim is not None:
            author = claim.author
            if claim.translator and not claim.title:
                # "in Long's version", "in Butler's words": the work the page quotes in that version
                makers = by_maker.get(claim.translator.split()[-1], set())
                author = next(iter(makers)) if len(makers) == 1 else author
                if author is None and len(claim.translator.split()) == 1 and \
                        len(full_names.get(claim.translator, ())) == 1:
                    author = next(iter(full_names[claim.translator]))
            if not author and claim.title and len(title_author.get(_key(claim.title), ())) == 1:
                author = next(iter(title_author[_key(claim.title)]))
                if len(author.split()) == 1 and len(full_names.get(author, ())) == 1:
                    author = next(iter(full_names[author]))
            if author != claim.author:
                claim = replace(claim, author=author)
            cited = claim.author and claim.year and references.get((claim.author.split()[-1], claim.year))
            if (not claim.title or cited) and references:
                # ("(Mill 1869: 18)" under the header of another work cites Mill's work of 1869)
                claim = replace(claim, title=cited_work(claim, references))
            if claim.author and " " not in claim.author and references:
                listed = {work.author for (name, _), work in references.items() if name == claim.author and work.author}
                if len(listed) == 1:
                    claim = replace(claim, author=listed.pop())  # "(Twain 270)": the Works Cited's Mark Twain
            if claim.title and titles:
                claim = replace(claim, title=expand_abbreviation(claim.title, titles))
        out.append(claim)
    return out
