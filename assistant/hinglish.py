"""A question asked in Hinglish - English nouns and names in Hindi's small words and Hindi's word order, in Latin
script ("Oslo Accords mein Norway ka role kya tha yaar?", "Estonia pe cyberattack kis saal hua tha?") - in English
words and an English order ("what was in Oslo Accords Norway's role?", "which year was on Estonia cyberattack?"):
Hindi's question words, postpositions, light verbs and particles are no words of any document, and would be asked
of the passages as names they must say. Pure function of text, for words.py `unlabelled`.

No translation model ships offline; a question asks with few words, and this maps them, as mixed.py does for the
small words of other languages. The question is read as Hinglish only when two or more of Hindi's commonest words
that are no English words ("kya", "kaun", "tha", "hai", "mein", "batao" ...) are in it.
"""

from __future__ import annotations

import re

from dragoman.assistant.mixed import names_kept, unnamed

# Hindi's commonest words that are no English words, two of which mark a question as Hinglish
_MARKERS = frozenset(
    "kya kaun kab kahan kahaan kyun kyon kyu kaise kaisa kaisi kitne kitna kitni kisne kiske kiska kiski kisko "
    "kaunsa kaunse kaunsi batao bataiye bataye samjhao yaar hain hai tha thi aur wala wali wale nahi nahin liye "
    "saal dono hua hui hue gaya gayi raha rahi karte karta kiya kiye mein achha accha matlab farak fark beech tak "
    "unse chahiye".split()
)

# several words as one, before the words alone (the postpositions with "ke", the light verbs after an English verb)
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"ke\s+ba+re\s+me(?:i)?n", "<about>"),
    (r"ke\s+hisa+b\s+se", "<according to>"),
    (r"(?:ki|ke)\s+taraf\s+se", "<on behalf of>"),
    (r"ke\s+ro+p\s+me(?:i)?n", "<as>"),
    (r"ke\s+liye", "<for>"),
    (r"ke\s+ba+d", "<after>"),
    (r"(?:ke|se)\s+pehle", "<before>"),
    (r"ke\s+beech", "<between>"),
    (r"ke\s+sa+th", "<with>"),
    (r"ke\s+through", "<through>"),
    (r"(?:kin\s+kin|kis|kin)\s+(?:tareekon|tarikon|tareeke|tarike|tarah)\s+se", "in which ways"),
    (r"kaun\s+kaun\s+(?:se|si|sa)|kin\s+kin|kaun\s+(?:se|si|sa)", "which"),
    (r"kis\s+saal", "which year"),
    (r"kit(?:ni|na|ne)\s+(?:door|dur)", "how far"),
    (r"kab\s+se", "since when"),
    (r"kya\s+farak|kya\s+fark|kya\s+farq", "what difference"),
    (r"kaise\s+alag|kaise\s+different", "how different"),
    (r"band\s+ho\s+(?:gayi|gaya|gaye|gai)|band\s+(?:hui|hua|hue)", "stopped"),
    (r"ban\s+(?:gaya|gayi|gaye|jata|jati|jate|paya|payi)", "became"),
    (r"(?:last|aakhir|akhir)\s+me(?:i)?n", "in the end"),
    (r"me(?:i)?n\s+se", "<among>"),
    (r"kis\s+(?:par|pe)", "on what"),
    (r"do(?=\s+(?:saal|din|hafte|mahine|log)\b)", "two"),
    (r"kam\s+kar\s+(?:deta|deti|dete|diya)", "reduces"),
    (r"do(?=\s+\w+s\b)", "two"),  # ("kin do countries")
    # (an English verb's light verb "ki": "use ki thi", "help ki")
    (r"(?<=[a-z])\s+ki(?=\s+(?:thi|tha|the|hai|hain)\b|\s*[?.!,]|\s*$)", ""),
)
# one word each (None: a particle, a light verb or an auxiliary, which English says in its order or not at all)
_WORDS: dict[str, str | None] = {
    "kya": "what", "kaun": "who", "kisne": "who", "kisko": "whom", "kise": "whom",
    "kiske": "whose", "kiska": "whose", "kiski": "whose",
    "kaunsa": "which", "kaunse": "which", "kaunsi": "which", "kis": "which", "kin": "which",
    "kab": "when", "kahan": "where", "kahaan": "where", "kyun": "why", "kyon": "why", "kyu": "why",
    "kaise": "how", "kaisa": "how", "kaisi": "how", "kitne": "how many", "kitna": "how much", "kitni": "how many",
    "aur": "and", "ya": "or", "lekin": "but", "kyunki": "because", "jab": "when", "agar": "if", "bhi": "also",
    "mein": "<in>", "pe": "<on>", "par": "<on>", "se": "<from>", "ko": None, "ne": None, "tak": "<until>",
    "ka": "<of>", "ki": "<of>", "ke": "<of>",
    "ab": "now", "abhi": "now", "phir": "then", "sab": "all", "saare": "all", "sare": "all", "sabke": "all",
    "sabhi": "all", "dono": "both", "teeno": "all three", "teen": "three", "char": "four", "paanch": "five",
    "naam": "names", "saal": "year", "log": "people", "cheez": "thing", "cheezein": "things", "cheezon": "things",
    "farak": "difference", "fark": "difference", "farq": "difference", "alag": "different", "matlab": "meaning",
    "wajah": "reason", "vajah": "reason", "nahi": "not", "nahin": "not", "kuch": "some", "zyada": "more",
    "pehle": "first", "baad": "later", "jo": "which", "ye": "this", "yeh": "this", "wo": "that", "woh": "that",
    "vo": "that", "iska": "its", "iski": "its", "iske": "its", "uska": "its", "uski": "its", "uske": "its",
    "unka": "their", "unki": "their", "unke": "their", "unme": "of them", "unmein": "of them", "inme": "of these",
    "koi": "any", "har": "each", "ek": "one", "tareekon": "ways", "tareeke": "ways", "tarah": "way",
    "likha": "wrote", "likhi": "wrote", "likhe": "wrote", "bheja": "sent", "mila": "got", "mili": "got",
    "roka": "stopped", "diya": "gave", "diye": "given", "samjhao": "explain", "baat": "talk", "baaki": "other",
    "bada": "big", "badi": "big", "aise": "so", "itna": "so much", "tab": "then", "hona": "being", "atak": "stuck",
    "banda": "man", "dene": "give", "bolte": "call", "bache": "left", "unse": "from them", "chahiye": "needed",
    "khula": "opened", "khuli": "opened", "khule": "opened", "khola": "opened", "bachon": "children",
    "bachche": "children", "bacchon": "children", "kam": "less", "dena": "give", "hoga": "will be",
    "banati": "makes", "banata": "makes", "banate": "make", "din": "days", "mahine": "months", "hafte": "weeks",
    "batao": None, "bataiye": None,
    "bataye": None, "bata": None, "yaar": None, "na": None, "achha": None, "accha": None, "toh": None, "hi": None,
    "bhai": None, "zara": None, "thoda": None, "bas": None, "pls": None, "wala": None, "wali": None, "wale": None,
    "hai": None, "hain": None, "tha": None, "thi": None, "hua": None, "hui": None, "hue": None, "ho": None,
    "hota": None, "hoti": None, "hote": None, "kar": None, "karte": None, "karta": None, "karti": None,
    "karna": None, "karne": None, "karo": None, "kiya": None, "kiye": None, "raha": None, "rahi": None, "rahe": None,
    "gaya": None, "gayi": None, "gaye": None, "sakta": None, "sakti": None, "sakte": None, "paya": None,
    "payi": None, "paye": None, "lete": None, "leta": None, "liya": None, "lagti": None, "lagte": None,
    "padta": None, "padte": None, "padti": None, "jata": None, "jati": None, "jate": None, "jaate": None,
    "chale": None, "chala": None, "pada": None, "aaya": None, "aayi": None, "nikla": None, "dete": None, "deta": None,
}  # fmt: skip
# "the" is Hindi's "were" only closing a clause ("early 2017 mein kitne the?")
_THE_CLOSING = re.compile(r"\bthe(?=\s*(?:[?.!,;]|$|\s+(?:aur|na|yaar)\b))")
# a title or a term quoted whole, kept as written ("'A new back channel to Moscow?' wala article")
_QUOTED = re.compile(r"(?<!\w)(['‘\"“])[^'‘’\"“”]{2,120}?['’\"”](?!\w)")
_TOKEN = re.compile(r"<[a-z ]+>|#?[\w'’-]+|[^\w\s]")  # (a ticket's number whole: "#4471")
_QUESTION_WORDS = ("what", "who", "whom", "whose", "which", "when", "where", "why", "how")
_VERBS = frozenset("wrote sent got gave became led met made said did negotiate sign lead chair chairs".split())
_PREPOSITIONS = frozenset("in on from for until about with between after before as through among".split())
_ENDS = frozenset("? . ! , ; : — –".split())


_ASKING = frozenset(w for w, gloss in _WORDS.items() if gloss and gloss.split()[0] in _QUESTION_WORDS)


def is_hinglish(question: str) -> bool:
    """Does the question hold two or more of Hindi's commonest words that are no English words?"""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", unnamed(question))}
    return len(words & _MARKERS) >= 2


def _glossed(question: str, quoted: list[str]) -> list[str]:
    def kept(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        return f" QUOTED{len(quoted) - 1} "

    text = _QUOTED.sub(kept, question)
    for start, end in reversed(names_kept(text, _ASKING)):  # (a name as it is: "Dr Kahan", "Hai Phong")
        if "QUOTED" not in text[start:end]:
            quoted.append(text[start:end])
            text = f"{text[:start]} QUOTED{len(quoted) - 1} {text[end:]}"
    text = _THE_CLOSING.sub("tha", text)
    for pattern, english in _PHRASES:
        text = re.sub(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", english, text, flags=re.IGNORECASE)
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        low = token.lower()
        if low in _WORDS and (token.islower() or not tokens or tokens[-1] in _ENDS):
            gloss = _WORDS[low]
            if gloss is not None:
                tokens.extend(gloss.split() if not gloss.startswith("<") else [gloss])
        else:
            tokens.append(token)
    return tokens


def _phrase_start(tokens: list[str], end: int) -> int:
    """Where the words a postposition follows begin: back to a pause, a question word or another postposition
    (at most four words: "Oslo Accords" mein, "Norway and Switzerland" se)."""
    start = end
    named = end > 0 and tokens[end - 1][:1].isupper()  # (a name's words only: "Norway and Switzerland" se)
    while start > 0 and end - start < (6 if named else 4):
        before = tokens[start - 1]
        if before.lower() in ("which", "whose") and start < end:  # ("kin teen cheezon mein")
            return start - 1
        if before.lower() == "many" and start >= 2 and tokens[start - 2].lower() == "how" and start < end:
            return start - 2  # ("kitne saal mein")
        if before in _ENDS or before.startswith("<") or before.lower() in _QUESTION_WORDS:
            break
        if before.lower() in ("and", "or") and not (start < end and tokens[start][:1].isupper()):
            break
        if named and not before[:1].isupper() and before.lower() not in ("and", "or"):
            break
        start -= 1
    while start < end and tokens[start].lower() in ("and", "or"):  # ("aur Norway ki taraf se")
        start += 1
    return start


def _ordered(tokens: list[str]) -> list[str]:
    """Postpositions before the words they follow ("Oslo Accords <in>" - "in Oslo Accords"); "X <of> Y" as
    "X's Y"."""
    out: list[str] = []
    for token in tokens:
        if not token.startswith("<"):
            out.append(token)
            continue
        word = token[1:-1]
        if word == "of":
            if out and out[-1] not in _ENDS and out[-1].lower() not in _QUESTION_WORDS:
                out[-1] = out[-1] + ("'" if out[-1].endswith("s") else "'s")
            continue
        start = _phrase_start(out, len(out))
        if start == len(out):  # (nothing before it to govern: said as a preposition)
            out.append(word)
        else:
            out.insert(start, word)
    return out


def _asked_first(clause: list[str]) -> list[str]:
    """A clause's question word, and the noun asked of after "which", "how many", before the rest of it
    ("Estonia pe cyberattack which year" - "which year on Estonia cyberattack")."""
    for i, token in enumerate(clause):
        if token.lower() in _QUESTION_WORDS:
            if i == 0 or clause[i - 1].lower() in ("and", "since"):
                return clause
            if clause[i - 1].lower() in _PREPOSITIONS:  # ("in which three things")
                i -= 1
                if i == 0:
                    return clause
            end = i + 2 if clause[i].lower() in _PREPOSITIONS else i + 1
            token = clause[end - 1]
            if token.lower() in ("which", "how", "whose"):
                while end < len(clause) and end - i < 3 and clause[end] not in _ENDS and clause[end].lower() != "and":
                    if token.lower() == "how" and clause[end].lower() != "many":
                        end += clause[end].lower() in ("different", "much", "long", "far")
                        break
                    end += 1
            asked, rest = clause[i:end], clause[:i] + clause[end:]
            # (the verb closing it, after "who" as English says it: "who ... paper wrote?" - "who wrote ... paper?")
            last = len(rest) - 1 if rest and rest[-1] not in _ENDS else len(rest) - 2
            if asked[0].lower() == "who" and last >= 0 and (rest[last] in _VERBS or rest[last].endswith("ed")):
                return asked + [rest[last]] + rest[:last] + rest[last + 1 :]
            return asked + rest
    return clause


def in_english_order(question: str) -> str:
    """The Hinglish question in English words and order (the question as asked when it is not Hinglish)."""
    if not is_hinglish(question):
        return question
    quoted: list[str] = []
    tokens = _ordered(_glossed(question, quoted))
    clauses: list[list[str]] = [[]]
    for token in tokens:
        if token.lower() == "and" and clauses[-1] and any(t.lower() in _QUESTION_WORDS for t in clauses[-1]):
            clauses.append([token])
        elif token in _ENDS:
            clauses[-1].append(token)
            clauses.append([])
        else:
            clauses[-1].append(token)
    words: list[str] = []
    for clause in clauses:
        body = clause[1:] if clause[:1] == ["and"] else clause
        ordered = (["and"] if body is not clause else []) + _asked_first(body)
        words.extend(ordered)
    text = " ".join(words)
    text = re.sub(r"QUOTED(\d+)", lambda m: quoted[int(m.group(1))], text)
    text = re.sub(r"\s+([?.!,;:])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:—–")
    return text[:1].upper() + text[1:] if text else question
