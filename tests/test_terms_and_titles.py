"""Two terms compared ("How does facilitation differ from formulation?"), a document's title quoted without its
subtitle ("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?") and a person's "current job
title", and "Who is Martin Greaves?", asking what a person named in full is: rules, then the seeds with the real
model."""

import pytest

from dragoman.assistant.compare import compared_terms, subject_questions
from dragoman.assistant.expects import expected_answer
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
        # (a comparative said of the first thing, a word said of the next: no terms)
        ("Is the new treatment better compared to chemotherapy?", None),
        ("Is running healthier compared with cycling?", None),
        ("Is surgery safer versus radiotherapy?", None),
        ("In the article, what is different in Swiss cities compared to secret back-channel talks?", None),
        ("Buyer vs seller - who pays the stamp duty?", ("buyer", "seller")),
    ],
)
def test_two_terms_compared(question, terms):
    assert compared_terms(question) == terms


def test_each_term_compared_is_asked_of_alone_whatever_its_case():
    assert subject_questions("Facilitation vs formulation - what is the difference?") == [
        "Facilitation - what is the ?",
        "formulation - what is the ?",
    ]


def test_a_title_without_its_subtitle_is_the_document_s():
    titles = ["Quiet Diplomacy And Backchannel Negotiations By Small States: A Comparative Study In Mediation"]
    assert titled("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?", titles) == (
        "Who wrote the document 'Quiet Diplomacy And Backchannel Negotiations By Small States'?"
    )
    # (not where the subtitle says the document is about the work the main title names)
    assert titled("Who wrote 'Pride and Prejudice'?", ["Pride and Prejudice: A Study Guide"]) == (
        "Who wrote 'Pride and Prejudice'?"
    )
    assert titled("Who wrote 'The Lord of the Rings'?", ["The Lord of the Rings: A Reader's Companion"]) == (
        "Who wrote 'The Lord of the Rings'?"
    )
    # (a guide to a subject is the document itself)
    guide = ["Understanding Adverse Possession in England and Wales: A Plain-English Guide"]
    assert titled('Who wrote "Understanding Adverse Possession in England and Wales"?', guide) == (
        'Who wrote the document "Understanding Adverse Possession in England and Wales"?'
    )


def test_a_person_s_current_job_title_is_no_document_s_title():
    assert "title" not in metadata_asked("What's his current job title per the article?")
    assert "title" in metadata_asked("What's the title of the article?")


@pytest.mark.parametrize(
    "question, expects",
    [
        ("Who is Martin Greaves?", None),
        ("Who was Anatoly Dobrynin in the article?", None),
        # (a role's holder, a relation, a role: a name)
        ("Who is the CEO?", "name"),
        ("Who is CEO?", "name"),
        ("Who is President?", "name"),
        ("Who is Burns working for?", "name"),
        ("Who is Norway's negotiator?", "name"),
    ],
)
def test_who_a_person_named_in_full_is_asks_no_other_name(question, expects):
    assert expected_answer(question) == expects


def test_who_a_person_named_in_full_is_may_be_their_author_box():
    assert "affiliation" in metadata_asked("Who is Sadia Rafique?")
    assert metadata_asked("Who is the author of the Moscow piece?") == {"author"}


def test_who_a_person_the_text_names_is(tmp_path, embedder):
    """ "Who is Martin Greaves?": the sentence saying what he is, though it names no one else; one no text names is
    not answered."""
    from dragoman import Assistant

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "flood.txt").write_text(
        "Flooding closed roads in Meltham Bridge on Tuesday.\n\n"
        'Local shopkeepers expressed frustration. "This is the third time in six years," said Priya Sandhu, who runs '
        "a bakery on Bridge Street. The town council leader, Martin Greaves, said he would write to the government to "
        "ask for the repair to be brought forward.\n",
        encoding="utf-8",
    )
    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    bot.ingest([corpus])
    answer = bot.ask("Who is Martin Greaves?")
    assert not answer.abstained and "town council leader" in answer.text, answer.text
    assert bot.ask("Who is John Smithers?").abstained


@pytest.mark.slow
@pytest.mark.parametrize(
    "question, must",
    [
        ("Who wrote 'Quiet Diplomacy And Backchannel Negotiations By Small States'?", ["Rafique"]),
        ("How does facilitation differ from formulation?", ["Norway", "Switzerland"]),
        ("Facilitation vs formulation - what's the difference?", ["Norway", "Switzerland"]),
        ("Who is Sadia Rafique?", ["GC University Lahore"]),
        ("Who is William Burns?", ["Central Intelligence Agency"]),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
