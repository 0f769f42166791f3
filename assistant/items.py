"""A question asking numbered or listed things: "Regarding the Oslo channel: (1) which body first offered it, and (2)
who were the negotiators?", "Three things to verify against Somerville: the years of the talks, when the bus started,
and whether it is still running." Pure functions of text, for question.py `analyse`."""

from __future__ import annotations

import re

from dragoman.assistant.exam import COMMAND_WORDS
from dragoman.assistant.words import ASKED_ITEM, STATEMENT_END

# an item's number or letter: "(1)", "(b)", "(ii)", "2)"; or a question's as a form numbers them: "Q1:", "Q2 -"
_Q_MARK = r"(?:[:.)]|\s+[-–—])?"
_MARKER = re.compile(
    rf"(?:^|(?<=[\s:,;?.]))(?:\((?:[1-9]|[a-h]|i{{1,3}}|iv)\)|(?:[1-9]|[a-h])\)|(?-i:Q)[1-9]{_Q_MARK})\s+"
)
# (a form's numbers: "Q1" opening a question, then "Q2" after its question mark - not "Q1 and Q2 revenue", "Q1 revenue
# was up, Q2 revenue was down - why?": quarters)
_Q_LABEL = re.compile(rf"(?:^|(?<=[\s.?!:;,]))(?-i:Q)([1-9]){_Q_MARK}\s+")


def _q_labelled(question: str) -> bool:
    labels = [m for m in _Q_LABEL.finditer(question) if m.group(1) in "12"]
    first = next((m for m in labels if m.group(1) == "1"), None)
    if first is None or not re.search(r"(?:^|[.?!:;,>]|\s[-–—])\s*$", question[: first.start()]):
        return False
    marked = re.search(r"[:.)–—-]", first.group(0)) is not None  # ("Q1: ...", "Q1 - ...")
    after_asking = question[: first.start()].rstrip().endswith(("?", ":"))  # ("... exact figures? Q1 headcount ...")

    def asks_apart(second: re.Match[str]) -> bool:
        between = question[first.end() : second.start()]
        return "?" in between or marked or (after_asking and len(between.split()) >= 3)

    return any(m.group(1) == "2" and m.start() > first.start() and asks_apart(m) for m in labels)


# an item asking of its own: a question word, or a thing asked for ("the years during which ...")
_ITEM_OPENS = re.compile(
    # ("(b) In what year was ...", "(2) through which two people ...", an exam's "(b) state the position ...")
    r"\s*(?:(?:in|on|at|by|from|for|during|since|between|through|to|with|of)\s+(?=what|which|who|whom|whose)\b)?"
    rf"(?:what|which|who|whom|whose|when|where|why|how|whether|the|its|their|his|her|a|an|{COMMAND_WORDS})\b",
    re.IGNORECASE,
)


def numbered(question: str) -> list[str]:
    """A question asking numbered things ("Regarding the Oslo channel: (1) which body first offered it, and
    (2) who were the negotiators?"): the text up to the second item (the scene goes with the first), then each
    other item, without their numbers and the "and" joining them; [] for a question numbering fewer than two."""
    q_labels = _q_labelled(question)
    marks = [m for m in _MARKER.finditer(question) if q_labels or not m.group(0).startswith("Q")]
    firsts = {"(1)", "(a)", "(i)", "1)", "a)"}
    start = next((i for i, m in enumerate(marks) if m.group(0).strip(" :.-–—") in firsts | {"Q1"}), None)
    if start is None or len(marks) - start < 2:
        return _series_asked(question)
    marks = marks[start:]
    ends = [m.start() for m in marks[1:]] + [len(question)]
    pieces = [question[m.end() : end] for m, end in zip(marks, ends)]
    # (not the numbers of a format asked for: "(1) ... (2) ... format preferred"; nor things one question asks
    # of, "Who led (1) the Oslo talks and (2) the Doha talks?", "Compare (a) Norway's way with (b) Qatar's")
    # (items of their own after a colon, though nouns alone: "Oslo - Need: (a) negotiators, (b) who offered it, (c)
    # outcome")
    fielded = question[: marks[0].start()].rstrip().endswith(":")
    least = 1 if fielded else 2
    if any(len(re.findall(r"[^\W\d_]+", p)) < least for p in pieces) or ASKED_ITEM.search(question[: marks[0].start()]):
        return []
    if not all(_ITEM_OPENS.match(p) for p in pieces[1:]) and not q_labels and not fielded:
        return []
    pieces[0] = question[: marks[0].start()] + pieces[0]
    return [re.sub(r"(?:[,;]?\s+(?:and|or)|[,;])\s*$", "", p.strip()) for p in pieces]


# things to check announced, then listed after a colon: "Three things to verify against Somerville: the years of the
# talks, when the bus started, and whether it is still running." (not "Which institutions does it name: the UN, ...":
# one question, its items the asker's guesses)
_SERIES_LEAD = re.compile(
    r"^(?P<lead>[^:?]{3,100}?\b(?:verify|check|confirm)\b[^:?]{0,60}):\s+(?P<items>[^:]+?)\s*[.?]?\s*$",
    re.IGNORECASE,
)
# an item stating rather than asking: a verb of its own after its subject ("the pill goes with food"), unless it opens
# with a word asking ("when the bus started", "whether it is still running")
_STATED = re.compile(
    r"^(?:the|its|their|his|her|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|are|was|were|goes|go|has|have)\b", re.I
)
_SERIES_SPLIT = re.compile(r"\s*[,;]\s+(?:and\s+)?|\s+and\s+(?=(?:when|whether|how|why|what|who|which|where)\b)", re.I)


def _series_asked(question: str) -> list[str]:
    """The things a question's last statement announces and lists after a colon (the statements before go with the
    first); [] if it lists none."""
    question = question.strip()
    last = re.split(STATEMENT_END, question)[-1]
    m = _SERIES_LEAD.match(last)
    if m is None or ASKED_ITEM.search(m.group("lead")):
        return []
    items = _SERIES_SPLIT.split(m.group("items"))
    if len(items) < 2 or not all(_ITEM_OPENS.match(i) and len(i.split()) >= 2 and not _STATED.match(i) for i in items):
        return []
    return [f"{question[: len(question) - len(last)]}{m.group('lead')}: {items[0]}", *items[1:]]


def unnumbered(question: str) -> str:
    """The question without the numbers or letters of the items it asks (`numbered`): "(3)" is no figure asked about."""
    if _q_labelled(question):
        return re.sub(r"\s{2,}", " ", _Q_LABEL.sub(" ", question)).strip()
    return _MARKER.sub("", question) if numbered(question) else question
