"""Questions wrapped in a chatbot prompt's instructions, and questions typed as web searches with operators (session
37's rules): pure rules on text with near misses on other subjects, then the seeds with the real model."""

from __future__ import annotations

import pytest

from dragoman.assistant.learner import articled
from dragoman.assistant.prompted import unprompted
from dragoman.assistant.searched import unsearched


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        # a role, a grounding clause and the reply's form around the question
        (
            "You are a research assistant. Using only the documents, who founded the museum? Answer in one sentence.",
            "Who founded the museum?",
        ),
        (
            "### System\nAct as a meticulous librarian.\n### Task\nBased solely on the provided context, which rivers "
            'does the report name? Reply in JSON with keys "rivers". If unknown, say so.',
            "Which rivers does the report name?",
        ),
        # a role's heading and its bare noun; a role inside the sentence that asks
        ("### Role\nExpert analyst.\n### Instructions\nWhat did the mayor promise?", "What did the mayor promise?"),
        (
            "Based solely on the context, act as an expert and explain how tides form. Max 2 sentences.",
            "Explain how tides form.",
        ),
        ("Act as a historian: per the memo, who signed it?", "Per the memo, who signed it?"),
        # a grounding sentence alone, a format line, a citation request, verbatim values
        (
            "Based solely on the provided context.\nQuestion: when did the mill close?\nFormat: YYYY.\nCite your source.",
            "When did the mill close?",
        ),
        (
            "What is the title of the essay on bees? Return only the title, verbatim.",
            "What is the title of the essay on bees?",
        ),
        (
            "If the documents don't say, answer 'unknown'. Which bridge collapsed in 1967?",
            "Which bridge collapsed in 1967?",
        ),
        ("Do not add anything the text doesn't mention. Which towns flooded?", "Which towns flooded?"),
        # the reply's form before a colon, a prompt's tags and bold labels, LangChain's default prompt
        ("Answer in one sentence: what is inflation?", "What is inflation?"),
        ("Use the documents to find out: who led the delegation?", "Who led the delegation?"),
        ("<question>Who built the bridge?</question>", "Who built the bridge?"),
        ("**Task:** list the towns that flooded.", "List the towns that flooded."),
        (
            "Use the following pieces of context to answer the question at the end.\nWho built the bridge?",
            "Who built the bridge?",
        ),
    ],
)
def test_a_prompt_is_read_as_its_question(prompt: str, asked: str) -> None:
    assert unprompted(prompt) == asked


@pytest.mark.parametrize(
    "question",
    [
        # near misses: a role asked about, a list of something asked for, documents named as the subject
        "Who will act as the mediator in the next round?",
        "You are the best - who wrote the Oslo paper?",
        "Return a numbered list of the drawbacks the article names.",
        "Which sources does the report cite?",
        "In the documents of 1972, who signed first?",
        "What does the format of the treaty say about annexes?",
        "If the talks fail, what happens to the ceasefire?",
    ],
)
def test_a_question_with_no_prompt_is_left_as_asked(question: str) -> None:
    assert unprompted(question) == question


@pytest.mark.parametrize(
    ("search", "asked"),
    [
        ('intitle:"history of bees" author(s) + year', 'the document titled "history of bees" - authors + year'),
        ('who wrote intitle:"history of bees"?', 'who wrote the document titled "history of bees"?'),
        (
            "us presidents who used back channels -kissinger",
            "us presidents who used back channels. Don't mention kissinger.",
        ),
        ('mill closures -"steel mills" list', "mill closures list. Don't mention steel mills."),
        ("flood defences 1990..1995 cost", "flood defences 1990 to 1995 cost"),
        ("norway OR qatar mediation", "norway or qatar mediation"),
        ("cheap flights paris OR lyon? july", "cheap flights paris or lyon? july"),
        ("site:example.org river report author", "example river report author"),
        ("author:jacob kashmir talks", "by jacob kashmir talks"),
    ],
)
def test_a_search_engines_operators_are_read_as_words(search: str, asked: str) -> None:
    assert unsearched(search) == asked


@pytest.mark.parametrize(
    "question",
    [
        "What did the back-channel talks of 2004-2007 achieve?",
        "Which lakes stay at -5 degrees in winter?",
        "Name the risks:\n- secrecy\n- delay",
        "Is the Oslo channel -- the one Norway ran -- still studied?",
        "What happened at 10:30 on the day of the signing?",
        "Should I bring an umbrella OR a raincoat?",  # (a question: "OR" may be an acronym, "Which OR nurse ...?")
        "What does rm -rf do?",
        "Ingredients:\n-flour\n-eggs\nCan I skip the eggs?",
        "What is the difference between -O2 and -O3 in gcc?",
        "Which OR nurse assisted in the appendectomy?",
    ],
)
def test_a_question_with_no_operator_is_left_as_asked(question: str) -> None:
    assert unsearched(question) == question


@pytest.mark.parametrize(
    ("learner", "read"),
    [
        ("Who is that has written the report on bees?", "Who wrote the report on bees?"),
        ("Who is it that hosted the talks?", "Who hosted the talks?"),
        ("The treaty, what is that they have in common?", "The treaty, what they have in common?"),
        # near misses: "that" points at a thing
        ("What is that building on the hill?", "What is that building on the hill?"),
        ("Who is that man in the photo?", "Who is that man in the photo?"),
    ],
)
def test_a_cleft_question_word_asks_itself(learner: str, read: str) -> None:
    assert articled(learner) == read


@pytest.mark.parametrize(
    "question",
    [
        # the review's near misses: a statement, a role or a source that is what the question is about
        "Never add water to acid. Why?",
        "Do not use bleach on wool. What else cleans it?",
        "Write a CSV file in Python. My data has headers.",
        "Name the sources of vitamin D. I'm vegan.",
        "If they do not pay, write to the court. Which court?",
        "At most 3 items in carry-on. Does that include a handbag?",
        "Answer the door. Must I let police in without a warrant?",
        "Can a trustee act as the beneficiary and sign the deed?",
        "My sister will act as the guardian; does she need a lawyer?",
        "You are a tenant in Ohio. Can the landlord keep my deposit?",
        "Cite the sources in a paper: APA or MLA?",
        "In text, what does LOL mean?",
    ],
)
def test_a_statement_role_or_source_asked_about_is_kept(question: str) -> None:
    assert unprompted(question) == question


def test_a_system_heading_keeps_the_lines_under_it() -> None:
    assert (
        unprompted("System:\nWindows 11, 16GB RAM.\nWhy is Chrome so slow?")
        == "Windows 11, 16GB RAM.\nWhy is Chrome so slow?"
    )


def test_an_old_fashioned_pray_and_a_document_s_title_by_it_are_read() -> None:
    from dragoman.assistant.metadata import metadata_asked
    from dragoman.assistant.words import unlabelled

    assert unlabelled("Through whom, pray?") == "Through whom?"
    assert unlabelled("When do they pray?") == "When do they pray?"
    assert "title" in metadata_asked("The bread piece - under what title does it run?")
    assert "title" not in metadata_asked("What title does he hold at the ministry?")


def test_prompts_and_searches_get_the_answers_of_plain_questions(seeded) -> None:
    wrapped = seeded.ask(
        "### Task\nAct as an expert analyst. Based solely on the provided context, who wrote the piece 'A new back "
        'channel to Moscow?\'? Reply in JSON with keys "author". If unknown, say so.'
    )
    assert not wrapped.abstained and "Somerville" in wrapped.text, wrapped.text
    searched = seeded.ask("us embassy moscow staff after expulsions vs early 2017 -ukraine -- numbers")
    assert "120" in searched.text and "1,200" in searched.text, searched.text
    # (a word excluded with a minus: no sentence saying it answers)
    excluded = seeded.ask("kissinger dobrynin back channel de-escalations 1970 -cienfuegos")
    plain = seeded.ask("kissinger dobrynin back channel de-escalations 1970")
    assert "Cienfuegos" not in excluded.text and "Cienfuegos" in plain.text, (excluded.text, plain.text)
    # (an earlier turn is read as it was asked: no word of its prompt is carried over as a name)
    first = seeded.ask(
        "Act as an expert analyst. Based solely on the provided context, which CIA director did Biden send to "
        "Moscow? Max 1 sentence."
    )
    went = seeded.ask("When did he go? If unknown, say so.", history=[first])
    assert not went.abstained and "November" in went.text, went.text
    # (when it began or ended, in the text's own words: "ceased")
    bus = seeded.ask("In what year was the India-Pakistan bus service set up?")
    stopped = seeded.ask("And when did it stop running?", history=[bus])
    assert "2019" in stopped.text, stopped.text
    # (but what befell the talks must still be said)
    assert seeded.ask("When did the Oslo talks end?").abstained


def test_a_search_typed_event_the_text_never_dates_is_refused(seeded) -> None:
    # (its names in capitals after the first word are names, not words naming the event: "Taliban", "Doha" said by a
    # sentence dating another event - "the 2020 Doha Agreement" - do not date the office's opening)
    assert seeded.ask("qatar taliban political office doha -- what year opened").abstained
    assert "2005" in seeded.ask("india pakistan bus service -- what year established").text


def test_a_country_is_no_city() -> None:
    from dragoman.assistant.countries import is_country

    assert all(is_country(w) for w in ["Norway", "Norwegian", "Swiss", "U.S.", "Qatar’s", "Israelis"])
    assert not any(is_country(w) for w in ["Oslo", "Geneva", "Doha", "Lahore", "Paris", "Indiana", "Camp"])


def test_a_city_asked_is_not_answered_by_a_country(seeded) -> None:
    # ("The tact of Norway ... to sign a Declaration of Principles" names a country, no city, and no date)
    assert seeded.ask(
        "On what date and in which city was the Oslo Declaration of Principles formally signed?"
    ).abstained
    assert seeded.ask("In which city was the Declaration of Principles signed?").abstained
    # (a city the text names still answers)
    assert "Cienfuegos" in seeded.ask("In which town were the Soviets building a submarine base?").text
