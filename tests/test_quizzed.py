"""Session 38's rules: a quiz show's clues, a document's title in quotes or italics, a dash typed as two hyphens, an
academic's "viz.", what the asker will put the answer in, a name said only with a prefix making it another thing,
and a word capitalised only as it opens the question: pure rules on text with near misses on other subjects, then
the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse, describes_answer
from dragoman.assistant.quizzed import unquizzed
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("clue", "asked"),
    [
        ("Category: WHO WROTE IT? Name the two authors of the cookbook.", "Name the two authors of the cookbook."),
        ("CATEGORY: INSIDE BASEBALL. How does a knuckleball move?", "How does a knuckleball move?"),
        ("Category: U.S. RIVERS. Name the longest one.", "Name the longest one."),  # (stops inside the capitals)
        (
            "Clue: This Dutch city has a famous flower market. Name it.",
            "This Dutch city has a famous flower market. Name it.",
        ),
        ("Final clue - This river feeds the Nile. Name it.", "This river feeds the Nile. Name it."),
        ("RIVERS for $400: Name the longest river in Africa.", "RIVERS: Name the longest river in Africa."),
    ],
)
def test_a_quiz_clue_is_read_without_its_category_value_or_label(clue: str, asked: str) -> None:
    assert unquizzed(clue) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Category: which one does a tomato belong to?",  # (the category is what is asked)
        "What category of storm was Katrina? Name it.",
        "Who paid for 400 troops?",
        "Is a clue: a hint?",
        "What did Rafique and Samiullah (2026) find?",  # (a year in brackets is no clue's value)
        # (the review's near misses: a price, a category in lower case that is asked, a game called Clue)
        "I sold my car for $5000. Do I owe tax on it?",
        "Which player scored the most in that game (60 points)?",
        "Category: fruit or vegetable? Which is a tomato?",
        "Category: Old masters. Who painted the Night Watch?",
        "Clue: the board game. How many weapons are there?",
    ],
)
def test_a_question_asking_of_a_category_or_a_clue_is_left_as_asked(question: str) -> None:
    assert unquizzed(question) == question


def test_a_clue_opening_on_what_it_describes_is_no_name_the_documents_must_say() -> None:
    clue = "This Nordic capital hosts a famous prize. Name it."
    at = clue.index("Nordic")
    assert describes_answer(clue, at, at + len("Nordic"))
    question = "How did this Nordic country fare? And Sweden?"  # (not opening a sentence: what it is about)
    at = question.index("Nordic")
    assert not describes_answer(question, at, at + len("Nordic"))
    own = "This Python script fails with an import error. Why?"  # (the asker's own thing, no clue asking to name it)
    assert not describes_answer(own, 5, 11)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("'A guide to sourdough baking?' -- author & pub. date?", {"author", "date"}),
        ("Name the writer of 'A guide to sourdough baking' and the publication it ran in.", {"author", "venue"}),
        ("who are the authors of *A Field Guide To Mosses*? need it for the citation", {"author"}),
        ("'A Field Guide To Mosses' -- authors? + institution, for the bib.", {"author", "affiliation"}),
    ],
)
def test_a_document_named_by_its_title_in_quotes_or_italics_is_asked_about(question: str, asked: set[str]) -> None:
    assert metadata_asked(unlabelled(question)) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the law on data protection?",  # (no title, no document: a law's authors are the prose's)
        "Sourdough -- how long does it prove?",
        "Who wrote the *old* recipe down?",  # (a word in italics is no title)
        "Who wrote 'Bohemian Rhapsody'?",  # (a work the documents may tell of: their prose answers)
        'Which pests does the author of "A Field Guide To Mosses" list?',  # (the author as the one saying)
    ],
)
def test_near_misses_ask_nothing_of_a_document(question: str) -> None:
    assert metadata_asked(unlabelled(question)) == set()


def test_a_title_in_quotes_is_a_document_s_only_when_a_document_has_it() -> None:
    from dragoman.assistant.quoted_title import titled

    titles = ["Field Notes | A guide to sourdough baking", "Mosses: A Field Guide"]
    assert titled("Who wrote 'A guide to sourdough baking'?", titles) == (
        "Who wrote the document 'A guide to sourdough baking'?"
    )
    assert metadata_asked(titled("When was *Mosses: A Field Guide* published?", titles)) == {"date"}
    for question in [
        "Who wrote 'Amazing Grace'?",  # (a work no title is: the documents may tell of it)
        "What does 'a guide to sourdough' mean?",  # (a phrase inside a title, not the title)
        "Who wrote the book 'A guide to sourdough baking'?",  # (its kind already said)
        "Why was 'A guide to sourdough baking' banned?",  # (not who wrote it)
    ]:
        assert titled(question, titles) == question
    # (the work a study guide's title names is no document of the collection)
    assert titled("Who wrote 'Pride and Prejudice'?", ["Pride and Prejudice: A Study Guide"]) == (
        "Who wrote 'Pride and Prejudice'?"
    )


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("viz. through whom?", "Through whom?"),
        ("the three benefits -- viz. which ones?", "the three benefits — namely which ones?"),
        ("the bridge's engineers -- names?", "the bridge's engineers — names?"),
        ("rm -- -f: what does it remove?", "rm -- -f: what does it remove?"),
        ("Why does npm run build -- --watch hang?", "Why does npm run build -- --watch hang?"),
        # (what the asker is doing with the document they name)
        ("Checking RS status of the bridge report — who wrote it?", "the bridge report — who wrote it?"),
        (
            "Checking the status of my order — when will it arrive?",
            "Checking the status of my order — when will it arrive?",
        ),
        ("What is the best data viz library for Python?", "What is the best data viz library for Python?"),
        ("Viz Media publishes which manga?", "Viz Media publishes which manga?"),
        ("What does git checkout -- file.txt do?", "What does git checkout -- file.txt do?"),
        (
            "How did the two parties differ? need it for the 'Cold War' subsection",
            "How did the two parties differ?",
        ),
        ("What are the five drawbacks? want all of them for a 'Criticism' section", "What are the five drawbacks?"),
        # (an editor's tag and hunt for a source: not what is asked)
        ("Need a source for the lede sentence - when was the bridge built?", "when was the bridge built?"),
        ("[citation needed] - who designed the bridge?", "who designed the bridge?"),
        ("I need a source for my claim?", "I need a source for my claim?"),
        # (the second review's near misses: the subject asked of, a gerund as the subject, a time zone, a flag)
        (
            "Need a source for the claim that coffee causes cancer - is it true?",
            "Need a source for the claim that coffee causes cancer - is it true?",
        ),
        ("Checking the status of the server takes how long?", "Checking the status of the server takes how long?"),
        ("What is 10 am est when it is noon in London?", "What is 10 am est when it is noon in London?"),
        ("kubectl exec -it mypod -- sh", "kubectl exec -it mypod -- sh"),
        ("Who led it? need Norway for my essay", "Who led it? need Norway for my essay"),  # (a name of its own: kept)
        (  # (what the answer is for, which it depends on: kept)
            "Which antibiotic is safe? need it for a pregnant patient with a penicillin allergy",
            "Which antibiotic is safe? need it for a pregnant patient with a penicillin allergy",
        ),
        ("Which year? need it for the table, and who signed?", "Which year? need it for the table, and who signed?"),
    ],
)
def test_an_academic_s_viz_and_what_the_answer_is_for_are_read(question: str, read: str) -> None:
    assert unlabelled(question) == read


def test_a_name_said_only_with_a_prefix_making_it_another_thing_does_not_date_it() -> None:
    from dragoman.assistant.names import another_named

    asked = "When was the Gold Rush?"
    assert another_named(asked, "Miners flocked north in a kind of mini-Gold Rush in 1898.")
    assert not another_named(asked, "The Gold Rush began in 1848; a mini-Gold Rush followed in 1898.")
    # (asked of the other thing itself)
    assert not another_named("When was the mini-Gold Rush?", "Miners flocked north in a kind of mini-Gold Rush.")
    # (the review's near misses: a prefix saying what stood against it or came after it, a name run into another)
    war = "Anti-Vietnam War protests continued until the war ended in 1975."
    assert not another_named("When did the Vietnam War end?", war)
    poll = "The Washington Post-ABC News poll was taken in May 2020."
    assert not another_named("When was the ABC News poll taken?", poll)


def test_a_claim_the_asker_quotes_to_check_is_no_phrase_the_texts_must_say() -> None:
    from dragoman.assistant.focus import missing_focus

    text = ["The mayor had no money to finish the bridge after the flood."]
    claim = "[citation needed] - 'The town couldn't finish the bridge after the flood'. Why not?"
    assert missing_focus(claim, text) == []
    assert missing_focus("What does it say of the 'golden bridge'?", text) == ["golden bridge"]  # (a phrase: said?)
    # (a clause quoted to ask about, with no claim checked: the texts must say it)
    clause = "What does 'the tenant shall not sublet the premises' mean?"
    assert missing_focus(clause, text) == ["the tenant shall not sublet the premises"]


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Name the year it was signed and the city where it was held.", "date"),
        ("The treaty -- signed when and where exactly?", "date"),
        ("The bus service -- est. when?", "date"),  # ("established when")
        ("And name the two men who did the negotiating for it.", "name"),
        ("Who was named when the list came out?", "name"),  # (not a date: "named when")
        ("Name the ingredients of the sauce.", None),
        ("Which callback is triggered when?", None),  # (a condition, not a past event)
        ("Is a visa needed when?", None),
        ("Name the date palm variety grown in Oman.", None),
        ("Which men's shirt sizes are out of stock?", None),
    ],
)
def test_a_year_or_a_person_asked_by_name_or_in_shorthand_is_expected(question: str, expects: str | None) -> None:
    assert analyse(unlabelled(question))[0].expects == expects


def test_the_seeds_answer_clues_titles_and_an_opening_common_word(seeded) -> None:
    clue = seeded.ask(
        "Category: WHO WROTE IT? Name the two authors of the paper on quiet diplomacy and backchannel negotiations by "
        "small states."
    )
    assert "Rafique" in clue.text and "Samiullah" in clue.text, clue.text
    titled = seeded.ask("Name the writer of 'A new back channel to Moscow?' and the publication it ran in.")
    assert "Somerville" in titled.text and "Diplomatic Pouch" in titled.text, titled.text
    quoted = seeded.ask("Who wrote 'A new back channel to Moscow?'")  # (a title the collection has)
    assert not quoted.abstained and "Somerville" in quoted.text, quoted.text
    dashed = seeded.ask("'A new back channel to Moscow?' -- author & pub. date?")
    assert "Somerville" in dashed.text and "2022" in dashed.text, dashed.text
    # ("Negotiators" capitalised only as it opens the question: no title word naming the small-states paper)
    opening = seeded.ask("Negotiators adopting counterproductive aggressive tactics, what is causing this?")
    assert "pressure of observing stakeholders" in opening.text, opening.text
    # (the 1970 crisis at Cienfuegos is a "mini-Cuban Missile Crisis": not the date of the Cuban Missile Crisis)
    assert seeded.ask("When did the Cuban Missile Crisis happen?").abstained
    assert not seeded.ask("In what year did the mini-Cuban Missile Crisis take place?").abstained

    first = seeded.ask("Nixon & the USSR (cycivic piece) -- one back channel or several?")
    follow = seeded.ask("viz. through whom?", history=[first])
    assert "Kissinger" in follow.text and "Sedov" in follow.text, follow.text
