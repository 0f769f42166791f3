"""A question sent as a telegram: capitals, no articles, "STOP" for each full stop, a word of the trade opening it
("QUERY WHO AUTHORED NORWAY PIECE STOP WHEN PUBLISHED STOP", "REQUEST LIST THREE APPROACHES STOP ADVISE SOONEST
STOP"). Its sentences as typed sentences: "STOP" and the trade's words ("QUERY", "ADVISE SOONEST") are no words of
what is asked, and read as words they would be looked for in the passages. Lower case, as a question typed so is
read (its names are cased again against the documents: casing.py). Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

from dragoman.index.prior import QUESTION_WORDS

# "STOP" as a full stop: after a word, then more said or the end ("... PUBLISHED STOP WHEN ...", "... NAMES STOP")
_STOP = re.compile(r"(?<=[A-Z0-9)'’\"])\s+STOP\b\.?(?=\s|$)")
# the trade's words that open a telegram's sentence, and the sentences that only ask for haste or sign off
_OPENER = re.compile(r"^(?:QUERY|QUERIES|REQUEST|REQUESTING|URGENT|PLS|PLEASE|KINDLY)\b[,:]?\s*")
_NO_ASK = re.compile(r"^(?:ADVISE\s+(?:SOONEST|ASAP|URGENTLY)|REPLY\s+(?:SOONEST|ASAP|PAID)|SOONEST|URGENT|ASAP|"
                     r"THANKS|THX|REGARDS|ENDS|MESSAGE\s+ENDS|END(?:\s+MESSAGE)?)$")  # fmt: skip
# a verb's own "STOP" ending a one-sentence question ("WHEN DID THE BUS SERVICE STOP", "WHY DID THEY STOP"): a helping
# verb before it, no trade word opening it
_HELPED = re.compile(r"\b(?:DID|DOES|DO|WILL|WOULD|COULD|CAN|SHOULD|MUST|TO|MIGHT)\b")
_A_STOP = re.compile(r"\b(?:BUS|PIT|FULL|TRUCK|REST|NON|EMERGENCY|TRAIN|TRAM|DOOR|GLOTTAL|"
                     r"WHISTLE|STAGE|SHORT|THE|A)\s+STOP\W*$")  # fmt: skip
_ASKS = re.compile(rf"^(?:and\s+|also\s+|so\s+)?(?:{'|'.join(QUESTION_WORDS)}|is|are|was|were|did|does|do|has|have|"
                   r"had|can|could|would|will|should)\b", re.IGNORECASE)  # fmt: skip


def _telegram(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    stops = list(_STOP.finditer(text))
    if not stops:
        return False
    if _OPENER.match(text) or len(stops) > 1:
        return True
    # (one "STOP": the telegram's mark only ending it, and not a verb after a helping one - "WHEN DID THE SERVICE
    # STOP" - nor a noun's - "WHERE IS THE NEAREST BUS STOP"; not "WHAT HAPPENS IF I STOP TAKING IT")
    ending = stops[0].end() >= len(text.rstrip(" .")) - 1
    return ending and not _HELPED.search(text) and not _A_STOP.search(text)


def uncabled(question: str) -> str:
    """The telegram's sentences as typed ones, in lower case, each ended by its mark (as typed if no telegram)."""
    text = question.strip()
    if not _telegram(text):
        return question
    said = []
    for sentence in _STOP.split(text):
        sentence = _OPENER.sub("", sentence.strip(" .")).strip()
        if not sentence or _NO_ASK.match(sentence):
            continue
        sentence = sentence.lower()
        said.append(sentence + ("?" if _ASKS.match(sentence) else "."))
    if not said:
        return question
    joined = " ".join(said)
    return joined[:1].upper() + joined[1:]
