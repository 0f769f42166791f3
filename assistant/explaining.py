"""Whether a question asks why (or how something comes about) or what something means: the explanation asked
for, which a sentence giving a reason or a definition answers."""

from __future__ import annotations

import re


def asks_reason(question: str) -> bool:
    """Does the question ask why (or how come, for what reason, how something comes about)?"""
    return bool(_REASON_ASKED.search(question))


def asks_term(question: str) -> bool:
    """Does the question ask for the term or name something was given ("What term did Moss use for these
    constraints?", "what did he call it?")?"""
    return bool(_TERM_ASKED.search(question))


_TERM_ASKED = re.compile(
    r"\bwhat (?:\w+ )?(?:term|phrase|word|label|expression|nickname)s?\b(?!\s+(?:count|length|limit|order)\b)|"
    r"\b(?:what|how) (?:do|does|did) (?:[\w'’-]+ ){1,3}(?:call|term|label|dub)\b",
    re.I,
)


def asks_achievement(question: str) -> bool:
    """Does the question ask what someone achieved ("What has Oman actually pulled off?", "what concrete outcomes has
    it achieved?", "what did the channel accomplish?")?"""
    return bool(_ACHIEVEMENT_ASKED.search(question))


_ACHIEVEMENT_ASKED = re.compile(
    # (not "how many vehicles did it deliver?")
    r"\b(?:achiev\w*|accomplish\w*|pull(?:s|ed)? off|get (?:\w+ )?done|got (?:\w+ )?done|outcomes?|"
    r"managed to (?:do|get|achieve|secure|deliver)|track record)\b",
    re.I,
)
# ... and a sentence saying what was achieved: "By so doing, Oman has been able to bargain the release of detainees"
SAYS_ACHIEVED = re.compile(
    r"\b(?:(?:has|have|had|was|were) (?:also )?been able to|managed to|succeeded in|resulted in|achieved|"
    r"accomplished|brokered|helped (?:to )?(?:facilitate|bring|secure|broker|avert|end|resolve|defuse))\b",
    re.I,
)


def asks_meaning(question: str) -> bool:
    """Does the question ask what something means ("What does the paper mean by ...?", "explain ...")?"""
    return bool(_MEANING_ASKED.search(question))


_MEANING_ASKED = re.compile(
    r"\bwhat (?:is|are|was|were) meant by\b|\bwhat (?:does|do|did) (?:[\w'’-]+\s+){0,4}?mean\b|\bexplain\b|"
    r"\bin what sense\b",
    re.IGNORECASE,
)
_REASON_ASKED = re.compile(
    r"\b(?:why|how come|for what reasons?|what (?:is|are|was|were) the reasons?)\b|"
    # "What explanation does the article give for ...?", "what accounts for ...", "through what mechanism ..."
    r"\bwhat (?:explanations?|reasons?|rationale|justifications?)\b|"
    r"\bwhat (?:explains|explained|accounts? for|accounted for|lies behind|lay behind)\b|"
    r"\b(?:through|by|via) what (?:mechanisms?|means)\b|\bon what grounds\b|"
    # "what pushes negotiators into aggressive tactics?", "what led to the collapse?", "what prompted it?"
    r"\bwhat (?:causes|caused|triggers|triggered|prompts|prompted|motivates|motivated)\b"
    r"(?!\s+(?:did|does|do|is|are|was|were|has|have|had)\b)|"  # (not "What causes did Norway champion?")
    r"\bwhat (?:drives|drove|pushes|pushed|leads|led|forces|forced|compels|compelled)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:to|into)\b|"
    # "How does the free-rider dynamic work?", "how can pressure make negotiators ...": the way something
    # comes about (not "How did revenue change?")
    r"\bhow\s+(?:(?:exactly|precisely|really|actually|then)\s+)?(?:does|do|did|can|could|would|might|may)\b[^?]*?\b"
    r"(?:work|works|function|operate|happen|arise|"
    r"come about|lead|cause|affect|enable|prevent|make|help|keep|push|turn|lower|reduce|raise|increase|end up|"
    r"become|allow|hand|give|create|undermine|protect|shield|insulate|"
    # "How did Norway come to be seen as a fair broker?", "how did it earn that reputation?"
    r"come to (?:be|have)|earn|earned|gain|gained|"
    # "how does the paper argue that being weak can be an asset?", "how can being weak be an advantage?"
    r"argue|argues|argued|explain|explains|justify|justifies|be an? (?:advantage|asset|strength|benefit))\b|"
    # "how a state's weakness is converted into an advantage": what turns one thing into another
    r"\bhow\b(?!\s+(?:much|many|long|often|far)\b)[^?]{0,120}?\b(?:is|are|was|were|be|been|gets?|got)\s+(?:\w+ly\s+)?(?:converted|turned|transformed|translated)\b",
    re.I,
)
