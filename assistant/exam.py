"""Questions set as an exam paper sets them: the question's number and part first ("Q6 (a) Name the three
approaches ...", "Question 3(b): Outline ...", "(a) Identify ..."), the marks it is worth after it ("... [4 marks]",
"(2 marks)"), its command words ("State", "Outline", "Identify", "Discuss"). The number, the part's letter and the
marks are no figures or names asked about: the question is what is left. A question with parts of its own after the
first ("(a) Name ... and (b) state ...") keeps their letters, for items.py to take each part in turn. Pure functions
of text, for words.py `unlabelled` and items.py."""

from __future__ import annotations

import re

# an exam's command words, opening a question or one of its parts
COMMAND_WORDS = (
    r"(?:state|identify|outline|explain|describe|discuss|compare|contrast|name|list|give|define|evaluate|assess|"
    r"analy[sz]e|examine|suggest|summari[sz]e|distinguish|justify|account\s+for|comment\s+on|to\s+what\s+extent|"
    r"with\s+reference|using|according|refer(?:ring)?)"
)
_WH = r"(?:what|which|who|whom|whose|when|where|why|how|in\s+(?:what|which)|is|are|was|were|does|did|do|can)"
# a part's letter or numeral: "(a)", "a)", "(ii)"
_PART = r"(?:\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?:[a-h]|i{1,3}|iv)\))"
_LATER_PART = re.compile(r"(?:^|(?<=[\s:,;?.]))(?:\((?:[b-h]|ii|iii|iv)\)|(?:[b-h]|ii|iii|iv)\))\s+")
# the question's number: "Q6", "Q 6", "Question 3", "3", before a part ("Q6 (a) ...", "Question 3(b): ...", "3(a) ...")
# or, but for a bare figure, a command word or a question word in capitals ("Q5 State the ...", "Question 2: Why did
# ..."); not a quarter ("Q4 2023 revenue?", "Q3 revenue fell - why?"), nor a form's numbers ("Q1: ... Q2: ...":
# items.py)
_ASKING = rf"(?=(?-i:[A-Z]))(?:{COMMAND_WORDS}|{_WH})\b"
_NUMBER = re.compile(
    rf"^\s*(?:(?:(?:(?-i:Q)\s?|question\s+)\d{{1,2}}[a-z]?|\d{{1,2}}(?=\s*\((?:a|i)\)))\s*[.:)]?\s*(?={_PART})|"
    rf"(?:(?-i:Q)\s?|question\s+)\d{{1,2}}[a-z]?\s*[.:)]?\s+(?={_ASKING}))"
    r"(?!.*(?-i:\bQ)\s?\d)",
    re.IGNORECASE,
)
_OPENING_PART = re.compile(rf"^{_PART}\s*[.:]?\s+(?=\S)")
# the marks an exam question is worth, after it ("... two reasons. (2 marks)", "... ? [4]")
_MARKS = re.compile(
    r"(?<=[.?!:)\w])\s+(?:\[\s*\d{1,2}\s*(?:marks?|pts?|points?)?\s*\]|\(\s*\d{1,2}\s*(?:marks?|pts?|points?)\s*\))\s*$|"
    r"(?<=[.?!])\s+\(\s*\d{1,2}\s*\)\s*$",  # ("... two reasons? (2)"; not "calories in an egg (50)")
    re.IGNORECASE,
)


def unexamined(question: str) -> str:
    """The question without its exam paper's number, its part's letter when no other part follows, and the marks
    after it ("Q6 (a) Name the three approaches ... [3 marks]" -> "Name the three approaches ..."); any other
    question as typed."""
    question = _MARKS.sub("", question).lstrip()
    numbered = _NUMBER.match(question)
    if numbered:
        question = question[numbered.end() :]
    part = _OPENING_PART.match(question)
    # (a part alone, "(a) Identify the five risks ...", "Q3 (b) Outline ..."; not "(a) Name ... and (b) state ...")
    if part and (numbered or re.match(_ASKING, question[part.end() :], re.I)) and not _LATER_PART.search(question, 1):
        question = question[part.end() :]
    return question
