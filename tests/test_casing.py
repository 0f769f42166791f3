"""Names typed in lower case written as the documents write them (assistant/casing.py): a pure
function of text; and, on the seeds with the real model, a lower-case question answered as the
capitalised one."""

from dragoman.assistant.casing import restore_case, unshouted

TEXT = (
    "Back channels have a long history. The talks between Washington and the Taliban were hosted by "
    "Qatar for years, and the ISD case study describes how the channel between India and Pakistan "
    "worked in secret. The state of the talks was never public.\n\n"
    "The Free-Rider Problem: great powers let the small state take the risk of the first step.\n\n"
    "Quiet Diplomacy And Backchannel Negotiations By Small States\n"
)


def test_a_word_the_documents_write_only_as_a_name_is_written_their_way() -> None:
    question = "which small country hosted the talks between washington and the taliban, per the isd study?"
    assert restore_case(question, [TEXT]) == (
        "which small country hosted the talks between Washington and the Taliban, per the ISD study?"
    )


def test_a_word_the_documents_write_only_within_a_longer_name_is_one_only_beside_its_words() -> None:
    text = (
        "In addition, it also hosts the Geneva Dialogue on Responsible Behaviour in Cyberspace, which brings "
        "together many states and their experts. The Oslo Accords were signed by the parties in Washington."
    )
    assert restore_case("how does scrutiny drive hard-line behaviour?", [text]) == (
        "how does scrutiny drive hard-line behaviour?"
    )
    assert restore_case("what does responsible behaviour mean?", [text]) == "what does Responsible Behaviour mean?"
    assert restore_case(
        "what was the doha agreement?", ["In the end, the 2020 Doha Agreement was signed by them."]
    ) == ("what was the Doha Agreement?")
    assert restore_case("who signed in doha?", ["In the end, the 2020 Doha Agreement was signed by them."]) == (
        "who signed in Doha?"  # (the first word of a name: no common noun)
    )
    assert restore_case("what did the oslo accords do?", [text]) == "what did the Oslo Accords do?"
    # names joined by "and", a person after a title "of ...": no title of a body
    prose = "The talks were hosted by both Norway and Qatar, and Deputy Secretary of State Wendy Sherman came."
    assert restore_case("what did qatar and sherman do?", [prose]) == "what did Qatar and Sherman do?"


def test_a_compound_is_cased_part_by_part_unless_the_documents_write_it_whole_as_a_name() -> None:
    text = "It has long served as a Protecting Power in the power struggles of India and the states of Pakistan."
    assert (
        restore_case("what is the swiss protecting-power role?", [text]) == "what is the swiss protecting-power role?"
    )
    assert restore_case("what about the india-pakistan talks?", [text]) == "what about the India-Pakistan talks?"
    assert restore_case("is there anti-pakistan feeling?", [text]) == "is there anti-Pakistan feeling?"
    assert restore_case("what was the pakistan-brokered deal?", [text]) == "what was the Pakistan-brokered deal?"


def test_words_also_written_in_lower_case_or_only_in_titles_and_labels_stay_as_typed() -> None:
    # "state" and "talks" are written in lower case too; "problem" only in a label, "quiet" only in a title
    question = "what is the problem with quiet talks for a small state?"
    assert restore_case(question, [TEXT]) == question
    assert restore_case("india-pakistan talks", [TEXT]) == "India-Pakistan talks"
    # a form of a word written in lower case is no name, however its other forms are written
    prose = "The talks finally Ended there in the spring of that year. It was the end of them all."
    assert restore_case("what ended the talks?", [prose]) == "what ended the talks?"
    assert restore_case("what did the cnn say of the gdp?", [TEXT]) == "what did the CNN say of the GDP?"
    # a question typed with capitals stays as typed, whatever the documents capitalise
    table = TEXT + "\n| Using intermediaries | Reduced pressure |\n(³) Consequently, the talks went on.\n"
    assert restore_case("What are the risks of using back channels in Washington?", [table]) == (
        "What are the risks of using back channels in Washington?"
    )
    # ... but for an acronym in a question typed from its first letter in lower case
    assert restore_case("india-pakistan talks - what does the CNN piece say?", [TEXT]) == (
        "India-Pakistan talks - what does the CNN piece say?"
    )
    shell = "How does the SEC treat a shell company in Qatar?"  # (typed with care: "shell" stays a word)
    assert restore_case(shell, [TEXT + " The oil major Shell signed a deal."]) == shell
    # a table's cell or a sentence opening after a footnote mark makes no name; nor is "us" the US
    assert restore_case("consequently, what can you tell us about using them?", [table]) == (
        "consequently, what can you tell us about using them?"
    )
    assert restore_case("what did the foreign minister say?", ["He met the Foreign Minister at noon today."]) == (
        "what did the foreign minister say?"  # a title names no one
    )


def test_a_lower_case_question_gets_the_answer_of_the_capitalised_one(seeded) -> None:
    typed = "which country hosted the talks between the united states and the taliban?"
    lower, capitalised = (
        seeded.ask(typed),
        seeded.ask("Which country hosted the talks between the United States and the Taliban?"),
    )
    assert not lower.abstained
    assert [c.quote for c in lower.citations] == [c.quote for c in capitalised.citations]
    assert lower.question == typed and lower.resolved_question is None  # only its case was read otherwise
    # an acronym no document writes, typed in lower case, is still what no passage says
    assert seeded.ask("What did the CNN report say about the Kushner back channel?").abstained
    assert seeded.ask("what did the cnn report say about the kushner back channel?").abstained


def test_a_word_shouted_for_emphasis_is_written_as_the_documents_write_it() -> None:
    assert unshouted("what YEAR did the talks between WASHINGTON and the taliban START??", [TEXT]) == (
        "what year did the talks between Washington and the taliban start??"
    )
    assert unshouted("WHO hosted them? and was the STATE of the talks public", [TEXT]) == (
        "who hosted them? and was the state of the talks public"
    )
    # an acronym a text writes or spells out, or one no text says, stays one: no text answers on "NATO"
    assert unshouted("what did the ISD and the US say??", [TEXT + "The U.S. agreed."]) == (
        "what did the ISD and the US say??"
    )
    assert unshouted("what did NATO think of the talks", [TEXT]) == "what did NATO think of the talks"
    # ... and one of three or four letters the texts write as a word in lower case, unless it is a question word opening
    # its clause, a verb shouted, or beside a longer word shouted: no text saying "who" speaks of the WHO
    said = "Staff who wash hands are safer. Hearing aids are small. The bank raised rates. The endless game."
    for typed in [
        "what does the WHO recommend for hand hygiene?",
        "what does WHO say about masks?",
        "is AIDS still a risk for travellers",
        "what did the FED do to interest rates",
        "what does a GET request return",
        "the START treaty - when was it signed?",
    ]:
        assert unshouted(typed, [said]) == typed
    # (beside a longer word shouted, only a neighbour, and not an acronym a text writes)
    written = said + " The WHO says so."
    assert unshouted("what does the WHO ACTUALLY recommend?", [written]) == "what does the WHO actually recommend?"
    assert unshouted("is the drug REALLY effective for AIDS?", [said]) == "is the drug really effective for AIDS?"
    assert unshouted("why does my GET request fail?", [said]) == "why does my GET request fail?"
    assert unshouted("ok and WHO wrote it", [said]) == "ok and who wrote it"
    assert unshouted("what is the ENDLESS GAME they play?", [said]) == "what is the endless game they play?"
    # (a question typed all in capitals is left to acronyms.py; one in capitals with no word of lower case too)
    assert unshouted("WHO HOSTED THE TALKS?", [TEXT]) == "WHO HOSTED THE TALKS?"


def test_a_shouted_question_gets_the_answer_of_the_plain_one(seeded) -> None:
    shouted = seeded.ask("when did the India-Pakistan bus service START and when did it STOP??")
    plain = seeded.ask("when did the India-Pakistan bus service start and when did it stop?")
    assert not shouted.abstained and "2005" in shouted.text and "2019" in shouted.text, shouted.text
    assert [c.quote for c in shouted.citations] == [c.quote for c in plain.citations]
    assert seeded.ask("what did the CNN report SAY about the Kushner back channel??").abstained
