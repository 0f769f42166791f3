"""A question typed in Scots as it is spoken ("wha wrote yon paper aboot wee states, an whit uni are they fae?", "how
did it no work?", "whit year wis the bus stopped?") in English words: "whit", "wha", "fae", "aboot", "wisnae" are no
words of any English document, and would be looked for in the passages as names they must say. Scots keeps English's
order, so the words are mapped one by one, and a dropped "g" is put back ("mediatin" - "mediating"). Pure function of
text, for glossed.py.

No dialect model ships offline; the question is read as Scots only when two or more of the words below that are no
English words are in it.
"""

from __future__ import annotations

import re

from dragoman.assistant.mixed import tidied

_WORDS: dict[str, str | None] = {
    "whit": "what", "whit's": "what's", "wha": "who", "wha's": "who's", "whaur": "where", "whaur's": "where's",
    "dae": "do", "disnae": "doesn't", "didnae": "didn't", "dinnae": "don't", "wisnae": "wasn't", "wurnae": "weren't",
    "cannae": "can't", "couldnae": "couldn't", "wouldnae": "wouldn't", "shouldnae": "shouldn't", "isnae": "isn't",
    "willnae": "won't", "huvnae": "haven't", "hudnae": "hadn't", "arenae": "aren't", "naw": "no", "ken": "know",
    "kent": "knew", "wee": "small", "tae": "to", "fae": "from", "frae": "from", "oot": "out", "aboot": "about",
    "yon": "that", "wi": "with", "an": "and", "o": "of", "fur": "for", "wis": "was", "wur": "were", "huv": "have",
    "hud": "had", "gaun": "going", "gonnae": "going to", "ah": "I", "ma": "my", "masel": "myself", "oor": "our",
    "youse": "you", "aw": "all", "awfy": "awfully", "guid": "good", "auld": "old", "wan": "one", "twa": "two",
    "doon": "down", "intae": "into", "ontae": "onto", "oan": "on", "efter": "after", "sae": "so", "nae": "no",
    "naebody": "nobody", "onybody": "anybody", "onything": "anything", "mibbe": "maybe", "tell's": "tell me",
    "gie": "give", "gies": "give me", "wrang": "wrong", "ower": "over", "bein": "being", "doin": "doing",
    "goin": "going", "aff": "off", "tellt": "told", "cos": "because", "coz": "because", "hame": "home", "heid": "head",
    "ye": "you", "yer": "your", "weans": "children", "wean": "child", "lang": "long", "atween": "between",
    "ah'm": "I'm", "ah've": "I've", "ah'd": "I'd",
    "aye": None, "mate": None, "pal": None, "eh": None,
}  # fmt: skip
# words that are English too, or a name's ("an", "o", "wee", "ken", "pure", "fur", "ah", "ma", "aw", "wan")
_WEAK = frozenset("an o wee ken fur ah ma aw wan aye mate pal eh cos coz hame heid wis gie".split())
# words no English text has, one enough ("Whaur did the retreat take place?")
_DISTINCT = frozenset(
    "whaur wha didnae wisnae cannae disnae dinnae couldnae wouldnae shouldnae isnae willnae huvnae aboot gonnae "
    "intae naebody mibbe".split()
)
# English words a dropped "g" would wrongly lengthen ("within", "origin", "begin")
_ENGLISH_IN = frozenset(
    "within origin margin cousin basin cabin robin satin admin login plugin toxin vermin muffin napkin pumpkin coffin "
    "raisin resin akin begin latin violin insulin aspirin heroin goblin javelin mandolin muslin bulletin gelatin "
    "cumin griffin puffin dolphin kremlin berlin dublin lenin stalin putin".split()
)
# ... and the endings of drugs', vitamins' and chemicals' names ("metformin", "amoxicillin", "insulin", "vitamin")
_NOT_DROPPED = re.compile(
    rf"^(?:{'|'.join(sorted(_ENGLISH_IN))})$|(?:cillin|mycin|formin|statin|amin|arin|ulin|onin|otin|flavin|affin|"
    r"ectin|ithin|acin|ycin|oxin|azin|epin|idin|ipin|ozin)$"
)
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’]*")


def _opening(text: str, m: re.Match[str]) -> bool:
    """Does the capitalised word open a sentence, as a word and not a name called ("Whit's ...", not "Ken, ...")?"""
    opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
    return opens and m.group(0)[1:].islower() and text[m.end() : m.end() + 1] != ","


def _scots(question: str) -> bool:
    # (words in lower case, or opening a sentence: not "Kent", "Wi-Fi", "SAE", "GUID", "Ken, ...")
    words = {m.group(0).lower() for m in _WORD.finditer(question) if m.group(0).islower() or _opening(question, m)}
    found = words & set(_WORDS)
    return bool(found & _DISTINCT) or (len(found) >= 2 and len(found - _WEAK) >= 1)


def in_english_spelling(question: str) -> str:
    """The Scots question in English words (the question as asked when it is not Scots)."""
    if not _scots(question):
        return question
    # ("the now": now; "how come": why; "no" before a verb as "not": "how did it no work?")
    text = re.sub(r"\bthe\s+(?:now|noo)\b", "now", question, flags=re.IGNORECASE)
    text = re.sub(r"\b([Hh])ow\s+come\b", lambda m: "Why" if m.group(1) == "H" else "why", text)
    text = re.sub(r"\b(did|does|do|dae|wis|is|could|would|will|can)\s+(\w+)\s+no\s+(?=[a-z]+\b)", r"\1 \2 not ", text)

    def english(m: re.Match[str]) -> str:
        token = m.group(0)
        low = token.lower()
        # (the article: "an auld paper", "an HR contact")
        if low == "an" and re.match(r"\s+(?:[aeiouAEIOU]|[A-Z]{2})", text[m.end() :]):
            return token
        if low in _WORDS and (token.islower() or _opening(text, m)):
            said = _WORDS[low] or ""
            return said[:1].upper() + said[1:] if token[:1].isupper() else said
        # ("mediatin", "durin", "definin": the "g" dropped as said)
        if token.islower() and len(token) >= 5 and re.search(r"[^aeiou]in$", token) and not _NOT_DROPPED.search(low):
            return token + "g"
        return token

    said = _WORD.sub(english, text)
    return tidied(said, question)
