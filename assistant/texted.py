"""Shorthand and texted words written out as the documents write them: "govt", "w/", "b/c", "wat r the points",
"y did it fail", "Pres. Biden", and chat fillers dropped ("ngl", "lol"). A pure function of text, for words.py
`unlabelled`."""

from __future__ import annotations

import re


def written_out(question: str) -> str:
    """The question with its shorthand, texted words and titles cut short written out, "+" and "&" as "and", without
    the chat mentions it opens on ("@here", "@Maya")."""
    question = _MENTIONS.sub("", question)
    question = re.sub(r"(?<=\w)\s+[+&]\s+(?=\w)", " and ", _SHORT.sub(_written_out, _untexted(question)))
    # ("viz. through whom?" -> "Through whom?"; "... -- viz. the three benefits?" -> "... -- namely the three ...")
    question = _VIZ_OPENING.sub(lambda m: m.group(1).upper(), question)
    question = re.sub(r"\bviz\.(?=\s)", "namely", question)
    # ("bus service -- est. when?"; not "10 am est when ...", "Delivery est. when?": estimated)
    question = re.sub(r"(?<=[-–—:]\s)([Ee])st\.(?=\s+when\b)", r"\1stablished", question)
    question = _PAK.sub("Pakistan", _SOUNDED.sub(r"\1 wrote", question))
    return _TITLE_SHORT.sub(lambda m: _TITLES_SHORT[m.group(1)] + " ", question)  # ("Pres. Biden", "Amb. Burns")


# the people a chat message is put to, opening it ("@here why does ...", "@maya @sam: ...")
_MENTIONS = re.compile(r"^\s*(?:@[\w.-]+(?:[\s,:]+|$))+(?=\S)")
# a verb asked with, typed as it sounds ("who rote the paper"; not "students who rote learn")
_SOUNDED = re.compile(r"\b(who)\s+rote\b(?![\s-]+learn)", re.IGNORECASE)
# Pakistan cut short beside India ("India/Pak", "Indo-Pak" is written out above; not "Pak Harto", "pak choi")
_PAK = re.compile(r"(?<=\bIndia and )Pak\b|(?<=\bIndia-)Pak\b|\bPak(?= and India\b|-India\b|-Afghan)")

# Shorthand typed in a hurry, as the documents write it out ("govt", "w/", "b/c")
_SHORTHAND = {
    "govt": "government", "gov't": "government", "govts": "governments", "intl": "international",
    "w/": "with", "w/o": "without", "b/c": "because", "bc": "because", "ppl": "people", "thru": "through",
    "dept": "department", "univ": "university", "uni": "university", "inst": "institute", "admin": "administration",
    "approx": "approximately",
    "yr": "year", "yrs": "years", "abt": "about", "pls": "please", "plz": "please", "diff": "difference",
    "svc": "service", "info": "information", "acc to": "according to", "acc. to": "according to",
    "pub date": "publication date", "indo-pak": "India-Pakistan", "india-pak": "India-Pakistan",
    "diff from": "different from",
    "diff than": "different than", "natl": "national",
    "negs": "negotiations", "reqs": "requirements", "mtg": "meeting", "mtgs": "meetings",
    "esp": "especially", "incl": "including", "q'd": "questioned",
    "repping": "representing", "1st": "first", "2nd": "second", "3rd": "third",
    "prereq": "prerequisite", "prereqs": "prerequisites", "mgmt": "management",
}  # fmt: skip
# (as typed in lower case, or capitalised opening a sentence: not "BC", "ADMIN")
_SHORT = re.compile(
    r"(?<![\w/'’@.])("
    + "|".join(
        re.escape(w)
        for s in sorted(_SHORTHAND, key=len, reverse=True)
        for w in dict.fromkeys((s, s.capitalize(), s.title()))
    )
    + r")(?![\w/'’@])(?:\.(?=\s+[a-z]))?"  # (its stop inside a sentence too: "which inst. opened ...")
)


# "b/c" naming a thing (after a determiner or a modifier, before a noun it qualifies or at the end of a clause)
# (not a pronoun, nor a noun a clause "because" opens may start with: "is that b/c I used ...", "is this b/c of
# the sugar?", "did it fail b/c talks stalled?")
_THING = re.compile(
    r"\b(?:a|an|the|its|their|our|my|new|secret|own|via|per|each|every|first|hence|"
    r"such|whose|informal|unofficial|official|[a-z]+-level)\s+$",
    re.IGNORECASE,
)
_NAMING = re.compile(r"\s*(?:[?.;:,)]\s*$|[?;:)]|(?:diplomacy|channels?)\b)", re.IGNORECASE)


# "viz." ("namely") opening what is asked, the asker's pointer to the turn before: "viz. through whom?"
_VIZ_OPENING = re.compile(r"^\W*viz\.\s*,?\s+(\w)")  # (not "Viz Media", "the data viz library")


# a title cut short before a name ("Pres. Biden", "Amb. Burns"; not "the pres for the client": a presentation)
_TITLES_SHORT = {"Pres": "President", "Amb": "Ambassador", "Sec": "Secretary", "Dep": "Deputy"}
_TITLE_SHORT = re.compile(r"\b(Pres|Amb|Sec|Dep)\.\s?(?=[A-Z][a-z])")


# ... and words as texted ("wat r the points", "y did it fail", "start n stop", "can b a mediator"): capitalised
# only opening a sentence ("Wat year ...", not "Wat Arun"); a lone letter only in lower case and after the words it
# follows when texted (not "what does r stand for", "plan b", "(b)", "U.S.", "x, y are the inputs")
_TEXTED = {
    "wat": "what", "wut": "what", "wht": "what", "wats": "what's", "whats": "what's", "hows": "how's",
    "whos": "who's", "theres": "there's", "thats": "that's", "ur": "your", "ull": "you'll", "cuz": "because",
    "coz": "because", "becuz": "because", "bcuz": "because", "tho": "though", "dont": "don't", "doesnt": "doesn't",
    "didnt": "didn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "smth": "something",
}  # fmt: skip


def _respelt(m: re.Match[str]) -> str:
    word = _TEXTED[m.group(1).lower()]
    return word.capitalize() if m.group(1)[0].isupper() else word


def _after(words: str) -> str:
    """Look-behinds for a lone letter: right after one of `words` and a space."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words.split()) + ")"


_ALONE = r"(?<![\w/'’.(-]){}(?![\w/'’.)-])"
_OPENING = r"(?:^|(?<=[.?!] ))"
_TEXTED_WORDS = (
    (re.compile(_ALONE.format("(" + "|".join(_TEXTED) + ")")), _respelt),
    (re.compile(_OPENING + "(" + "|".join(w.capitalize() for w in _TEXTED) + r")\b(?![\w'’-])"), _respelt),
    (re.compile(_after("what wat where who how why y they there these those we which when") + r"r(?= \w)"), "are"),
    (re.compile(_after("do did can could will would should are r if have thank tell") + r"u\b(?![.'’-])"), "you"),
    (
        re.compile(r"(?<=[a-z] )(?<!\bis )(?<!\bwas )(?<!\bthe )(?<!\bof )(?<!\bfor )(?<!\ban )(?<!\ba )n(?= [a-z])"),
        "and",
    ),
    (
        re.compile(
            r"(?:^|(?<=[.?!;:(] )|"
            + _after("so get know wonder explain see me").removeprefix("(?:")
            + r"y(?= (?:do|does|did|is|are|was|were|would|should|can|could|has|have|had|it|they|he|she)\b)"
        ),
        "why",
    ),
    (
        re.compile(
            r"\b((?:to|can|could|would|will|might|should|must|not|may|(?:help|helps|helped|make|makes|let|lets)"
            r"(?: (?!during\b)\w+){1,2})(?: (?:it|they|he|she|we|you|u|i|this|that|really|ever|still|also|even|just|"
            r"never|not))?) b(?= (?:a|an|the)\b| (?!(?:need|feed|seed|bed|red|shed)\b)\w+ed\b)"
        ),
        r"\1 be",
    ),
)


def _untexted(question: str) -> str:
    for pattern, written in _TEXTED_WORDS:
        question = pattern.sub(written, question)
    question = _SPOKEN_FILLER.sub(" ", question)
    question = _LAUGHED_ASIDE.sub("", question)
    question = re.sub(r"[ \t]+\?", "?", _FILLER.sub("", question))  # ("what are all three lol ?")
    return _RESTART.sub(lambda m: m.group(1) or m.group(2), question)


# a spoken filler set off by commas ("when did it, like, come out?", "the, you know, the envoys") and a small word said
# again as the speaker starts over ("who wrote the, the new piece", "what, what year"): a transcript's, no words asked
_SPOKEN_FILLER = re.compile(r",\s+(?:like|you\s+know|sort\s+of|kind\s+of)\s*,\s*", re.IGNORECASE)
# (the same word as typed; a small word of two letters only with a comma: not "vitamin A a risk", "check in in person")
_RESTART = re.compile(
    r"\b(the|what|which|who|when|where|why|how|and|its)(?:,\s*|\s+)\1\b(?!['’-])|\b(a|an|of|in|on|to),\s*\2\b(?!['’-])"
)


# a laugh and the aside after it, closing the question ("... for secrecy lol sounds shady?", "who wrote it lol i
# forgot"; not "... lol and when?", "lol what year?": asked)
_LAUGHED_ASIDE = re.compile(
    # (a comment on it, not what says which one: "... lol for unit 4?", "haha for kids")
    r"\s+(?:lol|lmao|haha+)\s+(?:sounds|seems|looks|so|that['’]?s|thats|kinda|sorta|i\s+(?:forgot|guess|dunno)|idk|"
    r"dunno|no\s+idea|jk|just\s+curious|asking\s+for\s+a\s+friend|weird|wild|crazy|funny|annoying|ironic)\b"
    r"[^?.!,;:\n\d]{0,40}?(?=\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
# chat fillers saying nothing of the question ("ngl what advantages ...", "... lol theres like 3"), with a comma after
_FILLER = re.compile(
    r"(?:(?<![\w'’-])(?:ngl|lol|lmao|tbh|imo|imho|btw|lowkey|highkey|bruh|omg|smh|fwiw|uh+|um+|uhm+|erm+|hmm+|"
    r"iirc|afaik|afaict|aiui|eli5|tl;?dr|ianal|ymmv|icymi|istg|"
    # ("no cap", "deadass" opening or closing it, "fr fr" closing it: not "Is there no cap on rent?", "en or fr?")
    r"(?<=^)(?:no\s+cap|deadass)|"
    r"(?:no\s+cap|deadass|(?<!\bor\s)(?<!\band\s)(?<!/)fr(?:\s+fr)?)(?=\s*[?.!]*\s*$))|"
    r"^(?:Ngl|Lol|Tbh|Btw|Omg|Uh+|Um+|Erm|Hmm+|Iirc|Afaik|Eli5|Tl;?dr)|"
    # (a forum's shorthand in capitals opening a statement: "IIRC the paper lists ...", "ELI5: how is ...", "TIL there
    # was ..."; not "What does AFAIK stand for?", nor "IMO", the International Maritime Organization)
    r"(?:^|(?<=[.?!:;,(]\s)|(?<=\())(?:IIRC|AFAIK|AFAICT|AIUI|ELI5|FWIW|TL;?DR|IMHO|IANAL|YMMV|ICYMI|TIL|NGL|TBH|SMH)|"
    # (a spoken "like" before what is asked: "and like what university are they at"; not "states like Norway")
    r"(?:(?<=\band )|(?<=\bso )|(?<=, )|^)like(?=,?\s+(?:what|which|who|whom|whose|when|where|why|how)\b))"
    r"(?![\w'’-])\s*[,:]?\s*"  # (as typed, in lower case; capitalised only opening the question: not "Imo State")
)


def _written_out(m: re.Match[str]) -> str:
    if m.group(1).lower() in ("b/c", "bc") and (
        _THING.search(m.string[: m.start()]) or _NAMING.match(m.string, m.end())
    ):
        return "BC"  # (a thing, not "because": "a new b/c to Moscow", "b/c diplomacy"; spelt.py `spelt_terms`)
    word = _SHORTHAND[m.group(1).lower()]
    return word[:1].upper() + word[1:] if m.group(1)[0].isupper() else word
