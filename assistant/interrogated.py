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
    r"produce|provide|please|with\s+respect|regarding|if|for\s+each|separately|to\s+the\s+extent)\b|\(\s*[\"“])",
    re.IGNORECASE,
)
# a term's definition in brackets, before or after its use: '("Moscow Article" refers to the article titled "...")'
_DEFINITION = re.compile(
    r"\s*\(\s*[\"“](?:the\s+)?(?P<term>[\w][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4})[\"”]\s*,?\s+"
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


def _meaning(what: str, term: str) -> str:
    """What a defined term refers to, in its place ('the journal article titled "..."', "Acme Ltd"); a document
    described by its first words ('the untitled web article opening "Back-channel diplomacy is ..."': words of its
    text, which the answer would quote) by the term itself, in lower case."""
    opening = re.search(r"\b(?:opening|beginning|starting)\s+(?:with\s+)?[\"“]", what)
    return "the " + term.lower() if opening else what


def _undefined(text: str) -> str:
    """The text without its definitions, the first use of a defined term ("the Moscow Article") as what it refers to."""
    meanings = {m.group("term"): _meaning(m.group("what"), m.group("term")) for m in _DEFINITION.finditer(text)}
    text = _DEFINITION.sub("", text)
    for term, meaning in meanings.items():
        # (its first use; a later one is the term, which names the document as a lawyer does: defined.py)
        text = re.sub(rf"\b(?:[Tt]he\s+)?{re.escape(term)}\b", meaning.replace("\\", "\\\\"), text, count=1)
    return text


def uninterrogated(question: str) -> str:
    """The interrogatory as a question plainly put (as typed when it is none)."""
    text = _NUMBERED.sub("", question, count=1)
    if text == question:  # (no interrogatory: a definition in brackets elsewhere is defined.py's, or asked about)
        return question
    text = _undefined(text)
    text = _ANSWERED.sub(lambda m: "that " + m.group(1).strip(), text)
    for pattern, plain in _PHRASES:
        text = re.sub(pattern, plain, text, flags=re.IGNORECASE)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if text.startswith("Is it true that"):
        text = text.rstrip(".") + "?"
    return text[:1].upper() + text[1:]
