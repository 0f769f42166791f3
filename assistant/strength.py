"""How strong the best sentence must be, by kind of question: the shares of the abstention threshold
down to which the kind of question or the form of its best sentence vouches for it (the answer's
confidence is then the threshold). Each share was measured on every question set (docs/quality.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dragoman.assistant.answer import Evidence
from dragoman.assistant.answer_kind import answer_names, asks_several_names, new_names, satisfies
from dragoman.assistant.candidates import Candidate
from dragoman.assistant.compare import asks_comparison, compared, per_subject
from dragoman.assistant.coverage import analyzer, said_share
from dragoman.assistant.leading import QUOTE_SHARE, quoted_said
from dragoman.assistant.lists import asked_count, in_series, introduces_list, list_items, names_many, opens_enumeration
from dragoman.assistant.names import mentions
from dragoman.assistant.question import CARRIED, COUNT_WORDS, analyse, asks_for_list, asks_reason, content_words
from dragoman.assistant.sentences import contrasts
from dragoman.assistant.shortlist import near_previous
from dragoman.index.synonyms import synonyms, verb_forms


def vouched(
    question: str, best: Candidate, evidence: Evidence, threshold: float, candidates: Sequence[Candidate] = ()
) -> float:
    """The best sentence's evidence, raised to `threshold` when it reaches the share of it its kind of
    question or its form asks: a sentence naming several of the people asked for, a lead-in to the list
    asked for (or a series naming as many things of the kind it counts), one saying a phrase the question
    quotes word for word, an answer to a why-question or a follow-up, one answering a part of a question asking
    several facts each of which another of the `candidates` answers."""
    strength = best.evidence
    if strength >= threshold or strength < _LOWEST_SHARE * threshold:
        return strength  # (most questions: no kind or form need be read)
    vouches = (
        strength >= _share(question) * threshold
        or (strength >= NAMED_SHARE * threshold and _names_several(question, best.text))
        or (strength >= MANY_NAMED_SHARE * threshold and _names_several(question, best.text, MANY_NAMED))
        or (strength >= LIST_SHARE * threshold and _leads_list(question, best, evidence))
        or (strength >= QUOTE_SHARE * threshold and quoted_said(question, best.text) > 0)
        or (strength >= SETS_AGAINST_SHARE * threshold and _sets_compared_apart(question, best))
        or (strength >= BARE_SHARE * threshold and _answers_bare(question, best, evidence))
        or (strength >= PARTS_SHARE * threshold and _each_part_held(question, best, candidates))
    )
    return threshold if vouches else strength


# A question for several people or places ("Which presidents ...?") is answered by a sentence naming
# several of them (`_names_several`) down to this share of the abstention threshold.
NAMED_SHARE = 0.9
# ... and by one naming many of them ("... including by former US presidents Richard Nixon, John Kennedy, Ronald
# Reagan, Barack Obama, and Donald Trump": ten words of names, five people) down to this share
MANY_NAMED_SHARE = 0.8
MANY_NAMED = 8
# A question asking why or how something comes about is answered by an explanation, rarely in its words
# nor close in meaning to it; the documents' silence on it is rarer than on a name, a date or a figure
# (measured: docs/quality.md; comparisons at the same share lost more than they gained)
REASON_SHARE = 0.85
# A follow-up says little in its own words ("since when?"; what it carries over from the turn before
# weighs half): the sentence answering it is less close to it, in meaning and in words, than to a
# question asked in full (measured: docs/quality.md; 0.85 answered no more)
FOLLOW_UP_SHARE = 0.9
# A follow-up asking nothing but when, where or who of what the answer before it told ("when was that?") is answered
# by a sentence holding a date, a place or a name right after that answer's quotes down to this share: no word of its
# own can be said
BARE_SHARE = 0.8
# ("since when did it happen?", "what year was that?")
_LIGHT = frozenset(analyzer()("since happen happened occur occurred take took place year date time"))


def _answers_bare(question: str, best: Candidate, evidence: Evidence) -> bool:
    """Is the question a bare follow-up ("when was that?", "who was it?": no word of its own but the question word,
    the pronoun and what it carries over) whose best sentence, near the answer before it, holds the kind of answer it
    asks (a date, a name)?"""
    own = CARRIED.sub("", question)
    clauses = analyse(own)
    own_words = set(content_words(analyzer()(own))) - _LIGHT
    if not evidence.follows or len(clauses) != 1 or clauses[0].expects is None or own_words:
        return False
    return near_previous(best, evidence) and satisfies(clauses[0], best.text)


# A list question whose best sentence leads into a list ("there are a number of intrinsic constraints ...:"),
# or names as many things as it asks for, is answered by it (and its items) down to this share: the lead-in
# names the kind in its own words
LIST_SHARE = 0.8


# A question asking how things differ is answered by a sentence setting one against the other ("While some channels
# in that period were official, ..., others circumvented ...") down to this share: it says the difference in its own
# words, rarely the question's
SETS_AGAINST_SHARE = 0.9


# A question asking three things or more ("(1) ..., (2) ..., and (3) ...?"): its best sentence answers one of them, a
# small share of the whole question's words
MANY_SHARE = 0.9


def _sets_compared_apart(question: str, best: Candidate) -> bool:
    """Does a comparison's best sentence set one thing against another - the two compared, when the question names
    them, else of what it asks in some of its words (not "Sales rose in 2023 compared with the year before" for "the
    difference between a Roth IRA and a traditional IRA")?"""
    if not asks_comparison(question) or not contrasts(best.text):
        return False
    pair = compared(question)
    return all(mentions(best.text, [n.lower()]) for n in pair) if pair else best.coverage > 0


def _share(question: str) -> float:
    """The share of the abstention threshold the best sentence must reach for this kind of question
    (a comparison, "why is Qatar's way different from Norway's?", is judged part by part instead)."""
    comparing = asks_comparison(question) or any(c.subject for c in per_subject(analyse(question), question))
    return min(
        REASON_SHARE if asks_reason(question) and not comparing else 1.0,
        FOLLOW_UP_SHARE if CARRIED.search(question) else 1.0,
        MANY_SHARE if len(analyse(question)) >= 3 else 1.0,
    )


def _leads_list(question: str, best: Candidate, evidence: Evidence) -> bool:
    """Does a list question's best sentence lead into a list of two or more items ("... constraints:"),
    or name as many things (three or more) in a series and say the kind it counts ("Which three concepts
    ...?" - "The theoretical basis of these concepts is the structural powerlessness, niche diplomacy,
    and functionalism ...") or, counting people or places, name as many?"""
    doc_text = evidence.documents[best.passage.source].text
    count = asked_count(question)
    return asks_for_list(question) and (
        (introduces_list(best.text) and len(list_items(doc_text, best.end)) >= 2)
        # (or announces the things the paragraph goes on to enumerate: "... requires several conditions. First, ...")
        or opens_enumeration(doc_text, best.start, best.end)
        # (or runs in a series itself: "Back channels can insulate officials ..., help them to ..., and facilitate
        # ...")
        or in_series(best.text)
        or (
            count is not None
            and count >= 3
            and (_series_of_kind(question, best.text) or new_names(question, best.text, count))
            and names_many(best.text, count)
        )
    )


# things named in a series, "A, B, and C" (lists.in_series asks a whole sentence to be one), and the kind of
# thing a question counts ("which three concepts ...": concepts)
_SERIES_SAID = re.compile(r"[^,;:]{3,80}, [^,;:]{3,80}, (?:and|or) [^,;:]{3,}")
_COUNTED = re.compile(rf"\b(?:{'|'.join(COUNT_WORDS)}|[2-9])\s+((?:[\w-]+\s+){{0,2}}[a-z-]+s)\b", re.IGNORECASE)


def _series_of_kind(question: str, sentence: str) -> bool:
    """Does the sentence name things in a series and say the kind the question counts ("... these concepts is
    the structural powerlessness, niche diplomacy, and functionalism")?"""
    stems = set(analyzer()(sentence))
    kinds = analyzer()(" ".join(_COUNTED.findall(question)))
    return bool(_SERIES_SAID.search(sentence)) and any(said_share(t, stems) for t in kinds)


_THEIR = re.compile(r"\b(?:their|they|them)\b", re.IGNORECASE)


def _names_several(question: str, sentence: str, least: int = 4) -> bool:
    clauses = analyse(question)
    # (one clause; or one, then more on the same people: "who were the negotiators, and what were their day jobs?")
    if not asks_several_names(clauses[0]) or not all(_THEIR.search(c.text) for c in clauses[1:]):
        return False
    # `least` different names (asked who: words of people's names in full; four: two people at least)
    return len(set(answer_names(clauses[0], sentence, in_full=True))) >= least


# A question asking several facts each of a kind (a date, a number, a name: "when was it set up and when did it stop
# running?") is answered down to this share by its best sentence holding one, when other sentences hold each other
# part's kind and PART_WORDS of its own words ("... established ... in 2005", "... ceased in 2019"); (measured:
# docs/quality.md; 0.8 and 0.9 answered the same, "name" held by any name answered an unanswerable question)
PARTS_SHARE = 0.85
PART_WORDS = 0.15  # (its share of the part's words: 0.1 answered the same)
HELD_MAX = 4  # the sentences tried for each part, the best by its words first
_HELD_KINDS = ("date", "number", "name")


def _each_part_held(question: str, best: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Does each part of a question asking several facts of a kind have a sentence of its own holding that kind (a
    name: a person's in full, not one the question says), PART_WORDS of its words and a word of its own (in any form:
    "stop" - "ceased"; not only the subject all parts share), the best sentence one of them?"""
    clauses = analyse(question)
    if len(clauses) < 2 or len(best.parts) != len(clauses) or any(c.expects not in _HELD_KINDS for c in clauses):
        return False
    stems = [set(analyzer()(c.text)) - _LIGHT for c in clauses]
    own = [s - set().union(*(o for o in stems if o is not s)) for s in stems]

    said = {id(c): set(analyzer()(c.text)) for c in candidates}  # (each sentence's words read once)

    def holds(i: int, c: Candidate) -> bool:
        forms = (synonyms(t) | verb_forms(t) | {t} for t in own[i])
        if c.parts[i] < PART_WORDS or (own[i] and not any(said[id(c)] & f for f in forms)):
            return False
        k = clauses[i]
        return bool(answer_names(k, c.text, in_full=True)) if k.expects == "name" else satisfies(k, c.text)

    held = [
        sorted((c for c in candidates if holds(i, c)), key=lambda c: -c.parts[i])[:HELD_MAX]
        for i in range(len(clauses))
    ]

    def assigned(i: int, taken: list[Candidate]) -> bool:  # (each later part a sentence of its own)
        if i == len(held):
            return any(t is best for t in taken)
        return any(not any(c.overlaps(t) for t in taken) and assigned(i + 1, [*taken, c]) for c in held[i])

    return any(best in held[i] for i in range(len(held))) and assigned(0, [])


# below the lowest share of any kind or form, no kind or form need be read
_LOWEST_SHARE = min(
    MANY_NAMED_SHARE,
    REASON_SHARE,
    FOLLOW_UP_SHARE,
    LIST_SHARE,
    QUOTE_SHARE,
    MANY_SHARE,
    SETS_AGAINST_SHARE,
    BARE_SHARE,
    PARTS_SHARE,
)
