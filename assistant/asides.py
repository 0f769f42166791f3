"""What a long question says besides what it asks: the asker's belief ("I'd have sworn Carter was in there too."),
a check of it ("Was he?"), the asker's own past ("when I served in Ayr, ..."), and a statement whose question word
only tells ("They get the blame when things go wrong."). Pure functions of text, for question.py `analyse`."""

from __future__ import annotations

import re

from dragoman.assistant.words import STATEMENT_END, WH

# the asker's own belief, which the answer may well correct ("I'd have sworn Carter was in there too.", "I recall
# them being hit around 2010, was it?", "If memory serves it hosted Trump and Xi in 2019."): what it names need
# not be said (focus.py `unsaid`)
_BELIEF = re.compile(
    r"\b(?:I\s+(?:(?:firmly\s+|half\s+)?(?:believe|think|recall|remember|gather|suppose|assume|reckon)|"
    r"seem\s+to\s+(?:recall|remember)|have\s+it\s+in\s+my\s+head|was\s+told|may\s+be\s+(?:wrong|misremembering|"
    r"mistaken))|I(?:\s+would|['’]d)\s+have\s+sworn|if\s+(?:my\s+)?memory\s+serves)\b",
    re.IGNORECASE,
)


def believed(part: str) -> bool:
    """Is the part the asker's belief rather than a question (`_BELIEF`, with no question word of its own)?"""
    return bool(_BELIEF.search(part)) and not re.search(rf"\b{WH}\b", _BELIEF.sub(" ", part), re.IGNORECASE)


def without_beliefs(question: str) -> str:
    """The question less the statements of the asker's belief (`believed`), if anything else is left."""
    parts = re.split(STATEMENT_END, question)
    kept = [p for p in parts if not believed(p)]
    return " ".join(kept) if kept and len(kept) < len(parts) else question


# the asker checking the belief just stated: "I'd have sworn Carter was in there too. Was he?"
_CHECK = re.compile(
    r"\s*(?:(?:was|is|were|are|did|does|do|has|have|had)\s+(?:he|she|it|they|that|this|I|we)(?:\s+not)?"
    r"(?:\s+(?:right|correct|so|true|wrong|muddled|mixed\s+up))?|am\s+I\s+(?:right|wrong|mistaken)|"
    r"have\s+I\s+got\s+(?:that|it)\s+(?:right|wrong|muddled|mixed\s+up)|right|correct|true)\s*\?\s*$",
    re.IGNORECASE,
)


def checks_belief(parts: list[str], part: str) -> bool:
    """Is the part a check of a belief the part right before it states ("... Carter was in there too. Was he?")?
    (Not one of anything else: "The mayor claimed the levy would pay. Was he right?" asks.)"""
    at = parts.index(part) if part in parts else 0
    return bool(_CHECK.match(part)) and at > 0 and believed(parts[at - 1])


# the asker's own past, told in a statement: "The Section, when I had dealings with Bern, was a modest outfit."
_ANECDOTE = re.compile(r"\b(?:when|where|while|as)\s+(?:I|we)\b", re.IGNORECASE)
# what opens a statement that still asks ("So which ..."), and the words after which a question word asks ("I
# wonder why ...", "Can you explain to me why ...", "I'd like more information on why ...", "Say why ...")
_OPENS = frozenset("so well now and but then also ok okay anyway right yes".split())
_TAKING_A_QUESTION = frozenset(
    """know knows wonder wondering wondered tell explain explanation curious sure understand remember remind clarify
describe show learn hear idea say ask asking question information find figure see""".split()
)


TAKES_WITHIN = 8  # the words before a question word read for one taking it


def told(statement: str) -> str:
    """A statement ending in a full stop less the question words telling the asker's past ("when I served ...")."""
    return _ANECDOTE.sub(" ", statement)


def told_inside(statement: str) -> str:
    """`told`, and less the question words inside it that neither open it nor follow a word taking a question
    ("I have always said they get the credit when things go well."): for a statement beside a part that asks."""

    def kept(m: re.Match[str]) -> str:
        before = re.findall(r"[\w'’]+", statement[: m.start()].lower())
        opening = all(w in _OPENS for w in before)
        # (the word taking it among the few words before: not "I was tickled to learn from that little-countries
        # paper that the Swiss look after other nations' business when ...")
        return m.group(0) if opening or not _TAKING_A_QUESTION.isdisjoint(before[-TAKES_WITHIN:]) else " "

    return re.sub(rf"\b{WH}\b", kept, told(statement), flags=re.IGNORECASE)
