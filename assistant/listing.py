"""Answers to questions asking for a list: a bulleted list of the passages under a heading the
question names or with as many items as it asks for; or the answer's sentences with the items of
any list they lead into, each item its own span (lists.py finds the lists)."""

from __future__ import annotations

import dataclasses
import re

from dragoman.assistant.about_document import meant, overview_list
from dragoman.assistant.answer import Evidence
from dragoman.assistant.answer_kind import answer_names
from dragoman.assistant.candidates import Candidate
from dragoman.assistant.coverage import analyzer, share
from dragoman.assistant.lists import (
    asked_count,
    asks_opening_list,
    bullet_lists,
    in_series,
    introduces_list,
    list_items,
    names_many,
    opens_enumeration,
)
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import CARRIED, analyse, asks_for_list


def list_answer(question: str, evidence: Evidence, strength: float, best: Candidate | None) -> list[Candidate]:
    """A list question answered by a bulleted list of the best three passages, with its heading:
    one under a heading the question says ("the \"What You'll Learn\" section"; that one in any document of
    the evidence, though none of its best passages holds it), or one with as
    many items as the question asks for ("the five pitfalls") sharing a quarter of its terms;
    else by the overview list of the document it names, or the list it opens with when that is
    asked for (about_document.py `overview_list`)."""
    listing = asks_for_list(question) or asks_opening_list(question)
    if not listing or metadata_asked(question) or any(c.expects for c in analyse(question)):
        return []  # (not "Who wrote the article that opens with a 'What You'll Learn' list?")
    count, said, asked = asked_count(question), _bare(question), set(re.findall(r"[a-z0-9]+", question.lower()))
    for rank, p in enumerate(evidence.passages[:3]):
        text = evidence.documents[p.source].text
        for head, items in bullet_lists(text, p.start, p.end):
            heading = text[head[0] : head[1]] if head else ""
            # (or all its words: "what does the ethics article say you'll learn?" - "What You'll Learn")
            words = set(re.findall(r"[a-z0-9]+", heading.lower()))
            named = len(heading.split()) >= 2 and (_bare(heading) in said or words <= asked)
            whole = f"{heading}\n" + "\n".join(text[a:b] for a, b in items)
            counted = len(items) == count and share(evidence.term_weights, set(analyzer()(whole))) >= 0.25
            if named or (counted and meant(question, evidence, p.source, strength)):
                return [Candidate(p, rank, a, b, text[a:b], 1.0, (-1, -1)) for a, b in ([head] if head else []) + items]
    # "the 'what you'll learn' list": a list under a heading the question says, in any document it may mean
    for source, doc in evidence.documents.items():
        for head, items in bullet_lists(doc.text, 0, len(doc.text)):
            if head and len(doc.text[head[0] : head[1]].split()) >= 2 and _bare(doc.text[head[0] : head[1]]) in said:
                at = next((p for p in evidence.passages if p.source == source), None)
                if at is None:
                    continue
                return [Candidate(at, 0, a, b, doc.text[a:b], 1.0, (-1, -1)) for a, b in [head, *items]]
    # (a best sentence naming that many things, or leading into a list, answers itself)
    answered = best is not None and (bool(count and names_many(best.text, count)) or introduces_list(best.text))
    # (but the list a document opens with, asked for, is that one: "... starts with a bullet summary. What were those?")
    return overview_list(question, evidence, strength, count) if not answered or asks_opening_list(question) else []


def _bare(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def with_items(chosen: list[Candidate], best: Candidate, listing: bool, evidence: Evidence) -> list[Candidate]:
    """Each chosen sentence that introduces a list (a colon; or bullets after the best
    sentence of a question asking for several things) followed by its items, each its own
    span; other chosen sentences that repeat an item are dropped."""
    out: list[Candidate] = []
    for c in chosen:
        if any(c.overlaps(o) for o in out):
            continue
        out.append(c)
        doc_text = evidence.documents[c.passage.source].text
        if not (introduces_list(c.text) or (listing and c is best) or opens_enumeration(doc_text, c.start, c.end)):
            continue
        for start, end in list_items(doc_text, c.end):
            item = dataclasses.replace(c, start=start, end=end, text=doc_text[start:end], within=(-1, -1))
            out = [o for o in out if not o.overlaps(item)]
            out.append(item)
    return out


def only_mentioned(question: str, chosen: list[Candidate], evidence: Evidence) -> bool:
    """Do the sentences answering a question asking for several things of no kind (not people, places, dates)
    only mention them ("What practical tests does it propose?" - "The development of practical tests ... is an
    important step"): one says the things asked for, and none gives any (leads into a list, runs in a series of
    three, names two, says what they are)?"""
    own = CARRIED.sub("", question)  # (its own words)
    asked = {m.group(1).lower() for m in _ASKED_THINGS.finditer(own)} | _referred_back(own)
    if any(c.expects for c in analyse(question)):  # (not "which countries ...?": the names are the answer)
        return False
    if not asked or any(c.within == (-1, -1) for c in chosen):  # (a list's item or a table's row: given)
        return False
    for c in chosen:
        text = evidence.documents[c.passage.source].text
        if introduces_list(c.text) or opens_enumeration(text, c.start, c.end) or in_series(c.text):
            return False
        if names_many(c.text, 3) or len(set(answer_names(analyse(question)[0], c.text))) >= 2:
            return False  # (three things in a series, or two names: "the ports of Ayr and Troon")
        if any(re.search(rf"\b{re.escape(t)}\b{_SAID_TO_BE}", c.text, re.IGNORECASE) for t in asked):
            return False  # ("The main issues discussed were borders and refugees.")
    return any(re.search(rf"\b{re.escape(t)}s?\b", c.text, re.IGNORECASE) for t in asked for c in chosen)


def _referred_back(question: str) -> set[str]:
    """The things a question's asking part refers back to that its statement names ("... says somebody ought to
    come up with practical tests. What are the steps of that test?": test)."""
    parts = re.split(r"(?<=[.?!])\s+", question)
    said = " ".join(p for p in parts if not p.rstrip().endswith("?"))
    asking = " ".join(p for p in parts if p.rstrip().endswith("?"))
    if not re.search(r"\b(?:what|which)\b", asking, re.I) or re.search(r"\b(?:why|how)\b", asking, re.I):
        return set()  # (things asked for: not "Why did the board reject that plan?")
    return {
        m.group(1).lower()
        for m in re.finditer(r"\b(?:that|those|these)\s+([a-z]{3,}?)s?\b(?![-'’])", asking, re.IGNORECASE)
        if re.search(rf"\b{m.group(1)}s?\b", said, re.IGNORECASE)
    }


# the things a question asks for: "what (are the) (concrete practical) tests ...", "provide the specific tests"
_ASKED_THINGS = re.compile(
    r"\b(?:what|which|provide|list|give me|name)\s+(?:(?:are|were)\s+)?(?:(?:the|those|these|its|their|all the)\s+)?"
    # (perhaps in quotes: "what are the specific 'practical tests' it proposes?")
    # (not after a verb: "what do back channels do for officials?" asks what they do)
    r"(?:['‘\"“]?(?!(?:do|does|did|can|could|would|should|will|might|must)\b)[a-z-]+\s+){0,2}?"
    r"['‘\"“]?((?!(?:its|his|hers|this|thus|was|has|does|is|us)\b)[a-z]+[^siu\W]s)\b['’\"”]?"
    # (a noun: the verb or the subject of the question follows it - not "What happens when ...?")
    r"(?=\s+(?:does|do|did|are|were|has|have|had|can|could|would|should|might|must|will|the|its|their|his|her|"
    r"(?:it|they|he|she)\s+\w+(?:s|ed)\b|"
    r"exactly|precisely|specifically)\b"
    r"|\s*[?.]|\s*$)",
    re.IGNORECASE,
)
# the things asked for said to be some ("The main issues discussed were borders and refugees", "tests such as X or Y")
_SAID_TO_BE = r"[^.;]*?\b(?:are|were|include[sd]?|including|such as|namely)\b[^.;]*\b(?:and|or)\b"
