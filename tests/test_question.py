"""Question analysis: pure logic (names, years, the kind of answer expected, follow-ups)."""

import pytest

from dragoman.assistant.answer_kind import satisfies
from dragoman.assistant.followup import Turn, resolve_followup
from dragoman.assistant.history import previous_turns
from dragoman.assistant.names import context_names, mentions, same_name
from dragoman.assistant.question import (
    analyse,
    asks_for_list,
    asks_reason,
    expected_answer,
    question_names,
    scene,
)
from dragoman.assistant.sentences import continues, is_prose


@pytest.mark.parametrize(
    "question,names",
    [
        ("Who leads Denmark's peace office?", ["denmark"]),
        ("What did the US-Taliban talks in Doha produce?", ["taliban", "doha"]),  # US: an acronym, often spelt out
        ("How did the Kissinger-Dobrynin channel work?", ["kissinger", "dobrynin"]),
        ("Which state in the Gulf hosted talks?", ["gulf"]),  # "Which" does not join a name into a term
        # a name describing the kind of thing asked for need not be said: "Which former American
        # presidents ...?" is answered by "former US presidents Richard Nixon, ..."
        ("Which Gulf state hosted talks?", []),
        ("Which former American presidents used it?", []),
        ("In what year did Qatar host talks?", ["qatar"]),  # after a verb: what the question is about
        ("In the 'Legal or Not' table, what is listed?", ["legal"]),  # a quote's mark is no part of a name
        ("Why do GANs need two networks?", ["gan"]),  # plural acronym
        ("What does the Crisis Management Initiative do?", []),  # a multiword term, not a name
        ("Which topics does Notes.pdf cover?", []),  # a file name is not said in the text
        ("Norway is small. Is it neutral?", []),  # a sentence's first word
        ("Moss's case vs Jacob's case?", ["moss", "jacob"]),  # ... unless its possessive
        # ... or names joined by a hyphen, or a topic the question then asks about
        ("India-Pakistan back channel: what years did it run?", ["india", "pakistan"]),
        ("Estonia: what year was it attacked?", ["estonia"]),
        ("Switzerland as protecting power - since when?", ["switzerland"]),
        ("Background Check - who wrote it?", []),  # (a phrase leading in, not one word)
        ("Back-channel talks: who led them?", []),  # (a hyphenated word, not names)
        ("What did Ørsted find in Zürich?", ["ørsted", "zürich"]),  # names in any script
    ],
)
def test_question_names(question, names):
    assert question_names(question) == names


def test_a_word_heading_a_message_is_no_topic_named():
    from dragoman.assistant.words import unlabelled

    assert question_names(unlabelled("Summary: which country hosted the talks?")) == []
    assert question_names(unlabelled("Estonia: which forum does it host?")) == ["estonia"]


@pytest.mark.parametrize(
    "question,kind",
    [
        ("How many envoys were sent?", "number"),
        ("How long does a round last?", "number"),
        ("What is the population of Iceland?", "number"),
        ("what's the annual budget and staff size of the ferry office?", "number"),  # (said with "what's")
        ("What’s its budget?", "number"),
        ("what's the main point of the ferry report?", None),  # (near miss: no figure)
        ("Does the report give any figure for what the ferry cost?", "number"),
        ("Does any figure in the ferry report stand out?", None),  # (near miss: a person)
        ("Ferry office - year est., and after which storm?", "date"),
        ("On the ferry, confirm who the main captains were and which port opened it.", "name"),
        ("On the ferry, give who the captains were.", "name"),  # (as a request to confirm is put)
        ("Please confirm whom it concerns and why.", "name"),
        ("Can you check whose turn it is?", "name"),
        ("Confirm whether the ferry sails.", None),  # (near miss: no one asked)
        ("Ferry office - year round, and why?", None),  # (near miss: all year, no date asked)
        ("What batch size was used?", "number"),
        ("How much did secrecy matter?", None),
        ("How much did the summit cost?", "number"),
        ("How large are the gas reserves, in cubic metres?", "number"),
        ("How big a role does the broker play?", None),
        ("How high were the stakes for the broker?", None),  # a degree, no figure
        ("Why did Oman, through whom Washington reached Tehran, take the risk?", None),  # (a relative clause)
        ("When did the talks begin?", "date"),
        ("In what year was the office opened?", "date"),
        ("When is a conflict ripe for mediation?", None),  # conditions, not a date
        ("Who chairs the council?", "name"),
        ("Which country hosted the summit?", "name"),
        ("Where was the agreement signed?", "name"),
        ("What were the names of the negotiators?", "name"),
        ("What were the two envoys' names?", "name"),
        ("What was the company's name?", "name"),
        ("Name the two principal Scottish negotiators in the Ayr ferry talks.", "name"),  # (where they were, after)
        ("Identify the people at highest risk of heart disease.", None),  # (near misses of the review)
        ("Identify the state in which water is a solid.", None),
        ("Why did the company's name change in 2015?", None),
        ("Does the recipe mention the city's name?", None),
        ("Name the three states of matter.", None),  # (near miss: no person or place)
        ("Name the Scottish and Irish envoys who ran the ferry talks.", "name"),
        ("Which regional rivals objected?", None),
        ("Why do back channels fail?", None),
        ("What agreement came out of it, and when was it signed?", "date"),
    ],
)
def test_expected_answer(question, kind):
    assert expected_answer(question) == kind


@pytest.mark.parametrize(
    ("clause", "span"),
    [
        ("and when did the ferry start and then stop?", True),
        ("in which years did the link open and shut down?", True),
        ("when was the office set up and when closed?", True),
        ("when did the ferry start?", False),  # (near miss: one date)
        ("when did the shop open and the bakery sell out?", False),  # (near miss: two things, not a thing's span)
    ],
)
def test_a_clause_asking_when_a_thing_began_and_ended_asks_two_dates(clause: str, span: bool) -> None:
    from dragoman.assistant.expects import SPAN_ASKED

    assert (SPAN_ASKED.search(clause) is not None) is span


def test_a_sentence_must_hold_the_kind_of_answer_expected():
    count = analyse("How many staff remained?")[0]
    assert satisfies(count, "Only 120 staff remained, against about 1,200 before.")
    assert not satisfies(count, "The release of detainees was bargained in 2015 [27].")  # a year, a citation
    # "how many <things>": a number counting them, not other things
    rounds = analyse("How many secret rounds of talks did Ruritania host?")[0]
    assert satisfies(rounds, "Ruritania hosted 14 rounds of secret talks.")
    assert not satisfies(rounds, "It got two of the greatest foes to sign a declaration.")
    assert satisfies(analyse("How many operations does it need?")[0], "The total number of operations is 724M.")
    assert satisfies(analyse("How many staff does it have?")[0], "It has 120 workers.")  # (no plural counted)
    assert not satisfies(analyse("How many states hosted talks?")[0], "Two statements were issued.")  # (stems)
    assert satisfies(analyse("How many of the hostages were freed?")[0], "Ruritania freed 52 of them.")
    macs = analyse("How many multiply-accumulate operations (MACs) does it need?")[0]  # (or its acronym)
    assert satisfies(macs, "The total number of weights and MACs are 61M and 724M.")
    date = analyse("In what year did the channel begin?")[0]
    assert satisfies(date, "It began in the 1970s.") and not satisfies(date, "It began in March.")  # (a year asked)
    assert satisfies(analyse("When did the channel begin?")[0], "It began in March.")
    assert not satisfies(date, "It was a multi-decade relationship.")
    who = analyse("Who chaired India's delegation?")[0]
    assert satisfies(who, "The delegation was chaired by Satinder Lambah.")
    assert not satisfies(who, "The Indian delegation was chaired by a senior diplomat.")  # Indian ~ India
    assert satisfies(analyse("Who founded it?")[0], "It was founded by Émile Öztürk.")
    assert not satisfies(analyse("Who led Norway's team?")[0], "The Norwegian team was led by a diplomat.")
    assert satisfies(analyse("Why did it fail?")[0], "It failed.")
    # a person asked for by a role: a sentence naming only places or states holds none
    minister = analyse("Which Ruritanian minister led the talks in Zenda?")[0]
    assert not satisfies(minister, "Ruritania led the talks in Zenda, hosted by Strelsau.")
    assert satisfies(minister, "Foreign Minister Rudolf Rassendyll led the talks in Zenda.")
    served = analyse("Who served as Ruritania's foreign minister during the talks?")[0]
    assert not satisfies(served, "Ruritania made the talks with Graustark possible.")
    assert satisfies(analyse("Who hosted the talks?")[0], "Ruritania hosted the talks with Graustark.")  # a state may
    # a title and a surname name a person; a role word qualifying another noun asks for no person
    assert satisfies(analyse("Which king sent an envoy to Zenda?")[0], "In 1921, King Rudolf sent an envoy to Zenda.")
    assert satisfies(analyse("What official body hosted the talks?")[0], "The Ruritanian Institute hosted them.")
    assert satisfies(analyse("Which official documents were leaked?")[0], "The Zenda minutes were leaked.")
    official = analyse("Which Ruritanian official arranged them?")[0]
    assert not satisfies(official, "Ruritania keeps lines open to all, including Graustark and Zenda.")
    assert satisfies(official, "Foreign Minister Rudolf Rassendyll arranged them.")
    envoys = analyse("Who were the named Ruritanian and Graustarkian envoys in the talks?")[0]  # (a role, far)
    assert not satisfies(envoys, "Talks between Ruritanian and Graustarkian officials made progress on Zenda.")


def test_names_match_their_derived_forms():
    assert mentions("The Norwegian side and Qatari hosts.", ("norway", "qatar"))
    assert not mentions("Finland's initiative.", ("norway",))
    assert not mentions("Iran's nuclear programme", ("iraq",))
    assert not mentions("industry and individuals", ("india",))
    assert same_name("palestine", "palestinian") and not same_name("oman", "omaha")


def test_follow_ups_are_resolved_against_the_previous_question():
    assert (
        resolve_followup("And what about Qatar?", ["What role has Oman played in the Gulf?"])
        == "What role has Qatar played in the Gulf?"
    )
    assert "Kissinger" in resolve_followup("When did it start?", ["What did Kissinger set up with Moscow?"])
    assert resolve_followup("Who is Dobrynin?", ["What did Kissinger do?"]) == "Who is Dobrynin?"
    # the changed entity is a name, not an acronym or a word of a quoted title
    assert (
        resolve_followup("And what about Oman?", ["According to the ISD article, what did Norway do in the talks?"])
        == "According to the ISD article, what did Oman do in the talks?"
    )


def test_a_follow_up_referring_back_carries_the_previous_turns_focus():
    asked = "Why do the rebels trust it, and which region does it understand?"
    # the entity the previous answer gave, when the previous question asked for one
    turn = Turn("Which country does the report call a 'Neutral Host'?", "Ruritania is a historic case of a host [1]")
    resolved = resolve_followup(asked, [turn])
    assert resolved.startswith(asked) and "Neutral Host" in resolved and "Ruritania" in resolved
    # the entity it gave, not the ones it compared it with
    turn = Turn(
        "Which of those is a reliable convenor?",
        "Having no natural resources like Qatar, having no neutrality like Switzerland, Singapore has become a convenor. [1]",
    )
    resolved = resolve_followup("And why was it chosen for that summit?", [turn])
    assert "Singapore" in resolved and "Qatar" not in resolved and "Switzerland" not in resolved
    # the first name the answer gives, not the country a capital asked about stands for
    turn = Turn(
        "Which Gulf country hosted Washington's talks with the Taliban?",
        "Talks between the United States and the Taliban were hosted by Qatar. [1]",
    )
    resolved = resolve_followup("What deal came out of that?", [turn])
    assert "Qatar" in resolved and "United States" not in resolved
    turn = Turn(
        "Which country mediated between Iran and the US?", "Oman mediated between the United States and Iran. [1]"
    )
    assert "Oman" in resolve_followup("Why was it chosen?", [turn])
    # ... a person, asked who (not the body the person heads)
    turn = Turn(
        "Who did the queen send to Vienna?",
        "She sent Count Otto Brandt, head of the Royal Courier Service, to Vienna. [1]",
    )
    resolved = resolve_followup("And why was he chosen?", [turn])
    assert "Otto Brandt" in resolved and "Courier Service" not in resolved
    # ("who" in a relative clause asks for no person)
    turn = Turn("Which country hosted the envoy who met the Taliban?", "Qatar hosted Zalmay Khalilzad. [1]")
    assert "Qatar" in resolve_followup("Why was it chosen?", [turn])
    # a term asked about in place of the one the previous question asked the meaning of
    asked_before = Turn(
        "What does the pitfalls article mean by forum shopping?", "Seeking a better deal elsewhere. [1]"
    )
    assert resolve_followup("and what about the endless game?", [asked_before]) == (
        "What does the pitfalls article mean by the endless game?"
    )
    # (not a follow-up pointing back at it: "its costs" are forum shopping's)
    assert "mean by its costs" not in resolve_followup("and what about its costs?", [asked_before])
    # ... but an example it gives is an entity it gave
    turn = Turn("Which small states mediate?", "Small states like Qatar mediate in the Gulf. [1]")
    assert "Qatar" in resolve_followup("And why do they do it?", [turn])
    # a question's own long name, a demonstrative pointing back ("that relationship")
    resolved = resolve_followup("Who studied that relationship?", ["Who was Henry Kissinger's counterpart?"])
    assert "Henry Kissinger" in resolved
    # a previous question without names: its topic words
    assert "approaches mediation" in resolve_followup(
        "Which country uses those approaches?", ["What approaches to mediation exist?"]
    )
    # "that" joining a clause, or a sentence's first word, is not a reference back
    assert (
        resolve_followup("Did the paper say that Norway won?", ["What is Qatar's role?"])
        == "Did the paper say that Norway won?"
    )


def test_the_thing_in_question_points_back():
    resolved = resolve_followup("Where was the base in question located?", ["What did the Zenda channel help calm?"])
    assert resolved.endswith("(Zenda)")
    resolved = resolve_followup("What did that channel head off?", ["Who was Rudolf's Ruritanian counterpart?"])
    assert resolved.endswith("(Rudolf, Ruritanian)")  # a possessive ends a name
    # "one" standing for the thing asked about, after "ok and"
    resolved = resolve_followup(
        "ok and who was the guy who tried to set one up with the mayor?", ["Why is the Zenda fund risky?"]
    )
    assert resolved.endswith("(Zenda)")
    # near misses: "one of", a number
    assert resolve_followup("Who set one of them up?", ["Why is the Zenda fund risky?"]).endswith("(Zenda)")  # (them)
    assert resolve_followup("Who ran one more race?", ["Why is the Zenda fund risky?"]) == "Who ran one more race?"
    for own in ("Can I use one SIM card in two phones?", "OK and Cancel buttons do what in the print dialog?"):
        assert resolve_followup(own, ["Why is the Zenda fund risky?"]) == own


def test_that_ending_a_clause_points_back_and_a_time_word_is_no_focus():
    resolved = resolve_followup(
        "What deal came out of that, and what year?", ["Which country hosted the Taliban talks?"]
    )
    assert resolved.startswith("What deal came out of that, and what year? (") and "Taliban" in resolved
    turn = Turn("Who has Biden relied on?", "Today, President Biden uses trusted emissaries. [1]")
    assert "Today" not in resolve_followup("Which of them was an ambassador?", [turn])


def test_a_previous_question_typed_in_lower_case_carries_its_names_as_the_answer_writes_them():
    turn = Turn(
        "what did the talks between washington and the taliban lead to?",
        "The talks with the Taliban led to a deal. [1]",
    )
    resolved = resolve_followup("When was that signed?", [turn])
    assert "Taliban" in resolved and "taliban" not in resolved.split("(")[1]


def test_follow_ups_users_write_casually_are_resolved():
    # "So ..." opens a follow-up as "And ..." does
    resolved = resolve_followup("So why did the whole process fall apart?", ["What did Norway do in the Oslo talks?"])
    assert resolved.startswith("Why did the whole process fall apart?") and "Norway" in resolved
    # a follow-up with its own quoted subject carries nothing over
    asked = "And what's meant by the 'endless game'?"
    assert resolve_followup(asked, ["What is 'forum shopping'?"]) == asked
    # "those three": the things the previous answer named, not its question's names
    turn = Turn("Which countries does Doe's paper compare?", "It compares Norway, Switzerland and Qatar. [1]")
    resolved = resolve_followup("Which of those three relies on money?", [turn])
    assert all(n in resolved for n in ("Norway", "Switzerland", "Qatar"))
    # ... unless the noun after it is the previous question's own ("those approaches")
    turn = Turn("What approaches do small states use?", "Facilitation, as Norway does. [1]")
    assert "Norway" not in resolve_followup("Which country uses the second of those approaches?", [turn])
    # a month in the previous answer is a date, not what it was about
    turn = Turn("Who is Happymon Jacob?", "As Jacob explored in an August 2021 case study, talks ... [1]")
    assert "August" not in resolve_followup("What does he think matters most?", [turn])
    # a question of a few words and no verb of its own asks on about the same thing
    turn = Turn("Which president ran hidden lines to the Soviet Union?", "Richard Nixon used back channels. [1]")
    for fragment in (
        "Through whom?",
        "When exactly?",
        "In which year?",
        "why?",
        "Which city?",
        "How come?",
        "between who exactly",
    ):
        assert "Soviet Union" in resolve_followup(fragment, [turn]), fragment
    assert resolve_followup("What is mediation?", [turn]) == "What is mediation?"  # a question of its own


def test_history_gives_the_previous_answer_from_every_form():
    pairs = previous_turns([("Which country mediated?", "Oman did [1]")])
    messages = previous_turns(
        [{"role": "user", "content": "Which country mediated?"}, {"role": "assistant", "content": "Oman did"}]
    )
    assert pairs == [Turn("Which country mediated?", "Oman did [1]")] and messages[0].answer == "Oman did"
    assert previous_turns(["Which country mediated?"]) == [Turn("Which country mediated?")]


def test_a_sentence_may_start_with_a_name_its_context_writes_as_one():
    (clause,) = analyse("Which country hosted the talks?")
    sentence = "Algeria is a historic case of a host."
    assert not satisfies(clause, sentence)
    assert satisfies(clause, sentence, context_names("The talks were held in Algeria in 1975."))


def test_each_clause_of_a_question_keeps_its_own_names_and_kind():
    clauses = analyse("Oman comes up in two texts. Which talks did Oman open, and when did Obama's deal follow?")
    assert [c.text for c in clauses] == ["Which talks did Oman open", "when did Obama's deal follow?"]
    assert [c.names for c in clauses] == [("oman",), ("obama",)]
    assert [c.expects for c in clauses] == [None, "date"]
    assert len(analyse("Who chairs Finland's Crisis Management Initiative?")) == 1
    bare = analyse("Who chaired Norway's delegation, and what did it achieve?")
    assert [c.names for c in bare] == [("norway",), ("norway",)]  # "it" is the clause before
    named = analyse("Name the two main negotiators in the Oslo channel and the institute that offered the channel.")
    assert [c.text for c in named] == [
        "the two main negotiators in the Oslo channel",
        "the institute that offered the channel.",
    ]
    assert len(analyse("Name the official, the city where he met him, and the group.")) == 1  # too few words each
    # ("..., and through whom did ...?": a question word after a preposition asks anew)
    through = analyse("Which two deals did Zenda strike in secret, and through whom did Ruritania run its channel?")
    assert [c.expects for c in through] == [None, "name"]
    assert len(analyse("Who did Zenda trade with, and through which ports?")) == 2
    bus = analyse("Which years did the talks run, when was the bus service started, and when did it stop?")
    assert [c.expects for c in bus] == ["date", "date", "date"]
    # a statement setting the scene: its words (not its names, nor a shared topic) weigh less
    assert (
        scene("Algeria gets a short paragraph in the paper. Which cases does it cite?")
        == "Algeria gets a short paragraph in the paper"
    )
    assert scene("X and Y both mention a deal. How do they differ?") == ""
    # "who heads X, in what year did Y ...": two; a scene before a comma is none ("According to X, what ...")
    three = analyse("For the memo: who heads Ruritania's NGO, in what year did Zenda sign, and when did it end?")
    assert [c.expects for c in three] == ["name", "date", "date"]
    assert len(analyse("According to the Zenda article, what advantages do hidden channels give?")) == 1
    assert len(analyse("What did the treaty, which Ruritania had brokered, achieve?")) == 1
    assert len(analyse("What did the report, which analysts have praised, conclude?")) == 1
    # a casual restatement is no part of its own; a clause opening on "Like Oman," is
    assert len(analyse("What limits do they face? like what goes wrong for them")) == 1
    assert len(analyse("Who mediated in Yemen? Like Oman, which other states hosted talks?")) == 2
    dotted = analyse("How many U.S. senators met him in Kyiv? Name them.")  # no clause ends at "U.S."
    assert [(c.text, c.expects) for c in dotted] == [
        ("How many U.S. senators met him in Kyiv?", "number"),
        ("Name them.", None),
    ]


@pytest.mark.parametrize(
    "question,term",
    [
        ("What is a protecting power?", ("protecting", "power")),
        ("What is meant by niche diplomacy?", ("niche", "diplomacy")),
        ("What are convolutional neural networks?", ("convolutional", "neural", "networks")),
        ("What is the role of Oman in the Gulf?", ()),  # not a definition
        ("What are the three main components of Fabric?", ()),
        ("What are the key issues?", ()),
        ("What is diplomacy?", ()),  # one word: term coverage already asks for it
        # which person, not what a "KGB guy" is: the sentence names him without the words
        ("Who was the KGB guy?", ()),
        ("who is the Swiss envoy?", ()),
        ("Who are war criminals?", ("war", "criminals")),
        ("Who is the designated hitter?", ("designated", "hitter")),  # (what a role is)
    ],
)
def test_definition_questions_name_their_term(question, term):
    assert analyse(question)[0].term == term


def test_questions_and_footnotes_are_not_quoted_as_answers():
    doc = (
        "Is Back-Channel Diplomacy Illegal?\nWhy did the talks end?¹² They did.\n¹ Vital, D. (1967). The Inequality.\n"
    )
    assert not is_prose("Is Back-Channel Diplomacy Illegal?", doc, 0)
    assert not is_prose("Why did the talks end?¹²", doc, doc.index("Why"))
    assert not is_prose("Vital, D. (1967). The Inequality of States.", doc, doc.index("Vital"))
    assert is_prose("The talks ended in failure that year.", "The talks ended in failure that year.", 0)


def test_a_sentence_carries_on_into_the_next_when_that_one_refers_back():
    long = "Happymon Jacob said that the personality of the chosen interlocutors is what matters most in the end."
    assert continues(long, "They must have the imprimatur of the highest levels.")
    assert not continues(long, "Oman has played a different role.")
    assert continues("Three pillars stand out:", "Oman has played a different role.")
    assert continues("It matters a lot.", "Oman has played a different role.")  # too short to stand alone


def test_the_rewritten_question_is_shown_with_the_answer():
    from dragoman.assistant import render
    from dragoman.assistant.answer import ABSTAIN_TEXT, Answer

    answer = Answer("And Qatar?", ABSTAIN_TEXT, [], True, [], 0.1, resolved_question="What did Qatar do?")
    assert "Understood as: What did Qatar do?" in answer.render_text()
    assert "What did Qatar do?" in render.answer_markdown(answer)


def test_an_acronym_written_with_dots_or_spelt_out_is_said():
    from dragoman.assistant.focus import missing_focus

    assert missing_focus("How many US staff left?", ["The U.S. embassy shrank."]) == []
    assert missing_focus("How many US staff left?", ["The embassy of the United States shrank."]) == []
    assert missing_focus("What did the RIPA say?", ["The Ruritanian Institute of Peace Affairs said no."]) == []
    assert missing_focus("What was the GDP of Norway?", ["Norway mediated."]) == ["GDP"]
    assert missing_focus("What did the RIPA say?", ["The Ruritanian institute said no."]) == ["RIPA"]
    # capitalised words that merely start with its letters do not spell it out
    assert missing_focus("What did the US envoy say?", ["Unlike Sweden, Norway spoke."]) == ["US"]
    assert missing_focus("What did the RIPA say?", ["Ruritanian\nInstitute of Peace Affairs"]) == ["RIPA"]
    # some of its letters a shorter acronym ("the GCU paper": "GC University Lahore")
    assert missing_focus("What does the GCU paper say?", ["Political Science Department. GC University Lahore."]) == []
    assert missing_focus("What does the RIPA say?", ["The Ruritanian IPA said no."]) == []
    assert missing_focus("What does the GCU paper say?", ["The GC met. University staff left."]) == ["GCU"]


def test_an_acronym_a_term_spells_out_in_lower_case_is_said():
    from dragoman.assistant.focus import missing_focus

    # jargon for a term the text writes in lower case, twice ("Qatar's FP toolkit" - "foreign policy")
    policy = "Ruritania's foreign policy relies on aid. Its foreign policy is old."
    assert missing_focus("What is Ruritania's FP toolkit?", [policy]) == []
    assert (
        missing_focus(
            "What were the main BCD risks?", ["Back-channel diplomacy has risks, as back-channel diplomacy does."]
        )
        == []
    )
    # (or once, beside the acronym in brackets)
    assert missing_focus("What does the OSE say?", ["The old steam engine (OSE) is slow."]) == []
    # (not words that merely start with its letters: "for peace", "framework based on the ideas", "Until some")
    assert missing_focus("What is Ruritania's FP toolkit?", ["Ruritania works for peace. It works for peace."]) == [
        "FP"
    ]
    twice = "A framework based on the ideas. A framework based on the ideas."
    assert missing_focus("What does it say about the FBI?", [twice]) == ["FBI"]
    # (nor words of government it does not spell: "the MFA" is not "the Foreign Minister")
    assert missing_focus("What did the MFA say about it?", ["The Deputy Foreign Minister ran it."]) == ["MFA"]


def test_a_question_asking_for_an_exact_day_is_not_answered_by_a_month_or_a_year():
    from dragoman.assistant.answer_kind import satisfies
    from dragoman.assistant.question import analyse

    exact = analyse("On what exact date did the envoy reach Strelsau?")[0]
    assert exact.expects == "date"
    assert not satisfies(exact, "The envoy reached Strelsau in November.")
    assert not satisfies(exact, "The envoy reached Strelsau in 1921.")
    assert satisfies(exact, "The envoy reached Strelsau on 2 November 1921.")
    assert satisfies(exact, "On November 2, the envoy reached Strelsau.")
    assert not satisfies(exact, "Of the 12 may have left, and section 2.1.10 says so.")
    assert satisfies(exact, "It was signed on Sept. 13, 1921.")
    assert analyse("Which day-to-day tasks does the envoy handle?")[0].expects is None
    year = analyse("In what year did the envoy reach Strelsau?")[0]
    assert satisfies(year, "The envoy reached Strelsau in 1921.")


def test_a_name_qualifying_the_answer_is_no_focus_once_answered():
    from dragoman.assistant.followup import focus_of

    asked = "In the small-states study, which Baltic country sets rules for cyberspace?"
    assert "Baltic" not in focus_of(Turn(asked, "Estonia has been leading [1]"))
    assert "Estonia" in focus_of(Turn(asked, "Estonia has been leading [1]"))


def test_the_person_an_answer_names_is_a_focus_when_the_question_asked_for_one_among_other_names():
    from dragoman.assistant.followup import focus_of

    asked = "Which Strelsau-based scholar of Ruritanian diplomacy is cited in the Zenda piece?"
    answer = "According to Rudolf Rassendyll, a scholar at the University of Strelsau, envoys matter. [1]"
    assert "Rudolf Rassendyll" in focus_of(Turn(asked, answer))
    assert "Rudolf Rassendyll" not in focus_of(Turn("What did the Zenda piece say of Ruritanian diplomacy?", answer))
    # (a question on a country, whoever it names after: "... hosted the envoy who ...")
    hosted = Turn("Which country hosted the envoy who met the Taliban in Doha?", "Qatar hosted Zalmay Khalilzad. [1]")
    assert focus_of(hosted)[-1] == "Qatar"


def test_of_the_names_an_answer_gives_the_focus_is_the_one_said_among_the_questions_words():
    from dragoman.assistant.followup import focus_of

    answer = "Examples are Norway facilitating the Oslo talks and Ruritania hosting the talks with Zenda. [1]"
    assert focus_of(Turn("Which small state hosted the Zenda talks?", answer))[-1] == "Ruritania"
    # (a name said as a word, not inside another: "Ruritanian")
    answer = "The Ruritanian king met Norway first, and then Ruritania hosted the talks. [1]"
    assert focus_of(Turn("Which small state hosted the talks?", answer))[-1] == "Ruritania"
    # (not the words of the phrase naming the document: "the piece on secret talks")
    answer = "Rudolf used back channels to reach Zenda, and Michael held secret talks with Strelsau. [1]"
    asked = "Which king, according to the piece on secret talks, used back channels to reach Zenda?"
    assert focus_of(Turn(asked, answer))[-1] == "Rudolf"
    # (its own phrase: not the words of a clause going on past the next name)
    answer = "It was Rudolf's reported bid to reach Zenda and Michael's court, which drew charges of treason. [1]"
    asked = "Whose reported bid to reach a rival drew charges of treason?"
    assert focus_of(Turn(asked, answer))[-1] == "Rudolf"


def test_a_bracket_the_user_typed_is_not_a_carried_focus_and_names_ending_in_ly_or_ing_are_names():
    from dragoman.assistant.followup import focus_of

    focus = focus_of(Turn("What did the RMF (Ruritanian Monetary Fund) report say?"))
    assert not any(")" in f or "report" in f for f in focus), focus
    assert "Italy" in focus_of(Turn("Which country mediated?", "Italy mediated the talks [1]"))
    assert "Beijing" in focus_of(Turn("Which city hosted them?", "Beijing hosted the talks [1]"))
    assert focus_of(Turn("Who led the talks? (Ruritania, Strelsau)", "Rudolf did [1]")) == [
        "led talks",
        "Rudolf",
        "Ruritania",
        "Strelsau",
    ]
    assert "Although" not in " ".join(focus_of(Turn("What is Kashmir?", "Although small, Kashmir matters [1]")))


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("What assets give Qatar its edge as a go-between?", True),  # a plural noun, then any verb
        ("Which presidents used back channels?", True),
        ("What risks?", True),
        ("What kinds of capital must they build?", True),
        ("Which styles of intervention, from mild to coercive, do small states use?", True),
        ("What kind of mediator is it?", False),
        ("the ethics article - the main pitfalls it covers", True),
        ("What are all the risks the article names?", True),
        ("What happens when the talks the paper describes collapse?", False),  # (a relative clause)
        ("What does it mean?", False),
        ("What role does Qatar play?", False),
        ("What crisis was averted?", False),
        ("What progress was made?", False),
        ("What status is given?", False),
        ("Which country hosts the talks?", False),  # a verb's -s is no plural
        ("Which company owns the patent?", False),
        ("What happens when talks fail?", False),
    ],
)
def test_a_question_asking_for_things_in_the_plural_asks_for_a_list(question, listing):
    assert asks_for_list(question) is listing


def test_a_capital_standing_for_its_government_is_said_by_the_countrys_name():
    assert mentions("talks between the United States and the Taliban", ["washington", "taliban"])
    assert mentions("the Soviet leadership", ["kremlin"]) and mentions("Russian officials", ["moscow"])
    assert not mentions("talks in Geneva", ["washington"])
    assert mentions("former US presidents used them", ["american"]) and not mentions("ask us", ["american"])
    # whole words, as written: not "Indiana" for India, "roast turkey" for Turkey, "US$" or "Latin America" for the US
    assert not mentions("The Indiana plant", ["delhi"]) and not mentions("roast turkey", ["ankara"])
    assert not mentions("Revenue of US$5 million", ["washington"]) and not mentions("Latin America", ["washington"])
    from dragoman.assistant.focus import missing_focus

    assert missing_focus("What did Washington offer the Taliban?", ["the U.S. offered the Taliban talks"]) == []
    assert missing_focus("What did George Washington say?", ["the United States said"]) == ["George Washington"]


def test_a_demonym_not_formed_from_its_countrys_name_says_the_country_and_back():
    assert mentions("the Greeks and the Filipinos", ["greece", "philippines"])  # plural forms too
    assert mentions("like Qatar, like Switzerland", ["swiss", "qatar"])
    assert mentions("the Swiss model of hosting", ["switzerland"]) and mentions("Dutch diplomats", ["netherlands"])
    # as written, a capitalised word: not "swiss cheese" nor "french fries"
    assert not mentions("a swiss army knife", ["switzerland"]) and not mentions("french fries", ["france"])
    # a capital standing for its government: "since when has Bern represented Washington in Tehran?"
    assert mentions("Switzerland has represented US interests in Iran", ["bern", "washington", "tehran"])


def test_a_question_asking_how_something_comes_about_asks_for_its_explanation():
    assert asks_reason("How does the free-rider dynamic between big powers and small mediators work?")
    assert asks_reason("how can pressure from onlookers make negotiators behave worse?")
    assert not asks_reason("How many presidents used back channels?")
    assert not asks_reason("In how many years did the talks end?")
    assert asks_reason("What explanation does the article give for the talks not producing a settlement?")
    assert asks_reason("What accounts for Qatar's success?") and asks_reason("Through what mechanism does it help?")
    assert not asks_reason("What explanatory notes does the table carry?")
    assert not asks_reason("What means of transport did the envoys use?")
    assert not asks_reason("What cause does Qatar support?") and not asks_reason("What causes did Norway champion?")
    assert not asks_reason("How did revenue change in 2022?") and not asks_reason("How do the accounts define revenue?")
    assert asks_reason("What is proof of work, and how does it prevent double spending?")


def test_he_or_she_with_nothing_before_to_stand_for_names_nobody():
    from dragoman.assistant.focus import nobody_named

    assert nobody_named("where does he work?") and nobody_named("What was his role?")
    assert not nobody_named("Where did the author study, and where does he work?")
    assert not nobody_named("According to Moss, what did he find?")
    assert not nobody_named("Why did he resign? (Kissinger)")  # carried over from the turn before
    assert not nobody_named("What did they find?")  # (only a person: "they" may be the documents' subject)
    # the name may come after the pronoun or open the question; "the documents" stand for no one
    assert not nobody_named("During his presidency, how did Nixon deal with the Soviet Union?")
    assert not nobody_named("Nixon used his adviser Kissinger for what?")
    assert nobody_named("His role in the talks?") and nobody_named("According to the documents, where did he serve?")
    # a follow-up typed without a question mark still carries its focus as such
    turn = Turn("Who tried to open a secret line to Russia?", "Jared Kushner's reported attempt ... [1]")
    resolved = resolve_followup("what did critics accuse him of", [turn])
    assert resolved.startswith("what did critics accuse him of? (") and not nobody_named(resolved)
    assert resolve_followup("Explain his role.", [turn]).startswith("Explain his role? (")  # not "role.?"


def test_a_question_about_he_or_she_asked_first_is_not_answered():
    from dragoman.assistant.extractive import compose
    from dragoman.assistant.settings import AnswerSettings
    from tests.test_compose import evidence

    asked = "Where does he work?"
    text = "The working nodes are in charge of ledger recording. Each node works at the Geneva data centre."
    assert compose(asked, evidence(asked, {"a.txt": text}, {"Geneva": 0}), AnswerSettings()).abstained
    asked = "Where does the author work?"  # (the same sentence answers a question naming who)
    assert not compose(asked, evidence(asked, {"a.txt": text}, {"Geneva": 0}), AnswerSettings()).abstained


def test_a_sentence_saying_a_synonym_of_a_question_word_holds_part_of_it():
    from dragoman.assistant.coverage import analyzer, share

    stems = set(analyzer()("there are a number of intrinsic constraints small states endure"))
    terms = {t: 1.0 for t in analyzer()("limitations small states")}
    # "small", "states" said (1 each), "limitations" ~ "constraints" (half)
    assert share(terms, stems) == pytest.approx(2.5 / 3)
    assert share({t: 1.0 for t in analyzer()("benefits")}, stems) == 0.0


def test_a_follow_up_replaces_the_entity_asked_about_not_a_name_naming_the_document():
    last = "In the Rafique paper, what's Norway's particular specialty as a mediator?"
    assert resolve_followup("and Switzerland's?", [last]) == (
        "In the Rafique paper, what's Switzerland's particular specialty as a mediator?"
    )
    assert resolve_followup("And what about Qatar?", ["In the Rafique paper, what did Oman do?"]) == (
        "In the Rafique paper, what did Qatar do?"
    )
    # unless the document's name is all there is to replace; a possessive follow-up of a plain name
    assert resolve_followup("and Qatar?", ["What does the Norway paper say?"]) == "What does the Qatar paper say?"
    assert resolve_followup("and Qatar's?", ["What did Norway do?"]) == "What did Qatar do?"


def test_a_month_is_said_by_a_date_abbreviating_it():
    from dragoman.assistant.focus import missing_focus

    assert missing_focus("Who wrote the January 2022 essay?", ["Jo Roe\n6 min readJan 20, 2022"]) == []
    assert missing_focus("Who wrote the January 2022 essay?", ["Jo Roe, a Jan Smith fellow, 2022"]) == ["January"]


def test_a_phrase_in_quotes_must_be_said():
    from dragoman.assistant.focus import missing_focus

    assert missing_focus("and the 'endless game' thing?", ["The agent plays a game with many players."]) == [
        "endless game"
    ]
    assert missing_focus("and the 'endless game' thing?", ['A back channel becomes an "endless game".']) == []
    # in another form, or a synonym of it
    assert missing_focus("What is meant by 'hurting stalemates'?", ["a mutually hurting stalemate."]) == []
    assert missing_focus("Why did the 'secret' talks fail?", ["The covert talks failed."]) == []


def test_a_decade_is_no_figure_the_passages_must_say_and_is_said_by_a_year_in_it() -> None:
    from dragoman.assistant.candidates import decades
    from dragoman.assistant.focus import missing_focus

    talks = ["Israeli and Palestinian leaders relied on back channels from 1994 to 1996."]
    assert missing_focus("What came of the Israeli-Palestinian talks in the mid-90s?", talks) == []
    assert missing_focus("What came of the Israeli-Palestinian talks in the 1990s?", talks) == []
    assert missing_focus("What came of the 90 meetings?", talks) == ["90"]  # a figure
    assert decades("from 1994 to 1996, and in 2007") == {"1990s", "90s", "2000s"}
    assert missing_focus("What came of the talks in the 1990's?", talks) == []  # (no year 1990 asked)
    from dragoman.assistant.question import NUMBER, YEAR

    assert NUMBER.findall("The default timeout is 30s.") == ["30"]  # seconds, not a decade
    assert YEAR.findall("in the 1990's") == [] and YEAR.findall("in 1994") == ["1994"]


def test_an_answer_to_who_goes_back_along_what_its_sentences_refer_to_until_someone_is_named():
    from dragoman.assistant.names import full_names
    from dragoman.assistant.sentences import named_back

    text = (
        "Moss studies the channel between Rudolf Rassendyll and Michael Elphberg over many years. "
        "The channel was not without its problems, even within the court. "
        "But it helped end several crises, including one at Zenda in 1921."
    )
    start = text.index("But it")
    people = lambda t: bool(full_names(t, frozenset()))
    assert named_back(text, start, len(text), people) == 0
    # a sentence opening on something the one before does not say: no chain back
    other = text.replace("The channel was", "The weather was")
    assert named_back(other, other.index("But it"), len(other), people) == other.index("The weather")
    assert named_back(text, start, len(text), lambda t: True) == start  # named already


def test_a_label_framing_a_question_is_no_part_of_it() -> None:
    from dragoman.assistant.words import unlabelled

    assert unlabelled("Brisk question: who ran the talks?") == "who ran the talks?"
    assert unlabelled("Quick one — which examples does it give?") == "which examples does it give?"
    assert unlabelled("One more question, why did it fail?") == "why did it fail?"
    assert unlabelled("Which one - Norway or Qatar?") == "Which one - Norway or Qatar?"  # (it asks)
    assert unlabelled("One thing I wonder: why?") == "One thing I wonder: why?"
    assert unlabelled("Quick check: which three countries?") == "which three countries?"
    assert unlabelled("Fact-check - who wrote it?") == "who wrote it?"
    # the asker's own words in quotes are no phrase the documents must say (a full stop still ends the sentence)
    assert unlabelled("My draft says they face 'a handful of built-in constraints.' Which are they?") == (
        "My draft says they face a handful of built-in constraints. Which are they?"
    )
    # (not what the draft calls or cites something: "My draft cites it as 'Is It Illegal?'" names a document)
    assert unlabelled("My draft cites it as 'Is It Illegal?' - what's its headline?") == (
        "My draft cites it as 'Is It Illegal?' - what's its headline?"
    )
    assert unlabelled("What does the 'endless game' mean?") == "What does the 'endless game' mean?"
    assert (
        unlabelled("I wrote a memo. What does 'endless game' mean?") == "I wrote a memo. What does 'endless game' mean?"
    )
    # a remark in brackets after the question mark is no follow-up's carried names; one on what the answer is for goes
    assert unlabelled("Biden's emissaries - names? (official ones)") == "Biden's emissaries - names (official ones)?"
    assert unlabelled("What benefits does it list? I want my team to have them") == "What benefits does it list?"
    assert unlabelled("What are they? i need all of them") == "What are they? i need all of them"  # (for no one)
    assert unlabelled("Who led it? I think Norway did.") == "Who led it? I think Norway did."  # (a name: kept)
    # shorthand written out as the documents write it; not a capitalised abbreviation ("BC")
    assert unlabelled("Govt talks w/ Iran - why b/c of intl pressure?") == (
        "Government talks with Iran - why because of international pressure?"
    )
    assert unlabelled("What did BC say?") == "What did BC say?"
    assert unlabelled("moscow piece - author + pub date") == "moscow piece - author and publication date"
    assert unlabelled("indo-pak bus svc, acc to Jacob") == "India-Pakistan bus service, according to Jacob"
    assert unlabelled("Indo-Pak talks?") == "India-Pakistan talks?"
    assert unlabelled("C++ and R&D") == "C++ and R&D"


def test_which_people_of_two_countries_asks_for_names() -> None:
    assert analyse("Which Indian and Pakistani officials led the talks on Kashmir?")[0].expects == "name"
    assert analyse("Which Indian officials led the talks?")[0].expects == "name"
    assert analyse("Which talks and deals failed?")[0].expects is None


def test_a_topic_said_before_a_dash_leaves_a_who_question_asking_for_a_person() -> None:
    from dragoman.assistant.answer_kind import asks_who

    assert analyse("oslo - who were Norway's lead negotiators?")[0].expects == "name"
    assert asks_who("oslo - who were Norway's lead negotiators?")
    assert analyse("Kissinger-Dobrynin channel: what did it achieve?")[0].expects is None


def test_what_a_document_goes_through_is_the_list_it_opens_with() -> None:
    from dragoman.assistant.lists import asks_opening_list

    assert asks_opening_list("The piece on secret talks: what problems does it walk through?")
    assert asks_opening_list("what risks does the ethics article go through, section by section?")
    assert not asks_opening_list("How did the talks go?")
    assert asks_opening_list("ethics article on back channels -- give me its list of the pitfalls")
    assert asks_opening_list("What are the main problems that the article lists?")
    assert not asks_opening_list("Which countries does the paper list as mediators?")
    # its main things, set out or covered ("the main pitfalls ... that the piece sets out"), or those at its start
    assert asks_opening_list("What are the main pitfalls of secret talks that the piece on its harms sets out?")
    assert asks_opening_list("what are the main problems with back channels covered in the ethics explainer")
    assert asks_opening_list("Which drawbacks does the explainer on its ethical costs enumerate at the outset?")
    assert not asks_opening_list("Which drawbacks of secret talks does the explainer enumerate?")
    assert not asks_opening_list("Which key players discussed the deal?")  # (not the document's doing)


def test_where_in_a_document_is_no_term_and_an_acronym_naming_its_part_no_focus():
    """ "In the end of the article about ...": where the answer is, not what it says ("in the end" is a phrase
    of the documents); "the explainer's FAQ": a part of a document, not a focus the documents must say."""
    from dragoman.assistant.focus import missing_focus
    from dragoman.assistant.weights import without_asking

    asked = without_asking("In the end of the article about Moscow, which things can back channels do?")
    assert "end" not in asked.split() and "article" in asked
    assert "end" in without_asking("What happened at the end of the Cold War?")
    asked = without_asking("Which two ferries does it name, together with the year of each?")
    assert "year" not in asked and "each" not in asked and "ferries" in asked
    assert "year" in without_asking("What did they agree with the year-end rush in mind?")
    assert (
        missing_focus("What does the ethics explainer's FAQ say about impasse?", ["It can perpetuate impasse."]) == []
    )
    assert missing_focus("What was Norway's GDP?", ["Norway mediated."]) == ["GDP"]


def test_a_word_run_together_is_said_by_its_two_parts_written_apart():
    from dragoman.assistant.coverage import said_share

    assert said_share("backchannel", {"back", "channel", "talk"}) == 1.0  # "backchannels" - "back channels"
    assert said_share("backchannel", {"channel", "talk"}) == 0.0
    assert said_share("backup", {"bac", "kup"}) == 0.0  # (short words are not split)


def test_a_label_saying_what_the_answer_is_for_frames_the_question():
    from dragoman.assistant.weights import without_asking
    from dragoman.assistant.words import unlabelled

    assert unlabelled("For the MFA note: how does the paper sum up X?") == "how does the paper sum up X?"
    assert unlabelled("Background check - what are the pitfalls?") == "what are the pitfalls?"
    assert unlabelled("For the paper, how does it compare?") == "For the paper, how does it compare?"  # (a document)
    assert "conclusion" not in without_asking("What benefits does the piece list in its conclusion?")


def test_when_exactly_asks_for_a_date():
    assert analyse("When exactly was he ambassador to Russia?")[0].expects == "date"
    assert analyse("When is back-channel diplomacy illegal?")[0].expects is None  # (a condition, not a date)


def test_a_full_stop_of_an_abbreviation_ends_no_clause() -> None:
    # "the U.S." / "Dr." / "Wanis-St." go on; the name after them is inside the sentence
    (clause,) = analyse("Why did the U.S. Embassy in Moscow lose staff?")
    assert "moscow" in clause.names
    (clause,) = analyse("What did Dr. Jacob find about the India-Pakistan talks?")
    assert clause.names == ("jacob", "india", "pakistan")
    assert [c.text for c in analyse("It was signed in 1993. Who signed it?")] == ["Who signed it?"]


def test_numbered_items_are_the_parts_asked() -> None:
    clauses = analyse(
        "Regarding the Oslo channel: (1) which Norwegian body first offered the contact line, and (2) who were the "
        "principal Norwegian negotiators?"
    )
    assert [c.text for c in clauses] == [
        "Regarding the Oslo channel: which Norwegian body first offered the contact line",
        "who were the principal Norwegian negotiators?",
    ]
    assert clauses[1].expects == "name" and clauses[1].term == ()  # ("principal": no term said together)
    # items said as nouns or as indirect questions expect by their noun or their "when"
    clauses = analyse(
        "Kindly give (a) the years of the talks, (b) when the bus service began, and (c) the city it left."
    )
    assert [c.expects for c in clauses] == [None, "date", "name"]
    # numbers of a format asked for are no items
    assert len(analyse("What are the areas of investment? (1) ... (2) ... format preferred.")) == 1


def test_the_number_of_an_item_is_no_figure_asked_about() -> None:
    from dragoman.assistant.focus import missing_focus

    question = "On the bus: (1) when did it begin, (2) when did it stop, and (3) who ran it?"
    assert missing_focus(question, ["A bus service began in 2005 and ceased in 2019."]) == []
    assert missing_focus("Were 3 envoys sent?", ["Envoys were sent."]) == ["3"]


def test_politeness_and_the_form_asked_for_frame_the_question() -> None:
    from dragoman.assistant.words import unlabelled

    assert unlabelled("Please set out, in numbered form, the preconditions for success.") == (
        "List the preconditions for success."
    )
    assert unlabelled("Kindly confirm the year in which Qatar hosted it.") == "Give the year in which Qatar hosted it."
    assert unlabelled("With respect to the US mission: how many staff remain?") == (
        "Regarding the US mission: how many staff remain?"
    )
    assert unlabelled("Did the administration confirm the visit?") == "Did the administration confirm the visit?"
    assert unlabelled("Please could you confirm, from the ferry report, the two routes?") == (
        "Give, from the ferry report, the two routes?"
    )
    assert unlabelled("Would you kindly enumerate the risks?") == "List the risks?"
    assert unlabelled("Could you please confirm?") == "Give?"
    # (near misses: whether one can, not a request; a program's output; a page's counter; a serving's weight)
    assert unlabelled("Can you confirm pregnancy with a blood test?") == "Can you confirm pregnancy with a blood test?"
    assert unlabelled("Can you itemize deductions?") == "Can you itemize deductions?"
    assert unlabelled("Hello World, what does this program print?") == "Hello World, what does this program print?"
    assert unlabelled("For a large database, which index?") == "For a large database, which index?"
    assert unlabelled("Dear colleagues, for our bibliography, who wrote it?") == "who wrote it?"
    assert unlabelled("Good morning team - which port hosted it?") == "which port hosted it?"
    assert unlabelled("Dear me, what a mess: who led it?") == "Dear me, what a mess: who led it?"  # (no addressee)
    assert unlabelled("Did they say you could confirm it?") == "Did they say you could confirm it?"
    assert unlabelled("How do they differ? what's each one's specialty in a sentence?") == (
        "How do they differ? what's each one's specialty?"
    )
    assert unlabelled("quick one for the cold open - which presidents used it?") == "which presidents used it?"
    assert expected_answer("Give the year in which Qatar hosted it.") == "date"


@pytest.mark.parametrize(
    ("asked", "expects"),
    [
        ("Name the Ruritanian president whose election ended the ferry talks. [1]", "name"),
        ("Identify the state that carried out the 2007 attack on Arran. (1 mark)", "name"),
        ("(a) Name the two negotiators who ran it.", "name"),
        ("Name the three pitfalls. [3]", None),
        ("Identify two reasons why states mediate. (4 marks)", None),  # (not "states": a plural before it)
        ("Identify the company's debt-to-equity ratio.", None),  # (what is said of the kind, not one of it)
        ("Name the states of matter.", None),
        ("Identify the location of the appendix.", None),
    ],
)
def test_an_exam_question_naming_a_kind_of_person_or_place_asks_a_name(asked: str, expects: str | None) -> None:
    from dragoman.assistant.words import unlabelled

    assert expected_answer(unlabelled(asked)) == expects


def test_the_marks_an_exam_question_is_worth_are_no_part_of_it() -> None:
    from dragoman.assistant.words import unlabelled

    assert unlabelled("State two reasons. (2 marks)") == "Give two reasons."  # ("State" asks as "Give": words.py)
    assert unlabelled("Why did it fail? [4]") == "Why did it fail?"
    assert unlabelled("Give two reasons. (2)") == "Give two reasons."
    assert unlabelled("What did Article [2] say?") == "What did Article [2] say?"
    assert unlabelled("Explain GDPR Article 17(1)") == "Explain GDPR Article 17(1)"
    assert unlabelled("What is the value of arr[4]") == "What is the value of arr[4]"
    assert unlabelled("How many calories in an egg (50)") == "How many calories in an egg (50)"


def test_the_first_part_of_a_compound_names_its_country() -> None:
    assert mentions("Talks between Indian and Pakistani officials", ("indo",))
    assert mentions("Chinese and American envoys met", ("sino",))
    assert not mentions("Pakistani officials met", ("indo",))


def test_how_one_thing_is_turned_into_another_asks_the_way_it_comes_about() -> None:
    assert asks_reason("Explain how a state's weakness is converted into an advantage in mediation.")
    assert asks_reason("how do weaknesses get turned into strengths?")
    assert not asks_reason("How much was converted into dollars?")


def test_how_long_is_answered_by_since_when() -> None:
    (clause,) = analyse("How long has Switzerland acted for the US in Iran?")
    assert clause.expects == "number"
    assert satisfies(clause, "Switzerland has acted for the US in Iran since 1980.")
    assert not satisfies(clause, "Switzerland acted for the US in Iran.")


def test_asking_who_else_asks_more_of_the_same() -> None:
    clauses = analyse("Which presidents used back channels? I know Nixon did, but who else, list them all")
    assert [c.text for c in clauses] == ["Which presidents used back channels?"]
    assert len(analyse("Who led it, and who else did they bring?")) == 2  # (a question of its own)


def test_a_terse_part_naming_what_it_asks_for_asks() -> None:
    clauses = analyse("Estonia: year of the cyberattack it suffered, and what forum does it host")
    assert [c.text for c in clauses] == ["Estonia: year of the cyberattack it suffered", "what forum does it host"]
    assert len(analyse("The year of the attack was 2007. What forum does it host?")) == 1  # (a statement)


def test_what_the_framing_rules_leave_alone() -> None:
    from dragoman.assistant.items import numbered, unnumbered
    from dragoman.assistant.words import unlabelled

    assert unlabelled("How did Oman please both sides?") == "How did Oman please both sides?"  # (a verb)
    assert unlabelled("Who won? Please list them all.") == "Who won? List them all."
    assert unlabelled("In a nutshell, what did Norway do?") == "What did Norway do?"
    assert unlabelled("Quick question for the Oslo channel: who led it?").endswith("Oslo channel: who led it?")
    assert numbered("Who led (1) the Oslo talks and (2) the Doha talks?") == []  # (one question asked of two things)
    assert numbered("Compare (a) Norway's approach with (b) Qatar's approach.") == []
    assert numbered(
        "Answer: (a) Which port hosted it? (b) In what year did the ferry start, and (c) when did it stop?"
    ) == [
        "Answer: Which port hosted it?",
        "In what year did the ferry start",
        "when did it stop?",
    ]
    assert numbered("Sail (a) in the spring and (b) in the autumn.") == []  # (no question word after the preposition)
    # a form's question numbers ("Q1: ... Q2 ..."), not quarters ("Q1 and Q2 revenue")
    assert numbered("Ferry line: Q1 year it opened? Q2 names of the two skippers?") == [
        "Ferry line: year it opened?",
        "names of the two skippers?",
    ]
    assert numbered("What were Q1 and Q2 revenue?") == [] and unnumbered("Q1 and Q2 revenue?") == "Q1 and Q2 revenue?"
    assert numbered("Q1 revenue was up, Q2 revenue was down - why?") == []
    assert unnumbered("Revenue: Q1 or Q2 higher?") == "Revenue: Q1 or Q2 higher?"
    assert numbered("Ferry piece - Q1: who ran it? Q2: skipper's current post?")[1] == "skipper's current post?"
    # a plural offered in brackets; a slash with spaces between two asks alike, or between two things
    assert unlabelled("skipper(s) of the ferry?") == "skippers of the ferry?"
    assert unlabelled("Ferry line: year opened / year it closed?") == "Ferry line: year opened; year it closed?"
    assert unlabelled("ferry fares / who set them?") == "ferry fares; who set them?"
    assert unlabelled("the Ayr / Troon ferry?") == "the Ayr and Troon ferry?"  # (as "Ayr/Troon" is read)
    assert unlabelled("Total revenue / total assets?") == "Total revenue and total assets?"  # (not two asks)
    assert unlabelled("What is 10 / 2?") == "What is 10 / 2?"
    assert unlabelled("What does len(s) return?") == "What does len(s) return?"
    assert unlabelled("which process(es)?") == "which processes?"
    # items after a colon, nouns alone ("Need: (a) ..., (b) ..., (c) outcome"); thanks after what is asked
    assert numbered("Ferry - Need: (a) skippers, (b) who paid for it, (c) outcome") == [
        "Ferry - Need: skippers",
        "who paid for it",
        "outcome",
    ]
    assert unlabelled("ferry piece - author + date pls") == "ferry piece - author and date"
    assert unlabelled("Who won? Please.") == "Who won?" and unlabelled("ports? list pls.") == "ports? list please."
    # a request typed as a form opens it, no name ("Return as list: ...")
    assert question_names("Return as list: the ferry's ports (harbour paper)") == []
    assert question_names("Who directed Return of the Jedi?") == ["return", "jedi"]  # (a name inside a question)
    assert len(analyse("Who led the talks? And who else took part?")) == 2
    assert question_names("Let's compare Norway and Qatar.") == ["norway", "qatar"]
    assert len(analyse("The number of dead rose after 2005. Why did Norway step in?")) == 1  # (a statement)


@pytest.mark.parametrize(
    "said,written",
    [
        ("what happened to them back in two thousand seven", "what happened to them back in 2007"),
        ("since nineteen eighty", "since 1980"),
        ("the twenty twenty doha agreement", "the 2020 doha agreement"),
        ("in twenty fourteen and twenty oh five", "in 2014 and 2005"),
        ("nineteen ninety-four to nineteen ninety six", "1994 to 1996"),
        ("twenty one people", "twenty one people"),  # a count
        ("two thousand people came", "two thousand people came"),
        ("two thousand five hundred soldiers", "two thousand five hundred soldiers"),  # (no shorter part of it)
        ("the two thousand troops", "the two thousand troops"),
        ("in the year two thousand", "in the year 2000"),
        ("nineteen oh five", "1905"),
    ],
)
def test_years_said_as_words_are_written_in_figures(said, written):
    from dragoman.assistant.said_numbers import spoken_years
    from dragoman.assistant.words import unlabelled

    assert spoken_years(said) == written
    assert unlabelled(said + "?") == written + "?"


def test_a_dictated_question_without_commas_is_split_at_and_also_what():
    clauses = analyse("the ferry article what's forum shopping and also what happens when the results go public")
    assert [c.text for c in clauses] == [
        "the ferry article what's forum shopping",
        "what happens when the results go public",
    ]


def test_a_dictated_question_asks_who_after_the_document_it_names_and_its_fillers_weigh_nothing():
    from dragoman.index.keyword import Analyzer

    asked = "um the ferry paper who were the negotiators in the Ayr thing and which port did they use"
    assert analyse(asked)[0].expects == "name"
    assert analyse("What did the people who were there say?")[0].expects is None  # (a relative clause)
    assert Analyzer().query("um okay what did the ferry report say") == ["ferri", "report", "say"]


def test_a_statement_whose_question_word_only_tells_sets_the_scene():
    told = "I was tickled to learn from the ferry paper that the Scots run other towns' boats when those towns feud."
    assert scene(f"{told} Whose boats do they run, and since when?").startswith("I was tickled to learn")
    # (a word taking the question right before it: it asks)
    assert scene("I'd like to learn when the Scots began. Who ran it?") == ""


def test_a_follow_up_carries_each_name_of_a_hyphened_pair():
    resolved = resolve_followup("Why did it fail?", ["How far did the Ayr-Troon talks that Smith covers get?"])
    assert "Ayr-Troon" in resolved


def test_a_note_asking_after_a_statement_is_about_what_the_statement_names() -> None:
    (clause,) = analyse("Smith's Ayr study and Jones's Troon study. Common thread, per the Herald?")
    assert {"smith", "jones", "herald"} <= set(clause.names)
    (who,) = analyse("The report praises Ruritania. Who wrote it?")
    assert who.names == ()  # (a question word: it asks of its own)
    (effects,) = analyse("My doctor, Dr. Patel, prescribed Lipitor. Any side effects?")
    assert effects.names == ()  # (no shared thing or difference asked: the doctor need not be said)


def test_things_named_after_an_instruction_where_to_look_are_asked_one_by_one() -> None:
    asked = analyse("Using the source, name the ferry route Ayr runs to Arran and the 2018 regatta it hosted.")
    assert [c.text for c in asked] == ["the ferry route Ayr runs to Arran", "the 2018 regatta it hosted."]
    assert len(analyse("Using the source, name the port and the pier.")) == 1  # (each said in too few words)
