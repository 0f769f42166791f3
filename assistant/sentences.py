"""Which sentences an answer may quote, and where a quoted sentence ends.

A sentence is quoted when it is prose (not a heading, footnote or question); it is carried on
into the next sentence of its paragraph when that one continues it ("They ...", after a colon)
or, for a why-question, gives the reason or adds to the argument.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from typing import Literal

from dragoman.assistant.explaining import SAYS_ACHIEVED
from dragoman.assistant.names import mentions
from dragoman.index.text import FOOTNOTE_MARK, Sentence, split_sentences

_FOOTNOTE_LINE = re.compile(r"\s*⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?\s")
_TRAILING_MARKS = re.compile(rf"(?:\s*{FOOTNOTE_MARK})+$")


# What a question asks that carries an answer on (`carried_on`); a typo is a type error, not a silent no-op.
Asked = Literal["reason", "list", "meaning", "contrast", "lacks", "term", "achievement"]


def carried_on(
    doc_text: str, start: int, end: int, asked: Collection[Asked] = (), compared: Collection[str] = ()
) -> int:
    """Where the answer sentence at [start, end) ends once carried on: with the next sentence of
    its paragraph (read in the document: past the end of the passage if need be), when that one
    carries it on and is prose itself, gives the "reason" a question asks for that the sentence
    does not, adds to what a question asking for a "list" asks for ("In addition to this, ..."), is
    an example when the sentence "lacks" a figure or date asked for ("As an example, Switzerland
    has acted ... since 1980."), explains a brief sentence naming what a question asks the
    "meaning" of ("First, it must be a conflict that is ready to conclude." - "Parties need to
    arrive at a hurting stalemate ..."), or sets what it says against something else when a
    question asks to "contrast" ("However, there have also been instances ...") or goes on about a
    thing `compared` that the sentence names too ("... several advantages in Qatar: ..."), gives the "term" asked
    for ("Moss referred to these constraints as “bureaucratic inertia.”") or says what was achieved when an
    "achievement" is asked ("By so doing, Oman has been able to ..."), if need be past one sentence saying
    nothing achieved; else `end`. A why-answer may take a third sentence, one that adds to its argument ("X also
    argues that ...") or gives the reason the first two do not; a comparison one setting it against something else."""
    why, listing = "reason" in asked, "list" in asked
    achieving = "achievement" in asked
    for step in range(2 if why or "contrast" in asked or achieving else 1):
        nxt = next_sentence(doc_text, end)
        if nxt is None:
            break
        text, said = doc_text[nxt.start : nxt.end], doc_text[start:end]
        no_reason = why and not _REASON.search(said)
        contrast = "contrast" in asked and bool(_CONTRAST.match(text))
        # (or goes on about the thing compared the sentence names: "In contrast to Norway, Qatar is ..." -
        # "... several advantages in Qatar: it possesses ...")
        contrast = contrast or (
            "contrast" in asked and step == 0 and any(mentions(said, (n,)) and mentions(text, (n,)) for n in compared)
        )
        # (or says something of the other thing compared, that the sentence does not name: "... front-channel talks
        # have often been non-starters ..." - "As a result, back-channel negotiations have been used to ...")
        contrast = contrast or (
            "contrast" in asked
            and step == 0
            and any(
                mentions(said, (a,)) and not mentions(said, (b,)) and mentions(text, (b,))
                for a, b in itertools.permutations(compared, 2)
            )
        )
        if step == 0:
            example = "lacks" in asked and bool(_EXAMPLE.match(text))
            brief = "meaning" in asked and len(said.split()) < BRIEF_WORDS
            # (or opens an item labelled with the term, which the item's next sentence goes on explaining: "- The
            # Free-Rider Problem: Great powers might well like to ... In case of failure, ...")
            brief = brief or (
                "meaning" in asked and bool(_LABELLED_ITEM.match(said)) and "\n" not in doc_text[end : nxt.start]
            )
            carries = no_reason or continues(said, text) or bool((why or listing) and _ADDS.match(text))
            # ("What term did Moss use for them?" - "... have limited avenues ..." - "Moss referred to these
            # constraints as “bureaucratic inertia.”")
            term = "term" in asked and not NAMES_TERM.search(said) and bool(NAMES_TERM.search(text))
            # ("What has Oman pulled off?" - "This rare status of Oman enables it ..." - "By so doing, Oman has been
            # able to bargain the release of detainees ...")
            # (or by way of the one after it: "... Moss analyzes ..." - "The back channel was not without its problems
            # ..." - "But it helped facilitate several de-escalations ...")
            after = next_sentence(doc_text, nxt.end) if achieving else None
            then = after is not None and "\n" not in doc_text[nxt.end : after.start]
            achieved = bool(SAYS_ACHIEVED.search(text)) or (
                after is not None and then and bool(SAYS_ACHIEVED.search(_text(doc_text, after)))
            )
            done = achieving and not SAYS_ACHIEVED.search(said) and achieved
            carries = carries or example or brief or contrast or term or done
        else:  # a third sentence only adds to the argument, or gives the reason still missing, or contrasts
            # (or, for a why-answer, what follows from it: "This leaves the embassy with only 120 workers ...")
            follows = why and bool(_ADDS.match(text) or _FOLLOWS_FROM.match(text))
            done = achieving and not SAYS_ACHIEVED.search(said) and bool(SAYS_ACHIEVED.search(text))
            carries = follows or (no_reason and bool(_REASON.search(text))) or contrast or done
        if not carries or not is_prose(text, doc_text, nxt.start) or not _COMPLETE.search(text):
            break  # (not a fragment a line break cut: "First initiative for RNNs with attention that")
        end = nxt.end
    return end


def with_reason(doc_text: str, start: int, end: int) -> int:
    """Where a why-answer's sentence giving no reason ends once carried on by the next sentence of its
    paragraph that gives one ("The original pillar is the idea that structural powerlessness may be a
    resource." - "When a state is not a military threat ..., it is an advantage in mediation."), and by
    one adding to the argument after that, as a best sentence is ("Maoz (2003) also argues that ...");
    else `end`."""
    nxt = None if _REASON.search(doc_text[start:end]) else next_sentence(doc_text, end)
    if nxt is None or not (_REASON.search(_text(doc_text, nxt)) and _COMPLETE.search(_text(doc_text, nxt))):
        return end
    if not is_prose(_text(doc_text, nxt), doc_text, nxt.start):
        return end
    third = next_sentence(doc_text, nxt.end)
    adds = (
        third is not None
        and _ADDS.match(_text(doc_text, third))
        and is_prose(_text(doc_text, third), doc_text, third.start)
    )
    return third.end if third is not None and adds else nxt.end


def _text(doc_text: str, s: Sentence) -> str:
    return doc_text[s.start : s.end]


BRIEF_WORDS = 15  # a sentence this short names what it means more than it explains it
# a list item opening with its label ("- The Free-Rider Problem: ...", "**Facilitation:** ...")
_LABELLED_ITEM = re.compile(r"\s*(?:[-*•]\s+|\d+[.)]\s+)(?:\*\*)?[A-Z][^:\n]{2,60}:(?:\*\*)?\s")
_COMPLETE = re.compile(rf"""[.!?:;]["”’')\]]*(?:\s*{FOOTNOTE_MARK})*\s*$""")  # (footnote marks may follow)


# a sentence giving the term for something: "Moss referred to these constraints as “bureaucratic inertia.”" (an
# opening quotation mark: not the apostrophe of "the author's prose")
NAMES_TERM = re.compile(
    r"\b(?:referred to|refers to|refer to|called|calls|termed|terms|dubbed|known as|described as|labell?ed|coined)\b"
    r"[^.;]*?(?:[“\"‘]|(?<=\s)')",
    re.I,
)
# A sentence giving an example of what the one before says
_EXAMPLE = re.compile(
    r"(?:(?:As an example|For example|For instance|To illustrate|A (?:typical|good|recent) example)\b|E\.g\.)"
)


# A sentence whose subject is a pronoun: "It relied on ...", "In addition, it also hosts ..."
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:but|and|yet|so|still)\s+|(?-i:[A-Z])[\w ]{0,25},\s+)?(?:it|he|she|they)\b", re.IGNORECASE
)


# A sentence opening on what the one before it said: "This leaves the embassy with 120 workers."
# a consequence of what the sentence before says: "This leaves the embassy with only 120 workers"
_FOLLOWS_FROM = re.compile(
    r"(?:This|These|That)\s+(?:\w+\s+)?(?:leaves?|left|means?|meant|led|leads?|results?|resulted|brought|brings?)\b|"
    # "In such cases, taking negotiations underground can provide a temporary solution"
    r"In\s+(?:such|these|those)\s+(?:cases|situations|circumstances|instances)\b"
)
_REFERS_BACK = re.compile(
    r"(?:This|These|Those|Such)\s+(?:\w+\s+)?(?:leaves?|left|means?|meant|made|makes?|"
    r"led|leads?|results?|resulted|brought|brings?|allows?|allowed|is|was|were|are)\b|"
    # ... or adding to it: "In addition to this, the foreign policy of Qatar is open to ..." (not "Apart from those who
    # are pregnant, ...")
    r"(?:In addition to|Besides|Apart from|Beyond) (?:this|that|these|those)\s*,"
)


# A why-answer opening on the sentence before it: "This goes some way to explain ...": that one is the reason
# "Moss referred to these constraints as 'bureaucratic inertia'": what it names are the ones the sentence before says
_NAMES_BACK = re.compile(
    r"(?:\S+\s+){1,4}?(?:referred to|refers to|called|calls|termed|terms|described|describes|labell?ed|dubbed)\s+"
    r"(?:these|those|this|such)\s+[a-z]+\b"
)
_DEMONSTRATIVE = re.compile(r"(?:This|These|Those|Such)\b(?!\s+(?:paper|article|study|report|section|chapter)\b)")


def carried_back(
    doc_text: str,
    start: int,
    pronoun: bool = True,
    refers: bool = False,
    why: bool = False,
    compared: Collection[str] = (),
    example: bool = False,
) -> int:
    """Where the answer sentence starting at `start` begins once the sentence before it (on its
    line) is taken too: if `refers`, when it opens on what that one said ("This leaves the
    embassy with only 120 workers"); if `pronoun`, when its subject is a pronoun and that
    sentence may name what it refers to ("Although Qatar was only a host, ... It relied on the
    political contacts ..."); if `why`, when it opens on "This ..." ("This goes some way to explain
    why ...") or adds to the argument before it ("Maoz (2003) also argues ...") or names what it said
    ("Moss referred to these constraints as ..."); for a comparison of `compared` things, when that one
    sets one of them against something ("The Singapore case ... is not grounded in the conventional
    neutrality, but rather in ..." before "Having no natural resources like Qatar, ... Singapore has ..."); if
    `example`, when it gives an example of what that one says ("As an example, Switzerland has been acting ...");
    else `start`. The sentence before must be prose."""
    line_start = doc_text.rfind("\n", 0, start) + 1
    before = split_sentences(doc_text, line_start, start) if compared else []  # (read once, when needed)
    said = doc_text[before[-1].start : before[-1].end] if before else ""
    if not (
        (refers and _REFERS_BACK.match(doc_text, start))
        or (pronoun and _PRONOUN_SUBJECT.match(doc_text, start))
        or (why and (_DEMONSTRATIVE.match(doc_text, start) or _ADDS.match(doc_text, start)))
        or (why and _NAMES_BACK.match(doc_text, start))
        or (example and _EXAMPLE.match(doc_text, start))
        or (any(mentions(said, (n,)) for n in compared) and _AGAINST_BEFORE.search(said) is not None)
    ):
        return start
    before = before or split_sentences(doc_text, line_start, start)
    if (
        not before
        or before[-1].heading
        or not is_prose(doc_text[before[-1].start : before[-1].end], doc_text, before[-1].start)
    ):
        return start
    return before[-1].start


# a sentence setting what it says against something else ("... not grounded in X, but rather in Y")
_AGAINST_BEFORE = re.compile(
    r"\b(?:unlike|whereas|in contrast|as opposed to|rather than|instead of)\b|"
    r"\bnot\b(?!\s+only\b)[^.;:]*?,?\s+but\b(?!\s+also\b)",  # (not "not only ... but also")
    re.IGNORECASE,
)


def named_back(doc_text: str, start: int, end: int, named: Callable[[str], bool]) -> int:
    """Where an answer to a question asking who begins: from `start`, back up to CHAIN sentences
    of its line while the answer names no one (`named`) and its first sentence opens on what the one
    before said - a pronoun, or "The <word>" that one says ("... between Henry Kissinger ... and
    Anatoly Dobrynin. The back channel was not without its problems ... But it helped ...")."""
    for _ in range(CHAIN):
        if named(doc_text[start:end]):
            break
        line_start = doc_text.rfind("\n", 0, start) + 1
        before = split_sentences(doc_text, line_start, start)
        if not before or not is_prose(doc_text[before[-1].start : before[-1].end], doc_text, before[-1].start):
            break
        definite = _DEFINITE.match(doc_text, start)
        said = doc_text[before[-1].start : before[-1].end].lower()
        if not (_PRONOUN_SUBJECT.match(doc_text, start) or (definite and definite.group(1).lower() in said)):
            break
        start = before[-1].start
    return start


CHAIN = 2


def exemplified(doc_text: str, start: int) -> str:
    """The sentence before one giving an example of what it says ("... the historical aspect of it being a
    Protecting Power ... As an example, Switzerland has been acting on behalf of ..."); "" for any other."""
    if not _EXAMPLE.match(doc_text, start):
        return ""
    line_start = doc_text.rfind("\n", 0, start) + 1
    before = split_sentences(doc_text, line_start, start)
    return doc_text[before[-1].start : before[-1].end] if before and not before[-1].heading else ""


def antecedent(doc_text: str, start: int, end: int) -> str:
    """The sentences before one opening on what they said ("But it helped ...", "The back channel
    ..."), up to CHAIN back along its line (`named_back`): where what it refers to is named; "" when
    it opens on nothing before it."""
    if not (_PRONOUN_SUBJECT.match(doc_text, start) or _DEFINITE.match(doc_text, start)):
        return ""
    return doc_text[named_back(doc_text, start, end, lambda _: False) : start]


_DEFINITE = re.compile(r"(?:The|This|That|These|Those)\s+([a-z][\w-]+)")


def quote_closed(doc_text: str, start: int, end: int) -> int:
    """Where a sentence at [start, end) ends with the quotation it opens and a sentence split
    inside (“a back channel functions as an enabler. [It is] not an outcome in itself.”): the end
    of the next sentence of its line that closes it, at most two on; else `end`."""
    said = doc_text[start:end]
    if said.count("“") <= said.count("”") and said.count('"') % 2 == 0:
        return end
    on = end
    for _ in range(2):
        nxt = next_sentence(doc_text, on)
        if nxt is None:
            break
        on = nxt.end
        if any(mark in doc_text[nxt.start : nxt.end] for mark in ('"', "”")):
            return on
    return end


def next_sentence(doc_text: str, end: int) -> Sentence | None:
    """The sentence after `end` in its paragraph, if one starts on the same line; None at a
    paragraph's end or before a heading."""
    space = _SPACE.match(doc_text, end)
    start = space.end() if space else end
    if start >= len(doc_text) or "\n\n" in doc_text[end:start]:
        return None  # the paragraph ends here
    line_end = doc_text.find("\n", start)  # a line break ends a sentence: the next one ends by then
    # (split from its line's start: a line's last sentence is a heading only when it is the line's only one)
    line_start = doc_text.rfind("\n", 0, start) + 1
    on_line = split_sentences(doc_text, line_start, len(doc_text) if line_end < 0 else line_end)
    following = [s for s in on_line if s.end > start][:1]
    return following[0] if following and not following[0].heading else None


def next_contrast(doc_text: str, end: int) -> int:
    """Where the paragraph after the one ending at `end` starts, past blank lines and a caption (a line ending
    in no full stop), if it opens setting one thing against another ("While some channels in that period
    were official, ..., others ..."); else -1."""
    if next_sentence(doc_text, end) is not None:
        return -1  # (its paragraph goes on)
    at = end
    for _ in range(4):
        nl = doc_text.find("\n", at)
        if nl < 0:
            return -1
        start = nl + 1
        line_end = doc_text.find("\n", start)
        line = doc_text[start : len(doc_text) if line_end < 0 else line_end].rstrip()
        first = split_sentences(doc_text, start, start + len(line))[:1]
        if line and line[-1] in '.!"”’' and first:
            said = doc_text[first[0].start : first[0].end]
            return first[0].start if is_prose(said, doc_text, first[0].start) and contrasts(said) else -1
        at = start
    return -1


def is_prose(sentence: str, text: str, start: int) -> bool:
    """A sentence worth quoting: not a footnote, not a title line, not a fragment, not a
    question ("Is Back-Channel Diplomacy Illegal?" is a heading, not an answer)."""
    words = sentence.split()
    bare = _TRAILING_MARKS.sub("", sentence).rstrip()
    if len(words) < 4 or bare.rstrip("\"'”’)").endswith("?"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _FOOTNOTE_LINE.match(text, line_start):
        return False
    if bare.endswith((".", "!", '"', "”")):
        return True
    end = start + len(sentence)
    if bare.endswith(":") and text[line_start:start].strip():
        return True  # a lead-in after a sentence on its line ("... small states. It invests in the following:")
    alone = not text[line_start:start].strip() and text[max(0, line_start - 2) : line_start] in ("", "\n\n")
    if alone and text[end : end + 2] in ("", "\n\n"):
        return False  # an unpunctuated paragraph of one line: a heading ("Secret talks may not last")
    # Unpunctuated: a title ("4) Network in Network (NiN)", "Quiet Diplomacy And Backchannel
    # Negotiations") when short or mostly capitalised.
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 8 and capitalised < 0.6 * len(words)


_SPACE = re.compile(r"\s*")
# Words that give a reason or a means: a sentence holding one can answer "why" / "how" alone.
_REASON = re.compile(
    r"\b(?:because|since|as a result|due to|owing to|thanks to|therefore|thus|hence|so that|in order to|"
    r"which means|leads? to|led to|allows?|enables?|reasons?|by (?:\w+ing)|when|if|unless|attribut\w+ to|"
    r"caused? by|causes|results? (?:from|in)|explains?)\b",
    re.IGNORECASE,
)
# A sentence adding to the argument before it: "Maoz (2003) also argues that ...", "Moreover, ..."
# (not one turning against it: "However, this secrecy can also ...")
_ADDS = re.compile(
    r"(?!(?:however|but|yet|still|nevertheless|nonetheless|on the other hand|in contrast|conversely)\b)"
    r"(?:\S+\s+){0,4}?(?:also|moreover|furthermore|in addition|besides|likewise|similarly)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"(?:They|Their|Them|This|These|Those|That|It|Its|He|She|His|Her|Such|Both|In (?:this|that|such|each|both) \w+)\b"
)
# a sentence setting what the one before says against something else
_CONTRAST = re.compile(
    r"(?:However|But|Yet|By contrast|In contrast|On the other hand|Conversely|Nevertheless|Whereas|Unlike|"
    r"While (?:some|many|most|one|others?)|Some [\w -]{3,40}?, (?:while|whereas) others)\b"
)


def contrasts(sentence: str) -> bool:
    """Does the sentence set one thing against another ("While some channels were official, ...,
    others ...", "Unlike Norway, Qatar ...", "..., whereas ...")? Not one turning against the sentence
    before it ("But it helped ...")."""
    return _SETS_AGAINST.search(sentence) is not None


_SETS_AGAINST = re.compile(
    r"\b(?:whereas|unlike|in contrast to|as opposed to|compared (?:to|with))\b|^While (?:some|many|most|one)\b|"
    r"^Some [\w -]{3,40}?, (?:while|whereas) others\b",
    re.IGNORECASE,
)


def continues(sentence: str, following: str) -> bool:
    """Does the next sentence carry on this one: after a colon or a short sentence (under 12
    words, a label such as "**Vulnerability:**" aside), or starting by referring back?"""
    body = re.sub(r"^[-*•\s]*\*\*[^*]+\*\*:?\s*|^[-*•\s]+", "", sentence)
    return sentence.rstrip().endswith(":") or len(body.split()) < 12 or bool(_ANAPHOR.match(following))
