"""A question put in a formal, old-fashioned register: "One would be obliged to learn what constraints the authors
enumerate.", "I should be much obliged were you to set out, seriatim, the several perils ...", "Wherefore, one wonders,
does it become harder ...?", "Touching those expulsions betwixt Washington and Moscow, ...". Its courtesies ask nothing
and its old words have plain ones: without them, the words that say what it asks weigh as they would in a plain
question. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# a courtesy opening a statement, before what is asked ("One would be obliged to learn what ...", "I should be most
# grateful to know whether ...", "I would fain learn ...", "I should be much obliged were you to set out ..."; not "I
# would be obliged to pay the tax?", "We would be glad to pay the fees", "I would like to learn Python")
_OBLIGED = re.compile(
    r"(?:^|(?<=[.?!;,]\s))\W*(?:one|i|we)\s+(?:would|should|shall)\s+(?:wish|like|care|want)\s+to\s+"
    r"(?:learn|know|hear|ask)\s+(?=(?:(?:with|of|from|in|on|at|by|for|to)\s+)?"
    r"(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b)|"
    r"(?:^|(?<=[.?!;,]\s))\W*(?:one|i|we)\s+(?:would|should|shall)\s+be\s+(?:(?:much|most|greatly|very|deeply|"
    r"exceedingly|infinitely)\s+)?(?:obliged|grateful|indebted|beholden|glad|pleased|happy|delighted)\s+"
    r"(?:to\s+(?:be\s+)?(?:told|learn|know|hear|discover|ascertain)\b\s*,?\s*|"
    r"(?:if\s+(?:you|one)\s+(?:would|could|might)|were\s+you\s+to|should\s+you)\s+)"
    r"|(?:^|(?<=[.?!;,]\s))\W*(?:i|we|one)\s+would\s+fain\s+(?:know|learn|hear|ask)\s+",
    re.IGNORECASE,
)
# a courtesy set inside the question, closed by a comma or the question's end ("..., one wonders, ...", ", if one may so
# inquire,", ", as I apprehend,", ", pray,"; not "Staff in the UAE, pray breaks ...", "Eat, Pray, Love", "Dubai, I
# venture to ask whether ...")
_ASIDE = re.compile(
    r",\s*(?:one\s+(?:is\s+moved\s+to\s+)?wonders?|one\s+is\s+moved\s+to\s+wonder|i\s+wonder|"
    r"if\s+(?:one|i)\s+may\s+(?:so\s+)?(?:inquire|enquire|ask)|(?:as\s+)?i\s+apprehend|(?-i:pray)(?:\s+tell)?|"
    r"i\s+pray\s+you|i\s+venture|(?:i\s+)?beg\s+to\s+ask)\s*(?:(?P<comma>,)\s*(?=\w)|(?=[?.!]))",
    re.IGNORECASE,
)
# ... or opening it ("Pray tell, who ...?", "Pray, by whose hand ...?"; not "Pray rooms at Doha airport - where?")
_PRAY_OPENING = re.compile(r"(?:^|(?<=[.?!;]\s))\W*pray(?:\s*,|\s+tell\s*,?)\s+(?=[a-z])", re.IGNORECASE)
# old words and their plain ones (whole words; "seriatim" and "inter alia" add nothing to what is asked)
_OLD_WORDS = {
    "wherefore": "why",
    "betwixt": "between",
    "aforetime": "before",
    "heretofore": "before",
    "hitherto": "until then",
    "whence": "from where",
    "whither": "where",
    "hath": "has",
    "doth": "does",
    "ere": "before",
    "perchance": "perhaps",
}
_OLD = re.compile(rf"\b({'|'.join(_OLD_WORDS)})\b", re.IGNORECASE)
_NOTHING_ADDED = re.compile(r",?\s*\b(?:seriatim|inter\s+alia)\b\s*,?(?=\s|[?.!])", re.IGNORECASE)
# phrases a plain question says in one word ("Touching X, ..." - "Regarding X, ..."; "did it see print" - "did it
# appear"; "to what seat of learning" - "to what university")
_TOUCHING = re.compile(r"^(\W*)touching\s+(?=(?:the|that|those|this|these)\b|(?-i:[A-Z])\w)", re.IGNORECASE)
_PHRASES = (
    (re.compile(r"\b(?:see|saw|seen)\s+print(?=\s*(?:[?.,;!]|$))", re.IGNORECASE), "appear"),
    (re.compile(r"\bma(?:k|d)e\s+(?:its|their)\s+appearance\b", re.IGNORECASE), "appear"),
    (re.compile(r"\b(?:see|saw|seen)\s+the\s+light(?:\s+of\s+day)?(?=\s*(?:[?.,;!]|$))", re.IGNORECASE), "appear"),
    (re.compile(r"\bseats?\s+of\s+learning\b", re.IGNORECASE), "university"),
    (re.compile(r"\bby\s+whose\s+hands?\b", re.IGNORECASE), "by whom"),
    (re.compile(r"\b(?:up)?on\s+whose\s+authority\b", re.IGNORECASE), "according to whom"),
)


def plainly(question: str) -> str:
    """The question without its courtesies, its old words in plain ones - only a question of the register, one with
    a courtesy (`_COURTEOUS`): not "What does heretofore mean?", "Touching the screen twice, what happens?", "Seat
    of learning near Muscat?", "'To sleep, perchance to dream' - which play?"."""
    if not _COURTEOUS.search(question):  # (most questions)
        return question
    asked = question
    question = _TOUCHING.sub(r"\1Regarding ", question)
    # (", one wonders, does it" -> " does it"; ", pray?" -> "?")
    question = _ASIDE.sub(lambda m: " " if m.group("comma") else "", question)
    question = _PRAY_OPENING.sub("\0", question)
    question = _OBLIGED.sub("\0", question)
    question = _NOTHING_ADDED.sub("", question)
    question = _OLD.sub(lambda m: _same_case(m.group(1), _OLD_WORDS[m.group(1).lower()]), question)
    for rx, plain in _PHRASES:
        question = rx.sub(plain, question)
    # (what is asked opens its statement now: "what constraints ..." -> "What constraints ...")
    question = re.sub(r"(?:^|(?<=[.?!;]\s))\x00(\W*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), question)
    question = question.replace("\x00", "")
    return asked if question == asked else re.sub(r"(?<=\S)[ \t]{2,}", " ", question)


def _same_case(word: str, plain: str) -> str:
    return plain[:1].upper() + plain[1:] if word[:1].isupper() else plain


# a courtesy of the register, looked for first ("Pray, ...", "..., pray?", "One would be obliged to learn ...", ", one
# wonders,", ", if one may so inquire,", ", as I apprehend,", "I would fain know")
_COURTEOUS = re.compile(
    r"(?:^|[.?!;]\s)\W*pray(?:\s*,|\s+tell\b)|,\s*(?-i:pray)\s*[,?.!]|"
    r"\b(?:would|should|shall)\s+be\s+(?:(?:much|most|greatly|very|deeply|exceedingly|infinitely)\s+)?"
    r"(?:obliged|grateful|indebted|beholden|glad|pleased|happy|delighted)\s+(?:to\s+(?:be\s+)?(?:told|learn|know|hear|"
    r"discover|ascertain)|if\s+(?:you|one)|were\s+you\s+to|should\s+you)\b|"
    r"\bone\s+would\s+(?:wish|like|care)\s+to\s+(?:learn|know|hear)\b|\bwould\s+fain\b|"
    r",\s*one\s+(?:is\s+moved\s+to\s+)?wonders?\b|,\s*if\s+(?:one|i)\s+may\s+(?:so\s+)?(?:inquire|enquire|ask)\b|"
    r",\s*(?:as\s+)?i\s+apprehend\b",
    re.IGNORECASE,
)
