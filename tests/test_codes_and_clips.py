"""Notes typed with codes and words cut short ("NOR vs CH", "what did RU expel", "POTUSes", "small-state med.
success?", "a new b/c to Moscow") written as the documents write them; names paired at a note's start ("Moss and
Jacob case studies - shared lesson?"), and what a list of names has in common ("NOR, CH, QAT - common weakness?").
Pure functions of text, no store, no model; each rule with a near miss on another subject."""

from __future__ import annotations

import pytest

from dragoman.assistant.acronyms import unabbreviated
from dragoman.assistant.candidates import scored
from dragoman.assistant.casing import restore_case
from dragoman.assistant.compare import IN_COMMON
from dragoman.assistant.expects import expected_answer
from dragoman.assistant.focus import missing_focus, unsaid
from dragoman.assistant.lists import asks_opening_list
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import question_names
from dragoman.assistant.shorthand import unclipped, uncoded
from dragoman.assistant.spelling import respelled
from dragoman.assistant.spelt import spelt_terms
from dragoman.assistant.words import unlabelled
from dragoman.index.prior import described
from tests.test_compose import evidence

_COUNTRIES = ["Norwegian negotiators met in Oslo. Norway and Switzerland host talks; the Swiss model.",
              "Russia expelled diplomats. Israeli-Palestinian talks. Britain hosted them."]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("NOR vs CH - how do they differ?", "Norway vs Switzerland - how do they differ?"),
        ("which personnel did RU expel", "which personnel did RU expel"),  # (alone: "IL-6", "the PK profile")
        ("who were NOR negotiators?", "who were Norwegian negotiators?"),  # (as the texts write it before the noun)
        ("NOR vs CH model?", "Norway vs Swiss model?"),
        ("IL-PAL: why?", "Israel-Palestine: why?"),  # ("Palestine" said by "Palestinian")
        # near misses: English words and common acronyms in capitals, a size, a question in capitals, a code no
        # text's country
        ("is IT IN the report?", "is IT IN the report?"),
        ("a 16 GB laptop from Britain", "a 16 GB laptop from Britain"),
        ("WHAT DID RU EXPEL?", "WHAT DID RU EXPEL?"),
        ("JP and CN trade", "JP and CN trade"),
    ],
)
def test_country_codes_are_written_as_the_texts_name_the_country(question: str, written: str) -> None:
    assert uncoded(question, _COUNTRIES) == written


def test_dc_is_washington_where_the_texts_name_it() -> None:
    texts = ["The hotline between Washington and Moscow at the head-of-state level."]
    assert uncoded("Cold War DC-Moscow hotline vs back channel - diff?", texts).startswith("Cold War Washington-Moscow")
    # near misses: texts that write "DC" themselves, or never name Washington
    assert uncoded("the DC motor?", ["A DC motor drives the ferry."]) == "the DC motor?"
    assert uncoded("Who publishes DC Comics?", texts) == "Who publishes DC Comics?"  # (not joined to a place)
    assert uncoded("the DC hotline?", ["The Moscow hotline."]) == "the DC hotline?"


def test_a_plural_acronym_is_written_out_in_the_plural() -> None:
    texts = ["Former US presidents Richard Nixon and Barack Obama. The Ministry of Foreign Affairs."]
    assert unabbreviated("Which POTUSes used it?", texts) == "Which US presidents used it?"
    assert unabbreviated("two MFAs", texts) == "two Ministries of Foreign Affairs"
    assert unabbreviated("the POTUS's envoy", texts) == "the US president's envoy"


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Prereqs for small-state med. success?", "Prereqs for small-state mediation success?"),
        ("Swiss med. model?", "Swiss mediation model?"),
        # near misses: a sentence ends (a stop word beside the stop)
        ("a beginner cook. how long?", "a beginner cook. how long?"),
        ("I am a cook. pasta ideas?", "I am a cook. pasta ideas?"),
        ("the med. success", "the med. success"),
    ],
)
def test_a_lower_case_word_cut_short_before_a_noun(question: str, written: str) -> None:
    texts = ["Small-state mediation is slow; mediators say so. Cooking pasta takes time."]
    assert unclipped(question, texts) == written


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("'A new b/c to Moscow' - who wrote it?", "'A new back-channel to Moscow' - who wrote it?"),
        ("Which presidents used b/c diplomacy?", "Which presidents used back-channel diplomacy?"),
        ("why front channel non-starter, hence b/c?", "why front channel non-starter, hence back-channel?"),
        # near miss: "because" opening a clause
        ("why did they meet b/c the talks failed?", "why did they meet because the talks failed?"),
    ],
)
def test_b_c_naming_a_thing_is_the_term_the_texts_spell(question: str, written: str) -> None:
    texts = ["Back-channel diplomacy is secret. A back-channel is quiet; back-channel talks go on."]
    assert spelt_terms(unlabelled(question), texts) == written


def test_each_capital_of_a_pair_stands_for_its_country() -> None:
    texts = ["The Obama administration met Iranian officials and restored ties with Cuba."]
    assert missing_focus("What did the talks with Tehran and Havana produce?", texts) == []
    # near miss: a pair no text's countries
    assert missing_focus("What did the talks with Lima and Quito produce?", texts) == ["Lima and Quito"]


def test_pub_date_asks_the_date() -> None:
    assert metadata_asked("'new b/c to Moscow' piece - byline + pub date?") == {"author", "date"}
    assert metadata_asked("the ferry report - author?") == {"author"}  # (near miss: no date asked)


def test_a_person_or_place_word_qualifying_a_category_asks_no_name() -> None:
    assert expected_answer("which capital areas does the paper list?") is None
    assert expected_answer("which state roles does it name?") is None
    assert expected_answer("which capital hosted the talks?") == "name"  # (near miss)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Moss and Jacob case studies - shared lesson?", ["moss", "jacob"]),
        ("Moss (K-D) and Jacob (I-P) case studies - shared lesson?", ["moss", "jacob"]),
        ("Norway, Switzerland and Qatar: how do they differ?", ["norway", "switzerland", "qatar"]),
        # near misses: a request opening the question, a word before a comma
        ("Compare and Contrast the two ferries", ["contrast"]),
        ("Yes, Norway did.", ["norway"]),
    ],
)
def test_a_name_opening_a_note_paired_with_another(question: str, names: list[str]) -> None:
    assert question_names(question) == names


@pytest.mark.parametrize(
    ("question", "shared"),
    [
        ("Norway, Switzerland, Qatar - common weakness per conclusion?", True),
        ("Troon and Ardrossan - common feature?", True),
        # near misses: frequent ones, of one thing or of two
        ("Ibuprofen - common side effects?", False),
        ("Aspirin and Ibuprofen - common side effects?", False),
    ],
)
def test_what_a_list_of_names_has_in_common(question: str, shared: bool) -> None:
    assert (IN_COMMON.search(question) is not None) is shared


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the ferry piece - the headline?", {"title"}),
        ("what does the headline say?", {"title"}),
        # near misses: the headline as a word qualifying what is asked
        ("Ferry piece, 'Routes' section - all the headline pitfalls pls", set()),
        ("what is the headline figure?", set()),
    ],
)
def test_the_headline_qualifying_a_noun_asks_no_title(question: str, asked: set[str]) -> None:
    assert metadata_asked(question) == asked


def test_a_plural_cut_short_is_no_acronym() -> None:
    texts = ["The ferry report lists five points. Gross domestic product rose."]
    assert restore_case("ferry report - 'routes' pts, all 5", texts) == "ferry report - 'routes' pts, all 5"
    assert restore_case("what was the ferry gdp?", texts) == "what was the ferry GDP?"  # (near miss: an acronym)


def test_a_month_is_no_name() -> None:
    assert question_names("Who led the delegation to the January 2022 ferry talks in Troon?") == ["troon"]
    assert question_names("Which ferry left Troon in March, and which Ardrossan?") == ["troon", "ardrossan"]


def test_a_piece_tells_of_last_week_from_its_date() -> None:
    """The January 2022 talks, in a piece dated Jan 20, 2022 telling of "last week", far from its date line."""
    text = "Ferry News\n\n4 min readJan 20, 2022\n\n" + "Filler sentence about harbours and piers. " * 60
    text += "Captain Ann Muir led the ferry delegation to Troon last week."
    question = "Who led the ferry delegation to the January 2022 talks in Troon?"
    ev = evidence(question, {"news": text}, {"Muir": 0}, passages=[("news", len(text) - 62, len(text))])
    assert unsaid(question, ev) == []
    assert [c.text for c in scored(question, ev)] == ["Captain Ann Muir led the ferry delegation to Troon last week."]
    # near miss: a piece of another year
    other = text.replace("2022", "2019")
    ev = evidence(question, {"news": other}, {"Muir": 0}, passages=[("news", len(other) - 62, len(other))])
    assert scored(question, ev) == []


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        (
            "The article that warns about the dangers of night ferries lists five problems.",
            ["dangers of night ferries"],
        ),
        ("the report examining harbour closures - what does it say?", ["harbour closures"]),
        ("Which piece covering the king should I move?", []),  # (near misses: a chess piece, a book's warning)
        ("Is the book warning against sugar right?", []),
        ("The report that covers ferry fares: who wrote it?", ["ferry fares"]),
        ("The post of harbour master: who holds it?", []),  # (near miss: a post, not a document)
    ],
)
def test_a_document_described_by_what_it_does(question: str, phrases: list[str]) -> None:
    assert described(question)[0] == phrases


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "The ferry report has in the beginning a short list of main problems. Can you tell me all the points of it?",
            True,
        ),
        ("The ferry report has at its very top a bulleted summary. What are those points?", True),
        # near misses: no list at its start; the start of something else
        ("The ferry report has a short list of main problems. Can you tell me all the points of it?", False),
        ("At the start of the season the ferry report gives a summary of fares. Why did they rise?", False),
    ],
)
def test_the_list_a_document_opens_with(question: str, opening: bool) -> None:
    assert asks_opening_list(question) is opening


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Moss's AM-Dobrynin study?", "Moss's Ann Muir-Dobrynin study?"),
        ("per JG and AM", "per Jack Gordon and Ann Muir"),
        # near misses: initials a text writes, of no person's name, of two people
        ("the US role", "the US role"),
        ("the FC role", "the FC role"),
        ("the NH ferry", "the NH ferry"),
    ],
)
def test_a_person_named_by_initials(question: str, written: str) -> None:
    texts = [
        "Ambassador Ann Muir and Jack Gordon met in the US. Ferry Company rules. Nell Hart and Nora Hale sailed.",
    ]
    assert unabbreviated(question, texts) == written


def test_what_all_three_lack_is_what_they_share() -> None:
    assert IN_COMMON.search("Troon, Oban, Ayr. What's the one thing the report says all three lack?")
    assert not IN_COMMON.search("What do the ferries lack?")  # (near miss)


def test_a_long_name_two_edits_off_beside_a_word_the_texts_write_beside_it() -> None:
    texts = ["The piece is by Alistair Somerville. Militaries of small states are weak."]
    assert respelled("alistair summerville what institute is he with", texts, lambda w: set()) == (
        "alistair somerville what institute is he with"
    )
    # near misses: no word beside it the texts write beside the name; a word the texts do not write as a name
    assert respelled("the summerville piece", texts, lambda w: set()) == "the summerville piece"
    assert respelled("being militarilly weak", texts, lambda w: set()) == "being militarilly weak"


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("when did the uh new ferry piece come out", "when did the new ferry piece come out"),
        (
            "um so who wrote that and like what university are they at",
            "Who wrote that and what university are they at",
        ),
        ("which ports like Troon close in winter?", "which ports like Troon close in winter?"),  # (near miss)
        ("the umbrella report", "the umbrella report"),  # (near miss: a word starting "um")
    ],
)
def test_spoken_fillers_are_dropped(question: str, written: str) -> None:
    assert unlabelled(question) == written


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("when did the new ferry to oban piece come out like the date", {"date"}),
        ("the report on ferries and piers uh who wrote that", {"author"}),
        ("the guy who wrote the ferry thing ann muir what institute is she with", {"affiliation"}),
        # near misses: a law, not the document; the talks, not the piece
        ("The report names Oban. Who wrote that law?", set()),
        ("when did the talks come out of the deadlock?", set()),
    ],
)
def test_metadata_asked_as_spoken(question: str, asked: set[str]) -> None:
    assert metadata_asked(question) == asked


_OTHER = [
    "Israeli researchers measured interleukin-6 levels in sepsis patients in Pakistan, Iraq, Germany and Japan.",
    "Buyers in Britain, Ukraine, Venezuela and Singapore choose laptops with 16 gigabytes of memory.",
    "Dr Thomas Brown treated patients with tuberculosis in Leeds; Mary Smith and George Parker helped.",
    "Dogs given Prednisolone daily may drink more water. Coach Richards said so.",
]


@pytest.mark.parametrize(
    "question",
    [
        "Is IL-6 raised in sepsis?",
        "What's the PK profile of metformin?",
        "Does IQ predict salary?",
        "Is RU-486 safe?",
        "How many GB of RAM does a laptop need?",
        "What were SG&A costs this year?",
        "Is the company incorporated in DE?",
        "Is the UA flight to Chicago delayed?",
        "Is JP Morgan bullish on the yen?",
        "How did the UK celebrate VE Day?",
    ],
)
def test_a_lone_two_letter_code_is_left_as_typed(question: str) -> None:
    assert uncoded(question, _OTHER) == question


@pytest.mark.parametrize(
    "question", ["Is TB contagious?", "IS MS HEREDITARY?", "Is MS hereditary?", "What did the GP say?"]
)
def test_initials_beside_no_name_are_left_as_typed(question: str) -> None:
    assert unabbreviated(question, _OTHER) == question


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("can dogs take prednisone daily?", "can dogs take prednisone daily?"),
        ("what did coach richardson say", "what did coach richardson say"),
    ],
)
def test_no_two_edit_respelling_into_another_drug_or_person(question: str, written: str) -> None:
    assert respelled(question, _OTHER, lambda w: set()) == written


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("My bread is dense, is that b/c I used cold water?", "My bread is dense, is that because I used cold water?"),
        ("Is this b/c of the sugar?", "Is this because of the sugar?"),
        ("Did the deal fail b/c talks stalled?", "Did the deal fail because talks stalled?"),
        ("What caused the '29 crash?", "What caused the '29 crash?"),
        ("Who directed '12 Angry Men'?", "Who directed '12 Angry Men'?"),
        ("Is the shop open '24/7'?", "Is the shop open '24/7'?"),
        ("Do dogs dislike or like what cats eat?", "Do dogs dislike or like what cats eat?"),
    ],
)
def test_near_misses_of_shorthand_and_years(question: str, written: str) -> None:
    assert unlabelled(question) == written


def test_near_misses_of_names_and_kinds() -> None:
    assert missing_focus("Did Paris and Lyon ban scooters?", ["France banned e-scooters in its capital."]) == [
        "Paris and Lyon"
    ]
    assert missing_focus("Does Emirates let me check two bags?", ["Etihad flies from the UAE."]) == ["Emirates"]
    assert question_names("Who sang with June?") == ["june"]
    assert unclipped("added salt. tastes bland?", ["Salty soups; salted butter helps."]) == "added salt. tastes bland?"
    assert expected_answer("Which city features the oldest cathedral?") == "name"
    assert expected_answer("Which country issues the most passports?") == "name"
    for question in ["Paris, Rome: common scam?", "Aspirin, Ibuprofen - common side effect?", "Did both miss it?"]:
        assert not IN_COMMON.search(question)
    for question in ["At the start, do I list my dependants on the tax form?", "At the top, what should a CV say?"]:
        assert not asks_opening_list(question)
    for question in ["What does the headline mean?", "Is the headline accurate?", "Does the headline mention Oban?"]:
        assert metadata_asked(question) == {"title"}


def test_mends_of_the_near_misses_keep_what_they_were_for() -> None:
    assert question_names("Who spoke in Troon on the deadlocked January talks?") == ["troon"]
    assert uncoded("SG vs QAT as hubs - what does SG lack?", ["Singapore and Qatar host talks."]) == (
        "Singapore vs Qatar as hubs - what does Singapore lack?"
    )
    texts = ["The Indian and Pakistani officials met; the bus ran between the two regions."]
    assert missing_focus("When did the bus between the Indian- and Pakistani-administered regions stop?", texts) == []


def test_a_word_typed_without_its_apostrophe_is_written_as_the_texts_write_it() -> None:
    from dragoman.assistant.shorthand import apostrophised

    text = "What You'll Learn\n\nIts crust is what bakers don’t rush. Well, it's done when it's brown."
    assert apostrophised("whats in the 'what youll learn' part?", [text]) == "whats in the 'what you'll learn' part?"
    assert apostrophised("Why dont bakers rush it?", [text]) == "Why don’t bakers rush it?"
    # a word the texts write as a word of its own stays ("its", "well"), and so does one they never write
    assert apostrophised("is its crust done well", [text]) == "is its crust done well"
    assert apostrophised("whats the oven's heat", [text]) == "whats the oven's heat"
    # a possessive is no contraction, nor one making a word of its own ("chefs", "ill", "shell", "were")
    said = "The chef's knife. I'll go. It's late. We're here. She'll come."
    for asked in ("Why must chefs rest?", "Why do ill patients wait?", "its price", "Were they sold?", "a shell egg"):
        assert apostrophised(asked, [said]) == asked


def test_a_count_of_the_answers_form_is_no_figure_asked_about() -> None:
    text = "Bakers knead, proof and bake the dough."
    assert missing_focus("What three steps does the 3-item sentence give?", [text]) == []
    assert missing_focus("What did the 17 bakers decide?", [text]) == ["17"]
    assert missing_focus("Who scored 30 points in the final?", ["Jordan scored 25 points."]) == ["30"]
