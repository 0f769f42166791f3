"""Forms of a name: whether two words name one thing (Norway ~ Norwegian) and whether a text
mentions a name; the shape of a run of capitalised words. Pure functions of text."""

from __future__ import annotations

import functools
import itertools
import re

from dragoman.assistant.words import NOT_NAMES, STOP_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’]*")  # a word starting with a letter, in any script
_NAME_ENDINGS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ic", "ese", "ish", "egian"})


def same_name(a: str, b: str) -> bool:
    """Two lower-case words for one name: the longer is the shorter, less up to two final
    vowels (or y), plus a plural or demonym ending (Norway ~ Norwegian, India ~ Indian, China ~
    Chinese, Qatar ~ Qatari), so not Iran ~ Iraq or India ~ individuals."""
    short, long = sorted((a, b), key=len)
    return a == b or any(
        len(short) - k >= 3
        and long.startswith(short[: len(short) - k])
        and set(short[len(short) - k :]) <= set("aeiouy")
        and long[len(short) - k :] in _NAME_ENDINGS
        for k in (0, 1, 2)
    )


def mentions(text: str, names: tuple[str, ...] | list[str]) -> bool:
    """Every name occurs in text as a word or a form of it (see same_name), or as the country a
    capital, a short name or a demonym stands for (`seat_said`)."""
    if not names:
        return True
    lower = text.lower()
    words = set(re.findall(r"[^\W_]+", lower))
    return all(n in words or any(same_name(n, w) for w in words) or seat_said(n, text) for n in names)


# A country named in other words than the text's: its capital standing for its government, as news
# writing uses it ("talks between Washington and the Taliban"), or its short name ("American presidents":
# "US presidents"). The country's name in a text says it too (upper-case forms: as written).
_US = (
    "United States",
    r"U\.S\.",
    "US",
    "(?<!Latin )(?<!South )(?<!Central )(?<!North )(?<!Bank of )America",
    "Americans?",
)
_UK = ("United Kingdom", r"U\.K\.", "UK", "Britain", "British")
_RUSSIA = ("Russia", "Russians?", "Soviets?")
_SEATS = {
    "washington": _US,
    "america": _US,
    "american": _US,
    "americans": _US,
    "britain": _UK,
    "british": _UK,
    "london": _UK,
    "moscow": _RUSSIA,
    "kremlin": _RUSSIA,
    "beijing": ("China", "Chinese"),
    "paris": ("France", "French"),
    "berlin": ("Germany", "Germans?"),
    "tokyo": ("Japan", "Japanese"),
    "tehran": ("Iran", "Iranians?"),
    "havana": ("Cuba", "Cubans?"),
    "pyongyang": ("North Korean?",),
    "seoul": ("South Korean?",),
    "kabul": ("Afghanistan", "Afghans?"),
    "islamabad": ("Pakistan", "Pakistanis?"),
    "delhi": ("India", "Indians?"),
    "kyiv": ("Ukraine", "Ukrainians?"),
    "kiev": ("Ukraine", "Ukrainians?"),
    "jerusalem": ("Israel", "Israelis?"),
    "ankara": ("Turkey", "Turkish"),
    "riyadh": ("Saudi",),
    "bern": ("Switzerland", "Swiss"),
    "ottawa": ("Canada", "Canadians?"),
    "canberra": ("Australia", "Australians?"),
    "rome": ("Italy", "Italians?"),
    "madrid": ("Spain", "Spanish"),
    "warsaw": ("Poland", "Polish"),
    "cairo": ("Egypt", "Egyptians?"),
    "muscat": ("Oman", "Omanis?"),
    # the first part of a compound adjective: "Indo-Pakistani talks", "Sino-American relations"
    "indo": ("India", "Indians?"),
    "sino": ("China", "Chinese"),
    "russo": _RUSSIA,
    # a country or a body by its initials ("backchannels to the USSR": "the Soviet Union")
    "ussr": ("Soviet Union", "Soviets?", "USSR", r"U\.S\.S\.R\."),
    "usa": _US,
    "uk": _UK,
    "uae": ("United Arab Emirates", "UAE", "Emirati", "Emiratis"),
    "emirati": ("United Arab Emirates", "UAE"),  # (not "Emirates": the airline too)
    "emiratis": ("United Arab Emirates", "UAE"),
    "prc": ("China", "Chinese", "(?<!Democratic )People['’]s Republic of China"),
    "plo": ("Palestine Liberation Organi[sz]ation", "PLO"),
    "eu": ("European Union", "EU"),
}
# a demonym not formed from its country's name (Norway ~ Norwegian is `same_name`), either way round
IRREGULAR = {
    "switzerland": ("Switzerland", "Swiss"),
    "netherlands": ("Netherlands", "Dutch"),
    "france": ("France", "French"),
    "spain": ("Spain", "Spanish", "Spaniards?"),
    "denmark": ("Denmark", "Danish", "Danes?"),
    "sweden": ("Sweden", "Swedish", "Swedes?"),
    "finland": ("Finland", "Finnish", "Finns?"),
    "ireland": ("Ireland", "Irish"),
    "greece": ("Greece", "Greeks?"),
    "poland": ("Poland", "Polish", "Poles?"),
    "philippines": ("Philippines", "Filipinos?"),
    "thailand": ("Thailand", "Thais?"),
}
_DEMONYMS = {
    "swiss": "switzerland", "dutch": "netherlands", "french": "france", "spanish": "spain", "spaniards": "spain",
    "danish": "denmark", "danes": "denmark", "swedish": "sweden", "swedes": "sweden", "finnish": "finland",
    "finns": "finland", "irish": "ireland", "greek": "greece", "greeks": "greece", "polish": "poland",
    "filipino": "philippines", "filipinos": "philippines", "thai": "thailand",
}  # fmt: skip
_SEATS.update(IRREGULAR)

_SEATS.update({people: IRREGULAR[country] for people, country in _DEMONYMS.items()})


def standalone(name: str, text: str) -> bool:
    """Is the lower-case `name` written in text as a word of its own, not the first of a longer name
    ("Madrid" in "talks in Madrid", not in "the Madrid Conference" or "the Rome Statute")?"""
    return any(
        not re.match(r"\s+[A-Z]", text[m.end() :]) for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    )


def people_said(name: str, text: str) -> bool:
    """Does the text name, as written, the country a lower-case name or demonym not formed from its name stands
    for, or its people ("swiss": "Switzerland", "switzerland": "Swiss")? The same name in another form, as
    same_name's Norway ~ Norwegian."""
    forms = IRREGULAR.get(_DEMONYMS.get(name, name), ())
    return any(re.search(rf"(?<!\w){form}(?!\w)", text) for form in forms)


def seat_said(name: str, text: str) -> bool:
    """Does the text name, as written (a capitalised word), the country a lower-case `name` stands for
    (`_SEATS`)? Not as a currency ("US$") or a standard ("US GAAP")."""
    return any(re.search(rf"(?<!\w){form}(?![\w$]| GAAP)", text) for form in _SEATS.get(name, ()))


# a run of capitalised words inside a sentence: a name or a title ("Crisis Management Initiative")
# (not a sentence's first word, nor the first after a sentence quoted whole: '"... in Cairo." Looks garbled.')
CAPITALISED_RUN = re.compile(
    r"(?<=[a-z,;'‘\"] )(?<![.?!]\" )(?<![.?!]' )(?<![.?!]’ )[A-Z][\w-]+(?: (?:of |the |and |for )?[A-Z][\w-]+)*"
)


# words that make a run of capitalised words a body's or a place's name, not a person's
# ("Applied Social Science Institute", "North Korea")
NOT_PEOPLE = frozenset(
    "Institute Institution University College School Agency Department Ministry Office Centre Center Council "
    "Committee Commission Foundation Society Association Union Organization Organisation Nations Bank Court "
    "Corporation Company Group Party Forum Academy Science Sciences Studies Affairs Service Services Agreement "
    "Section Division Bureau Secretariat Dialogue "
    "Accords Accord Treaty Crisis War Process Initiative Program Programme Project "
    "Korea America Arabia Africa Asia Europe East West North South York Kingdom States Emirates House Island "
    "Islands Sea Ocean Gulf Bay River Mountains City Republic Province Valley Coast Strait Canal Square Street".split()
)
# the last word of a run naming a thing after a nation or a person ("the Norwegian Model", "the Truman Doctrine"; not
# "Senate Majority Leader Chuck Schumer", "Model Kate Moss": a title before a name)
_THING_ENDS = frozenset(
    "Model Models Doctrine Plan Declaration Principles Conference Summit Talks Convention Protocol Charter Statute "
    "Pact Strategy Policy Report Journal Embassy Government Administration".split()
)
# an initial ("J.") or a word (any script: "Rød-Larsen", "Erdoğan", "McDonald"; not the full stop after it)
_TOKEN = re.compile(r"[^\W\d_]\.|[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def full_names(sentence: str, titles: frozenset[str] = frozenset()) -> set[str]:
    """The words of runs of two or more capitalised words, `titles` ("Ambassador") left out of
    a run: the names a sentence gives people in full ("Ambassador William Burns": William, Burns),
    not a demonym or a place named by one word ("Russian", "Geneva"), nor a body or a place named
    by several ("the Central Intelligence Agency", "North Korea")."""
    return {w for words in _people_in_full(sentence, titles) for w in words}


def people_in_full(text: str) -> list[str]:
    """The people a text names in full ("Which university is Sadia Rafique at?": "Sadia Rafique"; not "Which
    University" nor "GC University Lahore", a body; nor a run a question word opens)."""
    runs = _people_in_full(text, frozenset())
    # (nor "What's Kissinger's": a question word's "'s")
    return [" ".join(words) for words in runs if re.split(r"['’]", words[0].lower())[0] not in STOP_WORDS]


def _people_in_full(text: str, titles: frozenset[str]) -> list[list[str]]:
    out = []
    for run, start in name_runs_at(text):
        words = [w for w in run if w not in titles and not w.endswith(".")]
        # (nor the rest of a body's name after "of": "the Centre of Humanitarian Dialogue", "Bank of England")
        if (
            len(set(words)) >= 2
            and not NOT_PEOPLE & set(words)
            and run[-1] not in _THING_ENDS
            and not of_body(text, start)
        ):
            out.append(words)
    return out


_BODY_OF = re.compile(rf"\b(?:{'|'.join(sorted(NOT_PEOPLE))})\s+of\s+(?:the\s+)?$")


def of_body(text: str, start: int) -> bool:
    """Does the run of capitalised words at `start` go on a body's name ("Centre of" Humanitarian Dialogue)?"""
    return _BODY_OF.search(text, max(0, start - 40), start) is not None


@functools.lru_cache(maxsize=64)  # (a pure function of a document's text, read for each passage of it)
def surnames(text: str, titles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The last words of the names a text gives people in full ("Ambassador William Burns": Burns): a
    sentence after the first mention names them by it alone ("Burns could be just the trusted interlocutor")."""
    lower = {w for w in _WORD.findall(text) if w.islower()} | STOP_WORDS
    lower |= {w.lower() for w in _PLACED.findall(text)}  # ("in Ukraine": a place)
    out = set()
    for words in _people_in_full(text, titles):
        given = list(itertools.dropwhile(lambda w: w.lower() in STOP_WORDS, words))  # ("As Rick Moss, ...")
        # (a name is no word the text writes in lower case - not "The Russian", "Balance of Power", "New Delhi" -
        # and a person's name is two or three words, not a heading's "Quiet Diplomacy And Backchannel Negotiations")
        if 2 <= len(given) <= 3 and not {given[0].lower(), given[-1].lower()} & lower:
            out.add(re.sub(r"['’]s$", "", given[-1]))
    return frozenset(out)


_PLACED = re.compile(r"\b(?:in|into|inside|across|throughout)\s+([A-Z][\w'’-]*)")


def titled(sentence: str, titles: frozenset[str]) -> set[str]:
    """The names a title gives a person ("Foreign Minister Alawi": Alawi; not a body's "Department of Foreign
    Affairs")."""
    runs = [
        run for run, at in name_runs_at(sentence) if len(run) > 1 and run[-2] in titles and not of_body(sentence, at)
    ]
    return {run[-1] for run in runs if run[-1] not in titles}


def name_runs(sentence: str) -> list[list[str]]:
    """The runs of capitalised words of a sentence, one space apart ("President Richard Nixon")."""
    return [run for run, _ in name_runs_at(sentence)]


def name_runs_at(sentence: str) -> list[tuple[list[str], int]]:
    """`name_runs`, each with where it starts."""
    runs: list[tuple[list[str], int]] = []
    run: list[str] = []
    start = end = -1
    for m in _TOKEN.finditer(sentence):
        word = m.group(0)
        capital = word[0].isupper() and (any(c.islower() for c in word) or bool(re.fullmatch(r"\w\.", word)))
        if capital and run and sentence[end : m.start()] == " ":
            run.append(word)
        else:
            runs += [(run, start)] if run else []
            run, start = ([word], m.start()) if capital else ([], -1)
        end = m.end()
    return runs + ([(run, start)] if run else [])


# between two items of one list: separators and other names ("Norway, Switzerland, and Qatar")
_VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|was|are|were|can|could|will|would|did|does|may|might|must|should)\b")
# (between two items of a list: "Norway, Switzerland, and Qatar", "the Cuban Missile Crisis and the Oslo Accords")
_BETWEEN_LISTED = re.compile(r"(?:[\s,;&/]|\band\b|\bor\b|\bas well as\b|\bthe\b|\b[A-Z][\w'’-]*)*")


def listed_together(text: str, a: str, b: str) -> bool:
    """Does the text name a and b (lower-case words, in any form: Norway ~ Norwegian) only as items
    of one list ("Norway, Switzerland, and Qatar"), nothing said of either between them?"""
    found: dict[str, list[re.Match[str]]] = {a: [], b: []}
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
        word = m.group(0).lower().removesuffix("'s").removesuffix("’s")
        for name in (a, b):
            if same_name(word, name):
                found[name].append(m)
    pairs = [(x, y) if x.start() < y.start() else (y, x) for x in found[a] for y in found[b]]
    # (not two a comma alone parts, the second followed by its verb: "... like Switzerland, Singapore has found ...")
    return any(
        _BETWEEN_LISTED.fullmatch(between := text[first.end() : last.start()]) is not None
        and not (between.strip() == "," and _VERB_NEXT.match(text, last.end()))
        for first, last in pairs
    )


def sentence_names(sentence: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised words of a sentence that are names, not a stop word, nor its first word
    unless that is a `known` name."""
    out = []
    for i, m in enumerate(_WORD.finditer(sentence)):
        raw = m.group(0)
        w = re.sub(r"['’]s?$", "", raw)
        if not w[:1].isupper() or w in NOT_NAMES or w.lower() in STOP_WORDS:
            continue
        if i == 0 and raw == w and w not in known and not sentence[m.end() + 1 : m.end() + 2].isupper():
            continue  # a capital that may only start the sentence (a name if "X's ..." or "X Y ...")
        out.append(w)
    return out


def context_names(text: str) -> frozenset[str]:
    """Words a text writes capitalised after a lower-case word: names, not sentence starts."""
    return frozenset(m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z][\w-]+)", text))


# a name said with a prefix making it another thing of its kind ("a kind of mini-Cuban Missile Crisis which took place
# in 1970"; not "anti-", "post-": "Anti-Vietnam War protests continued until the war ended in 1975")
_PREFIXED = re.compile(r"(?<![A-Za-z])(?:mini|quasi|pseudo|neo|proto)[-‐]$", re.IGNORECASE)
_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")


def another_named(question: str, sentence: str) -> bool:
    """Does a sentence say a name of several words the question asks about only with a prefix making it another thing
    ("When was the Cuban Missile Crisis?" - "... a kind of mini-Cuban Missile Crisis which took place in 1970")? A
    date it gives is the other thing's."""
    for m in _RUN.finditer(question):
        if _PREFIXED.search(question[max(0, m.start() - 8) : m.start()]):
            continue  # (asked of the other thing: "the mini-Cuban Missile Crisis")
        said = [x.start() for x in re.finditer(re.escape(m.group(0)), sentence, re.IGNORECASE)]
        if said and all(_PREFIXED.search(sentence[max(0, at - 8) : at]) for at in said):
            return True
    return False


def clipped(word: str, before: str, text: str) -> bool:
    """Is the word a name clipped short after a slash or a hyphen pairing it with another ("Israeli/Pal talks",
    "US-Sov relations"), and does the text write a name it starts (one only: "Palestinian")?"""
    # (a slash is read "and" by then: "Israeli and Pal talks")
    if not re.fullmatch(r"[A-Z][a-z]{2,3}", word) or not re.search(r"(?:[A-Za-z][/-]|\b[A-Z][a-z]+\s+and\s+)$", before):
        return False
    return len(set(re.findall(rf"\b{word}[a-z]{{3,}}\b", text))) == 1
