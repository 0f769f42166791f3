"""What a long question says besides what it asks: the asker's belief ("I'd have sworn Carter was in there"), a
check of it ("Was he?", "Is that right?"), what a document is about told in a statement ("that paper on how small
countries make peace"), a statement's own "when" ("they get the credit when things go well"), and a request to go
through things one by one. Pure rules on text, then the same kinds of question on the seeds with the real model."""

import pytest

from dragoman.assistant.asides import believed, without_beliefs, without_guesses
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse, asks_for_list
from dragoman.assistant.words import unlabelled


def test_a_belief_of_the_asker_is_no_part_of_what_is_asked() -> None:
    assert believed("I'd have sworn the harbour master was in there too.")
    assert believed("If memory serves it opened in 1990.")
    assert believed("I recall them being hit by a storm around 2010, was it?")
    # (a question of its own is asked, belief or not)
    assert not believed("I think it was Ayr, but which year did it open?")
    assert not believed("The ferry runs to Arran.")
    clauses = analyse("I'd have sworn Troon was in there too. Was it? Which ports did the ferry paper name?")
    assert [c.text for c in clauses] == ["Which ports did the ferry paper name?"]
    assert "Troon" not in without_beliefs("I'd have sworn Troon was in there too. Which ports did the paper name?")
    # (nothing else said: the question as it is)
    assert without_beliefs("I believe it opened in 1990.") == "I believe it opened in 1990."


def test_a_guess_said_inside_a_question_asks_nothing() -> None:
    # (after what it asks: "I think ...", "I'm pretty sure ...", a tag "wasn't it ...", "... right?", ", like X?")
    assert "Troon" not in without_guesses(
        "Which ports did the Ayr paper name, I think Troon was one, can you list them?"
    )
    assert "1979" not in without_guesses("Since when has the Arran ferry run, because I'm pretty sure it was 1979?")
    assert "2013" not in without_guesses("What was Ann Kerr known for, wasn't she the one who ran the pier in 2013?")
    assert "Arran" not in without_guesses("What do both Ayr studies show, the second was the one about Arran right?")
    assert "Ross" not in without_guesses(
        "How does the Ayr ferry work, the paper cites Ross 2003 I think, what's the mechanism?"
    )
    # (what the asker half remembers: "... and stuff", "back in 2016 or whenever")
    assert "Irvine" not in without_guesses("Which ports does the Ayr paper name, all the ones in Irvine and stuff?")
    assert "2016" not in without_guesses("How many did it have back in 2016 or whenever?")
    # kept: what sets the topic before the question; a question of the asker's own thinking; two names offered to
    # choose from (one of them must be said); a direction; a clause asking
    for kept in (
        "I think the Arran ferry began in 1993, who ran it?",
        "What did I think of it?",
        "Who ran the pier, was it Ross or Kerr?",
        "Who ran the pier, like Ross or Kerr?",
        "Which side do they drive on in Japan, left or right?",
        "The Arran talks and stuff, who led them?",
        # (a scope, not a guess; a thing asked about; a question after "I guess"; a belief stating a fact)
        "Who ran the ferry between, like Ayr and Troon?",
        "What was Norway's role, like in the Korean talks?",
        "What does it say about Iran and stuff?",
        "Which cities have a population of about 2 million or so?",
        "What was Qatar's role, in the Yemen talks right?",
        "Why did it fail, I guess what I mean is what did Norway get wrong?",
        "Which medication is safer, I think for someone with asthma, Ibuprofen or Paracetamol?",
        "What are the symptoms, and I believe she also has Crohn's disease, so is it safe?",
        # (a guess naming the only thing the question is about)
        "What side effects were reported, I think the drug was Vioxx?",
        "When was he arrested, I think Mandela was in Rivonia at the time?",
    ):
        assert without_guesses(kept) == kept, kept
    assert [c.names for c in analyse("Which ports did the Ayr paper name, I think Troon was one?")] == [("ayr",)]


def test_a_check_of_the_askers_guess_asks_nothing_of_its_own() -> None:
    for check in ("Was he?", "Is that right?", "Have I got that muddled?", "Am I wrong?"):
        clauses = analyse(f"I believe the ferry paper names Ross. {check} Who ran the pier?")
        assert [c.text for c in clauses] == ["Who ran the pier?"], check
    # (alone, or checking something no belief of the asker's states, it is what is asked)
    assert [c.text for c in analyse("Is that right?")] == ["Is that right?"]
    checked = analyse("The mayor claimed the levy would pay for the pier. Was he right? What did the audit find?")
    assert [c.text for c in checked] == ["Was he right?", "What did the audit find?"]


def test_a_question_word_inside_a_statement_tells_when_another_part_asks() -> None:
    clauses = analyse(
        "I have always said the small ports get the blame when things go wrong. That paper on how ferries are run "
        "seemed to agree. What does it say they lack?"
    )
    assert [c.text for c in clauses] == ["What does it say they lack?"]
    # (it asks when it opens the statement or follows a verb taking a question)
    assert len(analyse("I wonder why the pier closed. And who ran it?")) == 2
    assert len(analyse("Tell me who ran the pier. When did it close?")) == 2
    # (a remark on whom the answer is for asks nothing: "I like to tell visitors where ..."; one telling others what
    # the asker wants to know does: "I need to explain to my boss why ...", "I'd like you to explain to my son why")
    assert len(analyse(unlabelled("Where is the ferry based? I like to tell visitors where the boats come from."))) == 1
    assert len(analyse("What broke the pier? I need to explain to my boss why it closed.")) == 2
    assert len(analyse("I'd like you to explain to my son why the pier closed. Can you keep it simple?")) == 2
    assert len(analyse("Who built the pier? I want you to tell me when it opened.")) == 2  # (told to the asker)
    # (with no other part asking, the statement is the question)
    assert len(analyse("The paper on how ferries are run.")) == 1
    # (a request, or a question word after a word taking a question, asks)
    for request in (
        "Can you explain to me why the pier closed.",
        "I'd like more information on why the pier closed.",
        "Say why the pier closed.",
        "So why did the pier close.",
    ):
        assert len(analyse(f"{request} Who ran it?")) == 2, request
    # (a belief's names are not what a pronoun after it stands for: the asker may be wrong)
    assert analyse("I believe Troon ran it. The paper says Largs is a hub. What does it run?")[0].names == ("largs",)
    wrong = "The ferry paper says, I believe, that it names three ports; I may be wrong. Which ports does it name?"
    assert analyse(wrong)[0].names == ()
    # (the asker's "I'd", "I'm" are no names)
    assert analyse("I'd say the paper names Largs. I'm sure. What does it run?")[0].names == ("largs",)
    # (with no part ending in "?", a statement's question word asks)
    assert len(analyse("They get the blame when things go wrong. Tell me who ran it.")) == 2


def test_going_through_things_one_by_one_asks_a_list() -> None:
    assert asks_for_list("It listed some hazards for small ports. Could you go through them for me one by one?")
    assert asks_for_list("Can you walk me through them?")
    assert asks_for_list("It named three ports. Could you give them to me one by one?")
    assert not asks_for_list("Why did the tanks roll one by one?")
    assert not asks_for_list("Did the talks go through all the stages?")
    assert asks_for_list("What were the things it said such a port invests in?")
    assert not asks_for_list("Could you go through the timetable's first line?")
    assert not asks_for_list("What was the thing it said first?")


def test_a_document_going_out_asks_its_date() -> None:
    assert metadata_asked("The ferry piece - who wrote it, and when did it go out?") == {"author", "date"}
    assert "date" not in metadata_asked("When did the talks go out of the public eye?")


def test_the_askers_asides_leave_the_question_answered(seeded) -> None:
    presidents = seeded.ask(
        "There was a web piece asking whether back channels are against the law. Early on it named American "
        "presidents who had used them. I'd have sworn Jimmy Carter was among them. Was he? Which presidents did it "
        "name?"
    )
    assert not presidents.abstained and "Reagan" in presidents.text and "Obama" in presidents.text
    estonia = seeded.ask(
        "The small-states paper has a bit on Estonia. I recall a big cyberattack on them around 2012, was it? And "
        "which forum on behaviour in cyberspace does it say they host?"
    )
    assert not estonia.abstained and "Geneva Dialogue" in estonia.text
    invests = seeded.ask(
        "Well, that paper on how small countries act as peacemakers seems to disagree. It talks about what a small "
        "state must invest in over the long term. What were the things it said such a state invests in?"
    )
    assert not invests.abstained
    assert all(item in invests.text for item in ("Human Resource", "Intellectual Capital", "Reputational Capital"))
    # (a guess inside a question asked in one breath, which the documents correct)
    protecting = seeded.ask(
        "so Switzerland is like a protecting power right, whose interests has it been representing and since when, "
        "because I think it was like Canadian interests in Libya since 1975 or something?"
    )
    assert not protecting.abstained and "Iran" in protecting.text and "1980" in protecting.text
    presidents = seeded.ask(
        "which US presidents does the legal-or-not article say used back channels, like I know Nixon was one and I "
        "think Eisenhower was in there too, can you give me the full list?"
    )
    assert not presidents.abstained and "Reagan" in presidents.text
    # (a belief naming what no document says does not make a question the documents do not answer answerable)
    assert seeded.ask("I believe the Swiss paid for it. What was Norway's GDP in 1993?").abstained


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("3. Towards the end of the piece, who does the author quote?", "Towards the end of the piece, who does"),
        ("Comment 4: The manuscript lists several constraints. Which?", "The manuscript lists several"),
        ("Minor point: could the authors give the year?", "could the authors give the year?"),
        ("Point 2 - who led the talks?", "who led the talks?"),
        # (not a figure, nor items asked, nor a form's numbers: items.py)
        ("4.5 million people - where?", "4.5 million people"),
        ("1990. What happened then?", "1990. What happened"),
        ("1) who led it, and 2) when?", "1) who led it"),
        ("Q1: who led it? Q2: when?", "Q1: who led it?"),
    ],
)
def test_a_comments_number_heading_a_question_is_no_figure_asked(question: str, read: str) -> None:
    assert unlabelled(question).startswith(read)
