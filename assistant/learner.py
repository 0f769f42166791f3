"""A question about a document asked in a learner's English: "Who is author of article about ...?", "When was published
the article of Somerville?", "who has written it?". Its document and what it asks of it, written as the rules of
metadata.py read them: "the author of the article", "Somerville's article", "who wrote it". Pure functions of text,
for words.py `unlabelled`."""

from __future__ import annotations

import re

# a noun naming a document or what is asked of it, with no article before it, after a word that takes one ("is author
# of article about ...", "published paper about ..."; not "which paper", "the paper", "this article")
_BARE = re.compile(
    r"(\b(?:is|are|was|were|of|about|published|printed|wrote|written)\s+)"
    r"(authors?|writers?|title|article|paper|piece|essay)\b(?!['’-])",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"^(\W*)(Article|Paper|Piece|Essay)\b(?=\s+(?:about|on|of|by)\b)"
)  # ("Article about X - who ...?")
# a document by its authors, after it: "the article of Somerville", "the paper of Rafique and Samiullah" (names in
# capitals; not "the paper of the Commission", "the article of faith")
_OF_AUTHOR = re.compile(
    r"\bthe\s+(article|paper|piece|essay)\s+of\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w'’-]+))?)\b"
    r"(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_HAS_WRITTEN = re.compile(r"\b(who)\s+(?:(?:has|have|had)\s+written|(?:is|was)\s+write)\b", re.IGNORECASE)
# a question word made a cleft, as Italian or French asks ("Who is that has written ...?", "what is it that they have
# in common", "chi è che"): the question word asks itself (not "What is that building?", "who is that man")
_CLEFT = re.compile(
    r"\b(who|what|which|where|when|why|how)\s+(?:is|was)\s+(?:it\s+that\s+(?=(?:has|have|had|they|he|she|\w+ed)\b)|"
    r"that\s+(?=(?:has|have|had)\b|(?:they|he|she|we)\s+(?:have|has|had|did|do|does)\b))",
    re.IGNORECASE,
)
# ... or the whole question a cleft, as French asks ("c'est quel pays qui ...": "it is which three countries that are
# compared?" - "which three countries are compared?", "it was in what year that they signed?")
_IT_IS_CLEFT = re.compile(
    r"\bit\s+(?:is|was)\s+((?:in|of|at|from|for|by|with|to)\s+)?"
    r"((?:which|what|who|whom|whose|where|when|how\s+many|how\s+much)\b[^?,;]{0,60}?)\s+that\s+(?=\w)",
    re.IGNORECASE,
)

# the adjective of a comparison before its subject, as Polish or German orders it ("how was different the hotline from
# the other channels?" - "how was the hotline different from ..."; not "how was different from usual?")
_DIFFERENT_FIRST = re.compile(
    r"\b(how|in\s+what\s+way)\s+(is|was|are|were)\s+(different|similar|alike)\s+"
    r"((?:the|this|that|these|those|its|their)\s+[^?,]{2,80}?)\s+(from|to|with)\b",
    re.IGNORECASE,
)

# the participle last, as Dutch or German orders it ("Who has the paper about small states written?" - "Who has written
# the paper ...?"): only after "who", and only a doer's verb (not "Who has the paper cited?", whom it cites)
_PARTICIPLE_LAST = re.compile(
    r"\b(who)\s+(has|have|had)\s+((?:(?:the|this|that|these|those|its|their)\s+[^?,;]{2,100}?)|it(?:\s+[^?,;]{2,100}?)?)\s+"
    r"(written|authored|published|signed|founded|led|chaired|mediated|hosted|brokered|organi[sz]ed|negotiated)"
    r"(?=\s*(?:[?,;]|$))",
    re.IGNORECASE,
)

# what a thing is called asked as French asks it ("How is called the institute ...?", "How is titled the article ...?"
# - "What is the institute ... called?", "What is the title of the article ...?"); a French title of address before a
# name ("the Mister Samiullah and Madame Rafique"): the name
_HOW_CALLED = re.compile(
    r"\bhow\s+(is|are|was|were)\s+(called|named|titled|entitled)\s+((?:the|this|that|these|those|its|their)\s+[^?;,]{2,120}?)"
    r"(?=\s*(?:[?;,]|$))",
    re.IGNORECASE,
)
# (after "the", as French says "le Monsieur", before a name and no noun: not "Who wrote Madame Bovary?", "Mister
# Freeze", "the Mister Big character")
_SAID_OF = (
    r"(?:and|or|about|of|in|on|to|for|from|at|with|by|who|that|is|was|are|were|has|had|have|said|says|say|wrote|"
    r"writes|did|does|do|think|thinks|argue|argues)"
)
_TITLE = (
    rf"(?-i:Mister|Madame|Monsieur|Mademoiselle)\s+((?-i:[A-Z][\w'’-]+))(?![\w'’-])(?!\s+(?!{_SAID_OF}\b)(?-i:[a-z]))"
)
_ADDRESSED = re.compile(rf"\bthe\s+{_TITLE}(?:(\s+and\s+){_TITLE})?", re.IGNORECASE)


# the verb before its subject, as French asks where one works ("Where works the Mister Watanabe?" - "Where does
# Watanabe work?"; not "Where works best?")
_WHERE_WORKS = re.compile(
    r"\b(where)\s+(works|lives|teaches|studies)\s+((?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*)\b(?!['’])",
    re.IGNORECASE,
)
_VERB = {"works": "work", "lives": "live", "teaches": "teach", "studies": "study"}
# the question word and its verb last, as Turkish, Japanese or Korean word order puts them ("In the Oslo channel the
# Norwegian negotiators who were, and ...?" - "Who were the Norwegian negotiators in the Oslo channel, and ...?"): a
# part opening on a noun's article, at the question's start or after "and", and ending the question or its part (not
# "the ones who were there?", "the man who was arrested", "The patients who were, in the end, discharged - how many?")
_WH_LAST = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<place>(?:in|on|at|for|of|during)\s+(?:the\s+)?[^,?;]{2,60}?\s+)?"
    r"(?P<np>(?:the|these|those|its|their)\s+(?!ones?\b)[^,?;]{2,80}?)\s+(?P<wh>who|what|when|where)\s+"
    r"(?P<be>is|are|was|were)(?=\s*(?:\?|,\s*and\b|$))",
    re.IGNORECASE,
)

# who wrote a document, and when it came out, asked where the answer stands ("The article 'A new back channel to
# Moscow?' written by who and came out which date?" - "Who wrote the article ...? and when did it come out?"): of a
# document named by its kind
_KINDS = "article paper piece essay report post study book review guide".split()  # (a document, by what it is)
_QUOTED_OR_WORD = r"(?:'[^']{1,150}'|\"[^\"]{1,150}\"|“[^”]{1,150}”|[^,?;'\"“])"
_WRITTEN_BY_WHO = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<np>(?:the|this|that|its)\s+"
    rf"{_QUOTED_OR_WORD}{{0,60}}?\b(?:{'|'.join(_KINDS)})\b{_QUOTED_OR_WORD}{{0,150}}?)\s+"
    r"(?:(?:was|is|got)\s+)?(?:written|authored|penned)\s+by\s+whom?\b(?=\s*(?:[?,;]|\band\b|$))",
    re.IGNORECASE,
)
# ... or when it came out ("The flood article publish what day?", "..., and update which month?")
_OUT_WHICH_DATE = re.compile(
    r"(?:(?<=\band\s)|(?<=,\s)|" + "|".join(rf"(?<=\b{kind}\s)" for kind in _KINDS) + r")"
    r"(?:(?:it|was|is)\s+)?(?P<verb>came\s+out|come\s+out|published|publish|released|posted|updated|update)\s+"
    r"(?:on\s+|in\s+)?(?:which|what)\s+(?:date|day|year|month)\b",
    re.IGNORECASE,
)
_NAMES_DOCUMENT = re.compile(
    rf"\b(?:{'|'.join(_KINDS)})s?\b|['‘\"“][^'‘’\"“”]{{8,200}}['’\"”]",
    re.IGNORECASE,
)
# a polite particle or a term of address ending the question, as Vietnamese ends one ("..., anh?", "... ạ?", "anh
# ơi?"), in lower case (not "Who is Nguyen Van Anh?"); a bare "a" only after what the question word asks ("... which
# year a?", "what is name a?"; not "b or a?", "labelled a?", "Which is plan a?")
_PARTICLE = re.compile(r"(?:\s+(?:ạ|à|nhé|nha|ơi)|,\s*(?:anh|chị|em|ah|a)(?:\s+ơi)?)+(?=\s*\?\s*$)")
_BARE_A = re.compile(
    r"\b(?:which|what|how\s+many|how\s+much|where|when|who)(?:\s+[\w'’-]{2,20}){1,2}(\s+a)(?=\s*\?\s*$)", re.IGNORECASE
)
# words after which "a" is a name of a choice, a vitamin, a plan, not a particle ("Which is plan a?", "b or a?")
_BEFORE_A_NAMED = frozenset(
    "plan vitamin type grade class part section group option model level hepatitis column row letter answer choice "
    "item box or and is labelled called named".split()
)


def _unparticled(question: str) -> str:
    question = _PARTICLE.sub("", question)
    bare = _BARE_A.search(question)
    if bare is None or question[: bare.start(1)].split()[-1].lower() in _BEFORE_A_NAMED:
        return question
    return question[: bare.start(1)] + question[bare.end(1) :]


def _out_when(m: re.Match[str]) -> str:
    verb = m["verb"].lower()
    verb = {"publish": "published", "update": "updated"}.get(verb, verb)
    said = "did it come out" if "out" in verb else f"was it {verb}"
    # ("The flood article publish what day?": "The flood article - when was it published?")
    return f"when {said}" if re.search(r"(?:\band|,)\s*$", m.string[: m.start()]) else f"- when {said}"


def _wh_first(m: re.Match[str]) -> str:
    wh = m.group("wh").capitalize() if m.start() == 0 else m.group("wh").lower()
    place = f" {m.group('place').strip()}" if m.group("place") else ""
    place = place[:2].lower() + place[2:]
    np = m.group("np")
    return f"{wh} {m.group('be')} {np[:1].lower() + np[1:]}{place}"


def _called(m: re.Match[str]) -> str:
    what = "What" if m.group(0)[0].isupper() else "what"
    if m.group(2).lower().endswith("titled"):
        return f"{what} {m.group(1)} the title of {m.group(3)}"
    return f"{what} {m.group(1)} {m.group(3)} called"


def articled(question: str) -> str:
    """The question's document and what it asks of it, said as a native speaker would ("Who is author of article
    ...?" - "Who is the author of the article ...?"; "the article of Somerville" - "Somerville's article"; "who has
    written it", "who is that has written it" - "who wrote it"; "how was different the hotline from ..." - "how was the
    hotline different from ..."; "How is called the ...?" - "What is the ... called?"; "the negotiators who were?" -
    "Who were the negotiators?"; "the article written by who and came out which date?" - "who wrote the article and
    when did it come out?")."""
    question = _ADDRESSED.sub(lambda m: "".join(g or "" for g in m.groups()), _HOW_CALLED.sub(_called, question))
    question = _WHERE_WORKS.sub(lambda m: f"{m.group(1)} does {m.group(3)} {_VERB[m.group(2).lower()]}", question)
    question = _BARE.sub(lambda m: f"{m.group(1)}the {m.group(2)}", question)
    plain = _IT_IS_CLEFT.sub(r"\1\2 ", question)  # ("It was in what year that ...?" - "In what year ...?")
    question = _CLEFT.sub(r"\1 ", plain[:1].upper() + plain[1:] if question[:1].isupper() else plain)
    question = _OPENING.sub(lambda m: f"{m.group(1)}The {m.group(2).lower()}", question)
    question = _OF_AUTHOR.sub(lambda m: f"{m.group(2)}'s {m.group(1)}", question)
    question = _DIFFERENT_FIRST.sub(r"\1 \2 \4 \3 \5", question)
    question = _PARTICIPLE_LAST.sub(r"\1 \2 \4 \3", question)
    question = _WH_LAST.sub(_wh_first, question)
    question = _unparticled(question)
    if (written := _WRITTEN_BY_WHO.search(question)) is not None:
        np = written["np"][:1].lower() + written["np"][1:]
        wrote = "Who wrote" if written.start() == 0 else "who wrote"
        question = f"{question[: written.start()]}{wrote} {np}{question[written.end() :]}"
    if _NAMES_DOCUMENT.search(question):  # ("who wrote and publish what day?": when was it published)
        question = _OUT_WHICH_DATE.sub(_out_when, question)
    return _HAS_WRITTEN.sub(r"\1 wrote", question)
