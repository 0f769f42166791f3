"""Which sentence leads an answer: the best one, unless its kind of question asks for a form it lacks
and a sentence of that form is nearly as close (a share of its evidence): a who-question's sentence
naming a person, a list question's naming things in a series, a comparison's setting one thing against
another, a question for what things share (or about three or more things) one naming them all. Each
share was measured on every question set (docs/quality.md)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping

from dragoman.assistant.answer import Evidence
from dragoman.assistant.answer_kind import TITLES, answer_names, asks_who, counts_named, names_listed
from dragoman.assistant.candidates import COULD, Candidate
from dragoman.assistant.compare import (
    IN_COMMON,
    SAYS_BOTH,
    SAYS_COMMON,
    asks_comparison,
    compared,
    foils_both,
    side_by_side,
)
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.lists import asked_count, examples_given, in_series, introduces_list, names_exactly
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import listed_together, mentions, surnames
from dragoman.assistant.question import CARRIED, YEAR, analyse, asks_for_list, asks_meaning, question_names
from dragoman.assistant.sentences import continues, contrasts, next_sentence
from dragoman.assistant.shortlist import near_previous
from dragoman.assistant.tables import QUOTED, quoted_phrases
from dragoman.index.documents import Document
from dragoman.index.prior import designators

# "What else about 'forum shopping' - the danger it describes with the 'end game' phrase?": a phrase no sentence
# chosen says takes the best one saying it down to this share of the threshold; and a best sentence saying one
# is vouched for down to it (strength.py): the phrase is the question's own pick of the documents' words
QUOTE_SHARE = 0.9
QUOTE_LEAD = 0.9  # ... and the best sentence saying it leads down to this share of the best one's evidence
_BOUNDING = re.compile(
    r"\b(?:after|before|since|until|till|by|prior to|post|pre|from|between)\s+(?:the\s+)?(?:mid-?)?\d{4}s?\b", re.I
)
YEAR_LEAD = 0.9  # a sentence saying the years a question names leads down to this share of the best one's evidence
# "Who's the expert ...?": a sentence naming no one gives way to one naming a person
WHO_SHARE = 0.85
ROLE_SHARE = 0.7
# the role a who-question asks the holder of: "Who was the referee ...?", "who is the current chair of ...?"
_ROLE_ASKED = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+the\s+(?:(?:current|then|former|new|acting|main|chief)\s+)?([a-z]{4,})\b"
    r"(?=\s+(?:of|in|at|for|during|on)\b|\s*[?,(]|\s*$)",
    re.IGNORECASE,
)
# "What functions can back channels perform?": to one naming things in a series (lists.in_series)
SERIES_SHARE = 0.9
# "Which two moments ...?": to one giving as many examples ("such as the Cuban Missile Crisis and the Oslo Accords")
COUNT_SHARE = 0.75
EXACT_COUNT_SHARE = 0.7  # ... and one leading into as many things as asked, or naming them, where the best names none
# "How did the official channels differ from the covert ones?": to one setting one against the other
# ("While some channels ... were official, ..., others circumvented ...")
CONTRAST_SHARE = 0.9
# "What do X and Y have in common?": to one naming two of them and saying what they share
COMMON_SHARE = 0.8
# "How does the paper characterise the styles of Norway, Switzerland and Qatar?": to one naming all three
ALL_NAMED_SHARE = 0.85
OWN_SHARE = 0.85  # a follow-up's sentence saying some of its own words leads down to this share of the best one's


def leading(question: str, best: Candidate, candidates: list[Candidate], threshold: float) -> Candidate:
    """The sentence that leads the answer to `question` (`best` unless a sentence of the form its kind
    asks for is within that share of it; a who-question's, above `threshold` too)."""
    form: Callable[[Candidate], bool]
    names_asked = counts_named(question)  # (people or places counted: "Which three small states ...?")

    def counted(c: Candidate, count: int) -> bool:  # as many things as asked; people or places by their names
        # (not "... variables including population, GDP and the army")
        return names_listed(c.text, count) if names_asked else names_exactly(c.text, count)

    # (a phrase the question quotes, said word for word: 'who called it a "great experiment"?' - "In what Jacob
    # called a “great experiment” ...", though a sentence on the talks it names is as close)
    # (not a term whose meaning is asked: 'What does "al dente" mean?' - the sentence defining it, not one using it)
    saying = [c for c in candidates if c.evidence >= QUOTE_LEAD * best.evidence and quoted_said(question, c.text)]
    if saying and not quoted_said(question, best.text) and not asks_meaning(question):
        best = max(saying, key=lambda c: (c.evidence, c.score))
    # (a year the question names, said: "What 1970 episode did that channel help defuse?" - "... Cienfuegos, Cuba -
    # a kind of mini-Cuban Missile Crisis which took place in 1970", though one naming the channel's historian is as
    # close by the names a follow-up carries over)
    # (not a year bounding the time asked: "What happened to inflation after 2008?")
    years = set(YEAR.findall(_BOUNDING.sub(" ", CARRIED.sub("", question))))
    if years and not years <= set(YEAR.findall(best.text)):
        floor = YEAR_LEAD * best.evidence
        dated = [c for c in candidates if c.evidence >= floor and years <= set(YEAR.findall(c.text))]
        best = max(dated, key=lambda c: (c.evidence, c.score)) if dated else best
    # a follow-up: not a sentence saying only the names it carries over ("What'd they get the two sides to sign in the
    # end? (Oslo, Norway)" - "... the Norwegian back-channel Oslo Accords ..."), but one saying its own words (unless
    # it leads into a list, whose items may: "the second of those approaches")
    if CARRIED.search(question) and best.parts and max(best.parts) <= COULD and not introduces_list(best.text):
        own = [c for c in candidates if c.evidence >= OWN_SHARE * best.evidence and max(c.parts, default=0) > COULD]
        best = max(own, key=lambda c: (c.evidence, c.score)) if own else best
    if asks_who(question) and not metadata_asked(question):
        floor, form = max(threshold, WHO_SHARE * best.evidence), lambda c: holds_person(question, c)
        # ("Who was the referee in Rovers v Ashcombe?": "... shown by referee Andrew Pike", not "Ashcombe manager Rob
        # Tennant ...", a person in another role beside the names - down to ROLE_SHARE of the best one's evidence)
        role = _ROLE_ASKED.search(CARRIED.sub("", question))
        stem = analyzer()(role.group(1))[:1] if role else []
        in_role = [c for c in candidates if stem and stem[0] in analyzer()(c.text) and holds_person(question, c)]
        role_floor = max(threshold, ROLE_SHARE * best.evidence)
        if best not in in_role and any(c.evidence >= role_floor for c in in_role):
            floor, form = role_floor, lambda c: c in in_role
    elif (
        (count := asked_count(question) or 0) >= 2
        and 0 < examples_given(best.text) < count
        and not asks_comparison(question)  # ("How do the two kinds of outcome differ?": two things compared)
    ):
        # "Which two moments of history ...?" - not "such as the Cuban Missile Crisis, where ..." but "such as the
        # Cuban Missile Crisis and the Oslo Accords"
        floor, form = COUNT_SHARE * best.evidence, lambda c: examples_given(c.text) >= count
    elif count >= 2 and asks_for_list(question) and not introduces_list(best.text) and not counted(best, count):
        # "Name the three ideas the paper uses as its theoretical basis" - not "... needs to integrate different
        # theoretical ideas on how ..." but "There are three pillars ...:" or "... is the structural powerlessness,
        # niche diplomacy, and functionalism"
        floor, form = EXACT_COUNT_SHARE * best.evidence, lambda c: counted(c, count)
    elif asks_for_list(question) and not introduces_list(best.text):
        floor, form = SERIES_SHARE * best.evidence, lambda c: in_series(c.text)
    elif IN_COMMON.search(question) and len(names := _named(question)) >= 2:
        # "What common thread does he draw between Moss's study and Jacob's?": "Both Moss's and Jacob's ..."
        # (two of the names at least: not the "Cold War" or "Kashmir" said of either)
        floor = COMMON_SHARE * best.evidence
        form = lambda c: sum(mentions(c.text, [n]) for n in names) >= 2 and SAYS_COMMON.search(c.text) is not None
    elif len(names := _listed(CARRIED.sub("", question), _named(question))) >= 3:  # (not the names carried over)
        # "the mediation styles of Norway, Switzerland and Qatar" (a series): to one saying something of each
        # ("Norway is specialized in ..., Switzerland in ..., and Qatar in ..."), not listing them ("studies of ...")
        floor, form = ALL_NAMED_SHARE * best.evidence, lambda c: _said_of_each(c.text, names)
    elif asks_comparison(question):
        # (saying as much of each part: not "In contrast to Switzerland, Qatar ..." for Singapore's and Switzerland's)
        floor = CONTRAST_SHARE * best.evidence
        # ("Norway is specialized in discreet facilitation, Switzerland in institutional hosting": each its clause)
        pair = compared(question)
        # (not "In contrast to both Norway and Switzerland, Qatar ...": a third thing)
        form = lambda c: (
            (pair is not None and side_by_side(c.text, pair))
            or (
                contrasts(c.text)
                and all(a >= b for a, b in zip(c.parts, best.parts))
                and not (pair and foils_both(c.text, pair))
            )
            # (or one naming every side, where the best names none but the things the first is compared with: "Having
            # no natural resources like Qatar, ..., Singapore has ..." - not "countries like Norway, Switzerland, and
            # Qatar" for Singapore; not "Gouda outsells Brie" for "Aged Gouda has a deep flavour")
            or (len(c.parts) > 1 and min(c.parts) > 0 and best.parts[0] == 0)
        )
    else:
        return best
    if form(best):
        return best
    return max(
        (c for c in candidates if c.evidence >= floor and form(c)), key=lambda c: (c.evidence, c.score), default=best
    )


# "What lesson do Moss's study and Jacob's share?": a sentence naming two of them and saying what they share ("Both
# Moss's and Jacob's case studies show ...") answers, down to this share of the threshold, however strong the rest
# (0.5 before: 0.4 gained 3 answers, lost none)
COMMON_FLOOR = 0.4


def said_in_common(
    question: str, candidates: list[Candidate], threshold: float, documents: Mapping[str, Document] | None = None
) -> Candidate | None:
    """For a question asking what things have in common, the best sentence naming two of them and saying "both",
    "common", "alike" ... (COMMON_FLOOR), or the people `documents` (by source) name beside them; else None."""
    if not IN_COMMON.search(question):
        return None
    # (or named in the statement before it: "The article discusses Moss on the Kissinger channel and Jacob on the
    # Kashmir talks. What common lesson does it draw from both?"; not "What do the two dissents have in common?")
    names = (
        _named(question) or _sharing_named(question) or ([] if _kinds_compared(question) else question_names(question))
    )
    close = [c for c in candidates if c.evidence >= COMMON_FLOOR * threshold]
    # "What do all the small states mediators have in common?" - "The one common thing that they all have ..."
    # (or naming three of them: "What do Norway, Switzerland and Qatar have in common?")
    of_all = _OF_ALL.search(question) or len(names) >= 3
    saying = [c for c in close if _ALL_SAID.search(c.text)] if of_all else []
    saying = saying or [
        c
        for c in close
        if len(names) >= 2
        and sum(mentions(c.text, [n]) for n in names) >= 2
        and SAYS_BOTH.search(c.text)
        and not contrasts(c.text)  # (not "In contrast to both Norway and Switzerland, Qatar ...")
    ]
    # "What do the two case studies have in common?", "the Kissinger case study and the India-Pakistan case study":
    # a sentence saying it of both of that kind of thing ("Both Moss's and Jacob's case studies show ...")
    kinds = _kinds_compared(question)
    saying = saying or [
        c
        for c in close
        if kinds and SAYS_BOTH.search(c.text) and not kinds.isdisjoint(analyzer()(c.text)) and not contrasts(c.text)
    ]
    # the things named by what they are about, the sentence naming who wrote of them ("the Kissinger-Dobrynin channel
    # and the India-Pakistan talks" - "Both Moss's and Jacob's case studies show ...")
    beside = _people_beside(names, documents) if len(names) >= 2 and documents else []
    saying = saying or [
        c for c in close if _both_beside(c.text, beside) and SAYS_BOTH.search(c.text) and not contrasts(c.text)
    ]
    # ... however far in meaning, when it says "both" of every word of that kind ("Both Moss's and Jacob's case
    # studies show ...": the model reads it as about two people, not the two case studies asked about)
    saying = saying or [
        c
        for c in candidates
        if kinds and _BOTH_KIND.search(c.text) and kinds <= set(analyzer()(c.text)) and not contrasts(c.text)
    ]
    return max(saying, key=lambda c: (c.evidence, c.score), default=None)


def _people_beside(names: list[str], documents: Mapping[str, Document]) -> list[set[str]]:
    """For each name, the surnames of the people a document names in full that a paragraph saying it says ("In his
    case study, ...: Henry Kissinger, Anatoly Dobrynin, ..., Moss analyzes ...": Kissinger - Moss, "Rick Moss")."""
    beside: list[set[str]] = [set() for _ in names]
    for document in documents.values():
        text = document.text
        people = surnames(text, TITLES)
        for paragraph in text.split("\n"):
            said = {w for w in people if mentions(paragraph, [w.lower()])} if people else set()
            for i, n in enumerate(names):
                beside[i] |= said if said and mentions(paragraph, [n]) else set()
    return beside


def _both_beside(text: str, beside: list[set[str]]) -> bool:
    """Does the text name the work of people beside two of the things, not all beside one ("Both Moss's and Jacob's
    ...": theirs; not "Both Rossi and Bianchi trained in Paris")?"""
    said = {w for people in beside for w in people if re.search(rf"\b{re.escape(w)}['’]s\b", text)}
    return len(said) >= 2 and not any(said <= people for people in beside)


def _sharing_named(question: str) -> list[str]:
    """The names a part asking what things share in a noun phrase says, which no clause holds ("Common denominator
    across the Norway, Switzerland and Qatar models, and what it implies ...?": up to the next asking word)."""
    after = IN_COMMON.split(question, maxsplit=1)[-1]
    return _named(_NEXT_ASKING.split(after)[0] + "?")


# ("Both ...", "Thus, both ..."; not "Not both")
_BOTH_KIND = re.compile(r"^\W*(?:(?-i:[A-Z])\w*,\s+)?both\b", re.IGNORECASE)
_NEXT_ASKING = re.compile(r"[,;]\s*(?:and\s+)?(?=(?:what|which|who|how|why|when|where)\b)|\?", re.IGNORECASE)


def _kinds_compared(question: str) -> set[str]:
    """The stems of the kind of thing a question compares two of: "the two case studies", "both papers", or a noun
    it says of each ("the Kissinger-Dobrynin case study and the India-Pakistan case study")."""
    stem = analyzer()
    found = [m.group(1) for m in _TWO_OF.finditer(question)] + [m.group(1) for m in _EACH_OF.finditer(question)]
    return {w for phrase in found for w in stem(phrase)[-1:]}


_TWO_OF = re.compile(r"\b(?:the two|these two|those two|both(?: the| of the)?)\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\b", re.I)
# "the X case study and the Y case study": the noun said after each
_EACH_OF = re.compile(r"\b[\w'’-]+\s+((?-i:[a-z])[\w-]+(?:\s+[a-z][\w-]+)?)\s+and\s+(?:the\s+)?[\w'’-]+\s+\1\b", re.I)


# ("what do all those little peacemaking countries have in common?", "the one weakness all its cases share")
_OF_ALL = re.compile(
    r"\b(?:they all|all (?:the|of|three|four|five|have|share|those|these|its|their)|each of them)\b", re.I
)
_ALL_SAID = re.compile(
    r"\b(?:common|shared?|shares)\b[^.;]*(?<!not )(?<!n't )\b(?:they all|all of them|all share|all have)\b|"
    r"(?<!not )(?<!n't )\b(?:they all|all of them|all)\s+(?:have|share)\b[^.;]*\b(?:common|same)\b",
    re.I,
)


# "What has it managed to get done that way?" after an answer quoting "This rare status of Oman ...": the asker
# has read that sentence; one near it the answer did not quote leads when this close (measured: docs/quality.md)
UNREAD_SHARE = 0.7


def unread(best: Candidate, candidates: list[Candidate], evidence: Evidence) -> Candidate:
    """A follow-up's best sentence, unless the answer before it quoted it and a sentence near those quotes
    that it did not quote is within UNREAD_SHARE of it and answers each part of the question as well (the one
    quoted before may follow it)."""
    if not evidence.follows or not _quoted_before(best, evidence):
        return best
    # (nor when the sentence after it, not quoted, carries it on - "... is crucial." "They must have ...": the
    # answer goes on to it, sentences.carried_on)
    source = best.passage.source
    doc_text = evidence.documents[source].text
    nxt = next_sentence(doc_text, best.end)
    if nxt and continues(best.text, doc_text[nxt.start : nxt.end]) and not _read(source, nxt.start, nxt.end, evidence):
        return best
    fresh = [
        c
        for c in candidates
        if not _quoted_before(c, evidence)
        and near_previous(c, evidence)
        and c.evidence >= UNREAD_SHARE * best.evidence
        # (answering each part as well: "And where does he work? In which university?" - the sentence quoted before,
        # "According to Happymon Jacob, a scholar ... at the Nehru University ...", is the one saying it)
        and all(a >= b for a, b in zip(c.parts, best.parts))
    ]
    return max(fresh, key=lambda c: (c.evidence, c.score), default=best)


def _quoted_before(c: Candidate, evidence: Evidence) -> bool:
    return _read(c.passage.source, c.start, c.end, evidence)


def _read(source: str, start: int, end: int, evidence: Evidence) -> bool:
    """Did the answer before quote any of this span?"""
    return any(s.source == source and start < s.end and s.start < end for s in evidence.follows)


def _named(question: str) -> list[str]:
    """The names a question says but in phrases designating a document ("Jacob's Kashmir study": Jacob)."""
    naming = {w.lower() for phrase in designators(question) for w in re.findall(r"[^\W\d_]+", phrase)}
    return [n for n in dict.fromkeys(n for c in analyse(question) for n in c.names) if n not in naming]


def holds_person(question: str, c: Candidate) -> bool:
    """Does the sentence name in full a person any part of the question asks for?"""
    return any(answer_names(clause, c.text, in_full=True) for clause in analyse(question))


def _listed(text: str, names: list[str]) -> list[str]:
    """The longest run of the names the text lists together ("Norway, Switzerland and Qatar", not "Pakistani")."""
    runs: list[list[str]] = [names[:1]]
    for a, b in itertools.pairwise(names):
        runs.append([*runs[-1], b] if listed_together(text, a, b) else [b])
    return max(runs, key=len)


def _said_of_each(text: str, names: list[str]) -> bool:
    return mentions(text, names) and not any(listed_together(text, a, b) for a, b in itertools.pairwise(names))


def quoted_said(question: str, sentence: str) -> int:
    """How many of the phrases (of two or more words) the question quotes the sentence says word for word."""
    lower = sentence.lower().replace("’", "'")
    return sum(len(q.split()) >= 2 and q in lower for q in quoted_phrases(question))


def quoted_rest(
    question: str, chosen: list[Candidate], candidates: list[Candidate], threshold: float
) -> list[Candidate]:
    """For each phrase of two or more words the question quotes that no chosen sentence says, the best sentence
    saying it (QUOTE_SHARE)."""
    rest: list[Candidate] = []
    for phrase in QUOTED.findall(question):
        if quoted_said(f"'{phrase}'", " ".join(c.text for c in chosen + rest)):
            continue
        saying = [c for c in candidates if quoted_said(f"'{phrase}'", c.text) and c.evidence >= QUOTE_SHARE * threshold]
        rest += [max(saying, key=lambda c: (c.evidence, c.score))] if saying else []
    return [c for c in rest if c.fresh(chosen)]
