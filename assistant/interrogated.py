"""A question drafted as a discovery interrogatory: its number ("INTERROGATORY NO. 7:"), a term it defines after its
first use ('the Small States Paper ("Small States Paper" refers to the journal article titled "Quiet Diplomacy ...")'),
the drafting's set phrases ("Describe with particularity", "Set forth each", "if any", "including but not limited
to") and an earlier answer pointed at by number ("the individual identified in response to Interrogatory No. 7"). The
question as plainly put: the number and the phrases ask nothing, the term means what it is said to refer to, and the
thing an earlier answer identified is "that" one, as a follow-up says it. Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

# (its number, then what it asks, in the drafting's words: not "Interrogatory No. 7: is it objectionable?", a question
# about it)
_NUMBERED = re.compile(
    r"^\s*(?:interrogatory|request\s+for\s+(?:admission|production)|special\s+interrogatory)\s+"
    r"(?:no\.?\s*|number\s+|#\s*)?\d+\s*[:.–—-]?\s*(?=(?:state|identify|describe|set\s+forth|list|explain|admit|"
    r"produce|provide|please|with\s+respect|regarding|if|for\s+each|separately)\b)",
    re.IGNORECASE,
)
# a term, then what it refers to in brackets: 'the Moscow Article ("Moscow Article" refers to the article titled "...")'
_DEFINED_AFTER = re.compile(
    r"\b(?:the\s+)?(?P<term>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(\s*[\"“](?:the\s+)?(?P=term)[\"”]\s*,?\s+"
    r"(?:refers\s+to|shall\s+refer\s+to|means|shall\s+mean|is\s+defined\s+as|denotes)\s+"
    r"(?P<what>[^()]*(?:\([^()]*\)[^()]*)*?)\s*\)"
)
# an earlier answer pointed at by number: "the mediation identified in response to Interrogatory No. 4"
_ANSWERED = re.compile(
    r"\b[Tt]he\s+((?:(?!identified\b)[\w'’-]+\s+){1,4}?)(?:identified|named|described|stated)\s+in\s+"
    r"(?:(?:your|the)\s+)?(?:response|responses|answer|answers)\s+to\s+interrogator(?:y|ies)\s+no(?:s)?\.?\s*\d+",
    re.IGNORECASE,
)
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"^admit\s+that\b", "Is it true that"),  # (a request for admission)
    (r"\b(describe|state|explain|identify)\s+(?:with\s+particularity|in\s+(?:full\s+)?detail|fully)\b", r"\1"),
    (r"\bset\s+forth\s+(?:each\s+and\s+every|each|every|all)\b", "list each"),
    (r"\bset\s+forth\b", "state"),
    (r"\bidentify\s+by\s+(?:full\s+)?name\b", "name"),
    (r"\bincluding\s+but\s+not\s+limited\s+to\b", "including"),
    (r",?\s*\bif\s+any(?:thing)?\b,?", ""),
    (r"\beach\s+and\s+every\b", "each"),
)


def _meant(m: re.Match[str]) -> str:
    """What a defined term refers to, in its place ('the journal article titled "..."', "Acme Ltd"); a document
    described by its first words ('the untitled web article opening "Back-channel diplomacy is ..."': words of its
    text, which the answer would quote) by the term itself, in lower case."""
    what = m.group("what")
    opening = re.search(r"\b(?:opening|beginning|starting)\s+(?:with\s+)?[\"“]", what)
    return "the " + m.group("term").lower() if opening else what


def uninterrogated(question: str) -> str:
    """The interrogatory as a question plainly put (as typed when it is none)."""
    text = _NUMBERED.sub("", question, count=1)
    if text == question and not _DEFINED_AFTER.search(question):
        return question
    text = _DEFINED_AFTER.sub(_meant, text)
    text = _ANSWERED.sub(lambda m: "that " + m.group(1).strip(), text)
    for pattern, plain in _PHRASES:
        text = re.sub(pattern, plain, text, flags=re.IGNORECASE)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if text.startswith("Is it true that"):
        text = text.rstrip(".") + "?"
    return text[:1].upper() + text[1:]
