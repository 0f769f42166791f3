"""What a question is about that the passages must say: an answer from passages that never name
it is no answer ("What was Norway's GDP?" is not answered by a passage on Norway's mediation)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from dragoman.assistant.answer import Evidence
from dragoman.assistant.asides import (
    NOT_WANTED,
    SET_ASIDE,
    after_story,
    claimed,
    without_beliefs,
    without_guesses,
    without_story,
)
from dragoman.assistant.coverage import analyzer, said_share
from dragoman.assistant.items import unnumbered
from dragoman.assistant.names import CAPITALISED_RUN, clipped, same_name, seat_said
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import CARRIED, COUNT_WORDS, NOT_NAMES, NUMBER, STOP_WORDS, Clause, describes_answer
from dragoman.assistant.recalled import without_memories
from dragoman.assistant.relayed import TICKET_REFERENCE
from dragoman.assistant.reported import words_unreported
from dragoman.assistant.spelt import says_acronym
from dragoman.assistant.stated_metadata import author_lines, date_lines
from dragoman.assistant.tables import QUOTED
from dragoman.assistant.venue import host_unsaid
from dragoman.index.byline import front_matter_lines, stated
from dragoman.index.calendar import MONTHS as CALENDAR
from dragoman.index.documents import Document
from dragoman.index.prior import DOCUMENT_KINDS, POSITIONAL, designators
from dragoman.index.synonyms import synonyms

_ACRONYM = re.compile(r"\b[A-Z][A-Z\d&]{1,7}s?\b")


# acronyms naming a part of a document, not what it is about ("the explainer's FAQ")
_DOCUMENT_PARTS = frozenset({"FAQ", "TOC", "TLDR"})


# a quoted clause of the asker's, saying what someone did or could not do (five words or more, with a verb's auxiliary),
# in a question checking a claim (not a lyric, an error message or a clause asked about: "'the tenant shall not sublet
# the premises'")
_CHECKS_CLAIM = re.compile(
    r"\b(?:citation\s+needed|cite|source|claim|we\s+(?:say|write|state)|my\s+draft|our\s+draft)\b", re.IGNORECASE
)
_CLAIM_QUOTED = re.compile(
    r"^(?=(?:\S+\s+){4,}\S)(?=.*\b(?:\w+n['’]t|not|could|would|should|can|cannot|did|does|was|were|is|are|has|had|have)\b)",
    re.IGNORECASE,
)


_FORM_COUNT = re.compile(r"\b\d+[-‐ ](?:items?|parts?|bullets?|lines?|words?|sentences?|columns?|rows?)\b", re.I)
# ... nor an item's number, numbering two or more: "(1) which ..., and (2) why?" (not "clause (3)", "Rule 12 (6)")
_ITEM_MARK = re.compile(r"(?:^|(?<=[\s:,;?.]))\([1-9]\)(?=\s)")


def missing_focus(question: str, texts: list[str]) -> list[str]:
    """What the question is about that none of `texts` says: an acronym ("GDP", "NATO"), a
    number other than a year, or a run of capitalised words none of whose words occurs. Such a
    question is not answered by the texts however close they are in meaning."""
    question = POSITIONAL.sub(" ", unnumbered(CARRIED.sub("", question)))  # (not "tab 2": index/prior.py)
    said = "\n".join(texts)
    words = set(re.findall(r"[^\W_]+", said.lower()))
    # (a month the question names, said by a date abbreviating it: "readJan 20")
    asked_months = [m for m in MONTHS if re.search(rf"\b{m}\b", question, re.IGNORECASE)]
    words |= {m for m in asked_months if re.search(rf"{MONTHS[m]}\.?\s*\d", said)}
    missing = [
        m.group(0)
        for m in _ACRONYM.finditer(question)
        if m.group(0) not in NOT_NAMES
        and m.group(0).rstrip("s") not in _DOCUMENT_PARTS
        and not re.fullmatch(r"[IVXLC]+", m.group(0))
        and not describes_answer(question, m.start(), m.end())
        and not says_acronym(m.group(0).rstrip("s"), said)
    ]
    # (not a count of the answer's form: "the 3-item sentence", "a 2-column table")
    formed = _FORM_COUNT.sub(" ", question)
    formed = _ITEM_MARK.sub(" ", formed) if len(_ITEM_MARK.findall(formed)) >= 2 else formed
    missing += [n for n in NUMBER.findall(formed) if n[:1].isdigit() and n.rstrip(".,") not in said]
    # a phrase in quotes ("the 'endless game'"): every word of it said, in some form or by a synonym
    # (not a claim the asker words and checks: "[citation needed] - 'Norway couldn't save Oslo once it collapsed'")
    quoted = QUOTED.findall(question)
    if quoted and _CHECKS_CLAIM.search(question):  # (the claim's frame looked for only when a phrase is quoted)
        quoted = [q for q in quoted if not _CLAIM_QUOTED.search(q)]
    said_stems = set(analyzer()(said)) if quoted else set()  # (the texts stemmed only when a phrase is quoted)
    # (typed without its apostrophes: "the 'what youll learn' part" - "What You'll Learn")
    said_stems |= set(analyzer()(re.sub(r"(?<=\w)['’](?=\w)", "", said))) if quoted else set()
    missing += [q for q in quoted if any(not said_share(t, said_stems) for t in analyzer()(q))]
    for m in CAPITALISED_RUN.finditer(question):
        run = m.group(0)
        if describes_answer(question, m.start(), m.end()):
            continue
        parts = [
            w.lower()
            for w in re.findall(r"[^\W_]+", run)
            if w not in NOT_NAMES and w.lower() not in STOP_WORDS and any(c.islower() for c in w)
        ]

        def named(p: str) -> bool:
            return p in words or any(same_name(p, w) for w in words if w[:3] == p[:3])

        # each name of "Tehran and Havana" said, or its country ("Iran", "Cuba"; not "Paris and Lyon" by "France"; of
        # "Indian- and Pakistani-administered", its names)
        names = [w.lower() for w in re.findall(r"[^\W_]+", run) if w[:1].isupper() and w.lower() in parts]
        if " and " in run and len(names) > 1:
            if not all(named(p) or seat_said(p, said) for p in names):
                missing.append(run)
            continue
        seat = len(parts) == 1 and seat_said(parts[0], said)  # "Washington" (not "George Washington")
        seat = seat or any(_contracted(w, said) for w in run.split())  # ("the DipPouch piece": "Diplomatic Pouch")
        seat = seat or clipped(run, question[: m.start()], said)  # ("Israeli/Pal talks": "Palestinian")
        if parts and not seat and not any(named(p) for p in parts):
            missing.append(run)
    return list(dict.fromkeys(missing))


def _contracted(word: str, text: str) -> bool:
    """Is the word run together from the starts of words the text writes in a row ("DipPouch": "Diplomatic Pouch")?"""
    pieces = re.findall(r"[A-Z][a-z]+", word)
    if len(pieces) < 2 or "".join(pieces) != word:
        return False
    return re.search(r"\b" + r"\w*\W+".join(map(re.escape, pieces)), text, re.IGNORECASE) is not None


# a month and the abbreviation dates write it with ("Jan 20, 2022": January)
MONTHS = {m: short[0].title() for m, short in CALENDAR.items() if m != "may"}  # (May: no abbreviation)


# "where does he work?" with no conversation before it: a person no word of the question names
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# "the author", "that envoy" before the pronoun: who it may stand for ("the documents" says no one); "my granddaughter"
# ("... with her homework": the asker's)
_DETERMINED = re.compile(
    r"\b(?:my|our)\s+(?:grand\w+|sons?|daughters?|child|children|kids?|teacher|students?|boss|wife|husband|friend|"
    r"mother|father|mum|mom|dad|nephew|niece|colleague|client|patient)\b|"
    rf"\b(?:the|a|an|this|that|these|those|each|every)\s+(?!(?:documents?|texts?|sources?|files?|{DOCUMENT_KINDS}s?)\b)\w",
    re.IGNORECASE,
)


def nobody_named(question: str) -> bool:
    """Does the question ask about "he" or "she" with nothing it could stand for: no name anywhere
    in it ("During his presidency, how did Nixon ...?", "Nixon used his adviser for what?"), no
    "the author" before the pronoun, no focus carried over from earlier turns?"""
    # (not a pronoun of the asker's story told before it: "My ambassador character finds out he's been cut out. In
    # the paper, ...?"; a name in the story may still be what one after it stands for)
    told = question[: len(question) - len(after_story(question))]
    m = _PERSON_PRONOUN.search(question, len(told))
    if m is None or CARRIED.search(question):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", question)
    named = any(w[0].isupper() and w not in NOT_NAMES and w.lower() not in STOP_WORDS for w in words)
    return not named and not _DETERMINED.search(question[: m.start()])


# Words asking for the date or the figure itself ("In what year ...", "How many times ...").
_ASKING = frozenset(
    "year years date dates when month months day days time times many much number numbers how long first last "
    "period percent percentage total amount".split()
)
# the words reporting what someone said of it, no event ("What years was he talking about?"; not "the talks")
_REPORTING = frozenset(
    "talking talked speak speaking spoke say says saying said refer refers referring referred mention mentions "
    "mentioning mentioned".split()
)
# the words saying only that something happened ("When did the talks take place?", "when did it happen?"), that
# someone went ("When did he go?" - "Biden has also sent ... Burns ... to Moscow in November"), or when it began or
# ended, which the text may say in its own words ("when did it stop running?" - "the bus service ceased in 2019")
_HAPPENING = frozenset(
    "take takes took taken taking place happen happens happened occur occurs occurred go goes went gone going start "
    "starts started begin begins began begun stop stops stopped end ends ended cease ceased finish finished run runs "
    "running ran".split()
)
_TALKS = frozenset({"talk", "negoti"})  # (talks by any word: "the Kashmir talks" - "The back-channel negotiations ...")
# A word of the question this rare in the collection (its IDF) names the event asked about.
EVENT_IDF = 1.0


def event_unsaid(
    question: Clause, sentence: set[str], weights: Mapping[str, float], stem: Callable[[str], list[str]]
) -> bool:
    """Does a sentence answering a clause asking for a date or a figure hold none of the words
    naming the event asked about - the clause's fairly rare words other than its names and the
    words asking ("In what year did Qatar let the Taliban open their political office?": open,
    political, office)? Then its date is another event's ("... signing of the 2020 Doha
    Agreement"). `sentence`: the sentence's stems; `weights`: the question's terms by IDF."""
    if question.expects not in ("date", "number"):
        return False
    # (not how many are asked, "those two": which events, the turns before say)
    words = re.findall(r"[^\W\d_]+", question.text.lower())
    own = set(stem(" ".join(w for w in words if w not in _ASKING | _REPORTING and w not in COUNT_WORDS)))
    # (and a word in capitals after the first, a name the clause's names missed: "Qatar Taliban political office Doha --
    # what year opened")
    capitals = re.findall(r"(?<=\s)(?-i:[A-Z])[\w'’-]*", question.text)
    named = set(stem(" ".join([*question.names, *capitals])))
    # (an irregular past as its verb: "How many staff are left?" - "This leaves the embassy with only 120 workers")
    pasts = _present_stems(stem)
    event = {pasts.get(t, t) for t in own - named if weights.get(t, 0.0) >= EVENT_IDF}
    sentence = sentence | {pasts[s] for s in sentence if s in pasts}
    happening = _stems(stem, _HAPPENING)  # (said, they name it - "which took place in 1970" - but need not be)
    if not event - happening:
        return False
    said = any(t in sentence or (len(t) > 3 and any(_near(w, t) for w in sentence)) for t in event)
    # (talks said in other words, when nothing else names them: not what befell them, "When did the talks collapse?")
    return not said and not (event <= _TALKS | happening and _TALKS & sentence)


def _near(word: str, stem: str) -> bool:
    """An irregular past ("send" - "sent"), or a compound ending on the stem ("cyberattack"; not "design" - "sign")."""
    return word[:-1] == stem[:-1] or (len(stem) >= 5 and len(word) >= len(stem) + 3 and word.endswith(stem))


@functools.lru_cache(maxsize=4)  # (a constant's stems, once per analyzer: not on each question's path)
def _stems(stem: Callable[[str], list[str]], words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(" ".join(sorted(words))))


# irregular pasts, which no stem joins to their verb (a regular one is: "signed" - "sign")
_PASTS = dict(
    pair.split(":")
    for pair in "left:leave held:hold met:meet led:lead ran:run began:begin begun:begin won:win fell:fall rose:rise "
    "kept:keep brought:bring sought:seek fought:fight taught:teach lost:lose paid:pay made:make told:tell sold:sell "
    "gave:give given:give came:come became:become broke:break broken:break chose:choose chosen:choose drew:draw "
    "drawn:draw grew:grow grown:grow knew:know known:know saw:see seen:see wrote:write written:write struck:strike "
    "stood:stand spoke:speak spoken:speak bought:buy caught:catch".split()
)


@functools.lru_cache(maxsize=4)
def _present_stems(stem: Callable[[str], list[str]]) -> dict[str, str]:
    """An irregular past's stem -> its verb's stem, as the analyzer stems them ("left" -> "leav")."""
    out = {}
    for past, verb in _PASTS.items():
        a, b = stem(past), stem(verb)
        if a and b and a[0] != b[0]:
            out[a[0]] = b[0]
    return out


def _affiliations(d: Document) -> list[str]:
    """The lines of a document's front matter after its first author's name that say where an author
    works ("Assistant Professor. Political Science Department. GC University Lahore.")."""
    names = set(author_lines(d.text, d.info.title).splitlines())
    lines = [d.text[a:b] for a, b in front_matter_lines(d.text)]
    first = next((i for i, line in enumerate(lines) if line.strip() in names), len(lines))
    return [line for line in lines[first:] if _AFFILIATION.search(line)]


def _published_by(d: Document) -> list[str]:
    """What published the document: the metadata's publisher, and the short lines of its front matter, where an
    author box names the publication ("Alistair Somerville / The Diplomatic Pouch / 6 min read ...")."""
    publisher = stated(d.info.metadata).publisher
    lines = [d.text[a:b].strip() for a, b in front_matter_lines(d.text)]
    boxed = [line for line in lines if len(line.split()) <= 5 and _NAME_LINE.match(line)]
    return [publisher, *boxed] if publisher else boxed


_NAME_LINE = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*$")  # ("The Diplomatic Pouch": capitalised words only)


_AFFILIATION = re.compile(
    r"\b(?:Universit(?:y|ät|é|a)|Institute|College|School|Department|Faculty|Cent(?:re|er)|Laboratory|Ministry)\b"
)


def unsaid(question: str, evidence: Evidence) -> list[str]:
    """What the question is about that no passage says (`missing_focus`); a word of a
    phrase designating a document ("the ISD article") need only be said in a document of the evidence,
    and a name its front matter states ("per Rafique and Samiullah": its authors) designates it."""
    # ("I'd have sworn Carter was in there too. Which presidents ...?", "which presidents ..., I think Carter?"; "My
    # heroine lectures a cocky American. What approaches does the paper list?")
    question = without_guesses(without_beliefs(without_story(without_memories(question))))
    missing = missing_focus(question, [f"{p.title}\n{p.text}" for p in evidence.passages])
    # (a detail of a claim the asker checks, the answer may correct - while it says something else the question
    # names: "Jacob pinned the collapse of the Kashmir back channel on Mumbai '08, didn't he?")
    claim = " ".join(claimed(split_parts(question)))
    if claim and missing and set(missing) < set(missing_focus(question, [])):
        missing = [m for m in missing if not _within(m, claim)]
    # (nor one of two names the asker offers to choose from, the other said: "who chairs it, Ahtisaari or Halonen?")
    offered = [(a, b) for a, b in _CHOICE.findall(question) if (a in missing) != (b in missing)]
    missing = [m for m in missing if not any(m in pair for pair in offered)]
    # (nor what the asker sets aside: "Why'd Oslo fall apart? Don't give me Rabin."; nor the support desk's ticket it
    # is relayed under: "... (ticket #4471)?", relayed.py)
    aside = " ".join(m.group(1) for rx in (SET_ASIDE, NOT_WANTED, TICKET_REFERENCE) for m in rx.finditer(question))
    missing = [m for m in missing if not _within(m, aside)]
    # (nor a thing of the asker's story that what is asked points back at, but a name or a number: "In my screenplay
    # the Oslo channel is run by two Norwegians in a hotel bar - who were they really?": the bar is the story's)
    told = question[: len(question) - len(after_story(question))]
    missing = [m for m in missing if m[:1].isupper() or m[:1].isdigit() or not _within(m, told)]
    # (jargon a document of the evidence writes out, anywhere in it: "the NSA-level talks" - "national security
    # advisor")
    missing = [
        m
        for m in missing
        if not (_ACRONYM.fullmatch(m) and any(says_acronym(m.rstrip("s"), d.text) for d in evidence.documents.values()))
    ]
    if missing:
        # (its authors' names and where they work: "the Lahore authors" - "GC University Lahore"; the publication
        # its front matter names: "per DipPouch" - "The Diplomatic Pouch"; its date, from which it tells of "last
        # week": "the January 2022 talks" in a piece of "Jan 20, 2022")
        bylines = [
            "\n".join([author_lines(d.text, d.info.title), *_affiliations(d), *_published_by(d), date_lines(d)])
            for d in evidence.documents.values()
        ]
        in_front = set(missing) - set(missing_focus(question, bylines))
        missing = [m for m in missing if m not in in_front]
    designating = {w for phrase in designators(question) for w in re.findall(r"[^\W_]+", phrase)}
    designating |= set(QUOTED.findall(question))  # (a title in quotes: "the 'Legal or Not' table")
    if not any(m in designating for m in missing):
        return missing
    unsaid = missing_focus(question, [f"{d.info.title}\n{d.text}" for d in evidence.documents.values()])
    return [m for m in missing if m not in designating or m in unsaid]


# two names offered to choose from, closing a question: "..., Ahtisaari or Halonen?"
_CHOICE = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) or ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)\s*\?")


def _within(phrase: str, text: str) -> bool:
    """Is the phrase in the text as whole words ("Nadal" not in "Nadalmania")?"""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


# "Which specific US law did he break?", "what were the actual terms of the deal?": a thing of one kind the asker
# wants named exactly - an answer that never says the kind ("law", "terms") or a word for it has not named one
_SPECIFIC = re.compile(
    r"\b(?:which|what)\s+(?:(?:is|are|was|were)\s+the\s+)?(?:specific|particular|exact|actual|precise)\s+"
    r"((?:[\w.]+\s+){0,2}?)([a-z]{3,})\b(?=\s*(?:[?,;]|$|(?:of|for|did|does|do|was|were|is|are|has|had|have|that|"
    r"which|could|would|might|may|can|will|in|on|at|to|by|he|she|they|it)\b))|"
    r"\bany\s+particular\s+([a-z]{3,})\b|"
    # ... or a law after a word saying whose or of what kind: "which US law would it have broken?", "which criminal
    # statute ...?" (not "which law did he break?", asked as no specific one; nor "which law firm ...")
    r"\b(?:which|what)\s+(?!(?:the|a|an|its|their|his|her)\b)[\w.]+\s+(law|laws|statute|statutes)\b"
    r"(?!\s+(?:firm|school|enforcement|degree|student|professor|office|clerk)s?\b)|"
    # ... or a place of a kind a text names it by, asked bare: "which hotel was it held at?", "in what palace ...?"
    r"\b(?:which|what)\s+(hotel|palace|castle|villa|resort|street|neighbou?rhood|district|island)\b",
    re.IGNORECASE,
)
# kinds of thing a document names when it gives one ("the Logan Act", "a timetable of 14 months"); not what an
# answer gives in other words ("which specific role ...?", "any particular reason ...?") nor what other rules
# check (a date, a number, a title)
_NAMED_KINDS = frozenset(
    "law laws statute statutes act bill treaty clause provision provisions terms timetable deadline schedule message "
    "messages wording location venue town city house building estate charge charges crime offence offense penalty "
    "sanction sanctions hotel palace castle villa resort street neighbourhood neighborhood district island".split()
)


# "Was he ever charged over it?": whether a thing was done, which an answer not saying it was done (or not) - in
# its word or a synonym - does not tell ("... sparked accusations of treason")
_EVER_DONE = re.compile(
    # (a question of yes or no, opening on its verb: not "what has it actually pulled off?")
    # (or asked inside another: "Do you know whether he was ever charged?")
    r"(?:^|[.?!;:,]\s*|\b(?:and|but|so)\s+|\b(?:whether|if)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:was|were|has|have|had|is|are|did|does|do)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    # ("Was he ever charged over it?", "did Kushner actually get charged or prosecuted?")
    # (a past participle: not "speed", "need")
    r"(?:ever|actually|really|eventually|ultimately)\s+(?:get\s+|got\s+|been\s+)?((?![a-z]*eed\b)[a-z]{3,}ed)\b"
    r"(?:\s+or\s+((?![a-z]*eed\b)[a-z]{3,}ed)\b)?",
    re.I,
)


def specific_unsaid(question: str, texts: list[str]) -> bool:
    """Does the question ask for a specific thing of a kind ("which specific statute ...?") that no text says,
    in its word or in one GROUPS (index/synonyms.py) gives for it; or for a host or a place no text names (venue.py);
    or whether something was ever done that no text says was done (`_EVER_DONE`); or what a person said, in words
    none reports (reported.py)?"""
    question = CARRIED.sub("", question)
    if host_unsaid(question, texts) or words_unreported(
        question, texts
    ):  # (and what a person said, in words none reports)
        return True
    done = [analyzer()(" ".join(filter(None, m.groups()))) for m in _EVER_DONE.finditer(question)]
    said_stems = set(analyzer()(" ".join(texts))) if done else set()
    if any(stems and not any(t in said_stems or synonyms(t) & said_stems for t in stems) for stems in done):
        return True
    m = _SPECIFIC.search(question)
    kind = (m.group(2) or m.group(3) or m.group(4) or m.group(5) or "").lower() if m else ""
    if kind not in _NAMED_KINDS:
        return False
    stem = analyzer()(kind)
    if not stem:
        return False
    said = set(analyzer()(" ".join(texts)))
    if stem[0] in said or synonyms(stem[0]) & said:
        return False
    # (a place the texts name without its kind: "presented at the Raffles", "on Phu Quoc" - not one the question names)
    placed = re.findall(r"\b(?:at|on|in)\s+(?:the\s+)?([A-Z][\w'’-]+)", " ".join(texts))
    return not (m and m.group(5) and any(p not in question for p in placed))
