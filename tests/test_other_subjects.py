"""Near misses on other subjects of the rules of session 31: what a reviewer found them misreading, read right.

Pure functions and the extractive answerer on evidence built by hand (tests/test_compose.py `evidence`): no store,
no model."""

from __future__ import annotations

from test_compose import SETTINGS, compose, document, evidence

from dragoman.assistant.answer_kind import answer_names
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import analyse
from dragoman.assistant.sentences import carried_back


def test_a_relative_clause_before_a_role_asks_for_no_person() -> None:
    founded = analyse("Identify the organisation that the senator founded.")[0]
    assert "Oxfam" in answer_names(founded, "Oxfam America was founded in 1990 by the senator from Ohio.")
    named = analyse("What was the president's name for the dog?")[0]  # (the dog's name, not the president's)
    assert "Bo" in answer_names(named, "President Barack Obama named the dog Bo.")


def test_things_said_about_two_things_under_one_verb_are_one_part() -> None:
    question = "Compare what the two recipes say about salt and about how long to rest the dough."
    assert split_parts(question) == [question]
    assert len(split_parts("List the side effects and during which weeks they are worst.")) == 1


def test_apart_from_those_who_is_no_sentence_pointing_back() -> None:
    text = (
        "The clinic opened a new surgical ward in March. "
        "Apart from those who are pregnant, most people tolerate the drug well."
    )
    start = text.index("Apart")
    assert carried_back(text, start, pronoun=False, refers=True) == start
    added = "Ibuprofen eases the pain of a headache within an hour. In addition to this, it lowers a fever."
    assert carried_back(added, added.index("In addition"), pronoun=False, refers=True) == 0


def test_a_comparison_leads_with_what_it_says_of_the_thing_asked_about_not_with_a_sentence_naming_both() -> None:
    text = (
        "Aged Gouda has a deep caramel flavour and a firm bite.\n\n"
        "Gouda outsells Brie in Dutch supermarkets by a wide margin.\n\n"
        "Brie is mild and buttery, with a soft rind.\n"
    )
    question = "How does the flavour of Gouda compare with that of Brie?"
    weights = {"flavour": 1.0, "gouda": 1.0, "brie": 1.0, "compar": 0.2}
    found = evidence(question, {"c.txt": text}, {"Aged": 0, "outsells": 0, "mild": 0}, weights)
    assert compose(question, found, SETTINGS).citations[0].quote.startswith("Aged Gouda")


def test_people_named_beside_two_things_are_not_the_things_they_share() -> None:
    from dragoman.assistant.candidates import Candidate
    from dragoman.assistant.leading import said_in_common

    texts = {
        "tuscan.txt": "Regional breads.\nThe Tuscan bread described by chef Marco Rossi is baked without salt.\n\n"
        "Both Rossi and Bianchi trained in Paris before opening restaurants in Milan.",
        "sicilian.txt": "Southern breads.\nThe Sicilian bread that baker Anna Bianchi makes uses durum wheat.",
    }
    docs = {source: document(source, text) for source, text in texts.items()}

    def candidate(text: str, strength: float) -> Candidate:
        return Candidate(None, 0, 0, len(text), text, strength, (0, len(text)), 0.0)  # type: ignore[arg-type]

    found = [
        candidate("The Tuscan bread described by chef Marco Rossi is baked without salt.", 0.6),
        candidate("Both Rossi and Bianchi trained in Paris before opening restaurants in Milan.", 0.2),
    ]
    question = "What do the Tuscan bread and the Sicilian bread have in common?"
    assert said_in_common(question, found, 0.45, docs) is None  # (the bakers' training, not the breads')
    works = candidate("Both Rossi's and Bianchi's recipes keep for a week.", 0.2)
    assert said_in_common(question, [*found, works], 0.45, docs) is works


def test_a_why_question_takes_no_reason_given_of_another_thing() -> None:
    text = (
        "Storing bakes.\nBread goes stale quickly, often within two days on the counter. Keep it in a cloth bag.\n\n"
        "Cakes.\nA sponge cake dries out quickly because its sugar draws moisture from the crumb into the air.\n"
    )
    question = "Why does bread go stale so quickly?"
    answer = compose(question, evidence(question, {"bake.txt": text}, {"Bread goes stale": 0, "sponge": 0}), SETTINGS)
    assert not any("sponge" in c.quote for c in answer.citations)
