"""Session 42's rules: a question sent as an email reply above or below the message it quotes, one dictated with its
punctuation said as words ("comma", "question mark"), one asked in Hinglish ("Norway ka role kya tha?"), one typed as
a database query ("SELECT author_name FROM docs WHERE ..."), the asker's own circumstances after a question ("I've only
got the PDF"), a deadline's weekday ("quick one before Thursday"), a hotel asked of a text naming none: pure rules on
text with near misses, then the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.focus import specific_unsaid
from dragoman.assistant.hinglish import in_english_order
from dragoman.assistant.letters import unsigned
from dragoman.assistant.queried import unqueried
from dragoman.assistant.replied import unquoted
from dragoman.assistant.spoken import unspoken
from dragoman.assistant.words import unlabelled

REPLY = (
    "Hi Priya,\n\nwho wrote the lease, and when was it signed?\n\nCheers,\nDan\n\n"
    "On Tue, 3 Mar, Priya wrote:\n> The landlord's agent sent it over.\n> Kensington Estates, I think."
)


def test_an_email_reply_is_its_own_text() -> None:
    assert unquoted(REPLY) == "Hi Priya,\n\nwho wrote the lease, and when was it signed?\n\nCheers,\nDan"
    assert unlabelled(REPLY) == "who wrote the lease, and when was it signed?"
    # (the reply below the quotation; an Outlook reply's headers and the message under them)
    below = "On Mon, 2 Mar 2026 at 10:12, Priya Shah <p@x.org> wrote:\n> Any news?\n\nWho chairs the board?"
    assert unquoted(below) == "Who chairs the board?"
    outlook = "Who chairs the board?\n\n-----Original Message-----\nFrom: Priya\nSent: Monday\n\nAny news on Acme?"
    assert unquoted(outlook) == "Who chairs the board?"
    assert unquoted("Who chairs the board?\n\nFrom: Priya Shah\nSent: Monday 2 March\nSubject: board") == (
        "Who chairs the board?"
    )
    # (no quotation: a comparison in one line, a quotation alone, a question about who wrote)
    assert unquoted("Is the ratio > 3 in the 2020 accounts?") == "Is the ratio > 3 in the 2020 accounts?"
    assert unquoted("> what did the board decide?") == "> what did the board decide?"
    assert unquoted("Which poet wrote: 'the woods are lovely'?") == "Which poet wrote: 'the woods are lovely'?"


def test_the_askers_circumstances_and_deadline_are_no_part() -> None:
    assert unlabelled("Who wrote it? I've only got the PDF with no cover page in my notes.") == "Who wrote it?"
    assert unlabelled("How many staff in 2017? both numbers please, I want them for the handout.") == (
        "How many staff in 2017?"
    )
    assert unlabelled("Which hotel was it? can't remember and would like it for the slide.") == "Which hotel was it?"
    # (what says which thing is asked stays: a name, a figure, "I mean")
    assert unlabelled("Who led it? I can't find Norway in my notes.").endswith("Norway in my notes.")
    assert unlabelled("Who led it? I mean the 2004 talks, I can't recall").endswith("I can't recall")
    assert unsigned("quick one before Thursday -- who wrote the memo?") == "quick one -- who wrote the memo?"
    assert unsigned("What happened before Sunday?") == "What happened before Sunday?"
    assert unsigned("Who signed by Friday, the 3rd?") == "Who signed by Friday, the 3rd?"
    assert unsigned("What was agreed by Monday morning?") == "What was agreed by Monday morning?"


@pytest.mark.parametrize(
    ("dictated", "written"),
    [
        ("who wrote the memo comma and when question mark", "Who wrote the memo, and when?"),
        ("what does the piece mean by open quote endless game close quote question mark",
         'What does the piece mean by "endless game"?'),
        ("how is singapore apostrophe s basis different question mark", "How is singapore's basis different?"),
        ("the piece names former u s presidents full stop which ones question mark",
         "The piece names former US presidents. Which ones?"),
        ("so why didnt it end in a deal question mark", "So why didn't it end in a deal?"),
        # (a bare "quote" an "unquote" closes, "that" ending what is said, "period" ending a sentence, "hyphen";
        # "period" as a word, of a kind, is kept)
        ("the memo says comma quote the lease ends in june unquote comma who says that question mark",
         'The memo says, "the lease ends in june", who says that?'),
        ("name the three plans period new paragraph which one is cheaper question mark",
         "Name the three plans.\nWhich one is cheaper?"),
        ("how long is the notice period question mark", "How long is the notice period?"),
        ("who is Anne Marie hyphen Smith question mark", "Who is Anne Marie-Smith?"),
        ("in what period was the lease signed question mark", "In what period was the lease signed?"),
        # (no mark said: a question about commas, a plan's letters)
        ("What does the comma after 'Norway' change?", "What does the comma after 'Norway' change?"),
        ("is plan b or plan a cheaper?", "is plan b or plan a cheaper?"),
    ],
)  # fmt: skip
def test_punctuation_said_as_words_is_written(dictated: str, written: str) -> None:
    assert unspoken(dictated) == written


@pytest.mark.parametrize(
    ("hinglish", "english"),
    [
        ("Oslo Accords mein Norway ka role kya tha yaar?", "What in Oslo Accords Norway's role?"),
        ("ye research paper kisne likha hai? authors ke naam batao yaar", "Who wrote this research paper? authors' names"),
        ("Estonia pe cyberattack kis saal hua tha?", "Which year on Estonia cyberattack?"),
        ("Qatar ka mediation style Norway aur Switzerland se kaise different hai yaar?",
         "How different Qatar's mediation style from Norway and Switzerland?"),
        ("India Pakistan ke beech bus service kab start hui thi aur kab band ho gayi?",
         "When between India Pakistan bus service start and when stopped?"),
        # (English, however many Hindi-looking words: one marker is not enough)
        ("What does Mein Kampf argue about the state?", "What does Mein Kampf argue about the state?"),
        ("Who is the author of 'Hai Karate'?", "Who is the author of 'Hai Karate'?"),
        ("Which of the company's kin were on the board?", "Which of the company's kin were on the board?"),
    ],
)  # fmt: skip
def test_hinglish_in_english_words_and_order(hinglish: str, english: str) -> None:
    assert in_english_order(hinglish) == english


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("SELECT author_name, pub_date FROM docs WHERE title LIKE '%back channel to Moscow%';",
         "Who is the author and what is the publication date of back channel to Moscow?"),
        ("SELECT represented_interests, since_year FROM docs WHERE country = 'Switzerland' AND role = 'Protecting Power';",
         "What are the represented interests and what is the since year of Switzerland, Protecting Power?"),
        ("SELECT values FROM characteristics_table WHERE characteristic = 'Secrecy'; -- the ethics page",
         "What are the values of the characteristics table, Secrecy? the ethics page"),
        ("SELECT senator_names, COUNT(*) FROM docs WHERE met_with = 'Zelensky';",
         "Who are the senators and how many are there of met with Zelensky?"),
        ("SELECT counterpart, year FROM docs WHERE admin = 'Obama' AND channel = 'secret'; -- every row, no LIMIT",
         "What is the counterpart and what is the year of Obama, secret channel? every row"),
        ("Oslo collapsed -- what constraint does the paper blame? WHERE actor = 'Norway'",
         "Oslo collapsed -- what constraint does the paper blame? (regarding Norway)"),
        ("author_name:Somerville topic:back_channel_south_asia -- who's the scholar quoted?",
         "Somerville back channel south asia who's the scholar quoted?"),
        # (no query: a label, a note, a ratio, "select" as a word)
        ("Note: who wrote it?", "Note: who wrote it?"),
        ("re: Oslo -- who led it?", "re: Oslo -- who led it?"),
        ("Which players did the club select from the academy?", "Which players did the club select from the academy?"),
        ("What does 'ratio: 3' mean where the report says it?", "What does 'ratio: 3' mean where the report says it?"),
    ],
)  # fmt: skip
def test_a_query_is_read_as_the_question_it_asks(query: str, question: str) -> None:
    assert unqueried(query) == question


def test_a_hotel_asked_of_texts_naming_none_is_unsaid() -> None:
    texts = ["The summit was held in Singapore in 2018."]
    assert specific_unsaid("Which hotel in Singapore was the summit held at?", texts)
    assert not specific_unsaid("Which hotel was the summit held at?", ["It met at the Capella Hotel on Sentosa."])
    assert not specific_unsaid("Which year was the summit held?", texts)
    # (a place named without its kind, which the question does not name: "at the Raffles", "on Phu Quoc")
    assert not specific_unsaid("Which hotel was the report presented at?", ["It was presented at the Raffles."])
    assert not specific_unsaid("Which island did they survey reefs on?", ["They surveyed reefs on Phu Quoc."])


def test_the_seeds_asked_by_email_dictation_hinglish_and_query(seeded) -> None:
    answer = seeded.ask(
        "Hi Priya,\n\nwho wrote the 'A new back channel to Moscow?' piece, and which publication was it in?\n\n"
        "Cheers,\nDan\n\nOn Tue, 3 Mar, Priya wrote:\n> Norway and Qatar are the key cases in the other paper.\n"
        "> Ahtisaari's Nobel is worth a mention too."
    )
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask(
        "as a protecting power comma whose interests has switzerland been representing comma and since what year "
        "question mark"
    )
    assert not answer.abstained and "1980" in answer.text
    answer = seeded.ask("Moscow wali US embassy mein ab kitne workers bache hain? number batao na")
    assert not answer.abstained and "120" in answer.text
    answer = seeded.ask("SELECT author_name, pub_date FROM docs WHERE title LIKE '%A new back channel to Moscow%';")
    assert not answer.abstained and "Somerville" in answer.text
    # (what the documents leave open stays open, however it is asked)
    assert seeded.ask("Martti Ahtisaari ko Nobel Peace Prize kis saal mila tha yaar?").abstained
    assert seeded.ask("SELECT signing_date FROM docs WHERE event = 'Oslo Accords'; -- exact date").abstained


@pytest.mark.parametrize(
    "kept",
    [
        # (a quotation with no line saying who wrote it: the document quoted, or points set out)
        "Is this correct?\n\n> The rent shall be reviewed on the tenth anniversary.",
        "Quick questions:\n> who improved the steam engine?\n> in which year?",
        "Fill in the blank:\n__________ is the chemical symbol for gold.",
        # (a reply only pointing at what it quotes: the quotation is what is asked)
        "Is this right?\n\nOn Tue, 3 Mar, Priya wrote:\n> The rent is 48,000 pounds a year.",
        "Can you answer this one?\n\nFrom: Ravi Kumar\nSent: Monday\nTo: Quiz team\n\nHow many bones are there?",
    ],
)
def test_the_reviews_quotations_kept(kept: str) -> None:
    assert unquoted(kept) == kept


@pytest.mark.parametrize(
    "typed",
    [
        # (the marks named as things, letters that are words, names that look like Hindi, SQL's words in English)
        "Is a question mark ever followed by a full stop?",
        "Who launched a new line of cordless drills?",
        "Can I take these capsules? I can't have gelatin.",
        "Who approves it? I want to use a usb drive.",
        "What training must be done before Thursday, and who chases it?",
        "Is the canteen closed until Monday, or only today?",
        "Quick question: WHERE was the supply agreement signed?",
        "How do I use LIKE in a WHERE clause?",
        "What does status:'open' do in the search box?",
        "What did Dr Kahan use MATLAB for?",
        "In Hue, which building did the team stay at, and did they go to Hai Phong after?",
        "Where is Dr Tran Thi Hai from?",
        "Did Preity Zinta star in Kya Kehna or in Dil Chahta Hai?",
    ],
)
def test_the_reviews_near_misses_are_read_as_typed(typed: str) -> None:
    assert unspoken(typed) == typed and unqueried(typed) == typed and in_english_order(typed) == typed
    assert unsigned(typed) == typed
    assert unlabelled(typed).rstrip("?.") in typed


def test_the_reviews_dictation_with_a_letter_that_is_a_word() -> None:
    assert unspoken("is plan b a defined contribution scheme question mark") == (
        "Is plan b a defined contribution scheme?"
    )
    assert in_english_order("James Watt aur George Stephenson mein se railway engineer kaun tha?") == (
        "Who among James Watt and George Stephenson railway engineer?"
    )
