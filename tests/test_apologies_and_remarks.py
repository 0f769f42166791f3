"""Questions typed with habits of their own: words in capitals for emphasis ("the LONG TERM", "what GOOD things"),
no stops before a remark ("... it lists a few thank you", "... i cant remember the names of them"), an apology for
one's English and an opener begging pardon ("Excuse me, I would like to ask, ..."), a writer's story told before a dash, "how many after X, and how many in 2017", a
follow-up saying nothing of its own ("and how many was it before?"), a topic then "author and publication?", a date
or a place asked inside a request, and two examples compared then asked of "in each case": rules, then the seeds with
the real model."""

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.asides import after_story
from dragoman.assistant.casing import unshouted
from dragoman.assistant.chatty import spoken_around, unstopped
from dragoman.assistant.compare import per_subject
from dragoman.assistant.followup import resolve_followup
from dragoman.assistant.fragments import fragment_topic
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import listed_together
from dragoman.assistant.question import analyse
from dragoman.assistant.remarks import without_remark

TEXT = (
    "The second foundation of this trust is long-term niche diplomacy. It is a long term investment. Good offices "
    "were offered instead of pressure. Its back channel to Moscow worked. The back channel was secret. A back channel "
    "is no front channel. Every back channel has risks. The back channel ended. Each back channel differs. State "
    "mediators were praised. State mediators act. State mediators wait. State mediators talk. Conflict mediators too. "
    "The guidance of the WHO was cited."
)


@pytest.mark.parametrize(
    "question, written",
    [
        ("what does it invest in for the LONG TERM niche diplomacy", "for the long term niche"),
        ("what GOOD things can back channels do", "what good things"),
        ("if it has no neutrality what does it have INSTEAD", "have instead"),
        ("how many workers were LEFT at the embassy", "were left at"),
        # (an acronym the texts write stays one, after "the" too)
        ("what did the WHO guidance say", "the WHO guidance"),
    ],
)
def test_a_word_in_capitals_for_emphasis_is_read_in_lower_case(question, written):
    assert written in unshouted(question, [TEXT])


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "what are the approaches according to the paper it gives a country for each one i cant remember the names "
            "of them thank you",
            "what are the approaches according to the paper it gives a country for each one",
        ),
        (
            "in the Moscow article what good things can back channels do for officials it lists a few thank you",
            "in the Moscow article what good things can back channels do for officials",
        ),
        # (a question with stops is read by the rules that see them; a remark as the condition asked about stays)
        ("what are they? it lists a few", "what are they? it lists a few"),
        ("what should i do if i cant remember my password", "what should i do if i cant remember my password"),
        ("is water damage covered if the policy mentions it", "is water damage covered if the policy mentions it"),
        (
            "what should i do in case i cant remember my password",
            "what should i do in case i cant remember my password",
        ),
    ],
)
def test_a_remark_with_no_stop_before_it_asks_nothing(question, asked):
    assert unstopped(question) == asked


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Excuse me, I would like to ask, in which volume and issue is the paper published?",
            "In which volume and issue is the paper published?",
        ),
        ("Sorry, please compare Norway and Qatar.", "Please compare Norway and Qatar."),
        ("Sorry for my poor English. Who wrote it?", "Who wrote it?"),
        ("Thank you. Who are the scholars it cites?", "Who are the scholars it cites?"),
        ("Thank you for the music - who wrote it?", "Thank you for the music - who wrote it?"),
        ("Who wrote it? Sorry for my poor English.", "Who wrote it?"),
        ("What does it mean? Please excuse my English.", "What does it mean?"),
        # (a question about English, or a sorry asked about, stays)
        ("Why is English spelling so hard?", "Why is English spelling so hard?"),
        ("Sorry seems to be the hardest word - who sang it?", "Sorry seems to be the hardest word - who sang it?"),
        ("Sorry about the English Channel timetable. When?", "Sorry about the English Channel timetable. When?"),
        ("Pardon: who can grant one under Article II?", "Pardon: who can grant one under Article II?"),
    ],
)
def test_an_apology_or_an_opener_begging_pardon_asks_nothing(question, asked):
    assert spoken_around(question) == asked


def test_how_many_after_an_event_counts_no_event():
    (hyphened,) = analyse("How many on-call doctors are required?")
    assert not satisfies(hyphened, "There were 12 shifts.") and satisfies(hyphened, "It needs 4 on-call doctors.")
    first, second = analyse("how many after the expulsions, and how many in early 2017?")
    sentence = "This leaves the embassy with only 120 workers compared to around 1,200 in early 2017."
    assert satisfies(first, sentence) and satisfies(second, sentence)
    (counted,) = analyse("how many expulsions were there?")
    assert not satisfies(counted, sentence)


def test_a_follow_up_saying_nothing_of_its_own_carries_the_topic_too():
    asked = resolve_followup(
        "and how many was it before?", ["How many vessels in the Norwegian fleet were dual-fuel at the end of 2023?"]
    )
    assert asked == "How many was it before? (Norwegian, vessels fleet dual-fuel end)"
    # (nor its year, "2022-23"; a name of several words carries the topic too)
    asked = resolve_followup("and before?", ["How many goals did Haaland score in the 2022-23 season?"])
    assert asked == "Before? (Haaland, goals score season)"
    asked = resolve_followup("and in 2021?", ["What was the Bank of England base rate?"])
    assert asked == "In 2021? (Bank of England, base rate)"
    # (one saying something of its own: the names alone)
    asked = resolve_followup("and what did it cost?", ["How many vessels in the Norwegian fleet were dual-fuel?"])
    assert asked == "What did it cost? (Norwegian)"


@pytest.mark.parametrize(
    "question, after",
    [
        (
            "so in my screenplay the Oslo channel is run by two Norwegians in a hotel bar - who were they really?",
            "who were they really?",
        ),
        ("My heroine is a junior envoy. Who was the envoy really?", "Who was the envoy really?"),
        # (no story: a dash inside what is asked; the asker's own script, no fiction)
        ("the Oslo channel - who ran it?", "the Oslo channel - who ran it?"),
        (
            "My deploy script fails with exit code 137 - why does that happen?",
            "My deploy script fails with exit code 137 - why does that happen?",
        ),
    ],
)
def test_a_writer_s_story_before_a_dash_is_their_story(question, after):
    assert after_story(question) == after


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Moscow back channel - author and publication?", {"author", "venue"}),
        ("Moscow back channel card: author?", {"author"}),
        ("Python 3.12 release notes - author?", {"author"}),
        # (what an event has too is the event's; a question is no topic)
        ("Oslo talks - date?", set()),
        ("Oslo talks - site?", set()),
        ("Elden Ring - publisher?", set()),
        ("Who led the Oslo talks - author?", set()),
    ],
)
def test_a_topic_then_what_only_a_document_has_asks_of_its_document(question, asked):
    assert metadata_asked(question) == asked
    assert (fragment_topic(question) is not None) == bool(asked)


def test_what_of_the_askers_needs_the_answer_asks_nothing():
    assert without_remark("Moscow piece - author and publication? card tag needs both") == (
        "Moscow piece - author and publication?"
    )
    assert without_remark("Who led it? who needs them") == "Who led it? who needs them"
    assert without_remark("how do i install openssl 3? nginx needs it") == "how do i install openssl 3? nginx needs it"
    assert (
        without_remark("how do i get the cert and key? nginx needs both")
        == "how do i get the cert and key? nginx needs both"
    )


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("What is the date they first met?", ["date"]),
        ("Can you confirm the exact date they first met?", ["date"]),
        ("Can you tell me where the meeting was held?", ["name"]),
        ("Can you confirm the date they met in Norway, and where the meeting was held?", ["date", "name"]),
        ("What is the date format?", [None]),
        ("What is the day rate for a locum nurse?", ["number"]),
        ("What is the date of my next appointment?", ["date"]),
        ("Tell me where it went wrong.", [None]),
        ("Do you know where my team met its sales target?", [None]),
        ("Do you know where the negotiators met their counterparts?", ["name"]),
    ],
)
def test_a_date_or_a_place_asked_inside_a_request(question, kinds):
    assert [c.expects for c in analyse(question)] == kinds


def test_two_examples_compared_then_asked_of_in_each_case():
    question = (
        "How is the Cuban Missile Crisis example different from the Oslo Accords example? What did the back channel "
        "do in each case?"
    )
    parts = per_subject(analyse(question), question)
    assert [(p.subject, p.other) for p in parts] == [("crisis", "accords"), ("accords", "crisis")]
    # (not one asking a kind of answer of its own)
    question = "How is Lipitor different from Crestor? When was each approved?"
    assert [c.expects for c in per_subject(analyse(question), question)] == [None, "date"]
    # (what it asks again is kept, without the words asking it of each)
    question = "How does Lipitor differ from Crestor? What are the side effects of each?"
    assert all(p.text.endswith("What are the side effects ?") for p in per_subject(analyse(question), question))
    assert listed_together("such as the Cuban Missile Crisis and the Oslo Accords.", "crisis", "accords")
    assert not listed_together("the Cuban Missile Crisis ended, unlike the Oslo Accords.", "crisis", "accords")


@pytest.mark.parametrize(
    "question, history, must",
    [
        (
            "what does a small country have to invest in for the LONG TERM niche diplomacy the paper has a list of "
            "some kinds of capital or resources what are they all thank you",
            [],
            ["Human Resource", "Intellectual Capital", "Reputational Capital"],
        ),
        (
            "Sorry, please compare the number of worker of the U.S. embassy in Russia: how many after the expulsions, "
            "and how many in early 2017?",
            [],
            ["120", "1,200"],
        ),
        (
            "Excuse me, I would like to ask, in which volume and issue, and which year, the paper of small-state "
            "mediation is published? Sorry for my poor English.",
            [],
            ["Volume 7", "Issue 1", "2026"],
        ),
        (
            "Moscow back channel card - author and publication? card tag needs both",
            [],
            ["Somerville", "The Diplomatic Pouch"],
        ),
        (
            'Excuse me, in the article "Legal Or Not", how is the Cuban Missile Crisis example different from the Oslo '
            "Accords example? What did the back channel do in each case?",
            [],
            ["nuclear war", "clandestine"],
        ),
        (
            "and how many was it BEFORE",
            ["after all the expulsions how many people are left working at the american embassy in russia"],
            ["1,200"],
        ),
    ],
)
def test_the_seeds_answer_them_with_the_real_model(seeded, question, history, must):
    answer = seeded.ask(question, history=history or None)
    assert not answer.abstained, question
    assert all(m in answer.text for m in must), answer.text


def test_a_date_and_place_no_sentence_gives_are_not_answered(seeded):
    answer = seeded.ask(
        "Can you confirm the exact date Jan Egeland and Terje Rod-Larsen first brought the Israeli and PLO teams "
        "together in Norway, and where the meeting was held?"
    )
    assert answer.abstained, answer.text
