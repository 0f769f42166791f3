"""Names written short, as the documents write them in full: a country's code ("NOR vs CH", "CHE as Protecting
Power"), Washington's letters joined to a place ("the DC-Moscow hotline"), a word cut short and stopped ("Norw.
negotiators", "niche dipl."). Pure functions of text, for evidence.py `cased_question`."""

from __future__ import annotations

import functools
import re
from collections import Counter

from dragoman.assistant.names import IRREGULAR, same_name
from dragoman.assistant.words import STOP_WORDS

# A country by its three- or two-letter code, as analysts write it ("NOR/CHE/QAT cases", "IND-PAK talks", "NOR vs CH")
COUNTRY_CODES = {
    "AFG": "Afghanistan", "ARE": "UAE", "AUS": "Australia", "AUT": "Austria", "BEL": "Belgium", "BRA": "Brazil",
    "CAN": "Canada", "CHE": "Switzerland", "CHN": "China", "COL": "Colombia", "CUB": "Cuba", "DEU": "Germany",
    "DNK": "Denmark", "EGY": "Egypt", "ESP": "Spain", "EST": "Estonia", "FIN": "Finland", "FRA": "France",
    "GBR": "Britain", "GRC": "Greece", "IDN": "Indonesia", "IND": "India", "IRL": "Ireland", "IRN": "Iran",
    "IRQ": "Iraq", "ISR": "Israel", "ITA": "Italy", "JPN": "Japan", "KOR": "South Korea", "KWT": "Kuwait",
    "LBN": "Lebanon", "MEX": "Mexico", "NLD": "Netherlands", "NOR": "Norway", "NZL": "New Zealand",
    "OMN": "Oman", "PAK": "Pakistan", "PHL": "Philippines", "POL": "Poland", "PRK": "North Korea",
    "PSE": "Palestine", "QAT": "Qatar", "RUS": "Russia", "SAU": "Saudi Arabia", "SGP": "Singapore",
    "SWE": "Sweden", "SYR": "Syria", "THA": "Thailand", "TUR": "Turkey", "UKR": "Ukraine", "VEN": "Venezuela",
    "YEM": "Yemen", "ZAF": "South Africa",
    # codes read only beside another ("NOR vs CH", "IL-PAL", "SG vs QAT and CH"): alone, most are other things as
    # well ("IL-6", "the PK profile", "16 GB", "VE Day", "JP Morgan", "SG&A"); none an English word ("IN", "NO")
    "PAL": "Palestine", "CH": "Switzerland", "CN": "China", "CU": "Cuba", "DE": "Germany", "DK": "Denmark",
    "EG": "Egypt",
    "FI": "Finland", "FR": "France", "GB": "Britain", "IL": "Israel", "IQ": "Iraq", "JP": "Japan", "KP": "North Korea",
    "KR": "South Korea", "MX": "Mexico", "NL": "Netherlands", "NZ": "New Zealand", "PK": "Pakistan", "RU": "Russia",
    "SG": "Singapore", "SY": "Syria", "TR": "Turkey", "UA": "Ukraine", "VE": "Venezuela",
    "VN": "Vietnam", "ZA": "South Africa",
}  # fmt: skip
_CODE = re.compile(rf"(?<!\d)(?<!\d )\b(?:{'|'.join(COUNTRY_CODES)})\b")  # (not "16 GB")
_PAIRED = frozenset(c for c in COUNTRY_CODES if len(c) == 2) | {"PAL"}
# Washington by its letters, joined to another place ("the DC-Moscow hotline", "DC/London"; not "DC Comics")
_DC = re.compile(r"\bD\.?C\.?(?=[-–/](?-i:[A-Z]))|(?<=[a-z][-–/])D\.?C\b")
_JOIN = r"\s*(?:vs\.?|versus|-|–|/|,|&|and)\s*"


def uncoded(question: str, texts: list[str] | tuple[str, ...]) -> str:
    """The question with a country's code ("CHE as Protecting Power", "NOR vs CH") written as the country's
    name ("Switzerland as Protecting Power") when a text names that country and none writes the code as a word (not
    "EST" in a timetable, "CAN" in "WHO CAN SIGN?": a question in capitals is left as it is)."""
    if not re.search(r"[a-z]", question):
        return question

    # (a code read beside another is read so all through the question: "SG vs QAT ... what SG lacks")
    paired = {
        m.group(0)
        for m in _CODE.finditer(question)
        if re.search(rf"\b[A-Z]{{2,3}}{_JOIN}$", question[: m.start()])
        or re.match(rf"{_JOIN}[A-Z]{{2,3}}\b", question[m.end() :])
    }

    def named(m: re.Match[str]) -> str:
        code, country = m.group(0), COUNTRY_CODES[m.group(0)]
        said = any(_says_country(country, t) for t in texts)
        if not said or any(_says_word(code, t) for t in texts):
            return code
        if code in _PAIRED and code not in paired:
            return code
        # (as the texts write it before the word after it: "NOR negotiators" - "Norwegian negotiators")
        after = re.match(r"\s+([a-z]{3,})", m.string[m.end() :])
        if after and " " not in country:
            stem = after.group(1).rstrip("s")
            own = IRREGULAR.get(country.lower(), ())  # ("CH model" - "Swiss model")
            found = {w for t in texts for w in re.findall(rf"\b({country[:4]}\w*|{'|'.join(own) or '_'})\s+{stem}", t)}
            forms = [f for f in found if same_name(country.lower(), f.lower()) or any(re.fullmatch(o, f) for o in own)]
            return min(forms, default=country)
        return country

    # (each text read only for a question writing DC so: `uncoded` runs for every search)
    if _DC.search(question) and any("Washington" in t for t in texts) and not any(_says_word("DC", t) for t in texts):
        question = _DC.sub("Washington", question)
    return _CODE.sub(named, question)


def unclipped(question: str, texts: list[str] | tuple[str, ...]) -> str:
    """The question with a word cut short and stopped ("Norw. negotiators", "niche dipl. -") written as the word it
    begins that the texts write before the word after it ("Norwegian negotiators"), else as the one they write most
    often ("Norway", "diplomacy"); left as it is when a text writes it as a word ("Gen.", "Sen.") or none writes a
    word it begins. A capitalised one is a name, and stands for a capitalised word."""

    def whole(m: re.Match[str]) -> str:
        clipped = m.group(1) or m.group(2) or m.group(3)
        if m.group(3) and _ends_sentence(question[: m.start()], question[m.end() :]):
            return m.group(0)
        if any(_says_word(clipped, t) for t in texts):
            return m.group(0)
        counts = Counter(
            w for t in texts for w in _words(t, clipped[0].isupper()) if w.startswith(clipped) and len(w) > len(clipped)
        )
        if not counts:
            return m.group(0)
        after = re.match(r"\s+([a-z]{3,})", question[m.end() :])
        if after:  # (the one the texts write before the word after it: "Norwegian negotiators")
            stem = after.group(1).rstrip("s")
            before = [w for w in counts if any(re.search(rf"\b{w}\s+{stem}", t, re.I) for t in texts)]
            if before:
                return max(before, key=counts.__getitem__)
        return counts.most_common(1)[0][0]

    return _CLIPPED.sub(whole, question)


def _ends_sentence(before: str, after: str) -> bool:
    """Does a lower-case word and a stop between these end a sentence ("a beginner cook. how long", "I am a cook.
    pasta ideas?", "added salt. tastes bland?"), rather than cut a word short ("small-state med. success?", "Swiss
    med. model")? Either word beside it a stop word, or the word before it no name nor compound qualifying it."""
    word_before, word_after = re.search(r"(\S+)\s$", before), re.match(r"\s+([a-z]+)", after)
    if word_before is None or not ("-" in word_before.group(1) or word_before.group(1)[:1].isupper()):
        return True
    return any(w and w.group(1).lower() in STOP_WORDS for w in (word_before, word_after))


# a word of three letters or more stopped inside a sentence: "Norw. models", "Norw./Swiss", "niche dipl. -"
_CLIPPED = re.compile(
    r"\b(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
    r"(?:([A-Z][a-z]{2,})\.(?=\s+[a-z]|[/)]|\s*[-–—?,;:])|([a-z]{3,})\.(?=[/)]|\s*[-–—?,;:])|"
    r"(?<=[\w-] )([a-z]{3,})\.(?=\s+[a-z]+\b))"  # ("small-state med. success?")
)  # (not "a beginner cook. how long ...": a sentence ends; not "Jan. - Mar.?")


@functools.lru_cache(maxsize=128)  # (a pure function of a document's text)
def _words(text: str, capitalised: bool) -> tuple[str, ...]:
    # (a capitalised one inside a sentence: a name, not "Marketing" opening one)
    return tuple(re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+\b" if capitalised else r"\b[a-z]+\b", text))


@functools.lru_cache(maxsize=1024)  # (a pure function of a document's text, read by every question naming it)
def _says_country(country: str, text: str) -> bool:
    """Does the text name the country, or its people ("Palestinian" for "Palestine")?"""
    if " " in country:
        return _says_word(country, text)
    return any(same_name(country.lower(), w.lower()) for w in re.findall(rf"\b{country[:4]}\w*", text))


def _says_word(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def apostrophised(question: str, texts: list[str] | tuple[str, ...]) -> str:
    """The question with a word typed without its apostrophe ("the 'what youll learn' part", "whats") written as the
    texts write it ("you'll") when they write it so and never without one ("its", "well" stay as they are)."""
    typed = {w.lower() for w in re.findall(r"\b[^\W\d_]{3,}\b", question)}
    forms: dict[str, str] = {}
    for t in texts:
        for joined, form in _apostrophised(t).items():
            if joined in typed:
                forms.setdefault(joined, form)
    if not forms:
        return question
    # ("its", "well": words of their own)
    said = {w for w in forms if any(re.search(rf"(?<!['’])\b{w}\b(?!['’])", t, re.IGNORECASE) for t in texts)}

    def restored(m: re.Match[str]) -> str:
        form = forms.get(m.group(0).lower())
        if form is None or m.group(0).lower() in said:
            return m.group(0)
        return form.capitalize() if m.group(0)[0].isupper() else form.lower()

    return re.sub(r"\b[^\W\d_]{3,}\b", restored, question)


@functools.lru_cache(maxsize=128)  # (a pure function of a document's text)
def _apostrophised(text: str) -> dict[str, str]:
    """A text's contractions ("You'll", "don’t", "they've"), by their letters alone ("youll"); not a possessive
    ("chef's": "chefs" is a plural), nor one joined into a word of its own ("I'll": "ill", "she'll": "shell")."""
    found = re.findall(r"\b[^\W\d_]{2,}['’](?:ll|t|ve)\b", text, re.IGNORECASE)
    return {j: w for w in found if (j := re.sub(r"['’]", "", w).lower()) not in _WORDS_OF_THEIR_OWN}


_WORDS_OF_THEIR_OWN = frozenset("shell well hell wont cant ill wed shed hed".split())
