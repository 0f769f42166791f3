"""A question asked in Spanglish - English nouns and names in Spanish's small words, or switching between the two
inside a sentence ("Oye, quién wrote el article sobre Norway?", "¿Desde qué year Suiza actúa on behalf of los
intereses de Estados Unidos?") - in English words: Spanish's question words, articles, prepositions and commonest
verbs, and its names of countries, are no words of any English document, and would be looked for in the passages as
names they must say. Spanish asks with its question word first, as English does, so the words are mapped in their
order (an adjective after its noun stays there). Pure function of text, for words.py `unlabelled`.

No translation model ships offline (as for hinglish.py and taglish.py); the question is read as Spanglish only when
two or more of Spanish's commonest words that are no English words are in it, one of them no weak one.
"""

from __future__ import annotations

import re
import unicodedata

from dragoman.assistant.mixed import tidied, unnamed

# several words as one, before the words alone
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"por\s+qu[eé]", "why"),
    (r"en\s+qu[eé]", "in what"),
    (r"de\s+qu[eé]", "from what"),
    (r"o\s+sea,?", ""),
    (r"de\s+acuerdo\s+(?:con|a)|seg[uú]n", "according to"),
    (r"(?:despu[eé]s)\s+de(?:l)?", "after"),
    (r"antes\s+de(?:l)?", "before"),
    (r"a\s+trav[eé]s\s+de(?:l)?", "through"),
    (r"en\s+vez\s+de(?:l)?|en\s+lugar\s+de(?:l)?", "instead of"),
    (r"(?:c[oó]mo|qu[eé])\s+se\s+llama(?:n)?", "what is the name of"),
    (r"lo\s+de(?:l)?", "the"),
    (r"lo\s+que", "what"),
    (r"qu[eé]\s+tal", "what about"),
    (r"hay\s+que", "must"),
    (r"a\s+veces", "sometimes"),
    (r"a\s+qui[eé]n(?:es)?", "whom"),
    (r"salieron\s+mal|sali[oó]\s+mal", "went wrong"),
    (r"(?:la\s+)?crisis\s+de\s+los\s+misiles(?:\s+(?:en|de)\s+cuba)?", "the Cuban missile crisis"),
    (r"(?:la\s+)?guerra\s+fr[ií]a", "the Cold War"),
    (r"(?:los\s+)?acuerdos\s+de\s+oslo", "the Oslo Accords"),
    (r"(?:el\s+)?canal\s+de\s+oslo", "the Oslo channel"),
    (r"estados\s+unidos|ee\.?\s?uu\.?", "the United States"),
    (r"reino\s+unido", "the United Kingdom"),
    (r"uni[oó]n\s+sovi[eé]tica", "the Soviet Union"),
    (r"naciones\s+unidas", "the United Nations"),
    (r"uni[oó]n\s+europea", "the European Union"),
    (r"medio\s+oriente", "the Middle East"),
)
# names of places that Spanish spells its own way (the rest - India, Cuba, Israel - as English does)
_PLACES = {
    "noruega": "Norway", "suiza": "Switzerland", "suecia": "Sweden", "finlandia": "Finland", "dinamarca": "Denmark",
    "alemania": "Germany", "francia": "France", "inglaterra": "England", "italia": "Italy", "españa": "Spain",
    "rusia": "Russia", "moscú": "Moscow", "irán": "Iran", "irak": "Iraq", "egipto": "Egypt", "argelia": "Algeria",
    "marruecos": "Morocco", "catar": "Qatar", "pakistán": "Pakistan", "afganistán": "Afghanistan",
    "japón": "Japan", "singapur": "Singapore", "palestina": "Palestine", "turquía": "Turkey", "ucrania": "Ukraine",
    "ginebra": "Geneva", "londres": "London", "washington": "Washington", "nueva york": "New York",
    "cachemira": "Kashmir", "malí": "Mali", "siria": "Syria", "líbano": "Lebanon", "jordania": "Jordan",
    "noruegos": "Norwegian", "noruego": "Norwegian", "suizo": "Swiss", "suizos": "Swiss", "iraníes": "Iranian",
    "iraní": "Iranian", "rusos": "Russian", "ruso": "Russian", "soviéticos": "Soviet", "soviético": "Soviet",
    "estadounidense": "American", "estadounidenses": "American", "israelí": "Israeli", "israelíes": "Israeli",
    "palestino": "Palestinian", "palestinos": "Palestinian", "pakistaníes": "Pakistani", "indios": "Indian",
}  # fmt: skip
_WORDS: dict[str, str | None] = {
    "qué": "what", "que": "that", "quién": "who", "quiénes": "who", "cuál": "which", "cuáles": "which",
    "cuándo": "when", "dónde": "where", "adónde": "where", "cómo": "how", "cuánto": "how much",
    "cuántos": "how many", "cuántas": "how many", "cuánta": "how much",
    "el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a", "unos": "some", "unas": "some",
    "del": "of the", "de": "of", "en": "in", "con": "with", "sin": "without", "entre": "between",
    "sobre": "about", "para": "for", "por": "by", "desde": "since", "hasta": "until", "hacia": "towards",
    "contra": "against", "durante": "during", "y": "and", "o": "or", "pero": "but", "como": "as", "si": "whether",
    "porque": "because", "también": "also", "tampoco": "either", "muy": "very", "más": "more", "menos": "less",
    "otro": "other", "otra": "other", "otros": "other", "otras": "other", "mismo": "same", "misma": "same",
    "cada": "each", "todos": "all", "todas": "all", "todo": "all", "ambos": "both", "solo": "only", "sólo": "only",
    "es": "is", "son": "are", "era": "was", "eran": "were", "fue": "was", "fueron": "were", "está": "is",
    "están": "are", "estaba": "was", "ser": "be", "sido": "been", "tiene": "has", "tienen": "have",
    "tenía": "had", "tenían": "had", "hay": "there are", "había": "there were", "dice": "says", "dicen": "say",
    "dijo": "said", "menciona": "mentions", "mencionan": "mention", "nombra": "names", "lista": "list",
    "escribió": "wrote", "escribieron": "wrote", "publicó": "published", "publicado": "published",
    "publicada": "published", "salió": "came out", "firmó": "signed", "firmaron": "signed", "firmado": "signed",
    "ganó": "won", "empezó": "began", "comenzó": "began", "terminó": "ended", "acabó": "ended", "falló": "failed",
    "fallaron": "failed", "ayudó": "helped", "ayuda": "helps", "mandó": "sent", "envió": "sent", "usó": "used",
    "usaron": "used", "hizo": "did", "hicieron": "did", "pasó": "happened",
    "representa": "represents", "compara": "compares", "explica": "explains", "significa": "means",
    "quería": "wanted", "querían": "wanted", "puede": "can", "pueden": "can", "podía": "could", "necesita": "needs",
    "necesitan": "need", "llevó": "led", "dirigió": "led", "ofreció": "offered", "organizó": "organised",
    "abrieron": "opened", "abrió": "opened", "creó": "created", "estableció": "established", "dejó": "stopped",
    "año": "year", "años": "years", "fecha": "date", "mes": "month", "país": "country", "países": "countries",
    "artículo": "article", "texto": "text", "tabla": "table", "autor": "author", "autores": "authors",
    "autora": "author", "nombre": "name", "nombres": "names", "intereses": "interests", "acuerdo": "agreement",
    "acuerdos": "agreements", "ejemplo": "example", "ejemplos": "examples", "diferencia": "difference",
    "cosas": "things", "cosa": "thing", "razón": "reason", "razones": "reasons", "caso": "case", "casos": "cases",
    "guerra": "war", "paz": "peace", "presidente": "president", "presidentes": "presidents", "líder": "leader",
    "uno": "one", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six",
    "primero": "first", "primera": "first", "último": "last", "última": "last", "nuevo": "new", "nueva": "new",
    "él": "he", "ella": "she", "ellos": "they", "ellas": "they", "su": "its", "sus": "their", "eso": "that",
    "esto": "this", "ese": "that", "esa": "that", "esos": "those", "esas": "those", "este": "this", "esta": "this",
    "estos": "these", "estas": "these", "ahí": "there", "allí": "there", "aquí": "here", "no": "not",
    "dame": "give me", "dime": "tell me", "explícame": "explain",
    "pudo": "could", "pudieron": "could", "sostener": "sustain", "colapsó": "collapsed", "sufrió": "suffered",
    "hacían": "made", "hace": "makes", "hacen": "make", "hacer": "do", "fueran": "were", "habla": "talks",
    "hablan": "talk", "han": "have", "ha": "has", "usado": "used", "dan": "give", "da": "gives",
    "facilitó": "facilitated", "restableció": "re-established", "quedan": "remain", "queda": "remains",
    "antes": "before", "tener": "have", "arruinó": "ruined", "adoptan": "adopt", "entiendo": "understand",
    "bien": "well", "mal": "badly", "veces": "times", "ligado": "linked", "ligada": "linked", "mediar": "mediate",
    "diferenciaba": "differed", "diferencian": "differ", "diferente": "different", "diferentes": "different",
    "riesgo": "risk", "riesgos": "risks", "ventaja": "advantage", "ventajas": "advantages",
    "desventajas": "disadvantages", "características": "characteristics", "principales": "main",
    "principal": "main", "principios": "principles", "conflicto": "conflict", "conflictos": "conflicts",
    "iniciativa": "initiative", "exacto": "exact", "exacta": "exact", "presidencial": "presidential",
    "negociación": "negotiation", "negociaciones": "negotiations", "negociadores": "negotiators",
    "mediador": "mediator", "mediadores": "mediators", "canal": "channel", "canales": "channels",
    "secreto": "secret", "secreta": "secret", "secretos": "secret", "secretas": "secret", "tratado": "treaty",
    "gobierno": "government", "ministro": "minister", "ministra": "minister", "embajador": "ambassador",
    "embajada": "embassy", "trabajadores": "workers", "ciudad": "city", "cumbre": "summit", "reunión": "meeting",
    "reuniones": "meetings", "conversaciones": "talks", "pláticas": "talks", "estado": "state", "estados": "states",
    "pequeño": "small", "pequeños": "small", "pequeña": "small", "pequeñas": "small", "grandes": "great",
    "potencias": "powers", "fuente": "source", "periódico": "newspaper", "revista": "journal",
    "instituto": "institute", "escrito": "written", "título": "title", "volumen": "volume", "número": "number",
    "página": "page", "papel": "role", "rol": "role", "apoyo": "support", "confianza": "trust",
    "expertos": "experts", "grupo": "group", "grupos": "groups", "oficina": "office", "política": "policy",
    "oye": None, "porfa": None, "porfis": None, "gracias": None, "pues": None, "bueno": None, "vale": None,
    "mira": None, "se": None, "le": None, "les": None, "lo": None,
    "¿": None, "¡": None,
}  # fmt: skip
# markers that are also English words, shorthand or names ("a", "no", "son", "con", "la", "el", "e", "este", "me")
_WEAK = frozenset(
    "el la de en con son es no y o un una lo le les me se si este esta solo dos tres uno era sin para hay dice dame "
    "dime contra sus como han ha dan da mal canal papel rol grupo principal hace".split()
)
_MARKERS = frozenset(w for w in (*_WORDS, *_PLACES) if " " not in w) - {"¿", "¡", "washington"}
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’]*")


def _plain(word: str) -> str:
    """The word without its accents ("cuántos" - "cuantos": typed without them on an English keyboard), "ñ" kept."""
    # (not the tilde of "ñ": "año" is no "ano", a Tagalog word)
    plain = unicodedata.normalize("NFD", word.replace("ñ", "\0"))
    return "".join(c for c in plain if unicodedata.category(c) != "Mn").replace("\0", "ñ")


_BY_PLAIN = {_plain(w): w for w in (*_WORDS, *_PLACES) if _plain(w) not in _WORDS or _plain(w) == w}


def _known(word: str) -> str:
    """The word as the tables spell it: as typed, or with the accents it was typed without ("cuantos")."""
    low = word.lower()
    return low if low in _WORDS or low in _PLACES else _BY_PLAIN.get(_plain(low), low)


# Spanish endings of words English has too, as English writes them ("mediación", "universidad", "diplomática",
# "exactamente", "democracia", "conferencia")
_COGNATES: tuple[tuple[str, str], ...] = (
    (r"ciones$", "tions"), (r"siones$", "sions"), (r"ción$", "tion"), (r"sión$", "sion"), (r"dad$", "ty"),
    (r"amente$", "ly"), (r"mente$", "ly"),
    (r"(?:ico|ica)(s?)$", r"ic\1"), (r"encia$", "ence"), (r"cia$", "cy"),
)  # fmt: skip


def _cognate(word: str) -> str:
    for ending, english in _COGNATES:
        if re.search(ending, word):
            return _plain(re.sub(ending, english, word))
    return word


def _spanglish(question: str) -> bool:
    words = {_known(w) for w in _WORD.findall(unnamed(question))} | {_known(w) for w in _WORD.findall(question)} & set(
        _PLACES
    )
    found = words & _MARKERS
    return len(found) >= 2 and bool(found - _WEAK) and (len(found - _WEAK) >= 2 or "¿" in question or len(found) >= 4)


# a question about Spanish words ('How do you say "el año" in English?', "When do you use por vs para?")
_ABOUT_WORDS = re.compile(
    r"\b(?:means?|meaning|translat\w*|in\s+english|pronounc\w*|spell\w*|how\s+do\s+(?:you|i)\s+say|the\s+words?)\b",
    re.IGNORECASE,
)
_VERSUS = re.compile(r"([^\W\d_]+)\s+(?:vs\.?|versus)\s+([^\W\d_]+)", re.IGNORECASE)


def _about_words(question: str) -> bool:
    return _ABOUT_WORDS.search(question) is not None or any(
        _known(a) in _WORDS and _known(b) in _WORDS for a, b in _VERSUS.findall(question)
    )


def from_spanglish(question: str) -> str:
    """The Spanglish question in English words (the question as asked when it is not Spanglish)."""
    if not _spanglish(question) or _about_words(question):
        return question
    text = question.replace("¿", "").replace("¡", "")
    for pattern, gloss in _PHRASES:
        text = re.sub(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", gloss, text, flags=re.IGNORECASE)

    def english(m: re.Match[str]) -> str:
        token = m.group(0)
        low = _known(token)
        if low in _PLACES:
            return _PLACES[low]
        # (a word with a Spanish ending: "mediación", "Declaración", "universidad")
        if low not in _WORDS and len(token) >= 6 and (token.islower() or re.search(r"[cs]ión(?:es)?$", low)):
            return _cognate(token)
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
        # (as typed in lower case, or capitalised opening a sentence - not "La Paz", "El Salvador", "Los Alamos")
        # ("La Paz", "El Salvador"; "Copa del Rey", "Estadio de los Juegos": a small word inside a name)
        named = (low in ("la", "el", "los", "las") and _named_after(text, m)) or (
            low in ("la", "el", "los", "las", "de", "del") and _inside_name(text, m)
        )
        if low in _WORDS and not named and (token.islower() or (opens and token[1:].islower())):
            return _WORDS[low] or ""
        return token

    said = _WORD.sub(english, text)
    said = re.sub(r"\b(the|a)\s+(?:the|a)\b", r"\1", said, flags=re.IGNORECASE)  # ("del" before "the")
    return tidied(said, question)  # ("..., porfa?": "...?")


def _inside_name(text: str, m: re.Match[str]) -> bool:
    """Is the small word between a name's capitalised words ("Copa del Rey", "Estadio de los Juegos")?"""
    before = re.search(r"(?-i:[A-Z])[\w'’-]*\s+(?:(?:de|del|la|las|los|el)\s+)*$", text[: m.start()])
    after = re.match(r"(?:\s+(?:de|del|la|las|los|el))*\s+(?-i:[A-Z])", text[m.end() :])
    return before is not None and after is not None


def _named_after(text: str, m: re.Match[str]) -> bool:
    """Is the capitalised word a name's first word ("La Paz", "El Salvador", "Los Angeles")?"""
    return re.match(r"\s+[A-Z]", text[m.end() :]) is not None
