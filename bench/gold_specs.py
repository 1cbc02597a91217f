"""Hand-written gold decisions for bench/data/attribution/ (turned into gold files by make_gold.py).

Per document, in document order, one entry per quoted span:

* ``P(snippet, marks)``: the whole paragraph containing ``snippet`` is quoted (excerpt blocks);
* ``Q(start, end, marks)``: quoted from the start of ``start`` to the end of the next ``end``;
* ``I(text, marks)``: exactly ``text`` (the inside of an inline quotation's marks);
* ``L(text)``: a paragraph that is nothing but an elision mark inside an excerpt (editorial).

``marks`` are the editorial substrings (interpolations, [sic], page anchors, elisions) inside
the span, in order. Everything not covered is the compiler's.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class P:
    """The whole paragraph (between blank lines, trimmed) that contains ``snippet``."""

    snippet: str
    marks: list[str] = field(default_factory=list)


@dataclass
class Q:
    """From the start of ``start`` to the end of the first ``end`` after it."""

    start: str
    end: str
    marks: list[str] = field(default_factory=list)


@dataclass
class I:  # noqa: E742
    """Exactly ``text`` (an inline quotation: the inside of its quotation marks)."""

    text: str
    marks: list[str] = field(default_factory=list)


@dataclass
class L:
    """A paragraph that is only an editorial mark (``...`` alone on a line inside an excerpt)."""

    text: str



SPECS: dict[str, list] = {}

SPECS["01-mill-liberty-braces"] = [
    P("{p. 21} The object of this Essay", ["{p. 21}", "{i.e. the State and public opinion together}", "{p. 22}", "..."]),
    P("It is, perhaps, hardly necessary", ["...", "{he means the subjects of the East India Company, which employed him}"]),
    P("{p. 33} ... If all mankind", ["{p. 33}", "...", "...", "{p. 34}"]),
    P("{p. 1} The object of this Essay", ["{p. 1}", "..."]),
    P("{p. 38} What is now called", ["{p. 38}", "{i.e. men, husbands and fathers}", "..."]),
]

SPECS["02-government-brackets"] = [
    P("[p. 3] Society in every state", ["[p. 3]", "[...]", "[sic]"]),
    P("[p. 31] Small islands", ["[p. 31]", "[i.e. America]", "[i.e. Britain]", "[sic]"]),
    P("[p. 357] I heartily accept", ["[p. 357]", "[...]", "[1846-1848]"]),
    P("[p. 62] Whatsoever therefore", ["[p. 62]", "[...]", "[sic]"]),
]

SPECS["03-declared-convention"] = [
    P("{p. 5} Man is born free", ["{p. 5}"]),
    P("If I took into account only force", ["…", "{so much for the state of nature}"]),
    P("{p. 4} The education of women", ["{p. 4}"]),
    P("{p. 81} I am fully persuaded", ["{p. 81}", "…", "{in Emile, book V}"]),
    P("{p. 119} But though this be", ["{p. 119}", "{sic}", "…",
                                      "{the source of the famous American triad, with possessions turned into happiness}"]),
]

SPECS["04-no-end-markers"] = [
    P("{p. 26} It is not from the benevolence", ["{p. 26}"]),
    P("{p. 477} He generally", ["{p. 477}", "{Smith is talking about investing at home rather than abroad}"]),
    P("Nor is it always the worse"),
    P("Ambition must be made to counteract"),
    P("In framing a government which"),
    P("I know no country in which"),
    P("In America the majority raises"),
]

SPECS["05-blog-blockquotes"] = [
    P("I went to the woods because"),
    I("to live deep and suck out all the marrow of life"),
    I("publish its meanness to the world"),
    P("The mass of men lead lives"),
    I("A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers and divines."),
    I("Simplify, simplify."),
    I("Best book blog of 2018"),
]

SPECS["06-stoic-notes"] = [
    Q("Of things some are in our power, and others", "whatever are not our own acts."),
    I("to distinguish that of things some are in our power, but others are not"),
    Q("Begin the morning by saying", "to be vexed and to turn away.", ["[...]"]),
    I("The universe is transformation: life is opinion."),
    I("Do not act as if thou wert going to live ten thousand years. Death hangs over thee."),
]

SPECS["07-academic-prose"] = [
    I("the tyranny of the majority"),
    I("the tyranny of the majority"),
    I("generally included among the evils against which society requires to be on its guard"),
    I("through the acts of the public authorities"),
    I("more formidable than many kinds of political oppression"),
    I("fewer means of escape, penetrating much more deeply into the details of life, and enslaving the soul itself"),
    Q("Protection, therefore, against the tyranny", "on those who dissent from them."),
    I("I know no country in which there is so little true independence of mind and freedom of discussion as in America"),
    I("he is tormented by the slights and persecutions of daily obloquy"),
    I("the violence of faction"),
    I("dangerous vice"),
    I("the despotism of custom"),
    I("limit to the legitimate interference of collective opinion with individual independence"),
]

SPECS["08-forum-post"] = [
    Q("Lincoln never said he wanted to end slavery.", "in the Greeley letter."),
    I("a house divided against itself can not stand, this government cant endure permanently half slave and half free"),
    I("If I could save the Union without freeing any slave, I would do it"),
    I("by freeing all the slaves"),
    I("not, nor ever have been, in favor of bringing about in any way the social and political equality of the white and black races"),
    I("all men are created equal"),
    I("Those who would give up essential liberty to purchase a little temporary safety deserve neither liberty nor safety."),
    I("marked it as an evil not to be extended"),
]

SPECS["09-social-contract-compilation"] = [
    P("{p. 85} For the Lawes", ["{p. 85}"]),
    P("Sect. 124. The great", ["{by which Locke means lives, liberties and estates}"]),
    P("{p. 18} In order then", ["{p. 18}", "..."]),
    P("The latent causes of faction", ["..."]),
    L("..."),
    P("The regulation of these various"),
    P("{p. 143} Society is, indeed", ["{p. 143}"]),
    P("It is a partnership in all science"),
    P("{p. 12} There never did", ["{p. 12}", "..."]),
    I("end of time"),
    P("{p. 64} There is no difficulty", ["{p. 64}"]),
]

SPECS["10-news-article"] = [
    I("Four score and seven years ago our fathers brought forth on this continent, a new nation, "
      "conceived in Liberty, and dedicated to the proposition that all men are created equal,"),
    I("We practiced it for three weeks,"),
    I("You think you know it, and then you get to the middle and realize you’ve never actually read the middle."),
    I("Every year a kid asks me why he says they cannot dedicate the ground when that’s exactly what they came to do,"),
    I("That’s the whole lesson."),
    Q("But, in a larger sense, we can not dedicate", "to add or detract."),
    I("to bind up the nation’s wounds, to care for him who shall have borne the battle and for his widow and his orphan."),
    I("It’s the one night a year when nobody argues,"),
    I("government of the people, by the people, for the people, shall not perish from the earth."),
    I("Short enough to learn"),
]

SPECS["11-two-translations"] = [
    I("the real Marcus Aurelius"),
    P("Betimes in the morning say to thyself", ["{sic}", "..."]),
    P("Begin the morning by saying to thyself", ["..."]),
    P("\"Through me the way is to the city dolent;"),
    P("Justice incited my sublime Creator;"),
    P("Before me there were no created things,"),
    P("\"THROUGH me you pass"),
    P("\"All hope abandon ye who enter here.\""),
]

SPECS["12-excursus-editions"] = [
    P("{p. 56} ANARCHISM", ["{p. 56}"]),
    P("The new social order rests"),
    P("{p. 57} A thorough perusal", ["{p. 57}", "..."]),
    P("{hbk p. 3, pbk p. 5} Well-being", ["{hbk p. 3, pbk p. 5}"]),
    P("We know, indeed, that the producers", ["...", "{hbk p. 4, pbk p. 6}", "...", "{Kropotkin's sarcasm, not mine}"]),
    L("..."),
    P("All is for all!"),
    I("the right to work"),
]

SPECS["13-quotes-within-excerpts"] = [
    P("MR. PRESIDENT AND FELLOW-CITIZENS"),
    P("In his speech last autumn at Columbus"),
    P("\"Our fathers, when they framed"),
    P("I fully indorse this"),
    P("{p. 139} Next day, Sunday", ["{p. 139}"]),
    P("{p. 262} Patriotism having become", ["{p. 262}"]),
    I("Patriotism is the last refuge of a scoundrel"),
]

SPECS["14-word-processor"] = [
    P("{p. 133} Upon this", ["{p. 133}", "{Machiavelli is speaking of subjects, not of friends}"]),
    P("{p. 150} STUDIES", ["{p. 150}", "...", "{i.e. pruning}"]),
    P("Read not to contradict", ["..."]),
]

SPECS["15-scanning-errors"] = [
    P("(p. 148) It was about this time", ["(p. 148)", "[sic]"]),
    # "corrected" (scare quotes) is the compiler's own word, not a quotation
    P("(p. 489) It is interesting", ["(p. 489)", "...", "[sic]"]),
    I("breathed by the Creator"),
    P("Tell me, Muse, of that man", ["[i.e. the Sun]"]),
]

SPECS["16-verse-compilation"] = [
    P("Shall I compare thee", ["{i.e. stripped of its beauty}"]),
    P("Let me not to the marriage", ["{a ship}"]),
    P("Of Man's first disobedience", ["..."]),
    L("..."),
    P("That, to the height of this great argument"),
    P("I celebrate myself, and sing myself"),
    P("I loafe and invite my soul"),
]

SPECS["17-burke-paine-hr"] = [
    P("[p. 112] It is now sixteen", ["[p. 112]", "[...]"]),
    P("[p. 113] But the age of chivalry", ["[p. 113]", "[emphasis added]",
                                          "[i.e. the deference of commoners to nobles and of men to women]"]),
    P("[p. 26] Not one glance", ["[p. 26]", "[i.e. the Bastille]"]),
]

SPECS["18-markdown-compilation"] = [
    P("{p. 7} A spectre", ["{p. 7}", "{the chief ministers of Austria and France}"]),
    P("{p. 9} The history", ["{p. 9}"]),
    P("{p. 47} ... Let the ruling", ["{p. 47}", "..."]),
    I("Workers of the world, unite!"),
    I("WORKING MEN OF ALL COUNTRIES, UNITE!"),
    I("The cause of America is in a great measure the cause of all mankind"),
    I("Society is produced by our wants, and government by our wickedness"),
]
