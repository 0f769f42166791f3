"""What the asker is doing, said before the question ("When we stop at the harbour, ...", "Planning a talk -
...", "I mention X in my talk - ..."); their guess after a comma; chat mentions, clipped words and a verb typed as it
sounds; a follow-up replacing a name each time it is asked about: rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.followup import resolve_followup
from dragoman.assistant.question import analyse
from dragoman.assistant.recalled import without_memories
from dragoman.assistant.roles import ROLE_ASKED
from dragoman.assistant.spelling import respelled
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "When we stop at the harbour in Bergen, what can I tell the class about Norway's peace work?",
            "What can I tell the class about Norway's peace work?",
        ),
        (
            "As I take the group past the old embassy, which envoy did Biden send to Moscow?",
            "Which envoy did Biden send to Moscow?",
        ),
        (
            "Preparing a 'Quiet Powers of the North' lecture - which countries does the paper compare?",
            "Which countries does the paper compare?",
        ),
        (
            "In my podcast intro I mention Finland's peace prize winner - what does the paper say Finland does?",
            "What does the paper say Finland does?",
        ),
        # (a time the documents are asked about, or a question pointing back at the asker's words: kept)
        ("When the talks collapsed, who took over?", "When the talks collapsed, who took over?"),
        ("When we get to Oslo, who signed them?", "When we get to Oslo, who signed them?"),
        ("I mean the Oslo talks - who led them?", "I mean the Oslo talks - who led them?"),
        ("When was the channel opened?", "When was the channel opened?"),
        ("When we get to Oslo, who mediated there?", "When we get to Oslo, who mediated there?"),
        (
            "When I was born in 1993, who was Norway's prime minister?",
            "When I was born in 1993, who was Norway's prime minister?",
        ),
        (
            "After our country joined NATO, which mediators did Norway send?",
            "After our country joined NATO, which mediators did Norway send?",
        ),
        (
            "When I compare Norway and Qatar, which one mediated more?",
            "When I compare Norway and Qatar, which one mediated more?",
        ),
        # (what the asker seeks is what is asked)
        (
            "I need the names of the negotiators - who were the key people?",
            "I need the names of the negotiators - who were the key people?",
        ),
        (
            "I'm trying to find out when the channel opened - can you help?",
            "I'm trying to find out when the channel opened - can you help?",
        ),
        ("I mean the Oslo talks - who led the talks?", "I mean the Oslo talks - who led the talks?"),
        (
            "I teach history. I mention the Oslo accords - who signed?",
            "I teach history. I mention the Oslo accords - who signed?",
        ),
        # (what the asker mentions, not named again: what is asked about)
        (
            "In my talk I mention the 1998 flood - how many people died in Harwick?",
            "In my talk I mention the 1998 flood - how many people died in Harwick?",
        ),
    ],
)
def test_what_the_asker_is_doing_is_no_part_of_what_is_asked(typed, read):
    assert without_memories(typed) == read


def test_a_statement_of_the_asker_s_plan_asks_nothing():
    clauses = analyse(
        "When the coach reaches the lake in Geneva, I want to list the institutions there. "
        "Which Geneva bodies does the paper name as Swiss resources?"
    )
    assert [c.text for c in clauses] == ["Which Geneva bodies does the paper name as Swiss resources?"]
    # (a statement whose "when" is the documents' time still asks when another part does not)
    assert analyse("When did the bus service start?")[0].expects == "date"
    # (a question put as a statement: still asked)
    assert len(analyse("When was the Declaration of Principles signed, I wonder. Who signed it?")) == 2


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "what are the weaknesses small state mediators have, i think theres like 4",
            "what are the weaknesses small state mediators have?",
        ),
        ("which prereqs does the paper list? approx 3 iirc", "which prerequisites does the paper list?"),
        ("@here @sam why did the India/Pak talks stall?", "why did the India and Pakistan talks stall?"),
        ("who rote the article on back channels", "who wrote the article on back channels"),
        # (a guess naming someone, or asking more, is kept)
        ("who led the talks, i think it was Egeland", "who led the talks, i think it was Egeland"),
        ("when did it start, i think and why", "when did it start, i think and why"),
        ("how many staff did the secretariat have? approx 30", "how many staff did the secretariat have?"),
        ("how many rounds were there, about 12", "how many rounds were there?"),
        (
            "list the Norwegian negotiators, maybe with their roles",
            "list the Norwegian negotiators, maybe with their roles",
        ),
        ("what's the difference, i think between X and Y", "what's the difference, i think between X and Y"),
        ("who took over the talks, about 3 months later?", "who took over the talks, about 3 months later?"),
        ("@here", "@here"),
        ("email me at maya@govt.com: who wrote it?", "email me at maya@govt.com: who wrote it?"),
        ("Send to mgmt@ourco.com: who wrote it?", "Send to mgmt@ourco.com: who wrote it?"),
        ("Who is Pak Harto?", "Who is Pak Harto?"),
        ("why do students who rote learn dates forget them?", "why do students who rote learn dates forget them?"),
    ],
)
def test_guesses_mentions_and_clipped_words(typed, read):
    assert unlabelled(typed) == read


def test_a_follow_up_replaces_the_name_each_time_and_not_in_the_asker_s_doings():
    walked = "When we walk past the Foreign Ministry in Oslo, what can I tell the group about Norway?"
    assert resolve_followup("What about Qatar?", [walked]) == "What can I tell the group about Qatar?"
    before = "For my radio slot I mention Algeria's role in the 1975 ceasefire - what does the paper say about Algeria?"
    assert resolve_followup("And what about Oman?", [before]) == "What does the paper say about Oman?"
    assert (
        resolve_followup("And Qatar?", ["Why did Norway mediate, and what did Norway gain?"])
        == "Why did Qatar mediate, and what did Qatar gain?"
    )


@pytest.mark.parametrize(
    "question, must",
    [
        (
            "When our coach stops by the Foreign Ministry in Oslo, what reasons can I give for why Norway came "
            "to be seen as an honest broker?",
            ["honest broker"],
        ),
        ("@channel what prereqs does the small states paper give for mediation to work? approx 3", ["invitation"]),
        ("@here why did the India/Pak back channel never produce a lasting agreement per Jacob?", ["2008"]),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text


def test_a_word_mistyped_near_two_forms_of_one_word_takes_the_most_alike():
    texts = ["The piece was published by the institute.", "They publish a yearly report."]
    assert respelled("when was it publishd", texts, lambda words: set()) == "when was it published"
    assert respelled("when was it publishd", texts[::-1], lambda words: set()) == "when was it published"


@pytest.mark.parametrize(
    "clause, asked",
    [
        ("What was the name of the Russian ambassador Kushner talked to?", True),
        ("To which Soviet ambassador did Kissinger talk?", True),
        ("Kushner proposed his back channel to which Russian ambassador exactly", True),
        ("Kissinger ran the channel with which Soviet ambassador?", True),
        # (what a person in a role did, or a place: no person asked for)
        ("What did the ambassador say to the press?", False),
        ("To which country did the envoys travel?", False),
    ],
)
def test_a_person_asked_for_by_a_role_where_the_question_puts_it(clause, asked):
    assert (ROLE_ASKED.search(clause) is not None) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Jared Kushner proposed his back channel to which Russian ambassador exactly, and on what date?",
        "what's the name of the russian ambassador kushner was talking to about that back channel",
    ],
)
def test_the_seeds_do_not_name_the_ambassador_kushner_met(seeded, question):
    assert seeded.ask(question).abstained


def test_the_seeds_name_the_soviet_ambassador_asked_for_where_the_question_puts_it(seeded):
    answer = seeded.ask("Kissinger ran the back channel with which Soviet ambassador?")
    assert not answer.abstained and "Dobrynin" in answer.text


@pytest.mark.parametrize(
    "typed, read",
    [
        ("who are the authers of the paper", "who are the authors of the paper"),
        ("what is the full titel of it", "what is the full title of it"),
        ("what publicaton is the article in", "what publication is the article in"),
        # (an English word, or a short one near no such word: as typed)
        ("what are the tiles made of", "what are the tiles made of"),
        ("what is the total", "what is the total"),
    ],
)
def test_the_words_a_question_about_a_document_is_asked_in_are_respelled(typed, read):
    assert respelled(typed, ["The roof is clay."], lambda words: {"tiles", "total"} & set(words)) == read


@pytest.mark.parametrize(
    "clause",
    [
        "Which agreements had President Sadat signed by 1979?",
        "What are the names of the agreements President Sadat signed?",
        "The cable went to the embassy, with which the ambassador, Dobrynin, kept in touch.",
    ],
)
def test_a_title_before_a_name_or_a_relative_which_asks_for_no_person(clause):
    assert ROLE_ASKED.search(clause) is None


@pytest.mark.parametrize(
    "typed",
    [
        "In what sense can we say Qatar mediated - did Qatar propose any terms?",
        "In Oslo I always tell visitors about the Borregaard talks - who from Oslo took part?",
    ],
)
def test_a_question_in_the_lead_in_or_a_place_named_again_keeps_the_question_whole(typed):
    assert without_memories(typed) == typed


def test_a_word_of_its_own_is_not_respelled_to_a_word_questions_about_documents_use():
    assert respelled("What antibody titre does it report?", ["x"], lambda words: set()) == (
        "What antibody titre does it report?"
    )
