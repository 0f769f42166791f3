"""Session 38's rules: a quiz show's clues, a document's title in quotes or italics, a dash typed as two hyphens, an
academic's "viz.", what the asker will put the answer in, a name said only with a prefix making it another thing,
and a word capitalised only as it opens the question: pure rules on text with near misses on other subjects, then
the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import Clause, analyse, describes_answer
from dragoman.assistant.quizzed import unquizzed
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("clue", "asked"),
    [
        ("Category: WHO WROTE IT? Name the two authors of the cookbook.", "Name the two authors of the cookbook."),
        ("CATEGORY: INSIDE BASEBALL. How does a knuckleball move?", "How does a knuckleball move?"),
        ("Category: U.S. RIVERS. Name the longest one.", "Name the longest one."),  # (stops inside the capitals)
        ("Category: Old masters. Who painted the Night Watch?", "Who painted the Night Watch?"),
        (
            "Clue: This Dutch city has a famous flower market. Name it.",
            "This Dutch city has a famous flower market. Name it.",
        ),
        ("Final clue - This river feeds the Nile. Name it.", "This river feeds the Nile. Name it."),
        ("RIVERS for $400: Name the longest river in Africa.", "RIVERS: Name the longest river in Africa."),
        ("Name the longest river in Africa (200 points).", "Name the longest river in Africa."),
    ],
)
def test_a_quiz_clue_is_read_without_its_category_value_or_label(clue: str, asked: str) -> None:
    assert unquizzed(clue) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Category: which one does a tomato belong to?",  # (the category is what is asked)
        "What category of storm was Katrina? Name it.",
        "Who paid for 400 troops?",
        "Is a clue: a hint?",
        "What did Rafique and Samiullah (2026) find?",  # (a year in brackets is no clue's value)
    ],
)
def test_a_question_asking_of_a_category_or_a_clue_is_left_as_asked(question: str) -> None:
    assert unquizzed(question) == question


def test_a_clue_opening_on_what_it_describes_is_no_name_the_documents_must_say() -> None:
    clue = "This Nordic capital hosts a famous prize. Name it."
    at = clue.index("Nordic")
    assert describes_answer(clue, at, at + len("Nordic"))
    question = "How did this Nordic country fare? And Sweden?"  # (not opening a sentence: what it is about)
    at = question.index("Nordic")
    assert not describes_answer(question, at, at + len("Nordic"))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who wrote 'A guide to sourdough baking?'", {"author"}),
        ("'A guide to sourdough baking?' -- author & pub. date?", {"author", "date"}),
        ("Name the writer of 'A guide to sourdough baking' and the publication it ran in.", {"author", "venue"}),
        ("who are the authors of *A Field Guide To Mosses*? need it for the citation", {"author"}),
        ("'A Field Guide To Mosses' -- authors? + institution, for the bib.", {"author", "affiliation"}),
    ],
)
def test_a_document_named_by_its_title_in_quotes_or_italics_is_asked_about(question: str, asked: set[str]) -> None:
    assert metadata_asked(unlabelled(question)) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the law on data protection?",  # (no title, no document: a law's authors are the prose's)
        "Sourdough -- how long does it prove?",
        "Who wrote the *old* recipe down?",  # (a word in italics is no title)
        'Which pests does the author of "A Field Guide To Mosses" list?',  # (the author as the one saying)
    ],
)
def test_near_misses_ask_nothing_of_a_document(question: str) -> None:
    assert metadata_asked(unlabelled(question)) == set()


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("viz. through whom?", "Through whom?"),
        ("the three benefits -- viz. which ones?", "the three benefits — namely which ones?"),
        (
            "How did the two parties differ? need it for the 'Cold War' subsection",
            "How did the two parties differ?",
        ),
        ("What are the five drawbacks? want all of them for a 'Criticism' section", "What are the five drawbacks?"),
        ("Who led it? need Norway for my essay", "Who led it? need Norway for my essay"),  # (a name of its own: kept)
        ("Which year? need it for the table, and who signed?", "Which year? need it for the table, and who signed?"),
    ],
)
def test_an_academic_s_viz_and_what_the_answer_is_for_are_read(question: str, read: str) -> None:
    assert unlabelled(question) == read


def test_a_name_said_only_with_a_prefix_making_it_another_thing_does_not_date_it() -> None:
    from dragoman.assistant.focus import another_named

    (asked,) = analyse("When did the Cold War end?")
    assert another_named(asked, "Trade grew in the post-Cold War era, from 1991.")
    assert not another_named(asked, "The Cold War ended in 1991, and the post-Cold War era began.")
    (other,) = analyse("When did the post-Cold War era begin?")  # (asked of the other thing itself)
    assert not another_named(other, "Trade grew in the post-Cold War era, from 1991.")
    assert not another_named(Clause("Why did the Cold War end?", (), frozenset(), None, frozenset()), "post-Cold War")


def test_the_seeds_answer_clues_titles_and_an_opening_common_word(seeded) -> None:
    clue = seeded.ask(
        "Category: WHO WROTE IT? Name the two authors of the paper on quiet diplomacy and backchannel negotiations by "
        "small states."
    )
    assert "Rafique" in clue.text and "Samiullah" in clue.text, clue.text
    titled = seeded.ask("Who wrote 'A new back channel to Moscow?'")
    assert not titled.abstained and "Somerville" in titled.text, titled.text
    dashed = seeded.ask("'A new back channel to Moscow?' -- author & pub. date?")
    assert "Somerville" in dashed.text and "2022" in dashed.text, dashed.text
    # ("Negotiators" capitalised only as it opens the question: no title word naming the small-states paper)
    opening = seeded.ask("Negotiators adopting counterproductive aggressive tactics, what is causing this?")
    assert "pressure of observing stakeholders" in opening.text, opening.text
    # (the 1970 crisis at Cienfuegos is a "mini-Cuban Missile Crisis": not the date of the Cuban Missile Crisis)
    assert seeded.ask("When did the Cuban Missile Crisis happen?").abstained
    assert not seeded.ask("In what year did the mini-Cuban Missile Crisis take place?").abstained
    first = seeded.ask("Nixon & the USSR (cycivic piece) -- one back channel or several?")
    follow = seeded.ask("viz. through whom?", history=[first])
    assert "Kissinger" in follow.text and "Sedov" in follow.text, follow.text
