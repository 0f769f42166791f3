"""Where a person works: asked in other words than the sentence saying it ("Where is he based?" - "..., a scholar
... at the Nehru University"), and answered by that sentence, also after a question that named the person."""

from __future__ import annotations

import pytest

from dragoman.assistant.affiliation import affiliation_stems, gives_affiliation
from tests.test_answers import check_citations


@pytest.mark.parametrize(
    "question,stems",
    [
        ("Where is Happymon Jacob based?", {"base"}),
        ("where's he based, like which uni?", {"base", "uni"}),
        ("Which institution's he with?", {"institut"}),
        ("Where does Moss teach?", {"teach"}),
        ("What was his affiliation?", {"affili"}),
        # not where a place or a thing is, nor which body did something
        ("Where is the Crisis Management Initiative?", set()),
        ("Which institution hosted the talks?", set()),
        ("Where did the talks take place?", set()),
        ("Which university did the study survey?", set()),
    ],
)
def test_questions_asking_where_someone_works(question, stems):
    assert affiliation_stems(question) == stems


@pytest.mark.parametrize(
    "sentence,said",
    [
        ("As Rick Moss, a historian at the U.S Naval War College, described in a case study ...", True),
        (
            "According to Happymon Jacob, a scholar of diplomacy in South Asia at the Nehru University in New Delhi",
            True,
        ),
        # the body in another clause, or none: not where the person works
        ("Moss wrote the study; the Institute for the Study of Diplomacy published it.", False),
        ("Jacob explored in an August 2021 ISD case study that back channels led to breakthroughs.", False),
        ("Moss sponsors hundreds of athletes at the University of Oregon.", False),  # (no apposition saying what he is)
    ],
)
def test_sentences_saying_where_the_person_works(sentence, said):
    assert gives_affiliation(sentence, "Where does Moss work? (Jacob)") is said


def test_where_a_person_works_is_answered_by_the_sentence_saying_it(seeded):
    answer = seeded.ask("Where does Moss work?")
    assert not answer.abstained and "Naval War College" in answer.text, answer.text
    check_citations(seeded, answer)


@pytest.mark.parametrize(
    "before,follow,body",
    [
        (
            'who called the India-Pakistan back channel a "great experiment"?',
            "where's he based, like which uni?",
            "Nehru",
        ),
        ("Who wrote the case study on the Kissinger-Dobrynin channel?", "Which institution's he with?", "Naval War"),
    ],
)
def test_a_follow_up_on_where_he_works_leads_with_it(seeded, before, follow, body):
    answer = seeded.ask(follow, history=[seeded.ask(before)])
    assert not answer.abstained and body in answer.text.split("[1]")[0], answer.text
    check_citations(seeded, answer)


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the case study on Kissinger and Dobrynin, and where's he based?",
        "Who wrote the Kissinger-Dobrynin case study up, and where is he from?",
        # (the study the turn before named, as "that case study")
        "and who wrote that case study — where's he based? (Moscow, Kissinger, Dobrynin)",
    ],
)
def test_who_wrote_a_cited_study_and_where_he_is_based(seeded, question):
    answer = seeded.ask(question)
    assert "Moss" in answer.text and "Naval War College" in answer.text, answer.text
    assert "Somerville" not in answer.text  # (not the by-line of the article citing it)
    check_citations(seeded, answer)


def test_where_the_author_is_from_asked_with_who_wrote_it_is_where_they_work() -> None:
    from dragoman.assistant.metadata import metadata_asked

    assert metadata_asked("Who wrote the report on tariffs, and where's she from?") == {"author", "affiliation"}
    assert metadata_asked("who wrote it and where are they from?") == {"author", "affiliation"}
    # (not of anyone else: where the one who led the talks comes from is no document's author box)
    assert "affiliation" not in metadata_asked("Who led the talks, and where is he from?")
    assert "affiliation" not in metadata_asked("Who wrote the song, and where's the singer from?")
    assert "affiliation" not in metadata_asked("What did Lionel Messi win in 2022, and where is he from?")
    assert "affiliation" not in metadata_asked("Who is Gordon Ramsay and where is he from?")
