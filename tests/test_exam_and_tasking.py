"""Questions set as an exam paper sets them ("Q6 (a) Name ... [3 marks]", "Identify two cases ... and give the year of
each."), as an analyst tasks them ("BLUF: ...", "Task: identify ...", "...? [Moss case]", "...? BLUF only."), in a
French speaker's English ("How is titled the article ...?", "How are called the envoys ...?", "the Mister Samiullah",
"how many persons"), and by a game designer telling of their game before or after what is asked ("Building the
'Back Channel Gone Wrong' event deck.", "Going on a flavor-text card."): rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.asides import without_story
from dragoman.assistant.exam import unexamined
from dragoman.assistant.followup import resolve_followup
from dragoman.assistant.learner import articled
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse
from dragoman.assistant.remarks import without_remark
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Q6 (a) Name the three approaches to mediation that small states often combine. [3 marks]",
            "Name the three approaches to mediation that small states often combine.",
        ),
        ("Q5 State the prerequisites for success. [3 marks]", "State the prerequisites for success."),
        ("Question 3(b): Outline the three areas of investment.", "Outline the three areas of investment."),
        (
            "(a) Identify the five risks listed in the source. [5 marks]",
            "Identify the five risks listed in the source.",
        ),
        (
            "Q9 With reference to the source, state what it stopped.",
            "With reference to the source, state what it stopped.",
        ),
        # (a part with parts after it keeps its letter, for each part to be asked in turn)
        (
            "Q8 (a) Name the two negotiators and (b) state the position each held. [4 marks]",
            "(a) Name the two negotiators and (b) state the position each held.",
        ),
        # (marks after each part)
        ("(a) Name them. [3 marks] (b) State the position. [2 marks]", "(a) Name them. (b) State the position."),
        # (not a quarter - but with marks -, nor a statute's section, nor a form's numbers, nor a figure in brackets)
        ("Q4 What drove revenue growth at Acme?", "What drove revenue growth at Acme in Q4?"),
        ("Q1 What is opportunity cost?", "What is opportunity cost?"),
        ("Q2b Explain osmosis.", "Explain osmosis."),
        ("Q4 What was the revenue? [2 marks]", "What was the revenue?"),
        ("Which questions carry [10 marks]?", "Which questions carry [10 marks]?"),
        ("Q4 2023 revenue?", "Q4 2023 revenue?"),
        ("Q3 revenue fell - why?", "Q3 revenue fell - why?"),
        ("12(a) of the Securities Act: what does it require?", "12(a) of the Securities Act: what does it require?"),
        ("Q1: who led it? Q2: when?", "Q1: who led it? Q2: when?"),
        ("How many calories in an egg (50)", "How many calories in an egg (50)"),
    ],
)
def test_an_exam_paper_s_number_part_and_marks_are_not_asked(question, asked):
    assert unexamined(question) == asked


def test_an_exam_question_s_parts_each_ask():
    parts = analyse("Identify two mediation cases that show Algeria's role as a mediator and give the year of each.")
    assert [c.expects for c in parts] == [None, "date"]
    assert all(c.names == ("algeria",) for c in parts)
    # (a request naming what it asks for is a part of its own; "Name and give" one request)
    assert len(analyse("State the prerequisites for success.")) == 1
    assert len(analyse("Name and give the year of the treaty.")) == 1
    assert len(analyse("Compare and give the dates of the Oslo and Kashmir back channels.")) == 1
    assert len(analyse("State mediators were praised. Why?")) == 1


@pytest.mark.parametrize(
    "question, asked",
    [
        ("BLUF: why did the back channel fail?", "why did the back channel fail?"),
        ("BLUF pls: what approaches does it list?", "what approaches does it list?"),
        ("RFI - population of Funafuti?", "population of Funafuti?"),
        ("BLUF: Q6 (a) Name the approaches. [3 marks]", "Name the approaches."),
        ("Who was the referee? [Rovers v Ashcombe] BLUF only.", "Who was the referee (Rovers v Ashcombe)?"),
        # (not a word of the question's own; "where's" as "where has" before "been")
        ("Key judgements: which ones were overturned?", "Key judgements: which ones were overturned?"),
        ("Where's he been working?", "Where has he been working?"),
        ("Where's it located?", "Where is it located?"),
        ("Assess: why did the Oslo process collapse?", "why did the Oslo process collapse?"),
        ("Moss vs Jacob case studies - common finding? BLUF only.", "Moss vs Jacob case studies - common finding?"),
        ("What did it help stop? [Moss case]", "What did it help stop (Moss case)?"),
        # (not a word of the question's own: "Tasks of the mediator?")
        ("Tasks of the mediator?", "Tasks of the mediator?"),
    ],
)
def test_an_analyst_s_tasking_words_ask_nothing(question, asked):
    assert unlabelled(question) == asked


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "How is titled the article of cycivic that asks if it is illegal?",
            "What is the title of the article of cycivic that asks if it is illegal?",
        ),
        ("How are called the Indian and Pakistani envoys?", "What are the Indian and Pakistani envoys called?"),
        (
            "constraints, following the Mister Samiullah and Madame Rafique?",
            "constraints, following Samiullah and Rafique?",
        ),
        ("Where works the Mister Watanabe?", "Where does Watanabe work?"),
        ("Where works best?", "Where works best?"),
        # (a title that is part of a name)
        ("Who wrote Madame Bovary?", "Who wrote Madame Bovary?"),
        ("Who played the Mister Big character?", "Who played the Mister Big character?"),
        # (not "how is it called from Python", "How is the function called?")
        ("how is it called from Python?", "how is it called from Python?"),
        ("How is the function called?", "How is the function called?"),
    ],
)
def test_a_french_speaker_s_turns_are_read_as_meant(question, asked):
    assert articled(question) == asked


def test_what_people_are_called_asks_names_and_persons_are_any_people():
    (clause,) = analyse("What are the Indian and the Pakistani envoys of the back channel called?")
    assert clause.expects == "name"
    (clause,) = analyse("How many persons are working in the US embassy in Moscow now?")
    assert satisfies(clause, "This leaves the embassy with only 120 workers compared to around 1,200.")
    (clause,) = analyse("How many rounds of talks were held?")
    assert not satisfies(clause, "This leaves the embassy with only 120 workers.")
    # (as "how many people": any number - "12 fans", "Three shareholders")
    (clause,) = analyse("How many persons were arrested after the final?")
    assert satisfies(clause, "Police arrested 12 fans after the final.")
    assert analyse("What are the states of matter called?")[0].expects is None
    assert analyse("What is the prime minister's strategy called?")[0].expects is None
    assert "date" in metadata_asked("What publish date is shown on the 'A new back channel to Moscow?' article?")


def test_a_game_designer_s_own_game_is_no_part_of_what_is_asked():
    question = "Building the 'Back Channel Gone Wrong' event deck. What can back channels do, per the ISD article?"
    assert without_story(question) == "What can back channels do, per the ISD article?"
    question = "My player mats have three 'foundation' slots for a small state. What are the paper's three pillars?"
    assert without_story(question) == "What are the paper's three pillars?"
    assert without_remark("How does Qatar get its leverage? Going on a flavor-text card.") == (
        "How does Qatar get its leverage?"
    )
    assert without_remark("How does Qatar get its leverage? I want its special ability on the card to reflect it.") == (
        "How does Qatar get its leverage?"
    )
    # (not the asker's own world, which a question is about)
    assert without_story("Our company is based in Germany. What is the VAT rate?") == (
        "Our company is based in Germany. What is the VAT rate?"
    )
    assert (
        without_remark("What is the dose? Going into surgery tomorrow.")
        == "What is the dose? Going into surgery tomorrow."
    )
    assert without_remark("What is the syntax? I want the output on the page to be bold.").endswith("bold.")
    assert without_story("Our expansion into Germany starts in 2025. What is the VAT rate in Germany?").startswith(
        "Our"
    )


def test_a_thing_wanted_asks_it_and_a_person_s_workplace_carries_no_topic():
    clauses = analyse("For the Oslo card I want the exact date it was signed and where the ceremony took place.")
    assert [c.expects for c in clauses] == ["date", "name"]
    assert [c.expects for c in analyse("Who signed it? I need the names.")] == ["name"]
    assert [c.expects for c in analyse("Where was the hearing? I need the names of the judges.")] == ["name", "name"]
    assert [c.expects for c in analyse("I want the date format to be ISO - how?")] == [None]
    assert unlabelled("And where's Jacob based?") == "And where is Jacob based?"
    previous = ["why did the 2004-07 India-Pakistan back channel fail, per Jacob?"]
    assert resolve_followup("And where is Jacob based?", previous) == "Where is Jacob based?"
    # (not of a role or a team the turn before named; a person pointed back at is carried: "where does he work?")
    assert "Acme" in resolve_followup("And where is the CEO based?", ["Who is the CEO of Acme Corp?"])
    assert "NBA" in resolve_followup("And where are the Lakers based?", ["Who won the NBA title in 2020?"])
    assert "Moss" in resolve_followup("And where does he work?", ["Who wrote the case study on Kissinger, Moss?"])


@pytest.mark.parametrize(
    "question, history, must",
    [
        (
            "Q6 (a) Name the three approaches to mediation that small states often combine, according to the source. "
            "[3 marks]",
            [],
            ["Facilitation", "Formulation", "Manipulation"],
        ),
        (
            "Q10 (a) In what year was a bus service set up between the two regions during the India-Pakistan thaw, "
            "and (b) when did it cease? [2 marks]",
            [],
            ["2005", "2019"],
        ),
        (
            "Q14 Identify two mediation cases that show Algeria's role as a 'Liberation Ally' mediator and give the "
            "year of each. [4 marks]",
            [],
            ["1975", "2015"],
        ),
        ("BLUF: why did the 2004-07 India–Pakistan back channel fail to yield a sustainable deal?", [], ["2008"]),
        ("Moss vs Jacob case studies — common finding re negotiators? BLUF only.", [], ["political pressure"]),
        (
            "How is titled the article of cycivic that asks if the back channel diplomacy is illegal?",
            [],
            ["Legal Or Not"],
        ),
        (
            "How many persons are working actually in the US embassy in Moscow, compared to the beginning of 2017?",
            [],
            ["120", "1,200"],
        ),
        (
            "And where's Jacob based (institution)?",
            ["BLUF: why did the 2004-07 India–Pakistan back channel fail to yield a sustainable deal, per Jacob?"],
            ["Nehru University"],
        ),
        (
            "For the 'Open a Back Channel' action I want to list the bonuses the player gets. What three things can "
            "back channels do for officials according to the ISD case-studies article?",
            [],
            ["insulate officials", "compartmentalize"],
        ),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, history, must):
    answer = seeded.ask(question, history=history or None)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text


def test_envoys_no_text_names_are_not_answered(seeded):
    answer = seeded.ask("How are called the Indian and the Pakistani envoys of the back channel on Kashmir since 2004?")
    assert answer.abstained, answer.text


def test_a_who_question_s_role_leads_its_answer(tmp_path, embedder):
    """ "Who was the referee in ...?": the sentence naming the referee, not a manager beside the teams' names."""
    from dragoman import Assistant

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "match.txt").write_text(
        "Harbourside Rovers beat Ashcombe Town 3-2 in the County Cup semi-final on Saturday.\n\n"
        "Ashcombe manager Rob Tennant was unhappy with the penalty that Rovers were not awarded in the 80th minute.\n\n"
        "Whitlock was booked for the foul, one of five yellow cards shown by referee Andrew Pike during a bad-tempered "
        "game.\n",
        encoding="utf-8",
    )
    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    bot.ingest([corpus])
    answer = bot.ask("Who was the referee in Rovers v Ashcombe?")
    assert not answer.abstained
    assert answer.text.startswith("Whitlock was booked"), answer.text
