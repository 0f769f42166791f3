"""A sum of money asked ("how much did it spend?", "what is its budget?") and the sums a sentence gives: in figures,
of a size ("two million"), in a currency ("fifty roubles") or as a share of it ("two-thirds of the budget") - not any
number ("one of its allies", "the first half"). Pure functions of text, for answer_kind.py `satisfies`."""

from __future__ import annotations

import re

# a sum of money asked ("how much ... spend", "what is its budget"): not "a single framework", "twice as big"
_MONEY_ASKED = re.compile(
    r"\bhow much\b(?!\s+time\b(?!\s+and\s+money))[^?]*\b(?:money|cash|funds?|spend|spent|cost|costs|pay|paid|"
    r"budget\w*|allocat\w*|donat\w*|dollars?)\b|"
    r"\b(?:budget|price|funding)\b",
    re.IGNORECASE,
)
_SIZES = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_CURRENCY = re.compile(
    r"\b(?:[a-z]+[- ])?(?:dollars?|euros?|pounds?|francs?|riyals?|rupees?|yen|yuan|roubles?|rubles?|shillings?|"
    r"kroner|krona|kronor|pesos?|shekels?|dinars?|dirhams?|lira|liras|naira|baht|pence|cents?)\b|"
    r"[$€£¥₹]\s?\d",
    re.IGNORECASE,
)
# (a share of it: "forty percent of the budget", "two-thirds of the budget", "half of its funds"; not "the first half",
# "the third quarter")
_SHARE = re.compile(
    r"\b(?:percent|per\s+cent)\b|%|\b(?:one|two|three|four|a)[- ](?:half|thirds?|quarters?|fifths?|tenths?)\s+of\b|"
    r"\bhalf\s+(?:of\s+)?(?:the|its|their|his|her)\s+(?:budget|money|funds?|funding|costs?|spending|sum|amount)\b",
    re.IGNORECASE,
)


def asks_sum(question: str) -> bool:
    """Does the question ask a sum of money (`_MONEY_ASKED`)?"""
    return _MONEY_ASKED.search(question) is not None


def sums(sentence: str, numbers: list[str]) -> list[str]:
    """Of a sentence's numbers (lower case, as found), those that are a sum: in figures or of a size; and its
    amounts in a currency or shares of a sum."""
    return [n for n in numbers if n[0].isdigit() or n.rstrip("s") in _SIZES] + [
        *_CURRENCY.findall(sentence),
        *_SHARE.findall(sentence),
    ]
