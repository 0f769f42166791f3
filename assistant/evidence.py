"""Gathering evidence: everything an answerer needs, read from one snapshot up front."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

import numpy as np

from dragoman.assistant.acronyms import unabbreviated
from dragoman.assistant.answer import Citation, Evidence
from dragoman.assistant.answer_kind import role_line
from dragoman.assistant.casing import restore_case, typed_in_lower_case, unshouted
from dragoman.assistant.compare import IN_COMMON, SAYS_BOTH, compared_documents, subject_questions, topic
from dragoman.assistant.compare import compared as compared_names
from dragoman.assistant.followup import Turn
from dragoman.assistant.lists import bullet_lists, in_series, introduces_list, opens_enumeration
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import mentions
from dragoman.assistant.question import (
    analyse,
    asks_for_list,
    asks_reason,
    question_names,
)
from dragoman.assistant.quoted_title import titled
from dragoman.assistant.shorthand import apostrophised, unclipped, uncoded
from dragoman.assistant.spelling import respelled
from dragoman.assistant.spelt import spelt_terms
from dragoman.assistant.stated_metadata import author_lines
from dragoman.assistant.weights import naming_stems, term_weights, without_bylines
from dragoman.index.byline import front_matter_lines
from dragoman.index.documents import Document
from dragoman.index.prior import CLOSING_SHARE, NAMES_KIND, at_the_end, described, designators, undesignated
from dragoman.index.retrieval import Passage
from dragoman.index.snapshot import Snapshot
from dragoman.index.span import Span
from dragoman.index.synonyms import kind_words
from dragoman.index.text import quotable


def retrieve(
    snapshot: Snapshot, question: str, k: int, mode: str | None = None, sources: Sequence[str] | None = None
) -> list[Passage]:
    """The passages for a question; for one asking several things ("What did X lead to, and what
    did Y say?") or comparing two ("contrast Norway's way with Qatar's"), also the best two for
    each part, so that none is missing from the evidence."""
    why = asks_reason(question) and not asks_for_list(question)  # (a list: its own searches)
    passages = snapshot.search(question, k=k + (REASON_MORE if why else 0), mode=mode, sources=sources)
    seen = {p.chunk_id for p in passages}
    clauses = analyse(question)
    parts = [c.text for c in clauses] if len(clauses) > 1 else subject_questions(question)
    scope = sources
    if parts and not sources and designators(question) and snapshot.settings.document_prior:
        named = snapshot.named(question)  # the documents "the small-states paper" names: the parts keep to them
        scope = named.sources if named else None
    searches = [(undesignated(asked) or asked, _part_scope(snapshot, asked, scope, sources)) for asked in parts]
    # "the legality article and the ISD article ... how do they differ": the question in each of them
    searches += [(topic(question), [s]) for s in compared(snapshot, question) if not sources or s in sources]
    # ("the small-states paper" picked the document: in a part, its words would only pull
    # towards the passages repeating them, "small states", rather than the subject's own)
    found = [p for part, scope in searches for p in snapshot.search(part, k=2, mode=mode, sources=scope)]
    # (a list asked of a document the question names, "the benefits the Georgetown piece lists": its sentences)
    listed_in = sources
    if asks_for_list(question) and not sources and snapshot.settings.document_prior:
        meant = {snapshot.designated(phrase) for phrase in designators(question)}
        listed_in = [m for m in meant if m] or None if len(meant) == 1 else None  # (one document, if any)
    if (mode or snapshot.settings.mode) != "keyword":  # and the chunks of the sentences closest in meaning
        n = LIST_SEARCH if asks_for_list(question) else CLOSEST_SENTENCES + (REASON_MORE if why else 0)
        closest = snapshot.closest_sentences(question, n, listed_in)
        # a list question: also the closest lists ("built-in limitations" - "intrinsic constraints ...:")
        found += closest[: CLOSEST_SENTENCES + (REASON_MORE if why else 0)]
        found += [p for p in closest if _holds_list(p)][:CLOSEST_LISTS]
        # "the difference between Norway and Switzerland's way of mediating": the sentences closest to both names
        both = compared_names(question)
        found += snapshot.closest_sentences(" ".join(both), CLOSEST_SENTENCES, scope) if both else []
        if asks_for_list(question):  # ... and a list said in one sentence ("... can insulate ..., help ...")
            series = [p for p in closest if any(in_series(p.text[s.start : s.end]) for s in p.sentences)]
            found += series[:CLOSEST_SERIES]
    if asks_for_list(question):  # ... and the lead-in naming what is asked for in other words
        found += _kind_lists(snapshot, question, sources)[:KIND_LISTS]
    found += closing(snapshot, question, passages, mode, sources)  # ("In his concluding assessment, ...")
    found += _saying_both(snapshot, question, scope, mode)[:COMMON_PASSAGES]
    for p in found:
        if p.chunk_id not in seen:
            passages.append(p)
            seen.add(p.chunk_id)
    return passages


def _by_line(snapshot: Snapshot, source: str) -> str:
    doc = snapshot.document(source)
    return author_lines(doc.text, doc.info.title)


CLOSING = 3  # a question asking of a document's end reads the best passages in its last fifth


def closing(
    snapshot: Snapshot, question: str, passages: list[Passage], mode: str | None, sources: Sequence[str] | None
) -> list[Passage]:
    """For a question asking what a document says at its end ("the benefits it lists near the end", "in his
    concluding assessment"), the best passages of the last fifth of the one it designates, else of the
    best passage's: a closing summary seldom repeats the question's words."""
    if not passages or not at_the_end(question):
        return []
    meant = {d for d in map(snapshot.designated, designators(question)) if d}
    # (or the one whose by-line names someone the question names: "In his concluding assessment, ... Somerville")
    named = set(question_names(question))
    meant = meant or {
        source
        for source in dict.fromkeys(p.source for p in passages)
        if named and named & set(re.findall(r"[^\W\d_]+", _by_line(snapshot, source).lower()))
    }
    source = meant.pop() if len(meant) == 1 else passages[0].source
    if sources and source not in sources:
        return []
    length = len(snapshot.document(source).text)
    found = snapshot.search(undesignated(question) or question, k=30, mode=mode, sources=[source])
    seen = {p.chunk_id for p in passages}
    return [p for p in found if p.start >= CLOSING_SHARE * length and p.chunk_id not in seen][:CLOSING]


def _part_scope(
    snapshot: Snapshot, part: str, scope: Sequence[str] | None, sources: Sequence[str] | None
) -> Sequence[str] | None:
    """Where a part of a question is searched: the document it designates itself ("..., and which
    envoy does the Georgetown commentary pair with Kissinger?"), else the question's `scope`."""
    designated = [snapshot.designated(d) for d in designators(part)] if snapshot.settings.document_prior else []
    own = {s for s in designated if s and (not sources or s in sources)}
    return sorted(own) if own else scope


def read_again(snapshot: Snapshot, passages: list[Passage], quoted: Sequence[Citation]) -> list[Passage]:
    """The passages, those the answer before a follow-up quoted (of this snapshot's generation) and the chunk after
    each, where the story it told goes on ("what did the channel get done?" - "when was that?": "... in 1970", in
    the next chunk)."""
    seen = {p.chunk_id for p in passages}
    ids = list(dict.fromkeys(c.passage.chunk_id for c in quoted))
    for c in quoted:
        order = snapshot.document(c.passage.source).info.chunk_ids
        at = order.index(c.passage.chunk_id) if c.passage.chunk_id in order else len(order)
        ids += [order[at + 1]] if at + 1 < len(order) and order[at + 1] not in ids else []
    return passages + [p for p in snapshot.passages_of(ids) if p.chunk_id not in seen]


# the chunks of this many sentences closest in meaning join the passages an answer reads (measured:
# 2 and 3 gained the same, 5 lost one more; docs/quality.md)
CLOSEST_SENTENCES = 3
REASON_MORE = 4  # (measured: 2 gained 1 on the seeds sets, 4 gained 4 with none lost)
# a list question also reads the chunks holding a list among the LIST_SEARCH closest, the first CLOSEST_LISTS
LIST_SEARCH = 12
CLOSEST_LISTS = 2
CLOSEST_SERIES = 1  # and the first of them holding a sentence in three parts (lists.in_series; +1, none lost)


KIND_LISTS = 1  # and the first holding a lead-in naming what is asked for, in its words or a synonym's


def _kind_lists(snapshot: Snapshot, question: str, sources: Sequence[str] | None) -> list[Passage]:
    """For a list question asking for a kind of thing a synonym group knows ("which built-in
    limitations or dangers ...?"), the passages, found by keyword with the group's words too, holding
    a lead-in that says one of them ("... a number of intrinsic constraints, which ...:", "... requires several
    conditions in order to be successful. First, ..."): neither the
    question's words nor its meaning may be close to the lead-in's."""
    stem = snapshot.keyword.analyzer  # (the index's own, built once)
    asked = set(stem(question))
    words = kind_words(asked)
    if not words:
        return []
    kinds = set(stem(" ".join(words)))
    # (not what it says the document is about: "the paper comparing Norway, Switzerland and Qatar")
    asking = described(question)[1]
    found = snapshot.search(f"{asking} {' '.join(words)}", k=LIST_SEARCH, mode="keyword", sources=sources)
    return [
        p
        for p in found
        if any(
            (introduces_list(text := p.text[s.start : s.end]) or opens_enumeration(p.text, s.start, s.end))
            and kinds & set(stem(text))
            for s in p.sentences
        )
    ]


COMMON_PASSAGES = 2


def _saying_both(snapshot: Snapshot, question: str, sources: Sequence[str] | None, mode: str | None) -> list[Passage]:
    """For a question asking what things share ("What do the Kissinger case study and the Kashmir one have in
    common?"), the passages found with the words saying so too that hold a sentence saying it ("Both Moss's and
    Jacob's case studies show ...")."""
    if not IN_COMMON.search(question):
        return []
    found = snapshot.search(f"{undesignated(question)} both common share", k=COMMON_SEARCH, mode=mode, sources=sources)
    names = question_names(question)

    def named(p: Passage) -> int:  # (the question's names its sentence saying "both" says: "Moss's and Jacob's")
        both = [text for s in p.sentences if SAYS_BOTH.search(text := p.text[s.start : s.end])]
        return max((sum(mentions(b, [n]) for n in names) for b in both), default=-1)

    ranked = [(named(p), p) for p in found]  # (read once each)
    return [p for n, p in sorted(ranked, key=lambda r: -r[0]) if n >= 0]


COMMON_SEARCH = 20


def _holds_list(p: Passage) -> bool:
    """Does the passage lead into a list (a sentence ending in a colon) or hold a bulleted list of two
    items or more (lists.py)?"""
    return any(introduces_list(p.text[s.start : s.end]) for s in p.sentences) or bool(
        bullet_lists(p.text, 0, len(p.text))
    )


def compared(snapshot: Snapshot, question: str) -> tuple[str, ...]:
    """The documents a question comparing documents designates (compare.py), if they are two or more."""
    found = tuple(dict.fromkeys(d for d in map(snapshot.designated, compared_documents(question)) if d))
    return found if len(found) >= 2 else ()


def gather(snapshot: Snapshot, question: str, passages: Sequence[Passage], follows: tuple[Span, ...] = ()) -> Evidence:
    """The passages' documents, the question's vector and term weights, and a vector for every
    sentence an answer may quote (stored at ingest; embedded here only for stores written
    before sentence vectors existed); `follows`: a follow-up's previous answer's quotes."""
    documents = {p.source: snapshot.document(p.source) for p in passages}
    vectors: dict[str, dict[tuple[int, int], np.ndarray]] = {}
    missing: list[tuple[str, tuple[int, int], str]] = []
    clauses = analyse(question)
    for p in passages:
        stored = vectors.setdefault(p.chunk_id, dict(snapshot.sentence_vectors(p.chunk_id)))
        # (a line naming a person and the role asked about may answer too, though no sentence of prose)
        missing += [
            (p.chunk_id, (s.start, s.end), p.text[s.start : s.end])
            for s in p.sentences
            if (s.start, s.end) not in stored
            and (quotable(p.text, s) or any(role_line(c, p.text[s.start : s.end]) for c in clauses))
        ]
    if missing:
        fresh = snapshot.embed_sentences([text for _, _, text in missing])
        for (chunk_id, within, _), vec in zip(missing, fresh):
            vectors[chunk_id][within] = vec
    return Evidence(
        tuple(passages),
        documents,
        snapshot.query_vector(question),
        vectors,
        without_bylines(term_weights(snapshot, question), question, documents.values(), snapshot),
        compared(snapshot, question),
        part_vectors(snapshot, question),
        card_vectors(snapshot, question, documents),
        naming_stems(snapshot, question),
        follows,
    )


CARD_CHARS = 400  # a document's opening read with its title: its lede and first prose (`_opening`)


def card_vectors(snapshot: Snapshot, question: str, documents: Mapping[str, Document]) -> dict[str, np.ndarray]:
    """For a question about a document itself ("Who wrote the piece asking whether ... breaks the
    law?") or naming one by its kind ("the article on ..."), a vector of each document's title and
    opening: the document it describes is the one they mean, though its passages may say other
    things (about_document.py `meant`)."""
    if not (metadata_asked(question) or NAMES_KIND.search(question)):
        return {}
    cards = [f"{d.info.title}\n{_opening(d.text)}" for d in documents.values()]
    return dict(zip(documents, snapshot.embed_sentences(cards)))


def _opening(text: str) -> str:
    """A document's first CARD_CHARS characters of prose, after the lines of its front matter that
    are sentences (a subtitle, a lede): not its ISSN and DOI lines, authors' names and addresses,
    which say nothing of what it is about."""
    front = front_matter_lines(text)
    start = front[-1][1] if front and front[-1][1] < len(text) else 0
    lede = [text[a:b] for a, b in front if _is_sentence(text[a:b])]
    return "\n".join([*lede, text[start:].strip()])[:CARD_CHARS]


def _is_sentence(line: str) -> bool:
    words = line.split()
    return len(words) >= 6 and sum(w[:1].islower() for w in words) * 2 >= len(words)


def part_vectors(snapshot: Snapshot, question: str) -> tuple[np.ndarray, ...]:
    """For a question asking several things, each part's vector: a part answered in other words
    ("Who conducted the talks?" - "negotiators (Jan Egeland and ...) held negotiations") is
    found by meaning."""
    clauses = analyse(question)
    # (the texts the parts were searched with in `retrieve`: their vectors are remembered)
    return tuple(snapshot.query_vector(undesignated(c.text) or c.text) for c in clauses) if len(clauses) > 1 else ()


def search_cased(
    snapshot: Snapshot, query: str, k: int | None, mode: str | None, sources: Sequence[str] | None
) -> list[Passage]:
    """The snapshot's passages for a query, searched again with its names typed in lower case
    written as the documents found write them, if that changes it (a name may pick the document)."""
    found = snapshot.search(query, k=k, mode=mode, sources=sources)
    cased = cased_question(snapshot, query, found)
    return found if cased == query else snapshot.search(cased, k=k, mode=mode, sources=sources)


def cased_question(snapshot: Snapshot, question: str, found: Sequence[Passage]) -> str:
    """The question with a word typed in capitals for emphasis ("what year did it STOP?") and the names typed in lower
    case written as the documents found write them
    (casing.py), a word typed without its apostrophe as they write it ("youll": shorthand.py `apostrophised`), a
    word mistyped by one letter as they write it (spelling.py), a country's code or a name cut
    short ("Norw.") as they write it (shorthand.py `uncoded`, `unclipped`), and an acronym for a term they write in
    words in those words (acronyms.py, spelt.py `spelt_terms`); a document's title in quotes as the document's
    (metadata.py `titled`)."""
    docs = [snapshot.document(s) for s in dict.fromkeys(p.source for p in found)]
    texts = [d.text for d in docs]
    question = titled(question, [d.info.title for d in docs])  # ("Who wrote 'A new back channel to Moscow?'")
    cased = restore_case(respelled(apostrophised(question, texts), texts, snapshot.whole_words), texts)
    # (a word shouted last: "NOR vs CHE" are the countries' codes)
    return unshouted(spelt_terms(unabbreviated(unclipped(uncoded(cased, texts), texts), texts), texts), texts)


def cased_follow_up(
    snapshot: Snapshot, asked: str, turns: list[Turn], k: int, mode: str | None, sources: Sequence[str] | None
) -> tuple[str, list[Turn]]:
    """A follow-up typed in lower case ("what about oman?") and the question before it ("kissinger-dobrynin
    back channel - what did it get done"), their names written as the documents found for each write them:
    what the follow-up carries over from the turn before are its names."""

    def cased(question: str) -> str:
        if not typed_in_lower_case(question):
            return question
        return cased_question(snapshot, question, snapshot.search(question, k=k, mode=mode, sources=sources))

    if not turns:
        return asked, turns
    # (the turn before only when its very first letter was typed in lower case: "Which of the countries acted as a
    # protecting power?" names nothing, and its words are what the follow-up carries over, not "Protecting")
    last = turns[-1].question
    before = cased(last) if last[:1].islower() else last
    return cased(asked), [*turns[:-1], dataclasses.replace(turns[-1], question=before, cased=before != last)]
