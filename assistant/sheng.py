"""A question asked in Sheng - Kenyan Swahili and English mixed in one sentence, English nouns and names in Swahili's
small words and verbs ("Niaje, nani aliandika hiyo paper ya small states?", "Hiyo bus service ilianzishwa mwaka gani,
na ilisimama lini?") - in English words: Swahili's question words, possessives, demonstratives and verbs are no words
of any document, and would be asked of the passages as names they must say. Swahili asks with its question word after
the noun it asks of ("mwaka gani": "which year") - that one is put before its noun - or where the answer stands
("ilisimama lini?": "stopped when?"), which is left there (a question word last reads as one). An English verb or noun
takes Swahili's prefixes after a hyphen ("ina-compare", "zili-fail", "ma-negotiators"): the English word is kept.
Pure function of text, for words.py `unlabelled`.

No translation model ships offline (as for taglish.py and hinglish.py); the question is read as Sheng only when two or
more of Swahili's commonest words that are no English words are in it.
"""

from __future__ import annotations

import re

from dragoman.assistant.hinglish import is_hinglish
from dragoman.assistant.mixed import names_kept, tidied, unnamed

_MARKERS = frozenset(
    "nani gani lini wapi aje vipi mbona kwani niaje manze hiyo hizo hizi ile zile huyo yake zake "
    "zote wote nipe niambie nataka mwaka miaka kati kulingana ngapi wangapi nini kwenye katika kuhusu tangu hadi "
    "majina jina inasema ilikuwa alikuwa iko ziko lakini pia sawa yeye wao nchi badala inakuwaje pliz ambazo "
    "ambayo ambao ambaye lazima kupitia mwandishi waandishi".split()
)
# several words as one, before the words alone
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"kwa\s+nini", "why"),
    (
        r"(?:[a-z]{1,4})?fung(?:a|wa)(?=\s+(?:goals?|goli|magoli|bao|mabao|points?)\b)",
        "scored",
    ),  # (a goal "tied": scored)
    (r"ni\s+nani", "who"),
    (r"(?:ile|zile|hiyo)\s+(?:ya|za|wa)(?=\s+(?-i:[A-Z]))", "that of"),  # ("ile ya Jacob": that of Jacob)
    (r"ni(?=\s+[\w'’-]+\s+gani)", ""),  # ("ni ma-president gani": which presidents)
    (r"(?:a|i|wa|zi|u)(?:li|na|me)?kuwa\s+na", "had"),  # ("alikuwa na cheo gani": had which position)
    (r"ni\s+nini", "what"),
    (r"kati\s+ya", "between"),
    (r"kulingana\s+na", "according to"),
    (r"badala\s+ya", "instead of"),
    (r"kwa\s+sababu", "because"),
    (r"kama\s+vile", "such as"),
    (r"wakati\s+wa", "during"),
    (r"upande\s+wa", "on the side of"),
    (r"(?:i|a|wa|zi|u)ko\s+na", "has"),
    (r"(?:i|a|wa|zi)?(?:na|li|me)?itwa\s+aje", "is called what"),
    (r"ni\s+gani", "is <which>"),  # ("title yake kamili ni gani?": "its full title is what?")
    (r"gani", "<which>"),  # ("mwaka gani": "which year")
    (r"(?:wa|za|ya|ma|zi|vi)?ngapi", "<how many>"),
    (r"je(?=\s*[?.!]|\s*$|\s+(?:ni|nani|nini)\b)", ""),  # ("na Switzerland je?": "and Switzerland?")
)
# A Swahili verb's stem, its subject and tense prefixes before it ("a-li-andika", "i-li-andik-wa", "zi-na-tofautiana"):
# the verb in English
_VERB_PREFIX = r"(?:a|i|u|wa|zi|ki|li|ya|tu|ni|m|ku)?(?:li|na|me|ta|nge|ka|si)?"
_VERBS: dict[str, str] = {
    "andika": "wrote", "andikwa": "written", "anza": "started", "anzisha": "started", "anzishwa": "started",
    "sainiwa": "signed", "saini": "signed", "toka": "came out", "sema": "says", "taja": "mentions",
    "tajwa": "mentioned", "saidia": "helped", "tuma": "sent", "tumwa": "sent", "tumia": "used", "tumiwa": "used",
    "zuia": "prevented", "jenga": "build", "leta": "bring", "fanya": "did", "fanywa": "done", "itwa": "called",
    "tegemea": "depends on", "tofautiana": "differ", "fanana": "are alike", "kosa": "lacked", "sababisha": "caused",
    "simama": "stopped", "cheza": "played", "kuwa": "was", "weza": "can", "ongoza": "led", "kutana": "met",
    "eleza": "explains", "taka": "wanted", "uliza": "asks", "shindwa": "failed", "isha": "ended",
    "chapishwa": "published", "funga": "closed", "fungua": "opened", "pata": "got", "pewa": "given",
    "shiriki": "took part", "sainisha": "signed", "ambia": "told", "ambiwa": "told", "pendekeza": "recommends",
    "pendekezwa": "recommended", "shinda": "won", "poteza": "lost", "ingia": "entered", "ondoka": "left",
}  # fmt: skip
_VERB = re.compile(
    rf"(?<![\w'’-]){_VERB_PREFIX}({'|'.join(sorted(_VERBS, key=len, reverse=True))})(?![\w'’-])"
)  # (in lower case: not "Isha", a name)
_WORDS: dict[str, str | None] = {
    "nani": "who", "nini": "what", "lini": "when", "wapi": "where", "aje": "how", "vipi": "how", "mbona": "why",
    "na": "and", "ya": "of", "wa": "of", "za": "of", "la": "of", "cha": "of", "kwa": "in", "kwenye": "in",
    "katika": "in", "ni": "is", "ama": "or", "au": "or", "kama": "as", "lakini": "but", "pia": "also", "tu": "only",
    "tangu": "since", "hadi": "to", "mpaka": "until", "kuhusu": "about", "kuliko": "than", "bila": "without",
    "baada": "after", "kabla": "before", "ili": "so that", "hakuna": "there is no", "kuna": "there is",
    "ile": "the", "hiyo": "that", "hii": "this", "hizo": "those", "hizi": "these", "zile": "the", "huyo": "that",
    "hao": "those", "hicho": "that", "yule": "that", "yake": "<its>", "zake": "<its>", "wake": "<his>",
    "yao": "<their>", "zao": "<their>", "wao": "they", "yeye": "he", "zote": "all", "wote": "all", "yote": "all",
    "zingine": "others",
    "nyingine": "other", "nipe": "give me", "niambie": "tell me", "nataka": "I want", "tafadhali": "please",
    "pliz": "please", "lazima": "must", "kupitia": "through", "ambazo": "that", "ambayo": "that",
    "ambao": "who", "ambaye": "who", "majina": "names", "jina": "name", "mwaka": "year", "miaka": "years",
    "mwezi": "month",
    "tarehe": "date", "siku": "day", "nchi": "countries", "aina": "kind", "njia": "ways", "cheo": "position",
    "kamili": "full", "upande": "side", "mfano": "example", "mifano": "examples", "sababu": "reason",
    "jamaa": "man", "wanajeshi": "troops", "amani": "peace", "vita": "war", "serikali": "government",
    "mkataba": "agreement", "mazungumzo": "talks", "siri": "secret", "rais": "president", "mwandishi": "author",
    "waandishi": "authors", "kila": "every", "moja": "one", "mbili": "two", "wawili": "two", "tatu": "three",
    "watatu": "three", "kwanza": "first", "mwisho": "last", "dakika": "minutes", "saa": "hours", "watu": "people",
    "watoto": "children", "dawa": "medicine", "wazi": "open", "bei": "price", "pesa": "money", "nne": "four",
    "tano": "five", "sita": "six", "saba": "seven", "inakuwaje": "how",
    "ina": "has", "ana": "has", "wana": "have", "zina": "have", "iko": "is", "ako": "is", "ziko": "are",
    "wako": "are", "ilikuwa": "was", "alikuwa": "was", "walikuwa": "were", "zilikuwa": "were", "imekuwa": "has been",
    "si": None, "kwani": None, "niaje": None, "manze": None, "sasa": None, "eh": None, "basi": None,
    "bana": None, "buda": None, "msee": None, "sawa": None, "je": None,
}  # fmt: skip
# Swahili's prefixes on an English word after a hyphen ("ina-compare", "zinai-accuse", "ku-cite", "ma-envoys")
# (in lower case, a person's and a tense's prefix at least: not "me-too", "li-ion", "Ana-Maria")
_PREFIXED = re.compile(
    r"(?<![\w'’-])(?P<prefix>ma|ku|(?:a|i|u|wa|zi|ki|li|ya)(?:na|li|me|ta|nge|ka)(?:i|wa|zi|ji)?)-(?P<word>[a-z]{3,})\b"
)
# (a tense no English word starts with: not "ana", "ina", "ali", "ame" - "analysis", "inadequate", "alignment", "amend")
_GLUED = re.compile(r"(?<![\w'’-])(?:ili|zili|wali|wana|zina|ime|wame|zime|ku)(?P<verb>[a-z]{4,}?)(?:iwa)?(?![\w'’-])")
_AND_ABOUT = re.compile(r"(?<![\w'’-])na\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+je\s*\?", re.IGNORECASE)
# Swahili's words that open a sentence, read as Swahili capitalised there too ("Nani ni mwandishi ...?", "Niaje,"; not
# "Ana", "Kati", names as often)
_OPENING = frozenset(
    "ile hiyo hii hizo hizi zile huyo na sasa kwani niaje manze sawa kwa si ni je mbona nani nipe niambie "
    "nataka".split()
)
_NUMBER = "two|three|four|five|six|seven"
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*")


def _sheng(question: str) -> bool:
    # (as typed in lower case, or an opening word that is no name: "Niaje,", "Kwani"; not "Nani", "Kati", names too)
    typed = re.findall(r"(?<![/\w-])[A-Za-z]+(?![/\w-])", unnamed(question))
    words = {w.lower() for w in typed if w.islower() or w.lower() in _OPENING}
    # (and an English verb with a Swahili tense before it: "ina-reduce", "zili-fail")
    tensed = [m for m in _PREFIXED.finditer(question) if re.search(r"(?:na|li|me|ta)i?$", m["prefix"].lower())]
    verbs = _VERB.findall(unnamed(question))  # ("zilitofautiana", "ilianzishwa")
    about = 2 * len(_AND_ABOUT.findall(question))  # ("Sawa, na Barbados je?": and what about Barbados?)
    return len(words & _MARKERS) + len(tensed) + len(verbs) + about >= 2 and not is_hinglish(question)


def _english_word(m: re.Match[str]) -> str:
    word = m["word"]
    if m["prefix"].lower() == "ma" and not word.endswith("s"):  # ("ma-president": presidents)
        return word + "s"
    return word


def from_sheng(question: str) -> str:
    """The Sheng question in English words (the question as asked when it is not Sheng)."""
    if not _sheng(question):
        return question
    text = _PREFIXED.sub(_english_word, question)
    for pattern, gloss in _PHRASES:
        text = re.sub(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", gloss, text, flags=re.IGNORECASE)
    text = _VERB.sub(lambda m: _VERBS[m.group(1)], text)
    # (an English verb its tense glued to: "ilimediate", "ilipublishiwa": mediate, publish)
    text = _GLUED.sub(lambda m: m.group(0) if m.group(0) in _WORDS else m["verb"], text)
    # ("written na nani": by whom)
    text = re.sub(r"\b(written|started|signed|sent|used|done|called|mentioned|published|given)\s+na\b", r"\1 by", text)

    names = names_kept(text, _OPENING)  # (not "Ile" before "Kissinger-Dobrynin back channel")

    def english(m: re.Match[str]) -> str:
        token, low = m.group(0), m.group(0).lower()
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
        typed = token.islower() or (opens and token[1:].islower())  # (as typed in lower case, or opening a sentence)
        named = any(a <= m.start() < b for a, b in names)
        if low in _WORDS and typed and not named:
            return _WORDS[low] or ""
        return token

    said = _WORD.sub(english, text)
    # the asking word before the noun it follows ("year <which>": which year; "states <which> three": which three
    # states)
    said = re.sub(rf"([\w'’-]+)\s+<which>(?:\s+({_NUMBER})\b)?", _before, said)
    said = re.sub(r"([\w'’-]+)\s+<how many>", r"how many \1", said)
    said = re.sub(r"([\w'’-]+)\s+<(its|his|their)>", r"\2 \1", said)  # ("forces zake": its forces)
    said = re.sub(r"<(its|his|their)>", r"\1", said)
    said = said.replace("<which>", "what").replace("<how many>", "how many")
    return tidied(said, question)


def _before(m: re.Match[str]) -> str:
    noun, count = m.group(1), m.group(2)
    if noun.lower() in {"is", "are", "and", "of", "in"}:  # ("... is <which>": "... is what")
        return f"{noun} what"
    return f"which {count} {noun}" if count else f"which {noun}"
