"""An answer made of the sentences (or rows) chosen for it, each cited to its exact span."""

from __future__ import annotations

import dataclasses

from dragoman.assistant.answer import Answer, Citation, Evidence
from dragoman.assistant.candidates import Candidate
from dragoman.assistant.sentences import quote_closed
from dragoman.index.retrieval import Passage
from dragoman.index.span import Span


def cited(
    question: str, chosen: list[Candidate], evidence: Evidence, passages: list[Passage], strength: float
) -> Answer:
    """The chosen sentences in order, each with its citation; a sentence opening a quotation the
    sentence splitter cut takes the rest of it (sentences.quote_closed), one span with a sentence
    chosen that it then overlaps."""
    whole: list[Candidate] = []
    for c in chosen:
        text = evidence.documents[c.passage.source].text
        end = quote_closed(text, c.start, c.end)
        c = dataclasses.replace(c, end=end, text=text[c.start : end]) if end > c.end else c
        n = next((n for n, o in enumerate(whole) if c.overlaps(o)), None)
        if n is None:
            whole.append(c)
        else:  # (one span for the two: "... the “best period in years.” [Ceasefire] violations reduced,” he said.")
            start, end = min(c.start, whole[n].start), max(c.end, whole[n].end)
            whole[n] = dataclasses.replace(whole[n], start=start, end=end, text=text[start:end])
    parts, citations = [], []
    for n, c in enumerate(whole, 1):
        source = c.passage.source
        l1, l2 = evidence.documents[source].lines.line_range(c.start, c.end)
        citations.append(
            Citation(n, Span(source, c.start, c.end, l1, l2), c.passage.title, c.text, round(c.score, 4), c.passage)
        )
        parts.append(f"{c.text} [{n}]")
    return Answer(question, " ".join(parts), citations, False, passages, round(strength, 4))
