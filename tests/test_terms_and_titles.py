"""Two terms compared ("How does facilitation differ from formulation?"), a document's title quoted without its
subtitle ("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?") and a person's "current job
title": rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.compare import compared_terms
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.quoted_title import titled


@pytest.mark.parametrize(
    "question, terms",
    [
        ("How does facilitation differ from formulation?", ("facilitation", "formulation")),
        ("Facilitation vs formulation - what is the difference?", ("facilitation", "formulation")),
        ("What is the difference between mediation and arbitration?", ("mediation", "arbitration")),
        # (the parts of two compounds, short words, one word twice: no two terms)
        ("How did the front-channel talks compare with the back-channel ones?", None),
        ("What is the difference between X and Y?", None),
        ("How does mediation now differ from mediation then?", None),
    ],
)
def test_two_terms_compared(question, terms):
    assert compared_terms(question) == terms


def test_a_long_title_without_its_subtitle_is_the_document_s():
    titles = ["Quiet Diplomacy And Backchannel Negotiations By Small States: A Comparative Study In Mediation"]
    assert titled("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?", titles) == (
        "Who wrote the document 'Quiet Diplomacy And Backchannel Negotiations By Small States'?"
    )
    # (a short one may be the work the document is about)
    assert titled("Who wrote 'Pride and Prejudice'?", ["Pride and Prejudice: A Study Guide"]) == (
        "Who wrote 'Pride and Prejudice'?"
    )


def test_a_person_s_current_job_title_is_no_document_s_title():
    assert "title" not in metadata_asked("What's his current job title per the article?")
    assert "title" in metadata_asked("What's the title of the article?")


@pytest.mark.slow
@pytest.mark.parametrize(
    "question, must",
    [
        ("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?", ["Rafique"]),
        ("How does facilitation differ from formulation?", ["Norway", "Switzerland"]),
        ("Facilitation vs formulation - what's the difference?", ["Norway", "Switzerland"]),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
