"""A question written as a letter or an email: its greeting ("Dear Tom,", "Hi Priya -"), its pleasantries ("I hope
you are well."), its closing ("Many thanks,\nMargaret", "Kind regards, Cllr M. Hughes") and the days of the week its
writer's own doings are dated by ("At Tuesday's council meeting ...") are no part of what it asks: the names in them
are the writer's and the reader's, which no document need say. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Sir|Dame)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# the greeting opening it, a name or the team greeted after it ("Dear Tom,", "Hello Research Team -", "Hi Priya")
# (or thanks for the last answer, in a reply: "Thank you Tom, that's very helpful.", "Thanks, Tom.")
_GREETING = re.compile(
    # (not the programmer's "Hello World, what does this program print?")
    r"^\s*(?!hello,?\s+world\b)(?:(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))\s+|"
    r"(?:thank\s+you|(?:many\s+)?thanks)\s*,?\s*)"
    rf"(?-i:{_NAME})\s*(?:[,:!.—–]|-\s|\n)\s*",
    re.IGNORECASE,
)
# a sentence of politeness only ("I hope you are well.", "Hope this finds you well!", "I trust you had a good
# weekend.", "Thank you for your help last week.", "Thanks in advance.", "Sorry to bother you again.")
_PLEASANTRY = re.compile(
    # (of the reader, not of a thing: not "I hope the new dose works well.")
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:I\s+)?(?:hope|trust)\s+(?:you|this)\b[^.!?\n]{0,60}?"
    r"\b(?:well|week|weekend|holiday|break|restful|good)\b[^.!?\n]{0,30}|"
    r"(?:I\s+)?hope\s+(?:the|your)\s+(?:weekend|week|holiday|break|trip|summer)\s+(?:was|went|has\s+been)\b[^.!?\n]{0,30}|"
    r"(?:that['’]s|that\s+is|this\s+is|it\s+was)\s+(?:very\s+|really\s+|most\s+|so\s+)?(?:helpful|useful|kind)\b|"
    r"(?:many\s+)?thanks?(?:\s+you)?\s+(?:again\s+)?(?:so\s+much\s+)?(?:in\s+advance|for\s+(?:your|all\s+your)\s+"
    r"(?:help|work|time|patience|note|email|message|reply)\b[^.!?\n]{0,40})|"
    r"sorry\s+to\s+(?:bother|trouble)\s+you(?:\s+again)?)\s*[.!]+",
    re.IGNORECASE,
)
# the closing, and the name signed under it ("Many thanks,\nMargaret", "Best wishes, Cllr M. Hughes", "Regards"); a
# name after a comma, a dash or a line break, or a space after thanks (not "..., 1998? Best Actor.")
_CLOSING = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:with\s+)?(?:(?P<thanks>many\s+thanks|thanks(?:\s+(?:so\s+much|again|a\s+lot|in\s+advance))?|"
    r"thank\s+you(?:\s+(?:so\s+much|again))?)|best(?:\s+wishes|\s+regards)?|(?:kind|warm|best)(?:est)?\s+"
    r"(?:regards|wishes)|regards|yours(?:\s+(?:sincerely|faithfully|truly))?|cheers|all\s+the\s+best|warmly)"
    rf"(?:\s*[,.!]?|(?:\s*[,—–-]|\s*\n|(?(thanks)\s|(?!)))\s*(?-i:{_NAME})(?:\s*\([^()\n]{{0,40}}\))?\s*[.!]?)\s*$",
    re.IGNORECASE,
)
# the weekday of the writer's doings ("At Tuesday's council meeting", "last Thursday"; not "Bloody Sunday", "the Sunday
# Times", "Sheffield Wednesday")
_WEEKDAY = re.compile(  # (a day named as one: not "Sunday trading laws", "the Tuesday dialysis slot")
    r"\b(?:(?:last|next|this|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s|\s+[A-Za-z])|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b(?!\s+[A-Z]))"
)
# ("Bloody Sunday", "Sheffield Wednesday"; not "At Tuesday's meeting")
_NAMED_BEFORE = re.compile(r"\b(?!(?:At|On|In|By|Since|From|Until|Before|After|Last|Next|This)\s)[A-Z][\w'’-]*\s+$")


def _undated(m: re.Match[str]) -> str:
    if _NAMED_BEFORE.search(m.string[: m.start()]) and not m.group(0)[0].islower():
        return m.group(0)
    return "the" if m.group(0).endswith(("'s", "’s")) else ""


# the writer's own world, named in a statement of the letter that names no document and tells of the writer or of
# someone they met ("Councillor Briggs was rather dismissive at our meeting", "at the Town Twinning meeting someone
# said ...", "someone at the Residents' Forum asked"): a body or an event by the kind of thing it is, a councillor
# as one (not "the Vatican working group hosted secret talks", "Mayor Giuliani ran a back channel")
# (occasions the writer goes to, not bodies that may be what is asked about: "the Federal Reserve Board")
_WORLD_NOUNS = r"meetings?|lunch|dinner|forum|session|event|briefing|hustings|surgery|away-?day|reception"
_CAPITALISED = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on|&)\s+)?)"  # (a word of a name: "Peace and Twinning")
_WORLD = re.compile(
    # ("the Town Twinning meeting": the meeting; "the Residents' Forum": the residents' forum; "Councillor Briggs")
    rf"(?<!^)(?<![.!?:]\s)(?P<before>{_CAPITALISED}{{1,4}})(?=(?:{_WORLD_NOUNS})\b)|"
    rf"(?<!^)(?<![.!?:]\s)(?P<named>{_CAPITALISED}{{0,3}}(?i:{_WORLD_NOUNS})s?)\b|"
    r"(?P<titled>\b(?:Councillor|Cllr\.?)\s+[A-Z][\w'’-]*)"
)
_WRITERS_WORLD = re.compile(r"\b(?:I|I['’]m|I['’]ve|we|our|my|me|us|someone|somebody|colleagues?|Councillor|Cllr)\b")
_DOCUMENT = re.compile(
    r"\b(?:paper|article|piece|report|study|essay|post|explainer|text|document|author|says|writes|mentions|argues)\b",
    re.IGNORECASE,
)


def _world_unnamed(sentence: str) -> str:
    """A statement of the writer's doings naming no document, the weekdays and the writer's world in it unnamed."""
    if sentence.rstrip().endswith("?") or _DOCUMENT.search(sentence):
        return sentence
    if not _WRITERS_WORLD.search(sentence):  # (a meeting's weekday only: "one last one before Thursday's full council")
        return _WEEKDAY.sub(lambda m: _undated(m) if m.group(0).endswith(("'s", "’s")) else m.group(0), sentence)

    def unnamed(m: re.Match[str]) -> str:
        return "" if m.group("before") else "a councillor" if m.group("titled") else m.group(0).lower()

    dated = _WEEKDAY.sub(_undated, sentence)
    return _WORLD.sub(unnamed, dated)


# the asker's deadline, a weekday alone after "before" or "by" in the few words framing a question before a dash or a
# colon, or a comma not in a question ("quick one before Thursday -- ...", "Need it by Friday, thanks: ..."; not "What
# training must be done before Thursday, and who chases it?", "Is the canteen closed until Monday, or only today?")
_DEADLINE = re.compile(
    r"(?:^|(?<=[.!?\n]))(?P<lead>\s*(?:(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|"
    r"can|tell)\b)[\w'’]+,?\s+){1,5}?)(?:before|by|until|till|ahead\s+of)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<after>\s*(?:--?\s|[—–:])|,(?=\s*(?:thanks|thx|please|pls|cheers)\b)|,(?![^.?!\n]*\?))",
    re.IGNORECASE,
)


def unsigned(question: str) -> str:
    """The question less its closing; and when it is written as a letter (opens with a greeting), less its
    greeting, pleasantries, and the weekdays and the writer's own world in its statements (`_world_unnamed`)."""
    body = _DEADLINE.sub(lambda m: m.group("lead").rstrip() + m.group("after"), _CLOSING.sub("", question, count=1))
    if not _GREETING.search(body):
        return body.strip() or question
    body = _PLEASANTRY.sub(" ", _GREETING.sub("", body, count=1))
    body = "".join(_world_unnamed(s) for s in re.split(r"(?<=[.!?:])(?=\s)", body))
    return re.sub(r"[ \t]{2,}", " ", body).strip() or question
