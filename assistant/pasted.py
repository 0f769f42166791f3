"""A question pasted from notes written in Markdown: its headings, bullets, quoted lines and emphasis read as the
words they mark ("## Q9 Kashmir back channel\n- what **years** did the talks run?" asks "Kashmir back channel: what
years did the talks run?"). A pure function of text, for words.py `unlabelled`; forms.py `lines_joined` then joins
the lines."""

from __future__ import annotations

import re

# a heading's marks, and the number a list of questions gives it ("## Q3", "### Question 12 -"): no figure asked
_HEADING = re.compile(r"^\s*#{1,6}\s+(?:(?:Q|Question|Item|No\.?)\s*\d{1,3}[a-z]?\b\s*(?:[-–—:.)]\s*)?)?", re.I)
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:[-*+•]|>+)\s+(?:and\s+|also\s+|but\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b", re.I
)
_BULLET = re.compile(r"^\s*(?:[-*+•]|>+)\s+")  # (a bullet, a sub-bullet, a line quoted from the reading)
# emphasis around words: "**three pillars**", "__the gap__", "`Enforcement Gap`", "*niche*" (not "2 * 3")
_EMPHASIS = re.compile(r"(\*\*|__|`|\*)(?=[^\s*_`])([^*_`\n]{1,120}?)(?<=[^\s*_`])\1")


def unmarked(question: str) -> str:
    """The question without its Markdown marks: a heading's words (left after its number) as the topic the lines
    under it ask of, ending in a colon; bullets and quote marks dropped; emphasis as plain words. A question with no
    heading, bullet or emphasis is left as typed."""
    lines = question.splitlines()
    marked = any(_HEADING.match(line) for line in lines)  # (not a hashtag: "#Oman hosted ...")
    marked = marked or any(_BULLET.match(line) for line in lines) or bool(_EMPHASIS.search(question))
    if not marked:
        return question
    headed = any(_HEADING.match(line) for line in lines)
    out = []
    for line in lines:
        if _HEADING.match(line):
            topic = _HEADING.sub("", line).strip(" -–—:")
            if topic:
                out.append(topic if topic[-1] in "?.!:" else f"{topic}:")
            continue
        # (a bullet under a heading, or one asking; not an item of the sentence it is in: "Do I need a visa for\n-
        # Japan\n- Peru\nas a UK citizen?", forms.py `lines_joined`)
        out.append(_BULLET.sub("", line) if headed or _ASKS.search(line) or line.lstrip()[:1] == ">" else line)
    return _EMPHASIS.sub(r"\2", "\n".join(out))
