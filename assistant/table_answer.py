"""A question about a table ("What advantages does the summary table list?", "Which characteristics
does the ethics explainer's table give?") or a figure a table row holds ("What was the net income of X
in 2023?"): the rows that answer (tables.py), of a document the question means (about_document.meant).
"""

from __future__ import annotations

import functools
import re

from dragoman.assistant.about_document import meant
from dragoman.assistant.answer import Evidence
from dragoman.assistant.candidates import Candidate
from dragoman.assistant.coverage import analyzer, said_share
from dragoman.assistant.tables import (
    QUOTED,
    asks_table,
    column_rows,
    figure_rows,
    header_of,
    heads_table,
    labels_said,
    names_columns,
    quoted_phrases,
    rows_asked,
    table_rows,
    years_in,
)
from dragoman.index.prior import DESCRIBED, described, designators
from dragoman.index.retrieval import Passage


def _labelled(question: str, evidence: Evidence, p: Passage, rows: list[str], stems: set[str]) -> list[int]:
    """The rows whose labels a question naming a document says (tables.labels_said), of that document: "How
    does the legality article weigh the advantages against the disadvantages?" (not a question naming no
    document: short lines of any PDF may pass for rows labelled "Public", "secret")."""
    if not (designators(question) or DESCRIBED.search(question)):
        return []
    said = labels_said(stems, rows, analyzer())
    return said if said and meant(question, evidence, p.source, 0.0) else []


def _row_words(question: str, evidence: Evidence) -> tuple[set[str], dict[str, float]]:
    """The words of a question naming a table, its document or a compound of the documents (`naming`), and its
    other words, weighted, that a row label may say (`asked`)."""
    # a row label may be a word a question's keywords leave out ("which examples does the table give?")
    # (not the words naming the document: "the 'Legal or Not' table", "the legality explainer's table")
    naming = set(analyzer()("table tables tabulated tabular chart charts grid row rows column columns cell cells"))
    naming |= set(analyzer()("value values entry entries"))
    naming |= set(analyzer()("summary overview"))  # (no row is about the words naming a table or its parts)
    # (nor what the question says the document is about: "the article about is back channel diplomacy illegal")
    naming |= set(analyzer()(" ".join(designators(question) + described(question)[0])))
    # (and what it quotes, unless it says it again: "a table of 'characteristics' - what characteristics ...?")
    unquoted = set(analyzer()(QUOTED.sub(" ", question)))
    naming |= set(analyzer()(" ".join(QUOTED.findall(question)))) - unquoted
    # ("the characteristics table": the word before "table" names it, unless the question says it again)
    before = [w.lower() for w in re.findall(r"\b([^\W\d_]+)\s+tables?\b", question)]
    naming |= {t for w in before if question.lower().count(w) == 1 for t in analyzer()(w)}
    # (nor a word of a compound the documents write, hyphenated or not: a row "Unofficial channels" is not about
    # "back-channel diplomacy" or "back channels"; a row "Lack of trust" is about "the lack-of-trust trait")
    texts = [d.text.lower() for d in evidence.documents.values()]
    pairs = re.findall(r"(?=\b([^\W\d_]+[-\s][^\W\d_]+?)s?\b)", question)  # ("back channels": "back channel")
    written = [w for w in pairs if any(re.sub(r"\s", "-", w.lower()) in t for t in texts)]
    naming |= set(analyzer()(" ".join(written))) - set(
        analyzer()(re.sub("|".join(map(re.escape, written)) or "^$", " ", question))
    )
    terms = evidence.term_weights
    asked = {t: terms.get(t, min(terms.values(), default=1.0)) for t in analyzer()(question) if t not in naming}
    return naming, asked


def table_answer(question: str, evidence: Evidence, strength: float) -> list[Candidate]:
    """The rows of the best-ranked passage's table that answer (tables.py), each a candidate,
    after the line naming their columns' years: for a question about a table, the rows it
    asks for; for any other, the rows of figures whose label it says in full ("What was the
    net income of X in 2023?"), if they hold the years it asks about. [] when none does."""
    terms = evidence.term_weights
    about_table, years = asks_table(question), years_in(question)
    # a question about a table: the passages of the documents it may mean, best first
    ranked = list(evidence.passages)
    if about_table:
        sources = {s for s in {p.source for p in ranked} if meant(question, evidence, s, strength)}
        ranked = [p for p in ranked if p.source in sources]
    row_words = functools.cache(lambda: _row_words(question, evidence))  # (read once a passage holds a table)

    def weigh(text: str) -> float:  # (a synonym says half: "upsides" - "Advantages")
        stems = set(analyzer()(text))
        return sum(w * said_share(t, stems) for t, w in row_words()[1].items())

    quoted = quoted_phrases(question)
    columns_asked = bool(re.search(r"\b(?:columns?|headers?|headings?)\b", question, re.IGNORECASE))
    # "the overview table": a table of the best passage's document, even one no passage holds
    whole = [(p, 0, len(evidence.documents[p.source].text)) for p in ranked[:1]] if about_table else []
    for rank, (p, start, end) in enumerate([(p, p.start, p.end) for p in ranked] + whole):
        text = evidence.documents[p.source].text
        every = table_rows(text, start, end)
        if not every:
            continue
        # (a phrase the question quotes picks its rows: "which are phrased as 'Lack of' something?")
        # (not its heading: "a little table of 'characteristics' - what characteristics does it list?" asks the column)
        quoting = any(
            q in text[a:b].lower().replace("’", "'") for q in quoted for a, b in every if not heads_table(text, (a, b))
        )
        column = column_rows(text, every, weigh) if about_table and not columns_asked and not quoting else []
        spans = [s for s in every if columns_asked or not names_columns(text, s)]
        rows = [text[a:b] for a, b in spans]
        picked = [spans.index(every[i]) for i in column if every[i] in spans] or (
            rows_asked(question, rows, weigh, set(row_words()[1]), analyzer())
            if about_table
            else figure_rows(set(terms), rows, analyzer())
            or _labelled(question, evidence, p, rows, set(terms) - row_words()[0])
            if spans
            else []
        )
        found: list[tuple[int, int]] = []
        for a, b in (spans[i] for i in picked):
            head = header_of(text, (a, b))
            if not years <= years_in(f"{p.title} {text[head[0] : head[1]] if head else ''} {text[a:b]}"):
                continue
            found += [s for s in (head, (a, b)) if s is not None and s not in found]
        if found:
            return [Candidate(p, rank, a, b, text[a:b], 1.0, (-1, -1)) for a, b in found]
    return []
