"""What a comparison question compares, and the clauses and retrieval questions made from it."""

import pytest

from dragoman.assistant.compare import compared, per_subject, subject_questions
from dragoman.assistant.question import analyse
from dragoman.assistant.tables import rows_asked, table_rows


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("How does the paper contrast Norway's way of mediating with Qatar's?", ("Norway", "Qatar")),
        ("Compare the roles of Wendy Sherman and William Burns in the talks.", ("Wendy Sherman", "William Burns")),
        ("How do Norway and Switzerland differ in their approach?", ("Norway", "Switzerland")),
        ("Compare AlexNet with LeNet.", ("AlexNet", "LeNet")),
        ("How did Qatar differ from Norway?", ("Qatar", "Norway")),
        ("What is the difference between track one and track two diplomacy?", None),
        ("Which country mediated between the US and the Taliban?", None),  # not a comparison
        ("The legality article and the ISD article both mention Iran. How do they differ?", None),
    ],
)
def test_compared(question, pair):
    assert compared(question) == pair


def test_a_comparison_becomes_one_clause_and_one_retrieval_question_per_thing():
    q = "How do Norway and Switzerland differ in their approach to mediation?"
    clauses = per_subject(analyse(q), q)
    assert [c.names for c in clauses] == [("norway",), ("switzerland",)]
    assert "Switzerland" not in clauses[0].text and "Norway" not in clauses[1].text
    assert subject_questions(q) == [
        "How do Norway and in their approach to mediation?",
        "How do and Switzerland in their approach to mediation?",
    ]
    other = "Who mediated in Oslo?"
    assert per_subject(analyse(other), other) == analyse(other) and subject_questions(other) == []


def test_table_rows_markdown_and_flattened():
    text = (
        "Intro line.\n\nName Value\nAlpha one two\nBeta three four\n\n| a | b |\n|---|---|\n| x | y |\n\nProse here.\n"
    )
    rows = table_rows(text, 0, len(text))
    assert [text[a:b] for a, b in rows] == ["Name Value", "Alpha one two", "Beta three four", "| a | b |", "| x | y |"]
    assert table_rows("Just a sentence.\nAnd another one.\n", 0, 30) == []


def _words(text: str) -> list[str]:
    return [w.strip("|").lower() for w in text.split() if w.strip("|")]


def test_rows_asked_prefers_quoted_terms_then_labels():
    rows = ["| Lack of trust | x |", "| Delay | y |", "| Lack of scrutiny | z |"]
    assert rows_asked("Which are phrased as 'Lack of' something?", rows, lambda t: 0.0, set(), _words) == [0, 2]
    weights = {"Delay": 2.0}
    assert rows_asked("What about delay?", rows, lambda t: weights.get(t, 0.0), {"delay"}, _words) == [1]
    assert rows_asked("Nothing matches", rows, lambda t: 0.0, set(), _words) == []


def test_rows_asked_gives_every_label_said_when_two_are():
    # "compare the advantages with the disadvantages": both rows, not the one weighing most
    rows = ["Advantages Flexibility, less pressure", "Disadvantages Delays, an impasse", "Legality Not illegal"]
    weights = {"Advantages": 3.0, "Disadvantages": 1.0, "Legality": 0.0}
    said = {"compare", "the", "advantages", "with", "disadvantages"}
    assert rows_asked("Compare the advantages with the disadvantages", rows, weights.get, said, _words) == [0, 1]
    # (one label said: the row its words weigh most)
    one = {"Advantages": 0.0, "Disadvantages": 2.0, "Legality": 0.0}
    assert rows_asked("What are the disadvantages?", rows, one.get, {"disadvantages"}, _words) == [1]


def test_a_difference_between_two_ways_compares_the_names_that_open_each_side():
    """ "the difference between the way Norway mediated in the Oslo case and the way Qatar mediates": Norway and
    Qatar (not "Oslo"), each part asking only what its side says; "between Washington and the Taliban" after no
    word of comparing joins no two things compared."""
    from dragoman.assistant.compare import set_against

    question = "What is the difference between the way Norway mediated in the Oslo case and the way Qatar mediates?"
    assert compared(question) == ("Norway", "Qatar")
    norway, qatar = per_subject(analyse(question), question)
    assert "Oslo" in norway.text and "Oslo" not in qatar.text and "Qatar" in qatar.text
    question = "How does what Norway did differ from what Qatar did in the talks between Washington and the Taliban?"
    assert compared(question) == ("Norway", "Qatar")
    # "In contrast to X, Y ...": of Y, X only the foil
    sentence = "In contrast to both Norway and Switzerland, Qatar is a prolific consumer of resources."
    assert set_against(sentence, "qatar", "norway") and not set_against(sentence, "norway", "qatar")
    assert not set_against("Norway and Qatar mediate in different ways.", "qatar", "norway")


def test_names_a_relation_joins_are_not_the_things_compared() -> None:
    # "the channels between Washington and Moscow" is what one side is, not the two sides
    assert compared("How did the channels between Washington and Moscow differ from the back channels?") is None
    assert compared("Between Norway and Qatar, how do the approaches differ?") is not None
    # ... nor when the question tells to distinguish one thing from another
    assert compared("Of the ferries between Ayr and Troon, distinguish the old ones from those which sank.") is None
    visa = "How do fees between Visa and Mastercard compare, according to the distinguished analyst from Moody's?"
    assert compared(visa) == ("Visa", "Mastercard")


def test_the_sides_of_a_comparison_of_things_no_name_says() -> None:
    from dragoman.assistant.compare import compared_sides
    from dragoman.assistant.sentences import carried_on

    assert compared_sides("How did the front-channel talks compare with the back-channel ones?") == ("front", "back")
    assert compared_sides("How does formal diplomacy differ from back channels?") == ("diplomacy", "back")
    assert compared_sides("How does mediation compare with arbitration?") == ("mediation", "arbitration")
    assert compared("In the talks between Norway and Qatar, how did they differ?") == ("Norway", "Qatar")
    assert compared_sides("How do the official ones vs the ones run round it differ?") is None
    text = (
        "In that long conflict, front-channel talks were often non-starters due to conditions set by both sides. "
        "As a result, back-channel talks kept lines of communication open. Rain fell."
    )
    end = text.index(" As a result")
    assert text[: carried_on(text, 0, end, ("contrast",), ("front", "back"))].endswith("communication open.")
    assert carried_on(text, 0, end, ("contrast",), ()) == end


def test_what_sets_a_thing_apart_asks_a_comparison_answered_from_the_sentence_setting_it_against_others():
    from dragoman.assistant.compare import asks_comparison
    from dragoman.assistant.sentences import carried_back

    assert asks_comparison("What sets Ayr's ferry apart from Troon's, per the report?")
    assert asks_comparison("How does Ayr's ferry stack up against Troon's?")
    assert not asks_comparison("What sets the ferry timetable?")
    assert not asks_comparison("What set off the strike, apart from the pay?")
    assert not asks_comparison("Which distinguished captain ran the ferry?")
    text = (
        "The Ayr ferry is not run for profit, but rather for the islanders. "
        "Having no subsidy like Troon, Ayr has found itself a steady service."
    )
    start = text.index("Having")
    assert carried_back(text, start, False, compared={"ayr", "troon"}) == 0
    assert carried_back(text, start, False) == start  # (not a comparison)
    plain = (
        "The Ayr ferry is run for the islanders. Having no subsidy like Troon, Ayr has found itself a steady service."
    )
    assert carried_back(plain, plain.index("Having"), False, compared={"ayr", "troon"}) == plain.index("Having")


def test_a_comparison_reads_on_past_a_caption_to_the_paragraph_setting_one_thing_against_another():
    from dragoman.assistant.sentences import next_contrast

    text = (
        "During the war, ferries needed secret routes to avoid mines.\n\n"
        "Captain Ayr and Captain Troon on the quay (Image: Harbour Archive)\n\n"
        "While some routes in that period were official, others ran at night and could be denied."
    )
    end = text.index("\n")
    assert next_contrast(text, end) == text.index("While some")
    plain = text.replace("While some routes in that period were official, others", "The routes")
    assert next_contrast(plain, end) == -1  # (a paragraph setting nothing against anything)
    assert next_contrast("Ferries ran. While some were official, others were not.", 12) == -1  # (its paragraph goes on)


def test_different_from_and_as_opposed_to_ask_a_comparison():
    from dragoman.assistant.compare import asks_comparison

    assert asks_comparison("Ferry paper: how were the official routes different from the night routes?")
    assert asks_comparison("What did Ayr's ferry carry, as opposed to Troon's?")
    assert not asks_comparison("Which different routes did the ferry take?")


def test_names_a_list_gives_are_listed_but_not_when_the_last_one_has_its_verb():
    from dragoman.assistant.names import listed_together

    assert listed_together("The study covers Ayr, Troon and Largs.", "ayr", "troon")
    assert not listed_together("Having no pier like Troon, Ayr has found itself a steady service.", "troon", "ayr")
    assert listed_together("Troon and Ayr have both run ferries.", "troon", "ayr")  # (a list, then its verb)


def test_named_things_a_question_asks_for_are_names():
    assert [c.expects for c in analyse("Which cyber forum does Ayr host?")] == ["name"]
    assert [c.expects for c in analyse("Which summit did Troon host, and when?")] == ["name", "date"]


def test_what_they_all_have_in_common_leads_and_a_sentence_naming_two_compared_things_answers(seeded):
    answer = seeded.ask(
        "Across Norway, Switzerland and Qatar, what does the small states paper say they all have in common?"
    )
    assert answer.text.startswith("The one common thing that they all have")
    # (a sentence naming two of the things compared and the last one's verb: not a mere list of them)
    credibility = seeded.ask("Singapore vs Switzerland - what's each one's credibility built on?")
    assert not credibility.abstained and "legal professionalism" in credibility.text
