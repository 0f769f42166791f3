"""A question asked in Taglish - English nouns and names in Tagalog's small words ("Sino po yung sumulat ng article
about the back channel to Moscow?", "Ilan na lang yung natirang workers sa US embassy?") - in English words: Tagalog's
question words, prepositions, markers and politeness ("po", "yung", "ng", "mga", "daw") are no words of any document,
and would be asked of the passages as names they must say. Tagalog asks with its question word first, as English
does, so the words are mapped in their order. Pure function of text, for words.py `unlabelled`.

No translation model ships offline (as for hinglish.py and mixed.py); the question is read as Taglish only when two
or more of Tagalog's commonest words that are no English words are in it.
"""

from __future__ import annotations

import re

from dragoman.assistant.mixed import names_kept, tidied, unnamed

_MARKERS = frozenset(
    "po ang ng mga yung iyong ba daw raw naman ano anong sino sinong kailan saan saang bakit paano ilan ilang "
    "dun doon nung noong tsaka saka pakilista pakisabi ayon niya nila lang pala kasi kaninong alin aling "
    "pinagkaiba ginanap lumabas sumulat".split()
)
# several words as one, before the words alone
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"ayon\s+(?:po\s+)?(?:sa|kay|kina|dun\s+sa|doon\s+sa)", "according to"),
    (r"(?:dun|doon)\s+sa", "in"),
    (r"pagdating\s+sa", "in"),
    (r"dahil\s+(?:dun|doon|diyan|dito)", "because of that"),
    (r"pwedeng\s+gamitin|puwedeng\s+gamitin", "can use"),
    (r"tungkol\s+sa", "about"),
    (r"para\s+sa", "for"),
    (r"kumpara\s+sa", "compared to"),
    (r"(?:mula|galing)\s+sa", "from"),
    (r"bawat\s+isa", "each"),
    (r"ano[\s-]+ano(?:ng)?|ano\s+anong", "what"),
    (r"sino[\s-]+sino(?:ng)?", "who"),
    (r"na\s+lang", ""),
    # ("at" as Tagalog's "and": not before what English's "at" names, "at the Raffles", "at least", "at 10")
    (
        r"(?<=\s)at(?=\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|least|most|first|last|"
        r"all|home|work|once|times?|night|noon|\d)\b)\w)",
        "and",
    ),
)
_WORDS: dict[str, str | None] = {
    "ano": "what", "anong": "what", "sino": "who", "sinong": "who", "kailan": "when", "saan": "where",
    "saang": "which", "bakit": "why", "paano": "how", "ilan": "how many", "ilang": "how many", "alin": "which",
    "aling": "which", "kanino": "whom", "kaninong": "whose", "gaano": "how",
    "sa": "in", "nina": "of", "kina": "of", "bilang": "as",
    "tsaka": "and", "saka": "and", "pero": "but", "kung": "whether", "kasi": "because", "o": "or",
    "sumulat": "wrote", "nagsulat": "wrote", "sinulat": "wrote", "lumabas": "published", "ginanap": "held",
    "nangyari": "happened", "gumamit": "used", "ginamit": "used", "pinadala": "sent", "natirang": "remaining",
    "natira": "remaining", "dati": "before", "bansa": "country", "taon": "year", "dalawang": "two",
    "tatlong": "three", "apat": "four", "limang": "five", "pangalan": "names", "pinagkaiba": "difference",
    "pagkakaiba": "difference", "naiiba": "different", "magkaiba": "different", "dahilan": "reason",
    "resulta": "result", "nakalista": "listed", "binanggit": "mentioned", "tinatawag": "called", "sabi": "said",
    "sinabi": "said", "tumigil": "stopped", "nagsimula": "started", "naging": "became", "pwede": "can",
    "puwede": "can", "kailangan": "needed", "wala": "lacks", "walang": "without", "meron": "has", "mayroon": "has",
    "siya": "he", "sya": "he", "niya": "his", "nya": "his", "nila": "their", "sila": "they", "ito": "it",
    "iyan": "that", "yan": "that", "yun": "that", "iyon": "that", "lugar": "place", "mismong": "actual",
    "mismo": "actual", "lahat": "all", "unang": "first", "huling": "last", "pakilista": "list", "pakisabi": "tell",
    "pakibigay": "give", "noong": "in", "nung": "the", "dito": "here", "ibang": "other", "iba": "other",
    "po": None, "ba": None, "daw": None, "raw": None, "naman": None, "lang": None, "pala": None, "nga": None,
    "yung": None, "iyong": None, "ang": None, "ng": None, "mga": None, "si": None, "na": None, "nang": None,
    "ay": None, "eh": None, "talaga": None, "ahh": None, "ah": None, "dun": None, "doon": None, "din": None,
    "rin": None, "pa": None, "sana": None, "ni": None, "kay": None, "gamitin": "use", "pwedeng": "can",
    "dating": "former", "nito": "it", "niyang": "his", "nagiging": "becomes", "pagiging": "being", "isang": "a",
    "nakakatulong": "helps", "bagay": "fit", "nagtatanong": "asks", "dahil": "because", "sikretong": "secret",
    "kinausap": "talked with", "nakalagay": "listed", "para": "for", "hindi": "not", "nauwi": "ended",
    "madalas": "often", "pagpili": "choosing", "laging": "always", "binabanggit": "mentioned",
    "nababawasan": "reduced", "kayang": "can", "gawin": "do", "basahin": "read", "umasa": "relied",
    "maging": "become", "dapat": "should", "may": "with", "kinumpara": "compared", "pagkatapos": "after",
}  # fmt: skip
# Tagalog's verb prefixes on an English verb ("na-sign", "nag-offer", "nire-represent", "hino-host"): the verb
_AFFIXED = re.compile(r"\b(?:nag|mag|na|ma|ni|nire|hino|ipa|pinag|nakaka|naka|um|i)-([a-z]{3,})\b", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*")
# markers that are also English shorthand ("po dose", "ng/mL", "may", "at", "sa"): a question is Taglish by others too
_WEAK = frozenset("po ng sa ba lang na".split())
_ASKING = frozenset(
    w for w, gloss in _WORDS.items() if gloss in ("what", "who", "when", "where", "which", "why", "how")
)


def _taglish(question: str) -> bool:
    words = {w.lower() for w in re.findall(r"(?<![/\w])[A-Za-z]+(?![/\w])", unnamed(question))}
    return len(words & _MARKERS) >= 2 and bool(words & _MARKERS - _WEAK)


def in_english_words(question: str) -> str:
    """The Taglish question in English words (the question as asked when it is not Taglish)."""
    if not _taglish(question):
        return question
    text = _AFFIXED.sub(r"\1", question)
    for pattern, gloss in _PHRASES:
        text = re.sub(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", gloss, text, flags=re.IGNORECASE)

    names = names_kept(text, _ASKING)

    def english(m: re.Match[str]) -> str:
        token, low = m.group(0), m.group(0).lower()
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
        # (as typed in lower case, or capitalised opening a sentence - not "NG", "PO", a name, "ng/mL")
        typed = token.islower() or (opens and token[1:].islower())
        named = any(a <= m.start() < b for a, b in names)
        unit = text[m.end() : m.end() + 1] == "/" or text[m.start() - 1 : m.start()] == "/"
        if low in _WORDS and typed and not named and not unit:
            return _WORDS[low] or ""
        return token

    said = _WORD.sub(english, text)
    return tidied(said, question)
