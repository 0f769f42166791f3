"""Questions typed as a search box is ("ferry paper - author + date?", "main problems it lists") and as a
writer of English as a second language writes them ("Who write the article ... and when it was publish?"):
pure rules on text, then, on the seeds with the real model, such questions answered as the plain ones are."""

from dragoman.assistant.answer_kind import _WHO
from dragoman.assistant.compare import IN_COMMON, SAYS_BOTH
from dragoman.assistant.focus import missing_focus
from dragoman.assistant.lists import asks_opening_list
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.question import analyse, asks_for_list
from dragoman.assistant.roles import ROLE_ASKED
from dragoman.assistant.spelling import respelled
from dragoman.assistant.weights import _ASIDE
from dragoman.assistant.words import unlabelled
from dragoman.index.prior import described, designators

FERRY = (
    "The ferry-boat talks began in 1990. Ferry-boat crossings were quiet. A ferryboat was seen once. "
    "The ferry-boat owners met the Soviet Union's envoys."
)


def test_what_is_asked_of_a_document_as_nouns_after_a_dash_is_its_metadata() -> None:
    assert metadata_asked(unlabelled("'a new ferry to Ayr?' - author + date?")) == {"author", "date"}
    assert metadata_asked(unlabelled("ferry paper - authors' uni?")) == {"affiliation"}
    assert metadata_asked(unlabelled("the harbour explainer (ayr/troon) - actual title + site?")) == {"title", "venue"}
    assert metadata_asked("Ferry talks - date?") == set()  # (no document named: the talks' date)
    assert metadata_asked("Nixon's trip to Mao's China - year?") == set()
    assert metadata_asked("Oslo accords per the paper - year?") == set()
    assert metadata_asked("the ferry paper: main findings?") == set()


def test_a_non_native_writers_verbs_ask_for_the_author_and_the_date() -> None:
    assert metadata_asked("Who write the article 'A new ferry to Ayr?' and when it was publish?") == {"author", "date"}


def test_a_document_is_named_by_up_to_four_words_or_after_per() -> None:
    assert designators("quiet harbour small ports paper - authors' university?") == ["quiet harbour small ports"]
    assert designators("ayr crossing per small ports paper - who ran it") == ["small ports"]
    assert designators("ferry legal or not explainer - examples in its table?") == ["ferry legal or not"]
    assert designators("what does the paper say") == []
    # a question put inside it as asked: "the article about is X illegal or not"
    assert described("In article about is ferry smuggling illegal or not, which rows?")[0] == [
        "ferry smuggling illegal"
    ]


def test_a_plural_noun_alone_after_a_dash_or_which_are_they_asks_for_a_list() -> None:
    assert asks_for_list("ferry downsides piece - main problems it lists")
    assert asks_for_list("ferry legal explainer - examples in its table?")
    assert asks_for_list("The paper lists several constraints. Which are these things?")
    assert not asks_for_list("ferry paper - status?")
    assert not asks_for_list("ferry paper - why did it fail?")
    # the list a document opens with, asked with no question word at all
    assert asks_opening_list("ferry downsides piece (delays, 'endless crossing') - main problems it lists")
    assert not asks_opening_list("Why would a captain go through a back door at all, according to the ferry piece?")


def test_a_part_typed_as_a_fragment_asks() -> None:
    clauses = analyse("ayr crossing per ferry paper - norwegian negotiators and which institute opened it?")
    assert [c.text for c in clauses] == [
        "ayr crossing per ferry paper - norwegian negotiators",
        "which institute opened it?",
    ]
    assert len(analyse("embassy headcount now vs early 2017 and why cut (ferry piece)")) == 2
    assert [c.text for c in analyse("Who mediated between Israel and the PLO and when?")] == [
        "Who mediated between Israel and the PLO",  # (not split between the two it names)
        "when?",
    ]


def test_shorthand_slashes_and_contractions_are_written_out() -> None:
    assert unlabelled("bus service start/end?") == "bus service start and end?"
    assert unlabelled("ferry piece (ayr/troon/largs) - title") == "ferry piece (ayr and troon and largs) - title"
    assert unlabelled("and/or what?") == "and/or what?"
    assert unlabelled("see https://ab.cd/news/report") == "see https://ab.cd/news/report"
    assert unlabelled("And/or he/she?") == "And/or he/she?"
    assert unlabelled("What'd happen then?") == "What'd happen then?"  # (would)
    assert unlabelled("why'd it fall apart?") == "why did it fall apart?"
    assert unlabelled("the authors' uni?") == "the authors' university?"


def test_a_word_the_documents_write_as_two_is_written_their_way() -> None:
    assert respelled("ferryboat talks - what happened", [FERRY], lambda w: set()) == "ferry-boat talks - what happened"
    assert respelled("Ferryboat talks?", [FERRY], lambda w: set()) == "Ferry-boat talks?"
    # (written as one as often as as two, or a name: as typed)
    assert respelled("a ferryboat?", ["A ferryboat. A ferry-boat."] * 2, lambda w: set()) == "a ferryboat?"
    # (a noun the texts write as a verb and its particle, never hyphenated: as typed)
    assert respelled("the breakdown of talks?", ["talks break down. They break down."], lambda w: set()) == (
        "the breakdown of talks?"
    )
    assert respelled("what did McNamara say", [FERRY], lambda w: set()) == "what did McNamara say"


def test_a_country_by_its_initials_is_said_by_its_name() -> None:
    assert missing_focus("ferry talks with the USSR?", [FERRY]) == []
    assert missing_focus("ferry talks with the UAE?", [FERRY]) == ["UAE"]


def test_a_country_by_its_three_letter_code_is_written_as_its_name_unless_a_text_writes_the_code() -> None:
    from dragoman.assistant.shorthand import uncoded

    named = ["Norway met Switzerland. India and Pakistan talked."]
    assert uncoded("NOR/CHE cases - key differences? IND-PAK talks?", named) == (
        "Norway/Switzerland cases - key differences? India-Pakistan talks?"
    )
    # (not a code a text writes, nor one of a country no text names, nor in a question in capitals)
    assert uncoded("What does the EST column hold?", ["Times are in EST and UTC."]) == "What does the EST column hold?"
    assert uncoded("How do CAN bus frames work?", named) == "How do CAN bus frames work?"
    assert uncoded("WHO CAN SIGN FOR NOR?", named) == "WHO CAN SIGN FOR NOR?"
    assert uncoded("Who won NORTHERN races?", named) == "Who won NORTHERN races?"


def test_an_acronym_for_a_term_the_texts_write_in_words_is_written_in_them() -> None:
    from dragoman.assistant.spelt import spelt_terms

    texts = ["Back-channel diplomacy has costs; back-channel diplomacy is old. The Central Intelligence Agency met."]
    assert spelt_terms("BC diplomacy risks?", texts) == "Back-channel diplomacy risks?"
    # (not a name the texts spell out in capitals, nor one they write as it is, nor words said once)
    assert spelt_terms("What did the CIA say?", texts) == "What did the CIA say?"
    assert spelt_terms("What did the BC say?", [*texts, "The BC met."]) == "What did the BC say?"
    assert spelt_terms("What did the US say?", ["Until some time passed, until some more did."]) == (
        "What did the US say?"
    )
    assert spelt_terms("Any FBI files?", ["A framework based on the ideas."]) == "Any FBI files?"


def test_terse_metadata_with_a_plus_and_a_hyphenated_name_of_the_document() -> None:
    assert metadata_asked("Small-state ferry paper (NOR/CHE) - authors + institutional affiliation?") == {
        "author",
        "affiliation",
    }
    assert metadata_asked("Ferry piece w/ the Ayr case studies - outlet and parent institution?") == {
        "venue",
        "affiliation",
    }
    assert metadata_asked("Who wrote the ferry article, and when was it put out?") == {"author", "date"}
    assert metadata_asked("Where was that ferry article printed?") == {"venue"}
    assert metadata_asked("When were the ferry talks put out of reach?") == set()
    assert metadata_asked("The ferry article: when was it put out to tender?") == set()
    assert metadata_asked("There was a fire at the pier. When was it put out?") == set()
    assert metadata_asked("When did the ferry piece go out?") == {"date"}
    assert metadata_asked("Which newsletter ran the ferry piece?") == {"venue"}
    assert metadata_asked("The contract was signed in 1990. Whose name is on it?") == set()
    # the name a site signs its sections with, and the date asked as a noun
    assert metadata_asked("What is the ferry explainer's title, and whose name/brand is on it?") == {"title", "author"}
    assert metadata_asked("Which name is written above each of its sections?") == {"author"}
    assert metadata_asked("Which name is on the treaty?") == set()
    assert metadata_asked("Confirm who wrote 'A new ferry to Ayr?' and the date it was published.") == {
        "author",
        "date",
    }
    assert metadata_asked("What was the date the hostages were released?") == set()
    # (a headline said of something else asks no title)
    assert metadata_asked("Ferry downsides explainer - list the headline risk categories.") == set()
    assert metadata_asked("What's its actual headline?") == {"title"}


def test_short_questions_after_a_dash_each_ask() -> None:
    clauses = analyse("The harbour trust of Ayr in the ferry paper - whose boats, in which ports, since when?")
    assert [c.text for c in clauses] == [
        "The harbour trust of Ayr in the ferry paper - whose boats?",
        "in which ports?",
        "since when?",
    ]
    assert [c.expects for c in clauses][2] == "date" and all(c.names == ("ayr",) for c in clauses)
    # (not a relative clause between commas)
    assert len(analyse("What did the ferry accord, which was signed in Ayr, achieve?")) == 1


def test_names_asked_of_a_role_and_who_after_a_lead_in_ask_for_people() -> None:
    assert ROLE_ASKED.search("ayr crossing 2004-07 - names of the scottish and irish envoys?")
    assert _WHO.match("In the Ayr case in the ferry paper, who were the negotiators")
    assert not _WHO.match("Kissinger, who was adviser, said what")
    assert not _WHO.match("About Kissinger, who ran the back channel, what does the paper conclude?")


def test_what_things_share_and_a_sentence_saying_both() -> None:
    assert IN_COMMON.search("ferry piece - Moss vs Jacob case studies, common lesson?")
    assert SAYS_BOTH.search("Both Moss's and Jacob's case studies show how ...")


def test_what_they_all_share_is_said_of_them_all() -> None:
    from dragoman.assistant.leading import _ALL_SAID, _OF_ALL

    assert IN_COMMON.search("ayr, troon, largs - what do they all share per the ferry paper?")
    assert IN_COMMON.search("What all the small ports have in common, the conclusion say?")
    assert _OF_ALL.search("What do all the small ports have in common?")
    assert _ALL_SAID.search("The one common thing that they all have is the fact that they lack the power to enforce.")
    assert not _ALL_SAID.search("All ferries run in common waters.")
    assert not _ALL_SAID.search("They do not all share a common language.")
    assert not IN_COMMON.search("What does the report share about Ayr and Troon?")
    assert not _OF_ALL.search("What do Ayr and Troon have in common, if anything at all?")


def test_names_in_brackets_after_a_document_say_what_it_is_about() -> None:
    assert _ASIDE.findall("Paper of small ports (Ayr, Troon, Largs) say what?") == ["Ayr, Troon, Largs"]
    assert _ASIDE.findall("How did Ayr use it? (small ports paper)") == []
    assert _ASIDE.findall("Summarise the article (in three bullet points)") == []


def test_terse_and_non_native_questions_on_the_seeds(seeded) -> None:
    # a compound the documents write as two words, a list asked for as a fragment
    listed = seeded.ask("backchannel drawbacks explainer - main problems it lists")
    assert not listed.abstained and "Endless game" in listed.text and "aggressive tactics" in listed.text
    # the document's metadata asked as nouns after a dash
    meta = seeded.ask("'a new back channel to moscow?' article - author + date?")
    assert "Somerville" in meta.text and "2022" in meta.text
    # a country by its initials
    ussr = seeded.ask("nixon back channels with the USSR per the legality article - who ran them?")
    assert not ussr.abstained and "Kissinger" in ussr.text
    # a table's row asked of a document described by a question put inside it
    row = seeded.ask(
        "In article about is back channel diplomacy illegal or not, the table lists advantages. Which are they?"
    )
    assert "Flexibility" in row.text and "Legality" not in row.text
    # an acronym for a term, and a list under a quoted heading
    risks = seeded.ask("BC-downsides explainer (the 'What You'll Learn' one) - list the headline risk categories.")
    assert not risks.abstained and "Endless game" in risks.text
    # countries by their codes
    coded = seeded.ask("CHE as Protecting Power in the small-states paper - whose interests where, and since when?")
    assert not coded.abstained and "1980" in coded.text and "Egypt" in coded.text
    authors = seeded.ask("Small-state mediation paper (NOR/CHE/QAT cases) - authors + institutional affiliation?")
    assert "Rafique" in authors.text and "GC University" in authors.text


def test_what_a_part_asks_named_by_bare_nouns_after_a_label_is_asked() -> None:
    clauses = analyse(
        unlabelled("Ayr crossing per the ferry paper: Scottish negotiators + which trust opened the route?")
    )
    assert [c.text for c in clauses] == [
        "Ayr crossing per the ferry paper: which Scottish negotiators?",
        "which trust opened the route?",
    ]
    assert clauses[0].expects == "name"
    dated = analyse("Ferry paper, Ayr - year of the big storm; and which harbour does it serve?")
    assert dated[0].text.endswith("which year of the big storm?") and dated[0].expects == "date"
    assert analyse("Ferry paper, Ayr: Scotland's two envoys; and what did they sign?")[0].expects == "name"
    # (a statement before a question, not nouns after a label: no part)
    assert len(analyse("The ferry paper says the trust ran it: who paid for it?")) == 1
    assert len(analyse("In the ferry paper, which skippers sailed?")) == 1


def test_a_document_named_in_brackets_designates_it() -> None:
    assert designators("Ayr's ferry role (harbour-trust paper): whose boats, since when?") == ["harbour-trust"]
    assert designators("the note (see the paper) says") == []
    assert designators("So what did his Harbour Review piece say of it?") == ["Harbour Review"]


def test_a_name_run_together_from_a_documents_words_and_a_wrap_up_are_understood() -> None:
    from dragoman.assistant.compare import compared
    from dragoman.assistant.focus import missing_focus
    from dragoman.index.prior import at_the_end

    text = "The Harbour Review, a ferry blog, reports on Ayr."
    assert missing_focus("Smith's HarbRev piece - who runs Ayr's ferry?", [text]) == []
    assert missing_focus("Smith's HarbPost piece - who runs Ayr's ferry?", [text]) == ["HarbPost"]
    assert at_the_end("ferry payoffs per its wrap-up? list pls.")
    assert not at_the_end("Who came to the wrap-up party?")
    assert compared("How many ferries sail from Ayr vs before, and who did Ayr hire?") is None
