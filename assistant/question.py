"""What a question asks for: its terms, the names and years it is about, the kind of answer
it expects, and how a follow-up leans on the previous question.

No parser or NER model can be had offline here, so these are small, measured rules
(docs/quality.md): they let the answerer refuse a sentence that is on the subject but
cannot be the answer — "How many detainees were released?" is not answered by a sentence
without a number, "Who chairs Norway's Crisis Management Initiative?" not by one about
Finland's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from dragoman.assistant.asides import (
    bare_check,
    believed,
    checks_belief,
    claimed,
    quoted_claim,
    told,
    told_inside,
    without_guesses,
)
from dragoman.assistant.exam import REQUEST_VERBS, STATE_ASKS
from dragoman.assistant.expects import NOT_A_DATE
from dragoman.assistant.expects import asked_kinds as asked_kinds
from dragoman.assistant.expects import expected_answer as expected_answer
from dragoman.assistant.explaining import asks_meaning as asks_meaning
from dragoman.assistant.explaining import asks_reason as asks_reason
from dragoman.assistant.items import numbered
from dragoman.assistant.names import CAPITALISED_RUN
from dragoman.assistant.parts import bare_asked, split_parts
from dragoman.assistant.recalled import without_memories
from dragoman.assistant.terms import defined_term
from dragoman.assistant.words import NO_POSSESSOR, STATEMENT_END, names_topic, requested, sentence_end
from dragoman.assistant.words import NOT_NAMES as NOT_NAMES
from dragoman.assistant.words import STOP_WORDS as STOP_WORDS
from dragoman.assistant.words import WH as WH
from dragoman.index.calendar import MONTHS

YEAR_TEXT = r"(?:1[5-9]\d\d|20\d\d)"
YEAR = re.compile(rf"(?<![\w.]){YEAR_TEXT}(?!\w|\.\d|['’]s\b)")  # (not "the 1990's": a decade)
# Numbers that can answer "how many": not a year or decade (1990s, mid-90s), not a citation marker such as [275].
NUMBER = re.compile(
    rf"(?<![\w\[])(?!{YEAR_TEXT}s?\b)(?!(?:(?<=the )|(?<=mid-)|(?<=['’])|(?<=early )|(?<=late ))\d0s\b)"
    r"\d[\d,.]*(?![\d\]])|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|half|double|twice|single)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """One clause of a question ("What did X lead to, and what did Y say?" has two): an answer
    sentence answers one of them."""

    text: str
    names: tuple[str, ...]  # lower-cased names the answer's surroundings must mention
    years: frozenset[str]  # years the answer's surroundings must mention
    expects: str | None  # "number", "date", "name" or None (any sentence may answer)
    words: frozenset[str]  # the whole question's words, lower-cased: a name in an answer must be new
    term: tuple[str, ...] = ()  # "What is a protecting power?": words the passage must say together
    subject: str = ""  # in a comparison, the one thing compared this clause asks about (compare.py)
    other: str = ""  # and the other one
    source: str = ""  # in a comparison of documents, the one document this clause asks about


# What a follow-up carries over from the previous turn ("When did it start? (Oslo talks)"):
# context for retrieval, not something the question asks or already says.
CARRIED = re.compile(r"(?<=\?)\s*\([^()]*\)\s*$")
_ASKS = re.compile(
    # (and an exam's command words: "Identify two cases ..., and give ...", "State the two things ...")
    rf"\?\s*$|\b{WH}\b|(?:^\s*|\s[-–—:;]\s*)(?:tell|(?!state\b){REQUEST_VERBS}|{STATE_ASKS})\b|"
    # (a thing wanted, of what: "For the Oslo card I want the exact date it was signed and where ...")
    # (not "... who were they? I need the names.", nor "I want the date format to be ISO")
    r"\bI\s+(?:want|need|['’]d\s+like|would\s+like)\s+the\s+(?:exact\s+|precise\s+)?(?:years?|dates?|days?|months?|"
    rf"names?|places?|locations?|numbers?|titles?|authors?)\b{NOT_A_DATE}(?=\s+\w)|"
    r"(?:^|[,;:.?!–—-]|\band)\s*(?:(?:please|so|also|now|ok(?:ay)?|hi|hey|well|then|but)[\s,]+)*(?:can|could|would|will)"
    r"\s+you\s+(?:please\s+)?(?:confirm|verify|tell|give|list|name|explain|describe)\b|"
    # a terse part naming what it asks for ("Estonia: year of the cyberattack it suffered, and ...")
    r"^\s*(?:[^:?]{1,60}:\s*)?(?:the\s+)?(?:year|date|month|number|names?|location|cause|size|amount)\s+(?:of|for)\b"
    r"(?![^?]*\b(?:was|is|were|are)\b)(?![^?]*\.\s*$)|"  # (not a statement: "The year of the attack was 2007.")
    # typed as a search box is: what it asks a few words after a dash ("oslo channel - norwegian negotiators, and
    # which institute opened it?"), or two things set against each other ("embassy headcount now vs early 2017")
    r"\s[-–—]\s+(?:[\w'’/+-]+\s+){0,4}[\w'’/+-]+\s*$|\b(?:vs\.?|versus)\s",
    re.IGNORECASE,
)


_MORE_OF = re.compile(r"\b(?:who|what|which)\s+else\s*(?:[?,]|$)", re.I)  # (not "who else took part?")
_RESTATED = re.compile(rf"\s*(?:like|i mean|as in|you know),?\s+{WH}\b", re.IGNORECASE)  # (not "Like Oman, ...")
REQUEST = re.compile(
    r"\s*(?:please|kindly|i(?:['’]d| would) (?:like|appreciate)|i want|i need|(?:want|need)\b(?!\s+to\b)|give me)\b",
    re.I,
)  # ("Please name each of them.", "Need it exact.")


def scene(question: str) -> str:
    """The statements of a question that set its scene rather than ask ("Algeria gets a short
    paragraph in the paper."), less the names and figures inside them and any statement saying
    what several things share ("X and Y both mention a deal."); "" if none. Their words say where to look more than
    what the answer says: they weigh less (weights.py)."""
    question = CARRIED.sub("", question)
    parts = [p.strip() for p in re.split(STATEMENT_END, question) if p.strip()]
    if not any(_ASKS.search(p) for p in parts):
        return ""
    said = []
    for p in parts:
        # (a statement whose question words only tell: "I was tickled to read that the Swiss ... when ...")
        if _asks(p, True) or REQUEST.match(p) or re.search(r"\b(?:both|each|either|neither)\b", p, re.IGNORECASE):
            continue
        words = re.findall(r"[\w'’-]+", p)
        # (its first word may be a name or not: "Algeria gets ...", "Unlike Switzerland, ..."; a name the
        # question asks about is in its clauses too, and so weighs in full anyway)
        said += [w for i, w in enumerate(words) if not (w[:1].isdigit() or (w[:1].isupper() and i > 0))]
    return " ".join(said)


@functools.lru_cache(maxsize=256)  # a pure function of the text, asked for by several steps of one answer
def analyse(question: str) -> tuple[Clause, ...]:
    """The clauses of a question that ask something; a statement setting the scene ("Cuba comes
    up in several texts.") is dropped when another clause asks."""
    # (what the asker remembers asks nothing: "I recall the Oslo accords on the news, so who were the negotiators?")
    question = without_memories(CARRIED.sub("", question))
    words = frozenset(re.findall(r"[^\W_]+", question.lower()))
    items = numbered(question)  # "(1) which body ..., and (2) who ...": each item asks
    parts = [x.strip() for p in items or [question] for x in split_parts(p)]
    # (a casual "like what goes wrong for them" after the question says it again: no part of its own)
    questioned = any(p.rstrip().endswith("?") for p in parts)
    # ("Oslo channel per the paper: Norwegian negotiators + which institute opened it?": the negotiators asked too)
    parts = [
        bare_asked(p) if i + 1 < len(parts) and not _asks(p, questioned) and _asks(parts[i + 1], questioned) else p
        for i, p in enumerate(parts)
    ]
    asking = [p for p in parts if p and (_asks(p, questioned) or p in items) and not _RESTATED.match(p)]
    # ("... which presidents ...? I know Nixon's in there but who else?": more of what was asked, no part of its own)
    asking = [p for i, p in enumerate(asking) if not (i and _MORE_OF.search(p))]
    # ("I'd have sworn Carter was in there too. Was he? Which presidents did it name?": the asker's belief and
    # its check, which the answer to the rest settles)
    asking = [p for p in asking if not checks_belief(parts, p) and not believed(p)] or asking or [question]
    # ("... back in '62. That the right year? And what were they building there?": the check asks nothing new)
    asking = [p for p in asking if not bare_check(p)] or asking
    # ('Checking this sentence: "Moscow expelled every employee who had served ..." What cutoff does it give?': the
    # draft's words quoted to be checked ask nothing, whatever question word they hold)
    asking = [p for p in asking if not quoted_claim(p)] or asking
    # ("The paper says Singapore is a convenor. What big negotiation does it organize?": "it" is Singapore)
    before = parts[: parts.index(asking[0])] if asking[0] in parts else []
    # (not a belief's: "I should have guessed Eisenhower would head the list, but I may be wrong. Which presidents
    # does it name?" - it is the document; nor a claim the asker checks: "... talked the Sovs out of Cienfuegos back
    # in '62. That the right year?")
    checked = set(claimed(parts))
    told = [
        n
        for p in before
        if p not in asking and not believed(p) and p not in checked
        for n in question_names(_LABEL.sub("", p))
    ]
    clauses: list[Clause] = []
    for p, expects in ((item, kind) for part in asking for item, kind in _enumerated(part, part in items)):
        said = without_guesses(p)  # (not what the asker guesses: "..., I think it was Iraq since 1979?")
        for claim in checked - {p}:  # (nor a claim the part holds: "CLAIM: ... since 1979 ... Verify both - year ...")
            said = said.replace(claim, " ")
        names = tuple(question_names(_BRACKETED_AFTER_NAME.sub(r"\1", said)))
        years = frozenset(YEAR.findall(said))
        if p in checked or believed(p):  # (a claim checked, or believed: its names and years may be the detail the
            # answer corrects)
            names, years = (), frozenset()
        clause = Clause(p, names, years, expects, words, defined_term(p))
        if clauses and not (clause.names or clause.years or clause.term or CAPITALISED_RUN.search(p)):
            # "..., and why?" is about what the clause before it names (unless it names its own
            # subject: "..., and which unit of the Swiss Federal Department provides ...?")
            prev = clauses[-1]
            clause = replace(clause, names=prev.names, years=prev.years, term=prev.term)
        elif not clauses and told and not clause.names and _PRONOUN.search(p):
            clause = replace(clause, names=tuple(dict.fromkeys(told)))
        elif not clauses and told and _FRAGMENT_ASKING.fullmatch(p) and _SHARED_OR_DIFFERENT.search(p):
            # "Moss's study and Jacob's Kashmir study. Common thread, per the Pouch?": of what the statement names
            # (not "My doctor, Dr. Patel, prescribed Lipitor. Any side effects?": the doctor need not be said)
            clause = replace(clause, names=tuple(dict.fromkeys([*told, *clause.names])))
        elif clauses and not clause.names and _PRONOUN.search(p):
            # "Estonia: what year was it attacked, and which UN processes has it led?": it is Estonia
            clause = replace(clause, names=clauses[-1].names)
        clauses.append(clause)
    return tuple(clauses)


# names in brackets after a name say which one is meant ("the Moss (Kissinger-Dobrynin) and Jacob (India-Pakistan)
# case studies"): the answer's surroundings need not say them
_BRACKETED_AFTER_NAME = re.compile(
    r"(\b(?!(?:What|Which|Who|How|Why|When|Where|The|In|On)\b)[A-Z][\w'’-]*)\s*"
    r"\([A-Z][\w'’.-]*(?:[\s/,&–-]+[A-Z][\w'’.-]*)*\)"  # (names only: not "(in Norway's case)", "(and Qatar)")
)

# a word labelling what follows ("Verify: the study lists ...")
_LABEL = re.compile(r"^\s*[\w-]+\s*:\s*")


def _asks(part: str, questioned: bool = False) -> bool:
    """Does the part ask (not a statement ending in a full stop whose only question word tells the asker's past;
    when another part ends in "?", not one whose question words are all inside it: asides.py)?"""
    if not questioned and _CHECK_ASKS.match(part):  # ("CLAIM: ... Verify date + venue.": all it asks)
        return True
    if not part.rstrip().endswith("."):
        return bool(_ASKS.search(part))
    return bool(_ASKS.search(told_inside(part) if questioned else told(part)))


# a checking desk's request ("Verify date + venue.", "Confirm both numbers."; not its label, "VERIFY: draft says ...",
# nor "Check-in closes early.")
_CHECK_ASKS = re.compile(r"\s*(?:verify|confirm|check)\b(?![-:]|\s+(?:in|up|out)\b)", re.IGNORECASE)
# a few words asking what things share or how they differ, no more ("Common thread, per the Pouch?", "Differences?")
_FRAGMENT_ASKING = re.compile(r"\W*(?:[\w'’-]+[\s,]+){0,5}[\w'’-]+\s*\?\s*")
_SHARED_OR_DIFFERENT = re.compile(r"\b(?:common|shared?|similar\w*|alike|differ\w*|contrast\w*)\b", re.IGNORECASE)


# a pronoun as the subject of a clause's verb ("has it championed", "did they"), not its object ("respond to it")
_PRONOUN = re.compile(
    r"\b(?:has|have|had|did|does|do|is|was|were|are|can|could|will|would|might|may)\s+(?:it|they|he|she)\b"
)


# "Name the two negotiators of the Oslo channel and the institute that first offered it": a part per thing
_NAMING = re.compile(
    # (after an instruction on where to look: "Using the source, name the dialogue ... and the summit ...")
    r"^\s*(?:(?:using|from|according to|based on|with reference to)\s[^,?]{1,40},\s*)?"
    r"(?:name|give|list|identify|state|provide)\s+(?=the\s)",
    re.IGNORECASE,
)
_ITEM = re.compile(r",\s+(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s)", re.IGNORECASE)
ITEM_WORDS = 3  # words saying what each thing named is: fewer ("the city", "the U.S. official") and it is no part


def _enumerated(part: str, item: bool = False) -> list[tuple[str, str | None]]:
    """A clause and the kind of answer it expects; an imperative naming several things ("Name the
    X of Y and the Z that W") split into one clause per thing, each expecting by its noun ("the
    year ..." a date), when each thing is said in at least ITEM_WORDS content words; a numbered `item`
    likewise ("(2) the cities it linked" a name; "(3) when it was discontinued" a date)."""
    if item and (re.match(r"(?i)the\s", part) or re.match(r"(?i)when\s+(?!(?:was|were|did|do|does|is|are)\b)", part)):
        return [(part, expected_answer("which " + part[4:]) if part[:1] in "Tt" else "date")]
    m = _NAMING.match(part)
    items = [i.strip(" ,") for i in _ITEM.split(part[m.end() :])] if m else []
    # (a year says what the thing is as a word does: "the 2018 summit it hosted")
    if len(items) < 2 or any(len(content_words(re.findall(r"[^\W_]+", i.lower()))) < ITEM_WORDS for i in items):
        return [(part, expected_answer(part))]
    return [(item, expected_answer("which " + re.sub(r"^the\s+", "", item))) for item in items]


# "the two negotiators" is answered by two names as often as by the word: said, a count word counts
# for a sentence; unsaid, not against it
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def content_words(analyzer_words: list[str]) -> list[str]:
    """The words of a question that say what it is about (for term coverage)."""
    return [w for w in analyzer_words if w not in STOP_WORDS and not (len(w) == 1 and w.isdigit())]  # ("the 3 ...")


# a word after "what" that is no plural noun ("What does ...", "what role has ...")
_NOT_NOUN = (
    r"(?!(?:does|did|do|is|was|has|had|have|are|were|this|its|his|it|he|she|goes|gets|makes|says|means|thus|us)\b)"
)
# after a plural noun, a word that is no verb of it ("Which company owns the patent?": "owns" is the verb)
_FUNCTION = (
    r"(?:the|a|an|its|their|his|her|him|them|this|that|these|those|to|of|in|on|at|for|from|with|by|when|if|"
    r"whether|most|more|up|out|about|over|into|as|and|or)"
)
# nouns ending in -s that name one thing ("- its bias?", "- the ethics?")
_SINGULAR_S = r"(?!(?:bias|alias|atlas|canvas|gas|news|series|species|means|lens|physics|politics|ethics|economics)\b)"
_LIST = re.compile(
    r"\b(?:list|enumerate|name (?:the|all)|what (?:are|were) (?:all )?the|which (?:are|were) the)\b|"
    # "It listed some hazards. Could you go through them one by one?" (a request: not "the tanks rolled one by one")
    r"\b(?:you|please|let['’]s)\s+(?:\w+\s+)?(?:go|run|walk|take)\s+(?:me\s+|us\s+)?(?:through|over)\s+"
    r"(?:them|each|all|these|those)\b|\b(?:you|please)\b[^.?!]*\bone by one\b|"
    r"\b(?:two|three|four|five|six|seven|several|various|multiple|many|different)\s+(?:[\w-]+\s+)?[a-z-]+s\b|"
    r"\b(?:what|which)\s+(?!(?:does|is|was|has)\b)(?:[\w-]+\s+)?[a-z-]+[^siu\W]s\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:do|does|did|are|were|have|has|can|could|would|should|must)\b|"
    # (a plural: not "What status does ...?")
    # "... - the main pitfalls it covers", "what are all the risks the article lists?"
    r"(?:[-–—:]\s*|\b(?:what|which) (?:are|were) )(?:the|all(?: the)?|its)\s+(?:[\w-]+\s+)?[a-z-]+[^siu\W]s\s+"
    r"(?:it|they|the\s+[\w-]+)\s+(?:covers|lists|names|mentions|gives|describes|enumerates|identifies|outlines|cites)\b|"
    # "The paper lists several constraints. Which are they?"
    r"\b(?:what|which)\s+(?:are|were)\s+(?:they|these|those)(?:\s+[a-z]+s)?\s*\?|"
    # "... - main problems it lists", "... - examples in its table?": typed as a search box is, what is asked a
    # plural noun alone after a dash
    rf"\s[-–—:]\s+(?:(?:the|its|their|all|main|key|chief|major)\s+)*{_SINGULAR_S}[a-z-]+[^siu\W]s\b(?:\s+(?:it|they)\s+"
    r"(?:covers|lists|names|mentions|gives|describes|enumerates|identifies|outlines|cites)\b|"
    r"\s+(?:in|of|from|on|per)\s+[^?,;]*)?\s*\??\s*$|"
    # "Which styles of third-party intervention, from ..., do they use?"
    r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:kinds|types|sorts|forms|styles|ways|modes|categories|varieties|models|"
    r"approaches|strategies|methods|techniques|tools|instruments|mechanisms)\s+of\b|"
    # "What assets give Qatar its edge?": a plural noun, then its verb (not one ending in -s) or the end
    rf"\b(?:what|which)\s+{_NOT_NOUN}(?:[a-z-]+\s+{_NOT_NOUN})?[a-z-]+[^siu\W]s\b"
    rf"(?=\s*[?,;:]|\s*$|\s+(?!{_FUNCTION}\b)[a-z-]+(?<!s)\b)",
    re.IGNORECASE,
)


def asks_for_list(question: str) -> bool:
    """Does the question ask for several things ("What approaches does X describe?", "which
    three foundations", "List the ...")?"""
    return bool(_LIST.search(question))


_MONTHS = frozenset(m for m in MONTHS if m != "may")  # ("Theresa May")


def _dated(question: str, m: re.Match[str]) -> bool:
    """Is the month a date: a day, a year or a noun after it, or a word dating by it before it ("the January 2022
    talks", "the January talks", "in June"; not "Who sang with June?", "June Carter")?"""
    return bool(
        re.match(r"\s*\d|\s+[a-z]", question[m.end() :])  # (or a noun it dates: "the deadlocked January talks")
        or re.search(
            r"\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|from|during)\s+$",
            question[: m.start()],
            re.I,
        )
    )


def question_names(question: str) -> list[str]:
    """Single capitalised words inside a sentence of the question: names such as Norway,
    Qatar, Kissinger (possessive 's dropped; "US-Taliban" gives Taliban; "RNNs" gives rnn).
    Runs of capitalised words ("Crisis Management Initiative", "Directed Acyclic Graph") are
    terms more than names, and are left out."""
    groups: list[list[re.Match]] = []
    for m in re.finditer(r"[^\W\d_][\w'-]*", question):
        word = m.group(0)
        if re.match(r"\.(?:pdf|txt|md|html?)\b", question[m.end() :], re.IGNORECASE):
            groups.append([])  # a file name ("HistoryOfAlexnet.pdf") is not said in the text
            continue
        if not (word[0].isupper() and any(c.islower() for c in word)) or word in NOT_NAMES:
            groups.append([])
            continue
        prev = groups[-1] if groups else []
        joined = prev and question[prev[-1].end() : m.start()] == " " and not prev[-1].group(0).endswith("'s")
        if joined:
            prev.append(m)
        else:
            groups.append([m])
    names = []
    for group in groups:
        if len(group) != 1:
            continue
        m = group[0]
        # (a capital opening a sentence is no name, unless its possessive: "Moss's case vs Jacob's case?"; nor
        # one opening a quoted or bracketed sentence: 'Claim: "Small states ..." Use ...', "... (Hint: ...)")
        before = question[: m.start()].rstrip()
        before = before.rstrip("\"“”‘’'([").rstrip() or before  # (not '"Messi" - ...', "(Pfizer) what ...")
        opening = not before or before[-1] in "?!:" or sentence_end(before)
        opening = opening and not names_topic(m.group(0), question[m.end() :])  # ("Estonia: what year ...?")
        # (a request as a form is typed, anywhere: "... -> Return as list, numbered", "... - Return as list + count")
        opening = opening or requested(m.group(0), question[m.end() :])
        possessive = re.search(r"['’]s$", m.group(0)) and m.group(0)[:-2].lower() not in NO_POSSESSOR
        if (opening and not possessive) or describes_answer(question, m.start(), m.end()):
            continue
        if re.search(r"-(?:style|esque)$", m.group(0), re.IGNORECASE):
            continue  # a likeness, not the thing: "it's a Medium-style post"
        for part in m.group(0).rstrip("'’").removesuffix("'s").split("-"):  # 'Legal or Not': "Not"
            if part in NOT_NAMES or part.lower() in STOP_WORDS or not part[:1].isupper() or part.isupper():
                continue  # "US" in "US-Taliban": acronyms are often spelt out in the text
            if part.lower() in _MONTHS and _dated(question, m):
                continue  # a date, not a name ("the January 2022 talks": "last week" in a piece of Jan 20, 2022)
            if re.fullmatch(r"[A-Z]{2,}s", part):
                part = part[:-1]  # a plural acronym: RNNs -> RNN
            names.append(part.lower())
    return names


# "Which former American presidents ...", "which Caribbean standoff did ...": a name inside the
# phrase saying what kind of thing is asked for describes the answer the asker does not know;
# the documents may name it otherwise ("Nixon", "Cienfuegos"). Only for a which/what opening a
# clause (not "the talks which Norway hosted"), right before the name or one word apart
# ("which former ..."), and a noun after it: not "What led Qatar to ...", "What about Qatar's
# role", "In what year did Qatar ..." (there the name is what the question is about).
_ASKED_KIND = re.compile(
    r"(?:^|[.?!;:,(]\s*|\b(?:and|or|but|in|on|at|for|from|by|of|to|with|during|since|until)\s+)"
    r"(?:[Ww]hich|[Ww]hat)(?: (?:former|other|main|major|leading|fellow|two|three|four|five|several|various|"
    r"first|second|last|earlier|later|modern|contemporary|small|large|big|smaller|larger|neighbouring|neighboring))? $"
)
# ... or a quiz's clue opening on what it describes, which the clue then asks to name: "This Nordic facilitator got two
# sworn foes to sign ... Name the weakness ..." (the documents name it: "Norway"; not "This Python script fails. Why?")
_CLUE_OPENING = re.compile(r"(?:^|[.?!;:]\s+)(?:This|These) $")
_NAME_IT = re.compile(r"(?:^|[.?!;:]\s+)(?:Name|Identify)\b")


def describes_answer(question: str, start: int, end: int) -> bool:
    """The name at question[start:end] qualifies the noun a which/what question asks for."""
    after = re.match(r" ([a-z][a-z-]*)\b", question[end:])
    clue = _CLUE_OPENING.search(question[:start]) is not None and _NAME_IT.search(question) is not None
    return (
        (bool(_ASKED_KIND.search(question[:start])) or clue)
        and after is not None
        and after.group(1) not in STOP_WORDS
        and not after.group(1).endswith("ed")
    )
