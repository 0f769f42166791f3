"""A remark the asker adds after a question, on whom the answer is for ("...? my students need it"), their guess
("...? i think there's like 4", "..., approx 3"), what they cannot recall ("..., I cant recall it at all?") or their own
circumstances ("...? I've only got the PDF"), and the task as it was set, said before the question ("my teacher says
compare 2 countries. how is ...?"): it asks nothing, and its words are no part of what is asked.
Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

from dragoman.assistant.chatty import SEEN
from dragoman.assistant.forms import AUDIENCE
from dragoman.index.keyword import QUERY_NOISE

# a remark after the question about the asker, naming nothing ("I want my opp team to have them written down")
_FOR_ME = re.compile(r"\s+(?:I|I['’]m|I['’]d|we|we['’]re|my|our)\s", re.IGNORECASE)


def without_remark(question: str) -> str:
    """Without a remark after the last question mark on whom the answer is for ("...? my students need it") or the
    asker's guess ("...? i think there's like 4"), or after its last comma on what the asker cannot recall ("..., I cant
    recall it at all?") or guesses ("..., i think theres like 4"), naming nothing (a name in it is kept: "...? I think
    Norway did.")."""
    asked, mark, after = question.rpartition("?")
    # (not "i need all of them"; "I'd like to name him for the visitors", "I like to tell visitors where ...")
    for_someone = re.search(rf"\b(?:my|our|{AUDIENCE})\b", after, re.IGNORECASE)
    guess = _GUESS.match(after) and not _ASKS_MORE.search(after)
    if (
        mark
        and (guess or (_FOR_ME.match(after) and for_someone))
        and not re.search(r"\b(?!I\b)[A-Z]", after.strip()[1:])
    ):
        return asked + mark
    # (what the asker will put it in, whatever its name: "...? need it for the 'Cold War' subsection"; or what of
    # theirs needs it: "...? card tag needs both")
    # ("need the full list for fn. 12": the list as a thing, not asked for)
    listed = re.sub(r"\bthe\s+(?:full\s+|whole\s+|complete\s+)?list\b", "", after, flags=re.IGNORECASE)
    if mark and (_PUT_IN.fullmatch(after) or _NEEDS_IT.fullmatch(after)) and not _ASKS_MORE.search(listed):
        return asked + mark
    # (... or said after a comma, at its end: "When was that attack on them, I cant recall it at all?", "..., and when
    # did it stop, I think I saw it on the news once.")
    tail = re.search(r",\s*([^,?]{3,60}?)\s*[?.!]*\s*$", question)
    remark = tail.group(1) if tail else ""
    # (or the asker's guess: "..., i think theres like 4"; not "..., I heard it was Rabin and Arafat?")
    guessed = _GUESSED.fullmatch(remark)
    named = re.search(r"\b(?!I\b)[A-Z]", remark) or (not guessed and re.search(r"\d", remark))
    if tail and (SEEN.match(remark) or guessed) and "?" not in question[: tail.start()] and not named:
        return question[: tail.start()] + "?"
    # (the asker's own circumstances: "...? I've only got the PDF with no cover page.", "...? can't remember and would
    # like it for the slide", "...? both numbers please, I want them for the handout.")
    if (
        mark
        and _CIRCUMSTANCE.search(after)
        and not _ASKS_MORE.search(after)
        and not _CLARIFIES.search(after)
        and not re.search(r"\d|\b(?!I\b|I['’]|(?:PDF|DOI|URL|ISBN)\b)[A-Z]", after.strip()[1:])
    ):
        return asked + mark
    return question


_PUT_IN = re.compile(
    r"\s+(?:(?:i|we)\s+)?(?:want|need)\s+(?:it|them|this|that|all\s+of\s+(?:them|it)|the\s+(?:(?:full|whole|complete)\s+list|\w+)|both|each)?\s*"
    r"for\s+(?:(?:the|my|our|a|an)\s+(?:[^?.!]{1,40}\s)?(?:section|subsection|infobox|lede|article|entry|essay|chapter|"
    r"page|slides?|post|timeline|draft|piece|footnote|para(?:graph)?|synthesis)|"
    r"(?:fn|footnote|note)\.?\s*\d+)[.!]?\s*",  # ("need the full list for fn. 12": a note of the asker's text)
    re.IGNORECASE,
)
# ... a thing of the asker's, a few words in lower case, needing the answer: "card tag needs both", "the footnote needs
# them"
_NEEDS_IT = re.compile(
    # (a thing of the asker's writing or a person of theirs: not "...? nginx needs both", what is asked about)
    r"\s+(?:(?:my|our|the)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:card|tag|footnote|bibliography|slide|citation|cite|"
    r"reference|notes|essay|homework|draft|handout|teacher|boss|editor|class)\s+(?:needs|wants)\s+(?:both|them|all|"
    r"each|the\s+two|(?:both|all)\s+of\s+them)\s*[.!]*\s*"
)
# the asker's having, needing or being unable ("I've only got ...", "I want them for ...", "can't place it", "would like
# it for the slide")
_CIRCUMSTANCE = re.compile(
    # (of the asker's copy, memory or use for the answer: not "I can't have gelatin", "I want to use a usb drive",
    # "I need to report a breach" - what they want to do is what is asked)
    r"^\W*(?:[\w'’]+,?\s+){0,4}?(?:I(?:['’]ve|\s+have)?\s+only\s+got|I\s+only\s+have|I\s+don['’]?t\s+have\s+(?:the|a|any)|"
    r"(?:I\s+)?(?:can['’]?t|cannot|couldn['’]?t)\s+(?:remember|recall|place|find\s+it|check|access|open|load|see\s+it)|"
    r"(?:I\s+(?:need|want)|I['’]d\s+like|(?:I\s+)?would\s+like)\s+(?:it|them|this|that|both|all\s+(?:of\s+)?them|each)\s+for|"
    # (or where it will go: "Going on a flavor-text card.", "I want its special ability on the card to reflect ...")
    # (not "I want the output on the page to be bold", "I want the king on the board to move two squares")
    r"(?:(?:(?:it['’]s|it\s+is|it['’]ll\s+be|they['’]re)\s+)?going|I\s+want\s+(?:it|them|its|their|this|that)\b"
    r"[^?.!]{0,40}?)\s(?:on|in|into)\s+(?:the|my|our|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cards?|slides?|decks?|poster|mats?|handout|sheet|script))\b",
    re.IGNORECASE,
)
# ... not what it says of what is asked ("I mean the 2004 talks", "not the summit", "I'm asking about Oslo")
_CLARIFIES = re.compile(
    r"\b(?:mean|i\.e\.|as\s+in|not\s+the|rather\s+than|referring|talking|asking|only\s+the)\b", re.IGNORECASE
)
_GUESS = re.compile(
    r"\s+(?:i\s+(?:think|believe|guess|reckon|remember)|maybe|probably|(?:like|approx(?:imately)?|about|roughly)\s+\d+)\b",
    re.IGNORECASE,
)
_ASKS_MORE = re.compile(r"\b(?:what|which|who|when|where|why|how|also|say|tell|list|give|explain)\b", re.IGNORECASE)
# ... said after a comma, a whole guess: what there is or was, or a rough count ("..., i think theres like 4", "...,
# approx 30"; not "..., i think between facilitation and formulation", "..., maybe with their roles", "..., about 3
# months later?")
_GUESSED = re.compile(
    r"(?:i\s+(?:think|believe|reckon|guess)\s+(?:there(?:['’]?s|\s+(?:is|are|was|were))|it(?:['’]s|\s+(?:is|was))|"
    r"they(?:['’]re|\s+(?:are|were)))\s+(?:like\s+|about\s+|maybe\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)|(?:like|approx(?:imately)?|about|roughly|around)\s+\d+)(?:\s+(?:of\s+them|or\s+so|i\s+think))?",
    re.IGNORECASE,
)


# the task as it was set, a sentence of its own before the question: "my teacher says compare 2 countries.", "our prof
# wants us to find two reasons:" (not "My teacher said Norway mediated. Is that true?", a claim asked about; nor "my
# teacher says Oslo was secret. what happened there?")
_TASK_SET = re.compile(
    r"^\W*(?:my|our)\s+(?:teacher|professor|prof|tutor|lecturer|instructor|boss|manager|editor|supervisor)\s+"
    r"(?:says?|said|wants?|wanted|asks|asked|told\s+(?:us|me))\s+(?:that\s+)?"
    r"(?:(?:we|I)\s+(?:need|have|must|should|gotta)\b|(?:us|me)\s+to\b|to\s+|(?:compare|list|name|give|find|write|"
    r"answer|explain|describe|pick)\b)[^?]{3,150}?[.!;:—–]\s*"
    r"(?=(?:so\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|name|list|"
    r"give|tell)\b)",
    re.IGNORECASE,
)


# (words.py's STOP_WORDS would do, but words.py imports this module: the few that open or join a question)
_FUNCTION_WORDS = frozenset(
    "the and are was were what which who whom whose how why when where does did has have had for with from that this "
    "its his her their our your you can could would should will is".split()
)


_NAMES_TWO = re.compile(
    r"\b(?:compare|between)\s+(?!\d|two\b|three\b)[\w'’-]+\s+(?:and|with|to|vs\.?)\s+[\w'’-]+", re.IGNORECASE
)


def without_task(question: str) -> str:
    """The question without the task as it was set before it ("my teacher says we need 3 things. what are ...?")."""
    m = _TASK_SET.match(question)
    if m is None:
        return question
    asked = question[m.end() :]
    # (not when what is asked points back at it: "my teacher says we need 3 things back channels can do. what are they",
    # nor says nothing of its own: "my teacher says compare 2 cities. which is cooler?")
    own = [w for w in re.findall(r"[a-z]{3,}", asked.lower()) if w not in _FUNCTION_WORDS and w not in QUERY_NOISE]
    if re.search(r"\b(?:they|them|those|these|it|its|that|this|there|ones?)\b", asked, re.I) or len(own) < 2:
        return question
    # (nor names the things asked about, which the question does not: "my boss says compare Apple and Microsoft. which
    # has higher margins?")
    task = question[: m.end()]
    if _NAMES_TWO.search(task) and not re.search(r"\s[A-Z]", asked.strip()):
        return question
    return asked[:1].upper() + asked[1:] if question[:1].isupper() else asked
