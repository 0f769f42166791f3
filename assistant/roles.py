"""A person asked for by a role ("which Qatari minister ...?", "Name the two negotiators who ...", "Could the authors
name the officials ...?"), and whether a person a sentence names holds it: of the nation asked about, under no lesser
title ("the Deputy Foreign Minister" for "Norway's Foreign Minister"), not titled otherwise ("Ambassador Burns" for
"which senators"). Pure functions of text, for answer_kind.py `answer_names`."""

from __future__ import annotations

import re

from dragoman.assistant.expects import PEOPLE_OF
from dragoman.assistant.names import mentions, name_runs, same_name
from dragoman.assistant.question import Clause

# a lead-in saying what the question is about, then a comma: "For the Ayr ferry talks, what were ...", "On the Oslo
# channel, who ...", "With reference to the X talks, identify ..."
_ABOUT = r"in|on|for|about|regarding|concerning|as (?:to|for|regards)|turning to|with (?:reference|regard|respect) to"
ABOUT_LEAD = rf"(?:{_ABOUT})\s[^?:,]{{0,120}},\s+"
# ... or when it happened: "When Kushner tried to set up that channel, which Russian official ...?"
_WHEN_LEAD = r"(?:when|while|after|before|once|as|since)\s[^?:,]{0,120},\s+"

# a person asked for by a role: "which Qatari minister ...", "who served as Oman's foreign minister"
_ROLES = (
    r"(?:president|minister|ambassador|envoy|emissar(?:y|ie)|diplomat|negotiator|scholar|historian|adviser|"
    # (words that also qualify a thing: a role only before a verb, not "which official documents")
    r"(?:official|leader)s?(?!\s+(?!(?:was|is|has|does)\b)[a-z]+s\b)|"
    # (not a mediator, an intermediary, a go-between: often a state)
    r"advisor|secretar(?:y|ie)|spokes(?:man|woman|person)|director|chancellor|senator|messenger|signator(?:y|ie)|"
    r"banker|businessman|oligarch|guy)s?"
)
# (the role the noun asked for, not a word qualifying another: "which minister-level forum", "what
# president's country": a verb, "who", "of" ... or the end after it)
_HEAD = (
    # ("the signatories to the 2020 Doha Agreement", "the official to whom ..."; not "which messenger to use")
    r"(?![-'’])(?=\s*[?,;:]|\s*$|\s+to\s+(?:whom\b|the\s+(?:\d{4}\s+)?(?-i:[A-Z]))|"
    r"\s+(?:who|whom|whose|that|or|of|in|at|from|for|with|did|does|do|was|is|were|are|has|had|"
    r"have|would|could|can|will|sent|led|met|took|gave|made|held|ran|said|told|went|came|spoke|wrote|began|"
    r"brought|kept|while|when|during|before|after|under|between|[a-z]+ed|[a-z]+s|[a-z]+ly)\b)"
)
# where the question says it asks it ("in the legal or not article which russian official ...")
_SAID_WHERE = r"(?:(?:in|per|according to|from)\s+(?:the|that|this)\s+[^,?]{0,60}?,?\s+)?"
# (what opens it: a lead-in ending in a colon or a dash, "I'd love to name names on air: who were ...", "oslo channel:
# which norwegians ...", "The paper talks about Norway's role - who were the negotiators", and where it says it asks it)
# ... or a topic and a comma: "So the India Pakistan back channel from 2004 to 2007, who were the negotiators?" (not a
# relative clause: "Burns, who was ambassador, said what?" - another question word after it; nor a question itself:
# "What body does it, who chairs it, and where?")
_TOPIC_LEAD = (
    r"(?:(?!(?:what|which|who|whom|whose|how|when|where|why|did|does|do|is|are|was|were|can|could|would|will|has|"
    r"have|had)\b)[^?:,]{3,120}?,\s+"
    r"(?=(?:who|which|what)\b(?![^?]*,\s*(?:(?:and|or|but)\s+)?(?:what|which|how|why|when|where)\b)"
    # (nor one going on to its verb: "Raj Patel, who is the IT Director, must approve what?")
    r"(?![^?,]*,\s+(?:must|should|can|could|will|would|may|might|did|does|do|has|have|had|is|was|are|were|says?|said|"
    r"told|made|gave|took|wrote|went|met|led|ran|"
    r"[a-z]+ed)\b)))"
)
_OPENS = (
    rf"^\W*(?:[^?:]{{0,120}}?(?::|\s[-–—])\s+|{ABOUT_LEAD}|{_WHEN_LEAD}|{_TOPIC_LEAD})?"
    rf"{_SAID_WHERE}(?:(?:and|so|but)\s+)?"
)
ROLE_ASKED = re.compile(
    rf"{_OPENS}(?:(?:to|with|from|by|for|under)\s+)?(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?{_ROLES}\b{_HEAD}|"
    # ... or asked where the person stands in the sentence: "Kushner proposed it to which Russian ambassador exactly?"
    rf"\b(?:to|with|from|by|under)\s+which\s+(?!the\b)(?:[\w'’-]+\s+){{0,2}}?{_ROLES}\b"
    r"(?=\s*(?:(?:exactly|precisely)\s*)?(?:[?,;:]|$))|"
    # ... or its name asked, a clause about the person following with no "whom": "the name of the Russian ambassador
    # Kushner talked to" (the role in lower case: not a title, "the names of the treaties President Sadat signed")
    rf"\bnames?\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?-i:{_ROLES})\s+(?-i:[A-Z])[\w'’-]+\s+(?:was\s+|were\s+|had\s+)?"
    r"(?:[a-z]+ed|[a-z]+ing|[a-z]+in['’]?|met|spoke)(?!\w)|"
    # ... or told to: "Name the Pakistani president whose election ...", "Identify the two negotiators who ..."
    # (or asked to: "Could the authors name the Norwegian negotiators ...?")
    rf"{_OPENS}(?:(?:could|can|would|will)\s+(?:you|they|he|she|the\s+authors?|the\s+writers?)\s+(?:please\s+|kindly\s+)?)?"
    rf"(?:name|identify)\s+(?:which\s+|by\s+name\s+)?(?:(?!(?:that|which|who|whom|whose)\b)[\w'’-]+\s+){{0,6}}?{_ROLES}\b{_HEAD}|"
    # "What was the name of the Qatari official who ...?", "what are the names of the Indian and Pakistani security
    # officials ...?"
    rf"{_OPENS}(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+the\s+names?\s+of\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_ROLES}\b{_HEAD}|"
    # ... or their names after the role: "what were the two envoys' names?"
    rf"\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ROLES}['’]s?\s+names?\b(?!\s+for)|"
    # ... or the role alone after a dash: "Oslo channel - Norwegian negotiators?"
    rf"\s[-–—:]\s+(?:[\w'’.-]+\s+){{0,2}}?{_ROLES}\b\s*\?|"
    # typed as a search box is: "ind-pak kashmir backchannel - names of the indian and pak envoys?"
    # (or asked for anyhow: "What are names of indian and pakistani envoys ...?", "the names of the officials who ...")
    rf"(?:^\W*|\s[-–—:]\s+|:\s+|\b(?:the|their|what\s+(?:are|were|is|was))\s+)names?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_ROLES}\b{_HEAD}|"
    rf"{_OPENS}who\s+(?:was|is|were|are|served as|acted as)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"{_ROLES}\b|"
    # people by where they are from: "which Norwegians ran the talks?" (not "which plans", "which means")
    rf"{_OPENS}(?:which|what)\s+(?:[\w'’-]+\s+)?{PEOPLE_OF}|"
    # "Who headed the Taliban's political office?", "who chairs it?": a person's doing
    rf"{_OPENS}who\s+(?:headed|heads|chaired|chairs|directed|directs|founded)\b",
    re.IGNORECASE,
)


# a word naming a nation's people ("russian", "omani", "qatari", "chinese", "british")
DEMONYM = re.compile(
    r"(?!(?:historian|veteran|civilian|politician|guardian|librarian|technician|physician)\b)[a-z]{3,}(?:ian|an|i|ese|ish)|"
    r"soviet|swiss|french|dutch|thai|greek|welsh|czech|lao"  # (and those of no such ending)
)
_ROLE_WORD = re.compile(rf"\b{_ROLES}\b", re.IGNORECASE)
_APART = re.compile(r"[;:]|\b(?:and|or|between|but)\b", re.IGNORECASE)


def of_nation(sentence: str, name: str, nations: list[str]) -> bool:
    """Is the person named in the sentence said to be of a nation asked about, or in a role, in the words before
    the name ("Russian Ambassador Sergey Kislyak") or right after it ("Kislyak, Russia's ambassador")?"""
    for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
        # (back to the word joining it to another name: "between Russia and Donald Trump" - not of Russia; a list
        # its role opens is: "former US presidents Richard Nixon, John Kennedy, ...")
        before = _APART.split(sentence[max(0, m.start() - 80) : m.start()])[-1]
        after = sentence[m.end() : m.end() + 60].split(".")[0]
        # (or the words before the brackets it is listed in: "Norwegian negotiators (mainly ..., Jan Egeland and
        # social scientist, Terje Rod-Larsen)")
        opened = sentence.rfind("(", 0, m.start())
        listed = opened > sentence.rfind(")", 0, m.start()) and opened >= 0
        near = before.split() + after.split()[:6] + (sentence[:opened].split()[-3:] if listed else [])
        if any(same_name(w.lower().strip(",’'s"), n) for w in near for n in nations) or _ROLE_WORD.search(
            " ".join(near)
        ):
            return True
    return False


# a plural noun ("presidents", "emissaries"; not "its", "does", "status", "analysis")
def role_nations(asked: str) -> list[str]:
    """The nations a role asked for is of ("which Omani official": omani)."""
    return [w for w in re.findall(r"[a-z]+", asked.lower()) if DEMONYM.fullmatch(w)]


def says_nation(sentence: str, nations: list[str]) -> bool:
    """Does the sentence say one of the nations ("Oman" for omani)?"""
    return any(same_name(w, n) for w in re.findall(r"[a-z]+", sentence.lower()) for n in nations)


def nation_unsaid(question: Clause, sentence: str, passage: str) -> bool:
    """Does the clause ask for a person of a nation ("which Omani official ...?") that neither the sentence nor its
    passage says, and the sentence gives no one the title asked ("President Lyndon Johnson" for "which American
    president")? A person it names may then be of any nation ("the Obama administration met Iranian officials")."""
    role = ROLE_ASKED.search(question.text)
    if role is None:
        return False
    nations = role_nations(role.group(0))
    if not nations or mentions(sentence, nations) or mentions(passage, nations):  # ("American": "US", "United States")
        return False
    titles = {re.sub(r"ies$", "y", w.title()).rstrip("s") for w in _ROLE_WORD.findall(role.group(0))} & _TITLE_ROLES
    return not any(re.search(rf"\b{t}s?\s+(?-i:[A-Z])", sentence) for t in titles)


def asks_role(question: Clause) -> bool:
    """Does the clause ask for a person by a role ("which Qatari minister ...?", "Name the two negotiators who ..."), or
    a place by its kind ("In which Swiss city were the talks held?")?"""
    return (
        question.expects == "name"
        and (ROLE_ASKED.search(question.text) or _PLACE_ASKED.search(question.text)) is not None
    )


_PLACE_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:city|cities|town|towns|village|villages|capital|venue|hotel|resort)\b"
    r"(?=\s*[?,;:]|\s*$|\s+(?:did|does|do|was|is|were|are|has|had|have|will|would|could|in|of|that|where|[a-z]+ed)\b)",
    re.I,  # (the place itself: not "Which capital gains rules apply?", "Which hotel rooms ...")
)


def titled_otherwise(asked: str, sentence: str) -> set[str]:
    """The words of the names of the people the sentence gives a title other than the one the question asks for
    ("Ambassador Burns" for "which senators ...?"); none for a role that is no title ("which official", "which
    diplomat")."""
    roles = [re.sub(r"ies$", "y", w.title()).rstrip("s") for w in _ROLE_WORD.findall(asked)]  # ("Secretaries")
    if not roles or roles[-1] not in _TITLE_ROLES:
        return set()
    otherwise: set[str] = set()
    decided: set[str] = set()  # (a word's first place decides: the titles before it in its run)
    for run in name_runs(sentence):
        for i, w in enumerate(run):
            if w in decided:
                continue
            decided.add(w)
            titles = {t for t in run[:i] if t in _TITLE_ROLES}
            if titles and roles[-1] not in titles:
                otherwise.add(w)
    return otherwise


_TITLE_ROLES = frozenset(
    "President Minister Secretary Ambassador Director Senator Chancellor Envoy Governor Chairman".split()
)


def only_under(asked: str, sentence: str) -> bool:
    """Does the sentence say the role asked for ("foreign minister") only as a lesser one ("Deputy Foreign Minister",
    "Vice President", "Assistant Secretary")?"""
    # (a role of a kind, "Foreign Minister", "Prime Minister": not "which minister", "which Qatari minister" - a
    # deputy minister is one)
    roles = list(re.finditer(rf"\b([a-z]+)\s+({_ROLES})\b", asked, re.IGNORECASE))
    if not roles or roles[-1].group(1).lower() in _NOT_KIND or DEMONYM.fullmatch(roles[-1].group(1).lower()):
        return False
    if _UNDER.search(asked[: roles[-1].start()]):  # (the lesser role is the one asked: "the deputy foreign minister")
        return False
    said = list(re.finditer(rf"\b{re.escape(roles[-1].group(0))}\b", sentence, re.IGNORECASE))
    return bool(said) and all(_UNDER.search(sentence[max(0, m.start() - 30) : m.start()]) for m in said)


_NOT_KIND = frozenset("which what the a an its their his her whose this that who was is".split())
# (not "the assistant to Finance Minister X", "the deputy of Vice President Y", "Under Prime Minister Z, ...")
_UNDER = re.compile(r"\b(?:deputy|vice|assistant|acting|junior)[\s-]+(?:(?!(?:to|of)\b)[\w'’-]+\s+)?$", re.IGNORECASE)
