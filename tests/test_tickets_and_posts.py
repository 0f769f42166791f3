"""Questions filed as an issue tracker's tickets ("[RES-140] Scope | Summary: ... | Description: Which ...? | AC1: ...
| Priority: High"), posted as a help forum's questions (a title, then "What I have tried:", "Expected result:",
"Thanks in advance!"), led up to as a tutor leads ("Think back to the Soviet era. How did ...?"), with the question
word last as Turkish puts it ("the negotiators who were?"): rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.forum import unthreaded
from dragoman.assistant.learner import articled
from dragoman.assistant.tracked import untracked
from dragoman.assistant.tutored import untutored
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "[RES-140] Case-country scope | Summary: confirm scope | Description: Which three countries does the paper "
            "compare? | AC1: all three countries listed | Priority: High",
            "Which three countries does the paper compare?",
        ),
        # (a field a line, the description run over two lines)
        (
            "[RES-142] Find authors\nSummary: citation metadata\nDescription: Who wrote the small-states paper,\nand "
            "when was it published?\nAcceptance criteria: all authors listed\nPriority: High",
            "Who wrote the small-states paper, and when was it published?",
        ),
        # (the summary asks, the description tells why)
        (
            "OPS-7 | Summary: Who led the U.S. delegation? | Description: needed for the briefing deck",
            "Who led the U.S. delegation?",
        ),
        # (a link to another ticket, the criteria after the question in the same line)
        (
            "[RES-173] Follow-up to RES-172: who chairs the NGO behind it? AC1: name",
            "Who chairs the NGO behind it?",
        ),
        ("[RES-177] Blocked by RES-176 - what's his current job title?", "What's his current job title?"),
        ("[RES-175] Sub-task of RES-174 | And what did that channel stop?", "And what did that channel stop?"),
        ("[RES-12] Who wrote the Norway paper?", "Who wrote the Norway paper?"),
        ("Follow-up to RES-180, and the KGB operative?", "And the KGB operative?"),
        # (a link first, no key of its own; the criteria after a question with no ticket's key)
        ("Follow-up to RES-170 - and what 2018 summit did it host?", "And what 2018 summit did it host?"),
        ("Sub-task of RES-174 | And what did that channel stop?", "And what did that channel stop?"),
        ("How much did revenue grow? AC1: percent AC2: year", "How much did revenue grow?"),
        ("See the table. Who wrote it?", "See the table. Who wrote it?"),
        # (no ticket: a name with a number, a bare key with nothing of a ticket after it)
        ("COVID-19 - what changed in diplomacy?", "COVID-19 - what changed in diplomacy?"),
        ("MH-17: who was blamed?", "MH-17: who was blamed?"),
        ("Related to COVID-19, what are the symptoms?", "Related to COVID-19, what are the symptoms?"),
        ("Re: GPT-4 - what is the context window?", "Re: GPT-4 - what is the context window?"),
        ("Blocks HIV-1 entry: which drug does that?", "Blocks HIV-1 entry: which drug does that?"),
        ("HIV-1 Context: how does the virus enter cells?", "HIV-1 Context: how does the virus enter cells?"),
        ("What voltage? AC 230 V or DC 12 V?", "What voltage? AC 230 V or DC 12 V?"),
        # (bold labels; no field that asks: the title)
        ("[RES-1] Scope | **Description:** Who wrote the paper? | **Priority:** High", "Who wrote the paper?"),
        ("[RES-1] Summary of the ruling | Description: needed by Friday", "Summary of the ruling"),
        ("RES-9 Task: who wrote it?", "Who wrote it?"),
    ],
)
def test_a_ticket_asks_what_its_description_asks(question, asked):
    assert untracked(question) == asked


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Who ran the Norwegian side of the Oslo back channel?\n\nI am researching the Oslo channel.\n\nWhat I have "
            "tried: I know Larsen, but not the others.\n\nExpected result: the names.\n\nThanks in advance!",
            "Who ran the Norwegian side of the Oslo back channel?",
        ),
        # (a title quoting one that ends on its own question mark; the body run on after it)
        (
            "Author and date of 'A new back channel to Moscow?'\nWhat I've tried: the page header.",
            "Author and date of 'A new back channel to Moscow?'",
        ),
        ("Which years? I am researching Kashmir. Thanks in advance!", "Which years?"),
        # (a title that does not ask, with what the post expects)
        (
            "Oslo negotiators\nI am researching Oslo.\nExpected result: the names of the Norwegian negotiators.",
            "Oslo negotiators. Give the names of the Norwegian negotiators.",
        ),
        # (an edit's or thanks' opening before a follow-up)
        ("EDIT: and why did it fail?", "And why did it fail?"),
        ("EDIT: thanks for the Algeria answer. And what about Finland?", "And what about Finland?"),
        ("OK got the years. And what did it lead to?", "And what did it lead to?"),
        ("Thanks. How did Qatar do it?", "How did Qatar do it?"),
        # (not what the asker says they know, nor a statement that is no thanks)
        ("OK, Norway hosted it. Who were the negotiators?", "OK, Norway hosted it. Who were the negotiators?"),
        ("Edit: the paper says X - why?", "Edit: the paper says X - why?"),
        ("Who wrote it?\nThe paper is on small states.", "Who wrote it?\nThe paper is on small states."),
        ("Who wrote the paper?\r\nI am researching Oslo.\r\nThanks in advance!", "Who wrote the paper?"),
        # (a greeting or a topic before a question; a story alone, which may be context; an edit asking more)
        (
            "Hello,\nI am writing about my claim. When is the deadline?",
            "Hello,\nI am writing about my claim. When is the deadline?",
        ),
        (
            "Python error\nWhat I've tried: reinstalling numpy. Why does import fail?",
            "Python error\nWhat I've tried: reinstalling numpy. Why does import fail?",
        ),
        (
            "What's the dosage? I'm working on a pediatric ward and the patient is 20 kg.",
            "What's the dosage? I'm working on a pediatric ward and the patient is 20 kg.",
        ),
        ("Who won?\nEDIT: France, I think? But who scored?", "Who won?\nEDIT: France, I think? But who scored?"),
    ],
)
def test_a_forum_post_asks_its_title(question, asked):
    assert unthreaded(question) == asked


def test_the_tracker_and_the_forum_frames_are_taken_off_before_reading():
    assert unlabelled("[RES-146] Publish date | Description: When was the Moscow piece published? | Priority: Low") == (
        "When was the Moscow piece published?"
    )
    assert unlabelled("What are the three pillars?\n\nThanks in advance!") == "What are the three pillars?"


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Tell me, think back to the Soviet era. If some channels were official, how did the two kinds differ?",
            "Regarding the Soviet era, if some channels were official, how did the two kinds differ?",
        ),
        (
            "Let's think together about the Obama years: which two undertakings does the article credit?",
            "Regarding the Obama years, which two undertakings does the article credit?",
        ),
        # (said again in the question, or nothing of its own: the lead left out)
        ("Consider the Oslo case. Now, who hosted the Oslo talks?", "Who hosted the Oslo talks?"),
        ("Let's start with the paper. Who wrote the paper?", "Who wrote the paper?"),
        # (a case made up, a premise, a lead with no question after it: as typed)
        (
            "Imagine you are Norway's envoy. What would you offer?",
            "Imagine you are Norway's envoy. What would you offer?",
        ),
        ("Remember that Oslo failed. Why?", "Remember that Oslo failed. Why?"),
        ("Consider the Oslo case.", "Consider the Oslo case."),
        # (no thing named)
        ("Let's start over. What is a derivative?", "Let's start over. What is a derivative?"),
        ("Consider the following: which team won?", "Consider the following: which team won?"),
        ("Let's think about this carefully. Who won?", "Let's think about this carefully. Who won?"),
        ("Return to sender. Who sent it?", "Return to sender. Who sent it?"),
    ],
)
def test_a_tutor_s_lead_says_what_the_question_is_about(question, asked):
    assert untutored(question) == asked


@pytest.mark.parametrize("text", ["so   " * 400 + "x", "now  " * 400 + "x", "ok \n " * 400 + "x"])
def test_a_run_of_fillers_is_read_at_once(text):
    """(each filler read one way only: a run of them once took seconds per word added)"""
    assert untutored(text) == text


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "In Oslo channel the Norwegian negotiators who were, and which institute offered it?",
            "Who were the Norwegian negotiators in Oslo channel, and which institute offered it?",
        ),
        ("And the mediators who were?", "And who were the mediators?"),
        ("The author of the Moscow piece who is?", "Who is the author of the Moscow piece?"),
        # (a relative clause: as typed)
        ("Were the ones who were there happy?", "Were the ones who were there happy?"),
        ("Who was the man who was arrested?", "Who was the man who was arrested?"),
        (
            "The patients who were, in the end, discharged - how many?",
            "The patients who were, in the end, discharged - how many?",
        ),
        ("Of the banks, the ones who were; how many failed?", "Of the banks, the ones who were; how many failed?"),
    ],
)
def test_a_question_word_said_last_asks_first(question, asked):
    assert articled(question) == asked


@pytest.mark.slow
@pytest.mark.parametrize(
    "question, history, must",
    [
        (
            "[RES-161] Swiss mandates | Summary: data points | Description: Whose interests does Switzerland represent "
            "in Iran, and since what year? | AC1: Iran mandate AC2: year | Priority: Medium",
            [],
            ["1980"],
        ),
        (
            "[RES-171] Follow-up to RES-170 - and what 2018 summit did it host?",
            ["[RES-170] Description: Which small state organises the ASEAN-China dialogue on the Code of Conduct?"],
            ["Trump-Kim"],
        ),
        (
            "Algeria 'Liberation Ally' mediator - which two agreements and what years?\n\nI am researching North "
            "African mediation.\n\nWhat I have tried: searched for 'Algeria'.\n\nExpected result: the two cases with "
            "their years.\n\nThanks in advance!",
            [],
            ["1975", "2015"],
        ),
        (
            "Tell me, think back to the Soviet era. If some U.S.-Soviet channels were official and others were not, "
            "how did the two kinds differ, according to the piece?",
            [],
            ["hotline"],
        ),
        ("In Oslo channel the Norwegian negotiators who were?", [], ["Larsen"]),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, history, must):
    answer = seeded.ask(question, history=history or None)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text
