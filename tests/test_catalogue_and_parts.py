"""A cataloguer's words for what a document states ("statement of responsibility", "imprint", "vol./no.", "title
proper"); German abbreviations between English words ("bzw."); a comparison a study makes, and a case study that is a
part of the document named after it: rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.compare import asks_comparison, compared
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.mixed import in_english
from dragoman.assistant.question import analyse
from dragoman.assistant.words import unlabelled
from dragoman.index.byline import byline
from dragoman.index.prior import designators, naming_words


@pytest.mark.parametrize(
    "question, asked",
    [
        ("For the statement of responsibility, which authors does the item in hand name?", {"author"}),
        ("What vol./no. and pub. date are printed on the item itself?", {"venue", "date"}),
        ("For the imprint field on that Somerville piece: which body is behind it?", {"venue"}),
        ("What is the item's title proper?", {"title"}),
        ("What is the imprint of the book?", {"venue"}),
        ("Which vol/no is the paper in?", {"venue"}),
        ("'A new back channel to Moscow?' - who wrote it, & pub. date?", {"author", "date"}),
        # (the words in other senses: no document's)
        ("How does genomic imprint affect gene expression?", set()),
        ("What imprint did the Napoleonic Code leave on Louisiana law?", set()),
        ("Does the auditor's statement of responsibility cover fraud detection?", set()),
        ("What tidal vol. should be set for an adult patient?", set()),
        ("What is the pub date for the Red Lion pub quiz?", set()),
        ("Is the pub. date of the sanctions list the same as its effective date?", set()),
        ("What title does the item grant the player in Elden Ring?", set()),
        ("What title did Egeland hold?", set()),
        # (a statement whose content is asked, an imprint as a topic)
        ("What does the statement of responsibility in the audit report say?", set()),
        ("What does the chapter say about the imprint?", set()),
        ("What is the imprint and pub. date of the book?", {"venue", "date"}),
    ],
)
def test_a_cataloguer_s_words_ask_what_the_document_states(question, asked):
    assert metadata_asked(question) == asked


@pytest.mark.parametrize(
    "typed, read",
    [
        ("the intrinsic constraints bzw. dangers it names", "the intrinsic constraints or dangers it names"),
        ("which states, z.B. Norway, mediate?", "which states, for example Norway, mediate?"),
        ("Check the D.H. Lawrence novel", "Check the D.H. Lawrence novel"),
        ("Run the script with the -d.h. flag?", "Run the script with the -d.h. flag?"),
    ],
)
def test_german_abbreviations_read_in_english(typed, read):
    assert in_english(typed) == read


def test_a_comparison_a_study_makes_is_not_asked():
    assert not asks_comparison("Its Norway, Switzerland and Qatar comparison defines conditions - which ones?")
    assert asks_comparison("What does the comparison show between drug A and placebo?")
    assert asks_comparison("What do the comparisons show about Norway and Qatar?")


@pytest.mark.parametrize(
    "question, pair",
    [
        ("Singapore mediation basis, how is different from Qatar and Switzerland?", ("Singapore", "Qatar")),
        ("How is Singapore different from Qatar and Switzerland?", ("Singapore", "Qatar")),
        # (not a name in an opening phrase: which the question asks of is after it)
        ("In Britain, how is aspirin different from Tylenol and Advil?", ("Tylenol", "Advil")),
    ],
)
def test_one_thing_set_against_two_together_is_compared_with_them(question, pair):
    assert compared(question) == pair


def test_a_case_study_of_a_document_named_after_it_is_a_part_of_it():
    question = "Which small states are compared in the case study of the paper from GC University Lahore?"
    assert designators(question) == ["GC University Lahore"]
    assert "case" not in naming_words(question)
    described = "In the paper on small states mediation, which countries are compared in the case study?"
    assert "case" not in designators(described)
    # (alone, it may name a document: "Case Studies | A new back channel to Moscow?")
    assert designators("Who wrote the case study on it?") == ["case"]
    # (another kind of document, before another: both name theirs; "post-war" is no post)
    assert designators("What does the Somerville piece in the Foreign Policy blog say?") == [
        "Somerville",
        "Foreign Policy",
    ]
    assert designators("What does the Moss study of the post-war settlement say?") == ["Moss"]


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "my teacher says compare 2 countries. how is norway's mediation different?",
            "how is norway's mediation different?",
        ),
        ("My prof wants us to find two reasons: why did the talks fail?", "Why did the talks fail?"),
        # (a claim asked about, or what is asked pointing back at the task)
        ("My teacher said Norway mediated. Is that true?", "My teacher said Norway mediated. Is that true?"),
        (
            "my teacher says we need 3 things back channels do. what are they",
            "my teacher says we need three things back channels do. what are they",
        ),
    ],
)
def test_the_task_as_it_was_set_is_no_part_of_the_question(typed, read):
    assert unlabelled(typed) == read


@pytest.mark.parametrize(
    "typed, read",
    [
        ("Q2. List the five things in the part.", "List the five things in the part."),
        # (items asked, each numbered)
        ("Q1: how many staff? Q2: vs how many in 2017?", "Q1: how many staff? Q2: vs how many in 2017?"),
        ("Q3: what was the operating margin?", "Q3: what was the operating margin?"),
        ("1) who? 2) when?", "1) who? 2) when?"),
        (
            "Who were the negotiators, and, crucially, which institute offered the channel?",
            "Who were the negotiators, and which institute offered the channel?",
        ),
    ],
)
def test_a_worksheet_s_number_and_an_emphasis_before_an_ask_are_no_part_of_it(typed, read):
    assert unlabelled(typed) == read


def test_the_task_stays_when_the_question_says_nothing_of_its_own():
    typed = "my teacher says compare 2 cities. which is cooler?"
    assert unlabelled(typed) == "my teacher says compare two cities. which is cooler?"
    typed = "my boss says compare Apple and Microsoft. which has higher margins?"
    assert unlabelled(typed) == typed


def test_a_catalogue_record_s_statement_of_responsibility_is_its_by_line():
    record = (
        "Catalogue Record: The Salt Roads\n\nLibrary of the Institute for Alpine Studies, Record No. 88213\n\n"
        "Title proper: The salt roads\nStatement of responsibility: by Ilse Brandauer ; translated from the German "
        "by Martin Greaves\nImprint: Innsbruck : Bergland Verlag, 2016\n"
    )
    assert byline(record, "Catalogue Record: The Salt Roads").authors == ("Ilse Brandauer",)
    assert byline("T\n\nStatement of responsibility: Directors\n", "T").authors == ()


@pytest.mark.parametrize(
    "clause",
    [
        "Which indian and pakistani guys led the 2004 to 2007 back channel?",
        "Which Russian banker was involved in the back channel of Jared Kushner?",
    ],
)
def test_people_called_as_a_chat_or_by_their_trade_are_asked_by_name(clause):
    (asked,) = analyse(clause)
    assert asked.expects == "name"


@pytest.mark.parametrize(
    "clause",
    [
        "Which general anaesthetic is used in children?",
        "Which women are at higher risk of osteoporosis?",
        "Which bankers' bonuses were cut?",
        "What general principles apply to contract formation?",
    ],
)
def test_a_word_for_people_that_qualifies_another_asks_no_name(clause):
    (asked,) = analyse(clause)
    assert asked.expects is None


@pytest.mark.parametrize(
    "question, must",
    [
        (
            "Please make a list of the three small states which are compared in the case study of the paper from "
            "GC University Lahore.",
            ["Norway", "Switzerland", "Qatar"],
        ),
        ("Please make a list of the intrinsic constraints bzw. dangers for small-state mediators.", ["Enforcement"]),
        (
            "Singapore mediation basis, how is different from Qatar and Switzerland?",
            ["efficiency", "natural resources"],
        ),
        (
            "The small-states paper says its Norway, Switzerland and Qatar comparison defines the conditions behind a "
            "small state's mediation capacity - what are the conditions it names?",
            ["perceived neutrality"],
        ),
        (
            'Per the item in hand - the piece "A new back channel to Moscow?" - who is the statement of '
            "responsibility?",
            ["Somerville"],
        ),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
