"""An asker's memories and greetings around a question, a French cleft, a statement leading to its question,
remarks after it; counting the names asked for; a part's start or stop; a date asked with an author: rules,
then the seeds with the real model."""

import pytest

from dragoman.assistant.answer_kind import counts_named, names_listed
from dragoman.assistant.chatty import spoken_around
from dragoman.assistant.learner import articled
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.recalled import without_memories
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "I have always had a soft spot for Norway since I taught a unit on the Vikings, and I recall the Oslo "
            "accords on the news, so who were the Norwegian negotiators?",
            "who were the Norwegian negotiators?",
        ),
        (
            "I am a retired teacher and I still remember watching the Oslo handshake, so I was pleased to find this "
            "paper, could you kindly tell me which three small states the paper compares?",
            "could you kindly tell me which three small states the paper compares?",
        ),
        (
            "I was a young teacher then and I dont recall any fuss about Cuba, but the article mentions a mini "
            "crisis, so where was the base, and who talked them out of it?",
            "the article mentions a mini crisis, so where was the base, and who talked them out of it?",
        ),
        # (what it asks first points back at the memory: kept whole)
        ("I remember the Oslo accords, so who signed them?", "I remember the Oslo accords, so who signed them?"),
        (
            "I remember the Oslo accords, so could you tell me, who signed them?",
            "I remember the Oslo accords, so could you tell me, who signed them?",
        ),
        (
            "I remember the cyberattack on Estonia, so when did it happen?",
            "I remember the cyberattack on Estonia, so when did it happen?",
        ),
        ("I watched the talks, so when was that?", "I watched the talks, so when was that?"),
        # (no memory: the asker's own world may be what is asked about)
        (
            "I work in Oslo, so which institute opened the channel?",
            "I work in Oslo, so which institute opened the channel?",
        ),
    ],
)
def test_the_memories_a_question_opens_on_ask_nothing(typed, read):
    assert without_memories(typed) == read


def test_a_greeting_on_its_own_before_a_question_asks_nothing():
    assert spoken_around("Bonjour, who wrote the Moscow piece?") == "Who wrote the Moscow piece?"
    assert spoken_around("Good afternoon, I am a retired teacher.") == "I am a retired teacher."
    assert (
        spoken_around("Hola, the tapas bar, is closed on which day?") == "Hola, the tapas bar, is closed on which day?"
    )


def test_a_french_cleft_is_put_plainly():
    assert articled("In the paper, it is which three countries that are compared?") == (
        "In the paper, which three countries are compared?"
    )
    assert articled("It was in what year that they signed it?") == "In what year they signed it?"
    assert articled("Is it true that it is cheap?") == "Is it true that it is cheap?"


def test_a_remark_after_a_comma_at_the_end_asks_nothing():
    assert unlabelled("When was that attack on them, I cant recall it at all?") == "When was that attack on them?"
    assert unlabelled("and when did it stop, I think I saw it on the news once.") == "and when did it stop?"
    assert unlabelled("Who signed it, I saw Rabin?") == "Who signed it, I saw Rabin?"
    assert (
        unlabelled("Who signed it, I heard it was Rabin and Arafat?")
        == "Who signed it, I heard it was Rabin and Arafat?"
    )


def test_a_date_asked_after_the_author_and_a_job_title_which_is_a_persons():
    assert metadata_asked("Name the author of 'A new back channel to Moscow?' and the date it went up.") == {
        "author",
        "date",
    }
    assert "title" not in metadata_asked("Name the two negotiators, and give me the job title of the first one.")
    assert metadata_asked("What is the title of the document about job titles?") == {"title"}
    assert metadata_asked("Who led the talks and the date they met?") == set()


def test_a_question_counting_people_or_places_and_a_series_of_as_many_names():
    assert counts_named("Which three small states did the authors choose?")
    assert not counts_named("Name the three ideas the paper uses as its basis.")
    sentence = "It is based on a comparative case study of Norway, Switzerland and Qatar, the conditions of it are set."
    assert names_listed(sentence, 3)
    assert not names_listed(sentence, 2)
    assert not names_listed("It counts population, GDP and the army.", 3)
    assert not names_listed("Luke Howard first measured it in London.", 3)


@pytest.mark.parametrize(
    "question, must, must_not",
    [
        # (a question counting states: the sentence naming three, not "population, GDP and the army")
        ("Which three small states did the authors choose for their main comparative case study?", ["Qatar"], []),
        (
            "I have always had a soft spot for Norway since I taught a unit on the Vikings, and I recall the Oslo "
            "accords on the evening news, so who were the Norwegian negotiators the paper names and which institute "
            "was it that first offered the quiet contact channel?",
            ["Egeland", "Applied Social Science"],
            [],
        ),
        # (set up: the year it was established, not the year it ceased)
        (
            "Between which years did Indian and Pakistani national security officials run their back channel, and in "
            "what year was the cross-border bus service set up?",
            ["2005"],
            [],
        ),
        ("Name the author of 'A new back channel to Moscow?' and the date it went up.", ["Somerville", "2022"], []),
        (
            "Why does Norway have such a good name as an honest broker, according to the small states paper, I always "
            "thought it was just because they give out the Nobel peace prize?",
            ["honest broker"],
            [],
        ),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must, must_not):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
    assert not any(m in answer.text for m in must_not), answer.text


def test_a_follow_up_on_an_attack_a_compound_names_with_a_remark_after_it(seeded):
    first = seeded.ask("What does the small states paper say Estonia does in the cyber area?")
    answer = seeded.ask("When was that attack on them, I cant recall it at all?", history=[first])
    assert not answer.abstained and "2007" in answer.text
