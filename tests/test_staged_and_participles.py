"""A writer's scene set before a question (staged.py), a Dutch or German asker's small words and participle last
(mixed.py, learner.py), people asked for by a role after a topic, and years asked for (roles.py, answer_kind.py):
read as plain questions, on the seeds too."""

from __future__ import annotations

import pytest

from dragoman.assistant.answer_kind import answer_names, satisfies
from dragoman.assistant.asides import without_story
from dragoman.assistant.focus import nobody_named
from dragoman.assistant.learner import articled
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.mixed import in_english
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import analyse
from dragoman.assistant.roles import ROLE_ASKED
from dragoman.assistant.staged import unstaged


@pytest.mark.parametrize(
    ("typed", "told", "asked"),
    [
        (
            "For a scene in the Scottish embassy in Oslo: per the ferry report, who ran the talks?",
            "For a scene in the Scottish embassy in Oslo. Per the ferry report, who ran the talks?",
            "Per the ferry report, who ran the talks?",
        ),
        (
            "Cyber subplot set in Tallinn: what year did Ayr open the port?",
            "Cyber subplot set in Tallinn. What year did Ayr open the port?",
            "What year did Ayr open the port?",
        ),
        (
            "October 1962 scene: in the ferry report, who were the two sides?",
            "October 1962 scene. In the ferry report, who were the two sides?",
            "In the ferry report, who were the two sides?",
        ),
        # (a bare "Scene:" sets its scene in the sentence after it)
        (
            "Scene: a pier at dawn, gulls. Per the report, when did the Ayr ferry stop?",
            "Scene, a pier at dawn, gulls. Per the report, when did the Ayr ferry stop?",
            "Per the report, when did the Ayr ferry stop?",
        ),
        ("Scene: who wrote the report?", "Scene. Who wrote the report?", "Who wrote the report?"),
    ],
)
def test_a_writers_scene_before_a_colon_is_their_story(typed: str, told: str, asked: str) -> None:
    assert unstaged(typed) == told
    assert without_story(told) == asked  # (what it names need not be said)


@pytest.mark.parametrize(
    "typed",
    [
        "For the Oslo scene: who ran its talks?",  # (pointing back at the scene)
        "Scene 3: what did he say?",
        "Regarding the scene: who wrote it?",
    ],
)
def test_a_scene_the_question_points_back_at_stays_asked_about(typed: str) -> None:
    assert without_story(unstaged(typed)) == unstaged(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "The scene at the airport: what does the paper say about it?",  # (a scene the documents may hold)
        "For the paper's airport scene: who is there?",  # (a document's own)
        "Which scene comes first: the ferry or the pier?",
        "Ferry scene of 1923: which boats sailed that year?",  # (pointing back at the scene: part of the question)
    ],
)
def test_a_scene_the_documents_may_hold_or_the_question_points_back_at_stays_as_typed(typed: str) -> None:
    assert unstaged(typed) == typed


def test_a_dutch_or_german_askers_small_words_are_english() -> None:
    assert in_english("At welke university are they working?") == "At which university are they working?"
    assert in_english("Welche two ports does it name, and hoeveel ferries?") == (
        "Which two ports does it name, and how many ferries?"
    )


def test_a_participle_last_after_who_comes_after_its_auxiliary() -> None:
    assert articled("Who has the report about the Ayr ferry written?") == "Who wrote the report about the Ayr ferry?"
    assert articled("Who has the ferry talks led, and when?") == "Who has led the ferry talks, and when?"
    assert articled("and who has it for the Scottish side signed?") == "and who has signed it for the Scottish side?"
    # (not a question whose subject is the document: whom it cites, or what it argued)
    assert articled("Who has the report cited?") == "Who has the report cited?"
    assert articled("What has the report argued?") == "What has the report argued?"


def test_years_asked_for_are_not_answered_by_a_month() -> None:
    (clause,) = analyse("In which years did she serve as envoy in Oslo?")
    assert not satisfies(clause, "The envoy went to Oslo in November.")
    assert satisfies(clause, "She served in Oslo from 1998 to 2001.")
    (when,) = analyse("When exactly did she go to Oslo?")  # (any date answers "when")
    assert satisfies(when, "The envoy went to Oslo in November.")


@pytest.mark.parametrize(
    "question",
    [
        "who wrote that ferry report and what date's it got on it",
        "That ferry report, what year is it dated, and who wrote it?",
        "Would you know who wrote that ferry report, and when it went up?",
    ],
)
def test_the_date_a_document_bears_or_went_up_on_is_its_publication_date(question: str) -> None:
    assert "date" in metadata_asked(question)


def test_a_date_on_something_else_is_no_documents() -> None:
    assert "date" not in metadata_asked("What date is the ferry dated to in the museum's catalogue?")
    assert "date" not in metadata_asked("When did the ferry go up the river?")


def test_a_question_word_after_and_and_a_preposition_asks_anew() -> None:
    assert split_parts("Who said the ferry only created the need for more ferries, and over what years?") == [
        "Who said the ferry only created the need for more ferries",
        "over what years?",
    ]
    assert len(split_parts("Which ports did it link, and during which decade?")) == 2


def test_a_building_asked_for_is_named_with_its_kind() -> None:
    (estate,) = analyse("What was the name of the estate in Scotland where the ferry talks were held?")
    assert answer_names(estate, "The talks between Ireland and the Ferry Union were hosted by Norway.") == []
    assert answer_names(estate, "The talks were held at the Culzean estate near Ayr.")[0] == "Culzean"
    (hotel,) = analyse("Which hotel did the team stay at in Hue?")  # (its kind said after it, or where they were)
    assert answer_names(hotel, "In Hue the team stayed at the Saigon Morin, a riverside building from 1901.")
    assert answer_names(hotel, "In Hue the team stayed at the Saigon Morin.") == ["Saigon", "Morin"]
    (hotel,) = analyse("Which hotel hosted the summit?")
    assert answer_names(hotel, "The summit was held at the Capella Hotel on Sentosa.") == ["Capella"]


def test_whats_the_name_of_a_role_asks_for_a_person() -> None:
    assert ROLE_ASKED.search("what's the name of the Scottish envoy who ran the ferry talks?")


def test_he_in_the_writers_story_stands_for_their_character() -> None:
    assert not nobody_named("My envoy character finds out he's been cut out. In the ferry report, what does it bypass?")
    assert nobody_named("What did he bypass on the ferry?")


def test_the_seeds_asked_with_a_scene_in_dutch_order_and_the_names_not_given(seeded) -> None:
    answer = seeded.ask(
        "Cyber subplot set in Tallinn: per the small-states paper, what year did Estonia suffer the state-sponsored "
        "cyberattack?"
    )
    assert not answer.abstained and "2007" in answer.text
    answer = seeded.ask("Who has the paper about the quiet diplomacy of small states written?")
    assert not answer.abstained and "Rafique" in answer.text
    # (a long story told before the question weighs nothing against its answer)
    answer = seeded.ask(
        "My villain character, a jaded and paranoid old spymaster, thinks he is untouchable and sneers at everyone. "
        "Who chairs the Crisis Management Initiative?"
    )
    assert not answer.abstained and "Ahtisaari" in answer.text
    # (the negotiators are not named, nor the years Burns served in Moscow)
    assert seeded.ask(
        "So the India Pakistan back channel from 2004 to 2007, who were the actual negotiators on each side?"
    ).abstained
    assert seeded.ask("In which years did William Burns serve as ambassador in Moscow?").abstained
