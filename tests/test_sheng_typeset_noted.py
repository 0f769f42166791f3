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
from dragoman.index.byline import byline


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
        (r"\section{Oslo} \todo{who led it?}", "Oslo: who led it?"),
        (r"\section{Methods} --- how many took part? \cite{x}", "how many took part?"),
        (r"\emph{Norway} vs.\ Qatar: how do they differ?", "Norway vs. Qatar: how do they differ?"),
        (r"What does \citeauthor{somerville2022} argue? \citeyear{x}", "What does the author argue?"),
        (r"Who signed it? % ask the supervisor \cite{x}", "Who signed it?"),
    ],
)
def test_a_question_among_latex_without_its_markup(latex: str, question: str) -> None:
    assert untypeset(latex) == question


def test_what_is_no_latex_is_left_as_typed() -> None:
    for typed in (
        r"Where is C:\Users\me\notes.txt kept?",
        r"Who wrote the file in .\scripts\build.ps1?",
        r"What does the regex \d{4}-\d{2} match?",
        r"What does \newline do?",
        "What is 50% of the budget?",
        "Who wrote it -- and when?",
    ):
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
            "Oslo channel:\nWho were the negotiators?",
        ),
        ("cycivic explainer — title:: ?", "cycivic explainer:\ntitle?"),
        ("author:: ?\ntitle:: Three Days in Ljubljana", "title: Three Days in Ljubljana.\nauthor?"),
        ("> [!note] Recipe\n> How long can the cake be frozen?", "How long can the cake be frozen?"),
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


def test_the_reviews_plain_questions_are_read_as_typed() -> None:
    for typed in (
        "In the wake of the Weinstein case, who started the me-too movement?",
        "Did Ana-Maria Popescu and Ali-Reza Shams co-author the paper?",
        "Nani and Kati wrote the paper. Kati is the lead author?",
        "meri nani ki book ka author kaun hai, jina hai?",
    ):
        assert from_sheng(typed) == typed
    assert from_sheng("Nani aliandika hiyo analysis ya small states?") == "Who wrote that analysis of small states?"
    for typed in (
        "Which option is correct, b or a?",
        "Who is Nguyen Van Anh?",
        "In the table, which column is labelled a?",
    ):
        assert articled(typed) == typed
    for typed in (
        "In C++, what does std:: do?",
        "What does np.array([[1, 2]]) return?",
        "Who coined #MeToo, and when?",
    ):
        assert unnoted(typed) == typed
    assert unnoted("When did [[Black Lives Matter]] begin using #BlackLivesMatter?") == (
        "When did Black Lives Matter begin using #BlackLivesMatter?"
    )
    assert (
        untypeset(r"Is it 50 % or 60 % in the \emph{small states} paper?")
        == "Is it 50 % or 60 % in the small states paper?"
    )
    assert untodo("Thanks so much for your help!\n- [ ] who signed the Oslo Accords") == "who signed the Oslo Accords?"
    for typed in (
        "The form is simple. Fill in the date and sign it - who checks it?",
        "Visa steps:\n- fill in the date",
    ):
        assert unfilled(typed) == typed
    assert without_remark("Who signed it? need the full names for the article") == (
        "Who signed it? need the full names for the article"
    )
    assert metadata_asked("The article discusses the Sherman Act - who was the author?") == set()
    assert metadata_asked("What is the report about how the Persian Gulf should be named?") == set()


def _by(line: str) -> list[str]:
    return list(byline(f"Harbour Notes\n\n{line}\n\nThe talks began in Bergen in the spring of 2003.\n").authors)


def test_a_by_lines_offices_and_the_body_after_them_are_no_names() -> None:
    assert _by("By Jane Doe and Professor Tom Hale") == ["Jane Doe", "Professor Tom Hale"]
    assert _by("By Edith Head, Anna Fellow and Tom Partner") == ["Edith Head", "Anna Fellow", "Tom Partner"]
    assert _by("By Jane Doe, Director, Peace Research Institute Oslo, 3 March 2021") == ["Jane Doe"]
    assert _by("By Harriet Cole, Solicitor, Brennan & Cole LLP") == ["Harriet Cole"]
    assert _by('Posted by Elena Marchetti on the blog "A Kitchen in Liguria", 5 June 2023') == ["Elena Marchetti"]
    assert _by("Author: Cher, Sting, 3 March 2021") == ["Cher", "Sting"]
    assert _by("By Managing Director") == []


def test_a_follow_up_replaces_a_possessor_of_two_words_joined_whole() -> None:
    from dragoman.assistant.followup import resolve_followup

    earlier = ["How much of Antigua and Barbuda's drinking water comes from desalination?"]
    assert (
        resolve_followup("And Barbados?", earlier) == "How much of Barbados's drinking water comes from desalination?"
    )
    assert resolve_followup("And Qatar?", ["How do Norway and Oman differ?"]) == "How do Qatar and Oman differ?"
