"""The kind of answer a question asks for, in a sentence: could this sentence hold it (a number,
a date, a day, a name it does not already say; people named in full when it asks who, only them
when it asks for a person by a role), and does
a question ask for several people or places. Pure functions of text."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from dragoman.assistant.countries import is_country
from dragoman.assistant.names import full_names, name_runs, same_name, seat_said, sentence_names, standalone, titled
from dragoman.assistant.question import NUMBER, YEAR_TEXT, Clause, analyse, asked_kinds, asks_for_list
from dragoman.assistant.roles import (
    ABOUT_LEAD,
    ROLE_ASKED,
    of_nation,
    only_under,
    role_nations,
    says_nation,
    titled_otherwise,
)
from dragoman.assistant.sums import asks_sum, sums
from dragoman.assistant.words import TELL_ME
from dragoman.index.calendar import MONTHS
from dragoman.index.keyword import Analyzer

# fmt: off
# Titles written capitalised before a name ("President Biden"): they name no one by themselves.
TITLES = frozenset({
    "President", "Vice", "Prime", "Minister", "Secretary", "Deputy", "Ambassador", "Director", "Chairman",
    "Chair", "General", "Senator", "Governor", "King", "Queen", "Prince", "Mr", "Mrs", "Ms", "Dr", "Professor",
    "Prof", "Sir", "Foreign", "Special", "Envoy", "Chancellor", "Premier", "Pope", "Emir", "Sheikh", "Crown",
})
# fmt: on

# A year, a month or a decade ("in 1970", "in November", "the last decade"; "May" and "March" only capitalised: not
# "parties may become ...")
_MONTH = "|".join(m.capitalize() for m in MONTHS if m not in ("may", "march"))
DATE = re.compile(
    rf"(?<![\w.]){YEAR_TEXT}s?(?!\w|\.\d)|\b(?:{_MONTH}|(?-i:May|March))\b|"
    r"\b(?:\w+th|last|next|previous|past|early|late|mid)[- ](?:century|decade)\b",
    re.IGNORECASE,
)
# A day, not only a month or a year: "3 March 2021", "March 3", "Sept. 13, 1993", "2021-03-03"
_MONTHS = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_DAY = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.\d])|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b|"
    r"(?<![\d.])\d{4}-\d\d-\d\d\b|(?<![\d.])\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)

# "On what exact date ...", "which day ...": a month or a year does not answer it
_ASKS_DAY = re.compile(r"\b(?:exact|precise|specific)\s+(?:date|day)\b|\b(?:what|which)\s+day(?![\w-])", re.IGNORECASE)
# "In what month and year ...?", "which month ...": a month, not a year alone ("Jan 20, 2022", "in January")
_ASKS_MONTH = re.compile(r"\b(?:what|which)\s+month\b|\bmonth\s+and\s+(?:the\s+)?year\b", re.IGNORECASE)
# "In which years did he serve?", "what year ...": a year or a decade, not a month alone ("to Moscow in November")
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+(?:exact\s+)?years?\b", re.IGNORECASE)
_YEARLY = re.compile(
    rf"(?<![\w.]){YEAR_TEXT}s?(?!\w|\.\d)|\b(?:\w+th|last|next|previous|past|early|late|mid)[- ](?:century|decade)\b",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_MONTHLY = re.compile(
    rf"\b(?:{_MONTH}|(?-i:May|March))\b|\b{_MONTHS}\.?\s+\d|\b{_MONTH_WORD}\.?[\s-]+\d{{2,4}}\b|"
    rf"\b\d{{1,2}}[\s-]+{_MONTH_WORD}\b|(?<![\d.])\d{{4}}-\d\d\b|(?<![\d./-])\d{{1,2}}[/-](?:\d{{1,2}}[/-])?\d{{2,4}}\b",
    re.IGNORECASE,
)  # ("in January", "Jan 20, 2022", "12-Aug-2003", "in march 2003", "2022-01", "03/15/2021", "09/2026")


def satisfies(
    question: Clause, sentence: str, known: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
) -> bool:
    """Could this sentence hold the kind of answer the clause expects? `known`: words its
    context writes as names mid-sentence, so a sentence may start with one ("Algeria is ..."); `people`: the
    surnames of the people its document names in full (names.py `surnames`)."""
    if question.expects == "number":
        # ("How long has Switzerland been acting for the US in Iran?" - "... since 1980": how long, from when)
        since = _HOW_LONG.search(question.text) and _SINCE_YEAR.search(sentence)
        if _COUNTED.search(question.text):
            return _counts(question.text, sentence)
        # (an amount, in figures or a word of size: not "a single framework", "twice"; a sum asked: in figures, of a
        # size, or in a currency - not "one of its allies")
        numbers = [m.group(0).lower() for m in NUMBER.finditer(sentence)]
        if asks_sum(question.text):
            numbers = sums(sentence, numbers)
        return bool(numbers or since)
    if question.expects == "date":  # (not a year the asker sets aside: "what year was the real one (not the 1970 one)")
        aside = _NOT_YEAR.findall(question.text)
        precise = (
            _DAY
            if _ASKS_DAY.search(question.text)
            else _MONTHLY
            if _ASKS_MONTH.search(question.text)
            else _YEARLY
            if _ASKS_YEAR.search(question.text)
            else DATE
        )
        dates = precise.finditer(sentence)
        return any(not any(y in d.group(0) for y in aside) for d in dates)
    if question.expects == "name":
        # (people asked for in the plural: named in full, not a lead-in naming only a place)
        return bool(answer_names(question, sentence, known, in_full=asks_several_names(question), people=people))
    return True


_HOW_LONG = re.compile(r"\bhow long\b", re.IGNORECASE)
# (set aside: "(not the 1970 one)", "other than 1970"; not a guess checked, "was it not in 1998?")
_NOT_YEAR = re.compile(r"\b(?:not\s+the|other\s+than|apart\s+from|except)\s+((?:1[5-9]|20)\d\d)\b", re.I)
_SINCE_YEAR = re.compile(rf"\bsince (?:(?:early|late|mid-?)\s*)?{YEAR_TEXT}\b", re.IGNORECASE)
# "How many secret rounds of talks ...?": what is counted (not "how many of them", "how many times"; nor "how many
# persons", any people, as "how many people": "120 workers", "12 fans", "Three shareholders")
# (not a time or place said after it: "how many after the expulsions, and how many in early 2017?")
_COUNTED = re.compile(
    r"\bhow many\s+(?!(?:of|after|before|during|since|until|in|at|by|on|from)\s)(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:times|does|this|persons|individuals)\b)([a-z-]{3,}s)\b",
    re.I,
)
COUNTED_WITHIN = 4  # words between a number and what it counts ("120 workers", "15 block producers")


def _counts(question: str, sentence: str) -> bool:
    """Does a number of the sentence count what the question asks how many of ("120 workers"; "the
    total number of operations is ..."), not other things ("two of the greatest foes")? Words are
    compared by their stems ("rounds" - "round", not "states" - "statements")."""
    m = _COUNTED.search(question)
    if m is None:
        return bool(NUMBER.search(sentence))
    # (or the acronym the question gives it: "multiply-accumulate operations (MACs)")
    short = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", question[m.end() :])
    things = {_stem(m.group(1))} | ({_stem(short.group(1))} if short else set())
    if NUMBER.search(sentence) and any(
        _stem(w) in things
        for n in re.finditer(r"\bnumber of\b", sentence, re.I)
        for w in re.findall(r"[\w-]+", sentence[n.end() :])[:3]
    ):
        return True
    return any(
        _stem(w) in things
        for n in NUMBER.finditer(sentence)
        for w in re.findall(r"[\w-]+", sentence[n.end() :])[: COUNTED_WITHIN + 1]
    )


@functools.cache
def _stem(word: str) -> str:
    return _STEMMER.stem([word.lower()])[0]


_STEMMER = Analyzer()


@functools.lru_cache(maxsize=64)  # (asked of every sentence a clause is checked against)
def _seats(words: frozenset[str], text: str) -> tuple[str, ...]:
    """The question's words that may stand for a country: a capital standing alone ("between
    Washington and Tehran", not "the Madrid Conference")."""
    return tuple(q for q in words if standalone(q, text))


def names_listed(sentence: str, count: int) -> bool:
    """Does the sentence list as many names in a series, commas and an "and" between them ("... a comparative case
    study of Norway, Switzerland and Qatar, ..."; not "Luke Howard first measured it in London")?"""
    return any(len(_NAME.findall(m.group(0))) == count for m in _NAME_SERIES.finditer(sentence))


# a name: capitalised words, maybe joined by "of" or "the" ("the Gulf of Aden"); names in a series (not the sentence's
# first word: "The ...")
_NAME_TEXT = r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:of\s+|the\s+)?(?-i:[A-Z])[\w'’.-]*){0,3}"
_NAME = re.compile(_NAME_TEXT)
_NAME_SERIES = re.compile(rf"(?<!^)(?<![.?!:]\s)\b{_NAME_TEXT}(?:,\s+{_NAME_TEXT})*,?\s+(?:and|or)\s+{_NAME_TEXT}")


def new_names(question: str, sentence: str, count: int) -> bool:
    """Does a question asking a name (or several) find at least `count` new names in the sentence?"""
    clauses = analyse(question)
    return (
        len(clauses) == 1
        and clauses[0].expects == "name"
        and len(set(answer_names(clauses[0], sentence, in_full=True))) >= count
    )


def counts_named(question: str) -> bool:
    """Does the question count people or places, asking their names ("which three small states ...?")?"""
    clauses = analyse(question)
    return len(clauses) == 1 and clauses[0].expects == "name" and _COUNTS_NAMED.search(question) is not None


# people or places counted: "which three small states", "the two Norwegian negotiators"
_COUNTS_NAMED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1\d)\s+(?:[\w-]+\s+){0,2}?(?:states|"
    r"countries|nations|cities|towns|places|regions|capitals|people|persons|men|women|officials|negotiators|leaders|"
    r"presidents|mediators|envoys|diplomats|ministers|authors|writers|organi[sz]ations|institutions|institutes|"
    r"universities|bodies|companies|firms|banks|brands|teams|clubs|parties|groups|agencies|ministries|newspapers)\b",
    re.IGNORECASE,
)


def answer_names(
    question: Clause,
    sentence: str,
    known: frozenset[str] = frozenset(),
    in_full: bool = False,
    people: frozenset[str] = frozenset(),
) -> list[str]:
    """The names of a sentence that could answer a clause asking for one: not a name the question
    already says (India ~ Indian; Iran for Tehran, names.py `seat_said`), nor a title ("President").
    Asked who, names of people written in full or after a title ("Wendy Sherman", "President Biden";
    not "Russian" or "Geneva") when the sentence has some, or `in_full`; asked for a person by a role
    ("which Qatari minister ...?", "who served as Oman's foreign minister?"), only those; a surname in `people`
    (its document names them in full: "Burns could be just the trusted interlocutor") is a person's, but for
    `in_full`."""
    # (not a letter: the "U" of "U.S.-Iran")
    names = [w for w in sentence_names(sentence, known) if w not in TITLES and len(w.rstrip(".")) > 1]
    names = [w for w in names if not any(same_name(w.lower(), q) for q in question.words)]
    # nor the rest of the full name of a person the question names ("Richard" of "President Richard Nixon")
    # (but for a building's kind: "Which hotel ...?" - "the Capella Hotel")
    asked = {
        w
        for run in name_runs(sentence)
        if len(run) > 1 and run[-1].lower() in question.words and not re.fullmatch(_BUILDINGS, run[-1], re.I)
        for w in run
    }
    names = [w for w in names if w not in asked]
    names = [w for w in names if not any(seat_said(q, w) for q in _seats(question.words, question.text))]
    # "which Qatari minister ...?", "who signed it for the Taliban?": a person, no state
    role = ROLE_ASKED.search(question.text) or _PERSON_ACT.search(question.text)
    if role or _WHO.match(question.text):
        said = full_names(sentence, TITLES) | titled(sentence, TITLES) | (frozenset() if in_full else people)
        said |= {part for w in said if "-" in w for part in w.split("-")}  # ("Terje Rod-Larsen": Rod, Larsen)
        names = [w for w in names if w in said] or ([] if in_full or role else names)
        if role and only_under(role.group(0), sentence):  # ("Who was Norway's Foreign Minister?" - "the Deputy
            names = []  # Foreign Minister, Jan Egeland": another role)
        if role:  # ("names of the senators who flew to Kyiv?" - "Ambassador Burns' visit": not a senator)
            otherwise = titled_otherwise(role.group(0), sentence)
            names = [w for w in names if w not in otherwise]
    elif _WHERE.match(question.text):  # ("where did they meet?": a place, not "Donald Trump's")
        names = [w for w in names if re.sub(r"['’]s$", "", w) not in _people_not_placed(sentence)]
    if _SETTLEMENT_ASKED.search(question.text):  # ("in which city was it signed?" - "The tact of Norway ...": no city)
        names = [w for w in names if not is_country(w) and not w.isupper()]  # (nor an acronym: "made for TV")
    # ("the name of the estate where they met?" - "Qatar hosting the talks between the United States ...": no estate)
    if _BUILDING_ASKED.search(question.text):
        names = [w for w in names if _beside_building(w, sentence) and not is_country(w)]
    nations = role_nations(role.group(0)) if role else []
    # ("which Russian official ...?" - "... between Russia and Donald Trump's team": the sentence says the nation,
    # but not of him; one not saying it cannot tell - "Sultan Qaboos carried the messages")
    if nations and says_nation(sentence, nations):
        names = [w for w in names if of_nation(sentence, w, nations)]
    return names


# a city or a town asked for by its kind ("In which city ...?", "what town ...?"; not "which capital gains rules")
# a building or an estate asked for by its kind ("What was the name of the estate where ...?", "which hotel ...?"):
# answered by a name said with that kind of word ("the Borregaard estate", "Hotel Capella", "the estate of Borregaard")
_BUILDINGS = r"(?:estates?|manors?|houses?|farms?|farmhouses?|buildings?|palaces?|castles?|villas?|residences?|hotels?)"
_BUILDING_ASKED = re.compile(
    rf"\b(?:(?:which|what)\s+(?:[\w-]+\s+)?|names?\s+of\s+(?:the\s+|that\s+)?(?:[\w-]+\s+)?){_BUILDINGS}\b", re.I
)


def _beside_building(name: str, sentence: str) -> bool:
    """Is the name said as a building's or a place's: with a word of its kind ("the Borregaard estate", "the estate
    of Borregaard", "the Saigon Morin, a riverside building") or where something is at ("stayed at the Saigon Morin",
    "held at the Raffles in Singapore")?"""
    word = re.escape(name)
    run = r"(?:(?-i:[A-Z])[\w'’-]*\s+)*"
    return bool(
        re.search(
            rf"\b{word}(?:\s+(?-i:[A-Z])[\w'’-]*)*(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}})?\s*{_BUILDINGS}\b",
            sentence,
            re.I,
        )
        or re.search(rf"\b{_BUILDINGS}\s+(?:(?:of|at|in|called|named)\s+)?{run}{word}\b", sentence, re.I)
        or re.search(rf"\bat\s+(?:the\s+)?{run}{word}\b", sentence)  # (not "in the South China Sea": a region)
    )


_SETTLEMENT_ASKED = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:city|cities|town|towns|village|villages)\b", re.I)


def _people_not_placed(sentence: str) -> set[str]:
    """The words of the names of people in the sentence (`full_names`, titled), but for a run after a word placing it
    ("at Camp David", "in Buenos Aires", "for Amnesty International"): possessives written without their "'s"."""
    placed = {
        w
        for m in re.finditer(r"\b(?:at|in|near|from|for|outside|inside)\s+((?:[A-Z][\w'’-]*\s?)+)", sentence)
        for w in m.group(1).split()
    }
    people = full_names(sentence, TITLES) | titled(sentence, TITLES)
    return {re.sub(r"['’]s$", "", w) for w in people if w not in placed}


# (a place: not the source of something, "Where does the money it uses come from?")
_WHERE = re.compile(
    r"\W*(?:(?:and|so|but|then)\s+)?(?:in\s+)?where\b(?![^?]*\b(?:comes?|came|stems?|originates?|is|was|are)\s+"
    r"(?:\w+\s+)?from\b)",
    re.IGNORECASE,
)


# what only a person does, asked as the question's own verb: signing, writing, speaking for a side, succeeding
# someone (a state may mediate or host; "Who is the chief executive who signed ...?" asks by the role)
_PERSON_ACT = re.compile(
    # (after a topic: "2020 Doha Agreement - who signed for US / Taliban?")
    r"^\W*(?:[^?:]{0,120}?\s[-–—]\s+|[^?:]{0,120}:\s+)?(?:(?:and|so|but|then)\s+)?who\s+"
    r"(?:(?:actually|personally|later|then|first)\s+)?(?:signed|wrote|penned|"
    r"represented|headed|chaired|"
    r"spoke for|replaced|succeeded|took over from)\b",
    re.IGNORECASE,
)


def asks_who(question: str) -> bool:
    """Does the question ask one thing, who ("Who's the expert ...?", "Through whom ...?")?"""
    clauses = analyse(question)
    return len(clauses) == 1 and clauses[0].expects == "name" and _WHO.match(clauses[0].text) is not None


# (after a casual "ok, so," or "and", a topic: "oslo - who were ...", a lead-in: "two things on X: who ...")
_WHO = re.compile(
    # (a lead-in, which may quote a title asking: "'A new back channel to Moscow?' piece - who are ...")
    # ("That journal article - on the Oslo channel, confirm who ...": a lead-in, then where)
    rf"\s*(?:(?:[^?:]|\?(?=['’\"”])){{0,120}}?\s[-–—]\s+|[^?:]{{0,120}}:\s+|{ABOUT_LEAD})"
    r"{0,2}"
    r"(?:(?:ok(?:ay)?|so|and|but|well|then|if so|if yes)[\s,]+)*"  # ("..., if so, who were they?")
    # ("Can you tell me who ...?", "confirm who the negotiators were")
    rf"(?:(?:(?:can|could|would) you |please )?(?:(?:tell|remind) (?:me|us)|{TELL_ME}) )?"
    # (not a relative clause after a lead-in: "About Kissinger, who ran it, what does the paper conclude?")
    r"(?:(?:through|by|with|to|from|for|via) )?(?:who|whom)\b(?![^?]*,\s*(?:what|which|how|why|when|where)\b)",
    re.I,
)
_PLURAL = r"(?!(?:its|his|hers|this|thus|was|has|does|is|us)\b)[a-z-]*[a-z][^siu\W]s\b"
_PEOPLE = (
    r"(?:emissaries|envoys|negotiators|officials|diplomats|leaders|mediators|intermediaries|interlocutors|presidents|"
    r"ministers|ambassadors|advis[eo]rs|representatives|authors|experts|scholars|people|individuals|figures)"
)
_SEVERAL_NAMES = re.compile(
    rf"\bwho (?:are|were|have been|had been)(?: the| some of the)? (?:[\w-]+ ){{0,2}}{_PLURAL}|"
    rf"\b(?:which|what) (?:(?!(?:of|the|an?|in|on|to|for|from|with|by|at)\b)[\w-]+ ){{0,2}}?{_PLURAL}|"
    # ("which former american presidents are ...")
    # "Who has Biden been sending as trusted emissaries?"
    rf"\bwho\b[\w\s,'’-]*?\bas (?:the |his |her |their |its )?(?:[\w-]+ )?{_PLURAL}|"
    # "Biden's trusted emissaries - who's he been sending?", "... emissaries to Moscow - names?": people said before
    # (not one of them: "Club officials - who is the head coach?")
    rf"\b{_PEOPLE}\b[^?]{{0,60}}?(?:\s[-–—]|:)\s*(?:who\b(?!\s+(?:is|was)\b)|(?:their\s+|the\s+)?names\b)",
    re.I,
)


def asks_several_names(question: Clause) -> bool:
    """Does the clause ask for several people or places ("Who are the trusted emissaries ...?", "Which countries?")?"""
    return question.expects == "name" and (asks_for_list(question.text) or bool(_SEVERAL_NAMES.search(question.text)))


def asks_several_dates(question: Clause) -> bool:
    """Does the clause ask for years, more than one ("In which years did ...?", "what two dates")?"""
    return question.expects == "date" and bool(_SEVERAL_DATES.search(question.text))


_SEVERAL_DATES = re.compile(
    r"\b(?:which|what)\s+(?:two |three |four )?(?:years|yrs|dates)\b|\b(?:the|their)\s+(?:years|dates)\s*[.?!]?\s*$",
    re.IGNORECASE,
)


def lacks_asked(question: str, sentence: str) -> bool:
    """Does the sentence lack a kind of answer (a number, a date) the question asks for anywhere
    ("..., in which countries, and since what year?")?"""
    clause = analyse(question)[0]
    return any(
        not satisfies(replace(clause, expects=kind), sentence) for kind in asked_kinds(question) & {"number", "date"}
    )


# a line giving a person and their role: "Pierre Garnier, Chief Executive Officer", "Jane Roe - Director"
_ROLE_LINE = re.compile(r"^\s*([^,;:\-–—]{3,60}?)\s*[,\-–—]\s*([^,;:]{3,60}?)\s*$")


def role_line(question: Clause, line: str) -> bool:
    """Is the line (not prose: a signature, a list of officers) a person named in full and their role, a role the
    clause asking who says ("Who is the chief executive officer who signed the letter?")?"""
    m = _ROLE_LINE.match(line)
    if not m or not _WHO.match(question.text) or not full_names(m.group(1), TITLES):
        return False
    role = set(re.findall(r"[a-z]{3,}", m.group(2).lower()))
    return bool(role) and role <= question.words
