"""A cataloguer's words for what a document states ("statement of responsibility", "imprint", "vol./no.", "title
proper"); German abbreviations between English words ("bzw."); a comparison a study makes, and a case study that is a
part of the document named after it: rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.compare import asks_comparison
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.mixed import in_english
from dragoman.index.prior import designators, naming_words


@pytest.mark.parametrize(
    "question, asked",
    [
        ("For the statement of responsibility, which authors does the item in hand name?", {"author"}),
        ("What vol./no. and pub. date are printed on the item itself?", {"venue", "date"}),
        ("For the imprint field on that Somerville piece: which body is behind it?", {"venue"}),
        ("What is the exact title proper of the cycivic article?", {"title"}),
        ("What title does the item carry at its head?", {"title"}),
        # (not an imprint left on something, nor a person's title)
        ("What lasting imprint on Norway did the talks leave?", set()),
        ("What title did Egeland hold?", set()),
    ],
)
def test_a_cataloguer_s_words_ask_what_the_document_states(question, asked):
    assert metadata_asked(question) == asked


@pytest.mark.parametrize(
    "typed, read",
    [
        ("the intrinsic constraints bzw. dangers it names", "the intrinsic constraints or dangers it names"),
        ("which states, z.B. Norway, mediate?", "which states, for example Norway, mediate?"),
        ("the Abzw. line", "the Abzw. line"),
    ],
)
def test_german_abbreviations_read_in_english(typed, read):
    assert in_english(typed) == read


def test_a_comparison_a_study_makes_is_not_asked():
    assert not asks_comparison("Its Norway, Switzerland and Qatar comparison defines conditions - which ones?")
    assert asks_comparison("How does the Norway comparison with Qatar come out?")


def test_a_case_study_of_a_document_named_after_it_is_a_part_of_it():
    question = "Which small states are compared in the case study of the paper from GC University Lahore?"
    assert designators(question) == ["GC University Lahore"]
    assert "case" not in naming_words(question)
    described = "In the paper on small states mediation, which countries are compared in the case study?"
    assert "case" not in designators(described)
    # (alone, it may name a document: "Case Studies | A new back channel to Moscow?")
    assert designators("Who wrote the case study on it?") == ["case"]


@pytest.mark.parametrize(
    "question, must",
    [
        (
            "Please make a list of the three small states which are compared in the case study of the paper from "
            "GC University Lahore.",
            ["Norway", "Switzerland", "Qatar"],
        ),
        ("Please make a list of the intrinsic constraints bzw. dangers for small-state mediators.", ["Enforcement"]),
        (
            "The small-states paper says its Norway, Switzerland and Qatar comparison defines the conditions behind a "
            "small state's mediation capacity - what are the conditions it names?",
            ["perceived neutrality"],
        ),
        (
            'Per the item in hand - the piece "A new back channel to Moscow?" - who is the statement of '
            "responsibility?",
            ["Somerville"],
        ),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
