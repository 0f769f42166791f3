"""The alignment rules of the verifier: each catches one way a claim departs from its passage.

A rule takes the claim and the passage text (a span, or the whole evidence) and returns why the
passage does not support the claim, or "" (see verify.py for how they are combined and measured).
"""

from __future__ import annotations

import functools
import re

from dragoman.assistant.names import same_name, sentence_names
from dragoman.assistant.question import NOT_NAMES, STOP_WORDS
from dragoman.index.keyword import Analyzer
from dragoman.index.text import split_sentences

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "hundreds": "100s", "dozen": "12", "dozens": "12s", "thousand": "1000",
    "thousands": "1000s", "million": "1000000", "millions": "1000000s", "billion": "1000000000",
    "billions": "1000000000s", "twice": "2x", "double": "2x", "half": "0.5",
}  # fmt: skip
# A number, a decade ("1990s"), or a number word; a magnitude word after a number is part of it.
_NUMBER = re.compile(
    r"\b\d[\d,.]*\d(?:s\b)?|\b\d\b|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:[\s-]+(?:hundred|thousand|million|billion)s?\b)*",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nor|neither|nothing|nobody|nowhere|without|cannot|unable|lack|lacks|lacked|lacking|fail|"
    r"fails|failed|failure|instead of)\b|n't\b",
    re.IGNORECASE,
)
# Words that negate without "not": a paraphrase of "does not enable X" may say "keeps X from".
_IMPLICIT_NEGATION = re.compile(
    r"\b(?:prevent\w*|avoid\w*|keep\w*\s+\w+\s+from|stop\w*|hard|harder|difficult|little|few|rarely|seldom|hardly|"
    r"barely|absence|refus\w*|den(?:y|ies|ied)|reject\w*|instead|rather than|less|minimal|limited|unable|without)\b",
    re.IGNORECASE,
)
_QUANTIFIERS = frozenset(
    "all always every everyone everything entire entirely completely totally only solely exclusively invariably "
    "universally reliably necessarily whole".split()
)
_OPPOSITES = [
    ("harder", "easier"), ("hard", "easy"), ("more", "less"), ("most", "least"), ("higher", "lower"),
    ("highest", "lowest"), ("increase", "decrease"), ("increases", "decreases"), ("larger", "smaller"),
    ("success", "failure"), ("succeed", "fail"), ("strong", "weak"), ("stronger", "weaker"), ("before", "after"),
    ("early", "late"), ("earlier", "later"), ("legal", "illegal"), ("legitimate", "illegitimate"),
    ("public", "secret"), ("formal", "informal"), ("official", "unofficial"), ("direct", "indirect"),
    ("rise", "fall"), ("gain", "loss"), ("benefit", "harm"), ("advantage", "disadvantage"), ("open", "closed"),
    ("easily", "hard"), ("difficult", "easy"), ("prolonged", "shortened"), ("diminishing", "greater"),
]  # fmt: skip
_OPPOSITE = {a: b for a, b in _OPPOSITES} | {b: a for a, b in _OPPOSITES}
_RATHER = re.compile(r"\b(\w+),?\s+(?:rather than|instead of)\s+(?:merely\s+|simply\s+|just\s+)?(\w+)", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?([\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


# -- rules -------------------------------------------------------------------------------------
@functools.cache
def _analyzer() -> Analyzer:
    return Analyzer()


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


def _words(text: str) -> list[str]:
    """Lower-case words; dotted acronyms ("U.S.") also as one word ("us")."""
    return [w.lower() for w in _WORD.findall(text)] + [a.replace(".", "").lower() for a in _DOTTED.findall(text)]


def _content(text: str) -> set[str]:
    words = [w for w in _words(text) if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]
    return set(_analyzer().stem(words))


def numbers(claim: str, span: str) -> str:
    def found(text: str) -> set[str]:
        out = set()
        for m in _NUMBER.findall(text):
            words = re.split(r"[\s-]+", m.lower().replace(",", ""))
            out.add(" ".join(_NUMBER_WORDS.get(w, w) for w in words))
        return out

    missing = found(claim) - found(span)
    return f"the number {sorted(missing)[0]} is not in the passage" if missing else ""


def _name_forms(text: str) -> set[str]:
    """Names of a text, lower-cased, possessive and plural 's' dropped; acronyms of capitalised runs too."""
    names = {re.sub(r"['’]s?$", "", n).lower() for n in sentence_names(text)}
    names |= {n.replace(".", "") for n in names}
    for run in re.findall(r"(?:\b[A-Z][a-z]+(?:\s+of\s+the|\s+of)?\s+){1,5}[A-Z][a-z]+", text):
        initials = [w[0].lower() for w in run.split() if w[0].isupper()]
        names |= {"".join(initials[i:j]) for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)}
    return names


def _claim_names(claim: str, evidence: str) -> set[str]:
    """The names a claim asserts: as `_name_forms`, plus a capitalised first word (the subject
    of a sentence an LLM writes, "Kuwait hosted ...") unless the evidence has it too, or it is a
    common word (a stop word, a sentence opener, a common ending)."""
    names = _name_forms(claim) - _acronyms_only(claim)
    first = re.match(r"\s*([A-Z][\w'’-]*)", claim)
    if first:
        word = re.sub(r"['’]s?$", "", first.group(1))
        lower = word.lower()
        common = lower in STOP_WORDS or lower in _OPENERS or word in NOT_NAMES or _COMMON_SUFFIX.search(lower)
        seen = re.search(rf"\b{re.escape(lower.replace('-', ' '))}\b", evidence.replace("-", " "), re.IGNORECASE)
        if not common and not seen:
            names.add(lower)
    return names


# Words that open a sentence without naming anything, and endings names rarely have.
_OPENERS = frozenset(
    "since although though instead however because while when whenever after before during despite unlike like "
    "as both each many most some such these those this that their its his her our yet still thus hence "
    "therefore moreover furthermore meanwhile indeed overall rather only even also once".split()
)
_COMMON_SUFFIX = re.compile(
    r"(?:ing|ed|ly|ers|ors|ical|ive|ous|ful|less|ment|ness|tion|sion|ism|ists?|ity|ance|ence|"
    r"able|ible)$"
)


def names(claim: str, span: str, evidence: str) -> str:
    """Every name of the claim is in the evidence, and the span's core sentence does not name
    another entity where the claim names its own."""
    wanted = _claim_names(claim, evidence)
    missing = sorted(_absent(wanted, evidence))
    if missing:
        return f"{missing[0].title()} is not named in the passage"
    core = _core_sentence(claim, span)
    here, others = _absent(wanted, span), _absent(_name_forms(core) - _acronyms_only(core), claim)
    if here and others:  # the claim puts its own name where the passage names another
        return f"the passage names {sorted(others)[0].title()}, not {sorted(here)[0].title()}"
    return ""


def _absent(names: set[str], text: str) -> set[str]:
    """Names not in the text, in any form of them (China ~ Chinese, Norway ~ Norwegian)."""
    have = _name_forms(text) | set(_words(text))
    return {n for n in names if n not in have and not any(same_name(n, h) for h in have)}


def _acronyms_only(text: str) -> set[str]:
    """The acronyms _name_forms derives from capitalised runs (matched, never required)."""
    return (
        _name_forms(text)
        - {re.sub(r"['’]s?$", "", n).lower() for n in sentence_names(text)}
        - {re.sub(r"['’]s?$", "", n).lower().replace(".", "") for n in sentence_names(text)}
    )


_DOUBLE_NEGATION = re.compile(r"\bnot\s+(?:without|un\w+|in\w+able)\b", re.IGNORECASE)


def _negated(text: str) -> bool:
    """Does the text negate (a double negation such as "not without" does not)?"""
    return bool(_NEGATION.search(_DOUBLE_NEGATION.sub(" ", text)))


def polarity(claim: str, span: str) -> str:
    """A negation on one side only: one side negates explicitly ("not", "never", "without") and the
    other has no negating word at all, not even an implicit one ("prevent", "hard to", "few")."""
    core = _core_sentence(claim, span)
    if _negated(claim) and not (_negated(span) or _IMPLICIT_NEGATION.search(span)):
        return "the claim negates what the passage says"
    if _negated(core) and not (_negated(claim) or _IMPLICIT_NEGATION.search(claim)):
        return "the passage says the opposite"
    if _negated(claim) != _negated(core):
        return ""  # an opposite under a negation says the same ("cannot easily" ~ "hard to")
    claim_words, span_words = set(_words(claim)), set(_words(span))
    for w in claim_words - span_words:
        opposite = _OPPOSITE.get(w)
        if opposite and opposite in span_words and opposite not in claim_words:
            return f"the claim says {w!r} where the passage says {opposite!r}"
    return ""


def relations(claim: str, span: str) -> str:
    stem = _analyzer().stem
    claim_pairs = {tuple(stem([a.lower(), b.lower()])) for a, b in _RATHER.findall(claim)}
    for a, b in _RATHER.findall(span):
        if tuple(stem([b.lower(), a.lower()])) in claim_pairs:
            return f"the claim swaps {a!r} and {b!r}"
    for side_a, side_b in _BETWEEN.findall(claim):
        partners = [(x, y) for x, y in _BETWEEN.findall(span) if _overlaps(side_a, x) or _overlaps(side_a, y)]
        if partners and not any(_overlaps(side_b, x) or _overlaps(side_b, y) for x, y in partners):
            return f"the passage does not put {side_b!r} on either side"
    return ""


def _overlaps(a: str, b: str) -> bool:
    """Do two phrases name the same thing (a shared content word, a name form or an acronym)?"""
    a_forms, b_forms = _name_forms(a) | set(_words(a)), _name_forms(b) | set(_words(b))
    return bool(_content(a) & _content(b)) or any(x == y or same_name(x, y) for x in a_forms for y in b_forms)


_AGENT = re.compile(r"\bby\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s*){1,3})", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b\w+ed\b", re.IGNORECASE)


def _passives(text: str) -> list[tuple[str, str]]:
    """(participle, agent) of "... accused of X by the competitors": every -ed word up to 120
    characters (within one clause) before a "by AGENT"."""
    out = []
    for m in _AGENT.finditer(text):
        before = re.split(r"[.;]", text[max(0, m.start() - 120) : m.start()])[-1]
        out += [(verb, m.group(1)) for verb in _PARTICIPLE.findall(before)]
    return out


_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")


_LINK = re.compile(
    r"\b([A-Za-z][\w-]+)\s+(from|by|to|for|against|with|of)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
    r"([A-Za-z][\w.'’-]+)",
    re.IGNORECASE,
)


def _links(text: str) -> list[tuple[str, str, str]]:
    """(head stem, preposition, object stem) of "pressure from constituencies", "commitment to Ukraine"."""
    stem = _analyzer().stem
    out = []
    for head, prep, obj in _LINK.findall(text):
        obj = re.sub(r"['’]s?$", "", obj).lower().replace(".", "")
        if head.lower() in STOP_WORDS or obj in STOP_WORDS or len(obj) < 2:
            continue
        out.append((stem([head.lower()])[0], prep.lower(), stem([obj])[0]))
    return out


def _mentions(words: set[str], stem_: str) -> bool:
    return any(w == stem_ or same_name(w, stem_) for w in words)


def _swapped_links(claim: str, span: str) -> str:
    """The claim ties a head word to the other party: "pressure from X" where the passage has
    "pressure from Y", X and Y both present on both sides."""
    claim_words = set(_analyzer().stem([w.replace(".", "") for w in _words(claim)])) | {
        w.replace(".", "") for w in _words(claim)
    }
    span_words = set(_analyzer().stem([w.replace(".", "") for w in _words(span)])) | {
        w.replace(".", "") for w in _words(span)
    }
    theirs = _links(span)
    for head, prep, obj in _links(claim):
        for h2, p2, o2 in theirs:
            if (
                (h2, p2) == (head, prep)
                and not (o2 == obj or same_name(o2, obj))
                and _mentions(claim_words, o2)
                and _mentions(span_words, obj)
            ):
                return f"the passage says '{head} {prep}' the {o2}, not the {obj}"
    return ""


def roles(claim: str, span: str) -> str:
    """Agent and patient swapped: the passage's "V-ed ... by A" made "A ... V-ed" in the claim,
    or "X's attempt" made "Y's attempt"."""
    stem = _analyzer().stem
    claim_stems = stem(_words(claim))
    for verb, agent in _passives(span):
        v = stem([verb.lower()])[0]
        if v not in claim_stems:
            continue
        after = set(claim_stems[claim_stems.index(v) + 1 :])
        before = set(claim_stems[: claim_stems.index(v)])
        who = _content(agent)
        if who and who <= after and not who & before and " by " not in claim:
            return f"the passage says the {' '.join(sorted(who))} did the {verb.lower()}, not the other way round"
    swapped = _swapped_links(claim, span)
    if swapped:
        return swapped
    theirs = {head.lower(): owner.lower() for owner, head in _POSSESSIVE.findall(span)}
    for owner, head in _POSSESSIVE.findall(claim):
        other = theirs.get(head.lower())
        if other and other != owner.lower() and not same_name(other, owner.lower()):
            return f"the passage speaks of {other.title()}'s {head}, not {owner}'s"
    return ""


_TEMPORAL_ONLY = re.compile(r"\bonly\s+(?:later|then|afterwards|recently)\b", re.IGNORECASE)


def quantifiers(claim: str, span: str) -> str:
    extra = (set(_words(_TEMPORAL_ONLY.sub(" ", claim))) & _QUANTIFIERS) - set(_words(span))
    return f"the passage does not say {sorted(extra)[0]!r}" if extra else ""


def coverage(claim: str, span: str) -> float:
    wanted = _content(claim)
    return len(wanted & _content(span)) / len(wanted) if wanted else 1.0


def addition(claim: str, evidence: str) -> tuple[str, str]:
    """A last clause ("..., which culminated in X", "... and Y") whose words the evidence never
    uses: the clause, and the reason ("" when its words are there)."""
    clauses = re.split(r",\s*|\s+and\s+|\s+which\s+|\s+while\s+", claim.rstrip(" ."))
    last = _content(clauses[-1]) if len(clauses) > 1 else set()
    new = last - _content(evidence)
    if len(new) >= 2 and len(new) >= 0.6 * len(last):
        return clauses[-1], f"the passage does not mention {', '.join(sorted(new))}"
    return "", ""


def _core_sentence(claim: str, span: str) -> str:
    """The sentence of the span that shares most content words with the claim."""
    sentences = [span[s.start : s.end] for s in split_sentences(span)] or [span]
    wanted = _content(claim)
    return max(sentences, key=lambda s: len(wanted & _content(s)))
