"""Session 42's second rules: a question pasted as an API request body ('{"query": ...}'), emoji standing for words
("✍️ the paper ❓", "🇳🇴"), a crossword clue's letter counts ("Writer of the piece (8,10)"), a question in Taglish
("Sino po yung sumulat ...?"), a laugh's aside ("... lol sounds shady"), the deputy asked for by the lesser role:
pure rules on text with near misses, then the seeds with the real model."""

from __future__ import annotations

import json

import pytest

from dragoman.assistant.clued import unclued
from dragoman.assistant.pictured import in_words
from dragoman.assistant.posted import posted_before, unposted
from dragoman.assistant.roles import only_under
from dragoman.assistant.taglish import in_english_words
from dragoman.assistant.terms import defined_term
from dragoman.assistant.words import unlabelled


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ('{"query": "who wrote the lease?", "top_k": 5, "filters": {"source": "lease.txt"}}', "who wrote the lease?"),
        ('{"q": "when was it signed?", "format": "short"}', "when was it signed?"),
        ('{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "who signed it?"}]}',
         "who signed it?"),
        ('{"input": {"question": "where is arbitration held?"}}', "where is arbitration held?"),
        # (not JSON the parser reads: the field found by its key)
        ("{'query': 'who chairs the board?', 'top_k': 3,}", "who chairs the board?"),
        # (no body, or one without a question: as typed)
        ('{"top_k": 5}', '{"top_k": 5}'),
        ("What does {x} mean in the formula?", "What does {x} mean in the formula?"),
        ('What does {"a": 1} print?', 'What does {"a": 1} print?'),
    ],
)  # fmt: skip
def test_a_request_body_asks_its_query(body: str, asked: str) -> None:
    assert unposted(body) == asked


@pytest.mark.parametrize(
    ("pictured", "worded"),
    [
        ("what did 🇳🇴 do in the 🕵️ talks ❓", "what did Norway do in the secret talks?"),
        ("which 🇺🇸 presidents used it ❓", "which US presidents used it?"),
        ("✍️ the lease and 📅 was it signed ❓", "who wrote the lease and when was it signed?"),
        ("🇳🇴's role 😂🔥", "Norway's role"),
        ("how do they work in the first place 👀 ❓", "how do they work in the first place?"),
        ("no emoji here?", "no emoji here?"),
    ],
)
def test_emoji_said_as_words(pictured: str, worded: str) -> None:
    assert in_words(pictured) == worded


@pytest.mark.parametrize(
    ("clue", "question"),
    [
        ("Writer of the new-back-channel-to-Moscow piece (8,10)", "Who is the writer of the new-back-channel-to-Moscow piece?"),
        ("Pakistan's president during the 2004-07 talks (9)", "Who is Pakistan's president during the 2004-07 talks?"),
        ("Kashmir bus: year started / year stopped (4 / 4)", "Kashmir bus: what year started / what year stopped?"),
        ("Approaches open to small states, in order (12, 11, 12)", "Approaches open to small states, in order?"),
        ("And the KGB operative alongside (5,5)", "And who is the KGB operative alongside?"),
        ("Scholar quoted on the talks, 1994 to 1996 (5-2,4)", "Who is the scholar quoted on the talks, 1994 to 1996?"),
        # (no enumeration: a year, a legal paragraph, an exam's marks, a count too big for a word)
        ("Who signed it in (2013)?", "Who signed it in (2013)?"),
        ("Explain GDPR Article 17(1)", "Explain GDPR Article 17(1)"),
        ("Explain section 4 (2)", "Explain section 4 (2)"),
        ("Name two causes (3 marks)", "Name two causes (3 marks)"),
        ("How many calories in an egg (50)", "How many calories in an egg (50)"),
        ("Regarding Oslo: (1) which body offered it, and (2) who led it?",
         "Regarding Oslo: (1) which body offered it, and (2) who led it?"),
    ],
)  # fmt: skip
def test_a_crossword_clue_without_its_letter_counts(clue: str, question: str) -> None:
    assert unclued(clue) == question


@pytest.mark.parametrize(
    ("taglish", "english"),
    [
        ("Sino po yung sumulat ng article about the lease?", "Who wrote article about the lease?"),
        ("Ilan na lang yung natirang workers sa US embassy?", "How many remaining workers in US embassy?"),
        ("Ano-ano po yung mga approaches, ayon dun sa paper? Pakilista lang po.",
         "What approaches, according to paper? list."),
        ("Kailan po na-sign yung agreement, tsaka saan?", "When sign agreement, and where?"),
        ("Bakit daw po non-starter yung talks sa India at Pakistan?", "Why non-starter talks in India and Pakistan?"),
        # (English, with one Tagalog-looking word or a name: as typed)
        ("Who directed Ang Lee's first film?", "Who directed Ang Lee's first film?"),
        ("What is the Sa Pa valley known for?", "What is the Sa Pa valley known for?"),
        ("Which ano-rectal condition does the leaflet name?", "Which ano-rectal condition does the leaflet name?"),
        ("Where do we meet at the station?", "Where do we meet at the station?"),
    ],
)  # fmt: skip
def test_taglish_in_english_words(taglish: str, english: str) -> None:
    assert in_english_words(taglish) == english


def test_a_laughs_aside_is_no_part() -> None:
    assert unlabelled("what values does the table give for secrecy lol sounds shady?") == (
        "what values does the table give for secrecy?"
    )
    assert unlabelled("who wrote it lol and when?") == "who wrote it and when?"


def test_the_lesser_role_asked_for_is_the_one_said() -> None:
    sentence = "Norwegian negotiators (mainly the Deputy Foreign Minister, Jan Egeland) held talks."
    assert only_under("Who was Norway's Foreign Minister", sentence)
    assert not only_under("Who was the Norwegian deputy foreign minister", sentence)
    # (asked who holds an office: which person, no term a sentence must define)
    assert defined_term("Who was the Norwegian deputy foreign minister?") == ()
    assert defined_term("Who is the KGB operative alongside?") == ()
    assert defined_term("What is a protecting power?") == ("protecting", "power")


def test_the_seeds_asked_by_api_emoji_crossword_and_taglish(seeded) -> None:
    answer = seeded.ask('{"query": "who wrote the \'a new back channel to moscow?\' piece?", "top_k": 3}')
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask("which 🇺🇸 presidents does the article on whether back channel diplomacy is illegal name ❓")
    assert not answer.abstained and "Nixon" in answer.text
    answer = seeded.ask("Oslo channel's Norwegians: the deputy foreign minister / the social scientist (3,7 / 5,3-6)")
    assert not answer.abstained and "Egeland" in answer.text
    answer = seeded.ask("Ilan na lang po yung natirang workers sa US embassy sa Moscow?")
    assert not answer.abstained and "120" in answer.text
    # (what the documents leave open stays open)
    assert seeded.ask("Year the Oslo Declaration of Principles was signed in Washington (4)").abstained
    assert seeded.ask('{"query": "in what year did martti ahtisaari win the nobel peace prize?"}').abstained


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # (emoji that are no flags nor words of the table, a flag decorating a question, a keycap, a word-emoji
        # decorating a question's start, a writing hand after a name)
        ("Are all Deskly plans 🆓 for 14 days?", "Are all Deskly plans for 14 days?"),
        ("Where did the Industrial Revolution begin 🇬🇧?", "Where did the Industrial Revolution begin?"),
        ("How many days notice for 5️⃣ years of service?", "How many days notice for 5 years of service?"),
        ("🤝 who witnessed the signing?", "who witnessed the signing?"),
        ("Did Priya Green ✍️ the lease?", "Did Priya Green wrote the lease?"),
        ("who were the negotiators for 🇳🇴❓", "who were the negotiators for Norway?"),
    ],
)
def test_the_reviews_emoji(typed: str, read: str) -> None:
    assert in_words(typed) == read


def test_the_reviews_near_misses() -> None:
    # (figures after what they number or score, and a question asking with its mark: no letter counts)
    for typed in ["Which Deskly plan costs (15)", "Which match ended (3-1)", "See clause (15)", "What is it (2)?"]:
        assert unclued(typed) == typed
    # (a laugh before what says which one)
    assert unlabelled("what's the rent lol for unit 4?") == "what's the rent for unit 4?"
    assert unlabelled("what's the dose haha for kids?").endswith("for kids?")
    # (the context a body gives; the user's message after a system prompt's, in a body the parser cannot read)
    assert unposted('{"question": "Who signed it?", "context": "the lease of Unit 7"}') == (
        "Who signed it? (the lease of Unit 7)"
    )
    broken = '{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "who signed?"}],}'
    assert unposted(broken) == "who signed?"
    # (an office asked for whole, which a text naming only its deputy does not answer: a term the text must say)
    assert defined_term("Who is the health minister?") == ("health", "minister")


def test_the_reviews_code_mixed_near_misses() -> None:
    from dragoman.assistant.hinglish import in_english_order

    # (names at a sentence's start, runs of capitalised words, shorthand and units: no markers)
    assert in_english_words("Ilan Motors of Lipa: what did it donate? Ano Nuevo: what is it known for?") == (
        "Ilan Motors of Lipa: what did it donate? Ano Nuevo: what is it known for?"
    )
    assert in_english_words("What is the usual po dose of digoxin and the target level in ng/mL?") == (
        "What is the usual po dose of digoxin and the target level in ng/mL?"
    )
    assert in_english_words("Nina Ang po ba yung coordinator?") == "Nina Ang coordinator?"
    assert in_english_order("Hai Phong Hue se kitni door hai?") == "How far from Hai Phong Hue?"
    assert in_english_order("Ticket #4471 ka root cause kya tha?") == "What Ticket #4471's root cause?"


def test_a_request_bodys_earlier_messages_are_the_conversation(seeded) -> None:
    body = {
        "model": "any",
        "messages": [
            {"role": "system", "content": "Answer only from the documents."},
            {"role": "user", "content": "What kind of mediation model is Switzerland an example of?"},
            {"role": "assistant", "content": "Switzerland is an example of the facilitator model."},
            {"role": "user", "content": "And what about Qatar?"},
        ],
    }
    follow = seeded.ask(json.dumps(body))
    assert follow.resolved_question and "Qatar" in follow.resolved_question
    assert "mediation" in follow.resolved_question.lower()
    assert not follow.abstained and any("Qatar" in c.quote for c in follow.citations)
    # (a body with one message, or none, carries no conversation)
    assert posted_before('{"messages": [{"role": "user", "content": "Who wrote it?"}]}') == []
    assert posted_before('{"query": "And what about Qatar?"}') == []
