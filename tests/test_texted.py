"""Questions typed as texted ("wat r the 3 things ...", "y did it fail", "start n stop"), with the asker's guess
after them ("... i think theres like 4"), opened by a conjunction ("Insofar as Switzerland ..."), naming a
document's author as who says something ("How does the author of the study distinguish ...?"), and asking an
amount ("How much does Norway budget ...?"): pure rules on text, then, on the seeds with the real model, the
same kinds of question answered or refused as they should be."""

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse, asks_for_list, question_names
from dragoman.assistant.words import unlabelled
from dragoman.index.prior import designators, undesignated


def test_texted_words_are_written_out() -> None:
    assert unlabelled("wat r the main risks?") == "what are the main risks?"
    assert unlabelled("Wat year did the ferry stop") == "What year did the ferry stop"
    assert unlabelled("y did the Ayr talks fail") == "why did the Ayr talks fail"
    assert unlabelled("when did the ferry start n stop") == "when did the ferry start and stop"
    assert unlabelled("how can it b a hub") == "how can it be a hub"
    assert unlabelled("it helps a port b a hub") == "it helps a port be a hub"
    assert unlabelled("can it b used twice") == "can it be used twice"
    assert unlabelled("theres a list, wats on it") == "there's a list, what's on it"
    # a lone letter that is something else stays, and so does a capitalised name
    for kept in (
        "Was plan b a success?",
        "Is option b the better choice?",
        "switch to plan b during the talks",
        "What does r stand for in the model?",
        "What does u represent in eq 2?",
        "what is n in the sample",
        "x, y are the inputs; what is the output?",
        "does the paper say y is correlated with x",
        "When was Wat Arun built?",
        "What was found at Ur?",
    ):
        assert unlabelled(kept) == kept


def test_a_count_in_figures_before_a_plural_noun_is_said_as_a_word() -> None:
    assert unlabelled("the ferry paper says 3 things ports can do, wat r they") == (
        "the ferry paper says three things ports can do, what are they"
    )
    assert asks_for_list(unlabelled("near the end it names 4 risks, what are they"))
    # a figure of time or money stays one, and so does what a figure numbers, or a range
    for kept in (
        "for 3 days is that right?",
        "Did the trust spend 2 million pounds?",
        "What does section 2 discuss?",
        "What does Table 3 shows about ports",
        "what do track 2 talks achieve?",
        "3-4 things",
        "2 or 3 main points",
    ):
        assert unlabelled(kept) == kept


def test_the_askers_guess_after_the_question_is_no_part_of_it() -> None:
    assert unlabelled("what are the risks ports face? i think theres like 4") == "what are the risks ports face?"
    assert unlabelled("who ran the ferry? maybe 2 people") == "who ran the ferry?"
    # (a name in it is kept; so is a question after it)
    assert unlabelled("who ran the ferry? I think Ayr did") == "who ran the ferry? I think Ayr did"
    assert "like what" in unlabelled("how do the ports differ?? like what is each one good at")
    assert unlabelled("How did the talks end? maybe also say who mediated").endswith("who mediated")


def test_a_conjunction_opening_a_question_is_no_name() -> None:
    question = "Insofar as Ayr is described as a hub, since what year has it served?"
    assert "insofar" not in question_names(question)
    assert "ayr" in question_names(question)
    assert all("insofar" not in c.names for c in analyse(question))


def test_the_author_doing_what_is_asked_is_not_who_the_author_is() -> None:
    assert metadata_asked("How does the author of the ferry study distinguish Ayr's port from Troon's?") == set()
    assert metadata_asked("Why does the author of the harbour paper contend that size is no help?") == set()
    assert metadata_asked("According to the authors of the ferry study, what matters most?") == set()
    assert metadata_asked("Who is the author of the ferry study?") == {"author"}
    assert "affiliation" in metadata_asked("Where does the author of the ferry study work?")
    assert metadata_asked("Could the author of the ferry paper be named?") == {"author"}
    assert "author" in metadata_asked("Who did the author of the ferry study work for?")


def test_a_writer_named_before_the_document_goes_with_its_designation() -> None:
    question = "In Alistair Somerville's Diplomatic Pouch piece on ports, what can ferries do for towns?"
    assert designators(question) == ["Diplomatic Pouch"]
    assert "Alistair" not in undesignated(question)
    assert undesignated(question).endswith("what can ferries do for towns?")
    assert undesignated("Does Jacob's Kashmir study mention buses?").startswith("Does")


def test_how_much_is_budgeted_asks_an_amount() -> None:
    assert expected_answer("How much does the Ayr trust budget each year for dredging?") == "number"
    assert expected_answer("How much money did the council put into the pier?") == "number"
    for other in (
        "How much does trust matter to the parties?",
        "How much does the budget matter to the outcome?",
        "How much did the Vatican contribute to the talks?",
    ):
        assert expected_answer(other) is None
    asked = analyse("How much does the Ayr trust budget each year for dredging?")[0]
    assert not satisfies(asked, "No single framework covers the trust's work.")
    # (only money: "half the land", "twice as big", "one year" answer other "how much" questions)
    assert satisfies(analyse("How much of the land was returned?")[0], "Israel returned half of the land.")
    assert satisfies(asked, "The trust budgets 2 million pounds a year.")
    assert satisfies(asked, "Its budget runs to several million pounds.")


def test_texted_questions_are_answered_and_an_amount_no_document_gives_is_refused(seeded) -> None:
    listed = seeded.ask("wat r all the limits small states face as mediators in the quiet diplomacy paper? i think 4")
    assert not listed.abstained
    assert "Enforcement Gap" in listed.text and "Free-Rider" in listed.text
    three = seeded.ask("the moscow back channel article says 3 things back channels can do for officials, wat r they")
    assert not three.abstained and "insulate officials" in three.text
    years = seeded.ask("kashmir back channel - wat years did the talks run n when did the bus service start n stop")
    assert not years.abstained and all(y in years.text for y in ("2004", "2007", "2005", "2019"))
    insofar = seeded.ask(
        "Insofar as the small-states paper calls Switzerland a Protecting Power, for whom has it acted, and since when?"
    )
    assert not insofar.abstained and "1980" in insofar.text
    author = seeded.ask("Why does the author of the small-state mediation study say powerlessness can be a resource?")
    assert not author.abstained and "hidden agenda" in author.text
    budget = seeded.ask("How much does Norway's foreign ministry budget each year for its peace facilitation work?")
    assert budget.abstained


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "IIRC the ferry paper lists three routes. what are they?",
            "the ferry paper lists three routes. what are they?",
        ),
        ("ELI5: how does a small port pay?", "how does a small port pay?"),
        ("TIL there was a ferry?? when did it start", "there was a ferry?? when did it start"),
        ("AFAIK Ayr hosted it. who else?", "Ayr hosted it. who else?"),
        ("What does AFAIK stand for?", "What does AFAIK stand for?"),  # (near misses: the shorthand asked about)
        ("Is ELI5 a subreddit?", "Is ELI5 a subreddit?"),
        ("Til when is the pharmacy open?", "Til when is the pharmacy open?"),
        ("tl;dr: why did it fail?", "why did it fail?"),
        # (near misses: the International Maritime Organization, a state of Nigeria, "until")
        ("What did the IMO decide?", "What did the IMO decide?"),
        ("Imo State elections?", "Imo State elections?"),
        ("Until 2019 what happened?", "Until 2019 what happened?"),
    ],
)
def test_a_forums_shorthand_says_nothing_of_the_question(typed: str, read: str) -> None:
    assert unlabelled(typed) == read


def test_re_opening_what_a_question_is_about_reads_regarding() -> None:
    from dragoman.assistant.parts import split_parts

    asked = unlabelled(
        "re the ayr 'harbour board' thing — whose boats do they license, in which ports, and since when?"
    )
    assert asked.startswith("Regarding the ayr 'harbour board' thing")
    assert split_parts(asked)[1:] == ["in which ports?", "since when?"]
    assert unlabelled("Re: Ayr - who led it?") == "Ayr - who led it?"
    assert unlabelled("re-run the numbers - why?") == "re-run the numbers - why?"
