"""Restricting questions to chosen documents, and exporting a conversation as Markdown (public API)."""

from __future__ import annotations

import re

import pytest

import dragoman
from dragoman import Answer, QuestionError

pytestmark = pytest.mark.slow

DOCS = {
    "oman.txt": "Oman mediated quietly between Iran and the United States for many years.\n",
    "qatar.txt": "Qatar mediated openly between the Taliban and the United States in Doha.\n",
    "norway.md": "# Oslo channel\n\nNorway hosted the secret Oslo talks between Israel and the PLO in 1993.\n"
    "The talks were held\nat a farmhouse outside Oslo.\n",
}
QUESTION = "Which country mediated with the United States?"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    corpus = tmp_path_factory.mktemp("filter-corpus")
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    bot = dragoman.Assistant(store=tmp_path_factory.mktemp("filter-store"), embedder=embedder)
    assert len(bot.ingest([corpus]).added) == len(DOCS)
    return bot


def test_search_and_ask_keep_to_the_chosen_documents(bot):
    assert len({c.source for c in bot.ask(QUESTION, k=3).citations}) > 1  # unfiltered: cites several documents
    assert {p.source for p in bot.search(QUESTION, k=3, sources=["qatar.txt"])} == {"qatar.txt"}
    assert {p.source for p in bot.search(QUESTION, k=3, sources="qatar.txt")} == {"qatar.txt"}  # one id as text

    events = list(bot.ask_stream(QUESTION, k=3, sources=["oman.txt"]))
    answer = events[-1]
    assert isinstance(answer, Answer) and not answer.abstained
    assert {c.source for c in answer.citations} == {"oman.txt"} and {p.source for p in answer.passages} == {"oman.txt"}
    two = bot.ask(QUESTION, k=3, sources=["oman.txt", "qatar.txt"])
    assert {p.source for p in two.passages} <= {"oman.txt", "qatar.txt"}


def test_an_unknown_source_is_named_not_silently_empty(bot):
    with pytest.raises(QuestionError, match=r"'nope\.txt'.*dragoman status"):
        bot.ask(QUESTION, sources=["oman.txt", "nope.txt"])
    with pytest.raises(QuestionError, match=r"nope\.txt"):
        bot.search(QUESTION, sources=["nope.txt"])


def test_export_markdown_holds_numbered_citations_quotes_and_titles(bot):
    first = bot.ask("Who hosted the secret Oslo talks?")
    follow = bot.ask("And where were the talks held?", history=[first])
    unanswered = bot.ask("Who won the 1998 FIFA World Cup final?")
    assert not first.abstained and unanswered.abstained

    md = dragoman.export_markdown([first, follow, unanswered])
    turns = re.split(r"^## \d+\. ", md, flags=re.M)
    assert len(turns) == 4 and turns[0].startswith("# Dragoman conversation")
    for turn, answer in zip(turns[1:], (first, follow, unanswered)):
        assert turn.startswith(answer.question)
        text, _, sources = turn.partition("**Sources**")
        for c in answer.citations:
            assert f"[{c.number}]" in text  # the marker, in the answer
            assert f"[{c.number}] **{c.title}** — `{c.source}`" in sources  # the numbered source, titled
            assert "\n".join(f"> {line}".rstrip() for line in c.quote.split("\n")) in sources  # verbatim
            assert bot.document(c.source).text[c.start : c.end] == c.quote
    assert "Oslo channel" in turns[1]  # the title, not the file name only
    if follow.resolved_question and follow.resolved_question != follow.question:
        assert f"*Understood as:* {follow.resolved_question}" in turns[2]
    assert "Not answered from the documents" in turns[3] and "**Sources**" not in turns[3]
    assert "Closest passages (not an answer)" in turns[3]


def test_export_keeps_multiline_passages_inside_their_blockquotes(bot):
    answer = bot.ask("Who won the 1998 FIFA World Cup final?", sources=["norway.md"])
    assert answer.abstained and any("\n" in p.text for p in answer.passages)
    md = dragoman.export_markdown([answer])
    assert "> # Oslo channel\n>\n> Norway hosted" in md  # a blank line and a heading stay quoted
    assert "> The talks were held\n> at a farmhouse outside Oslo." in md
