"""A question a tutor leads up to: first where to look ("Think back to the Soviet era.", "Let's think together about
the Obama years:", "Consider the Oslo case.", "Tell me, let's turn to Qatar."), then what is asked ("How did the two
kinds of channel differ?"). The first sentence asks nothing but says what the question is about, which a question
read alone would lose: "Regarding the Soviet era, how did the two kinds of channel differ?". Where the question says
it again ("Consider the Oslo case. What did Norway offer in Oslo?") the lead is left out. Pure functions of text, for
framed.py."""

from __future__ import annotations

import re

# a tutor's words before the lead ("Tell me,", "Now,", "So:")
_FILLER = r"(?:(?:tell\s+me|now|so|well|right|ok(?:ay)?|good)(?:\s*[,:])?\s+)*+"  # (one way only to read spaces)
# the lead: where to look (not "Imagine you are ...", "Suppose ...": a case made up; not "Remember that ...": a premise)
_LEAD = (
    r"(?:let['’]?s|let\s+us)\s+(?:(?:now|first|then)\s+)?(?:think|reflect|talk|start|begin|turn|look|focus|go\s+back|"
    r"come\s+back|stay|move\s+on|dwell)(?:\s+(?:together|again|briefly|first|for\s+a\s+moment))?"
    r"(?:\s+(?:about|of|on|with|to|at))?|"
    r"(?:think|go|come|cast\s+your\s+mind)\s+back\s+to|consider|recall|look\s+at|turn\s+to|return\s+to|stay\s+with|"
    r"focus\s+on|think\s+(?:about|of)"
)
_OPENER = re.compile(
    # (a thing named: after an article or a possessive, or a name - not "Let's start over.", "Consider yourself
    # warned.", "Let's think about this carefully.", "Consider the following:")
    rf"^\s*{_FILLER}(?:{_LEAD})\s+(?=(?:(?:the|an?|his|her|its|their|our|my)\s+(?!following\b)|(?-i:[A-Z])))"
    r"(?P<topic>[^.:;?!\n]{3,80}?)\s*[.:;]\s+(?P<rest>[^\n]*\?[^\n]*)$",
    re.IGNORECASE,
)
# the words opening a question, written small after "Regarding X, " ("If some ...", "Which two ...")
_SMALL = re.compile(
    r"(?:what|which|who|whom|whose|when|where|why|how|if|is|are|was|were|do|does|did|can|could|would|should|in|on|"
    r"at|for|and|so|then|now|tell|give|name|list)\b",
    re.IGNORECASE,
)
_NO_TOPIC = frozenset(
    "the this that these those its their itself themselves case example story moment for of a an".split()
)


def untutored(question: str) -> str:
    """The question without its tutor's lead, what the lead is about said as what it asks about ("Think back to the
    Soviet era. How did they differ?" -> "Regarding the Soviet era, how did they differ?"); as typed if it has none."""
    m = _OPENER.match(question)
    if m is None:
        return question
    topic, rest = m.group("topic").strip(), m.group("rest").strip()
    rest = re.sub(rf"^{_FILLER}", "", rest, flags=re.IGNORECASE)  # ("Now, which ...?", "Tell me, who ...?")
    words = {w for w in re.findall(r"[a-z]+", topic.lower()) if w not in _NO_TOPIC}
    said = set(re.findall(r"[a-z]+", rest.lower()))
    if not rest or words <= said:  # (said again in the question, or nothing of its own: "Let's start with the paper.")
        return rest[:1].upper() + rest[1:] if rest else question
    opening = rest[:1].lower() + rest[1:] if _SMALL.match(rest) else rest
    return f"Regarding {topic}, {opening}"
