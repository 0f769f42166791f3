"""The author of a work a document cites, asked of it ("Who wrote the ISD case study on the India-Pakistan
talks?" of an article citing "as Happymon Jacob explored in an August 2021 ISD case study"), and where that author
works: sentences of the citing document, not its own by-line. For about_document.py `front_matter`."""

from __future__ import annotations

import re

from dragoman.assistant.answer import Evidence
from dragoman.assistant.candidates import PART_MIN, Candidate
from dragoman.assistant.coverage import analyzer, share
from dragoman.assistant.names import full_names
from dragoman.assistant.stated_metadata import AFFILIATION
from dragoman.index.prior import DOCUMENT_KINDS

# "Who wrote the ISD case study on ...?": the author of a work of that kind a document cites
_WROTE = re.compile(
    rf"\bwho (?:wrote|authored|penned|co-?authored) (?:the|that|this) "
    rf"(?:[\w'’–-]+\s+){{0,4}}?(?P<kind>{DOCUMENT_KINDS})\b",  # ("the Kissinger–Dobrynin case study")
    re.IGNORECASE,
)


def cited_work(question: str, evidence: Evidence) -> Candidate | None:
    """ "Who wrote the ISD case study on the India-Pakistan talks?" of an article citing it ("as
    Happymon Jacob explored in an August 2021 ISD case study"): the sentence saying whose work of
    that kind it is - someone's, or "an" one with a person named - that, with the sentence before it,
    holds most of the question's words (PART_MIN at least; not "wrote" nor the kind) and more of them
    than the document's own title and opening do; not the article's own by-line. None if no sentence
    does ("Who wrote the report on water governance in the Sahel?" of the report of that title, citing
    "a 2019 report by John Smith": its by-line)."""
    m = _WROTE.search(question)
    if not m:
        return None
    cites = re.compile(rf"\b(?:his|her|their|an?|[A-Z][\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?{m.group('kind')}\b")
    asking = set(analyzer()(f"{m.group(0).split()[1]} {m.group('kind')}"))
    terms = {t: w for t, w in evidence.term_weights.items() if t not in asking}
    found = []
    for rank, p in enumerate(evidence.passages):
        for before, s in zip([None, *p.sentences], p.sentences):
            text = p.text[s.start : s.end]
            if cites.search(text) and (full_names(text) or re.search(r"\b(?:his|her|their)\b", text, re.IGNORECASE)):
                context = set(analyzer()(p.text[before.start if before else s.start : s.end]))
                found.append(
                    Candidate(
                        p, rank, p.start + s.start, p.start + s.end, text, share(terms, context), (s.start, s.end)
                    )
                )
    best = max(found, key=lambda c: (c.coverage, -c.rank), default=None)
    if best is None or best.coverage < PART_MIN:
        return None
    doc = evidence.documents[best.passage.source]
    own = share(terms, set(analyzer()(f"{doc.info.title}\n{doc.text[:OPENING_CHARS]}")))
    return best if best.coverage > own else None


def works_at(cited: Candidate, evidence: Evidence) -> list[Candidate]:
    """The first sentence of the cited work's document, but its own, saying where someone it names and the question
    does not works ("As Rick Moss, a historian at the U.S Naval War College, described ..." for "In his case study,
    ... Moss analyzes ..." asked of Kissinger and Dobrynin)."""
    named = {w for w in _CAPITALISED.findall(cited.text) if not set(analyzer()(w)) & set(evidence.term_weights)}
    for rank, p in enumerate(evidence.passages):
        for s in p.sentences if p.source == cited.passage.source else ():
            text, start = p.text[s.start : s.end], p.start + s.start
            # (named outside the name of a place of work: not "Diplomacy" of "Institute for the Study of Diplomacy")
            said = set(_CAPITALISED.findall(WORKPLACE.sub(" ", text)))
            if start != cited.start and AFFILIATION.search(text) and named & said:
                return [Candidate(p, rank, start, p.start + s.end, text, 1.0, (s.start, s.end))]
    return []


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")  # (not a sentence's first word)
# a workplace's own name ("Institute for the Study of Diplomacy", "U.S Naval War College"; not "Moss of the ...")
WORKPLACE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+)*(?:Institute|University|College|School|Centre|Center|Department|Foundation|Council|Academy)"
    r"\b(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*"
)


OPENING_CHARS = 600  # a document's title lines, by-line and first sentences: what it says it is about
