"""A request put in officialese, as an auditor or a registry writes one: a noun for what is asked ("Identification of
the author of the article is requested.", "Explanation as to the manner in which ...", "Enumeration of the functions
... to be provided.", "Confirmation required as to the year in which ... and the location thereof."), and words of the
register ("thereof", "the aforementioned", "in respect of", "the same" for "it"). Put in the plain words a question
uses, the words that say what is asked weigh as they would there, and the noun opening it ("Identification") is no
name a document must say. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# the noun asking, and the plain request it stands for
_REQUESTS = {
    "explanation": "Explain",
    "statement": "Give",
    "enumeration": "List",
    "listing": "List",
    "identification": "Identify",
    "confirmation": "Confirm",
    "verification": "Verify",
    "clarification": "Clarify",
    "specification": "Specify",
    "indication": "Give",
    "particulars": "Give",
    "description": "Describe",
    "comparison": "Compare",
    "differentiation": "Differentiate",
    "determination": "Give",
}
_NOUN = "|".join(_REQUESTS)
# "Identification of ...", "Confirmation required as to ...", "Explanation is requested as to ...", "Differentiation
# required as between ..." opening a statement (not "Identification of birds is taught where?": a question of its own)
_OPENING = re.compile(
    rf"(?:^|(?<=[.;]\s))\W*(?P<noun>{_NOUN})\s+(?:(?P<asked>(?:is\s+|are\s+)?(?:hereby\s+)?(?:required|requested|"
    r"sought|needed))\b,?\s*)?(?:(?P<as_to>as\s+to\s+)|(?:of|in\s+respect\s+of|regarding|concerning)\s+|"
    r"as\s+(?=between\s)|(?<=,\s)|(?=between\s))",
    re.IGNORECASE,
)
# ... unless a question follows it ("Explanation of benefits - what is it?")
_ASKED_AFTER = re.compile(r"(?:\s[-–—]\s|:\s*)(?:what|which|who|whom|whose|when|where|why|how)\b[^?]*\?", re.IGNORECASE)
# the request closing it ("... is requested.", "... to be provided.", "..., likewise to be identified.")
_CLOSING = re.compile(
    r",?\s*(?:(?:is|are)\s+)?(?:likewise\s+|also\s+|hereby\s+|respectfully\s+)?(?:(?:requested|required|sought)|"
    r"to\s+be\s+(?P<verb>provided|confirmed|identified|stated|furnished|supplied|given|specified|enumerated|"
    r"set\s+out|explained|clarified|described|listed|verified))(?:,?\s*likewise)?\s*\.?\s*$",
    re.IGNORECASE,
)
_VERBS = {"confirmed": "Confirm", "identified": "Identify", "enumerated": "List", "listed": "List",
          "explained": "Explain", "clarified": "Clarify", "described": "Describe", "specified": "Specify",
          "verified": "Verify", "set out": "List"}  # fmt: skip
_AFORE = r"(?:aforementioned|aforesaid|abovementioned|above-mentioned)"
# the words of the register, in plain ones
_PLAIN = (
    # ("the location thereof" - "its location", "each thereof" - "each of them", "in consequence thereof")
    (re.compile(r"\bin\s+(?:respect|consequence)\s+thereof\b", re.I), "as a result of it"),
    (re.compile(r"\b(each|all|both|any|either|neither|none|one)((?:\s+\w+)?)\s+thereof\b", re.I), r"\1\2 of them"),
    (re.compile(r"\bthe\s+((?:(?!of\b)[\w-]+\s+){0,2}?[\w-]+)\s+thereof\b", re.I), r"its \1"),
    (re.compile(r"\bthereof\b", re.I), "of it"),
    (re.compile(r"\bthereby\b", re.I), "by it"),
    (re.compile(r"\btherein\b", re.I), "in it"),
    (re.compile(r"\bthereto\b", re.I), "to it"),
    # ("the aforementioned study" - "that study", "the aforementioned states" - "those states": still the one asked of)
    (re.compile(rf"\b(?:the\s+)?{_AFORE}(?=\s+\w+[^s\W]\b)", re.I), "that"),
    (re.compile(rf"\b(?:the\s+)?{_AFORE}\b", re.I), "those"),
    (re.compile(r"\bin\s+respect\s+of\b", re.I), "regarding"),
    (re.compile(r"\badduced\b", re.I), "cited"),
    (re.compile(r"\bthe\s+respective\b", re.I), "the"),
    (re.compile(r",?\s*\blikewise\b\s*(?=[.?!]?\s*$)", re.I), ""),
    # "the same" standing for what was asked before ("in which the same is stated", "conducting the same on Norway's
    # behalf"; not "the same year", "is the rate the same, or ...")
    (re.compile(r"\bthe\s+same(?=\s+(?:is|was|are|were|has|had|have|appeared|ceased|began)\b|\s+on\b)", re.I), "it"),
    # "the manner in which", "the mechanism by which": how
    (re.compile(r"\bthe\s+(?:manner|mechanism|means|way)\s+(?:in|by)\s+which\b", re.I), "how"),
    (re.compile(r",?\s*(?:is|are)\s+(?:hereby\s+)?(?:requested|sought)(?=\s*[,;])", re.I), ""),
    (re.compile(r"^\W*as\s+to\s+(?=[^:?]{2,60}:)", re.I), "Regarding "),  # ("As to Ambassador Burns: ...")
    (re.compile(r"(?:(?<=\band\s)|(?<=,\s))as\s+to\s+", re.I), ""),  # ("..., and as to the one feature ...")
    (re.compile(r"(?<!\bso\s)\bas\s+to\b(?!\s+(?:whether|how|why|what|which|who|when|where)\b)", re.I), "about"),
    (re.compile(r"(?<!\bso\s)\bas\s+to\s+", re.I), ""),
)
# the register's own words, which a question of its own may use too ("What happens in consequence thereof ...?")
_WORDS = re.compile(
    rf"\bthere(?:of|by|in|to)\b|\b{_AFORE}\b|\bin\s+respect\s+of\b|,\s*likewise\s*\.?\s*$|^\W*as\s+to\s+[^:?]{{2,60}}:",
    re.IGNORECASE,
)
# a question asking in words of its own ("What documents need to be provided", "Which ions are to be identified")
_ASKS_ITSELF = re.compile(
    r"^\W*(?:(?:and|but|so|also|then)\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|"
    r"did|can|could|should|would|will|has|have|had|may|must|shall)\b",
    re.IGNORECASE,
)
# a word of the register, looked for first
_REGISTER = re.compile(
    rf"(?:^|[.;]\s)\W*(?:{_NOUN})\s+(?:(?:is\s+|are\s+)?(?:required|requested|sought)|as\s+to|of|in\s+respect)\b|"
    r"\bthere(?:of|by|in|to)\b|\baforementioned\b|\baforesaid\b|\bin\s+respect\s+of\b|"
    r"(?:is|are)\s+requested\s*\.?\s*$|\bto\s+be\s+(?:provided|confirmed|identified|enumerated|furnished)\s*\.?\s*$|"
    r",\s*likewise\s*\.?\s*$|^\W*as\s+to\s+[^:?]{2,60}:",
    re.IGNORECASE,
)


def in_plain_terms(question: str) -> str:
    """The request as a plain one ("Identification of the author of the piece is requested." -> "Identify the author
    of the piece."; "Enumeration of the functions to be provided." -> "List the functions."; "The year thereof?" ->
    "Its year?"). A noun opening it asks only with the request said ("is requested", "required", "as to", "to be
    provided") or the register's words beside it: not "Indication of Lipitor?", "Clarification of butter?"; a
    question asking in words of its own keeps them, the register's words read plainly ("What documents need to be
    provided", "Explanation of benefits - what is it?")."""
    if not _REGISTER.search(question):  # (most questions)
        return question
    worded = _WORDS.search(question)
    if _ASKS_ITSELF.match(question) or _ASKED_AFTER.search(question):
        return _plainly(question) if worded else question
    plain = question
    closing = _CLOSING.search(plain)
    opening = _OPENING.search(plain)
    # (the request said, or put as a statement: not "Indication of Lipitor?", what the drug is for)
    said = opening and (opening.group("asked") or opening.group("as_to") or closing or worded)
    if opening and not said and question.rstrip().endswith("?"):
        opening = None
    if closing:
        plain = plain[: closing.start()].rstrip(" ,") + "."
        verb = closing.group("verb")
        if verb and not opening and verb.lower() in _VERBS:
            plain = f"{_VERBS[verb.lower()]} {plain[:1].lower()}{plain[1:]}"
    if opening:
        plain = _OPENING.sub(lambda m: _REQUESTS[m.group("noun").lower()] + " ", plain, count=1)
    return _plainly(plain)


def _plainly(text: str) -> str:
    for rx, words in _PLAIN:
        text = rx.sub(words, text)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()
    return text[:1].upper() + text[1:]
