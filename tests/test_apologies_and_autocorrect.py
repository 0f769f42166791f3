"""Questions typed with habits of their own: words in capitals for emphasis ("the LONG TERM", "what GOOD things"),
no stops before a remark ("... it lists a few thank you", "... i cant remember the names of them"), an apology for
one's English and an opener begging pardon ("Excuse me, I would like to ask, ..."), a phone's autocorrect ("the bake
channel paper"), a writer's script pitched before what is asked, "how many after X, and how many in 2017", a
follow-up after "the american embassy", a topic then "author and publication?", a date or a place asked inside a
request, and two examples compared then asked of "in each case": rules, then the seeds with the real model."""

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.asides import after_story
from dragoman.assistant.casing import unshouted
from dragoman.assistant.chatty import spoken_around, unstopped
from dragoman.assistant.compare import per_subject
from dragoman.assistant.followup import Turn, focus_of
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import listed_together
from dragoman.assistant.question import analyse
from dragoman.assistant.remarks import without_remark
from dragoman.assistant.spelling import respelled

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
        # (a question with stops is read by the rules that see them)
        ("what are they? it lists a few", "what are they? it lists a few"),
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
        ("Who wrote it? Sorry for my poor English.", "Who wrote it?"),
        ("What does it mean? Please excuse my English.", "What does it mean?"),
        # (a question about English, or a sorry asked about, stays)
        ("Why is English spelling so hard?", "Why is English spelling so hard?"),
        ("Sorry seems to be the hardest word - who sang it?", "Sorry seems to be the hardest word - who sang it?"),
    ],
)
def test_an_apology_or_an_opener_begging_pardon_asks_nothing(question, asked):
    assert spoken_around(question) == asked


def test_how_many_after_an_event_counts_no_event():
    first, second = analyse("how many after the expulsions, and how many in early 2017?")
    sentence = "This leaves the embassy with only 120 workers compared to around 1,200 in early 2017."
    assert satisfies(first, sentence) and satisfies(second, sentence)
    (counted,) = analyse("how many expulsions were there?")
    assert not satisfies(counted, sentence)


def test_a_people_s_word_before_a_noun_carries_the_noun():
    turn = Turn("after all the expulsions how many people are left working at the American embassy in Russia?")
    assert focus_of(turn)[:2] == ["American embassy", "Russia"]
    # (a phrase of more words: the people's word alone)
    turn = Turn("What happened between Indian and Pakistani national security officials?")
    assert focus_of(turn) == ["Indian", "Pakistani"]


def _known(words: list[str]) -> set[str]:
    return {w for w in words if w in {"bake", "star", "sale"}}  # (English words: a deterministic stand-in)


@pytest.mark.parametrize(
    "question, respelt",
    [
        ("what volume is the small states bake channel paper in", "small states back channel paper"),
        # (a pair the texts write less often, or a word the texts pair with nothing alike)
        ("what do the three star mediators share", "three star mediators"),
        ("was there a bake sale", "a bake sale"),
    ],
)
def test_a_word_autocorrect_put_for_the_texts_pair_is_written_their_way(question, respelt):
    assert respelled(question, [TEXT], _known).count(respelt) == 1


@pytest.mark.parametrize(
    "question, after",
    [
        (
            "so in my script the Oslo channel is run by two Norwegians in a hotel bar - who were they really?",
            "who were they really?",
        ),
        ("In my film the envoy is a woman. Who was the envoy really?", "Who was the envoy really?"),
        # (no story: a dash inside what is asked)
        ("the Oslo channel - who ran it?", "the Oslo channel - who ran it?"),
    ],
)
def test_a_writer_s_script_is_their_story(question, after):
    assert after_story(question) == after


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Moscow back channel - author and publication?", {"author", "venue"}),
        ("Moscow back channel card: author?", {"author"}),
        # (what an event has too is the event's; a question is no topic)
        ("Oslo talks - date?", set()),
        ("Oslo talks - site?", set()),
        ("Who led the Oslo talks - author?", set()),
    ],
)
def test_a_topic_then_what_only_a_document_has_asks_of_its_document(question, asked):
    assert metadata_asked(question) == asked


def test_what_of_the_askers_needs_the_answer_asks_nothing():
    assert without_remark("Moscow piece - author and publication? card tag needs both") == (
        "Moscow piece - author and publication?"
    )
    assert without_remark("Who led it? who needs them") == "Who led it? who needs them"


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("What is the exact date they first met?", ["date"]),
        ("Can you confirm the exact date they first met?", ["date"]),
        ("Can you tell me where the meeting was held?", ["name"]),
        ("Can you confirm the date they met in Norway, and where the meeting was held?", ["date", "name"]),
        ("What is the date format?", [None]),
        ("Tell me where it went wrong.", [None]),
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
