"""The extractive answerer as a pure function: evidence built by hand, no store, no model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from dragoman.assistant.answer import ABSTAIN_TEXT, Evidence
from dragoman.assistant.chosen import BESIDE
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.extractive import compose
from dragoman.assistant.question import content_words
from dragoman.assistant.settings import AnswerSettings
from dragoman.index.documents import Document, DocumentInfo, LineMap
from dragoman.index.retrieval import Passage
from dragoman.index.span import Span
from dragoman.index.text import split_sentences

DIM = 8


def unit(i: int) -> np.ndarray:
    v = np.zeros(DIM, np.float32)
    v[i] = 1.0
    return v


def document(source: str, text: str) -> Document:
    lines = LineMap([(0, len(text), 1, text.count("\n") + 1)])
    info = DocumentInfo(source, source.title(), "/corpus", "hash", "sig", (), 0.0, len(text))
    return Document(info, text, lines)


def evidence(
    question: str,
    docs: dict[str, str],
    answers: dict[str, int],
    weights: dict[str, float] | None = None,
    passages: list[tuple[str, int, int]] | None = None,
) -> Evidence:
    """Passages (source, start, end) of the documents (default: each whole document); a sentence
    whose text contains a key of `answers` gets vector unit(value), every other one unit(DIM - 1).
    The question's vector is unit(0)."""
    documents = {s: document(s, t) for s, t in docs.items()}
    passages = passages or [(s, 0, len(t)) for s, t in docs.items()]
    built, vectors = [], {}
    for n, (source, start, end) in enumerate(passages):
        text = docs[source][start:end]
        sentences = tuple(split_sentences(text))
        chunk_id = f"c{n}"
        built.append(
            Passage(chunk_id, Span(source, start, end), source.title(), text, "", 1.0 / (n + 1), sentences=sentences)
        )
        vectors[chunk_id] = {
            (s.start, s.end): next(
                (unit(i) for key, i in answers.items() if key in text[s.start : s.end]), unit(DIM - 1)
            )
            for s in sentences
        }
    stems = analyzer().stem(content_words(analyzer().words(question)))
    terms = {s: 1.0 for s in stems} if weights is None else weights
    return Evidence(tuple(built), documents, unit(0), vectors, terms)


SETTINGS = AnswerSettings()
OSLO = (
    "Back channels are old.\nNorway facilitated the secret Oslo talks between Israel and the PLO in 1993. "
    "The talks took place far from the press.\n\nMany states offer good offices."
)


def test_the_answering_sentence_is_cited_exactly():
    question = "Which country facilitated the Oslo talks?"
    answer = compose(question, evidence(question, {"oslo.txt": OSLO}, {"Norway": 0}), SETTINGS)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Norway facilitated")
    for c in answer.citations:
        assert OSLO[c.start : c.end] == c.quote and c.source == "oslo.txt"
        assert f"[{c.number}]" in answer.text
    assert answer.citations[0].line_start == 1


def test_weak_evidence_abstains_and_keeps_the_closest_passages():
    question = "What is the capital of Peru?"
    ev = evidence(question, {"oslo.txt": OSLO}, {})
    answer = compose(question, ev, SETTINGS)
    assert answer.abstained and answer.text == ABSTAIN_TEXT and not answer.citations
    assert answer.passages == list(ev.passages)


def test_a_name_in_the_question_must_be_near_the_answer():
    question = "Which country facilitated the Qatar talks?"
    answer = compose(question, evidence(question, {"oslo.txt": OSLO}, {"Norway": 0}), SETTINGS)
    assert answer.abstained  # the passage never mentions Qatar


def test_a_how_many_question_needs_a_number():
    text = (
        "The mediators released many detainees after the talks. "
        "Officials later confirmed that 42 detainees were released in total."
    )
    question = "How many detainees were released?"
    answer = compose(question, evidence(question, {"d.txt": text}, {"mediators": 0, "Officials": 1}), SETTINGS)
    assert not answer.abstained
    assert all("42" in c.quote for c in answer.citations)


def test_the_threshold_is_the_settings():
    question = "Which country facilitated the Oslo talks?"
    ev = evidence(question, {"oslo.txt": OSLO}, {"Norway": 0})
    assert compose(question, ev, AnswerSettings(abstain_min_evidence=5.0)).abstained
    assert not compose(question, ev, AnswerSettings(abstain_min_evidence=0.5)).abstained


def test_a_passage_inside_a_document_cites_document_offsets():
    doc = "Preface line.\n" + OSLO
    start = doc.index("Norway")
    question = "Which country facilitated the Oslo talks?"
    ev = evidence(question, {"oslo.txt": doc}, {"Norway": 0}, passages=[("oslo.txt", start, len(doc))])
    answer = compose(question, ev, SETTINGS)
    assert (
        answer.citations[0].start == start
        and doc[answer.citations[0].start : answer.citations[0].end] == answer.citations[0].quote
    )


@pytest.mark.parametrize("max_sentences", [1, 2])
def test_at_most_the_configured_number_of_sentences(max_sentences):
    text = (
        "Kissinger carried secret messages to Dobrynin for years. "
        "Later Baker carried secret messages through Oman to Tehran. "
        "In Oslo, Larsen carried secret messages between Peres and Arafat."
    )
    question = "Who carried secret messages?"
    ev = evidence(question, {"e.txt": text}, {"Kissinger": 0, "Baker": 0, "Larsen": 0})
    answer = compose(question, ev, AnswerSettings(answer_max_sentences=max_sentences))
    assert len(answer.citations) == max_sentences


def test_a_sentence_ending_in_a_colon_brings_every_item_each_cited_to_its_own_span() -> None:
    text = (
        "Small states are agile mediators. There are several intrinsic constraints that small mediators endure:\n"
        "- **The Gap:** There can be no enforcement of an agreement.\n"
        "- **Vulnerability:** Their work depends on great-power dynamics.\n"
        "\n"
        "- The Free-Rider Problem: great powers leave the risky work to them.\n"
        "\n"
        "Conclusion\n\nSmall states matter a great deal in the world."
    )
    question = "Which intrinsic constraints do small mediators endure?"
    ev = evidence(question, {"paper.txt": text}, {"intrinsic constraints": 0})
    answer = compose(question, ev, AnswerSettings(abstain_min_evidence=0.5))
    quotes = [c.quote for c in answer.citations]
    assert quotes[0].endswith("endure:")
    assert [q.split()[1] for q in quotes[1:]] == ["**The", "**Vulnerability:**", "The"]
    assert "enforcement" in quotes[1] and "Free-Rider" in quotes[3] and "Conclusion" not in answer.text
    for c in answer.citations:
        assert text[c.start : c.end] == c.quote


def test_a_list_question_takes_the_bullets_after_its_best_sentence() -> None:
    text = (
        "The report names the advantages of the method.\n1. It is cheap to run.\n2) It is quick to learn.\nOther notes."
    )
    question = "What advantages does the report name?"
    ev = evidence(question, {"r.txt": text}, {"names the advantages": 0})
    answer = compose(question, ev, AnswerSettings(abstain_min_evidence=0.5))
    assert [c.quote for c in answer.citations][1:] == ["1. It is cheap to run.", "2) It is quick to learn."]


def test_an_enumeration_in_prose_is_quoted_from_first_to_lastly() -> None:
    text = (
        "Ruritanian mediation needs several conditions to succeed. First, the war must be at a stalemate. "
        "Both sides must be tired of it. Second, the mediator must be invited. Lastly, a great power must "
        "back the talks. Strelsau hosted them twice.\n\nOther matters."
    )
    question = "What conditions does Ruritanian mediation need?"
    ev = evidence(question, {"r.txt": text}, {"several conditions": 0})
    answer = compose(question, ev, AnswerSettings(abstain_min_evidence=0.5))
    assert [c.quote for c in answer.citations] == [
        "Ruritanian mediation needs several conditions to succeed.",
        "First, the war must be at a stalemate.",
        "Both sides must be tired of it.",
        "Second, the mediator must be invited.",
        "Lastly, a great power must back the talks.",
    ]
    # without a closing "Lastly": only the sentences that say their place
    text = text.replace("Lastly, a", "A")
    ev = evidence(question, {"r.txt": text}, {"several conditions": 0})
    quotes = [c.quote for c in compose(question, ev, AnswerSettings(abstain_min_evidence=0.5)).citations]
    assert quotes[1:] == ["First, the war must be at a stalemate.", "Second, the mediator must be invited."]


def test_an_item_leading_into_a_list_of_its_own_is_the_last_item() -> None:
    """ "- Manipulation: ... Nonetheless, there are constraints small states endure:" - the bullets after it
    are its list's (the canonical text keeps no indentation to tell)."""
    from dragoman.assistant.lists import list_items

    text = (
        "There are two approaches:\n- **Facilitation:** Norway hosts.\n"
        "- **Manipulation:** Qatar pays the parties to agree. Yet small states endure constraints:\n"
        "- **The Enforcement Gap:** No police.\n- **Reputational Risk:** Blame.\n\nMore prose."
    )
    items = [text[a:b] for a, b in list_items(text, text.index(":") + 1)]
    assert items == ["- **Facilitation:** Norway hosts.", "- **Manipulation:** Qatar pays the parties to agree."]
    inner = [text[a:b] for a, b in list_items(text, text.index("constraints:") + len("constraints:"))]
    assert inner == ["- **The Enforcement Gap:** No police.", "- **Reputational Risk:** Blame."]
    labels = "The steps are:\n1. Preparation:\n2. Talks:\n3. Signing:\n"  # (items that are labels only)
    assert len(list_items(labels, labels.index(":") + 1)) == 3


def test_first_without_its_comma_or_after_a_sentence_announcing_nothing_is_no_enumeration() -> None:
    from dragoman.assistant.lists import list_items, opens_enumeration

    text = "The talks began in Strelsau. First Minister Rudolf opened them. Then the envoys spoke."
    assert not opens_enumeration(text, 0, text.index(" First"))
    assert list_items(text, text.index(" First")) == []
    text = "The talks began in Strelsau. First, the envoys met. Then, they spoke."
    assert not opens_enumeration(text, 0, text.index(" First")), "the sentence before announces nothing"


def test_a_question_asking_two_things_gets_a_sentence_for_each_part() -> None:
    docs = {
        "a.txt": "Finland has a long tradition of mediation. Its work is institutionalized by the Helsinki Initiative, an NGO.",
        "b.txt": "Many states support peace. The Swiss ministry has a Peace Section which supports peace processes.",
    }
    question = (
        "Which Helsinki body institutionalizes Finland's mediation, and which Swiss unit supports peace processes?"
    )
    ev = evidence(question, docs, {"Helsinki Initiative": 0, "Peace Section": 0})
    answer = compose(question, ev, AnswerSettings(abstain_min_evidence=0.5, answer_max_sentences=1))
    assert "Helsinki Initiative" in answer.text and "Peace Section" in answer.text
    assert len(answer.citations) == 2


FRONT = (
    "Volume 3 Issue 2 Year 2024\n\nOn Quiet Talks\n\nJane Doe\n\nLecturer, Peace Studies, Some University\n\n"
    "Abstract\n\nThis paper looks at quiet talks between states and argues that they work best when both sides "
    "trust the mediator and the public does not yet know that the talks are happening at all."
)


def test_a_question_about_the_document_itself_is_answered_from_its_front_matter() -> None:
    question = "Who wrote the paper on quiet talks, and in which volume and year was it published?"
    ev = evidence(question, {"p.txt": FRONT}, {})
    answer = compose(question, ev, AnswerSettings())
    assert not answer.abstained
    assert [c.quote for c in answer.citations][:2] == [
        "Volume 3 Issue 2 Year 2024",
        "Jane Doe\n\nLecturer, Peace Studies, Some University",
    ]
    for c in answer.citations:
        assert FRONT[c.start : c.end] == c.quote


def test_a_document_without_front_matter_does_not_answer_who_wrote_it() -> None:
    text = FRONT[FRONT.index("This paper") :]
    question = "Who wrote the paper on quiet talks?"
    answer = compose(question, evidence(question, {"p.txt": text}, {}), AnswerSettings())
    assert answer.abstained and answer.text == ABSTAIN_TEXT


@pytest.mark.parametrize(
    "question,abstains",
    [
        ("What was the GDP of Norway when it facilitated the talks?", True),  # an acronym no passage says
        ("Which country facilitated talks with 14 delegations?", True),  # a number no passage says
        ("Which country facilitated the talks at the Peace Palace?", True),  # a named place none says
        ("Which country facilitated the talks?", False),
    ],
)
def test_a_question_whose_focus_no_passage_says_abstains(question: str, abstains: bool) -> None:
    answer = compose(question, evidence(question, {"oslo.txt": OSLO}, {"Norway": 0}), SETTINGS)
    assert answer.abstained is abstains
    assert answer.passages  # the closest passages are listed


def test_source_cards_merge_one_passages_citations_and_render_its_markdown() -> None:
    from dragoman.assistant.render import sources_html

    text = (
        "Small states are agile. There are several intrinsic constraints that small mediators endure:\n"
        "- **The Enforcement Gap:** There is no guarantee.\n- **Reputational Risk:** A failure hurts.\n"
    )
    question = "Which intrinsic constraints do small mediators endure?"
    ev = evidence(question, {"s.txt": text}, {"intrinsic constraints": 0})
    answer = compose(question, ev, AnswerSettings(abstain_min_evidence=0.5))
    assert len(answer.citations) >= 3  # the lead-in and each item
    cards = sources_html(answer, lambda source: text, False)
    assert cards.count("class='dm-source'") == 1  # one passage, one card, every quote marked in it
    card = cards.split("<details")[0]  # the passage shown (the whole document follows on demand)
    assert card.count("<mark>") == len(answer.citations)
    assert "<strong>The Enforcement Gap:</strong>" in card and "**" not in card
    assert "S.Txt" in cards  # the document's title


# -- tables, comparisons, headings, the answering sentence first ------------------------------
REPORT = (
    "Summary of the review.\n\n"
    "Characteristics Values\n"
    "Definition Talks held in secret between two sides\n"
    "Advantages Speed, candour, room to test ideas without an audience\n"
    "Disadvantages Delay, resentment when the talks come out\n\n"
    "| Risk | Remedy |\n|---|---|\n| Lack of oversight | Report to a committee |\n"
    "| Lack of trust | Meet more often |\n| Leaks | Keep the circle small |\n\n"
    "The review was written after long talks between the two ministries, who met often.\n"
)


def test_a_question_about_a_table_is_answered_by_its_rows_each_cited():
    q = "What advantages does the summary table list?"
    answer = compose(q, evidence(q, {"r": REPORT}, {}), AnswerSettings())
    assert not answer.abstained
    assert [c.quote for c in answer.citations][:1] == [
        "Advantages Speed, candour, room to test ideas without an audience"
    ]
    q = "what upsides does the summary list in its little table"  # a synonym names the row too
    answer = compose(q, evidence(q, {"r": REPORT}, {}), AnswerSettings())
    assert [c.quote for c in answer.citations][:1] == [
        "Advantages Speed, candour, room to test ideas without an audience"
    ]
    q = "Which risks in the table are phrased as 'Lack of' something?"
    answer = compose(q, evidence(q, {"r": REPORT}, {}), AnswerSettings())
    quotes = [c.quote for c in answer.citations]
    assert quotes[:2] == ["| Lack of oversight | Report to a committee |", "| Lack of trust | Meet more often |"]
    for c in answer.citations:
        assert REPORT[c.start : c.end] == c.quote


def test_rows_are_not_quoted_for_questions_that_do_not_ask_about_a_table():
    q = "What advantages do secret talks have?"
    answer = compose(q, evidence(q, {"r": REPORT}, {}), AnswerSettings())
    assert not any(c.quote.startswith(("Advantages", "|")) for c in answer.citations)


def test_an_unpunctuated_line_standing_alone_is_a_heading_not_an_answer():
    text = (
        "Secret talks can bring early results but may not last very long at all\n\n"
        "Secret talks may not last because the parties grow used to secrecy and delay the hard choices.\n"
    )
    q = "Why may secret talks with early results not last?"
    answer = compose(q, evidence(q, {"t": text}, {"because": 0}), AnswerSettings())
    assert answer.citations and all("because" in c.quote for c in answer.citations)


def test_a_comparison_gets_a_sentence_on_each_thing_compared():
    text = (
        "Norway mediates as a quiet facilitator of the process, never proposing terms itself. "
        "The weather in the region was mild that year and nobody travelled much. "
        "Qatar mediates with money and leverage, offering funds to the parties it hosts.\n"
    )
    q = "How does the paper contrast Norway's way of mediating with Qatar's?"
    answer = compose(q, evidence(q, {"p": text}, {"Qatar mediates": 0, "Norway mediates": 1}), AnswerSettings())
    quotes = " ".join(c.quote for c in answer.citations)
    assert "facilitator" in quotes and "leverage" in quotes
    assert answer.citations[0].quote.startswith("Qatar mediates")  # the best sentence leads
    assert "weather" not in quotes


def test_a_figure_is_answered_by_its_table_row_after_the_columns_years():
    text = (
        "Halvorsen Group annual report 2023\n"
        "Operating income rose in 2023, mainly because of savings.\n"
        "Consolidated income statement\n(in millions of USD) 2023 2022\n"
        "Revenues 3,095.4 2,839.1\nIncome tax expense (194.5) (178.2)\nNet income 624.1 418.1\n"
        "Founded in 1933, the group has its headquarters in Bergen.\n"
    )
    q = "What was the net income of Halvorsen Group in 2023?"
    answer = compose(q, evidence(q, {"h": text}, {}), AnswerSettings())
    assert [c.quote for c in answer.citations] == ["(in millions of USD) 2023 2022", "Net income 624.1 418.1"]
    q = "What was the net income of Halvorsen Group in 2019?"  # a year the table does not hold
    assert compose(q, evidence(q, {"h": text}, {}), AnswerSettings()).abstained


def test_a_why_question_gets_the_next_sentence_when_the_best_one_gives_no_reason():
    text = (
        "The first pillar is the idea that small size may be a real resource for a mediating state. "
        "When a state is no threat to either side, both parties trust it with their secrets.\n\n"
        "Other pillars concern money and media.\n"
    )
    q = "Why can small size be a resource for a mediating state?"
    answer = compose(q, evidence(q, {"p": text}, {"first pillar": 0}), AnswerSettings())
    assert answer.citations[0].quote.endswith("both parties trust it with their secrets.")
    q = "What is the first pillar about small size and a mediating state?"
    answer = compose(q, evidence(q, {"p": text}, {"first pillar": 0}), AnswerSettings())
    assert answer.citations[0].quote.endswith("a real resource for a mediating state.")


def test_a_why_answer_takes_a_sentence_adding_to_its_argument_but_not_one_turning_against_it():
    text = (
        "The first pillar is that small size may be a real resource for a mediating state. "
        "When a state is no threat to either side, it is an advantage in mediation. "
        "Maoz also argues that the lack of a hidden agenda reduces the risk the parties perceive. "
        "The author lists other pillars later on in the paper.\n"
    )
    q = "Why can small size be a resource for a mediating state?"
    quote = compose(q, evidence(q, {"p": text}, {"first pillar": 0}), AnswerSettings()).citations[0].quote
    assert quote.endswith("reduces the risk the parties perceive.")
    turned = text.replace("Maoz also argues", "However, Maoz also argues")
    quote = compose(q, evidence(q, {"p": turned}, {"first pillar": 0}), AnswerSettings()).citations[0].quote
    assert quote.endswith("it is an advantage in mediation.")


def test_a_part_answered_in_other_words_takes_the_sentence_nearest_the_best_in_evidence():
    text = (
        "Several officials travelled that winter. "
        "Director Vance met the president of Ruritania in the capital, with several senators. "
        "News emerged that he had met the president in Strelsau last week. "
        "The weather was cold.\n"
    )
    q = "Who met the president of Ruritania? Name the official, the city where he met him, and the group."
    weights = {"met": 1.0, "presid": 1.0, "ruritania": 1.0, "citi": 3.0, "group": 0.2}
    ev = evidence(q, {"p": text}, {"Director Vance met": 0, "News emerged": 0}, weights)
    # "the city where he met him" is not answered by the best sentence's words: the next one joins,
    # though below the threshold (1.32 against 1.40; the best sentence has 1.48)
    quotes = [c.quote for c in compose(q, ev, AnswerSettings(abstain_min_evidence=1.4)).citations]
    assert quotes[0].startswith("Director Vance met") and any("Strelsau" in x for x in quotes)
    assert not any("weather" in x for x in quotes)
    q = "What happened when the director met the president of Ruritania?"  # one part: no sentence for a part ...
    quotes = [c.quote for c in compose(q, ev, AnswerSettings(abstain_min_evidence=1.47)).citations]
    assert quotes == ["Director Vance met the president of Ruritania in the capital, with several senators."]
    # ... but one nearly as strong as the best (FILL_SHARE of it, FILL_FLOOR of the threshold) follows it
    quotes = [c.quote for c in compose(q, ev, AnswerSettings(abstain_min_evidence=1.4)).citations]
    assert len(quotes) == 2 and "Strelsau" in quotes[1]


def test_each_thing_compared_gets_its_own_sentence_even_when_one_naming_both_scores_higher():
    text = (
        "Both Norway and Qatar are discussed in this paper at length, with their ways of mediating. "
        "In contrast to Norway, Qatar mediates with money and leverage, offering funds to the parties it hosts. "
        "Norway mediates as a quiet facilitator of the process.\n"
    )
    q = "How does the paper contrast Norway's way of mediating with Qatar's?"
    ev = evidence(q, {"p": text}, {"In contrast": 0, "Both Norway": 0, "Norway mediates": 2})
    quotes = " ".join(c.quote for c in compose(q, ev, AnswerSettings(abstain_min_evidence=0.5)).citations)
    assert "facilitator" in quotes and "leverage" in quotes


def test_a_question_comparing_documents_gets_the_sentence_on_its_topic_from_each():
    docs = {
        "legal.txt": "Secret talks are old. The administration met Iranian officials before the 2013 nuclear deal.",
        "isd.txt": "ISD notes. Sherman, a negotiator of the 2015 Iran nuclear deal, led the delegation. Talks went on.",
        "other.txt": "A nuclear deal with Iran was signed, a third text says, in some year.",
    }
    q = "The legality article and the ISD article both mention a nuclear deal with Iran. How do they differ on its year?"
    ev = dataclasses.replace(evidence(q, docs, {}), compared=("isd.txt", "legal.txt"))
    answer = compose(q, ev, AnswerSettings())
    assert not answer.abstained  # below the usual threshold: the question vouches for the topic in both
    assert [(c.source, c.quote[-19:]) for c in answer.citations] == [
        ("isd.txt", "led the delegation."),
        ("legal.txt", " 2013 nuclear deal."),
    ]
    docs["isd.txt"] = (
        "ISD notes. Sherman led the delegation to Geneva last week. Talks went on."  # the topic is not in it
    )
    ev = dataclasses.replace(evidence(q, docs, {}), compared=("isd.txt", "legal.txt"))
    assert compose(q, ev, AnswerSettings()).abstained


def test_a_weak_comparison_of_two_things_is_answered_by_a_sentence_on_each_or_refused():
    text = (
        "As a Russian speaker and a former ambassador, Burns could be the trusted interlocutor Biden needs. "
        "Sherman, a veteran diplomat and negotiator of the nuclear deal, led the delegation to Europe. "
        "The talks were held in Geneva, ISD reports.\n"
    )
    q = "How does the ISD article contrast Burns with Sherman?"
    ev = evidence(q, {"isd.txt": text}, {"Burns could": 1, "Sherman, a": 2})  # both far from the question
    answer = compose(q, ev, AnswerSettings())
    assert not answer.abstained
    assert [c.quote.split()[0] for c in answer.citations] == ["As", "Sherman,"]
    q = "How does the ISD article contrast Burns with Sherman on sanctions?"  # neither sentence is on sanctions
    assert compose(q, evidence(q, {"isd.txt": text}, {"Burns could": 1, "Sherman, a": 2}), AnswerSettings()).abstained
    q = "How does the ISD article contrast Burns with Putin?"  # no sentence on Putin: refused, not half answered
    assert compose(q, evidence(q, {"isd.txt": text + "\nPutin\n"}, {"Burns could": 1}), AnswerSettings()).abstained


def test_a_name_answer_whose_subject_is_a_pronoun_takes_the_sentence_naming_it():
    text = (
        "Talks went on for years. Although Ruritania was only a host offering neutral ground, it did more. "
        "It housed the rebels' political office and kept the lines open.\n"
    )
    q = "Which country housed the rebels' political office?"
    quote = compose(q, evidence(q, {"p": text}, {"It housed": 0}), AnswerSettings()).citations[0].quote
    assert quote.startswith("Although Ruritania was only a host")
    q = "What did the host do for the rebels' political office?"  # no name asked: the sentence alone
    quote = compose(q, evidence(q, {"p": text}, {"It housed": 0}), AnswerSettings()).citations[0].quote
    assert quote.startswith("It housed")


def test_a_count_announced_by_a_lead_in_takes_the_paragraphs_opening_with_their_place():
    text = (
        "Small states mediate in their own ways. There are three pillars in the framework which are interconnected:\n\n"
        "The original pillar is that weakness may be a resource. It threatens nobody.\n\n"
        "The second foundation is long-term niche diplomacy. It invests in the long term in the following:\n\n"
        "- Human capital: trained diplomats.\n\n"
        "¹ Maoz, Z. (2003). A footnote set between the page's bullets.\n\n"
        "- Reputational capital: a brand of discretion.\n\n"
        "Some other paragraph about costs.\n\n"
        "The third pillar is that small states fill gaps great powers leave.\n"
    )
    q = "What are the three pillars of the framework?"
    answer = compose(q, evidence(q, {"p": text}, {"three pillars": 0}), AnswerSettings(abstain_min_evidence=0.5))
    quotes = [c.quote for c in answer.citations]
    assert quotes[:4] == [
        "There are three pillars in the framework which are interconnected:",
        "The original pillar is that weakness may be a resource.",
        "The second foundation is long-term niche diplomacy.",
        "The third pillar is that small states fill gaps great powers leave.",
    ]
    q = "What does the second foundation invest in?"  # bullets on, past the footnote between them
    answer = compose(q, evidence(q, {"p": text}, {"invests in": 0}), AnswerSettings(abstain_min_evidence=0.5))
    quotes = [c.quote for c in answer.citations]
    assert (
        "- Human capital: trained diplomats." in quotes and "- Reputational capital: a brand of discretion." in quotes
    )


def test_a_sentence_opening_on_the_one_before_brings_it_when_a_part_is_left_unanswered():
    text = (
        "Talks stalled. In an aggressive move, Ruritania expelled all embassy personnel who had served there "
        "for more than three years. This leaves the embassy with only 120 workers compared to 1,200 in 2017.\n"
    )
    q = "Which embassy staff had to leave Ruritania, and how many workers remain?"
    ev = evidence(
        q,
        {"p": text},
        {"This leaves": 0},
        {"embassi": 0.1, "staff": 1.0, "leav": 0.3, "ruritania": 0.1, "worker": 1.0, "remain": 0.3},
    )
    quote = compose(q, ev, AnswerSettings(abstain_min_evidence=0.5)).citations[0].quote
    assert quote.startswith("In an aggressive move") and quote.endswith("1,200 in 2017.")
    q = "How many workers does the embassy in Ruritania keep?"  # one part, answered: the sentence alone
    quote = (
        compose(q, evidence(q, {"p": text}, {"This leaves": 0}), AnswerSettings(abstain_min_evidence=0.5))
        .citations[0]
        .quote
    )
    assert quote.startswith("This leaves")


def test_a_list_question_gets_the_list_of_as_many_items_or_under_the_heading_it_names():
    text = (
        "Back channels have costs for everyone who uses them.\n"
        "What You'll Learn\n- Secrecy: only a few know of back channels.\n- Delay: talks drag on.\n- Endless game: no deal is needed.\n\n"
        "Leaders who use back channels may find their reputations damaged when their secrecy is learned of.\n"
    )
    for q in ("What are the three pitfalls of back channels the article promises you'll learn about?",
              "Which pitfalls does its \"What You'll Learn\" section list?"):  # fmt: skip
        ev = evidence(q, {"p": text}, {"Leaders who": 0})  # the closest sentence is not the list
        quotes = [c.quote for c in compose(q, ev, AnswerSettings(abstain_min_evidence=0.5)).citations]
        assert quotes == ["What You'll Learn", "- Secrecy: only a few know of back channels.", "- Delay: talks drag on.",
                          "- Endless game: no deal is needed."]  # fmt: skip
    q = 'Who wrote the article that opens with a "What You\'ll Learn" list?'  # not a list question
    assert "- Delay" not in compose(q, evidence(q, {"p": text}, {}), AnswerSettings(abstain_min_evidence=0.5)).text


def test_a_part_answered_in_other_words_is_found_by_its_own_meaning():
    text = (
        "The Ruritanian Institute of Social Science first offered the discreet channel to both sides. "
        + "The parties had met before, in other places and at other times. " * (BESIDE // 60 + 1)  # (not beside it)
        + "Ruritanian negotiators, mainly Jan Egel and Terje Rodd, bargained with no arbitration at all. "
        "The weather in the capital was mild that year.\n"
    )
    q = "Which institute first offered the discreet channel, and who held the Ruritanian talks?"
    ev = evidence(q, {"p": text}, {"Institute": 0, "negotiators": 3})  # the second: far from the question as a whole
    alone = compose(q, ev, AnswerSettings())
    assert [c.quote[:14] for c in alone.citations] == ["The Ruritanian"]
    ev = dataclasses.replace(ev, part_vectors=(unit(0), unit(3)))  # but close to its own part
    quotes = [c.quote for c in compose(q, ev, AnswerSettings()).citations]
    assert len(quotes) == 2 and "Jan Egel" in quotes[1] and not any("weather" in x for x in quotes)


def test_a_question_about_a_document_it_does_not_name_is_not_answered_from_it() -> None:
    """Asked of a library without the document meant, the closest document's by-line is no answer."""
    for question in (
        "Who wrote the paper on harbour mediation?",  # the paper "on" a subject the text never says
        "Who wrote the paper 'Silent Harbours'?",  # a quoted title it does not hold
        "Who wrote the Oslo paper?",  # a name it does not say
        # a title quoted in full, however long, or a long phrase naming the document
        'Who wrote the paper "Silent Harbours: Mediation Between Maritime Powers In The Twentieth Century"?',
        "Who wrote the quiet harbour mediation journal paper?",
    ):
        answer = compose(question, evidence(question, {"p.txt": FRONT}, {}), AnswerSettings())
        assert answer.abstained, question
    for question in ("Who wrote the paper on quiet talks?", "Who wrote the quiet talks states paper?"):
        # the same questions, of the document they mean
        assert not compose(question, evidence(question, {"p.txt": FRONT}, {}), AnswerSettings()).abstained


def test_a_name_describing_what_is_asked_for_need_not_be_said() -> None:
    text = "Back channels are old. They were used by former US presidents Richard Nixon and Ronald Reagan.\n"
    question = "Which former American presidents used back channels?"
    answer = compose(question, evidence(question, {"a.txt": text}, {"Nixon": 0}), SETTINGS)
    assert not answer.abstained and "Nixon" in answer.text
    question = "Which back channels did British prime ministers use?"  # the subject, not what is asked for
    assert compose(question, evidence(question, {"a.txt": text}, {"Nixon": 0}), SETTINGS).abstained


def test_the_table_a_question_names_is_read_even_when_no_passage_holds_it() -> None:
    """The overview table: its rows are found in the document, by a label the question's keywords
    leave out ("examples"), and not by the words naming the document ('Legal or Not')."""
    doc = (
        "Back Channels: Legal or Not?\n\nSecret talks are an old tool of states, and a risky one.\n\n"
        "Characteristics Values\nDefinition Secret lines of communication\n"
        "Examples The Cuban Missile Crisis, the Oslo Accords\nLegality Not explicitly illegal\n\n"
        "Secret talks can reduce the pressure on negotiators, and they often do."
    )
    q = "In the 'Legal or Not' overview table, which examples of back-channel diplomacy are given?"
    passage = [("b.txt", doc.index("Secret talks can"), len(doc))]
    answer = compose(q, evidence(q, {"b.txt": doc}, {}, passages=passage), AnswerSettings())
    assert [c.quote for c in answer.citations][:1] == ["Examples The Cuban Missile Crisis, the Oslo Accords"]


def test_a_part_another_sentence_answers_more_fully_gets_that_sentence_too() -> None:
    """The best sentence shares words with the second part, but another one answers it."""
    text = (
        "The Norwegian Institute of Applied Studies first offered the contact to the negotiators. "
        "Talks went on for months. The chief Norwegian negotiators were Jan Egeland and Terje Larsen.\n"
    )
    q = "Which Norwegian institute first offered the contact, and who were the chief Norwegian negotiators?"
    answer = compose(q, evidence(q, {"o.txt": text}, {"Institute": 0, "Egeland": 0}), SETTINGS)
    assert "Institute" in answer.text and "Egeland" in answer.text


def test_a_name_designates_a_document_only_from_its_author_lines() -> None:
    doc = "Norway and the Talks\n\nJane Doe\n\nThe envoy said that secret talks need patience and trust from every side.\n"
    passage = [("n.txt", doc.index("The envoy"), len(doc))]
    q = "What did the envoy say about secret talks, per Jane Doe?"  # the author: the document meant
    assert not compose(q, evidence(q, {"n.txt": doc}, {"envoy": 0}, passages=passage), SETTINGS).abstained
    q = "What did Norway's envoy say about secret talks?"  # a title word is no author: Norway is unsaid
    assert compose(q, evidence(q, {"n.txt": doc}, {"envoy": 0}, passages=passage), SETTINGS).abstained


def test_a_name_its_front_matter_states_designates_a_document() -> None:
    doc = "Norway and the Talks\n\nJane Doe\n\nLecturer, University of Lahore\n\n" + (
        "The envoy said that secret talks need patience and trust from every side.\n"
    )
    passage = [("n.txt", doc.index("The envoy"), len(doc))]
    q = "What did the envoy say about secret talks, according to a lecturer at Lahore?"  # where its author works
    assert not compose(q, evidence(q, {"n.txt": doc}, {"envoy": 0}, passages=passage), SETTINGS).abstained
    q = "What did the envoy say about secret talks in Karachi?"  # a place no line of it states
    assert compose(q, evidence(q, {"n.txt": doc}, {"envoy": 0}, passages=passage), SETTINGS).abstained
    report = "Acme Annual Report\n\nJohn Smith\nChief Executive Officer\n\nHighlights\nNew plant opened in Brazil\n\n"
    report += "Revenue grew by 4% in the year, driven by demand for our products in Europe and Asia.\n"
    passage = [("r.txt", report.index("Revenue"), len(report))]
    q = "How much did revenue grow in Brazil?"  # a line of its front matter, but no affiliation: unsaid
    assert compose(q, evidence(q, {"r.txt": report}, {"Revenue": 0}, passages=passage), SETTINGS).abstained


def test_table_as_an_idiom_is_no_question_about_a_table() -> None:
    q = "What brought the two ministries back to the negotiating table?"
    answer = compose(q, evidence(q, {"r": REPORT}, {"ministries": 0}), AnswerSettings())
    assert not any(c.quote.startswith(("|", "Advantages", "Definition")) for c in answer.citations)


def test_a_table_is_asked_about_in_other_words() -> None:
    from dragoman.assistant.tables import asks_table

    assert asks_table("In its tabulated characteristics, which elements does the explainer list?")
    assert asks_table("that chart in the secret channels article, what does it put next to trust?")
    assert not asks_table("What brought the two ministries back to the negotiating table?")
    assert not asks_table("How did Norway chart its own course?") and not asks_table("Was the power grid hit?")


def test_diversity_keeps_one_of_a_documents_near_identical_chunks_in_the_top() -> None:
    """Maximal marginal relevance within a document: the passage elsewhere in it comes up; a
    near-identical chunk of another document (the same table, another year) does not go down."""
    from dragoman.index.retrieval import diversified

    ranked = [("a1", 1.0), ("a2", 0.95), ("b1", 0.9), ("a3", 0.85)]
    vectors = {"a1": unit(0), "a2": unit(0), "b1": unit(0), "a3": unit(1)}
    same_doc = {"a1": "a", "a2": "a", "b1": "b", "a3": "a"}
    assert [c for c, _ in diversified(ranked, vectors, same_doc, 3, 0.25)] == ["a1", "b1", "a3"]
    assert diversified(ranked, vectors, same_doc, 3, 0.0) == ranked[:3]


def test_a_figure_is_answered_from_its_table_row_when_no_sentence_could_answer() -> None:
    text = "Balance sheet (in millions) 2019 2018\nCash 715.1 690.2\nTotal assets 11,692.8 12,955.0\nDebt 10.0 9.0\n"
    q = "What were the total assets in 2019?"
    answer = compose(q, evidence(q, {"r.pdf": text}, {}), SETTINGS)
    assert not answer.abstained and "11,692.8" in answer.text


def test_a_word_naming_the_document_need_not_be_said_by_a_sentence_of_the_document_saying_it() -> None:
    from dragoman.assistant.candidates import scored

    question = "In the legality article, what did the scholar say about back channels?"
    weights = {"legal": 0.4, "scholar": 0.3, "say": 0.1, "back": 0.1, "channel": 0.1}
    docs = {
        "legal.txt": "Such talks are legal in most places. A scholar of back channels spoke.",
        "other.txt": "A scholar of back channels spoke.",
    }
    ev = dataclasses.replace(evidence(question, docs, {}, weights), naming=frozenset({"legal"}))
    coverage = {c.passage.source: round(c.coverage, 2) for c in scored(question, ev) if c.text.startswith("A scholar")}
    assert coverage == {"legal.txt": 0.83, "other.txt": 0.5}  # in another document, it counts against the sentence


def test_a_list_question_takes_the_lead_in_of_the_kind_it_asks_for_and_only_its_items() -> None:
    """ "Which limitations ...?": a lead-in naming another kind ("approaches:") gets no lead-in bonus, so
    the one naming a synonym of the kind asked ("constraints:") leads; and a list led into gets no filler."""
    text = (
        "Norway hosted talks. There are several approaches small states take in mediation:\n\n- **Facilitation:** hosting talks.\n"
        "- **Formulation:** drafting texts.\n\nQatar paid. Yet they endure several constraints:\n\n"
        "- **The Enforcement Gap:** no police.\n- **Reputational Risk:** blame.\n\n"
        "Mediation goes on in many conflicts of the world today."
    )
    question = "Which limitations do small states face in mediation?"
    weights = {"limit": 1.0, "small": 0.2, "state": 0.2, "mediat": 0.2}
    ev = evidence(question, {"s.txt": text}, {"approaches": 0, "constraints": 0, "many conflicts": 0}, weights)
    quotes = [c.quote for c in compose(question, ev, AnswerSettings(abstain_min_evidence=0.5)).citations]
    assert quotes == [
        "Yet they endure several constraints:",
        "- **The Enforcement Gap:** no police.",
        "- **Reputational Risk:** blame.",
    ]
