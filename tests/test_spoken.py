"""Questions said rather than written ("so the ferry paper says Ayr is a hub what route does it run ..."), asked
as requests for one figure ("verify the dollar amount ...", "confirm the year ..."), after a story of the asker's
own ("when I served in Ayr, ..."), and naming things with a bracket ("the Moss (Kissinger-Dobrynin) study"): pure
rules on text, then, on the seeds with the real model, a figure no document gives is not answered by a sentence
about its subject, and the same questions with an answer are answered."""

from dragoman.assistant.compare import IN_COMMON
from dragoman.assistant.question import analyse, asks_for_list, expected_answer


def test_a_request_for_one_figure_or_date_expects_one() -> None:
    assert expected_answer("Verify the dollar amount Ayr committed to the new pier, per the ferry paper.") == "number"
    assert expected_answer("What is its annual budget?") == "number"
    assert expected_answer("Give the year the Ayr Harbour Trust was founded.") == "date"
    assert expected_answer("Tell me the exact date of that visit.") == "date"
    # a person, not a figure
    assert expected_answer("Which KGB figure is named as one of Nixon's channels?") != "number"
    assert expected_answer("Give the reasons the trust was founded.") is None
    assert expected_answer("State the day-to-day duties of the trust.") is None
    assert expected_answer("What is its number one priority?") is None


def test_a_request_after_a_dash_asks() -> None:
    clauses = analyse("The ferry piece says the mayor went to Ayr in May - give the exact date and who he met there.")
    assert [c.expects for c in clauses] == ["date", "name"]


def test_the_askers_own_story_asks_nothing() -> None:
    clauses = analyse(
        "The harbour trust, when I had dealings with Ayr, was a modest outfit. What is its budget and how many "
        "pilots does it employ?"
    )
    assert [c.expects for c in clauses] == ["number", "number"]
    told = analyse("When I served in Ayr, the trust was a modest outfit. What is its budget?")
    assert [c.text for c in told] == ["What is its budget?"]
    # (a question word of its own still asks)
    assert len(analyse("When I was in Ayr, who ran the ferry? And when did it stop?")) == 2


def test_names_in_brackets_after_a_name_need_not_be_said() -> None:
    (clause,) = analyse("What do the Moss (Kissinger-Dobrynin) and Jacob (India-Pakistan) case studies share?")
    assert set(clause.names) == {"moss", "jacob"}
    (plain,) = analyse("What did Kissinger and Dobrynin agree?")
    assert set(plain.names) == {"kissinger", "dobrynin"}
    # (words in brackets are no names said in passing: both are asked about)
    (aside,) = analyse("How did Switzerland (and Qatar) mediate?")
    assert set(aside.names) == {"switzerland", "qatar"}
    (case,) = analyse("What (in Norway's case) did the envoy achieve?")
    assert case.names == ("norway",)


def test_what_two_things_both_show_is_what_they_share() -> None:
    assert IN_COMMON.search("what do the moss and jacob case studies both show?")
    assert IN_COMMON.search("Ayr and Troon - what's the shared lesson?")
    assert not IN_COMMON.search("Which studies show both sides?")
    assert not IN_COMMON.search("What do Ayr and Troon both say about the ferry?")  # (what each says)


def test_a_question_said_with_no_stops_asks_at_each_question_word_with_its_verb() -> None:
    parts = analyse("so the ferry paper says Ayr is a hub what big route does it run and what ship did it buy")
    assert [c.text for c in parts] == ["what big route does it run", "what ship did it buy"]
    assert [c.names for c in parts] == [("ayr",), ("ayr",)]  # ("it": the place the statement before names)
    # a question word after a verb it is the object of is no new question
    (said,) = analyse("what does the paper say what does it mean for Ayr?")
    assert said.text.startswith("what does the paper say")
    (explained,) = analyse("the ferry paper explains why does it matter for Ayr")
    assert explained.text.startswith("the ferry paper explains")


def test_a_noun_ending_in_s_after_a_dash_is_no_list() -> None:
    assert not asks_for_list("ferry paper - its bias?")
    assert not asks_for_list("ferry paper - the ethics?")
    assert asks_for_list("ferry paper - main problems it lists")


def test_a_figure_or_date_the_documents_do_not_give_is_refused_and_one_they_give_answered(seeded) -> None:
    refused = seeded.ask(
        "The small-state mediation paper mentions the Swiss Peace Policy Section. What is its annual budget and how "
        "many mediators does it employ?"
    )
    assert refused.abstained
    founded = seeded.ask("Confirm the year the Norwegian Institute of Applied Social Science was founded.")
    assert founded.abstained
    since = seeded.ask(
        "The small states paper's bit on Switzerland as a Protecting Power - whose interests does it represent, and "
        "since when?"
    )
    assert not since.abstained and "1980" in since.text and "Egypt" in since.text
    shared = seeded.ask(
        "What do the Moss (Kissinger-Dobrynin) and Jacob (India-Pakistan) case studies have in common according to "
        "the Moscow article?"
    )
    assert not shared.abstained and "insulated the negotiators" in shared.text


def test_a_person_asked_for_by_nation_and_role_must_be_said_to_be_of_it() -> None:
    from dragoman.assistant.answer_kind import answer_names

    (asked,) = analyse("Which Scottish official was the mayor's contact?")
    assert answer_names(asked, "The mayor met Scottish Minister Jane Roe in Ayr.") == ["Jane", "Roe"]
    assert answer_names(asked, "The mayor met Jane Roe, the Scottish envoy, in Ayr.") == ["Jane", "Roe"]
    assert answer_names(asked, "He met the Scottish envoy to the United States, Jane Roe.") == ["Jane", "Roe"]
    (role,) = analyse("Which historian wrote the ferry study?")  # (a role, no nation)
    assert answer_names(role, "The ferry study was written by Jane Roe.") == ["Jane", "Roe"]
    # (joined to the nation by "and": another person; a sentence not saying the nation cannot tell)
    (norwegian,) = analyse("Which Norwegian official was the mayor's contact?")
    assert answer_names(norwegian, "It was a line between Norway and John Doe's campaign team.") == []
    assert answer_names(norwegian, "Sultan Jane Roe carried the messages.") == ["Sultan", "Jane", "Roe"]
    (several,) = analyse("Which Scottish ministers are named in the report?")
    listed = "It names former Scottish ministers John Doe, Jane Roe, and Ann Lee."
    assert {"Doe", "Roe"} <= set(answer_names(several, listed))


def test_a_role_asked_after_where_it_is_said_and_a_place_asked_where() -> None:
    from dragoman.assistant.answer_kind import answer_names

    # (the document the question names first: "in the ferry paper which Norwegian official ...")
    (scene,) = analyse("in the ferry paper which norwegian official was the mayor's contact")
    assert answer_names(scene, "It was a line between Norway and John Doe's campaign team.") == []
    # "where ...?" asks a place, which a person is not (but "where does X come from" asks a source)
    where = analyse("Which Scottish official did he call, and where did they meet?")[1]
    assert answer_names(where, "It was a line between Norway and John Doe's campaign team.") == ["Norway"]
    assert answer_names(where, "It was a line set up by John Doe's campaign team.") == []
    (source,) = analyse("Where does the money the trust uses come from?")
    assert answer_names(source, "The trust has the Ayr Fund behind it.") != []


def test_things_asked_for_in_quotes_that_the_answer_only_mentions_are_not_given() -> None:
    from dragoman.assistant.listing import _ASKED_THINGS

    asked = "The ferry explainer: what are the specific 'practical tests' it proposes?"
    assert [m.group(1) for m in _ASKED_THINGS.finditer(asked)] == ["tests"]
    assert [m.group(1) for m in _ASKED_THINGS.finditer("What benefits does it list?")] == ["benefits"]


def test_who_signed_or_wrote_asks_a_person_not_a_state() -> None:
    from dragoman.assistant.answer_kind import answer_names

    (signed,) = analyse("Who signed the Ayr Accord on behalf of the ferry union?")
    assert answer_names(signed, "The talks between the United Kingdom and the ferry union led to the Ayr Accord.") == []
    assert answer_names(signed, "It was signed by Jane Roe for the ferry union.") == ["Jane", "Roe"]
    # (a state may do what a person does not only: mediate, host)
    (hosted,) = analyse("Who hosted the talks between the ferry union and the council?")
    assert answer_names(hosted, "The talks between the ferry union and the council were held in the United Kingdom.")


def test_a_person_of_a_nation_no_document_names_is_refused(seeded) -> None:
    answer = seeded.ask(
        "Which Russian official was Kushner's contact in the back channel the legality explainer describes?"
    )
    assert answer.abstained
    # (asked after naming the document, and with a place: no one of Russia named, nor any place)
    for asked in (
        "in the legal or not article which russian official was kushner trying to set up the back channel with",
        "Which Russian official was Kushner trying to set up his back channel with, and where did they meet?",
    ):
        assert seeded.ask(asked).abstained, asked
    tests = seeded.ask("The ethics explainer: what are the specific 'practical tests' it proposes?")
    assert tests.abstained


def test_a_specific_thing_asked_for_must_be_said_in_its_word_or_one_for_it() -> None:
    from dragoman.assistant.focus import specific_unsaid

    treason = ["It sparked accusations of treason against the mayor."]
    assert specific_unsaid("Which specific law does the ferry paper say the mayor broke?", treason)
    assert specific_unsaid("Was he investigated under any particular statute?", treason)
    assert not specific_unsaid("Which specific law did he break?", ["He broke the harbour law of 1990."])
    assert not specific_unsaid("What exact date did the ferry stop?", treason)  # (a date: answer_kind.py)
    assert not specific_unsaid("Which law did he break?", treason)  # (not asked as a specific one)
    # (a kind an answer gives in other words)
    assert not specific_unsaid("Is there any particular reason Ayr was trusted?", ["Ayr had no hidden agenda."])
    assert not specific_unsaid("Which specific role did Ayr play?", ["Ayr hosted the talks."])


def test_a_host_asked_for_must_be_said_to_host() -> None:
    from dragoman.assistant.focus import specific_unsaid

    used = ["The mayor used secret talks with Troon and met its envoys to reopen the ferry in 2014."]
    assert specific_unsaid("Which country hosted the secret Ayr-Troon talks?", used)
    assert specific_unsaid("Where were the secret Ayr-Troon talks held?", used)
    assert not specific_unsaid("Which town hosted the talks?", ["The talks were held in Largs in 2014."])
    assert not specific_unsaid("Which town hosted the talks?", ["Largs was the venue of the talks."])
    assert not specific_unsaid("Who ran the secret Ayr-Troon talks?", used)
    assert specific_unsaid("Ayr-Troon talks - ceasefire terms and venue?", used)
    # whether a thing was ever done: an answer must say it was done, in its word or a synonym
    accused = ["The mayor's deal sparked accusations of fraud."]
    assert specific_unsaid("Was the mayor ever charged over it?", accused)
    assert not specific_unsaid("Was the mayor ever charged over it?", ["The mayor was charged in 2019."])
    assert not specific_unsaid("Has Troon ever mediated a dispute?", ["Troon is a mediator of disputes."])


def test_a_specific_thing_no_document_names_is_refused(seeded) -> None:
    answer = seeded.ask("Which specific US statute does the cycivic explainer say Kushner's back channel violated?")
    assert answer.abstained
    # a host no document names; one a document names
    assert seeded.ask(
        "Which country hosted the secret US-Cuba talks that led to the 2014 restoration of ties?"
    ).abstained
    hosted = seeded.ask("Which country hosted the Taliban's political office, per the small-states paper?")
    assert not hosted.abstained and "Qatar" in hosted.text
