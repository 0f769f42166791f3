"""A question relayed for someone else, as a support desk forwards a ticket: "Ticket #4471 - user asks: who brokered the
talks? Pls advise.", "FW: user question re: Oman — when did it start? thx, L2 support", "Customer wants to know
(escalated): ... user wrote 'algeira'". The desk's head and sign-off and its remarks on the user's words ("user
needs it for a report", "user typed 'singapure'") ask nothing of the documents; what the user asks is what is left,
with the ticket's reference ("... (ticket #4471)?"), which no document need say (focus.py).
Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# whom the desk relays for
_WHO = r"(?:user|customer|client|caller|requester|requestor|end[- ]user|member|subscriber|reader)"
# the ticket ("Ticket #4471", "Case 00123", "INC0012345", "[Ticket 88]", "SR 12345", "#4471"): a kind of ticket and a
# number, or a number after "#"
_TICKET = (
    r"[\[(]?(?:(?:ticket|case|incident|request|req|inc|sr)\s*(?:#|no\.?|number)?\s*(?=[\w-]*\d)[\w-]+|#\d{2,})"
    r"[\])]?"
)
# a field of the ticket's header ("Priority: P2", "Escalation from L1", "(escalated)", "Urgent")
_FIELD = (
    r"(?:priority\s*[:=]?\s*(?:p?[1-4]|high|low|medium|urgent)|escalat(?:ed|ion)(?:\s+from\s+(?:l[1-3]|tier\s*[1-3]))?|"
    r"urgent|\((?:escalated|urgent|priority|high|p[1-4]|again|repeat|reopened)\))"
)
_SEP = r"\s*(?:[-–—:|/]\s*|\s)"
# the relay: a user who asks, the way a desk writes it ("user asks", "customer (ticket #88) asks", "user on ticket
# #4471 asks", "caller wants to know", "user question", "customer:", "Customer is asking about ...")
_RELAY = (
    rf"{_WHO}(?:['’]s)?(?:\s+\(?(?:on\s+)?{_TICKET}\)?)?\s*(?:(?=:)|\s+(?:asks?|asked|is\s+asking|asking|"
    r"wants\s+to\s+know|would\s+like\s+to\s+know|writes|wrote|question|q|query|follow[- ]?up)\b"
    rf"(?:\s*\(?{_TICKET}\)?)?)"
)
# its head, up to what the user asks ("Ticket #5531 - user asks:", "FW: user question re: Oman —", "Customer wants to
# know (escalated):", "Ticket #9911 | Priority: P2 | User asks:", "Re: Ticket #4471 — when ...?"): the ticket and its
# fields, then the relay or, after the ticket alone, a question (not "User asks are logged where?": no colon; not
# "Issue 13 - reader asks: ...": a magazine's issue; not "Ticket prices - what are they?": no number)
_HEAD = re.compile(
    r"^[^\w#\[(]*(?:(?:hi|hello|hey|dear)\s+(?:team|all|there|folks|everyone|colleagues)\s*[,!:–—-]\s*)?"
    rf"(?:(?:fw|fwd|re)\s*:\s*)*(?:(?P<ticket>{_TICKET}){_SEP})?(?:{_FIELD}{_SEP})*"
    rf"(?:{_RELAY}(?:\s*{_FIELD})?\s*(?:[:–—]|-\s|(?=\s+re\s*:)|(?=\s+(?:about\s|which|what|who|whom|whose|when|"
    r"where|why|how|if|whether)\b))\s*(?:about\s+(?=[^?]{2,60}?\s[-–—]\s))?|"
    r"(?<=[-–—:|]\s)(?=(?:which|what|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can)\b))",
    re.IGNORECASE,
)
_RELAYED = re.compile(rf"\b{_WHO}\b", re.IGNORECASE)
_TICKET_IN = re.compile(_TICKET, re.IGNORECASE)
# the ticket's reference, kept after a question asking of it ("What was the root cause (ticket #4471)?"): where the
# documents are the tickets it picks the one asked about; where they are not, no passage need say it (focus.py)
TICKET_REFERENCE = re.compile(r"\(((?i:ticket|case|incident|request|req|inc|sr)[^()]{0,40})\)")
# "re: Oman —" after the head: what the user's question is about
_ABOUT = re.compile(
    r"^re\s*:\s*((?:['‘\"“][^'’\"”\n]{1,80}['’\"”]|[^—–:?\n]){2,80}?)\s*(?:[—–:]|\s-\s)\s*", re.IGNORECASE
)
# the desk's close ("Pls advise.", "Please advise asap.", "thx, L2 support", "Thanks - Tier 1", "— Service Desk"; not
# "Who hands out lockers? — front-desk", "Who provides tech-support?")
_CLOSE = re.compile(
    r"(?:\s*[-–—]?\s*\b(?:pls|please|plz|kindly)\s+advise(?:\s+asap)?\s*[.!]*|"
    r"\s*(?:[—–-]\s+|\b(?:thx|thanks|ty|cheers|tia|regards|best)\s*[,.!—–-]?\s*)(?:the\s+)?"
    r"(?:(?:l[1-3]|tier\s*[1-3]|level\s*[1-3]|1st|2nd|3rd)\s+)?(?<![\w-])(?:support|help\s*desk|helpdesk|service\s*desk|"
    r"desk|support\s+team)\b\.?)+\s*$",
    re.IGNORECASE,
)
# a remark on the user's words or purpose after the question ("user wrote 'the 3 aproaches'.", "(user typed
# 'algeira')", "user's words: '...'", "user: 'whats the takeaways list'", "user needs it for a citation 'asap'."): up to
# the next remark or the end (not what the user's case is, which may decide the answer: "User has worked here 6
# years.", "User also wants to know ...")
_REMARK = (
    rf"{_WHO}(?:['’]s\s+(?:own\s+)?words|\s*:|\s+(?:wrote|writes|typed|types|spelled|spelt|says|said|calls|called|"
    r"put|phrased|needs\s+(?:it|this|that|them|the\s+\w+)\s+for|wants\s+(?:it|this|that|them)\s+for|is\s+in\s+a\s+hurry)"
    r"\b)"
)
_ON_USER = re.compile(
    rf"(?:(?<=[?.!])|(?<=[?.!]['’\"”]))\s*\(?\s*{_REMARK}(?:[^'‘\"“()]|['‘\"“][^'’\"”]*['’\"”])*?"
    r"(?:\)|(?<=['’\"”])\s*[.!]?|[.!])(?=\s|$)",
    re.IGNORECASE,
)
# ... or set in brackets inside it ("which ceasefire, plus which agreement, does the paper cite? (user typed ...)")
_BRACKETED = re.compile(rf"\s*\(\s*{_REMARK}[^()]*\)", re.IGNORECASE)
# the user's own words quoted whole after the head ("user asks: 'what are the diffrent approaches ...?'")
_QUOTED = re.compile(r"^['‘\"“](.{6,}?)['’\"”]\s*(?:[.!]\s*)?$", re.DOTALL)


def unrelayed(question: str) -> str:
    """What the user asks, without the desk's head, close and remarks ("Ticket #6120 - user asks: which presidents
    does it name? Pls advise." -> "Which presidents does it name?"). A question with neither a relay's head nor a
    desk's close is returned as typed."""
    head = _HEAD.match(question)
    # (a relay, or a ticket of a kind before a question: "Re: Ticket #4471 — when ...?"; not "#42 - what is it?")
    if head and not (_RELAYED.search(head.group(0)) or (head.group("ticket") or "").lstrip("[(")[:1].isalpha()):
        head = None
    closed = _CLOSE.search(question)
    if not head and not closed:
        return question
    asked = question[head.end() :] if head else question
    asked = _CLOSE.sub("", asked) if closed else asked
    about = _ABOUT.match(asked)
    if about:  # ("re: Oman — and what has it done?" -> "Regarding Oman — and what has it done?")
        asked = f"Regarding {about.group(1)} — {asked[about.end() :]}"
    asked = _BRACKETED.sub("", asked)
    if "?" in asked or "." in asked.rstrip(".!? "):  # (a remark after what is asked, not the question itself)
        asked = _ON_USER.sub("", asked).strip()
    quoted = _QUOTED.match(asked.strip())
    if quoted:
        asked = quoted.group(1)
    asked = asked.strip()
    if not asked:
        return question
    relay = head.group(0) if head else ""
    ticket = _TICKET_IN.search(relay)
    asked = asked[:1].upper() + asked[1:]
    # (a question with no subject of its own asks of the ticket: "What was the root cause (ticket #4471)?"; not
    # "Which presidents does the 'Legal Or Not' article name?")
    if ticket and len(asked.split()) <= 6 and not re.search(r"\d|['‘\"“]|(?<=\s)[A-Z]", asked):
        if not _RELAYED.search(relay):  # ("Ticket #4471: what was the fix?": the ticket is what is asked of)
            return question
        kind, _, number = ticket.group(0).strip("[]()").partition(" ")
        reference = f"{kind.lower()} {number}" if number else kind
        return f"{asked[:-1]} ({reference})?" if asked.endswith("?") else f"{asked} ({reference})"
    return asked
