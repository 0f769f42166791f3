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
# (a bullet, a sub-bullet, a line quoted from the reading - not "> 65 years", "greater than")
_BULLET = re.compile(r"^\s*(?:[-*+•]|>+(?=\s*[^\W\d_\"“‘']|\s*[\"“‘']))\s+")
# emphasis around words: "**three pillars**", "`Enforcement Gap`" (words only: not "x**2 + y**2", "`__slots__`",
# "`rm -rf /`", "10*10*10")
_EMPHASIS = re.compile(r"(?<![\w*`])(\*\*|`)(?=[^\W\d_])([^\W\d_][\w'’ -]{0,118}?(?<=[^\W_]))\1(?![\w*`])")


def unmarked(question: str) -> str:
    """The question without its Markdown marks: a heading's words (left after its number) as the topic the lines
    under it ask of, ending in a colon; bullets and quote marks dropped; emphasis as plain words. A question with no
    heading, bullet or emphasis is left as typed."""
    lines = question.splitlines()
    # (a heading heads the lines of notes: not "# of patients enrolled?"; nor a hashtag, "#Oman hosted ..."; nor a
    # comment in code pasted under a question, "Why does this fail?\n# load the data\n...")
    opening = next((line for line in lines if line.strip()), "")
    headed = len(lines) > 1 and _HEADING.match(opening) is not None
    if not (headed or any(_BULLET.match(line) for line in lines) or _EMPHASIS.search(question)):
        return question
    out = []
    for line in lines:
        if headed and _HEADING.match(line):
            topic = _HEADING.sub("", line).strip(" -–—:")
            if topic:
                out.append(topic if topic[-1] in "?.!:" else f"{topic}:")
            continue
        # (a bullet under a heading, or one asking; not an item of the sentence it is in: "Do I need a visa for\n-
        # Japan\n- Peru\nas a UK citizen?", forms.py `lines_joined`)
        out.append(_BULLET.sub("", line) if headed or _ASKS.search(line) or line.lstrip()[:1] == ">" else line)
    return _EMPHASIS.sub(r"\2", "\n".join(out))
