"""A question dictated with its punctuation said as words, as speech recognition writes it when told to: "who wrote
it comma and when question mark", "the article open quote a new back channel close quote", "singapore apostrophe s
basis", letters spelt one by one ("u s ambassador"). The marks in their place: the words "comma", "question mark" are
no words of what is asked, and a question's parts and quotations are found by its marks. Pure function of text, for
words.py `unlabelled`."""

from __future__ import annotations

import re

# the said marks that tell a question is dictated this way (a question about commas says none of these)
_DICTATED = re.compile(
    r"\b(?:question\s+mark|full\s+stop|new\s+line|new\s+paragraph|open\s+quote|close\s+quote|end\s+quote|unquote|"
    r"apostrophe\s+s|exclamation\s+(?:mark|point))\b",
    re.IGNORECASE,
)
# (a mark named as a thing, after "a", "the": "Is a question mark ever followed by a full stop?", "a new line of
# drills"; the check is on the words before each)
# each said mark as written (a quotation's marks open and close, spaced as text spaces them)
_MARKS: tuple[tuple[str, str], ...] = (
    (r"\s*\bquestion\s+mark\b", "?"),
    (r"\s*\bexclamation\s+(?:mark|point)\b", "!"),
    (r"\s*\bfull\s+stop\b", "."),
    (r"\s*\bsemicolon\b", ";"),
    # (American "period" only where a sentence ends: "three approaches period new paragraph"; not "a period of", nor
    # a period of a kind, "how long is the notice period": `_named`)
    (r"\s*\bperiod\b(?=\s*(?:new\s+(?:line|paragraph)\b|$))", "."),
    (r"\s*\bhyphen\s*", "-"),
    (r"\s*\bcomma\b", ","),
    (r"\s*\bnew\s+(?:line|paragraph)\b\s*", "\n"),
    (r"\s*\bapostrophe\s+s\b", "'s"),
    (r"\bopen\s+(?:quote|quotes|quotation\s+marks?)\s+", '"'),
    # (a bare "quote" opens what an "unquote" or "end quote" closes: "says comma quote back channels are risky
    # unquote")
    (r"(?<!\bclose\s)(?<!\bend\s)\bquote\s+(?=.+?\s(?:unquote|(?:close|end)\s+quote)\b)", '"'),
    (r"\s+(?:close|end)\s+(?:quote|quotes|quotation\s+marks?)\b|\s+unquote\b", '"'),
    (r"\bopen\s+(?:bracket|brackets|paren|parenthesis)\s+", "("),
    (r"\s+close\s+(?:bracket|brackets|paren|parenthesis)\b", ")"),
)
# a negation said without its apostrophe ("dont", "couldnt", "didnt")
_NOT = re.compile(r"\b(do|does|did|could|would|should|was|were|is|are|has|have|had|can|won|ain)nt\b", re.IGNORECASE)
# letters spelt one by one, an abbreviation ("u s ambassador", "u n"; none of them "a" or "i", words of their own:
# not "plan b a ...")
_SPELT = re.compile(r"\b[b-hj-z](?:\s+[b-hj-z]\b)+", re.IGNORECASE)


# the kinds of period a question names ("the notice period", "a grace period")
_PERIOD_KINDS = frozenset(
    "notice grace probation probationary break trial waiting cooling cooling-off rest time payment billing transition "
    "vesting reporting holding incubation study free credit lock-up accounting financial tax".split()
)


def _named(text: str, m: re.Match[str]) -> bool:
    """Is the mark named as a thing, after "a", "the", "this" ...? (Not "that" ending what is said: "who says that
    question mark".) Or a period of a kind ("the notice period")?"""
    if re.match(r"\s*period", m.group(0), re.IGNORECASE):
        word = re.search(r"([\w-]+)\s*$", text[: m.start()])
        if word and word.group(1).lower() in _PERIOD_KINDS:
            return True
    before = re.search(r"\b(a|an|the|this|that|each|every|no|any)\s*$", text[: m.start()], re.IGNORECASE)
    return before is not None and not (before.group(1).lower() == "that" and not text[m.end() :].strip())


def unspoken(question: str) -> str:
    """The question with its said marks written as marks, when it says any of them (as typed otherwise)."""
    if not _DICTATED.search(question):
        return question
    text = question
    if not any(not _named(question, m) for m in _DICTATED.finditer(question)):
        return question
    for said, mark in _MARKS:

        def written(m: re.Match[str], mark: str = mark) -> str:
            return m.group(0) if _named(m.string, m) else mark

        text = re.sub(said, written, text, flags=re.IGNORECASE)
    text = _NOT.sub(lambda m: m.group(1) + ("'t" if m.group(1).lower() in ("can", "won") else "n't"), text)
    text = _SPELT.sub(lambda m: m.group(0).replace(" ", "").upper(), text)
    text = re.sub(r"([,;.?!])(?=[^\s\d,;.?!\"')])", r"\1 ", text)  # (a space after each mark said)
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    text = re.sub(r"(?<=[.?!]\s)[a-z]", lambda m: m.group(0).upper(), text)  # (a sentence said after a full stop)
    return text[:1].upper() + text[1:]
