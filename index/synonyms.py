"""Words a question and a document use for one thing: "the paper's built-in limitations" - "a
number of intrinsic constraints"; "the upsides" - "the benefits".

The embedding model (all-MiniLM-L6-v2, the only one installable here) rates such pairs too low to
tell the sentence that answers from its neighbours; no thesaurus ships offline (WordNet data is
downloaded at run time). So this is a short, hand-kept list of general English words people use to
ask about what documents list and explain - kinds of things (advantages, conditions, risks, ways,
aims) and a few everyday words - not the words of any one document. A sentence saying a synonym of
a question's word holds `SYNONYM_SHARE` of it (assistant/coverage.py `share`). Measured, they do
not help retrieval: searching by them too lost answers of every kind (docs/quality.md) - but for
one search of a list question, for the lead-in naming the kind of thing it asks for (KINDS,
assistant/evidence.py). A word is read in any sense: "deal" the verb half says "agreement". Not
"country" ~ "state": "Which country ...?" was answered by "rival camps of states"; nor words whose
stem is another word's ("objective" - "objected", "initiate" - "Initiative", "major" - "majority").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from dragoman.index.keyword import Analyzer

# Each group: words for one idea, as people ask and documents write it (stemmed before use).
GROUPS: tuple[tuple[str, ...], ...] = (
    ("advantage", "benefit", "upside", "merit", "strength", "pros"),
    (
        "disadvantage",
        "drawback",
        "downside",
        "shortcoming",
        "pitfall",
        "flaw",
        "weakness",
        "limitation",
        "constraint",
        "handicap",
        "cons",
    ),
    ("risk", "danger", "hazard", "threat", "peril"),
    ("problem", "difficulty", "challenge", "adversity", "struggle"),
    ("precondition", "prerequisite", "requirement", "condition", "requisite"),
    ("reason", "cause", "motive"),
    ("start", "begin", "began", "launch", "establish", "inaugurate", "commence", "introduce"),
    ("stop", "cease", "halt", "discontinue", "terminate", "suspend", "shut"),
    ("aim", "goal", "purpose"),
    ("reduce", "lower", "decrease", "lessen", "diminish"),
    ("increase", "raise", "boost"),
    ("approach", "method", "technique", "strategy", "style", "model", "mode", "way"),
    ("example", "instance", "illustration"),
    ("small", "tiny", "little"),
    ("big", "great"),
    ("secret", "covert", "hidden", "clandestine", "confidential", "discreet", "unofficial", "quiet"),
    ("mediator", "intermediary", "middleman", "peacemaker"),
    ("agreement", "deal", "pact"),  # (not "accord": the stem of "according to")
    ("fail", "failure", "collapse", "unravel", "falter"),
    ("eventually", "ultimately"),
    ("futile", "pointless", "useless", "fruitless"),
    ("based", "grounded", "rooted"),
    ("solution", "fix", "remedy", "cure", "antidote"),
    ("succeed", "success", "successful"),  # (one word, stemmed apart)
    ("replace", "substitute", "supplant"),
    ("characteristic", "trait", "hallmark"),  # (not "feature", "attribute": verbs too)
    ("intrinsic", "inherent", "innate", "built"),  # ("built-in limitations" - "intrinsic constraints")
    ("lasting", "sustainable", "durable", "enduring"),  # ("a lasting deal" - "a sustainable agreement")
    ("blame", "attribute", "ascribe"),  # ("what does he blame it on" - "which Jacob attributes to")
    ("traditional", "usual", "ordinary"),  # (not "conventional", "normal": the stems of "convention", "normalize")
)
SYNONYM_SHARE = 0.5  # a synonym's share of the weight of the word the question says
# Groups saying the opposite of each other: "when did the bus start, and when did it stop?" - the
# sentence saying it "ceased in 2019" answers the second part, never the first.
OPPOSITES: tuple[tuple[str, str], ...] = (("start", "stop"),)


# What something "can help" or "can facilitate" do is a benefit of it, said in other words: a sentence
# saying so half says a question's "benefits", "advantages", "upsides" (not "can allow", "can reduce":
# as often a risk: "the flaw can allow attackers ...")
_BENEFIT = re.compile(
    r"\b(?:can|could|may)\s+(?:also\s+)?(?:help|facilitate|enable|ease|protect|improve|insulate|shield)\b",
    re.IGNORECASE,
)
BENEFIT_STEMS = frozenset({"advantag", "benefit", "upsid", "merit"})  # (Snowball stems of GROUPS[0]'s words)


def says_benefit(text: str) -> bool:
    """Does the sentence say what something can help do ("Back channels can insulate officials ...")?"""
    return _BENEFIT.search(text) is not None


@functools.cache
def _table() -> Mapping[str, frozenset[str]]:
    stem = Analyzer().stem  # (as the keyword index stems: Snowball, English)
    table: dict[str, set[str]] = {}
    for group in GROUPS:
        stems = set(stem(list(group)))
        for s in stems:
            table.setdefault(s, set()).update(stems - {s})
    return {s: frozenset(others) for s, others in table.items()}


@functools.cache
def _opposite_table() -> Mapping[str, frozenset[str]]:
    stem = Analyzer().stem
    group_of = {g[0]: frozenset(stem(list(g))) for g in GROUPS}
    table: dict[str, frozenset[str]] = {}
    for a, b in OPPOSITES:
        table |= dict.fromkeys(group_of[a], group_of[b]) | dict.fromkeys(group_of[b], group_of[a])
    return table


def opposites(term: str) -> frozenset[str]:
    """The stems of the words saying the opposite of a stemmed term (OPPOSITES), or none."""
    return _opposite_table().get(term, frozenset())


# The groups naming kinds of things a document lists ("the constraints:", "three approaches"), by their first word
KINDS = frozenset({"advantage", "disadvantage", "risk", "problem", "precondition", "reason", "aim", "approach"})


def kind_words(terms: Iterable[str]) -> list[str]:
    """The words of the KINDS groups holding any of these stemmed terms ("limit" - "disadvantage",
    "drawback", ..., "constraint"), as written."""
    terms = set(terms)
    return [w for group in GROUPS if group[0] in KINDS and terms & _stems(group) for w in group]


def kinds_said(terms: Iterable[str]) -> frozenset[str]:
    """The first words of the KINDS groups these stemmed terms say ("constraint": "disadvantage")."""
    terms = set(terms)
    return frozenset(group[0] for group in GROUPS if group[0] in KINDS and terms & _stems(group))


@functools.cache
def _stems(group: tuple[str, ...]) -> frozenset[str]:
    return frozenset(Analyzer().stem(list(group)))


# A verb's irregular past said for the verb, either way round ("which processes did it lead?" - "Estonia has been
# leading ..."; "who led it?"): the same word, which stemming does not join
_IRREGULAR_VERBS = (
    "lead led", "meet met", "send sent", "build built", "hold held", "begin began begun", "bring brought",
    "take took taken", "give gave given", "make made", "tell told", "win won", "fight fought", "seek sought",
    "think thought", "teach taught", "keep kept", "buy bought", "spend spent", "strike struck", "break broke broken",
    "choose chose chosen", "draw drew drawn", "fall fallen", "grow grew grown", "know knew known", "rise risen",
    "sell sold", "speak spoke spoken", "stand stood", "write wrote written", "run ran", "go went gone", "see seen",
    # (not "left", "found", "saw", "rose", "fell", "felt", "lost": words of their own too)
)  # fmt: skip


@functools.cache
def _verb_table() -> Mapping[str, frozenset[str]]:
    stem = Analyzer().stem
    table: dict[str, frozenset[str]] = {}
    for forms in _IRREGULAR_VERBS:
        stems = frozenset(stem(forms.split()))
        table |= {s: stems - {s} for s in stems}
    return table


def verb_forms(term: str) -> frozenset[str]:
    """The stems of the other forms of an irregular verb a stemmed term is a form of ("led": "lead"), or none."""
    return _verb_table().get(term, frozenset())


def synonyms(term: str) -> frozenset[str]:
    """The stems of the words GROUPS gives for a stemmed term (not itself)."""
    return _table().get(term, frozenset())
