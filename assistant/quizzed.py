"""Questions set as a quiz show sets them: a category first ("Category: WHO WROTE IT? Name the two authors ...",
"SMALL STATES, BIG DEALS for $400: ..."), a label on the clue ("Clue: This Nordic facilitator ..."). The category is
the show's pun, not asked of the documents, and its words ("Baseball", "Finnish Lines") are no names a passage must
hold; the clue is what is left. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# "Category: WHO WROTE IT? ...", "Category - Inside Baseball. ...": up to the end of the category's words - in
# capitals, the show's way, through stops inside them ("U.S. DIPLOMACY."), else to its first stop - where the clue
# opens ("Name ...", "How, per ...")
_CATEGORY = re.compile(
    r"^\s*(?i:category|cat\.)\s*[:–—-]\s*(?:[^a-z\n]{1,60}?|[^\n.?!:]{1,60})[.?!:]\s+(?=[A-Z][a-z]|[a-z])"
)
# "SMALL STATES, BIG DEALS for $400: ...", "(for 400 points)", "($200)": what the clue is worth, in dollars or points
# (not a year in brackets: "Rafique and Samiullah (2026)")
_WORTH = r"(?:\$\d{2,5}|\d{2,5}\s+points)"
_VALUE = re.compile(rf"\s*\(?\bfor\s+{_WORTH}\)?(?=\s*[:.]|\s*$)|\s*\({_WORTH}\)")
# "Clue: This Nordic capital ...", "Final clue - ...": the label, the clue's words kept
_CLUE = re.compile(r"^\s*(?:(?:final|bonus|next)\s+)?clue\s*(?:\d{1,2}\s*)?[:–—-]\s*(?=\S)", re.IGNORECASE)


def unquizzed(question: str) -> str:
    """The clue without its category, its value or its label ("Category: INSIDE BASEBALL. How do secret talks lower
    the 'entry costs'?" -> "How do secret talks lower the 'entry costs'?"). A question with none of them is returned as
    typed."""
    clue = _CLUE.sub("", _CATEGORY.sub("", _VALUE.sub("", question, count=1), count=1), count=1)
    if clue == question:
        return question
    return clue[:1].upper() + clue[1:]
