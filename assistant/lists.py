"""Enumerations: the items a sentence introduces ("... the following constraints:" and the
bullet lines after it), each as its own span of the document's canonical text.

Pure text rules (no parser ships offline): a sentence introduces a list when it ends with a
colon or is followed by bullet or numbered lines; the items are those lines (blank lines and
footnotes between them allowed), or the paragraphs that open with their place ("The second
pillar ...") after a lead-in announcing their count, or, after a colon with no bullets, the
rest of the paragraph.
"""

from __future__ import annotations

import re

from dragoman.assistant.question import COUNT_WORDS, WH
from dragoman.index.prior import DOCUMENT_KINDS
from dragoman.index.text import split_sentences

MAX_ITEMS = 10
# "- x", "* x", "• x", "1. x", "2) x", "(a) x", "| cell | cell |"
_BULLET = re.compile(r"[ \t]*(?:[-*•▪◦–]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h]\)\s+|\|)")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}")  # the line under a markdown table's header: "|---|---|"
_TRAILING_MARKS = re.compile(r"(?:\s*(?:\[\d+\]|⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?|\(\s*[¹²³⁴⁵⁶⁷⁸⁹⁰\d]+\s*\)))+$")


def introduces_list(sentence: str) -> bool:
    """Does the sentence end with a colon ("... that small states must endure:")?"""
    return _TRAILING_MARKS.sub("", sentence).rstrip().endswith(":")


def opens_enumeration(text: str, start: int, end: int) -> bool:
    """Does the sentence at [start, end) announce several things ("... requires several
    conditions.") that the paragraph goes on to enumerate in prose ("First, ...")?"""
    return bool(_SEVERAL.search(text, start, end)) and bool(_FIRST.match(text[end : end + 200].lstrip(" \t")))


def list_items(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list that starts right after `end` in `text`: bullet or
    numbered lines (the first sentence of each, at least its label; an item going on into a list
    of its own is the last), else — when the text at `end` ends a sentence with a colon — the
    following sentences of its paragraph."""
    colon = introduces_list(text[max(0, end - 40) : end])
    items: list[tuple[int, int]] = []
    if colon:  # "There are three pillars ...:" then paragraphs "The original pillar ...", "The second ..."
        ordered = _ordinal_paragraphs(text, end)
        if ordered:
            return ordered
    pos = text.find("\n", end)
    same_line = text[end : pos if pos >= 0 else len(text)].strip()
    if same_line and not colon and _FIRST.match(same_line):  # "... several conditions. First, ... Lastly, ..."
        return _prose_items(text, end, pos if pos >= 0 else len(text))
    if same_line and colon:  # "... as follows: first, ... Second, ...": the rest of the line
        return [(s.start, s.end) for s in split_sentences(text, end, pos if pos >= 0 else len(text))][:MAX_ITEMS]
    while pos >= 0 and len(items) < MAX_ITEMS:
        line_start = pos + 1
        nxt = text.find("\n", line_start)
        line_end = len(text) if nxt < 0 else nxt
        line = text[line_start:line_end]
        if not line.strip():
            if items or colon:  # a blank line inside a list: go on only if a bullet (or a footnote) follows
                after = _next_nonblank(text, line_end)
                if after is None or not (_BULLET.match(text, after) or _FOOTNOTE.match(text, after)):
                    break
            pos = nxt
            continue
        if _FOOTNOTE.match(line) and (items or colon):  # a footnote set between a page's items
            pos = nxt
            continue
        if line.lstrip().startswith("|") and (
            not colon or _TABLE_RULE.match(line) or _TABLE_RULE.match(_after(text, nxt))
        ):
            if not colon:  # (a table after a sentence leading into none is no list of it)
                break
            pos = nxt  # (nor are its header row and the rule under it items: "| Characteristics | Values |")
            continue
        if not _BULLET.match(line):
            if items or not colon:
                break
            # no bullets: the sentences of the paragraph after the colon
            return [(s.start, s.end) for s in split_sentences(text, line_start, _paragraph_end(text, line_start))][
                :MAX_ITEMS
            ]
        first = split_sentences(text, line_start, line_end)
        if first:
            items.append((first[0].start, _label_end(text, first)))
        # "- Manipulation: ... that small states must endure:" (a sentence past its label): the bullets after
        # it are its own list's (indentation is not kept in the canonical text); not "- Preparation:"
        if items and len(line.split(":", 1)[-1].split()) >= 4 and introduces_list(line):
            break
        pos = nxt
    return items


# A footnote line of paged text ("⁴ Maoz, Z. (2003). ..."), and the words counting what a lead-in announces
_FOOTNOTE = re.compile(r"[ \t]*⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?\s")
# A count and the plural noun it counts ("three pillars", "5 broad approaches"), or a word
# announcing several ("several conditions", "a number of constraints")
_COUNTS = rf"{'|'.join(COUNT_WORDS)}|[2-9]"
_PLURAL = r"\s+(?:[\w-]+\s+){0,2}?[a-z-]+s\b"
_COUNT = re.compile(rf"\b({_COUNTS}){_PLURAL}", re.I)
# ... or said after it: "what are its main problems? there were like five", "(there are 5)"
_COUNT_AFTER = re.compile(
    rf"(?:^|[?.(]\s*)there(?:\s+(?:are|were)|['’]re)\s+(?:(?:like|about|around|roughly|maybe|probably)\s+)?"
    rf"({_COUNTS})\b(?!\s*%)",
    re.I,
)
_SEVERAL = re.compile(rf"\b(?:several|a number of|various|multiple|numerous|{_COUNTS}){_PLURAL}", re.I)
# a paragraph opening with its place in an enumeration: "The second foundation ...", "Finally, ..."
_ORDINAL = re.compile(
    r"(?:\W*\w+\W+){0,3}?(?:first|second|third|fourth|fifth|sixth|original|final|last|finally|another)\b", re.I
)
WINDOW = 6000  # characters after a lead-in searched for its items laid out as paragraphs


def _ordinal_paragraphs(text: str, end: int) -> list[tuple[int, int]]:
    """A lead-in announcing a count ("There are three pillars ...:") whose items are paragraphs
    opening with their place ("The original pillar is ...", "The second foundation ...", "The
    third pillar ..."), other paragraphs between them: the first sentence of each, up to the
    count; [] when the lead-in names no count or fewer than two such paragraphs follow."""
    line_start = text.rfind("\n", 0, end) + 1
    counts = list(_COUNT.finditer(text, line_start, end))
    if not counts:
        return []
    word = counts[-1].group(1).lower()  # the count nearest the colon
    count = COUNT_WORDS.get(word) or int(word)
    found: list[tuple[int, int]] = []
    limit = min(len(text), end + WINDOW)
    for para in re.finditer(r"(?:^|\n\n)([^\n]+)", text[end:limit]):
        start = end + para.start(1)
        if _ORDINAL.match(text, start) and not _BULLET.match(text, start):
            first = split_sentences(text, start, end + para.end(1))[:1]
            if first:
                found.append((first[0].start, first[0].end))
        if len(found) == count:
            break
    return found if len(found) >= 2 else []


def _prose_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An enumeration written in sentences from "First, ..." on: each sentence up to the one
    opening with "Lastly" or "Finally" (the items that open with no ordinal are between them);
    without such an end within MAX_ITEMS sentences, only the sentences opening with their place."""
    sentences = split_sentences(text, start, end)
    for n, s in enumerate(sentences[:MAX_ITEMS]):
        if n and _LAST.match(text, s.start):
            return [(x.start, x.end) for x in sentences[: n + 1]]
    placed = [(x.start, x.end) for x in sentences if _PLACED.match(text, x.start)][:MAX_ITEMS]
    return placed if len(placed) >= 2 else []


# "First, ..." (with its comma: not "First Minister ..."), and the words closing or placing an item
_FIRST = re.compile(r"(?:first(?:ly)?|to begin with|in the first place),", re.IGNORECASE)
_LAST = re.compile(r"(?:lastly|finally|last but not least|last of all),", re.IGNORECASE)
_PLACED = re.compile(
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|then|lastly|finally),",
    re.IGNORECASE,
)


def _label_end(text: str, sentences: list) -> int:
    """The end of an item's first sentence; the second one too when the first is only a label
    ("- **The Enforcement Gap:**"), and the one after when it refers back."""
    s = sentences[0]
    i = 1 if len(text[s.start : s.end].split()) <= 4 and len(sentences) > 1 else 0
    # ... and the next one when it goes on about it ("- **Manipulation:** The leverage of changing the interests of
    # the parties. These are the financial aid and media influence of Qatar.")
    nxt = sentences[i + 1] if len(sentences) > i + 1 else None
    if nxt is not None and _GOES_ON.match(text, nxt.start) and not text[nxt.start : nxt.end].rstrip().endswith(":"):
        return nxt.end
    return sentences[i].end


_GOES_ON = re.compile(r"(?:These|This|They|It|Such|Its|Their)\b")


def _next_nonblank(text: str, pos: int) -> int | None:
    m = re.compile(r"\S").search(text, pos)
    if m is None:
        return None
    return text.rfind("\n", 0, m.start()) + 1


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


# "the explainer starts with a bullet summary of the problems it covers": the list opening a document
_OPENING = re.compile(
    r"\b(?:starts?|opens?|begins?|leads? off|kicks? off)\s+with\b[^?.:;]*\b(?:list|bullets?|summary|menu|overview|"
    r"rundown|topics|items)\b|\b(?:list|bullets?|bullet points|summary|menu|overview|rundown)\b[^?.:;]*"
    r"\bat the (?:top|start|beginning|outset)\b|"
    # ("The text ... has in the beginning a short list of main problems."; a document said before it: not "At the
    # start, do I list my dependants?")
    rf"\b(?:{DOCUMENT_KINDS})s?\b[^?.:;]*\b(?:in|at) (?:the|its) (?:very )?(?:top|start|beginning|outset)\b(?! of\b)"
    r"[^?.:;]*\b(?:list|bullets|bullet points|summary|overview|rundown)\b|"
    # "what pitfalls does the article go through, section by section?": what it previews
    r"\b(?:goes|go|walks?|runs?) (?:you |the reader |readers )?through\b|\bsection by section\b|"
    # "the hazards the overview sets out as its key takeaways", "what it says you'll learn"
    r"\b(?:its|the|key) (?:key )?takeaways\b|\bwhat (?:you|readers?|the reader)(?:['’]ll| will) learn\b|"
    # "what are all the pitfalls it promises the reader will learn about at the outset?"
    # ("... does the explainer on its ethical drawbacks enumerate at the outset?")
    rf"\b(?:what|which)\b[^?.:;]*\b[a-z-]+[^s\W]s\b[^?.:;]*\b(?:it|the (?:[\w-]+ ){{0,3}}?{DOCUMENT_KINDS})\s+"
    r"(?:(?:on|about|of)\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:promises?|lists?|sets? out|previews?|outlines?|covers?|names?|enumerates?|flags?)\b[^?.:;]*\bat (?:the|its) "
    r"(?:very )?(?:top|start|beginning|outset)\b(?!\s+of\b)|"
    # "the main pitfalls ... that the explainer sets out", "the main problems ... covered in the ethics explainer": its
    # overview (not "the main approaches" of a paper that opens with no list: about_document.py `overview_list`)
    rf"\b(?:main|principal|chief|key|major)\s+(?:[\w-]+\s+){{0,2}}?[a-z-]+[^s\W]s\b[^?.:;]*"
    rf"(?:\b(?:it|the\s+(?:[\w'’-]+\s+){{0,4}}?{DOCUMENT_KINDS})\s+(?:(?:on|about|of)\s+(?:[\w'’-]+\s+){{1,4}}?)?"
    rf"(?:covers|sets out|lays out|lists(?: out)?|enumerates|discusses|flags)\b|"
    rf"\b(?:covered|set out|laid out|listed|enumerated|discussed|flagged)\s+(?:in|by)\s+"
    rf"(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,4}}?{DOCUMENT_KINDS})|"
    r"\b(?:give|tell|list)\b[^?.:;]*\bthe main ones\b|"
    # "Which topics does the article open with?"
    r"\b(?:what|which)\s+(?:[\w-]+\s+)?[a-z-]+[^s\W]s\s+(?:does|do|did)\s+(?:the|this|that|its)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:document|{DOCUMENT_KINDS})\s+(?:open|start|begin)\s+with\b",
    re.IGNORECASE,
)
_ASKING = re.compile(r"\b(?:what|which|who|list|name)\b", re.IGNORECASE)
_ANY_ASKING = re.compile(rf"\b(?:{WH}|list|name)\b", re.IGNORECASE)
# ... or, in the part asking, its list: "give me its list of the pitfalls", "the problems the article lists?"
# (not "The paper lists several constraints. What are they?": a list somewhere in it)
_ITS_LIST = re.compile(
    rf"\bits\s+list\s+of\b|\b(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{DOCUMENT_KINDS}\s+lists\b",
    re.IGNORECASE,
)
_BACK_TO_LIST = re.compile(r"\b(?:those|these|they|them|the (?:points|items|topics|bullets))\b", re.IGNORECASE)


def asks_opening_list(question: str) -> bool:
    """Does the question ask for the list a document opens with: in the part asking ("Which topics
    does the article open with?"), or said before it and pointed back at ("The explainer starts with a
    bullet summary of the problems it covers. What were those points?") - not merely said ("The report
    opens with a summary of highlights: what drove the fall in margins?")."""
    parts = [p for p in re.split(r"(?<=[.:;?])\s+", question) if p.strip()]
    asking = [p for p in parts if _ASKING.search(p)]
    if not asking and not _ANY_ASKING.search(question):  # (no question word: "... - main problems it lists")
        asking = parts
    if any(_OPENING.search(p) or _ITS_LIST.search(p) for p in asking):
        return True
    said = any(_OPENING.search(p) for p in parts if p not in asking)
    return said and bool(asking) and all(_BACK_TO_LIST.search(p) for p in asking)


def asked_count(question: str) -> int | None:
    """How many things a question asks for ("the five pitfalls"), if it says (not "which of those
    three ...": one of them; not "at least five ...": some)."""
    m = _COUNT.search(question) or _COUNT_AFTER.search(question)
    if m and re.search(r"\b(?:of (?:the|those|these)|at least|more than|up to)\s+$", question[: m.start()], re.I):
        return None
    return (COUNT_WORDS.get(m.group(1).lower()) or int(m.group(1))) if m else None


def bullet_lists(text: str, start: int, end: int) -> list[tuple[tuple[int, int] | None, list[tuple[int, int]]]]:
    """The bulleted lists with a line in [start, end) of `text` (read on past `end` to their last
    item): each as the span of the line heading it ("What You'll Learn", a lead-in; None if the
    list opens its paragraph) and the spans of its items (the first sentence of each)."""
    found: list[tuple[tuple[int, int] | None, list[tuple[int, int]]]] = []
    pos = text.rfind("\n", 0, start) + 1
    while pos < min(end, len(text)):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if _BULLET.match(text, pos) and text[pos] != "|" and text[pos:line_end].strip():
            head = _heading_before(text, pos)
            items = list_items(text, pos - 1)  # the run of bullet lines starting here
            if len(items) >= 2:
                found.append((head, items))
                pos = text.find("\n", items[-1][1])
                if pos < 0:
                    break
                pos += 1
                continue
        pos = line_end + 1
    return found


def _heading_before(text: str, pos: int) -> tuple[int, int] | None:
    """The non-blank line just before `pos`, when it is not an item itself."""
    end = pos - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end <= start or _BULLET.match(text, start) or len(text[start:end].split()) > 30:
        return None
    return start, end


def in_series(sentence: str) -> bool:
    """Does the sentence run in three comma-separated parts, the last after "and" or "or" ("Back
    channels can insulate officials from ..., help them to ..., and facilitate ...")? A loose test,
    used only to read one more chunk for a list question (evidence.py): a clause such as "After the
    war ended in 1945, the country rebuilt, and trade grew." passes too."""
    return _SERIES.match(sentence.strip()) is not None


_SERIES = re.compile(r"[^,;:]{10,120}, [^,;:]{5,80}, (?:and|or) [^,;:]{5,80}[.!]?$")


def examples_given(sentence: str) -> int:
    """How many things the sentence gives as examples after "such as", "including", "namely" ("such as the
    Cuban Missile Crisis and the Oslo Accords": 2; "such as the Cuban Missile Crisis, where ...": 1); 0 for none."""
    m = _EXAMPLES.search(sentence)
    if m is None:
        return 0
    # (a full stop ends it, not that of "U.S.")
    run = re.split(r",\s+(?!and\b|or\b)(?:where|which|who|when|while|as|in|because)\b|[;:()]|(?<![A-Z])\.", m.group(1))[
        0
    ]
    return len([p for p in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", run) if p.strip()])


_EXAMPLES = re.compile(r"\b(?:such as|including|namely|for instance|e\.g\.,?)\s+(.+)", re.I)


def names_many(text: str, count: int) -> bool:
    """Does a sentence say it names `count` things ("three pillars"), or name as many in a series
    ("a victim country, technical capabilities, and ...")?"""
    said = {str(count)} | {w for w, n in COUNT_WORDS.items() if n == count}
    series = [p for p in re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+", text) if p.strip()]  # (not "1,250")
    return bool(said & set(re.findall(r"\w+", text.lower()))) or len(series) >= count


def names_exactly(text: str, count: int) -> bool:
    """Does a sentence lead into `count` things ("There are three pillars ...:"), or name that many in one series of
    commas ending in "and" ("the structural powerlessness, niche diplomacy, and functionalism"; not a sentence of
    clauses, "In contrast to both ..., Qatar is a prolific consumer of ..., and the distinction ... is even less
    obvious")?"""
    said = {str(count)} | {w for w, n in COUNT_WORDS.items() if n == count}
    parts = re.split(r",\s+", text)
    if len(parts) > 1 and not re.match(r"(?:and|or)\s", parts[-1]):  # ("poverty, war and disease": no comma before it)
        parts = parts[:-1] + re.split(r"\s+(?=(?:and|or)\s)", parts[-1], maxsplit=1)
    # (the count leading into them: not "the two sides must ensure ...")
    return (
        (bool(said & set(re.findall(r"\w+", text.lower()))) and introduces_list(text))
        or (
            len(parts) == count >= 3  # (two things joined by "and" may be anything: "..., and the two sides must ...")
            and re.match(r"(?:and|or)\s", parts[-1]) is not None
            and all(len(p.split()) <= 8 for p in parts[1:-1])  # (things named, not clauses)
        )
    )


def _after(text: str, line_end: int) -> str:
    """The line after the one ending at `line_end` ("" at the end of the text)."""
    if line_end < 0:
        return ""
    nxt = text.find("\n", line_end + 1)
    return text[line_end + 1 : len(text) if nxt < 0 else nxt]
