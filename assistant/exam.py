"""Questions set as an exam paper sets them: the question's number and part first ("Q6 (a) Name the three
approaches ...", "Question 3(b): Outline ...", "(a) Identify ..."), the marks it is worth after it ("... [4 marks]",
"(2 marks)"), its command words ("State", "Outline", "Identify", "Discuss"). The number, the part's letter and the
marks are no figures or names asked about: the question is what is left. A question with parts of its own after the
first ("(a) Name ... and (b) state ...") keeps their letters, for items.py to take each part in turn. Pure functions
of text, for words.py `unlabelled` and items.py."""

from __future__ import annotations

import re

# an exam's command words, opening a question or one of its parts: the verbs asking (question.py, parts.py), then
# the phrases an instruction opens with
REQUEST_VERBS = (
    r"(?:state|identify|outline|explain|describe|discuss|compare|contrast|name|list|give|define|evaluate|assess|"
    r"analy[sz]e|examine|suggest|summari[sz]e|distinguish|justify)"
)
COMMAND_WORDS = (
    rf"(?:{REQUEST_VERBS}|account\s+for|comment\s+on|to\s+what\s+extent|with\s+reference|using|according|"
    r"refer(?:ring)?)"
)
# (words.py's question words and the verbs a yes/no question opens with; words.py imports this module)
_WH = r"(?:what|which|who|whom|whose|when|where|why|how|in\s+(?:what|which)|is|are|was|were|does|did|do|can)"
_ASKING = re.compile(rf"(?=(?-i:[A-Z]))(?:{COMMAND_WORDS}|{_WH})\b", re.IGNORECASE)
# a part's letter or numeral: "(a)", "a)", "(ii)"
_PART = r"(?:\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?:[a-h]|i{1,3}|iv)\))"
_OPENING_PART = re.compile(rf"^{_PART}\s*+[.:]?\s*+(?=\S)")
_LATER_PART = re.compile(r"(?:^|(?<=[\s:,;?.]))(?:\((?:[b-h]|ii|iii|iv)\)|(?:[b-h]|ii|iii|iv)\))\s+")
# the question's number: "Q6", "Q 6", "Question 3", or a bare "3" before its part ("3(a) ...")
_NUMBER = re.compile(
    r"^\s*+(?:(?-i:Q)\s?(?P<q>\d{1,2})|question\s++\d{1,2}|(?P<bare>\d{1,2})(?=\s*+\())[a-z]?\s*+[.:)]?\s*+",
    re.IGNORECASE,
)
_ANOTHER_NUMBER = re.compile(r"(?-i:\bQ)\s?\d")  # ("Q1: ... Q2: ...": a form's numbers, items.py)
# the marks an exam question is worth, after it ("... two reasons. (2 marks)", "... ? [4]"), or after each part ("(a)
# Name them. [3 marks] (b) ...")
_MARKS = re.compile(
    r"(?<=[.?!:)\w])\s+(?:\[\s*+\d{1,2}\s*+(?:marks?|pts?|points?)?\s*+\]|\(\s*+\d{1,2}\s*+(?:marks?|pts?|points?)\s*+\))"
    r"\s*$|"
    r"(?<=[.?!])\s+\(\s*\d{1,2}\s*\)\s*$|"  # ("... two reasons? (2)"; not "calories in an egg (50)")
    r"(?<!\s)\s*[\[(]\s*\d{1,2}\s*marks?\s*[\])]",
    re.IGNORECASE,
)


def unexamined(question: str) -> str:
    """The question without its exam paper's number, its part's letter when no other part follows, and the marks
    it is worth ("Q6 (a) Name the three approaches ... [3 marks]" -> "Name the three approaches ..."); any other
    question as typed, but for marks."""
    marked = _MARKS.search(question) is not None
    question = _MARKS.sub("", question)
    number = _NUMBER.match(question)
    rest = question[number.end() :] if number else question
    part = _OPENING_PART.match(rest)
    asking = _ASKING.match(rest[part.end() :] if part else rest) is not None
    if number and not _ANOTHER_NUMBER.search(rest):
        # a number before a part, or before what is asked in capitals ("Q5 State the ...", "Question 2: Why ...");
        # a bare figure only before both ("3(a) Identify ..."; not "12(a) of the Securities Act: ..."); "Q1" to "Q4"
        # only with a part or marks, else a quarter ("Q4 What drove revenue growth?", "Q3 revenue fell - why?")
        quarter = number.group("q") is not None and 1 <= int(number.group("q")) <= 4
        if (part and asking) if number.group("bare") else (part or marked) if quarter else (part or asking):
            question = rest
    # (a part alone, "(a) Identify the five risks ...", "Q3 (b) Outline ..."; not "(a) Name ... and (b) state ...")
    part = _OPENING_PART.match(question)
    if part and _ASKING.match(question[part.end() :]) and not _LATER_PART.search(question, part.end()):
        question = question[part.end() :]
    return question
