"""A question pasted from Markdown notes (assistant/pasted.py): its marks read as the words they mark. Pure rules on
text, then the same question on the seeds with the real model."""

import pytest

from dragoman.assistant.pasted import unmarked
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("pasted", "read"),
    [
        # a heading's words are the topic the lines under it ask of; its number is no figure asked
        (
            "## Q9 Ferry talks\n- what **years** did the talks run?",
            "Ferry talks: what years did the talks run?",
        ),
        ("### Question 12 - the budget\n* how much was spent?", "the budget: how much was spent?"),
        ("## Q5\n- what are all the points it lists?", "what are all the points it lists?"),
        # a quoted line, a sub-bullet, emphasis
        (
            "> councils should 'pool their budgets'\n  - does the `audit` report say the same?",
            "councils should 'pool their budgets' - does the audit report say the same?",
        ),
        ("- which **three** bodies ran it?\n  - and when?", "which three bodies ran it? and when?"),
    ],
)
def test_markdown_marks_are_read_as_the_words_they_mark(pasted: str, read: str) -> None:
    assert unlabelled(pasted) == read


def test_what_is_no_markdown_is_left_as_typed() -> None:
    assert unmarked("#Oman hosted the talks right??\nwhat year did they start?") == (
        "#Oman hosted the talks right??\nwhat year did they start?"
    )  # (a hashtag is no heading)
    # (code, arithmetic, "greater than", a count: no emphasis, quote or heading)
    for typed in [
        "Is 2 * 3 * 4 the count?",
        "what does the `__slots__` attribute do?",
        "is x**2 + y**2 the distance?",
        "what does `rm -rf /` do?",
        "Is 10*10*10 a cubic metre?",
        "> 65 years: what dose is recommended?",
        "# of patients enrolled in the trial?",
        "Why does this script fail?\n# load the data\ndf = read()",  # (a comment in code under a question)
    ]:
        assert unmarked(typed) == typed
    assert unmarked("Who ran the ferry talks - and when?") == "Who ran the ferry talks - and when?"


def test_a_question_pasted_from_notes_gets_the_answer_of_the_plain_one(seeded) -> None:
    pasted = seeded.ask("## Q3 Kashmir back channel\n- what **years** did the security officials' talks run?")
    plain = seeded.ask("Kashmir back channel: what years did the security officials' talks run?")
    assert not pasted.abstained and "2004" in pasted.text and "2007" in pasted.text, pasted.text
    assert [c.quote for c in pasted.citations] == [c.quote for c in plain.citations]
