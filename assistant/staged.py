"""A scene a writer sets before what they ask, as a script sets it: "For a scene in the Swiss embassy in Tehran: whose
interests ...?", "Cyber subplot set in Tallinn: per the paper, what year ...?", "October 1962 scene: ...". Told as a
statement of its own ("October 1962 scene. Per the paper, ...?"), it is the asker's story (asides.py `without_story`):
what it names need not be said, while its words still help the search ("Cold open in the Poznan plant: what does the
firm make?"). Pure functions of text, for framed.py and asides.py."""

from __future__ import annotations

import re

from dragoman.index.prior import DOCUMENT_KINDS

# the scene: a word of a script's or a story's scenes ("scene", "subplot", "flashback", "montage", "cold open") among
# its first few words; not one the documents may hold ("The scene at the airport: what does the paper say about it?"),
# nor a question ("Which scene comes first: ...?")
_SCENE_WORDS = (
    r"^\W*(?:for\s+(?:a|an|the|my)\s+|(?!(?:the|this|that|these|those|which|what|who|where|when|why|how|whose|is|are|"
    r"was|were|do|does|did)\b))(?:[\w'’,.-]+\s+){0,8}?(?:scenes?|subplot|flashback|montage|backstory|cold\s+open)\b"
)
SCENE = re.compile(_SCENE_WORDS, re.IGNORECASE)
# ... set before a colon, no question in it
_SCENE_SET = re.compile(rf"{_SCENE_WORDS}[^:?!\n]{{0,100}}:\s+(?=\S)", re.IGNORECASE)
# a bare "Scene:" sets its scene in the sentence after it ("Scene: a pier at dawn, gulls. Per the report, ...")
_BARE = re.compile(r"\W*(?:scene|subplot|flashback|montage|backstory|cold\s+open)(?:\s+\d+)?\s*:\s+", re.IGNORECASE)
_TOLD = re.compile(r"(?:[^.?!]|\.(?!\s+[A-Z])){3,300}\.\s+(?=[A-Z])")
_DOCUMENT = re.compile(rf"\b{DOCUMENT_KINDS}s?\b", re.IGNORECASE)
# what is asked points back at the scene before it says anything of its own ("which films came out that year?", "who
# ran its talks?"): the scene is part of the question, and stays in it
_POINTS_BACK = re.compile(
    r"\b(?:they|them|their|its|he|she|him|her|his|there|then)\b|\bit\b(?!\s+(?:says?|said|lists?|mentions?|names?|"
    r"gives?|calls?|argues?|claims?|notes?|writes?|describes?|cites?)\b)|\b(?:that|this|those|these)\s+(?!(?:is|was|are|"
    r"were)\b)\w",
    re.IGNORECASE,
)
# ... and what it asks of something of its own: a name, a figure, a phrase quoted or a document (asides.py too)
OWN_SUBJECT = re.compile(rf"(?<=\w\s)(?-i:[A-Z])\w|\d|['‘\"“]\w|\b{DOCUMENT_KINDS}s?\b", re.IGNORECASE)


def unstaged(question: str) -> str:
    """The question with the scene set before it told as a statement of its own ("For a scene in Tehran: per the
    paper, whose ...?" - "For a scene in Tehran. Per the paper, whose ...?"); a scene naming a document ("For the
    paper's Oslo scene: ...") is no writer's own, and one the question points back at is part of it: both stay as
    typed."""
    scene = _SCENE_SET.match(question)
    if scene is None or _DOCUMENT.search(scene.group(0)):
        return question
    rest = question[scene.end() :]
    own = OWN_SUBJECT.search(rest)
    if _POINTS_BACK.search(rest[: own.start() if own else len(rest)]):
        return question
    if _BARE.fullmatch(scene.group(0)) and _TOLD.match(rest):  # ("Scene: a pier at dawn. ..." - "Scene, a pier ...")
        return f"{scene.group(0).rstrip().rstrip(':')}, {rest}"
    return f"{scene.group(0).rstrip().rstrip(':')}. {rest[:1].upper()}{rest[1:]}"
