"""Questions sent as telegrams, templates to fill in, request URLs and in Spanglish (cabled.py, filled.py, posted.py,
spanglish.py), read as typed questions; who won or was behind something, asked of texts naming no one (behind.py)."""

from __future__ import annotations

import pytest

from dragoman.assistant.behind import doer_unnamed
from dragoman.assistant.cabled import uncabled
from dragoman.assistant.filled import unfilled
from dragoman.assistant.posted import unposted
from dragoman.assistant.spanglish import from_spanglish


@pytest.mark.parametrize(
    ("cabled", "typed"),
    [
        ("QUERY WHO SIGNED LEASE UNIT 7 STOP WHEN STOP", "Who signed lease unit 7? when?"),
        ("REQUEST LIST THREE PLANS STOP ADVISE SOONEST STOP", "List three plans."),
        ("AND WHICH FIRM AUDITED IT STOP", "And which firm audited it?"),
        ("NEED BOTH NAMES STOP REGARDS STOP", "Need both names."),
        # (the verb "stop" ending a question; capitals with no telegram; "stop" in lower case)
        ("WHEN DID THE BUS SERVICE STOP", "WHEN DID THE BUS SERVICE STOP"),
        ("WHO WROTE IT?", "WHO WROTE IT?"),
        ("When did the talks stop?", "When did the talks stop?"),
    ],
)
def test_a_telegram_as_typed_sentences(cabled: str, typed: str) -> None:
    assert uncabled(cabled) == typed


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("Author: ____\nOutlet: ____\n(for the memo on the Unit 7 lease)", "Author and outlet for the memo on the Unit 7 lease?"),
        ("| Field | Value |\n|---|---|\n| Landlord of Unit 7 | ? |\n| Monthly rent | ? |", "Landlord of Unit 7 and monthly rent?"),
        ("Fill in: Plan 1: ___ / Plan 2: ___ / Plan 3: ___\n(the pension plans in the handbook)",
         "Plans (the pension plans in the handbook)?"),
        ("| | Plan A | Plan B |\n|---|---|---|\n| Monthly fee | ? | ? |", "Compare Plan A and Plan B: Monthly fee?"),
        ("| Term | Meaning |\n|---|---|\n| vesting | ? |\n(handbook)", "Meaning of vesting (handbook)?"),
        ("Lease renewal: tenant must give notice ____ days before, in ____", "Lease renewal: tenant must give notice what days before, in what?"),
        ("and when did the lease end?\nYear: ____", "and when did the lease end?"),
        ("Title: ____\nYear: ____\n(small-business report pls)", "Title and year of the small-business report?"),
        # (nothing to fill: a table that shows figures, underscores in a name, a question about "?")
        ("| Plan | Fee |\n|---|---|\n| A | 10 |\nWhich plan is cheaper?", "| Plan | Fee |\n|---|---|\n| A | 10 |\nWhich plan is cheaper?"),
        ("What does my_var_name hold?", "What does my_var_name hold?"),
    ],
)  # fmt: skip
def test_a_template_asks_its_fields(template: str, asked: str) -> None:
    assert unfilled(template) == asked


@pytest.mark.parametrize(
    ("url", "question"),
    [
        ("GET /api/ask?question=who%20signed%20the%20lease%2C%20and%20when%3F&top_k=5", "who signed the lease, and when?"),
        ("/search?q=what+is+the+%22notice+period%22%3F&lang=en", 'what is the "notice period"?'),
        ("q=unit+7+landlord&page=2&src=chat", "unit 7 landlord"),
        ("https://example.org/search?q=who+wrote+it", "who wrote it"),
        # (no request: a formula, a URL inside a sentence, fields that are no question)
        ("What does x=5 mean?", "What does x=5 mean?"),
        ("see https://example.org/search?q=who+wrote+it", "see https://example.org/search?q=who+wrote+it"),
        ("score=5&rank=2", "score=5&rank=2"),
    ],
)  # fmt: skip
def test_a_request_url_asks_its_query(url: str, question: str) -> None:
    assert unposted(url) == question


@pytest.mark.parametrize(
    ("spanglish", "english"),
    [
        ("Oye, quién signed el lease de Unit 7?", "Who signed the lease of Unit 7?"),
        ("¿Desde qué year paga Ana la rent? porfa", "Since what year paga Ana the rent?"),
        ("y cuántos tenants hay en el building, o sea en total?", "And how many tenants there are in the building, in total?"),
        ("por qué falló la negociación con Suiza?", "Why failed the negotiation with Switzerland?"),
        ("cuales son los three plans que menciona el handbook?", "Which are the three plans that mentions the handbook?"),
        # (English with a Spanish name or word in it)
        ("Who was mayor of Los Angeles in 1990?", "Who was mayor of Los Angeles in 1990?"),
        ("What did El Salvador sign in la Paz?", "What did El Salvador sign in la Paz?"),
        ("Is the dice game played con amigos?", "Is the dice game played con amigos?"),
        ("Which son of the king ruled after him?", "Which son of the king ruled after him?"),
    ],
)  # fmt: skip
def test_spanglish_in_english_words(spanglish: str, english: str) -> None:
    assert from_spanglish(spanglish) == english


def test_who_won_needs_a_text_saying_someone_won() -> None:
    said = "The talks failed during Pakistan's 2008 presidential election, Jacob writes."
    assert doer_unnamed("Who won Pakistan's 2008 presidential election?", [said])
    assert not doer_unnamed("Who won Pakistan's 2008 presidential election?", [said + " Zardari was elected."])


def test_who_was_behind_it_needs_a_name_the_question_does_not_give() -> None:
    attack = "Having suffered a severe state-sponsored cyberattack in 2007, Estonia had turned its experience around."
    other = "Estonia led the United Nations processes on cybersecurity, between Russia and China."
    assert doer_unnamed("Which state was behind the 2007 cyberattack on Estonia?", [attack, other])
    assert not doer_unnamed(
        "Which state was behind the 2007 cyberattack on Estonia?", [attack + " It was Russia, the report says."]
    )
    assert not doer_unnamed("Which state suffered the 2007 cyberattack?", [attack])


def test_the_seeds_asked_by_telegram_template_and_url(seeded) -> None:
    answer = seeded.ask("QUERY WHO WROTE NEW BACK CHANNEL TO MOSCOW PIECE STOP WHEN PUBLISHED STOP")
    assert not answer.abstained and "Somerville" in answer.text and "2022" in answer.text
    answer = seeded.ask("Author: ____\nOutlet: ____\n(for the article on a new back channel to Moscow)")
    assert not answer.abstained and "Somerville" in answer.text and "Diplomatic Pouch" in answer.text
    answer = seeded.ask("/search?q=which+year+did+the+india+pakistan+bus+service+stop%3F&lang=en")
    assert not answer.abstained and "2019" in answer.text
    answer = seeded.ask("Oye, quién wrote el article 'A new back channel to Moscow?' y cuándo fue published?")
    assert not answer.abstained and "Somerville" in answer.text and "2022" in answer.text
    # (what the documents leave open stays open)
    assert seeded.ask("QUERY WHICH STATE BEHIND 2007 CYBERATTACK ON ESTONIA STOP").abstained
    assert seeded.ask("¿Quién ganó la elección presidencial de Pakistán en 2008?").abstained


def test_where_it_was_signed_needs_a_place_said() -> None:
    from dragoman.assistant.focus import specific_unsaid

    named = ["Back channels shaped key moments, such as the Oslo Accords, where they offered another path."]
    assert specific_unsaid("Where were the Oslo Accords signed?", named)
    assert specific_unsaid("what year oslo accords signed? where signed?", named)
    assert not specific_unsaid("Where were the accords signed?", ["The accords were signed in Washington in 1993."])


@pytest.mark.parametrize(
    "typed",
    [
        # (capitals with a stop that is a word, underscores and pipes that are no blanks: the review's near misses)
        "WHAT HAPPENS IF I STOP TAKING AMOXIL",
        "IS THERE A BUS STOP NEAR THE OFFICE",
        "WHERE IS THE NEAREST BUS STOP",
        "In SQL, what does the ___ operator do?",
        "What is stored in my_var___tmp?",
        'The form says "Employee name: ______". What do I put there?',
        "What does the regex a|?|b match?",
        "q=mc&T=10",
        # (English with Spanish words and names; questions about Spanish words)
        "When do you use por vs para, and ser vs estar?",
        'How do you say "el año" in English?',
        "According to Smith et al., what do figures nos. 2 and 3 show?",
    ],
)
def test_the_reviews_near_misses_are_read_as_typed(typed: str) -> None:
    assert uncabled(typed) == typed and unfilled(typed) == typed and unposted(typed) == typed
    assert from_spanglish(typed) == typed


def test_the_reviews_taglish_is_no_spanglish() -> None:
    from dragoman.assistant.words import unlabelled

    assert "Year" not in unlabelled("Ano ang notice period kung mas matagal na ako sa bank?")
    assert unlabelled("Ano yung lista ng mga products na ine-export ng Brightwell?").startswith("What")


def test_the_reviews_who_won_and_who_was_behind_in_other_words() -> None:
    assert not doer_unnamed("Who won the obscenity trial?", ["Penguin Books was acquitted in 1960."])
    assert not doer_unnamed("Who won the takeover battle?", ["The firm was bought by Kestrel Holdings."])
    assert not doer_unnamed("Who was behind the design of the bridge?", ["It was designed by Sir John Fowler."])
    assert not doer_unnamed("Who wins if the tenant breaks the lease?", ["The deposit is kept."])


def test_the_reviews_where_it_was_signed() -> None:
    from dragoman.assistant.focus import specific_unsaid

    assert not specific_unsaid("Where was the treaty signed?", ["It was signed in the Hall of Mirrors at Versailles."])
    assert not specific_unsaid("Where was it signed?", ["The surrender was signed on board the USS Missouri."])
    assert not specific_unsaid("Where are signed contracts kept?", ["Contracts are kept for seven years."])
    assert not specific_unsaid("Where is the signed copy stored?", ["Copies are stored for seven years."])


@pytest.mark.parametrize(
    ("body", "question"),
    [
        ("question: who signed the lease?\ntop_k: 5\nfilters:\n  source: lease", "who signed the lease?"),
        ("- role: system\n  content: be brief\n- role: user\n  content: what is the rent?", "what is the rent?"),
        ("<request><query>who signed the lease?</query><k>5</k></request>", "who signed the lease?"),
        ('<ask doc="lease">what is the rent?</ask>', "what is the rent?"),
        ("<p>Who signed the lease?</p>", "Who signed the lease?"),
        # (no request: a question with a colon, a tag asked about)
        ("Who signed it: Ana or Ben?", "Who signed it: Ana or Ben?"),
        ("What does <br> do?", "What does <br> do?"),
    ],
)
def test_a_yaml_or_xml_body_asks_its_query(body: str, question: str) -> None:
    assert unposted(body) == question
