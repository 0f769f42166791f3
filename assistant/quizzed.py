"""Questions set as a quiz show sets them: a category first ("Category: WHO WROTE IT? Name the two authors ...",
"SMALL STATES, BIG DEALS for $400: ..."), a label on the clue ("Clue: This Nordic facilitator ..."). The category is
the show's pun, not asked of the documents, and its words ("Baseball", "Finnish Lines") are no names a passage must
hold; the clue is what is left. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# "Category: WHO WROTE IT? ...", "CATEGORY: INSIDE BASEBALL. ...": the category's words in capitals, the show's way,
# through stops inside them ("U.S. DIPLOMACY."), up to where the clue opens ("Name ...", "How, per ..."); not one in
# lower case, which may be what is asked ("Category: fruit or vegetable? Which is a tomato?")
_CATEGORY = re.compile(r"^\s*(?i:category|cat\.)\s*[:–—-]\s*[^a-z\n]{1,60}?[.?!:]\s+(?=[A-Z][a-z])")
# "SMALL STATES, BIG DEALS for $400: ...": what the clue is worth (not "I sold it for $400: is that fair?")
_VALUE = re.compile(r"^([^a-z\n]{3,60}?)\s+for\s+\$\d{2,5}(?=\s*:)")  # (a category in capitals before it)
# "Clue: This Nordic capital ...", "Final clue - ...": the label, the clue's words kept
# (opening on what it describes: not "Clue: the board game. How many weapons ...?")
_CLUE = re.compile(r"^\s*(?i:(?:final|bonus|next)\s+)?(?i:clue)\s*(?:\d{1,2}\s*)?[:–—-]\s*(?=(?:This|These)\s)")


def unquizzed(question: str) -> str:
    """The clue without its category, its value or its label ("Category: INSIDE BASEBALL. How do secret talks lower
    the 'entry costs'?" -> "How do secret talks lower the 'entry costs'?"). A question with none of them is returned as
    typed."""
    clue = _CLUE.sub("", _CATEGORY.sub("", _VALUE.sub(r"\1", question, count=1), count=1), count=1)
    if clue == question:
        return question
    return clue[:1].upper() + clue[1:]
