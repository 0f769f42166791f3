"""Where it was held, or who hosted it ("Which country hosted the talks?", "where were they held?", "Where was the
treaty signed?"): an answer naming no venue - no host, meeting place, nor a place it was done in or at - has not
given it ("... used back channels with Iran and Cuba", "such as the Oslo Accords, where ..."). Pure function of text,
for focus.py `specific_unsaid`.
"""

from __future__ import annotations

import re

_HOST_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:country|state|city|town|government|capital|venue|place|nation)\s+"
    r"(?:\w+\s+)?(?:hosted|hosts|host)\b|"
    r"\bwhere\s+(?:(?:exactly|else)\s+)?(?:was|were|are|is|did)\b[^?]*?\b"
    r"(?:held|hosted|host|meet|met|take place|took place|convened)\b|"
    # ("Where was the treaty signed?", not "Where are signed contracts kept?", "Where is the signed copy?")
    r"\bwhere\s+(?:exactly\s+)?(?:was|were|is|are|did)\b[^?]*?\s(?:signed|concluded)"
    r"(?=\s*(?:[?.,;!]|$|\s+(?:by|and|or)\b))|"
    # (telegraphic: "where signed?", "where held, the talks?")
    r"\bwhere\s+(?:held|hosted|signed|met)\s*(?=[?.,;]|$)|"
    r"\bwho\s+(?:hosted|host)\b|"
    r"\s(?:and|\+|&)\s+(?:the\s+)?(?:venue|location)\s*\??\s*$",  # ("ceasefire terms and venue?")
    re.IGNORECASE,
)
_HOST_SAID = re.compile(
    r"\b(?:host\w*|venues?|held|took place|taking place|convened|gathered|(?:met|meet|meetings?)\s+(?:in|at)|"
    r"in\s+(?-i:[A-Z])|in\s+the\s+(?-i:[A-Z])|(?:at|aboard|on\s+board)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)


def host_unsaid(question: str, texts: list[str]) -> bool:
    """Does the question ask where something was held or signed, or who hosted it, and no text name a venue?"""
    return _HOST_ASKED.search(question) is not None and not any(_HOST_SAID.search(t) for t in texts)
