"""A word mistyped by one letter written as the documents write it (assistant/spelling.py): a pure
function of text and a vocabulary; and, on the seeds with the real model, a mistyped question
answered as the one spelt right."""

from dragoman.assistant.spelling import respelled

TEXT = (
    "There are a number of approaches to mediation for small states. Norwegian negotiators held the "
    "talks in secret, and the mediation was discreet. The bus service ceased in 2019."
)
ENGLISH = {"spend", "halted", "mediation", "discrete"}  # words a vocabulary holds whole


def known(words: list[str]) -> set[str]:
    return {w for w in words if w in ENGLISH}


def test_a_word_one_edit_from_a_word_of_the_documents_is_written_their_way() -> None:
    assert respelled("what styles of mediaton do small states use?", [TEXT], known) == (
        "what styles of mediation do small states use?"
    )
    assert respelled("who were the norwegain negotiators?", [TEXT], known) == "who were the norwegian negotiators?"
    assert respelled("what approches to mediaton?", [TEXT], known) == "what approaches to mediation?"
    assert respelled("what styles of mediaiton?", [TEXT], known) == "what styles of mediation?"  # two swapped
    assert respelled("what styles of meidatoin?", [TEXT], known) == "what styles of meidatoin?"  # two swaps away


def test_english_words_short_words_names_and_words_far_from_any_stay_as_typed() -> None:
    assert respelled("how much did they spend on the talks?", [TEXT], known) == "how much did they spend on the talks?"
    assert respelled("was the talk discrete?", [TEXT], known) == "was the talk discrete?"  # (a word, spelt right)
    assert respelled("when did the bis stop?", [TEXT], known) == "when did the bis stop?"  # (too short)
    assert respelled("what did Norwy say?", [TEXT + " Norway"], known) == "what did Norwy say?"  # (a short name)
    assert respelled("what did the bankroll cost?", [TEXT], known) == "what did the bankroll cost?"
    assert respelled("what styles of mediaton?", [], known) == "what styles of mediaton?"  # no documents


def test_a_mistyped_question_gets_the_answer_of_the_one_spelt_right(seeded) -> None:
    right = seeded.ask("Which kinds of mediation do small states use?")
    typed = seeded.ask("Which kinds of mediaton do small states use?")
    assert not typed.abstained and typed.text == right.text and "Facilitation" in typed.text


def test_a_compound_or_an_inflection_of_a_word_spelt_right_stays_as_typed() -> None:
    assert respelled("who were the go-betweens?", ["the talks went between them"], known) == "who were the go-betweens?"
    assert respelled("were the talks halteds?", [TEXT], known) == "were the talks halteds?"  # "halted" + s
    assert respelled("did the mediations help?", [TEXT], known) == "did the mediations help?"  # "mediation" + s
    assert respelled("how many validator nodes?", ["the validators run"], known) == "how many validator nodes?"


def test_a_long_name_mistyped_is_written_as_the_documents_write_it() -> None:
    text = TEXT + " Kissinger met Dobrynin in secret."
    assert respelled("What did Kisinger and Dobrinin discuss?", [text], known) == (
        "What did Kissinger and Dobrynin discuss?"
    )
    assert respelled("What did Norwegain officials say?", [text], known) == "What did Norwegian officials say?"
    assert respelled("Did Macron mediate?", [text], known) == "Did Macron mediate?"  # (no name one edit from it)
