"""Questions drafted as a lawyer or a quiz-setter writes them, and premises a reviewer echoes (session 36's rules):
pure rules on text with near misses on other subjects, then the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.coverage import analyzer
from dragoman.assistant.defined import undefined
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.focus import event_unsaid
from dragoman.assistant.lists import names_exactly
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("drafted", "read"),
    [
        # a term defined in brackets and used again: the definition goes, its uses are in lower case
        (
            'Regarding the report on flood defences (the "Flood Report"), which towns does the Flood Report list?',
            "Regarding the report on flood defences, which towns does the flood report list?",
        ),
        # ... an acronym stays as written
        (
            'Of the health agency (the "WHO"), please confirm what the WHO recommends.',
            "Of the health agency, please confirm what the WHO recommends.",
        ),
        # a short term in capitals not used again: its words, unquoted, in case the text says them
        ('Who chairs the Finnish group (the "Crisis Group")?', "Who chairs the Finnish group (crisis group)?"),
        # a document designated in capitals
        ("The Paper says what about rivers?", "The paper says what about rivers?"),
        ("According to the Legality Article, is it legal?", "According to the legality article, is it legal?"),
    ],
)
def test_a_defined_term_is_read_as_the_thing_it_defines(drafted: str, read: str) -> None:
    assert undefined(drafted) == read


def test_what_is_no_definition_is_left_as_typed() -> None:
    for typed in [
        'The paper calls it a quiet success ("a kind of mini-crisis in the Gulf").',  # (a phrase of the text)
        "Who owns the Washington Post?",  # (a newspaper, not a document designated)
        "What did Smith's Report to Congress say?",
        "Which study (2019) found it?",
        'What does the term ("Mens Rea") mean?',  # (no "the" in the brackets: the term asked about)
        "What did the Warren Commission Report say about Oswald?",  # (a name of its own, among names in capitals)
    ]:
        assert undefined(typed) == typed


def test_a_quiz_item_s_kind_is_no_part_of_its_question() -> None:
    assert unlabelled("Matching: match each river to its country.") == "match each river to its country."
    assert unlabelled("Short answer - why did the bridge close?") == "why did the bridge close?"
    assert unlabelled("Matching socks: why do they vanish?") == "Matching socks: why do they vanish?"


def test_a_reviewer_asking_to_report_a_figure_or_a_date_asks_for_one() -> None:
    assert expected_answer("Could the authors report the annual budget of the river agency?") == "number"
    assert expected_answer("Minor point: please specify the date on which the plant opened.") == "date"
    # (a report that is no request: "the newspapers report the budget cuts")
    assert expected_answer("Why did the newspapers report the budget cuts so late?") is None
    assert expected_answer("How do you report the cost of inventory on the balance sheet?") is None


def test_who_after_a_chat_s_mention_asks_for_a_name() -> None:
    assert expected_answer("@bot who chaired the bakers' union in 1990?") == "name"
    assert expected_answer("I mailed ana@example.org who never wrote back - why are unions weak?") is None


def _unsaid(question: str, sentence: str) -> bool:
    stem = analyzer()
    clause = analyse(question)[0]
    return event_unsaid(clause, set(stem(sentence)), dict.fromkeys(stem(question), 2.0), stem)


def test_talks_are_said_in_other_words_for_talks_but_what_befell_them_must_be_said() -> None:
    negotiations = "The secret negotiations between the two unions ran from 1998 to 2001."
    assert not _unsaid("When did the union talks take place?", negotiations)
    assert _unsaid("When did the talks collapse?", negotiations)
    # (words saying only that it happened need not be said, but name it when they are)
    assert not _unsaid("In which year did that strike take place?", "The strike, which took place in 1984, failed.")
    assert _unsaid("When did the strike happen?", "The ferry company was sold in 1984.")
    assert _unsaid("When did the negotiations take place?", "These issues are discussed further in Smith (2015).")


def test_a_person_of_the_asker_s_is_who_a_pronoun_may_stand_for() -> None:
    from dragoman.assistant.focus import nobody_named

    assert not nobody_named("i am helping my granddaughter with her homework what does the paper list")
    assert nobody_named("In my opinion, why did she resign?")


def test_a_sentence_names_exactly_as_many_things_as_asked() -> None:
    assert names_exactly("There are three kinds of cheese in the region:", 3)
    assert names_exactly("Its basis is hard cheese, soft cheese, and blue cheese.", 3)
    # (clauses, not things; two things joined by "and" may be anything)
    assert not names_exactly(
        "Unlike Brie, Gouda is a cheese of long tradition and strong export markets in Europe and Asia, and the "
        "difference between them is even less obvious.",
        3,
    )
    assert not names_exactly("This teaches a lesson, and the two sides must agree.", 2)
    assert names_exactly("Its causes are poverty, war and disease.", 3)  # (no comma before "and")


def test_the_date_on_which_a_titled_piece_was_published_is_asked_of_the_document() -> None:
    assert metadata_asked("Give the date on which 'A history of cheese' was published.") == {"date"}
    assert "date" not in metadata_asked("Give the date on which the trade treaty was signed.")
    assert "date" not in metadata_asked("Give the date on which the hostages were released.")


def test_the_three_things_asked_for_lead_the_answer(seeded) -> None:
    basis = seeded.ask("Name the three ideas the paper uses as the theoretical basis for small-state mediation.")
    assert not basis.abstained
    said = basis.text.lower()
    assert "powerlessness" in said and "niche" in said and "functional" in said, basis.text
    examples = seeded.ask(
        "Name the three institutions the paper gives as examples of the resources behind Swiss mediation."
    )
    assert examples.citations[0].quote.startswith("It is enriched with material and mental resources"), examples.text


def test_a_defined_document_and_an_echoed_premise(seeded) -> None:
    defined = seeded.ask(
        'Regarding the article titled "Back Channel Diplomacy: Legal Or Not?" (the "Legal Article"), kindly list the '
        "former US presidents the Legal Article says used back channels."
    )
    assert not defined.abstained and "Reagan" in defined.text, defined.text
    # (a figure the text does not give, asked as a reviewer asks it)
    assert seeded.ask("Could the authors report the yearly budget of the Swiss Peace Policy Section?").abstained


def test_a_question_typed_with_no_stop_sheds_its_greeting_thanks_and_remarks() -> None:
    from dragoman.assistant.chatty import unstopped

    assert unstopped(
        "hello dear my grandson is writing about the ferry strike who led it he needs the names thank you so much"
    ) == ("my grandson is writing about the ferry strike who led it")
    assert unstopped("good morning which bakery won the prize my granddaughter thinks it was the one in york") == (
        "which bakery won the prize"
    )
    # (stops set them apart for the other rules; what they said is asked; nothing left but thanks)
    assert unstopped("Hello, who led the strike? Thanks") == "Hello, who led the strike? Thanks"
    assert unstopped("why did the unions strike and what they said about pay") == (
        "why did the unions strike and what they said about pay"
    )
    assert unstopped("hello dear thank you") == "hello dear thank you"
    # (a condition, thanks that are asked about, a greeting that is a name)
    for typed in [
        "is it legal if my boss wants me to work unpaid overtime",
        "how do you say thank you in french",
        "hey jude was written by which beatle",
    ]:
        assert unstopped(typed) == typed


def test_a_question_word_run_into_the_next_is_written_apart() -> None:
    from dragoman.assistant.spelling import respelled

    texts = ["Norway hosted the talks. The report was wrote up by Norway's envoy in a plain way."]
    english = {"wrote", "however", "the", "paper"}
    known = lambda words: {w for w in words if w in english}
    assert respelled("whowrote the report", texts, known) == "who wrote the report"
    # (an English word; a short rest)
    assert respelled("however did it end", texts, known) == "however did it end"
    assert respelled("is whatman paper good", texts, known) == "is whatman paper good"


def test_a_learner_s_question_about_a_document_is_read_as_a_native_speaker_s() -> None:
    from dragoman.assistant.learner import articled

    assert articled("Who is author of article about bread?") == "Who is the author of the article about bread?"
    assert articled("When was published article of Smith?") == "When was published Smith's article?"
    assert articled("Article about bread - who has written it?") == "The article about bread - who wrote it?"
    # (a determiner already; a thing, not an author; a name's first word only)
    for typed in ["Which paper did he write?", "the article of faith", "the paper of the Commission"]:
        assert articled(typed) == typed


def test_a_learner_s_metadata_questions_are_answered(seeded) -> None:
    author = seeded.ask("Who is author of article about new back channel to Moscow?")
    assert "Somerville" in author.text, author.text
    dated = seeded.ask("When was published article of Somerville?")
    assert "2022" in dated.text, dated.text
