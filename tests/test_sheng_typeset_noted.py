"""Questions in Sheng, among LaTeX, in a knowledge base's note; and the learner's, filler's and asker's habits read with
them (pure functions of text: no model, no store)."""

from __future__ import annotations

import pytest

from dragoman.assistant.filled import unfilled
from dragoman.assistant.learner import articled
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.noted import unnoted
from dragoman.assistant.remarks import without_remark
from dragoman.assistant.sheng import from_sheng
from dragoman.assistant.todo import untodo
from dragoman.assistant.typeset import untypeset


@pytest.mark.parametrize(
    ("sheng", "english"),
    [
        (
            "Eh, hiyo bus service kati ya India na Pakistan ilianzishwa mwaka gani, na ilisimama lini?",
            "That bus service between India and Pakistan started which year, and stopped when?",
        ),
        (
            "Niaje, nani aliandika hiyo paper ya small states?",
            "Who wrote that paper of small states?",
        ),
        (
            "Kwani ni ma-president gani wa US article inasema walitumia back channels?",
            "Which presidents of US article says used back channels?",
        ),
        ("Sawa, na Switzerland je? Model yake ni ya aina gani?", "And Switzerland? its Model is of which kind?"),
        ("Kenya ilituma forces zake kwa mission gani, manze?", "Kenya sent its forces in which mission?"),
        ("Kwani hizo talks zili-fail aje?", "Those talks fail how?"),
    ],
)
def test_a_sheng_question_in_english_words(sheng: str, english: str) -> None:
    assert from_sheng(sheng) == english


def test_english_and_other_mixes_are_not_read_as_sheng() -> None:
    for typed in (
        "Who wrote the paper on small states, and when?",
        "Sino po yung sumulat ng article?",  # (Taglish: taglish.py's)
        "Is Ile-de-France a region, and what is Isha's role?",
        "Na na na - what year did Hey Jude come out?",
    ):
        assert from_sheng(typed) == typed


@pytest.mark.parametrize(
    ("latex", "question"),
    [
        (
            r"\section{Small states} --- Rafique \& Samiullah \cite{?} compare three cases; which three? \todo{tab 2.1}",
            "Small states: Rafique & Samiullah compare three cases; which three?",
        ),
        (
            r"Biden's emissaries in Jan~2022 --- who went to Moscow? \cite{somerville2022}",
            "Biden's emissaries in Jan 2022 - who went to Moscow?",
        ),
        (
            r"what do Moss's Kissinger--Dobrynin and ``ecology'' have in common? \emph{both}",
            'what do Moss\'s Kissinger-Dobrynin and "ecology" have in common? both',
        ),
        (
            "% US presidents --- which ones? need the list for fn.~12",
            "US presidents - which ones? need the list for fn. 12",
        ),
        (r"\todo{who wrote the Moscow piece?}", "who wrote the Moscow piece?"),
        (r"Norway vs.\ Qatar: how do they differ?", "Norway vs. Qatar: how do they differ?"),
    ],
)
def test_a_question_among_latex_without_its_markup(latex: str, question: str) -> None:
    assert untypeset(latex) == question


def test_what_is_no_latex_is_left_as_typed() -> None:
    for typed in (r"Where is C:\Users\me\notes.txt kept?", "What is 50% of the budget?", "Who wrote it -- and when?"):
        assert untypeset(typed) == typed


@pytest.mark.parametrize(
    ("note", "question"),
    [
        (
            "## Framework notes — [[Rafique & Samiullah 2026]]\nThey build a framework. #theory\n"
            "> [!question] What are the three pillars?",
            "Framework notes — Rafique & Samiullah 2026:\nThey build a framework.\nWhat are the three pillars?",
        ),
        (
            "[[Oslo Accords|Oslo]] channel\nwho:: ?\nWho were the negotiators? #norway",
            "Oslo channel\nWho were the negotiators?",
        ),
        ("cycivic explainer — title:: ?", "cycivic explainer\ntitle?"),
        ("> [!note]\n> ![[map.png]] Where did [[Moss]] work?", "Where did Moss work?"),
    ],
)
def test_a_notes_links_callouts_and_fields_are_taken_off(note: str, question: str) -> None:
    assert unnoted(note) == question


def test_a_note_without_its_markup_is_as_typed_and_its_items_keep_their_sentence() -> None:
    for typed in ("Who wrote #1 on the list?", "What does ratio::new do in Rust?", "> quoted line\nwho said it?"):
        assert unnoted(typed) == typed
    assert untodo("Algeria, the 'Liberation Ally' mediator.\n- [ ] which two agreements, and when?") == (
        "Algeria, the 'Liberation Ally' mediator. which two agreements, and when?"
    )
    assert untodo("## Tasks\nTODO: ethics reading\n- [ ] who signed it") == "who signed it?"


def test_a_learners_question_word_where_the_answer_stands() -> None:
    assert articled("The article 'A new back channel to Moscow?' written by who and came out which date exactly?") == (
        "Who wrote the article 'A new back channel to Moscow?' and when did it come out exactly?"
    )
    assert articled("Article 'A new ferry?', who is write and publish what day, anh?") == (
        "Article 'A new ferry?', who wrote and when was it published?"
    )
    assert articled("The Kissinger channel stopped which base, where, and which year a?") == (
        "The Kissinger channel stopped which base, where, and which year?"
    )
    for typed in ("The talks were led by who?", "Is it vitamin a?", "Which is plan a?", "The song was written by who?"):
        assert articled(typed) == typed


def test_fill_in_a_field_asks_for_it_and_a_note_of_the_askers_text_is_no_part_of_it() -> None:
    assert (
        unfilled("And which summit did Singapore host - fill in year")
        == "And which summit did Singapore host? Give the year"
    )
    assert unfilled("fill in year and exact date it was signed") == "Give the year and exact date it was signed"
    assert unfilled("Please fill in the form") == "Please fill in the form"
    assert without_remark("Which presidents? need the full list for fn. 12") == "Which presidents?"
    assert without_remark("Which presidents? need the list of who else for fn. 12") == (
        "Which presidents? need the list of who else for fn. 12"
    )


def test_a_document_named_before_its_authors_or_title_are_asked() -> None:
    assert metadata_asked("the small-states quiet diplomacy article - who are the authors?") == {"author"}
    assert metadata_asked("The Sherman Act was passed in 1890. Who was the author?") == set()
    assert metadata_asked("What is the article which asks whether back channel diplomacy is illegal called?") == {
        "title"
    }
    assert metadata_asked("What is the hotline between Washington and Moscow called?") == set()
