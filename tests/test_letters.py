"""A question written as a letter or an email: its greeting, pleasantries, closing and the weekdays of its writer's
doings are no part of what it asks. Pure rules on text, then letters to the seeds with the real model."""

from dragoman.assistant.letters import unsigned
from dragoman.assistant.words import unlabelled


def test_a_letters_greeting_pleasantries_and_closing_ask_nothing() -> None:
    letter = (
        "Dear Tom,\n\nI hope you are well. At Tuesday's harbour board meeting a colleague raised the Arran ferry.\n\n"
        "Could you tell me who ran it?\n\nMany thanks,\nMargaret"
    )
    assert (
        unsigned(letter)
        == "At the harbour board meeting a colleague raised the Arran ferry.\n\nCould you tell me who ran it?"
    )
    assert unsigned("Hi Priya - who ran the Arran ferry? Best, Cllr M. Hughes") == "who ran the Arran ferry?"
    assert unsigned("Dear Ms Okafor,\n\nWho ran it?\n\nWith warm regards,\nProf. H. Lindqvist") == "Who ran it?"
    assert (
        unsigned("Hello Research Team, thank you for your help last week. Who ran it? Kind regards, Ann")
        == "Who ran it?"
    )
    assert "Thursday" not in unlabelled("Dear Tom, our board met on Thursday. Who ran the ferry? Regards, Ann")
    # (a reply's thanks for the last answer; the writer's own world, in a statement naming no document)
    assert unsigned("Thank you Tom, that's very helpful. And who ran it? Many thanks, Margaret") == "And who ran it?"
    world = unsigned(
        "Dear Tom, Councillor Briggs was dismissive at the Town Twinning meeting. Who ran the Arran ferry? Ann"
    )
    assert "Briggs" not in world and "Twinning" not in world and "Arran" in world
    assert "Residents" not in unsigned("Dear Tom, someone at the Residents' Forum asked about it. Who ran it? Thanks")
    # (a statement naming a document keeps its names)
    assert "Harbour Trust" in unsigned("Dear Tom, the paper says the Harbour Trust board ran it. Who? Thanks, Ann")
    # (a meeting's weekday said by anyone: "before Thursday's full council")
    assert "Thursday" not in unsigned("Dear Tom, one last one before Thursday's full council. Who ran it? Thanks, Ann")
    # what a letter says of others, not of its writer, keeps its names ("the Vatican working group", "Mayor
    # Giuliani"), as a hope for a thing does ("I hope the new dose of Lithium works well.")
    for named in ("Vatican", "Giuliani", "Lithium", "Sunday Times", "Bloody Sunday"):
        letter = {
            "Vatican": "Dear Tom, the Vatican working group hosted secret talks. Which state helped? Many thanks, Ann",
            "Giuliani": "Dear Tom, Mayor Giuliani ran a back channel. Who did he deal with? Thanks, Ann",
            "Lithium": "Dear Dr Patel, I hope the new dose of Lithium works well. What level is safe? Regards, Ann",
            "Sunday Times": "Dear Tom, we read The Sunday Times report. Who wrote it? Thanks, Ann",
            "Bloody Sunday": "Dear Tom, I was asked about Bloody Sunday. What happened? Thanks, Ann",
        }[named]
        assert named in unsigned(letter), letter
    # (a weekday describing a thing, a body the writer speaks of: "Sunday trading", "the Python Software Foundation board")
    assert "Sunday trading" in unsigned("Hi Tom, I'm researching Sunday trading laws. What did the 1994 Act change?")
    assert "Python Software Foundation" in unsigned(
        "Hi Sam, I'm new to the Python Software Foundation board. Who chairs it?"
    )
    # not a letter: only its closing goes ("... Thanks!"), the rest as asked
    warsaw = unsigned("The Warsaw Pact meeting in 1955 created an alliance. Which countries joined it? Thanks!")
    assert warsaw == "The Warsaw Pact meeting in 1955 created an alliance. Which countries joined it?"
    # not a letter: a weekday, a word like a closing, left as asked; the programmer's "Hello World"
    for kept in (
        "What happened on Black Monday?",
        "Which ferry was the best?",
        "Who won on Saturday? Cheers mate",
        "Who won the Oscar in 1998? Best Actor.",
        "Which pharmacies in Leeds are open on Sunday?",
        "Hello World, what does this program print?",
    ):
        assert unsigned(kept) == kept, kept


def test_a_question_written_as_a_letter_is_answered(seeded) -> None:
    negotiators = seeded.ask(
        "Dear Tom,\n\nI hope you are well. At Tuesday's council meeting a colleague raised the Oslo talks.\n\n"
        "Could you tell me who the Norwegian negotiators were?\n\nMany thanks,\nMargaret"
    )
    assert not negotiators.abstained and "Egeland" in negotiators.text, negotiators.text
    # (the writer's world named in it: a councillor, a meeting)
    briggs = seeded.ask(
        "Dear Tom, Councillor Briggs said at the Town Twinning meeting that small countries can never broker peace. "
        "The quiet diplomacy paper lists some intrinsic constraints small states face - could you give me every one "
        "of them? Many thanks, Margaret"
    )
    assert not briggs.abstained and "Enforcement" in briggs.text, briggs.text
    # (a letter asking what no document says is still refused)
    assert seeded.ask("Dear Tom, I hope you are well. What was Norway's GDP in 1993? Many thanks, Margaret").abstained
