"""Session 39's rules: a name or figure corrected as it is said, a multilingual asker's own-language small words, the
asker's own fiction before the question, counsel's leading questions, a document named by its place in a bundle
("tab 2"), a month asked for: pure rules on text with near misses on other subjects (the two reviews' among them), then
the seeds with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.asides import claim_checked, claimed, without_story
from dragoman.assistant.focus import missing_focus
from dragoman.assistant.mixed import corrected, in_english
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import analyse
from dragoman.assistant.words import unlabelled
from dragoman.index.prior import POSITIONAL

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("Since when does Sveits, sorry, Switzerland act for the US?", "Since when does Switzerland act for the US?"),
        ("Did the talks start in 1992 - I mean 1993?", "Did the talks start in 1993?"),
        ("Was Excel 2016, sorry, Excel 2019 the first with XLOOKUP?", "Was Excel 2019 the first with XLOOKUP?"),
        ("My BP is 140, I mean 150 over 90, is that high?", "My BP is 150 over 90, is that high?"),
        ("Is Crestor 10, sorry, 20 mg the usual dose?", "Is Crestor 20 mg the usual dose?"),
        ("Does Medicare Part B - I mean Part D cover it?", "Does Medicare Part D cover it?"),
        ("My BP is 140/90, I mean 150/95, is that high?", "My BP is 140/90, I mean 150/95, is that high?"),
        # (near misses: an apology, a choice, a name of a form, a word said again, no name after it)
        ("Sorry, who wrote it?", "Sorry, who wrote it?"),
        ("Norway, sorry to ask again, what did it do?", "Norway, sorry to ask again, what did it do?"),
        ("I'm sorry, Dave, what does the error mean?", "I'm sorry, Dave, what does the error mean?"),
        ("Which is cheaper, Ozempic or rather Mounjaro?", "Which is cheaper, Ozempic or rather Mounjaro?"),
        (
            "How long does a Birth Certificate Correction Form take?",
            "How long does a Birth Certificate Correction Form take?",
        ),
        (
            "When I say APR, I mean APR not APY - which is quoted?",
            "When I say APR, I mean APR not APY - which is quoted?",
        ),
        ("Dr Smith, sorry, Can I take it twice?", "Dr Smith, sorry, Can I take it twice?"),
    ],
)
def test_a_name_or_figure_corrected_as_it_is_said_gives_way_to_the_correction(said: str, meant: str) -> None:
    assert corrected(said) == meant


@pytest.mark.parametrize(
    ("mixed", "english"),
    [
        ("Hvem wrote the paper, og at which university work they?", "Who wrote the paper, and at which university"),
        ("I wonder hvorfor Norway was chosen", "I wonder why Norway was chosen"),
        ("warum did the talks fail und who led them?", "why did the talks fail and who led them?"),
        ("In which volume og issue, og which year, did it come out?", "In which volume og issue, and which year"),
        # (near misses: a name, words of English or of the web, a title, a question about the word itself, one small
        # word alone)
        ("Og Mandino wrote which book?", "Og Mandino wrote which book?"),
        ("Is the OG recipe older?", "Is the OG recipe older?"),
        ("Why isn't my og:image showing?", "Why isn't my og:image showing?"),
        ("How do I add og tags to my store?", "How do I add og tags to my store?"),
        ("who composed tristan und isolde", "who composed tristan und isolde"),
        ("What are the symptoms of weil disease?", "What are the symptoms of weil disease?"),
        ("who directed ben hur", "who directed ben hur"),
        ("wer any side effects reported for crestor", "wer any side effects reported for crestor"),
        ("is og kush indica, and how strong is og kush", "is og kush indica, and how strong is og kush"),
        ("How do you say donde in English?", "How do you say donde in English?"),
        ("Who were the men at the table, and what was also said?", "Who were the men at the table, and what was also"),
    ],
)
def test_own_language_small_words_are_read_in_english(mixed: str, english: str) -> None:
    assert in_english(mixed).startswith(english)


def test_the_askers_own_story_need_not_be_in_the_documents_unless_the_question_points_back_at_it() -> None:
    story = (
        "Chapter 4: my heroine, a junior Norwegian diplomat, lectures a cocky American. "
        "What are the mediation approaches the small-states paper lists?"
    )
    assert without_story(story) == "What are the mediation approaches the small-states paper lists?"
    assert missing_focus(without_story(story), ["nothing about Americans here"]) == []
    # (the question points back at what the story names: it is still about it)
    kept = "My novel is set during the Dayton talks. According to the small-states paper, who mediated them?"
    assert without_story(kept) == kept
    # (nothing of its own asked: "the talks" are the story's)
    assert without_story("I saw a film about the Camp David talks. Who hosted the talks?").startswith("I saw")
    # (a statement naming the document asks; an indirect question asks; a question after it is no story)
    asked = "I want the approaches the small-states paper lists. Which are they?"
    assert without_story(asked) == asked
    assert without_story("I'd like to know when the talks began. Who led them?").startswith("I'd like")
    # (another subject: the drug asked about in the story, the question pointing back at it)
    drug = "My doctor prescribed Lipitor last week. What are its side effects?"
    assert without_story(drug) == drug
    # (a person of the story asked about; "hero", "script", "plot" of the asker's own life)
    for kept in (
        "My heroine admires Pete Sampras. How many times did he win Wimbledon?",
        "My hero growing up was Pete Sampras. How many times did Federer win Wimbledon?",
        "My script runs on Ubuntu 22.04. Which Python version ships with Debian?",
        "Our plot is in Bexley. When is Council Tax due in Leeds?",
    ):
        assert without_story(kept) == kept, kept


def test_a_document_named_by_its_place_in_the_collection_and_other_places_need_not_be_said() -> None:
    asked = "The document at tab 2. On tab 3's account, what is it? Tab #4 says what?"
    assert [m.group(1) for m in POSITIONAL.finditer(asked)] == ["2", "3", "4"]
    for other in (
        "Table 2 of the report",
        "Do warnings stay on file 2 years?",
        "Exhibit 3 of a 10-K",
        "document 3",
        "Can I take 1 tab 2 times a day?",
        "press tab 3 times",
    ):
        assert POSITIONAL.search(other) is None
    question = "At tab 1: (1) which constraints does it list, and (2) why?"
    assert missing_focus(question, ["The constraints are these."]) == []
    assert missing_focus("What does clause (3) say about rent?", ["Clause 4 covers rent."]) == ["3"]
    assert missing_focus("What happened to the 2 envoys?", ["nothing"]) == ["2"]
    # (a section, a page or a note is what is asked about)
    assert missing_focus("Is a Section 1031 exchange allowed?", ["Section 1033 covers it."]) == ["1031"]


def test_a_month_asked_for_is_not_answered_by_a_year_alone() -> None:
    clause = analyse("In what month and year did the envoy travel?")[0]
    assert not satisfies(clause, "The envoy travelled in 1970.")
    assert satisfies(clause, "The envoy travelled in October 1962.")
    assert not satisfies(clause, "Parties may meet in 1970.")  # ("may": no month)
    assert satisfies(clause, "Policy issued: 03/15/2021")
    for dated in ("Approval date (FDA): 12-Aug-2003", "Launched Jan-2015", "approved in march 2003"):
        assert satisfies(clause, dated), dated
    assert satisfies(analyse("In what year did the envoy travel?")[0], "The envoy travelled in 1970.")


def test_a_claim_put_as_counsel_puts_it_is_settled_by_the_question_after_it() -> None:
    for put in (
        "You would accept, would you not, that it is the work of a single author?",
        "It is right, isn't it, that the talks were in Oslo?",
        "It is correct, is it not, that the lease ran for two years?",
        "Is it not the case that the drug was withdrawn in 2004?",
    ):
        assert claim_checked(put), put
    # (a question, a request; a formal tag, whose claim may name the very thing asked next: "The Declaration came out of
    # the Norwegian channel, did it not? On what date was it signed?")
    for asked in (
        "It is true that the drug works, but why?",
        "Would you agree to sign it?",
        "Who wrote it?",
        "The lease was signed in May, was it not?",
    ):
        assert not claim_checked(asked), asked
    # (what is asked next points back at the claim: its names must be said - "that book")
    put = "It is right, is it not, that his book came out in 2011? Give the title of that book."
    assert claimed(split_parts(put)) == []
    assert claimed(split_parts("It is right, is it not, that one author wrote it? Who wrote the paper?")) != []
    assert unlabelled("Who in fact wrote it, and who in truth paid?") == "Who wrote it, and who paid?"
    assert unlabelled("What in fact-checking terms is a claim?") == "What in fact-checking terms is a claim?"


def test_the_seeds_asked_by_a_novelist_a_barrister_and_a_norwegian_asker(seeded) -> None:
    answer = seeded.ask(
        "In my novel, a retired Cold Warrior named Viktor remembers Nixon's day. Through which people does the "
        "article on whether back-channel diplomacy is illegal say Nixon ran back channels with the Soviet Union?"
    )
    assert not answer.abstained and "Kissinger" in answer.text
    answer = seeded.ask(
        "The paper at tab 1. You would accept, would you not, that a single author wrote it? Who in fact wrote it, "
        "and at which university are they?"
    )
    assert not answer.abstained and "Rafique" in answer.text and "Lahore" in answer.text
    answer = seeded.ask("The document at tab 3: is back-channel diplomacy illegal, on its account?")
    assert not answer.abstained and {c.source for c in answer.citations} == {"002_3b705a19ebf759c3.txt"}
    answer = seeded.ask("Hvem were the Norwegian negotiators in the Oslo channel, og which jobs had they?")
    assert not answer.abstained and "Egeland" in answer.text
