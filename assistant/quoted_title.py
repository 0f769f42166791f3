"""A title quoted in a question that is a document's own ("Who wrote 'A new back channel to Moscow?'?"), said as the
document's, so that metadata.py reads what is asked as asked of the document. A pure function of text and titles, for
evidence.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dragoman.assistant.metadata import TITLED, metadata_asked


def titled(question: str, titles: Sequence[str]) -> str:
    """The question with a title in quotes or italics that is a document's own ("Who wrote 'A new back channel to
    Moscow?'", the title "Case Studies | A new back channel to Moscow?") said as the document's ("Who wrote the document
    'A new back channel to Moscow?'"), so that what it asks is asked of the document; not a work no title is ("Who
    wrote 'Amazing Grace'?": the documents may tell of it)."""
    # (right after who wrote it, three words at least: most questions quote nothing, and no title need be read)
    quoted = [m for m in re.finditer(TITLED, question) if _VERB_BEFORE.search(question[: m.start()])]
    quoted = [m for m in quoted if len(_plain(m.group(0)).split()) >= 3]
    if not quoted:
        return question
    # (the whole title or what follows a site's label before a bar, "A new back channel to Moscow?"; not a phrase
    # inside it, "What does 'a new back channel' mean?", nor the work a study guide's title names: "Who wrote 'Pride and
    # Prejudice'?" of "Pride and Prejudice: A Study Guide"); a title without its subtitle is the title as cited
    # ("Quiet Diplomacy And Backchannel Negotiations By Small States" of "...: A Comparative Study In ...")
    own = {_plain(part) for t in titles if t for part in [t, t.rpartition(" | ")[2], _main_title(t)]}
    at = [m.start() for m in quoted if _plain(m.group(0)) in own]
    # (read as asked if it asks of a document already: "Give the date on which 'A new ...' was published.")
    if not at or metadata_asked(question):
        return question
    for start in reversed(at):
        question = f"{question[:start]}the document {question[start:]}"
    return question


# (right after who wrote it: "Who wrote 'A new ...'?"; not "the author of 'Quiet Diplomacy ...' enumerate", "Why was
# 'The Satanic Verses' banned?", nor after its kind, "the article 'A new ...'")
_VERB_BEFORE = re.compile(r"\b(?:wrote|write|writes|authored|penned|co-?wrote)\s+$", re.IGNORECASE)


def _main_title(title: str) -> str:
    """The title before its subtitle, unless the subtitle says the document is about the work the main title names
    ("Pride and Prejudice: A Study Guide", "The Lord of the Rings: A Reader's Companion")."""
    main, colon, subtitle = title.partition(": ")
    return main if colon and not _ABOUT_A_WORK.search(subtitle) else title


# (what a subtitle calls a document about another work)
_ABOUT_A_WORK = re.compile(
    # (not a guide to a subject: "Understanding Adverse Possession in England and Wales: A Plain-English Guide")
    r"\b(?:study\s+guide|reader['’]s\s+(?:guide|companion)|companion|(?:study|reading|lecture)\s+notes|summary|analysis|"
    r"commentary|critique|retelling|adaptation|workbook)\b",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))
