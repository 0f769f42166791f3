"""Questions typed as notes ("resulting deal - name/yr?", "common weakness across all 3?", "& what did it cost?"),
with labels and quoted claims ("Claim: '...' Use ...", "(Hint: there are four.)"), and the sentences that answer
them: an example answers with the sentence it is an example of; a follow-up pointing at a person is about the one
the answer before named; one asking another thing of the sentence quoted before is answered by it. Pure functions
of text and hand-built evidence (tests/test_compose.py builds it), no store, no model; each with a near miss."""

from __future__ import annotations

import dataclasses

import pytest

from dragoman.assistant.about_document import front_matter
from dragoman.assistant.acronyms import unabbreviated
from dragoman.assistant.answer_kind import answer_names
from dragoman.assistant.candidates import Candidate, scored
from dragoman.assistant.compare import IN_COMMON
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.explaining import asks_reason
from dragoman.assistant.focus import unsaid
from dragoman.assistant.followup import Turn, resolve_followup
from dragoman.assistant.leading import said_in_common, unread
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse, question_names
from dragoman.assistant.sentences import carried_back, exemplified
from dragoman.assistant.shorthand import unclipped
from dragoman.assistant.weights import requests, without_asking
from dragoman.assistant.words import unlabelled
from dragoman.index.span import Span
from tests.test_compose import evidence


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ('Claim: "Tall ships sail faster than ferries." Use the Clyde report to refute it.', ["clyde"]),
        ("List the routes the harbour study names. (Hint: there are four.)", []),
        ("Note - which port did the Troon ferry leave from?", ["troon"]),
        ("Which ferry (the Caledonia) left first?", ["caledonia"]),  # (a name in brackets mid-sentence is one)
        ("Did the 'Caledonia' sail on time?", ["caledonia"]),
    ],
)
def test_labels_and_the_first_word_of_a_quoted_or_bracketed_sentence_are_no_names(question, names) -> None:
    assert question_names(question) == names


def test_a_request_in_a_few_words_asks_nothing_of_the_answer() -> None:
    assert requests("Which towns did the ferry serve, and since what year? Need it exact.") == {"need", "it", "exact"}
    assert requests("Which towns did the ferry serve? Want the full list.") >= {"want", "full", "list"}
    # (not a statement saying what the question is about)
    assert requests("The ferry needs a new engine. Which yard built it?") == set()


HARBOUR = (
    "The old port has one historic role: it served as a customs post for ships that had no agent. "
    "As an example, Ayr has collected duties for Irish ships since 1980. Trade grew later."
)


def test_an_example_is_read_with_the_sentence_it_is_an_example_of() -> None:
    start = HARBOUR.index("As an example")
    assert exemplified(HARBOUR, start).startswith("The old port has one historic role")
    assert carried_back(HARBOUR, start, pronoun=False, example=True) == 0
    assert carried_back(HARBOUR, start, pronoun=False) == start
    later = HARBOUR.index("Trade grew")
    assert exemplified(HARBOUR, later) == ""  # (no example)
    assert carried_back(HARBOUR, later, pronoun=False, example=True) == later


def test_a_follow_up_pointing_at_a_person_is_about_the_one_the_answer_before_named() -> None:
    turn = Turn(
        "Per the Clyde Herald piece, who led the Ayr delegation to Troon for last week's Arran talks?",
        "Harbour Master Jane Smith, a veteran pilot, led the Ayr delegation to Troon last week. [1]",
    )
    resolved = resolve_followup("What's her claim to fame per that piece?", [turn])
    assert resolved.split("(")[1].startswith("Harbour Master Jane Smith")
    # (not a follow-up pointing at the talks: what the question named comes first)
    assert not resolve_followup("When did they start?", [turn]).split("(")[1].startswith("Harbour Master")


def test_a_follow_up_pointing_at_a_person_is_about_the_one_doing_something_not_a_title_or_a_demonym() -> None:
    wrote = Turn(
        "Who wrote the case study on the Ayr ferry that the Herald piece cites?",
        "In his case study, Crossing The Firth Of Clyde: Ayr, Arran, and the Ferry, Moss traces the ferry's history "
        "between Ayr and Arran. [1]",
    )
    assert resolve_followup("Which institution is he with?", [wrote]).split("(")[1].startswith("Moss")
    led = Turn(
        "Who led the Ayr delegation to the Arran talks?",
        "Harbour Master Jane Smith led the Ayr delegation last week. [1] Talks among Scottish and other European "
        "pilots failed. [2]",
    )
    assert resolve_followup("What's her claim to fame?", [led]).split("(")[1].startswith("Harbour Master Jane Smith")
    chef = Turn(
        "Who is the best chef in Ayr?", "Many critics name Jane Smith, while Michelin awards the best chef stars."
    )
    assert resolve_followup("What is her signature dish?", [chef]).split("(")[1].startswith("Jane Smith")


@pytest.mark.parametrize(
    ("asked", "before", "carried"),
    [
        ("resulting deal - name/yr?", "Ruritania - role in the ferry talks, just host or more?", "Ruritania"),
        ("examples cited w/ yrs?", "Ayr - port type in the Smith/Jones paper?", "Ayr"),
    ],
)
def test_a_note_naming_nothing_and_asking_no_question_word_leans_on_the_turn_before(asked, before, carried) -> None:
    assert carried in resolve_followup(asked, [before])


@pytest.mark.parametrize("asked", ["What is a customs post?", "Is niche diplomacy new?", "Troon ferry deal - name/yr?"])
def test_a_question_asking_in_words_or_naming_something_stands_alone(asked: str) -> None:
    assert resolve_followup(asked, ["Ruritania - role in the ferry talks?"]) == asked


def test_notes_written_out() -> None:
    assert unlabelled("Ayr/Troon/Irvine - common weakness across all 3?").endswith("across all three?")
    assert unlabelled("what did the 4 of them sign?") == "what did the four of them sign?"
    assert unlabelled("route 3?") == "route 3?"  # (a number, not a count)
    assert unlabelled("all 3 km of it?") == "all 3 km of it?"
    assert unlabelled("& what did it cost?") == "and what did it cost?"
    assert unlabelled("Ayr pilots? & which inst. opened it?") == "Ayr pilots? and which institute opened it?"
    assert unlabelled("Dept. of Ports?") == "Department of Ports?"
    assert unlabelled("Pres. Smith & Amb. Reid met?") == "President Smith and Ambassador Reid met?"
    assert unlabelled("ferry stops, all 5") == "ferry stops, all five"
    assert unlabelled("how many pts had adverse events?") == "how many pts had adverse events?"  # (patients)
    assert unlabelled("what's in the pres for the client?") == "what's in the pres for the client?"
    assert unlabelled("what is the 2.5 mg dose for?") == "what is the 2.5 mg dose for?"
    assert unlabelled("Which rivers flow through Imo State?") == "Which rivers flow through Imo State?"
    assert unlabelled("the dept. Then who?") == "the department. Then who?"  # (a stop before a capital may end it)
    assert unlabelled("resulting deal - name/yr?") == "resulting deal - name and year?"
    assert unlabelled("harbour paper - outlet? parent inst/univ?").endswith("outlet? parent institute and university?")


def test_what_is_asked_of_a_document_as_nouns_each_with_its_question_mark() -> None:
    assert metadata_asked(unlabelled("Smith harbour article - outlet? parent inst/univ?")) == {"venue", "affiliation"}
    assert metadata_asked(unlabelled("ferry talks - date? place?")) == set()  # (no document named)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Ayr/Troon/Irvine - common weakness across all three?", True),
        ("What common problem is shared by the ports?", True),
        ("Which common limits among them does the report see?", True),
        ("What does the report say of the common good of the town?", False),
        ("Which common ferry route is the busiest?", False),
    ],
)
def test_a_thing_common_to_all_of_them_asks_what_they_share(question: str, asks: bool) -> None:
    assert (IN_COMMON.search(question) is not None) is asks


PILOT = (
    "According to Jane Smith, a pilot at the Clyde Port Authority in Greenock, the choice of pilot is crucial. "
    "Ships sent Captain Bob Reid, director of the tug company, to Troon in May."
)


def test_a_follow_up_asking_another_thing_of_the_sentence_quoted_before_is_answered_by_it() -> None:
    question = "Where does she work? In which port and which town?"
    found = evidence(question, {"p.txt": PILOT}, {"According to Jane Smith": 0})
    first, second = PILOT.index("According"), PILOT.index("Ships sent")
    follows = dataclasses.replace(found, follows=(Span("p.txt", first, second - 1),))
    passage = follows.passages[0]

    def candidate(start: int, end: int, similarity: float, parts: tuple[float, ...]) -> Candidate:
        return Candidate(passage, 0, start, end, PILOT[start:end], 0.3, (start, end), similarity, parts)

    quoted = candidate(first, second - 1, 0.5, (0.0, 1.0, 0.0))
    other = candidate(second, len(PILOT), 0.45, (0.0, 0.0, 0.0))
    assert unread(quoted, [quoted, other], follows) is quoted
    # (one answering each part as well, not quoted before, leads: the asker has read the other)
    other = dataclasses.replace(other, parts=(0.0, 1.0, 0.0))
    assert unread(quoted, [quoted, other], follows) is other


def test_a_name_cut_short_is_written_as_the_name_the_texts_write_most() -> None:
    texts = ["Norway and Norway again; Norwegian diplomats. Gen. Smith spoke.", "Switzerland hosts."]
    assert unclipped("Swiss vs Norw. models - key diff?", texts) == "Swiss vs Norway models - key diff?"
    # (the name the texts write before the word after it: "Norwegian diplomats")
    assert unclipped("Norw. diplomat names?", texts) == "Norwegian diplomat names?"
    assert unclipped("Gen. Smith's view?", texts) == "Gen. Smith's view?"  # (a text writes it as a word)
    assert unclipped("Which ports did Ruri. serve?", texts) == "Which ports did Ruri. serve?"  # (no name it begins)
    assert unclipped("The talks were held in Norway. then what?", texts) == "The talks were held in Norway. then what?"
    # (a word: "niche dipl. -" is "niche diplomacy"; not a word a text writes, "failed. then")
    words = ["Niche diplomacy and diplomacy again; diplomats failed."]
    assert unclipped("niche dipl. - three areas?", words) == "niche diplomacy - three areas?"
    assert unclipped("it failed. then what?", words) == "it failed. then what?"


@pytest.mark.parametrize(
    ("clause", "expects"),
    [
        ("Ferry talks - year?", "date"),
        ("Ayr port - year of the fire?", "date"),
        ("Smith ferry - Smith's years as pilot in Ayr?", "date"),
        ("The years of war: why did the talks fail?", None),
        ("Ferry talks - which towns?", "name"),
        ("cross-border ferry start and end year?", "date"),
        ("What happened that year?", None),
        ("Ayr channel - Scottish negotiators?", "name"),  # (people asked for as a bare noun after a dash)
        ("Ayr channel - main problems?", None),
        ("Ayr ferry company - annual budget + funding sources?", "number"),  # (a figure asked as a noun)
        ("Ayr port - headcount?", "number"),
        ("Ayr port - budget cuts, why?", None),
    ],
)
def test_a_year_asked_as_a_noun_after_a_dash_asks_a_date(clause: str, expects: str | None) -> None:
    assert expected_answer(clause) == expects


def test_people_asked_for_by_their_role_alone_after_a_dash_are_named_in_full() -> None:
    clause = analyse("Ayr channel - Scottish negotiators?")[0]
    sentence = "The Scottish negotiators, Jane Smith and Bob Reid, met in Ayr."
    assert set(answer_names(clause, sentence, in_full=True)) >= {"Jane", "Smith"}
    assert not answer_names(clause, "The Scottish Institute of Ports opened the channel.", in_full=True)


def test_an_acronym_no_text_writes_is_written_as_a_text_writes_it_out() -> None:
    texts = ("The Prime Minister met the Foreign Minister; the Department of Foreign Affairs of Ruritania agreed.",)
    assert unabbreviated("Ruritanian MFA - who met the PM?", texts) == (
        "Ruritanian Department of Foreign Affairs - who met the Prime Minister?"
    )
    assert unabbreviated("Which FMs met?", texts) == "Which Foreign Ministers met?"
    assert unabbreviated("Did they meet at 3 PM?", texts) == "Did they meet at 3 PM?"  # (a time)
    assert unabbreviated("DPRK role?", texts) == "DPRK role?"  # (no text writes it out: left to be found unsaid)
    assert unabbreviated("PM role?", ("The PM spoke.", "The Prime Minister spoke.")) == "PM role?"  # (written)


RURITANIA = (
    "Ruritania, Ostland and Westmark mediate. Ruritania is known for discreet hosting. "
    "The one common thing that they all have is the fact that they lack the power to enforce."
)


def test_a_noun_phrase_asking_what_things_share_names_them() -> None:
    question = "Common denominator across the Ruritania, Ostland and Westmark models, and what it implies for them?"
    found = evidence(question, {"r.txt": RURITANIA}, {"The one common": 0})
    best = said_in_common(question, scored(question, found), 0.8)
    assert best is not None and best.text.startswith("The one common thing")
    assert said_in_common("Which model is the oldest, and what does it imply?", scored(question, found), 0.8) is None


def test_a_name_the_author_box_gives_is_said_by_its_document() -> None:
    text = "A new ferry to Ayr?\n\nJane Smith\nThe Harbour Gazette\n6 min read\n\nThe ferry runs daily. It is old."
    question = "Per the Harbour Gazette, how often does the ferry run?"
    found = evidence(
        question, {"g.txt": text}, {"runs daily": 0}, passages=[("g.txt", text.index("The ferry"), len(text))]
    )
    assert unsaid(question, found) == []
    assert unsaid("Per the Clyde Times, how often does the ferry run?", found) == ["Clyde Times"]


CASES = (
    "In his case study, Smith follows the Ayr ferry talks of 1990. Ships then sailed daily.\n\n"
    + "Filler sentence about harbours. " * 80
    + "\n\nJones studied the Troon pier dispute. Both Smith's and Jones's case studies show how quiet talks calmed "
    "the parties."
)


def test_what_two_case_studies_share_is_said_by_the_sentence_saying_both_of_them_far_from_their_names() -> None:
    question = "What do the Ayr-ferry case study and the Troon-pier case study have in common?"
    found = evidence(question, {"c.txt": CASES}, {"In his case study": 0})
    best = said_in_common(question, scored(question, found), 0.8)
    assert best is not None and best.text.startswith("Both Smith's and Jones's case studies")
    # (not one saying "both" of something else)
    other = CASES.replace("Both Smith's and Jones's case studies show", "Both harbours show")
    found = evidence(question, {"c.txt": other}, {"In his case study": 0})
    assert said_in_common(question, scored(question, found), 0.8) is None


@pytest.mark.parametrize(
    "asked", ["how do i reset the router?", "whats the capital of peru", "what does the liver do?"]
)
def test_a_short_question_on_another_subject_stands_alone(asked: str) -> None:
    assert resolve_followup(asked, ["What is the recommended dose of ibuprofen for children?"]) == asked


def test_chat_fillers_and_counts_of_them_are_no_part_of_the_question() -> None:
    assert unlabelled("ngl what advantages does ayr have, like all of them") == (
        "what advantages does ayr have, like all of them"
    )
    assert unlabelled("what conditions does it need lol theres like 3 of them").endswith("like three of them")
    assert unlabelled("the LOL model") == "the LOL model"  # (capitals: a name)


STUDY = (
    "Harbour notes\n\nJane Smith\nThe Harbour Gazette\n\n"
    + "Harbours need dredging every year. " * 20
    + "In his case study, Ferries and Piers: Ayr, Troon and the Clyde, Reid analyzes the talks between Ayr and Troon. "
    "The talks lasted years. As Bob Reid, a historian at the Clyde Naval College, described in a case study, ports "
    "need quiet talks."
)


def test_who_wrote_a_work_the_document_cites_and_where_they_work() -> None:
    question = "Who wrote the case study about the Ayr-Troon talks, and where does he work?"
    found = evidence(question, {"s.txt": STUDY}, {"Reid analyzes": 0})
    lines, _ = front_matter(question, found, 1.0)
    assert [c.text[:22] for c in lines] == ["In his case study, Fer", "As Bob Reid, a histori"]
    # (not where the author of the document works when only the cited work's author is asked)
    lines, _ = front_matter("Who wrote the case study about the Ayr-Troon talks?", found, 1.0)
    assert [c.text[:22] for c in lines] == ["In his case study, Fer"]


def test_how_a_thing_comes_about_asked_with_exactly_or_in_the_first_place() -> None:
    assert asks_reason("How exactly do quiet talks lower the barriers to a deal?")
    assert not asks_reason("How exactly did the ferry company grow?")  # (no doing: a change, not a way)
    assert without_asking("Why hold talks in the first place?").split() == ["Why", "hold", "talks", "?"]


def test_a_person_of_a_nation_written_with_no_demonym_ending_is_asked_of_that_nation() -> None:
    clause = analyse("Who was the Soviet leader the ferry channel was with?")[0]
    sentence = "Richard Nixon and Barack Obama used channels to the Soviet Union."
    assert answer_names(clause, sentence) == []
    assert answer_names(clause, "Soviet leader Nikita Khrushchev used the channel.") == ["Nikita", "Khrushchev"]


@pytest.mark.parametrize(
    ("question", "names"), [('"Messi" - how many goals?', ["messi"]), ("(Pfizer) what was the revenue?", ["pfizer"])]
)
def test_a_name_opening_the_question_in_quotes_or_brackets_is_a_name(question: str, names: list[str]) -> None:
    assert question_names(question) == names


def test_notes_on_other_subjects_are_read_as_they_were() -> None:
    assert expected_answer("Survey - how many companies?") == "number"
    assert expected_answer("Fresh or dried dates?") is None
    assert IN_COMMON.search("What are the common side effects among the elderly?") is None
    texts = ["The marketing plan. Marketing grew. A cook cooked; cooking is fun."]
    assert (
        unclipped("im a beginner cook. how long do i roast it?", texts) == "im a beginner cook. how long do i roast it?"
    )
    assert unclipped("Revenue for Jan. - Mar.?", texts) == "Revenue for Jan. - Mar.?"
    state = ["The State Department spoke; the Prime Minister and the Foreign Minister met."]
    assert unabbreviated("What were the PM 2.5 levels?", state) == "What were the PM 2.5 levels?"
    assert unabbreviated("Which FM station plays jazz?", state) == "Which FM station plays jazz?"
    assert unabbreviated("Which DoS attack hit the servers?", state) == "Which DoS attack hit the servers?"
    assert without_asking("Who came in the first place in the 2010 race?").count("first place") == 1
    assert requests("Which foods? Need to avoid sugar.") == set()


def test_a_thing_of_the_one_asked_about_after_a_question_is_asked_apart() -> None:
    from dragoman.assistant.parts import split_parts

    assert split_parts("What years was he talking about, and his verdict?") == [
        "What years was he talking about",
        "his verdict?",
    ]
    assert split_parts("He came, and his wife?") == ["He came, and his wife?"]  # (no question before it)
    assert split_parts("What did Ayr do, and its partners in the region too?") == [
        "What did Ayr do, and its partners in the region too?"
    ]
    assert split_parts("What is the ratio between a company's debt, and its equity?") == [
        "What is the ratio between a company's debt, and its equity?"
    ]


def test_the_words_reporting_what_was_said_name_no_event_a_date_belongs_to() -> None:
    from dragoman.assistant.coverage import analyzer
    from dragoman.assistant.focus import event_unsaid
    from dragoman.assistant.question import analyse

    clause = analyse("What years was he talking about? (Smith)")[0]
    said = set(analyzer()("Ferry crossings from 1994 to 1996 only created the need for more ferries, says Smith."))
    assert not event_unsaid(clause, said, {"year": 2.0, "talk": 2.0}, analyzer())  # (rare words, by their IDF)
    built = analyse("What year was the ferry pier built? (Smith)")[0]
    assert event_unsaid(built, said, {"year": 2.0, "pier": 2.0, "built": 2.0}, analyzer())  # (near miss)
    talks = analyse("When did the ferry talks with Smith resume?")[0]  # ("talks": an event, said)
    restarted = set(analyzer()("Talks with Smith restarted in March 2021."))
    assert not event_unsaid(talks, restarted, {"ferri": 2.0, "talk": 2.0, "resum": 2.0}, analyzer())
