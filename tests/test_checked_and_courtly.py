"""Session 40's rules: a checking desk's labelled claims ("CLAIM: ... Verify both."), a document's author checked by name,
the formal and old-fashioned register ("One would be obliged to learn ...", "betwixt"), a transcript's spoken fillers
and restarts, an acronym coined in the plural, a clipped name: pure rules on text with near misses on other subjects,
then the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.asides import claimed
from dragoman.assistant.courtly import plainly
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.focus import missing_focus
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import clipped
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import analyse
from dragoman.assistant.words import unlabelled


def test_a_labelled_claim_is_checked_and_its_details_need_not_be_said() -> None:
    question = "CLAIM: Switzerland has acted for the US in Iran since 1979 and for Iran in Saudi Arabia. Verify both."
    assert claimed(split_parts(question)) == [split_parts(question)[0]]
    assert claimed(split_parts("VERIFY: draft says Norway leaked the talks. What does the paper say?")) != []
    assert claimed(split_parts("Check: the article was written by Angela Stent?")) != []
    # (a label before a question asking its own: no claim)
    assert claimed(split_parts("Check: which presidents does it name?")) == []
    assert claimed(split_parts("Confirm: when does the lease end?")) == []
    # the label is no acronym the documents must say
    assert missing_focus("CLAIM: the talks began in Oslo. VERIFY the year.", ["The Oslo talks began in 1993."]) == []
    # (while "ID" stays a word to find: "How do I renew my ID?")
    assert missing_focus("How do I renew my ID?", ["Renew the policy online."]) == ["ID"]
    # ... while a real acronym is still looked for
    assert missing_focus("CLAIM: NATO backed the talks.", ["The talks began in 1993."]) == ["NATO"]
    # a clause holding the claim asks without its names and years
    (clause,) = analyse("CLAIM: Switzerland acted for the US in Iran since 1979. Verify both - year and the country.")
    assert clause.years == frozenset() and "iran" not in clause.names


@pytest.mark.parametrize(
    ("part", "expects"),
    [
        ("Verify date and venue.", "date"),
        ("Verify both - year and the second country.", "date"),
        ("Confirm the dates.", "date"),
        ("and the cross-border bus -> year started, year stopped?", "date"),
        # (near misses: a check of something else)
        ("Verify your email address.", None),
        ("Confirm the booking for two.", None),
        ("Check the venue and the catering.", None),
    ],
)
def test_a_checking_desk_asks_for_a_date_by_naming_it(part: str, expects: str | None) -> None:
    assert expected_answer(part) == expects


def test_a_date_asked_of_two_doings_asks_it_of_both() -> None:
    assert "year started and stopped" in unlabelled("and the bus -> yr started, yr stopped?")
    assert unlabelled("What year started, and what year ended?") == "What year started, and what year ended?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Check: Diplomatic Pouch piece 'A new back channel to Moscow?' written by Angela Stent?", {"author"}),
        ("Is the article 'Statins at seventy' written by Sarah Khan?", {"author"}),
        ("VERIFY: the case-studies piece ran in Foreign Policy, Feb 2022. Outlet + date?", {"venue", "date"}),
        ("Small-state mediation paper -> authors? + affil", {"author", "affiliation"}),
        # (near misses: a work the document tells of, with no title or checking label; a by-line checked in passing)
        ("Was the piece written by Mozart?", set()),
        ("Was the Harry Potter Baking book written by J.K. Rowling?", set()),
        ("Any book written by Nigella on baking?", set()),
        ("My doctor gave me a report written by Dr Shah. Does grapefruit affect Crestor?", set()),
        ("The statins article cites a Leeds study. Author?", set()),
        ("By whom was the closing piece composed?", set()),
        # (near misses: the author as the one saying, a thing written by someone, an event's date and venue)
        ("Was the treaty written by Norwegians?", set()),
        ("Was the song written by Lennon?", set()),
        ("The article says the accord was written by Egeland?", set()),
        ("By whom was the delegation in the article composed?", set()),
        ("The report covers three meetings. Venue and date?", set()),
        ("The article discusses the Oslo talks. Date?", set()),
        ("What do the authors of the paper list as constraints?", set()),
        ("What constraints do the authors of that study see fit to enumerate?", set()),
    ],
)
def test_what_a_question_asks_of_its_document(question: str, asked: set[str]) -> None:
    assert metadata_asked(unlabelled(question)) == asked


@pytest.mark.parametrize(
    ("formal", "plain"),
    [
        ("One would be obliged to learn what constraints the authors list.", "What constraints the authors list."),
        ("I should be much obliged were you to set out, seriatim, the perils.", "Set out the perils."),
        ("Wherefore, one wonders, does it become harder?", "Why does it become harder?"),
        (
            "Touching those expulsions betwixt Washington and Moscow, pray, how many are left?",
            "Regarding those expulsions",
        ),
        ("Under what title, pray, did the piece make its appearance?", "Under what title did the piece appear?"),
        ("Pray, by whose hand was the essay penned?", "By whom was the essay penned?"),
        ("And of what accord, if one may inquire, was she a negotiator?", "And of what accord was she a negotiator?"),
        # (near misses: the same words as content)
        ("Am I obliged to pay the deposit?", "Am I obliged to pay the deposit?"),
        ("Touching the screen twice, what happens?", "Touching the screen twice, what happens?"),
        ("Is the Grateful Dead album on vinyl?", "Is the Grateful Dead album on vinyl?"),
        ("When did the comet make its appearance?", "When did the comet make its appearance?"),
        ("Where can I see print previews?", "Where can I see print previews?"),
        ("What are prayer times in Doha?", "What are prayer times in Doha?"),
        ("I wonder if the visa is needed?", "I wonder if the visa is needed?"),
        ("What does heretofore mean?", "What does heretofore mean?"),
        ("Which play has 'To sleep, perchance to dream'?", "Which play has 'To sleep, perchance to dream'?"),
        ("Staff in the UAE, pray breaks - are they allowed?", "Staff in the UAE, pray breaks - are they allowed?"),
        ("Who wrote Eat, Pray, Love?", "Who wrote Eat, Pray, Love?"),
        ("Pray rooms at Doha airport - where are they?", "Pray rooms at Doha airport - where are they?"),
        ("Working in Dubai, I venture to ask whether hours are cut?", "Working in Dubai, I venture to ask whether"),
        ("If I sell, I would be obliged to pay capital gains tax?", "If I sell, I would be obliged to pay capital"),
        ("I would like to learn Python", "I would like to learn Python"),
        ("We would be glad to pay the Fees - within how many days?", "We would be glad to pay the Fees"),
        ("Seat of learning near Muscat?", "Seat of learning near Muscat?"),
    ],
)
def test_the_formal_register_is_read_plainly(formal: str, plain: str) -> None:
    assert plainly(formal).startswith(plain)


def test_a_transcripts_fillers_and_restarts_ask_nothing() -> None:
    assert (
        unlabelled("um who wrote the, the new piece, and uh when did it, like, come out?")
        == "who wrote the new piece, and when did it come out?"
    )
    assert unlabelled("what what year was it") == "what year was it"
    # (near misses: a kind asked, a word said twice as English says it, a name said twice)
    assert unlabelled("What kind of visa do I need?") == "What kind of visa do I need?"
    assert unlabelled("What it is is a tax. Who pays it?") == "What it is is a tax. Who pays it?"
    assert unlabelled("Who sang New York, New York?") == "Who sang New York, New York?"


def test_a_name_clipped_after_a_slash_is_the_name_the_text_writes() -> None:
    text = "In the Israeli-Palestinian conflict, front-channel talks have often been non-starters."
    assert clipped("Pal", "Israeli/", text)
    assert clipped("Pal", "Israeli and ", text)
    assert not clipped("Pal", "my ", text)  # (a friend's name, not after a pair)
    assert not clipped("Pal", "Israeli/", "Pals and Palermo met Palestinians.")  # (more than one name it starts)


def test_the_seeds_asked_by_a_checking_desk_a_historian_and_a_busy_executive(seeded) -> None:
    answer = seeded.ask(
        "CLAIM: Switzerland has been protecting power for US interests in Iran since 1979, and for Iranian interests "
        "in Saudi Arabia. Verify both — year + the second country."
    )
    assert not answer.abstained and "1980" in answer.text and "Egypt" in answer.text
    # (a claim checked and nothing else asked: an answer with no figure of its kind neither confirms nor corrects it)
    answer = seeded.ask("VERIFY: Qatar paid $50 million to host the Taliban office. Confirm the figure.")
    assert answer.abstained
    answer = seeded.ask("CLAIM: Switzerland has represented US interests in Cuba since 1961. Verify year.")
    assert not answer.abstained and "1980" in answer.text
    answer = seeded.ask("Check: Diplomatic Pouch piece 'A new back channel to Moscow?' written by Angela Stent?")
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask(
        "CLAIM: Oslo Declaration of Principles signed on the White House lawn, 13 Sept 1993. Verify date."
    )
    assert answer.abstained  # (the documents give no date of the signing)
    answer = seeded.ask(
        "Touching those tit-for-tat expulsions, one would be obliged to learn by whose hand the essay contemplating "
        "a new back channel to Moscow was penned."
    )
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask("and the cross-border bus -> yr started, yr stopped?", history=["India/Pak back channel?"])
    assert not answer.abstained and "2005" in answer.text and "2019" in answer.text
    answer = seeded.ask("Israeli/Pal talks: front-channel vs back-channel -> why front ones stalled?")
    assert not answer.abstained and "prisoners" in answer.text
