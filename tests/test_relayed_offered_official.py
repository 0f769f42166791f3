"""Session 41's rules: a question relayed by a support desk ("Ticket #4471 - user asks: ...? Pls advise."), a
multiple-choice item's options ("(a) Sweden (b) Norway (c) Denmark"), a request in officialese ("Identification of
the author ... is requested."), a learner's relative "which" and word order, the form of the answer said again after
the question ("names pls"): pure rules on text with near misses on other subjects, then the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.choices import options_sought, unoffered
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.officialese import in_plain_terms
from dragoman.assistant.relayed import unrelayed
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("relayed", "asked"),
    [
        ("Ticket #6120 - user asks: which former US presidents does the article name? Pls advise.",
         "Which former US presidents does the article name?"),
        # (a question with no subject of its own asks of the ticket, which no document need say: focus.py)
        ("Ticket #4471 - user asks: what was the root cause?", "What was the root cause (ticket #4471)?"),
        # (what the user's case is stays: it may decide the answer)
        ("Ticket #89 - user asks: how much notice must I give? User has worked here 6 years. Pls advise.",
         "How much notice must I give? User has worked here 6 years."),
        ("Issue 13 - reader asks: who wrote the cover story?", "Issue 13 - reader asks: who wrote the cover story?"),
        ("Who hands out lockers? — front-desk", "Who hands out lockers? — front-desk"),
        ("What happens to late payments - please advise", "What happens to late payments"),
        ("FW: user question re: Oman — and what has it achieved? thx, L2 support",
         "Regarding Oman — and what has it achieved?"),
        ("Customer wants to know (escalated): when did the bus service stop? user wrote 'the kashmir bus'.",
         "When did the bus service stop?"),
        ("Case 00123: customer asks: 'wat are the side effects of the new dose?' Please advise.",
         "Wat are the side effects of the new dose?"),
        ("Ticket #4812 - user follow-up: and the 'endless game' thing, what does that mean? Pls advise.",
         "And the 'endless game' thing, what does that mean?"),
        ("Customer wants to know: which volume was it in? (user typed 'volumne') user needs it for a citation.",
         "Which volume was it in?"),
        # (the desk's other ways: a ticket's fields, a bare number, a greeting, an indirect question)
        ("Ticket #9911 | Priority: P2 | User asks: what are the downsides?", "What are the downsides (ticket #9911)?"),
        ("#4471 - customer: since what year has Switzerland acted for Iran?",
         "Since what year has Switzerland acted for Iran?"),
        ("Hi team, user on ticket #4471 asks who Nixon used as back channels.", "Who Nixon used as back channels."),
        ("User query (ticket 771): what year was the Iran-Iraq ceasefire?", "What year was the Iran-Iraq ceasefire?"),
        ("Re: Ticket #4471 — when did the cross-border bus service cease?", "When did the cross-border bus service cease?"),
        ("Customer is asking about the Oslo talks - who led them? Kindly advise. Regards, Support",
         "The Oslo talks - who led them?"),
        # (near misses: a ticket asked about, a user in what is asked, a closing naming a person)
        ("Ticket #4471: what was the fix?", "Ticket #4471: what was the fix?"),
        ("#42 - what does it mean?", "#42 - what does it mean?"),
        ("Ticket prices - what are they?", "Ticket prices - what are they?"),
        ("What does the ticket #4471 say?", "What does the ticket #4471 say?"),
        ("How does the help desk work?", "How does the help desk work?"),
        ("When did the user support team start?", "When did the user support team start?"),
        ("Who chairs it? (user guide, p. 4)", "Who chairs it? (user guide, p. 4)"),
    ],
)  # fmt: skip
def test_a_relayed_question_is_what_the_user_asks(relayed: str, asked: str) -> None:
    assert unrelayed(relayed) == asked


@pytest.mark.parametrize(
    ("item", "stem"),
    [
        ("Which country hosted the talks? (a) Sweden (b) Norway (c) Denmark (d) Finland",
         "Which country hosted the talks?"),
        ("Which ones? Select ALL that apply: (a) Richard Nixon (b) Jimmy Carter (c) John Kennedy", "Which ones?"),
        ("Name the adviser it mentions. A) Henry Kissinger B) Alexander Haig C) H. R. Haldeman",
         "Name the adviser it mentions."),
        ("Which is right?\nA. Oslo\nB. Geneva\nC. Doha\nD. Muscat", "Which is right?"),
        ("How many senators went? (a) four (b) five (c) six", "How many senators went?"),
        ("Why do critics call it treason? (a) When private citizens act alone (b) When envoys lie (c) Never",
         "Why do critics call it treason?"),
        # (near misses: items asked, items a statement lists, letters in a name)
        ("Regarding Oslo: (a) who led it? (b) when? (c) where?", "Regarding Oslo: (a) who led it? (b) when? (c) where?"),
        # (options the question asks of: statements to judge, things to compare, cases to take in turn)
        ("Which statement is true? A) Plan A is open to new joiners B) The bank pays 8 per cent C) Plan C is the default",
         "Which statement is true? A) Plan A is open to new joiners B) The bank pays 8 per cent C) Plan C is the default"),
        ("Which happened first? (a) Watt's steam engine (b) The Stockton and Darlington Railway (c) The Factory Act",
         "Which happened first? (a) Watt's steam engine (b) The Stockton and Darlington Railway (c) The Factory Act"),
        ("How much notice is needed in each case? (a) one year of service (b) three years (c) seven years",
         "How much notice is needed in each case? (a) one year of service (b) three years (c) seven years"),
        ("Who was the first to offer the channel? (a) NUPI (b) Fafo (c) PRIO", "Who was the first to offer the channel?"),
        ("Need: a) Year started b) Venue c) Chair", "Need: a) Year started b) Venue c) Chair"),
        ("Two things. a) the year b) the venue c) the chair", "Two things. a) the year b) the venue c) the chair"),
        ("Does the policy cover (a) flights (b) hotels (c) meals?",
         "Does the policy cover (a) flights (b) hotels (c) meals?"),
        ("Please answer: (a) who wrote it (b) when (c) where", "Please answer: (a) who wrote it (b) when (c) where"),
        ("What is vitamin A. B. C. D?", "What is vitamin A. B. C. D?"),
        ("Which plan is cheaper, plan A) or B)?", "Which plan is cheaper, plan A) or B)?"),
    ],
)  # fmt: skip
def test_a_multiple_choice_item_asks_its_question_alone(item: str, stem: str) -> None:
    assert unoffered(item) == stem


def test_a_multiple_choice_items_options_help_find_its_passages() -> None:
    assert options_sought("Which country hosted the talks? (a) Sweden (b) Norway (c) Denmark") == (
        " (Sweden; Norway; Denmark)"
    )
    assert options_sought("Regarding Oslo: (a) who led it? (b) when? (c) where?") == ""
    assert options_sought("Who hosted the talks?") == ""


@pytest.mark.parametrize(
    ("official", "plain"),
    [
        ("Identification of the author of the piece concerning a Moscow back channel is requested.",
         "Identify the author of the piece concerning a Moscow back channel."),
        ("Enumeration of the functions back channels perform for officials to be provided.",
         "List the functions back channels perform for officials."),
        ("Explanation as to the manner in which secret talks reduce 'entry costs'.",
         "Explain how secret talks reduce 'entry costs'."),
        ("Confirmation required as to the year in which the bus began, and the route thereof.",
         "Confirm the year in which the bus began, and its route."),
        ("The negotiators conducting the same on Norway's behalf, and the posts of each thereof, likewise to be "
         "identified.", "Identify the negotiators conducting it on Norway's behalf, and the posts of each of them."),
        ("The year thereof?", "Its year?"),  # (a follow-up: "its" refers back)
        ("The results obtained by it in that capacity, likewise.", "The results obtained by it in that capacity."),
        ("Statement as to the specialisations of Norway and Qatar, and as to the feature common to the aforementioned "
         "states.", "Give the specialisations of Norway and Qatar, and the feature common to those states."),
        # (near misses: a question of its own, a noun asked about)
        ("Explanation of benefits - what is it?", "Explanation of benefits - what is it?"),
        ("Which statement of accounts is requested?", "Which statement of accounts is requested?"),
        ("As to costs: who pays?", "Regarding costs: who pays?"),
        ("Is identification of birds taught?", "Is identification of birds taught?"),
        ("Indication of Lipitor?", "Indication of Lipitor?"),  # (what the drug is for)
        # (... while put as a statement it asks: "Statement of the number of staff remaining.")
        ("Statement of the number of staff remaining at the embassy.", "Give the number of staff remaining at the embassy."),
        ("Clarification of butter?", "Clarification of butter?"),
        ("Is the rate the same, or does it differ at weekends?", "Is the rate the same, or does it differ at weekends?"),
        ("What documents need to be provided", "What documents need to be provided"),
        ("What happens in consequence thereof if an invoice is overdue?",
         "What happens as a result of it if an invoice is overdue?"),
    ],
)  # fmt: skip
def test_officialese_is_read_as_a_plain_request(official: str, plain: str) -> None:
    assert in_plain_terms(official) == plain


def test_a_learners_relative_which_and_word_order() -> None:
    assert expected_answer("What are approaches to mediation which small states use, according to paper?") is None
    assert expected_answer("Who led it, and which country hosted?") == "name"
    assert expected_answer("Who chaired it and at which university is he based?") == "name"
    assert "how was the hotline between them different from" in unlabelled(
        "how was different the hotline between them from the other channels?"
    )


def test_the_names_asked_for_said_again_are_no_part() -> None:
    assert unlabelled("ok and who were the main negotiators in there? names pls.").endswith("in there?")
    assert unlabelled("Who chaired it? Names of the others?") == "Who chaired it? Names of the others?"
    assert unlabelled("What is it? names").endswith("names")
    # (a question not asking who, and another thing asked after a who-question: kept)
    assert unlabelled("What did the author who wrote it recommend? names?").endswith("names?")
    assert unlabelled("Who was coach when they won? year?").endswith("year?")


def test_the_seeds_asked_by_a_support_desk_a_teacher_and_an_auditor(seeded) -> None:
    answer = seeded.ask("Ticket #6120 - user asks: which former US presidents does the article name? Pls advise.")
    assert not answer.abstained and "Nixon" in answer.text and "Reagan" in answer.text
    answer = seeded.ask(
        "FW: user question re: Oslo — ok and who were the main Norwegian negotiators in there? names pls. thx, L2 support",
        history=["Which Norwegian institute first offered the discreet contact channel for the Israeli-PLO talks?"],
    )
    assert not answer.abstained and "Egeland" in answer.text
    answer = seeded.ask(
        "Who wrote 'A new back channel to Moscow?'? (a) Angela Stent (b) Alistair Somerville (c) Rick Moss"
    )
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask(
        "How many workers did the embassy have left after the expulsions? (a) 150 (b) 120 (c) 200 (d) 90"
    )
    assert not answer.abstained and "120" in answer.text
    # (the question the documents leave open stays open, whatever the options)
    answer = seeded.ask("In what year did Martti Ahtisaari receive the Nobel Peace Prize? (a) 2006 (b) 2008 (c) 2010")
    assert answer.abstained
    answer = seeded.ask("Explanation as to the manner in which back-channel talks reduce the 'entry costs'.")
    assert not answer.abstained and "gallery" in answer.text
    answer = seeded.ask(
        "Identification of the author of the piece concerning a new back channel to Moscow is requested."
    )
    assert not answer.abstained and "Somerville" in answer.text
