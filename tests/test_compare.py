"""What a comparison question compares, and the clauses and retrieval questions made from it."""

import pytest

from dragoman.assistant.compare import compared, per_subject, subject_questions
from dragoman.assistant.question import analyse
from dragoman.assistant.tables import rows_asked, table_rows


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("How does the paper contrast Norway's way of mediating with Qatar's?", ("Norway", "Qatar")),
        ("Compare the roles of Wendy Sherman and William Burns in the talks.", ("Wendy Sherman", "William Burns")),
        ("How do Norway and Switzerland differ in their approach?", ("Norway", "Switzerland")),
        ("Compare AlexNet with LeNet.", ("AlexNet", "LeNet")),
        ("How did Qatar differ from Norway?", ("Qatar", "Norway")),
        ("What is the difference between track one and track two diplomacy?", None),
        ("Which country mediated between the US and the Taliban?", None),  # not a comparison
        ("The legality article and the ISD article both mention Iran. How do they differ?", None),
    ],
)
def test_compared(question, pair):
    assert compared(question) == pair


def test_a_comparison_becomes_one_clause_and_one_retrieval_question_per_thing():
    q = "How do Norway and Switzerland differ in their approach to mediation?"
    clauses = per_subject(analyse(q), q)
    assert [c.names for c in clauses] == [("norway",), ("switzerland",)]
    assert "Switzerland" not in clauses[0].text and "Norway" not in clauses[1].text
    assert subject_questions(q) == [
        "How do Norway and in their approach to mediation?",
        "How do and Switzerland in their approach to mediation?",
    ]
    other = "Who mediated in Oslo?"
    assert per_subject(analyse(other), other) == analyse(other) and subject_questions(other) == []


def test_table_rows_markdown_and_flattened():
    text = (
        "Intro line.\n\nName Value\nAlpha one two\nBeta three four\n\n| a | b |\n|---|---|\n| x | y |\n\nProse here.\n"
    )
    rows = table_rows(text, 0, len(text))
    assert [text[a:b] for a, b in rows] == ["Name Value", "Alpha one two", "Beta three four", "| a | b |", "| x | y |"]
    assert table_rows("Just a sentence.\nAnd another one.\n", 0, 30) == []


def test_rows_asked_prefers_quoted_terms_then_labels():
    rows = ["| Lack of trust | x |", "| Delay | y |", "| Lack of scrutiny | z |"]
    assert rows_asked("Which are phrased as 'Lack of' something?", rows, lambda t: 0.0) == [0, 2]
    weights = {"Delay": 2.0}
    assert rows_asked("What about delay?", rows, lambda t: weights.get(t, 0.0)) == [1]
    assert rows_asked("Nothing matches", rows, lambda t: 0.0) == []
