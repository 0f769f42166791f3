"""A multiple-choice item, as a teacher sets one: the question, then lettered options ("Which country hosted the talks?
(a) Sweden (b) Norway (c) Denmark", "... A) ... B) ... C) ...", options on lines of their own), and maybe "Select ALL
that apply". The wrong options name people, years and places no document need say, so they are no part of what is
asked: the answer is found for the question alone (its options only help find the passages), and its reader picks
the option it states - unless the question asks of the options themselves ("Which statement is true?", "Which
happened first?"), which it then keeps. Pure functions of text, for words.py `unlabelled` and the facade's search."""

from __future__ import annotations

import re

# how an item asks to choose ("Select ALL that apply:", "Choose one.", "(Circle the correct answer)", "Pick two:")
_CHOOSE = re.compile(
    r"\s*\(?\s*(?:select|choose|pick|circle|tick|mark)\s+(?:all|any|one|two|three|the\s+(?:best|correct|right)"
    r"(?:\s+(?:answer|option|one)s?)?|every\s+(?:answer|option))(?:\s+(?:that|which)\s+appl(?:y|ies))?\s*\)?\s*[:.]?",
    re.IGNORECASE,
)
# the marks of the first option, by style: "(a)", "a)", "A.", each after the end of the question
_STYLES = (r"\({}\)", r"(?<![\w(]){}\)", r"(?<![\w.]){}\.(?=\s)")
_STEM_END = re.compile(r"[?.:]\s*$|\n\s*$")
# a word asking (opening an option with `match`, anywhere in the question with `search`)
_ASKS = re.compile(
    r"\W*(?:what|which|who|whom|whose|when|where|why|how|list|name|give|explain|identify|state|match|describe)\b",
    re.IGNORECASE,
)


def _options(text: str) -> tuple[int, list[str]] | None:
    """Where lettered options open, and their texts: a, b, c... in one style, three or more."""
    for style in _STYLES:
        for first in ("a", "A"):
            m = re.compile(style.format(first)).search(text)
            if not m or not _STEM_END.search(text[: m.start()]):
                continue
            marks = [m]
            for letter in "bcdefgh" if first == "a" else "BCDEFGH":
                nxt = re.compile(style.format(letter)).search(text, marks[-1].end())
                if not nxt:
                    break
                marks.append(nxt)
            if len(marks) < 3:
                continue
            ends = [x.start() for x in marks[1:]] + [len(text)]
            return m.start(), [text[x.end() : e].strip(" ;,\n") for x, e in zip(marks, ends)]
    return None


def offered(question: str) -> tuple[int, list[str]] | None:
    """Where the options of a multiple-choice item open, and their texts; None for any other question. Options are
    what an item offers to choose from: three or more, after the question's end, none asking of its own
    ("Regarding Oslo: (a) who led it? (b) when? (c) where?" and "Need: a) year started b) venue c) chair" ask three
    things)."""
    if not re.search(r"\(\s*[aA]\s*\)|(?<![\w(])[aA]\)|(?<![\w.])[aA]\.\s", question):  # (most questions)
        return None
    found = _options(question)
    if not found:
        return None
    at, options = found
    # (options each opening with a question word ask of their own: "(a) who led it? (b) when? (c) where?"; not "(a)
    # When private citizens act alone (b) When envoys lie (c) Never": answers to "why")
    wh = [o for o in options if _ASKS.match(o)]
    if len(wh) == len(options) and (any(o.endswith("?") for o in wh) or all(len(o.split()) <= 4 for o in wh)):
        return None
    stem = _CHOOSE.sub(" ", question[:at]).strip()
    # (the question before them asks: not "Need: a) year b) venue", "Two things. a) the year b) the venue")
    if not re.search(r"[?.]$", stem) or not (_ASKS.search(stem) or "?" in stem):
        return None
    # (nor options the question is about: statements to judge, things to compare or to take in turn - "Which of these
    # statements is correct? (a) The Act of 1833 banned ...", "Which happened first? (a) ...", "How much notice is
    # needed in each case? (a) one year ...", "What do these tickets have in common? (a) #4471 ...")
    long = sum(len(o.split()) for o in options) >= 3 * len(options)  # (phrases or statements, not names)
    if (
        _ABOUT_THEM.search(stem)
        or (long and _COMPARED.search(stem) and len(_own_words(stem)) <= 4)
        or (len(_own_words(stem)) < 2 and any(len(o.split()) >= 5 for o in options))
    ):
        return None
    return at, options


def options_sought(question: str) -> str:
    """The options of a multiple-choice item as words to search by, after its question (" (Sweden; Norway; Denmark)"):
    the right one's words find the passage that states it, where the question's own may not; "" for any other
    question."""
    found = offered(question)
    return f" ({'; '.join(found[1])})" if found else ""


# a stem asking of its options themselves
_ABOUT_THEM = re.compile(
    r"\b(?:statements?|each\s+(?:case|one|option)|(?:these|those|the\s+following)\s+(?:\w+\s+)?(?:have|share|differ)|"
    r"in\s+common)\b|\b(?:true|false|correct|incorrect|wrong)\s*\??\s*$",
    re.IGNORECASE,
)
# ... or comparing them, asking little else ("Which happened first? (a) Watt's steam engine (b) ...", "Which has the
# longer notice period?"; not "who were the negotiators, and which body was the first to offer the channel?")
_COMPARED = re.compile(
    r"\b(?:first|last|earliest|latest|longer|longest|shorter|shortest|more|most|less|least|fewer|fewest|higher|highest|"
    r"lower|lowest|larger|largest|bigger|biggest|smaller|smallest|older|oldest|newer|newest|earlier|later|better|best|"
    r"worse|worst|cheaper|cheapest|faster|fastest|slower|slowest)\b",
    re.IGNORECASE,
)
_FILLER = frozenset(
    "which what who is are was were it the a an of these those following one ones option options answer answers "
    "choose select pick all that apply correct true right best".split()
)


def _own_words(stem: str) -> list[str]:
    """The stem's words that say what it is about, beyond asking to choose ("Which is it?": none)."""
    return [w for w in re.findall(r"[^\W\d_]+", stem.lower()) if w not in _FILLER]


def unoffered(question: str) -> str:
    """The question without its lettered options and its "Select ALL that apply" ("Who wrote it? (a) Stent (b)
    Somerville (c) Moss" -> "Who wrote it?"); any other question as typed (and an item asking of its options, which
    are then what it asks: "Which statement is true? (a) ...")."""
    found = offered(question)
    return _CHOOSE.sub(" ", question[: found[0]]).strip() if found else question
