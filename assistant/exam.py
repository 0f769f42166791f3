"""Questions set as an exam paper sets them: the question's number and part first ("Q6 (a) Name the three
approaches ...", "Question 3(b): Outline ...", "(a) Identify ..."), the marks it is worth after it ("... [4 marks]",
"(2 marks)"), its command words ("State", "Outline", "Identify", "Discuss"). The number, the part's letter and the
marks are no figures or names asked about: the question is what is left. A question with parts of its own after the
first ("(a) Name ... and (b) state ...") keeps their letters, for items.py to take each part in turn. Pure functions
of text, for words.py `unlabelled`; its lists of command words for question.py, parts.py and items.py."""

from __future__ import annotations

import re

# an exam's command words, opening a question or one of its parts: the verbs asking (question.py, parts.py, items.py),
# then the phrases an instruction opens with
REQUEST_VERB_WORDS = (
    "state identify outline explain describe discuss compare contrast name list give define evaluate assess analyse "
    "analyze examine suggest summarise summarize distinguish justify"
).split()
REQUEST_VERBS = rf"(?:{'|'.join(REQUEST_VERB_WORDS)})"
COMMAND_WORDS = (
    rf"(?:{REQUEST_VERBS}|account\s+for|comment\s+on|to\s+what\s+extent|with\s+reference|using|according|"
    r"refer(?:ring)?)"
)
# "State" asking, not the noun ("State mediators were praised."): before what is asked for (a noun phrase - words.py
# reads it as "Give") or a question word (question.py: a part asking)
STATE_GIVES = r"state(?=\s+(?:the|two|three|four|five|its|their)\b)"
STATE_ASKS = r"state(?=\s+(?:the|two|three|four|five|its|their|what|which|how|why|whether)\b)"
# (words.py's question words and the verbs a yes/no question opens with; words.py imports this module)
_WH = r"(?:what|which|who|whom|whose|when|where|why|how|in\s+(?:what|which)|is|are|was|were|does|did|do|can)"
_ASKING = re.compile(rf"(?=(?-i:[A-Z]))(?:{COMMAND_WORDS}|{_WH})\b", re.IGNORECASE)
_ASKING_ANY_CASE = re.compile(rf"(?:{COMMAND_WORDS}|{_WH})\b", re.IGNORECASE)
# what a business's quarter is said of ("Q4 What drove revenue growth?": the fourth quarter, not question 4)
_PERIODIC = re.compile(
    r"\b(?:revenues?|sales|earnings|profits?|growth|margins?|results|guidance|EPS|income|orders|shipments|turnover|"
    r"quarter|quarterly|fiscal|FY\d*|year-on-year|YoY|bookings|deliveries|subscribers)\b",
    re.IGNORECASE,
)
# a part's letter or numeral: "(a)", "a)", "(ii)"
_PART = r"(?:\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?:[a-h]|i{1,3}|iv)\))"
_OPENING_PART = re.compile(rf"^{_PART}\s*+[.:]?\s*+(?=\S)")
_LATER_PART = re.compile(r"(?:^|(?<=[\s:,;?.]))(?:\((?:[b-h]|ii|iii|iv)\)|(?:[b-h]|ii|iii|iv)\))\s+")
# the question's number: "Q6", "Q 6", "Question 3", or a bare "3" before its part ("3(a) ...")
_NUMBER = re.compile(
    r"^\s*+(?:(?-i:Q)\s?(?P<q>\d{1,2})(?P<sub>[a-z])?|question\s++\d{1,2}[a-z]?|(?P<bare>\d{1,2})[a-z]?(?=\s*+\())"
    r"\s*+[.:)]?\s*+",
    re.IGNORECASE,
)
_ANOTHER_NUMBER = re.compile(r"(?-i:\bQ)\s?\d")  # ("Q1: ... Q2: ...": a form's numbers, items.py)
# the marks an exam question is worth, after it ("... two reasons. (2 marks)", "... ? [4]"), or after each part ("(a)
# Name them. [3 marks] (b) ...")
_MARKS = re.compile(
    r"(?<=[.?!:)\w])\s+(?:\[\s*+\d{1,2}\s*+(?:marks?|pts?|points?)?\s*+\]|\(\s*+\d{1,2}\s*+(?:marks?|pts?|points?)\s*+\))"
    r"\s*$|"
    r"(?<=[.?!])\s+\(\s*\d{1,2}\s*\)\s*$|"  # ("... two reasons? (2)"; not "calories in an egg (50)")
    r"(?<=[.?!])\s*[\[(]\s*\d{1,2}\s*marks?\s*[\])]",  # (not "Which questions carry [10 marks]?")
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
    numbered = False
    if number and not _ANOTHER_NUMBER.search(rest):
        # a number before a part, or before what is asked in capitals ("Q5 State the ...", "Question 2: Why ...");
        # a bare figure only before both ("3(a) identify ..."; not "12(a) of the Securities Act: ..."); "Q1" to "Q4"
        # before what a business's quarter is said of, a quarter but for a part or marks ("Q4 What drove revenue
        # growth?" read "What drove revenue growth in Q4?"; not "Q1 What is opportunity cost?", "Q2b Explain ...")
        q = number.group("q")
        if number.group("bare"):
            numbered = part is not None and _ASKING_ANY_CASE.match(rest[part.end() :]) is not None
        elif q and 1 <= int(q) <= 4 and not number.group("sub") and _PERIODIC.search(rest):
            numbered = part is not None or marked
            if not numbered and asking:  # (the quarter said after what is asked of it: "What drove ... in Q4?")
                return f"{rest.rstrip().rstrip('?.')} in Q{q}?"
        else:
            numbered = part is not None or asking
        question = rest if numbered else question
    # (a part alone, "(a) Identify the five risks ...", "Q3 (b) outline ..."; not "(a) Name ... and (b) state ...")
    part = _OPENING_PART.match(question)
    after = question[part.end() :] if part else ""
    if part and (_ASKING if not numbered else _ASKING_ANY_CASE).match(after) and not _LATER_PART.search(after):
        question = after
    return question
