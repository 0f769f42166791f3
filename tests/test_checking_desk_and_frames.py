"""A fact-checker's frames ("Can you confirm which ...", "actually", "I don't want X, just Y"), an author's
affiliation asked in a fragment ("academics from where?"), "its author(s)", a percentage asked, a title quoted as the
asker copied it, a two-word place name that is no title's words ("United States" - "... By Small States"), the author
of a cited work and where they work, and what two studies share: rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.asides import unwanted
from dragoman.assistant.cited_work import WORKPLACE
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse
from dragoman.assistant.spelling import respelled
from dragoman.index.prior import two_word_names


@pytest.mark.parametrize(
    "question, asked",
    [
        ("who are its author(s), and with what institution are they affiliated?", {"author", "affiliation"}),
        ("Who are the author(s) of the paper?", {"author"}),
        ("who wrote the 'Quiet Diplomacy' paper? academics from where?", {"author", "affiliation"}),
        ("Who wrote the Moscow piece? from where?", {"author", "affiliation"}),
        ("Thanks. Who are its authors?", {"author"}),
        ("'A new back channel to Moscow?' - who is its author?", {"author"}),
        ("academics from where?", {"affiliation"}),
        # (no author asked: a place, a fragment of anything, a person's own study, writers the question is about, the
        # author of something that is no document)
        ("from where?", set()),
        ("Oil imported from where?", set()),
        ("which uni did Kissinger attend?", set()),
        ("Which university trained the greatest Russian writers?", set()),
        ("What does the Sherman Act ban, and who was its author?", set()),
    ],
)
def test_an_author_s_affiliation_asked_in_a_fragment(question, asked):
    assert metadata_asked(question) == asked


def test_can_you_confirm_asks_as_tell_me_does():
    first, *rest = analyse(
        "Can you confirm the years of the India-Pakistan talks, and also when the bus service started?"
    )
    assert first.text.startswith("Can you confirm the years") and rest


def test_a_percentage_is_a_number_asked():
    (clause,) = analyse("what percent of back channel negotiations end with a signed deal?")
    assert clause.expects == "number"


@pytest.mark.parametrize(
    "question, names",
    [
        ("Which presidents used back channels, according to United States records?", ["United States"]),
        ("Is Quiet Diplomacy effective for small states?", ["Quiet Diplomacy"]),
        # (a word opening it, a document's kind, three words)
        ("In Moscow, who ran the back channel?", []),
        ("Why'd Norway step in?", []),
        ("Per the Legality Article, what did Obama do?", []),
        ("Which presidents does Small States Mediation discuss?", []),
    ],
)
def test_names_of_two_words(question, names):
    assert two_word_names(question) == names


def test_a_request_quoted_in_a_story_asks_nothing():
    (clause,) = analyse(
        "The customer said can you give me a refund, and the clerk refused. Which consumer law applies?"
    )
    assert clause.text == "Which consumer law applies?"
    (clause,) = analyse("My mom takes warfarin. Please can you list the foods she should avoid.")
    assert clause.text.startswith("Please can you list")


def test_a_workplace_s_own_name_names_nobody():
    assert "Diplomacy" not in WORKPLACE.sub(" ", "Institute for the Study of Diplomacy, Georgetown University.")
    assert "Moss" in WORKPLACE.sub(" ", "as Rick Moss of the Naval War College describes it")


def test_what_the_asker_does_not_want_is_set_aside():
    told = unwanted("Which three countries? I don't want the add-on examples, just the core three.")
    assert told is not None and told.search("the add-on examples") and not told.search("the core three")
    assert unwanted("How can I avoid foreclosure? I don't want to lose my house.") is None  # (a wish)
    assert unwanted("Should I refinance now? I don't want my monthly payment to go up.") is None
    told = unwanted("Which drug? I don't want to hear about muscle pain, just liver effects.")
    assert told is not None and told.search("muscle pain") and not told.search("liver effects")


def test_a_title_in_quotes_is_kept_as_the_asker_copied_it():
    texts = ["back-channel talks " * 5 + "Backchannel Negotiations"]

    def known(words):  # (no word is one of the model's: a pure rule)
        return set()

    quoted = "who wrote the 'Quiet Diplomacy And Backchannel Negotiations' paper?"
    assert respelled(quoted, texts, known) == quoted
    assert respelled("why do backchannel talks work?", texts, known) == "why do back-channel talks work?"


@pytest.mark.parametrize(
    "question, must",
    [
        (
            "Can you confirm which three countries the Rafique/Samiullah paper actually uses for its comparative case "
            "study? I don't want the add-on examples, just the core three.",
            ["Norway", "Switzerland", "Qatar"],
        ),
        (
            "Can you confirm the years of the India-Pakistan back-channel talks, and also when the cross-border bus "
            "service started and when it stopped?",
            ["2004", "2007", "2005", "2019"],
        ),
        (
            "who actually wrote the 'Quiet Diplomacy And Backchannel Negotiations By Small States' paper? academics "
            "from where?",
            ["Rafique", "GC University Lahore"],
        ),
        (
            "With respect to the historical use of back-channel diplomacy by United States heads of state, which "
            "former US presidents, if any, does the piece on the legality of back-channel diplomacy list by name?",
            ["Nixon", "Obama"],
        ),
        (
            "Insofar as the article juxtaposes Moss's case study (Kissinger–Dobrynin) with Jacob's (India–Pakistan), "
            "what common lesson, if any, is said to emerge from both?",
            ["insulated"],
        ),
        ("Who wrote the Kissinger-Dobrynin case study? Name and employer.", ["Moss", "Naval War College"]),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, must):
    answer = seeded.ask(question)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text


def test_a_percentage_no_sentence_gives_is_not_answered(seeded):
    answer = seeded.ask("what percent of back channel negotiations actually end with a signed deal?")
    assert answer.abstained, answer.text


def test_a_place_of_two_words_names_no_document_by_one_of_them(seeded):
    snapshot = seeded._snapshot()
    assert snapshot.named("Which US presidents used back channels, according to United States records?") is None
    named = snapshot.named("What does the Small States paper say about Qatar?")
    assert named is not None and named.sources == ("000_67c2a3dc3e2336a6.txt",)


def test_the_cited_author_s_workplace_is_not_a_title_word_of_another_line(seeded):
    """The ISD line ("Institute for the Study of Diplomacy, ...") shares "Diplomacy" with the cited study's title, a
    word the document writes in lower case too: not a name of the study's author."""
    answer = seeded.ask("Who wrote the Kissinger-Dobrynin case study and where does he work?")
    assert "Naval War College" in answer.text and "Institute for the Study of Diplomacy" not in answer.text
