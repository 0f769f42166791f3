"""A question filed as an issue tracker's ticket: "[RES-140] Country scope | Summary: confirm scope | Description: Which
three countries does the paper compare? | AC1: all three listed | Priority: High", the same with a field a line, or
"[RES-177] Blocked by RES-176 - what's his current job title?". The ticket's key, its links to other tickets, its
title, acceptance criteria and fields ask nothing of the documents: the question is the field that asks - the
description first, then the summary, then the title. A key alone is no ticket ("[COVID-19] What are the symptoms?",
"HIV-1 Context: ..."): a ticket's own fields or a link to another ticket must follow it. Pure functions of text, for
framed.py."""

from __future__ import annotations

import re

from dragoman.assistant.exam import REQUEST_VERBS

# a ticket's key, as trackers write it: a project's capitals and a number ("RES-140", "OPS2-7")
_KEY = r"(?-i:[A-Z][A-Z0-9]{1,9}-\d{1,6})"
# how a ticket says it follows another ("Follow-up to RES-170 -", "Blocked by RES-176:", "Sub-task of RES-174 |")
# (the key then a separator before what is asked, or a question word after a link only tickets make: not "Related to
# COVID-19, what ...?", "Blocks HIV-1 entry: ...")
_TICKETS_ONLY = r"(?:follow[- ]?up(?:\s+(?:to|on|of|for))?|blocked\s+by|sub-?task\s+of|duplicate\s+of)"
_LINK = rf"(?:{_TICKETS_ONLY}|related\s+to|relates\s+to|depends\s+on|child\s+of|split\s+from|cloned?\s+from)"
_ASKING_ON = r"\s+(?=(?:and|but|so|what|which|who|whom|whose|when|where|why|how)\b)"
# (after a link only tickets make, a comma or a stop too: "Follow-up to RES-180, and the KGB operative?")
_LINKS = rf"{_TICKETS_ONLY}\s*:?\s*{_KEY}(?:{_ASKING_ON}|\s*[,.]\s*)|{_LINK}\s*:?\s*{_KEY}\s*[:|–—-]\s*"
_LINKED = re.compile(rf"^(?:{_LINKS})", re.IGNORECASE)
_LINK_OPENING = re.compile(rf"^\W*?(?=(?:{_LINKS}))", re.IGNORECASE)
# the key opening the ticket: in brackets, or bare before a field or a link ("RES-171 Follow-up to RES-170 - ...";
# not "COVID-19 - what changed?", "MH-17: who was blamed?")
_OPENING = re.compile(rf"^\W*?\[\s*{_KEY}\s*\]\s*(?:[:|–—-]\s*)?|^\W*?{_KEY}\s*(?:[:|–—-]\s*)?(?=\S)")
# a field's label ("Summary:", "Acceptance criteria:", "AC1", "Priority: High", "**Description:**")
_FIELD = re.compile(
    r"^[*_\s]*(?P<label>summary|title|description|desc|details|question|ask|request|task|goal|acceptance\s+criteria|"
    r"ac\s*\d*|"
    r"definition\s+of\s+done|dod|priority|severity|labels?|tags?|assignee|reporter|components?|story\s+points|"
    r"points|estimate|sprint|epic(?:\s+link)?|due(?:\s+date)?|status|(?:issue\s+)?type|environment|"
    r"(?:fix|affects)\s+versions?|notes?|context|background|parent|links?|blocked\s+by|blocks|depends\s+on)"
    r"(?:(?<=\d)[*_]*\s*[:=.–—-]?|[*_]*\s*[:=–—-])[*_]*\s*",
    re.IGNORECASE,
)
# the labels only a ticket has (not "Context:", "Notes:", "Background:", which a question may open with)
_TICKET_LABELS = frozenset(
    "summary|description|desc|acceptance criteria|ac|definition of done|dod|priority|severity|assignee|reporter|"
    "story points|points|estimate|sprint|epic|epic link|task|goal|ask|request|question|details|due|due date|status|"
    "type|issue type|labels|label|components|component".split("|")
)
# where the question is looked for, in turn (a ticket's context or notes only when no other field asks)
_PLACES = {"description": 0, "desc": 0, "details": 0, "question": 0, "ask": 0, "request": 0, "task": 0, "goal": 0}
_PLACES |= {"summary": 1, "title": 2}
_PLACES |= {"context": 3, "background": 3, "notes": 3, "note": 3}
# the fields said after the question in the same line ("... lead to? Priority: Medium", "...? AC1 deal + year")
_TRAILING = re.compile(
    r"(?<=[?.!])\s+(?:acceptance\s+criteria|ac\s*\d+|priority|severity|labels?|assignee|story\s+points|due(?:\s+date)?)"
    r"\b\s*:?.*$",
    re.IGNORECASE | re.DOTALL,
)
# ... and with no ticket's key, the criteria after a question, labelled with a colon ("...? AC1: percent"; not "What
# voltage? AC 230 V or DC 12 V?")
_CRITERIA_AFTER = re.compile(r"(?<=\?)\s+(?:acceptance\s+criteria|ac\s*\d+)\s*:.*$", re.IGNORECASE | re.DOTALL)
_ASKS = re.compile(
    rf"\?|^\W*(?:and\s+|so\s+|but\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|did|do|"
    rf"can|in\s+(?:what|which)|{REQUEST_VERBS}|find|confirm|check|tell)\b",
    re.IGNORECASE,
)


def _fields(body: str) -> list[tuple[str, str]]:
    """The ticket's fields in order, each (label, text); the title's label is "title"; a line without a label goes on
    the field before it."""
    fields: list[tuple[str, str]] = []
    for segment in re.split(r"(?<=\s)\|(?=\s)|\n", body):  # (no pattern to backtrack over a run of spaces)
        if not segment.strip():
            continue
        field = _FIELD.match(segment)
        if field:
            label = re.sub(r"\d+$", "", " ".join(field.group("label").lower().split())).strip()
            fields.append((label, segment[field.end() :].strip()))
        elif fields:
            label, text = fields[-1]
            fields[-1] = (label, f"{text} {segment.strip()}")
        else:
            fields.append(("title", segment.strip()))
    return fields


def untracked(question: str) -> str:
    """The question a ticket asks ("[RES-140] Scope | Description: Which three countries ...? | Priority: High" ->
    "Which three countries ...?"); a question with no ticket before it is returned as typed, but for acceptance
    criteria after it ("...? AC1: percent")."""
    # (its key, or a link first: "Follow-up to RES-170 - ...")
    opening = _OPENING.match(question) or _LINK_OPENING.match(question)
    if opening is None:
        return _CRITERIA_AFTER.sub("", question) if "?" in question else question
    body = question[opening.end() :]
    linked = _LINKED.match(body)
    if linked:
        body = body[linked.end() :]
    fields = _fields(body)
    # (a bare key is a ticket's only where a ticket's fields or a link follow it: not "HIV-1 Context: how does it enter
    # cells?"; a key in brackets always is - "[COVID-19] What are the symptoms?" loses its tag, as a question left with
    # a ticket's key before it is not read at all)
    labels = {label for label, _ in fields} - {"title"}
    if not (linked or labels & _TICKET_LABELS or "[" in opening.group(0)):
        return question
    asked = [(label, text) for label, text in fields if label in _PLACES and text]
    asked.sort(key=lambda field: _PLACES[field[0]])
    title = next((text for label, text in fields if label == "title" and text), "")
    # (the field that asks; else the title, "[RES-1] Summary of the ruling | Description: needed by Friday")
    chosen = next((text for _, text in asked if _ASKS.search(text)), title or (asked[0][1] if asked else ""))
    chosen = _TRAILING.sub("", chosen).strip()
    return chosen[:1].upper() + chosen[1:] if chosen else question
