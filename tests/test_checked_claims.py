"""A question stating a claim and checking it ("Jacob pinned it on Mumbai '08, didn't he?", "... back in '62.
That the right year?", "Since when? '79?"): the claim's details are what the answer may correct, so a name or a
year of it no text says does not make the question unanswerable, nor need a sentence say it. Pure functions of
text and hand-built evidence (tests/test_compose.py), no store, no model; each rule with a near miss."""

from __future__ import annotations

import pytest

from dragoman.assistant.asides import bare_check, claim_checked, claimed
from dragoman.assistant.candidates import scored
from dragoman.assistant.focus import unsaid
from dragoman.assistant.names import mentions
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import analyse
from dragoman.assistant.words import unlabelled
from tests.test_compose import evidence


@pytest.mark.parametrize(
    ("part", "checked", "bare"),
    [
        ("Jacob pinned the closure of the ferry on Troon '08, didn't he?", True, False),
        ("That the right year?", True, True),
        ("1979?", True, True),
        ("Right?", True, True),
        ("Didn't the report credit Muir with it?", True, False),
        ("Is it true that Oban hosted it?", True, False),
        ("Ardrossan ran it in 1988, that what the report says?", True, False),
        # near misses: questions asking
        ("Why did the ferry stop?", False, False),
        ("Is it legal?", False, False),
        ("What is right?", False, False),
        ("Which year was right for it?", False, False),
    ],
)
def test_a_claim_checked(part: str, checked: bool, bare: bool) -> None:
    assert claim_checked(part) is checked
    assert bare_check(part) is bare


def test_the_claim_a_bare_check_follows() -> None:
    parts = split_parts("The report says Muir ran the Troon ferry in 1962. That the right year? Who ran it?")
    assert claimed(parts) == ["The report says Muir ran the Troon ferry in 1962.", "That the right year?"]
    assert claimed(split_parts("The report says Muir ran the Troon ferry. Who ran it?")) == []  # (near miss)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("ran it back in '62. That the right year?", "ran it back in 1962. That the right year?"),
        ("closed on Troon '08, didn't it?", "closed on Troon 2008, didn't it?"),
        ("since when? '79?", "since when? 1979?"),
        ("the '90s ferries", "the '90s ferries"),  # (near miss: a decade)
    ],
)
def test_a_year_cut_to_two_digits_is_written_in_full(question: str, written: str) -> None:
    assert unlabelled(question) == written


def test_a_checked_claim_needs_no_names_nor_years_said() -> None:
    (clause,) = analyse("Jacob pinned the closure of the Troon ferry on Oban 2008, didn't he?")
    assert clause.names == () and clause.years == frozenset()
    # near miss: a question asking of them
    (clause,) = analyse("Why did Jacob pin the closure of the Troon ferry on Oban in 2008?")
    assert set(clause.names) == {"jacob", "troon", "oban"} and clause.years == {"2008"}
    # the bare check asks nothing of its own; the claim before it names nothing a part must say
    clauses = analyse("The report says Muir shut the Troon pier in 1962. That the right year? And what did they build?")
    assert [c.text for c in clauses] == ["And what did they build?"] and clauses[0].names == ()


def test_a_detail_of_a_checked_claim_no_text_says_leaves_it_answerable() -> None:
    text = "The ferry talks failed, which Jacob attributes to the 2008 election in Troon."
    question = "Jacob pinned the collapse of the Troon ferry talks on Oban 2008, didn't he?"
    ev = evidence(question, {"ferry": text}, {"Jacob": 0})
    assert unsaid(question, ev) == []
    assert [c.text for c in scored(question, ev)] == [text]
    # near misses: a question asking of Oban, and a claim none of whose names any text says
    assert unsaid("Why did Jacob pin the collapse of the Troon ferry talks on Oban?", ev) == ["Oban"]
    assert unsaid("The report says Gordon pinned it on Oban, didn't it?", ev) == ["Gordon", "Oban"]


def test_emiratis_are_of_the_uae() -> None:
    assert mentions("accused by Saudi Arabia and the UAE", ["emiratis", "saudis"])
    assert not mentions("Etihad flies from Abu Dhabi.", ["emirates"])  # (near miss: the airline)


def test_what_the_asker_sets_aside_need_not_be_said() -> None:
    text = "The Troon ferry failed for want of leverage and of money."
    ev = evidence("Why did the Troon ferry fail?", {"ferry": text}, {"leverage": 0})
    assert unsaid("Why'd the Troon ferry fail, by the report's logic? Don't give me Gordon.", ev) == []
    assert unsaid("Why did Gordon sink the Troon ferry?", ev) == ["Gordon"]  # (near miss: asked of him)


def test_a_word_in_capitals_for_emphasis_is_no_acronym() -> None:
    ev = evidence("What are the conditions?", {"ferry": "The ferry needs three conditions: wind, tide and crew."}, {})
    assert unsaid("What are ALL the conditions the report lists for the ferry?", ev) == []
    assert unsaid("What are the RNLI conditions the report lists for the ferry?", ev) == ["RNLI"]  # (near miss)


def test_a_name_with_st_carried_whole() -> None:
    from dragoman.assistant.followup import Turn, focus_of

    turn = Turn("Who does the ferry report quote?", "The ferry closed in 1996, according to Wanis-St. John. [1]")
    assert "Wanis-St. John" in focus_of(turn)


def test_near_misses_of_checked_claims() -> None:
    # a question followed by a guess asks of its names; an imperative opening is no claim
    (clause,) = analyse("When did Federer win his first Wimbledon title? 2003?")
    assert set(clause.names) == {"federer", "wimbledon"}
    assert not claim_checked("Don't count fees, what was the average mortgage rate in Ireland in 2019?")
    ev = evidence("Who won?", {"t": "Federer won his first Wimbledon title in 2003."}, {"Federer": 0})
    assert unsaid("When did Nadal win his first Wimbledon title? 2008?", ev) == ["Nadal"]
    # a question saying "don't tell me" asks; a word inside a set-aside name is no set-aside
    assert unsaid("Don't tell me Nadal lost at Wimbledon?", ev) == ["Nadal"]
    assert unsaid("Why did Nadal lose at Wimbledon? Don't give me Nadalmania hype.", ev) == ["Nadal"]


def test_an_acronym_in_capitals_stays_one() -> None:
    ev = evidence("What is recommended?", {"t": "Doctors recommend bed nets against malaria."}, {})
    assert unsaid("What does the WHO recommend for malaria?", ev) == ["WHO"]


def test_several_people_asked_for_with_modifiers() -> None:
    from dragoman.assistant.answer_kind import asks_several_names
    from dragoman.assistant.expects import expected_answer
    from dragoman.assistant.shortlist import people_named

    (clause,) = analyse("Which former Scottish ministers does the ferry report name?")
    assert clause.expects == "name" and asks_several_names(clause)
    assert people_named("Captains Ann Muir, Jack Gordon and Nell Hart sailed it.") == 3
    assert people_named("The Troon ferry sailed in 1962.") == 0  # (near miss: no one)
    # near misses: a function word between, a verb ("what pushes captains into ...")
    assert expected_answer("which of the ministers' ferries sank?") is None
    assert expected_answer("what pushes ministers into risky deals?") is None


def test_a_date_the_asker_checks_is_asked() -> None:
    from dragoman.assistant.metadata import metadata_asked

    assert metadata_asked("Who wrote the ferry piece? Spring 2022, right?") == {"author", "date"}
    assert metadata_asked("Who wrote the ferry piece? Somerville, right?") == {"author"}  # (near miss)


def test_a_statement_quoted_from_a_draft_is_a_claim_checked() -> None:
    question = (
        'Draft says: "Captains from Muir and Carter to Gordon have all sailed the Troon ferry," citing the report. '
        "Does the report mention Carter at all? Which captains does it name?"
    )
    parts = split_parts(question)
    assert parts[0].endswith("citing the report.") and len(parts) == 3
    assert claimed(parts) == parts[:2]  # (the quote, and whether it names one at all, asked beside the rest)
    assert [(c.text, c.names) for c in analyse(question)][-1] == ("Which captains does it name?", ())
    # the quoted words hold a question word, and ask nothing: the question after them does
    clauses = analyse('Checking this: "Oban expelled every sailor who had served more than five years." What cutoff?')
    assert [c.text for c in clauses] == ["What cutoff?"]
    # the word after a quoted sentence opens a sentence: no name
    text = "The ferry has sailed from Troon to Oban since 1980."
    ev = evidence("x", {"ferry": text}, {})
    question = 'Our writer has: "Since 1979 the ferry sailed from Ayr." Looks garbled. Since when has Troon had it?'
    assert unsaid(question, ev) == []
    assert unsaid(question.replace('." Looks', '". Looks'), ev) == []  # (the quote closed before the stop)


@pytest.mark.parametrize(
    "question",
    [
        # near misses: a phrase quoted to be found or defined (short), a quote inside the question asked
        'What does the report mean by "endless game"?',
        'Who said "supplement not supplant official ferry services" in the report?',
        # whether it mentions one, asked alone: the question itself
        "Does the report mention Carter at all?",
        # a request quoting words to explain or find, not a claim to check
        'In the 2019 ferry memo, explain "we cut the fare in half for every passenger over seventy".',
        'Summarise the chapter "How to Bake Sourdough Bread at Home" by Ken Forkish.',
    ],
)
def test_near_misses_of_quoted_claims(question: str) -> None:
    assert claimed(split_parts(question)) == []


def test_a_question_of_its_own_after_a_comma() -> None:
    parts = split_parts("What year does it give for the storm, does it really say Oban hosts the fleet?")
    assert parts == ["What year does it give for the storm", "does it really say Oban hosts the fleet?"]
    assert len(split_parts("When did the ferry stop, does it say?")) == 1  # (near miss: no verb of its own after)
    assert (
        len(split_parts("If the cake sinks in the middle, does it mean the oven was too cold?")) == 1
    )  # (a condition)
    assert len(split_parts('Did the coach shout "we will win this one!" before the 2010 final?')) == 1  # (no capital)


def test_a_citation_quoted_from_a_draft_does_not_hide_the_document_meant(seeded) -> None:
    """(on the real seeds store) the draft's wrong outlet and date are what the answer corrects"""
    from tests.test_answers import check_citations

    answer = seeded.ask(
        'Citation in the draft: "Alistair Somerville, Foreign Policy, January 2021." Where did the Moscow '
        "back-channel piece actually run and on what date?"
    )
    assert not answer.abstained and "The Diplomatic Pouch" in answer.text and "2022" in answer.text, answer.text
    check_citations(seeded, answer)


def test_things_to_verify_listed_after_a_colon_are_asked_one_by_one() -> None:
    from dragoman.assistant.items import numbered

    question = (
        '"The ferry of 2003 ran daily." Three things to verify against the report: the years of the talks, '
        "when the ferry started, and whether it still sails."
    )
    assert numbered(question)[1:] == ["when the ferry started", "whether it still sails"]
    assert [c.text for c in analyse(question)][1:] == ["when the ferry started", "whether it still sails"]
    # near misses: one question whose items are the asker's guesses, a single thing
    assert numbered("Which ports does it name: the Troon pier, the Oban quay and the Ayr slip?") == []
    assert numbered("Quick check: the years of the talks.") == []


def test_a_word_a_compound_ends_with_is_half_said() -> None:
    from dragoman.assistant.candidates import TAIL_MIN, _compound_tail

    assert _compound_tail("attack", {"a", "cyberattacks"}) and _compound_tail("attack", {"counterattack"})
    assert not _compound_tail("attack", {"attacked"})  # (no compound: the word itself, stemmed apart)
    assert len("media") < TAIL_MIN  # (near misses: a short word, and a Latin ending another word ends with too)
    assert not _compound_tail("vision", {"provision"}) and not _compound_tail("tension", {"hypertension"})
    question = "What year was the attack on Oban?"

    def coverage(text: str) -> float:
        (c,) = scored(question, evidence(question, {"ferry": text}, {}))
        return c.coverage

    said = coverage("Having suffered a severe cyberattack in 2007, Oban built a ferry office.")
    assert coverage("Having suffered a severe cyberwar in 2007, Oban built a ferry office.") < said


@pytest.mark.parametrize(
    ("part", "checked"),
    [
        ("true or false: the report names Muir, Carter and Gordon.", True),
        ("Confirm or correct: the ferry started in 1979.", True),
        ("On Oban - does the report really date the storm to 2008?", True),
        # near misses: a question asking, not checking
        ("Does the report date the storm?", False),
        ("Is it true or false that ferries are safe?", False),  # (its own question, no claim stated first)
        ("Did the FDA really list it as a weight-loss drug in 2021?", False),  # (no document said of)
    ],
)
def test_a_claim_checked_by_a_fact_checkers_formula(part: str, checked: bool) -> None:
    assert claim_checked(part) is checked


def test_the_newsrooms_own_version_is_a_belief_the_answer_may_correct() -> None:
    from dragoman.assistant.asides import believed

    assert believed("we said the talks ran 2003 to 2008 and the ferry stopped in 2018.")
    assert believed("Reporter's copy says Muir sent Gordon to Oban in December.")
    assert believed("I've got it down as a Troon Times piece from February 2022.")
    assert not believed("Why did we say the talks failed?")  # (near miss: a question)
    # near misses: the asker's own situation, asked yes or no or told in passing
    assert not believed("Does Medicare pay for Ozempic in 2024 if I've got diabetes?")
    assert not believed("Will the script I wrote for Python 3.8 run on Python 3.12 in 2025?")
    assert not believed("I've got a quick one: does Lipitor interact with grapefruit juice?")
    question = "The Troon ferry - we said the talks ran 2003 to 2008. Check all of those for me, please."
    assert all(c.names == () and c.years == frozenset() for c in analyse(question))


def test_confirm_or_correct_is_no_request_to_give() -> None:
    assert unlabelled("Confirm or correct: the ferry started in 1979.").startswith("Confirm or correct")
    assert unlabelled("Please could you confirm the year the ferry started?").startswith("Give")


def test_a_belief_after_a_question_typed_in_lower_case_is_set_apart() -> None:
    from dragoman.assistant.asides import without_beliefs

    question = "where's he based? we had it as a 'grand bargain'"
    assert without_beliefs(question) == "where's he based?"
    assert without_beliefs("where's he based? what's his title?") == "where's he based? what's his title?"


def test_who_asked_after_a_statement_asks_for_the_person_the_answer_names() -> None:
    from dragoman.assistant.followup import Turn, resolve_followup

    turn = Turn("The report quotes a captain on the Troon ferry. Who is that?", "Captain Ann Muir of Troon said so.")
    assert "Ann Muir" in resolve_followup("where's he based?", [turn]).split("(")[1].split(",")[0]


def test_one_of_two_names_offered_to_choose_from_need_not_be_said() -> None:
    text = "The ferry office in Oban is chaired by Ann Muir."
    ev = evidence("x", {"ferry": text}, {})
    assert unsaid("Who chairs the Oban ferry office, Muir or Gordon?", ev) == []
    # near misses: neither of them said, and a name asked of alone
    assert unsaid("Who chairs the Oban ferry office, Gordon or Carter?", ev) == ["Gordon", "Carter"]
    assert unsaid("Does Gordon chair the Oban ferry office?", ev) == ["Gordon"]


def test_that_before_a_verb_ending_in_a_preposition_points_back() -> None:
    from dragoman.assistant.followup import Turn, resolve_followup

    turn = Turn("What does the report say about the Troon ferry?", "The Troon ferry sailed daily, Muir wrote.")
    assert "(" in resolve_followup("who wrote the study that's based on?", [turn])
    assert "(" not in resolve_followup("who wrote the study that's based on Oban's records?", [turn])  # (near miss)


def test_a_statement_quoted_in_single_quotes_is_a_claim_checked_too() -> None:
    from dragoman.assistant.asides import quoted_claim

    question = "Our draft says: 'Muir's crew first sailed the Troon ferry to Oban in 1992.' Who ran it?"
    parts = split_parts(question)
    assert len(parts) == 2 and quoted_claim(parts[0]) and not quoted_claim(parts[1])
    # near misses: apostrophes inside words, a short phrase quoted to be defined
    assert not quoted_claim("Muir's and Gordon's ferries differ, don't they?")
    assert not quoted_claim("What does 'supplement not supplant' mean?")
