"""Follow-ups: a question that leans on the previous turn of a conversation, rewritten into a
standalone one before retrieval.

"And what about Qatar?" after "What role has Oman played in the Gulf?" replaces the entity
that changed and keeps the topic: "What role has Qatar played in the Gulf?". A question that
refers back ("When did it start?", "Who wrote the study of that relationship?") gets the
previous turn's focus added in brackets: the names (or quoted terms) of the previous
question, the entity its answer gave when it asked for one ("Which country ...?" answered
"Algeria ..."), else the previous answer's names, else the previous question's topic words.

Rules on the shape of questions (no coreference model ships offline).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dragoman.assistant.affiliation import affiliation_stems
from dragoman.assistant.answer_kind import TITLES
from dragoman.assistant.casing import restore_case
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.names import context_names, full_names, seat_said, sentence_names
from dragoman.assistant.question import CARRIED, NOT_NAMES, STOP_WORDS, describes_answer, expected_answer
from dragoman.assistant.recalled import without_memories
from dragoman.assistant.words import names_topic
from dragoman.index.calendar import MONTHS
from dragoman.index.prior import described, designators, undesignated


@dataclass(frozen=True)
class Turn:
    """One earlier turn: the question as understood, and the answer's text ("" when unknown or
    when the assistant abstained)."""

    question: str
    answer: str = ""
    cased: bool = False  # its capitals written as the documents write names (casing.py): its first word too


_LEAD = re.compile(
    # (after "ok": "ok and who was ...?", "okay, and the swiss?"; not "OK and Cancel buttons do what ...?")
    r"^\s*(?:ok(?:ay)?,\s*|ok(?:ay)?\s+(?=and\s+(?:what|who|when|where|which|why|how)\b))?"
    r"(?:and\s+)?(?:what about|how about|what of|same for|and for|and)\b[\s,]*|"
    r"^\s*(?:but|also|so(?!\s+(?:far|much|many|long|that)\b|-)|then(?!-))\b[\s,]*",
    re.IGNORECASE,
)
# "Which of those three ...?", "both of them", "these two": the things the previous answer named -
# unless a word of the previous question follows ("the second of those approaches")
_PLURAL_BACK = re.compile(
    r"\b(?:(?:of|among|between) (?:those|these|them)|(?:those|these) (?:two|three|four|five|six)|both|either|neither)\b"
    r"(?:\s+(?:two|three|four|five|six))?(?:\s+([\w-]+))?",
    re.IGNORECASE,
)
_MONTHS_DAYS = frozenset(m for m in MONTHS if m != "may") | frozenset(  # (not May: a name too)
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# A word pointing back at the previous turn: a pronoun, or a demonstrative before a noun
# ("that period", "those approaches"; not "that" joining a clause: "say that Norway ...").
_REFERS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|theirs|he|him|his|she|her|hers)\b|"
    r"\b(?:this|that|these|those|the same)\s+(?!(?:is|was|are|were|has|have|had|the|a|an|it|they|he|she)\b)"
    r"(?-i:[a-z][a-z-]{2,})|"
    r"\b(?:this|that)(?=\s*(?:[,;.?!]|$))"  # ... or ending a clause: "what came out of that?"
    # ... or the subject of a verb ending in a preposition: "who wrote the case study that's based on?"
    r"|\b(?:this|that)['’]s\s+(?:[a-z]+\s+)?(?:on|about|from|of|in|for|with)(?=\s*(?:[?.!]|$))"
    r"|\bin question\b|\b(?:afore|above-?)mentioned\b"  # ... or "the base in question", "the aforementioned talks"
    # ... or "one" standing for the thing asked about before: "who tried to set one up with Russia?"
    # (not a number of things: "use one SIM card", "run one marathon")
    r"|\b(?:set|sets|setting|start|started|open|opened|use|used|build|built|establish|established|run|ran)\s+one"
    r"(?=\s+(?:up|with|for|to|in|on|again|there|here|themselves|himself|herself|yourself)\b|\s*[?.!,;]|\s*$)",
    re.IGNORECASE,
)
# a question of a few words with no verb of its own ("Through whom?", "When exactly?", "In which year?")
_FRAGMENT = re.compile(
    r"^\s*(?:(?:and|but|so|through|via|by|with|from|to|for|in|on|at|since|until|between|among|against|about|of)\s+)?"
    # (and what form the answer takes after a dash: "Via whom - names?")
    r"(?:who|whom|what|which|when|where|why|how)(?:\s+[a-z]+)?\s*\??"
    r"(?:\s*[-–—:]\s*(?-i:[a-z]+)(?:\s*[/+&]\s*(?-i:[a-z]+))?\s*\??)?\s*$",  # (not "How long - Ireland?": a name)
    re.IGNORECASE,
)
# a note in a hurry, asking nothing in words and naming nothing ("resulting deal - name/yr?", "examples cited w/ yrs?";
# not "Troon ferry deal - name/yr?": a capital may be a name, sentence case or not)
_ASKING_WORD = re.compile(
    r"\b(?:who|whom|whose|what|which|when|where|why|how)(?:['’]?s)?\b|^\W*(?:is|are|was|were|do|does|did|can|could|should|"
    r"would|will|has|have|had|list|name|give|explain|describe|compare|define|tell|summari[sz]e)\b",
    re.IGNORECASE,
)


def _telegraphic(question: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’/-]*", question)
    return 0 < len(words) <= 6 and not _ASKING_WORD.search(question) and not re.search(r"[A-Z]|\d", question)


_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^'’\"”]{3,60})['’\"”](?!\w)")
_MARKER = re.compile(r"\s*\[\d+\]")
# ("Kissinger's Soviet": two names; "Wanis-St. John": one)
_NAME_RUN = re.compile(
    r"[A-Z][\w'’-]*(?:(?<=St)\.(?= [A-Z]))?(?:(?<!['’]s) (?:of |the |al-)?[A-Z][\w'’-]*(?:(?<=St)\.(?= [A-Z]))?)*"
)
FOCUS_MAX = 4  # names carried over from a previous turn


def resolve_followup(question: str, previous: Sequence[str | Turn]) -> str:
    """The question as a standalone one, given the earlier turns (oldest first); unchanged when
    it does not lean on them."""
    if not previous:
        return question
    last = previous[-1] if isinstance(previous[-1], Turn) else Turn(str(previous[-1]))
    if last.answer:  # a question typed in lower case: its names as the answer writes them ("taliban")
        written = restore_case(last.question, [_MARKER.sub("", last.answer)])
        last = Turn(written, last.answer, last.cased or (written != last.question and last.question[:1].islower()))
    lead = _LEAD.match(question)
    body = question[lead.end() :].strip(" ?.!") if lead else question
    if lead and not body:
        return last.question
    if lead and _only_names(body):
        # (the name asked about, each time it is said; not in what the asker told of their own doings: "On the cruise
        # commentary I mention Algeria's role in the ceasefire - what does the paper say about Algeria as a mediator?")
        asked = without_memories(last.question)
        old = _replaceable(asked, question)
        if old is None and asked != last.question:  # (a name said only in the doings: the whole question)
            asked, old = last.question, _replaceable(last.question, question)
        if old:  # "And what about Qatar?": the changed entity replaced, the topic kept ("and Switzerland's?")
            new = re.sub(r"['’]s$", "", body)  # (the old name keeps its own "'s", if it has one)
            return re.sub(rf"\b{re.escape(old)}\b", new, asked)
    # ("And where is Jacob based?": where a person it names works, whatever the turn before was about; not "And where
    # is the CEO based?", "And where are the Lakers based?", of what the turn before named)
    if lead and affiliation_stems(body) and not _REFERS_BACK.search(question) and _names_own(body):
        asked = question[lead.end() :].strip()
        return asked[:1].upper() + asked[1:]
    refers = _REFERS_BACK.search(question) or _FRAGMENT.match(question) or (not lead and _telegraphic(question))
    defined = _DEFINED.search(last.question)
    if lead and defined and 0 < len(body.split()) <= 5 and not refers:
        # "What does the article mean by forum shopping?" - "And what about the endless game?"
        return f"{last.question[: defined.start(1)]}{body.strip(QUOTES)}{last.question[defined.end(1) :]}"
    if not refers and (not lead or _QUOTED.search(body)):
        return question  # (and "And what's meant by 'endless game'?" says what it is about itself)
    said = {w.lower() for w in re.findall(r"[\w-]+", question)}
    asked_before = {w.lower().rstrip("s") for w in re.findall(r"[\w-]+", last.question)}
    plural = any(
        not (m.group(1) and m.group(1).lower().rstrip("s") in asked_before) for m in _PLURAL_BACK.finditer(question)
    )
    focus = focus_of(last, plural=plural, person=_PERSON_BACK.search(question) is not None)
    focus = [f for f in focus if not all(w.lower() in said for w in re.findall(r"[\w-]+", f))]
    # (a follow-up saying nothing of its own - "and how many was it before?", "and in 2021?" - asks the same of it:
    # its topic words too, after the names carried; a turn naming nothing has carried its topic words already)
    own = [w for w in said if w not in STOP_WORDS and w not in _WHEN_ELSE and not re.search(r"\d", w)]
    if not own and focus and not any(f.islower() for f in focus):
        words = [w for w in re.findall(r"[\w-]+", CARRIED.sub("", last.question).lower()) if w not in STOP_WORDS]
        named = {w for f in focus for w in re.findall(r"[\w-]+", f.lower())}
        # (not its year: "before" asks of another - "2023", "2022-23")
        topic = [w for w in dict.fromkeys(words) if len(w) > 2 and not re.search(r"\d", w) and w not in named]
        focus = [*focus[: FOCUS_MAX - 1], " ".join(topic[:TOPIC_WORDS])] if topic else focus
    if not focus:
        return question
    asked = body[:1].upper() + body[1:].rstrip(" ?") + "?" if lead else question.rstrip(" ?.!…") + "?"
    return f"{asked} ({', '.join(focus)})"


def _names_own(body: str) -> bool:
    """Does the follow-up name someone or something by a name of its own, past its first word ("where is Jacob
    based", "does Google pay"): a capitalised word, not an acronym ("the CEO"), nor in a phrase after "the" ("the
    Lakers", "the Paris office", "the Mayo Clinic")?"""
    words = re.findall(r"[\w'’-]+", body)
    return any(
        w[:1].isupper() and not w.isupper() and words[i - 1].lower() != "the" and not words[i - 1][:1].isupper()
        for i, w in enumerate(words)
        if i > 0
    )


_WHEN_ELSE = frozenset("before after earlier later previously then now first last year years".split())
TOPIC_WORDS = 6  # words of the turn before's topic a follow-up saying nothing of its own carries


# a question asking what a term means, the term: "What does the article mean by 'forum shopping'?"
QUOTES = "'\"‘’“”"
_DEFINED = re.compile(rf"\b(?:mean|meant) by\s+[{QUOTES}]?([^?{QUOTES}]+?)[{QUOTES}]?\s*\??\s*$", re.IGNORECASE)


def focus_of(turn: Turn, plural: bool = False, person: bool = False) -> list[str]:
    """What a turn was about: its question's quoted terms and names, the entity its answer gave
    when the question asked for a name or named one thing (the entities, first, when the follow-up
    points at several: "Which of those three ...?"), then what that turn had itself carried over
    from the turn before ("Why did those talks fail?" after "Who wrote the study on it?", asked
    after a question on Kashmir: Kashmir still), and the question's topic words only when there
    is nothing else. A follow-up pointing at a person ("What's her claim to fame?") after a question asking
    who: the person the answer named first, before the names the question carried."""
    carried_over = CARRIED.search(turn.question)  # "... ? (Kashmir, ISD)", not a bracket the user typed
    question = turn.question[: carried_over.start()] if carried_over else turn.question
    carried = carried_over.group(0).strip(" ()") if carried_over else ""
    names = _QUOTED.findall(question) + _names(_QUOTED.sub(" ", question), skip_first=not turn.cased)
    answer = _COMPARED_TO.sub(" ", _MARKER.sub("", turn.answer))  # "like Qatar, ... Singapore has": Singapore
    answered = [n for n in _names(answer, skip_first=False) if n.lower() not in question.lower()]
    if answered:  # ("which Baltic country ...?" - "Estonia ...": Estonia, which Baltic only qualified)
        names = [n for n in names if not _qualifies_answer(question, n)]
    asked = list(names)
    if not names:  # no name asked about: the question's topic words
        words = [w for w in re.findall(r"[\w-]+", question.lower()) if w not in STOP_WORDS and len(w) > 2]
        names = [" ".join(dict.fromkeys(words))] if words else []
    if answered and plural:  # the things pointed at, then what the question was about
        names = answered[: FOCUS_MAX - 1] + names
    elif answered and person and _ASKS_PERSON.search(question):
        names = [_answered_name(answered, asked, question, answer)] + names
    elif answered and (len(names) <= 1 or expected_answer(question) == "name" or _ASKS_PERSON.search(question)):
        names += [_answered_name(answered, asked, question, answer)]
    names += [c.strip() for c in carried.split(", ") if c.strip()]
    return list(dict.fromkeys(names))[:FOCUS_MAX]


def _qualifies_answer(question: str, name: str) -> bool:
    """Does every mention of the name qualify what the question asks for ("which Baltic country")?"""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", question))
    return bool(found) and all(describes_answer(question, m.start(), m.end()) for m in found)


_PERSON_BACK = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
# a question asking for a person: who (or whom) asks it, or which/what and a word for one
_ASKS_PERSON = re.compile(
    # (and after a statement: "The piece quotes a scholar on Kashmir. Who is that?")
    r"^\W*(?:(?:and|so|but|through|via|by|with|to|from|for)\s+)?who(?:m)?\b|(?:^|[,;:.?!-]\s*)(?-i:[Ww]ho(?:m)?)\b|"
    # ("which New Delhi-based scholar", not "which country hosted the envoy")
    r"\b(?:which|what) (?:(?!(?:the|an?|of|to|in|on|and|that|who|is|was|did|does)\b)[\w-]+ ){0,3}?"
    r"(?:president|minister|ambassador|envoy|emissary|diplomat|official|"
    r"negotiator|leader|author|person|scholar|historian|adviser|advisor|figure)s?\b",
    re.IGNORECASE,
)


def _answered_name(answered: list[str], asked: list[str], question: str, answer: str) -> str:
    """The name the answer gives that is not the country a name asked about stands for ("United
    States" for "Washington"), a person's when the question asks for one ("Ambassador William Burns",
    not "the Central Intelligence Agency"): of those, the one said among the most words of the
    question ("which state hosted the talks?" - "... Oslo Accords ..., and Qatar hosting the talks
    between ...": Qatar), the first of equals."""
    other = [n for n in answered if not any(seat_said(a.lower(), n) for a in asked)] or answered
    person = _ASKS_PERSON.search(question) is not None
    if person:  # (named in full, or by a surname doing something: "..., Moss analyzes ...")
        other = [n for n in other if full_names(n, TITLES) or _acts(n, answer)] or other
    stem = analyzer()
    # (not the words of a phrase naming the document: "according to the piece on secret talks")
    wanted = set(stem(undesignated(described(question)[1]))) - set(stem(" ".join(asked)))

    def near(name: str) -> int:  # the question's words the answer says after the name, up to the next one
        said = [answer[m.end() :].split() for m in re.finditer(rf"\b{re.escape(name)}\b", answer)]
        after = [list(itertools.takewhile(lambda w: not w[:1].isupper(), words))[:NEAR_WORDS] for words in said]
        return max((len(wanted & set(stem(" ".join(words)))) for words in after), default=0)

    # (of equals, asked who: the one doing something, not a title - "In his case study, Circumventing the Foreign
    # Policy Bureaucracy: ..., Moss analyzes ...")
    return max(other, key=lambda n: (near(n), person and _acts(n, answer)))


def _acts(name: str, text: str) -> bool:
    """Is the name the subject of a verb in the text (", Moss analyzes", "Burns could be"; not "other European
    diplomats": a word before it)?"""
    return re.search(rf"{_CLAUSE_START}{re.escape(name)}\s+{_VERB}", text) is not None


_CLAUSE_START = r"(?:^|(?<=[,;:—–(])\s*|(?<=[.!?])\s+|\b(?:and|but)\s+)"  # (not "while Michelin awards ...")


# a word after a name that is its verb: an auxiliary, or a present or past form ("analyzes", "argued"), not "and"
_VERB = (
    r"(?:(?:has|had|is|was|could|would|will|may|might|must|should|can|did|does|said|wrote|put|told|led|met)\b|"
    r"(?!(?:as|is|was|has|this|its|his|thus|plus|us|less|across|perhaps|whereas|besides|unless)\b)[a-z]{3,}(?:s|ed)\b)"
)


NEAR_WORDS = 5  # the answer's words this close after a name it gives are said of it (its own phrase)


# a name an answer sets its subject apart from, not the one it gives ("no natural resources like
# Qatar", "unlike Norway"); not an example ("small states like Qatar and Norway")
_COMPARED_TO = re.compile(
    r"\b(?:unlike|than|as opposed to|no\b[^,.;:]{0,40}?\blike)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


_HYPHENED_NAME = re.compile(r"[A-Z][a-z]+-[A-Z]")


def _names(text: str, skip_first: bool = True) -> list[str]:
    """Runs of capitalised words that are names ("Henry Kissinger", "Oman"), in order."""
    found, known = set(sentence_names(text)), context_names(text)
    out = []
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group(0).split() if w not in NOT_NAMES]
        if m.start() > 0 and re.search(r"[.!?:\]]\s*$", text[: m.start()]) and words and words[0] not in known:
            words = words[1:]  # a sentence's first word, not written as a name elsewhere
        elif (
            m.start() == 0
            and words
            and (skip_first or _opener(words[0]))
            and not _HYPHENED_NAME.match(words[0])
            and not (len(words) == 1 and names_topic(words[0], text[m.end() :]))
        ):  # (but "Kissinger-Dobrynin ...": a capital after a hyphen is no sentence case; "Algeria - ...": a topic)
            words = words[1:]
        elif m.start() == 0 and words:  # an answer's first word: a name unless a stop word ("Algeria is ...")
            found.add(words[0])
        run = " ".join(words).removesuffix("'s").removesuffix("’s").strip()
        if run.lower() in _MONTHS_DAYS:  # "in August 2021": a date, not what the turn was about
            continue
        # (each name of a hyphened pair: "the India-Pakistan back channel")
        if len(run) > 1 and any(re.sub(r"['’]s?$", "", w) in found for w in re.split(r"[\s-]+", run)):
            out.append(run)
    return out


# Words that open a sentence without naming anything ("Although ...", "Based on ...", "Recently ...").
_OPENERS = frozenset(
    "although though however because despite moreover furthermore nevertheless nonetheless indeed thus "
    "therefore meanwhile instead yet still unlike like unless whereas once given based according following "
    "regarding recently finally additionally similarly likewise overall notably critics today yesterday now "
    "currently here there earlier later".split()
)


def _opener(word: str) -> bool:
    return word.lower() in STOP_WORDS or word.lower() in _OPENERS


def _only_names(body: str) -> bool:
    words = re.findall(r"[\w'-]+", body)
    return bool(words) and all(w[:1].isupper() or w.lower() in ("the", "of", "and") for w in words)


def _replaceable(last: str, question: str) -> str | None:
    """The name of the previous question the follow-up replaces: its first single-word name
    (not an acronym, not inside a quoted title or a phrase naming the document, "the Rafique
    paper") that the follow-up does not say; for a possessive ("and Switzerland's?"), its first
    possessive one ("Norway's")."""
    quoted = " ".join(_QUOTED.findall(last))
    said = question.lower()
    names = [
        m
        for m in re.finditer(r"\b[A-Z][a-z][\w-]*", last)
        if m.start() > 0
        and m.group(0) not in NOT_NAMES
        and m.group(0) not in quoted
        and m.group(0).lower() not in said
        and m.group(0).lower() not in STOP_WORDS
    ]
    # (unless every one is: "What does the Norway paper say?" - "and Qatar?")
    naming = " ".join(designators(last))
    names = [m for m in names if m.group(0) not in naming] or names
    if re.search(r"['’]s\W*$", question):
        names = [m for m in names if last[m.end() : m.end() + 2] in ("'s", "’s")] or names
    if not names:
        return None
    # (one possessor of two words joined: "How much of Antigua and Barbuda's water ...?" - "And Barbados?")
    joined = re.match(r"\s+and\s+[A-Z][\w-]+(?=['’]s\b)", last[names[0].end() :])
    return names[0].group(0) + joined.group(0) if joined else names[0].group(0)
