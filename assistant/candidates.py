"""The sentences that could answer a question, each scored: the answerer's raw material.

Only sentences that could answer are kept (question.py: the clause's names and years nearby,
the kind of answer it asks for). The evidence of a sentence is its cosine similarity to the
question plus its IDF-weighted coverage of the question's terms; for a question asking several
things, its coverage of each part's terms too.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from dragoman.assistant.affiliation import affiliation_stems, gives_affiliation
from dragoman.assistant.answer import Evidence
from dragoman.assistant.answer_kind import TITLES, role_line, satisfies
from dragoman.assistant.compare import IN_COMMON, SAYS_BOTH, per_document, per_subject, set_against
from dragoman.assistant.coverage import analyzer, document_stems, share
from dragoman.assistant.expects import SPAN_ASKED
from dragoman.assistant.items import numbered
from dragoman.assistant.names import (
    context_names,
    listed_together,
    mentions,
    people_said,
    same_name,
    seat_said,
    standalone,
    surnames,
)
from dragoman.assistant.question import YEAR, Clause, analyse, describes_answer
from dragoman.assistant.roles import ABOUT_LEAD
from dragoman.assistant.sentences import antecedent, carried_back, exemplified, is_prose
from dragoman.assistant.shortlist import shortlisted
from dragoman.assistant.stated_metadata import author_lines, date_lines
from dragoman.assistant.words import NOT_NAMES
from dragoman.index.calendar import MONTH_NAME
from dragoman.index.documents import Document
from dragoman.index.prior import described, designators
from dragoman.index.retrieval import Passage
from dragoman.index.synonyms import BENEFIT_STEMS, opposites, says_benefit, synonyms

# A name or year of the question must occur this close to the passage an answer comes from
# (characters either side, in its document): a passage and a half around it ("the South Asia scholar Somerville
# quotes on India-Pakistan back channels" is quoted 1 600 characters before the article names them; 1200 before:
# 1800 gained 1 answer over the question sets, lost none; 2400 the same, but answered 4 more unanswerable)
NEAR_CHARS = 1800
TOPIC_SHARE = 0.5  # the weight in a part of a word another part of the question says too
PART_MIN = 0.5  # a sentence answering one part of a question holds at least this share of its terms
FOIL_SHARE = 0.1  # added to the part of a thing compared of a sentence setting it against the other ("Unlike X, Y")
COULD = 1e-6  # the part score of a sentence that could answer a part but shares none of its terms


# words setting two things apart or alike ("In contrast to Norway, Qatar ...", "unlike Switzerland")
_CONTRASTS = re.compile(
    r"\b(?:unlike|whereas|in contrast|contrast(?:s|ed|ing)?|differ(?:s|ed|ence|ences)?|"
    r"compar(?:ed|es|ing|ison) (?:to|with)|as opposed to|rather than|instead of|similar(?:ly)? to|likewise|alike)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    passage: Passage
    rank: int
    start: int
    end: int
    text: str
    coverage: float  # share of the question's (IDF-weighted) terms the sentence contains
    within: tuple[int, int]  # the sentence's span in passage.text
    similarity: float = 0.0  # cosine between the sentence and the question
    parts: tuple[float, ...] = ()  # coverage of each clause's own terms (questions asking several things)
    part_similarity: tuple[float, ...] = ()  # cosine between the sentence and each clause, when they have vectors
    bonus: float = 0.0  # near a follow-up's previous quotes (shortlist.py FOLLOW_BONUS), leading into a list asked for
    # (LEAD_BONUS), giving a reason asked for (REASON_BONUS)

    @property
    def evidence(self) -> float:
        """How well this one sentence answers: meaning and words must both match; and where it is
        (`bonus`). The bonus counts towards the abstention threshold: measured, its gains come from
        sentences just under it (docs/quality.md)."""
        return self.similarity + self.coverage + self.bonus

    @property
    def score(self) -> float:
        return self.evidence + 0.1 / (self.rank + 1)

    def overlaps(self, other: Candidate) -> bool:
        return self.passage.source == other.passage.source and self.start < other.end and other.start < self.end

    def holds(self, other: Candidate) -> bool:
        """Is the other sentence inside this one (carried on to it)?"""
        return self.passage.source == other.passage.source and self.start <= other.start and other.end <= self.end

    def fresh(self, chosen: list[Candidate]) -> bool:
        """Neither inside nor a near copy (most of its words) of a sentence already chosen."""
        words = set(re.findall(r"\w+", self.text.lower()))
        return not any(self.overlaps(o) or _similar(words, set(re.findall(r"\w+", o.text.lower()))) for o in chosen)


def _similar(a: set[str], b: set[str], threshold: float = 0.6) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= threshold


_MONTH_YEAR = re.compile(rf"\b({MONTH_NAME})\s+((?:19|20)\d\d)\b")


def _dated_by_month(asked: str, near: str, doc_text: str) -> set[str]:
    """The years a question gives with a month the text says without it ("in November 2021" - "to
    Moscow in November", in an article of January 2022): the document's own date, in its opening
    lines, is of that year or the next."""
    dated = {int(y) for y in YEAR.findall(doc_text[:DATE_LINES_CHARS])}
    return {
        year
        for month, year in _MONTH_YEAR.findall(asked)
        if re.search(rf"\b{month}\b", near) and dated & {int(year), int(year) + 1}
    }


DATE_LINES_CHARS = 400  # a document's opening, where its by-line and date are


def clauses_of(question: str, evidence: Evidence) -> tuple[Clause, ...]:
    """The parts of a question a sentence may answer: its clauses; for a comparison, one per thing
    compared ("compare A with B") or per document compared ("how do the X and Y articles differ")."""
    return per_document(per_subject(_each_opposite(analyse(question)), question), evidence.compared, question)


_LEAD_IN = re.compile(rf"\W*{ABOUT_LEAD}", re.IGNORECASE)


def _topic_words(i: int, clause_stems: list[set[str]], clauses: tuple[Clause, ...], items: bool) -> set[str]:
    shared = {t for t in clause_stems[i] if any(t in o for j, o in enumerate(clause_stems) if j != i)}
    # a lead-in before lettered items is what every item is about ("With reference to the Kashmir back channel,
    # state (a) the year the bus service began, (b) ..."; not "On the Doha track with the Taliban, what ...": its own)
    lead = _LEAD_IN.match(clauses[i].text) if i == 0 and len(clauses) > 1 and items else None
    shared |= set(analyzer()(lead.group(0))) & clause_stems[i] if lead else set()
    names = set(analyzer()(" ".join(clauses[i].names)))
    return shared if clause_stems[i] - shared - names else set()


def _each_opposite(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """A clause asking two opposite things ("when did the bus start and stop?") as one clause for each
    ("when did the bus start", "when did the bus stop"): a sentence answers one of them."""
    out: list[Clause] = []
    for c in clauses:
        pair = next((m for m in _PAIR.finditer(c.text) if _opposed(m.group(1), m.group(2))), None)
        if pair is None:
            out.append(c)
            continue
        out += [dataclasses.replace(c, text=c.text[: pair.start()] + w + c.text[pair.end() :]) for w in pair.groups()]
    return tuple(out)


# (two verbs: not after a determiner, "the start and stop buttons")
_PAIR = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )\b([a-z]+)\s+and\s+([a-z]+)\b", re.IGNORECASE
)


def _opposed(a: str, b: str) -> bool:
    sa, sb = analyzer().stem([a.lower(), b.lower()])
    return sb in opposites(sa)


def scored(question: str, evidence: Evidence) -> list[Candidate]:
    """The sentences that could answer a clause of the question: prose, near the clause's
    names and years, holding the kind of answer it expects. Coverage is of the whole
    question's terms (a synonym or the country a capital stands for half said, a form of a name
    said); the best few sentences by coverage are compared by meaning, and so are, for a follow-up,
    those near the previous answer's quotes, for a list question the best three leading into a
    list, for a why-question the best three giving a reason (each with its `bonus`)."""
    clauses = clauses_of(question, evidence)
    clause_stems = [set(analyzer()(c.text)) for c in clauses]
    # a word another part says too is what they are all about ("Estonia as a cyber mediator: what year
    # ..., and what cyber forum does it host?"): in a part with words of its own but names, it says
    # less of what the part asks than they do (not "when did Norway join NATO, and when did Sweden?")
    items = bool(numbered(question))
    topic = [_topic_words(i, clause_stems, clauses, items) for i in range(len(clauses))]
    # the words naming a document ("In the Moscow article, ..."): a sentence of a document saying them
    # need not repeat them; in another document, they count against it
    weights: dict[str, tuple[dict[str, float], list[dict[str, float]]]] = {}
    # (and those no document says - "the piece on backchannel downsides" - against none)
    docs = evidence.documents.items() if evidence.naming else ()  # (read only when the question names a document)
    stems_of = {s: document_stems(f"{d.info.title}\n{d.text}") for s, d in docs}
    unsaid = evidence.naming - set().union(*stems_of.values())
    for source in evidence.documents:
        said = (evidence.naming & stems_of.get(source, frozenset())) | unsaid
        terms = {t: w for t, w in evidence.term_weights.items() if t not in said} or dict(evidence.term_weights)
        own = [
            {t: w * (TOPIC_SHARE if t in shared else 1.0) for t, w in terms.items() if t in stems}
            for stems, shared in zip(clause_stems, topic)
        ]
        weights[source] = (terms, own)
    # a name in a phrase designating the document ("the Georgetown piece") need only be said in it
    # (or what it says the document is about: "the journal article comparing Norway, Switzerland and Qatar")
    phrases = designators(question) + described(question)[0]
    naming = {w.lower() for phrase in phrases for w in re.findall(r"[^\W\d_]+", phrase)}
    designating = sorted(naming & {n for c in clauses for n in c.names})
    says_designating: dict[tuple[str, str], bool] = {}  # per document and name (read once, not per passage)
    # (and each word of a run of capitalised words: "India Pakistan back channel" - "Indian and Pakistani officials")
    runs = _run_words(question)
    named = [(n, t) for n in dict.fromkeys([*(n for c in clauses for n in c.names), *runs]) for t in analyzer()(n)[:1]]
    seats = [(n, t) for n, t in named if standalone(n, question)]  # (not "the Rome Statute")
    found: list[Candidate] = []
    common = IN_COMMON.search(question) is not None
    # ("what common lesson emerges ...?" - "Both Moss's and Jacob's case studies show ...": the sentence saying
    # both says the lesson the two share - not what all of several share)
    shared = _COMMON_NOUN.search(question) if common and not re.search(r"\ball\b", question, re.I) else None
    shared_stems = set(analyzer()(shared.group(0))) if shared else set()
    asks_benefit = not BENEFIT_STEMS.isdisjoint(evidence.term_weights)  # ("What are the upsides of ...?")
    asks_decade = any(_DECADE.fullmatch(t) for t in evidence.term_weights)  # ("... in the mid-90s?")
    works_at = affiliation_stems(question)  # ("Where is he based?", "which uni is Jacob at?")
    fronts: dict[str, str] = {}
    for rank, p in enumerate(evidence.passages):
        doc_text = evidence.documents[p.source].text
        # the title and the authors' names designate the document ("per Rafique and Samiullah"): near all of it
        # (and its date, from which it tells of "last week": "the January 2022 talks" - "Jan 20, 2022")
        front = fronts.setdefault(p.source, _front(evidence.documents[p.source]))
        near = f"{p.title}\n{front}\n{p.section}\n{doc_text[max(0, p.start - NEAR_CHARS) : p.end + NEAR_CHARS]}"
        near_years = set(YEAR.findall(near))
        for n in designating:
            if (p.source, n) not in says_designating:
                says_designating[p.source, n] = mentions(f"{p.title}\n{doc_text}", [n])
        # "Who chairs Norway's CMI?" is not answered by a passage on Finland's.
        here = [
            c
            for c in clauses
            if c.source in ("", p.source)
            and mentions(near, [n for n in c.names if n not in naming])
            and all(says_designating[p.source, n] for n in designating if n in c.names)
            and c.years - _dated_by_month(c.text, near, doc_text) <= near_years
            and _says(near, c.term)
        ]
        # "What do the Kissinger-Dobrynin case study and the India-Pakistan one have in common?" - "Both Moss's and
        # Jacob's case studies show ...", pages after the things compared are named: a sentence saying what they
        # share may stand far from their names, in a document naming them all
        sharing = common and not here
        if sharing:
            here = [c for c in clauses if c.source in ("", p.source) and c.names and mentions(doc_text, list(c.names))]
        if not here:
            continue
        terms, clause_terms = weights[p.source]
        known = context_names(p.text)
        people = surnames(doc_text, TITLES)
        for s in p.sentences:
            text = p.text[s.start : s.end]
            start = p.start + s.start
            says_both = common and SAYS_BOTH.search(text) is not None
            signed = any(role_line(c, text) for c in here)  # "Pierre Garnier, Chief Executive Officer"
            if s.heading and not signed:
                continue
            ok = [c for c in here if satisfies(c, text, known, people) or _named_before(c, doc_text, start, known)]
            # one thing compared: not a sentence merely listing it beside the other ("case studies of
            # Norway, Switzerland, and Qatar"); one setting them apart, or saying something of each, does
            ok = [
                c
                for c in ok
                if not c.other
                or _CONTRASTS.search(text)
                or not listed_together(text, c.names[0], c.other)
                or says_both  # ("what do they share?" - "Both X's and Y's ... show")
            ]
            if not ok or not (signed or is_prose(text, doc_text, start)) or (sharing and not says_both):
                continue
            stems = set(analyzer()(text))
            # a name said in another form ("Norway" - "Norwegian") is said; the country a capital or a
            # demonym stands for ("Tehran" - "Iran", "American" - "US") is half said, as a synonym
            words = set(re.findall(r"[^\W_]+", text.lower()))
            stems |= {
                t for n, t in named if t not in stems and (any(same_name(n, w) for w in words) or people_said(n, text))
            }
            stems |= decades(text) if asks_decade else set()  # "in the mid-90s" - "from 1994 to 1996"
            seated = {t for n, t in seats if t not in stems and seat_said(n, text)}
            # "But it helped ...", "The channel ...": a name of the question the sentences it opens on
            # say (up to two back along its line, sentences.py `antecedent`) is half said
            unnamed = [(n, t) for n, t in named if t not in stems]
            before = antecedent(doc_text, start, start + len(text)) if unnamed else ""
            seated |= {t for n, t in unnamed if before and mentions(before, [n])}
            # "As an example, Switzerland has been acting on behalf of ...": what it is an example of is half said
            example = exemplified(doc_text, start)
            seated |= {t for t in analyzer()(example) if t in terms and t not in stems} if example else set()
            stems |= shared_stems if says_both else set()
            if asks_benefit and says_benefit(text):  # "Back channels can help officials ...": a benefit
                seated |= BENEFIT_STEMS
            if works_at and gives_affiliation(text, question):  # "Jacob, a scholar ... at the Nehru University"
                stems |= works_at
            # "the attack" - "a state-sponsored cyberattack": a word a compound of the sentence ends with is half said
            seated |= {t for t in terms if t not in stems and len(t) >= TAIL_MIN and _compound_tail(t, words)}
            coverage = share(terms, stems, seated)
            parts = tuple(_part(c, ts, stems, text, seated) if c in ok else 0.0 for c, ts in zip(clauses, clause_terms))
            found.append(Candidate(p, rank, start, start + len(text), text, coverage, (s.start, s.end), 0.0, parts))
    unique = {(c.passage.source, c.start): c for c in sorted(found, key=lambda c: -c.rank)}
    ranked = sorted(unique.values(), key=lambda c: -(c.coverage + 0.3 / (c.rank + 1)))
    return shortlisted(question, ranked, clauses, evidence)


_DECADE = re.compile(r"\d{1,3}0s")
_COMMON_NOUN = re.compile(  # ("common lesson", "common thread"; not "common side effects", "the common cold")
    r"\bcommon\s+(?:thread|ground|lesson|theme|point|feature|trait|element|denominator|finding|weakness|factor)s?\b",
    re.I,
)


# letters of a question's word a compound may end with ("attack": "cyberattack"; not "art": "Stuart")
TAIL_MIN = 6
# ... and the endings of words made from Latin ones, which another such word ends with too ("vision": "provision",
# "tension": "hypertension", "current": "concurrent")
_LATIN_END = re.compile(r"(?:sion|tion|ent|ence|ance|ity|ment)$")


def _compound_tail(term: str, words: set[str]) -> bool:
    """Does a word of the sentence join a word of four letters or more before the term ("cyberattack", "cyberattacks";
    not "attacked", the term itself)?"""
    if _LATIN_END.search(term):
        return False
    return any(len(w) >= len(term) + 4 and re.search(rf"^\w{{4,}}{re.escape(term)}\w{{0,3}}$", w) for w in words)


def _front(document: Document) -> str:
    return f"{author_lines(document.text, document.info.title)}\n{date_lines(document)}"


def decades(text: str) -> set[str]:
    """The decades a text's years fall in, as a question writes them ("1990s", "90s")."""
    years = YEAR.findall(text)
    return {f"{y[:3]}0s" for y in years} | {f"{y[2]}0s" for y in years if y.startswith("19")}


def _run_words(question: str) -> list[str]:
    """The words of the runs of capitalised words a question says, as names (but those describing the answer,
    "Which Russian official ...?")."""
    return [
        w.group(0).lower()
        for run in _RUN.finditer(question)
        for w in re.finditer(r"[A-Z][a-z]+", run.group(0))
        if w.group(0) not in NOT_NAMES
        and len(w.group(0)) >= 4
        and not describes_answer(question, run.start() + w.start(), run.start() + w.end())
    ]


_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def _named_before(clause: Clause, doc_text: str, start: int, known: frozenset[str]) -> bool:
    """A sentence whose subject is a pronoun ("It housed their office") answers "which country"
    when the sentence before it names one (it is then quoted too: sentences.py `carried_back`)."""
    if clause.expects != "name":
        return False
    back = carried_back(doc_text, start)
    return back < start and satisfies(clause, doc_text[back:start], known)


_SET_UP = re.compile(r"\bset(?:ting)?[\s-]+up\b", re.IGNORECASE)


def _part(clause: Clause, terms: dict[str, float], stems: set[str], text: str, half: set[str]) -> float:
    """How well a sentence answers one part of a question: its share of the part's terms, and
    above 0 whenever it could answer it (near the part's names, holding the kind of answer it
    asks for), even in other words. The part about one thing compared is answered by a sentence
    that names it and not the other, and by no other sentence (one naming both scores just under PART_MIN:
    it may lead the answer, not stand for a part), best by one setting it against the other (FOIL_SHARE)."""
    # "..., and when did it stop?" - "It started in 2005": not this part's answer (unless it asks both;
    # not "its first stop", "a fresh start": nouns)
    verbs = stems - set(analyzer()(" ".join(_NOUN_USE.findall(text))))
    asked = [*terms, *(analyzer()("establish") if _SET_UP.search(clause.text) else [])]  # ("when was it set up?")
    if not SPAN_ASKED.search(clause.text) and any(
        stems.isdisjoint(synonyms(t) | {t}) and not verbs.isdisjoint(opposites(t)) and opposites(t).isdisjoint(terms)
        for t in asked
    ):
        return 0.0
    held = max(share(terms, stems, half), COULD)
    if not clause.subject:  # (a part about a document is only asked of that document's sentences)
        return held
    if not mentions(text, (clause.subject,)):
        return 0.0
    # ("In contrast to both Norway and Switzerland, Qatar is ...": set against the other, what a comparison asks)
    foil = set_against(text, clause.subject, clause.other)
    if mentions(text, (clause.other,)) and not foil:
        return min(held, 0.99 * PART_MIN)
    return max(held, PART_MIN) + (FOIL_SHARE if foil else 0.0)


_NOUN_USE = re.compile(r"\b(?:a|an|the|its|their|his|her|first|last|next|new|fresh|final)\s+((?:stop|start)s?)\b", re.I)


def _says(text: str, term: tuple[str, ...]) -> bool:
    """Does text hold the term's words together (stemmed, stop words aside)?"""
    if not term:
        return True
    want, stems = analyzer().stem(list(term)), analyzer()(text)
    return any(stems[i : i + len(want)] == want for i in range(len(stems) - len(want) + 1))
