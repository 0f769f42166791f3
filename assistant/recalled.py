"""The asker's memories a question opens on, run on into what it asks: "I have always had a soft spot for Norway since
I taught a unit on the Vikings, and I recall the Oslo accords on the news, so who were the Norwegian negotiators?"; and
the asker's own doings it opens on: "When we walk past the Foreign Ministry in Oslo, what can I tell the group about
...?", "Planning a 'peacemakers of Europe' coach tour - which three ...?".
Pure functions of text, for question.py `analyse` and focus.py `unsaid`."""

from __future__ import annotations

import re

# the asker's memories, run on into the question ("I have always had a soft spot for Norway since I taught a unit on
# the Vikings, and I recall the Oslo accords on the news, so who were ...?", "I was a young teacher then and I don't
# recall any second fuss about Cuba, but the article mentions ..., so where ...?"): the clauses in the first person it
# opens on, the first recalling. Their words still help find the passages; what they name need not be said
_MEMORY = re.compile(
    r"\b(?:remember(?:ed)?|recall(?:ed)?|taught|watched|grew\s+up|used\s+to|have\s+always|had\s+always)\b", re.I
)
_FIRST_PERSON = re.compile(r"^\s*(?:(?:and|but|so|since|because)\s+)?(?:I|my|we|our)\b", re.IGNORECASE)
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b|\?", re.IGNORECASE)
# ... unless what it first asks points back at them ("I remember the Oslo accords, so who signed them?", "..., so when
# did it happen?", "..., so when was that?"; not the "it" of a cleft, "which institute was it that ...", nor "that"
# joining)
_BACK = re.compile(
    r"\b(?:they|them|their|those|these|he|she|him|her|his|it(?<!\bwas it)(?<!\bis it)(?!\s+that\b)|"
    r"(?:this|that)(?=\s*(?:[?,.!]|$)))\b",
    re.IGNORECASE,
)


# what the asker is doing when the answer is wanted, opening the question: a clause of time on where the asker goes or
# takes others ("When we walk past the Foreign Ministry in Oslo, what ...?", "As our coach stops by the lake, which
# ...?"), a phrase on the asker's task set off by a dash or colon ("Planning a 'Gulf peacemakers' coach tour - which
# ...?") or what the asker will mention before a dash ("On the cruise commentary I mention Algeria's role in the 1975
# ceasefire - what does the paper say ...?"). Not a time the documents are asked about ("When the talks collapsed, who
# ...?", "When I was born in 1993, who ...?", "After our country joined NATO, which ...?"), nor what the asker seeks
# ("I need the names of the negotiators - who were they?", "I'm looking at table 2: which ...?")
_GOING = r"(?:walk|stop|pass|take|get|arrive|reach|visit|drive|go|come|stand|head|cross|sail|ride|pull|lead|bring)"
_DOING = re.compile(
    rf"^\s*(?:(?:when|while|as|once|before|after)\s+(?:I|we|(?:my|our)\s+[a-z]+)\s+{_GOING}(?:s|es)?\b[^,?;:.]{{0,120}},|"
    r"(?:planning|preparing|writing|drafting|putting\s+together|working\s+on|organi[sz]ing|updating|finishing)\s+"
    r"(?:a|an|the|my|our|this|that|tomorrow's|next\s+\w+'s)\b[^?;:.—–]{3,120}?(?:\s[—–-]|[—–:])|"
    r"(?P<mention>(?P<lead>(?:on|for|in|at)\s+(?!(?:what|which|whose|how)\b)(?:(?:the|my|our|this)\s+)?[^,—–:?.]{2,60}?,?\s+)?"
    r"(?:I|we)(?:['’]ll|\s+will)?\s+"
    r"(?:(?:always|often|usually|like\s+to)\s+)?(?:mention|cover|present|feature|quote|cite|bring\s+up|touch\s+on|"
    r"talk\s+about|say|joke|tell\s+(?:them|people|visitors|guests|the\s+(?:group|class)))\b[^?—–:;.]{3,150}?"
    r"(?:\s[—–-]|[—–:])))\s*"
    r"(?=(?:so\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|name|list|"
    r"give|tell)\b)",
    re.IGNORECASE,
)
# ... unless what is asked points back at it ("When we get to Oslo, who mediated there?", "... which one ...?")
_BACK_TO_IT = re.compile(r"\b(?:there|then|which\s+one|both|either)\b", re.IGNORECASE)


def without_memories(question: str) -> str:
    """The question without the clauses of the asker's memories or doings it opens on, whose names need not be said
    (focus.py `unsaid`, question.py `analyse`), when what is left asks and does not point back at them."""
    doing = _DOING.match(question)
    asked = question[doing.end() :] if doing else ""
    # (what the asker mentions is what is asked about unless the question names it again: "In my talk I mention the
    # 1998 flood - how many people died?" asks of the flood; "I mention Algeria's role in the ceasefire - what does
    # the paper say about Algeria?" of Algeria)
    # (named after the lead-in: "In Oslo I tell visitors about the Borregaard talks - who from Oslo took part?" asks
    # of the talks)
    mentioned = doing.group("mention")[len(doing.group("lead") or "") :] if doing and doing.group("mention") else None
    aside = doing is not None and (mentioned is None or _named_again(mentioned, asked))
    if aside and not any(p.search(asked.split(",")[0]) for p in (_BACK, _BACK_TO_IT)):
        return asked[:1].upper() + asked[1:]
    clauses = re.split(r"(?<=,)", question)
    if not re.match(r"\s*I\b", question) or not _MEMORY.search(clauses[0]):
        return question
    told = 0
    while told < len(clauses) - 1 and _FIRST_PERSON.match(clauses[told]) and not _ASKING.search(clauses[told]):
        told += 1
    rest = re.sub(r"^\s*(?:(?:and|but)\s+)?(?:so\s+)?", "", "".join(clauses[told:]), flags=re.IGNORECASE)
    asked = next((c for c in clauses[told:] if _ASKING.search(c)), "")  # (its first clause asking)
    return rest if told and asked and not _BACK.search(asked) else question


def _named_again(mentioned: str, asked: str) -> bool:
    """Does the question name again a name the asker mentioned (a capitalised word, not "I")?"""
    names = set(re.findall(r"(?<!^)(?<![.!?]\s)\b(?!I\b)[A-Z][\w-]+", mentioned))
    return any(re.search(rf"\b{re.escape(n)}\b", asked) for n in names)
