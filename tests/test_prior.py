"""Many documents alike: a question that names one (company, year) is answered from that one.

Real files, the real embedding model and store: eight yearly reports written from one template,
where the table rows that answer never repeat the company's name.
"""

from __future__ import annotations

import pytest

from dragoman.index.prior import naming_words, undesignated

COMPANIES = ["Halvorsen Group", "Marabel Holdings", "Quintara Systems", "Okonkwo Industries", "Veltrona AG",
             "Tamsin Logistics"]  # fmt: skip
FILLER = (
    "Our strategy remains focused on disciplined capital allocation, operational excellence and sustainable "
    "growth. We continued to invest in our people, our plants and our digital capabilities."
)


def report(company: str, year: int, n: int) -> str:
    fcf, capex = 300 + 37 * n + year % 7, 90 + 11 * n
    return f"""# {company} Annual Report {year}

## Letter from the Chief Executive Officer

As an industrial group, {company} grew its revenues in {year} and margins improved. {FILLER}

## Consolidated cash flow statement

(in millions of USD) {year} {year - 1}
Net cash from operating activities {fcf + capex}.0 {fcf + capex - 40}.0
Capital expenditures ({capex}.0) ({capex - 5}.0)
Free cash flow {fcf}.0 {fcf - 35}.0
Dividends paid ({fcf // 3}.0) ({fcf // 3 - 4}.0)

## Outlook

For {year + 1}, management expects revenues to grow by {2 + n % 3} to {5 + n % 3} percent. {FILLER}
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory, embedder):
    from dragoman import Assistant

    corpus = tmp_path_factory.mktemp("reports")
    files = {}
    for n, company in enumerate(COMPANIES):
        for year in (2022, 2023) if n < 2 else (2020 + n,):
            name = f"{company.lower().replace(' ', '_')}_{year}.md"
            (corpus / name).write_text(report(company, year, n), encoding="utf-8")
            files[(company, year)] = name
    bot = Assistant(store=tmp_path_factory.mktemp("store"), embedder=embedder)
    bot.ingest([corpus])
    return bot, files


@pytest.mark.parametrize("company,year", [("Halvorsen Group", 2022), ("Halvorsen Group", 2023), ("Veltrona AG", 2024)])
def test_an_instruction_laden_question_keeps_to_the_named_report(reports, company, year):
    bot, files = reports
    question = (
        f"Based on the cash flow statement in {company}'s {year} annual report, state the free cash flow and "
        "explain how it is calculated; show your working and round to two decimals."
    )
    hits = bot.search(question, k=5)
    assert hits and {h.source for h in hits} == {files[(company, year)]}
    assert any("Free cash flow" in h.text for h in hits[:3])


def test_a_report_named_in_lower_case_is_searched_as_if_capitalised(reports):
    bot, files = reports
    question = "what was the free cash flow of halvorsen group in 2023?"
    hits = bot.search(question, k=5)
    assert {h.source for h in hits} == {files[("Halvorsen Group", 2023)]}
    answer = bot.ask(question)
    assert not answer.abstained and answer.citations[0].source == files[("Halvorsen Group", 2023)]
    assert answer.question == question and answer.resolved_question is None  # only its case was read otherwise
    nodes = bot.as_retriever(k=5).retrieve(question)  # the llama-index retriever searches the same way
    assert [n.node.node_id for n in nodes] == [h.chunk_id for h in hits]


def test_a_question_naming_no_report_searches_them_all(reports):
    bot, _ = reports
    hits = bot.search("What was the free cash flow?", k=5)
    assert len({h.source for h in hits}) > 1


def test_a_comparison_keeps_both_named_reports(reports):
    bot, files = reports
    hits = bot.search("Compare the free cash flow of Quintara Systems and Tamsin Logistics.", k=10)
    assert {h.source for h in hits} == {files[("Quintara Systems", 2022)], files[("Tamsin Logistics", 2025)]}


def test_a_company_with_two_reports_names_both_until_the_year_is_given(reports):
    from dragoman.index.prior import DocumentTerms

    bot, files = reports
    snap = bot.index.snapshot()
    terms = DocumentTerms.of(snap.keyword, snap.documents)
    both = terms.named("What did Marabel Holdings expect?")
    assert both is not None and set(both.sources) == {
        files[("Marabel Holdings", 2022)],
        files[("Marabel Holdings", 2023)],
    }
    assert "marabel" in both.stems
    one = terms.named("What did Marabel Holdings expect in its 2023 report?")
    assert one is not None and one.sources == (files[("Marabel Holdings", 2023)],)
    assert terms.named("what did management expect?") is None  # no name, no year: no document is named


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What approaches do small states use, according to the small-states paper?", ["small", "states"]),
        ("In the legality article, what is said about Cuba?", ["Cuba", "legality"]),
        ("What does the Acme 2021 annual report say?", ["Acme", "2021", "annual"]),
        ("What did the paper say?", []),  # "the paper" alone names no document
        ("Which pillars do the Lahore authors name?", ["Lahore"]),  # its writers, by where they work
        ("Why did talks fail?", []),
    ],
)
def test_naming_words_include_the_words_that_designate_a_document(question, words):
    assert naming_words(question) == words


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "How does the small-states paper contrast Norway's way with Qatar's?",
            "How does contrast Norway's way with Qatar's?",
        ),
        ("According to the ISD article, how did the hotline differ?", "how did the hotline differ?"),
        ("What did the paper say?", "What did the paper say?"),  # "the paper" alone designates nothing
    ],
)
def test_a_part_of_a_question_is_searched_without_the_phrase_naming_its_document(question, left):
    assert undesignated(question) == left


def test_a_designating_phrase_picks_one_document_or_none(reports):
    bot, files = reports
    snapshot = bot.index.snapshot()
    assert snapshot.designated("Veltrona") == files[("Veltrona AG", 2024)]
    assert snapshot.designated("Halvorsen") is None  # two Halvorsen reports: a tie names neither
    assert snapshot.designated("Ruritania") is None  # in no document


def test_words_saying_which_of_several_documents_designate_none():
    from dragoman.index.prior import designators

    assert designators("The legality article and the ISD article both mention Cuba.") == ["legality", "ISD"]
    assert designators("The former article and the latter article both mention Cuba.") == []
    assert designators("How do the two articles differ?") == []
    assert designators("In the ferry paper, how do Ayr and Troon differ? Please refer to the relevant text.") == [
        "ferry"
    ]


def test_where_a_document_comes_from_designates_it() -> None:
    from dragoman.index.prior import designators

    assert designators("In the paper from Ayr College, which ferries ran?") == ["Ayr College"]
    assert designators("In the ferry paper, the one from like Troon Council, who ran it?") == ["ferry", "Troon Council"]
    assert designators("What did the article out of the Harbour Trust find?") == ["Harbour Trust"]
    # ("one" stands for a document only after one is named; a place in lower case is no name)
    assert designators("Who ran the one from Oslo?") == []
    assert designators("What did the report from the committee find?") == []


def test_what_a_document_is_said_to_be_about_and_what_kind_it_is() -> None:
    from dragoman.index.prior import described, designators

    assert described("In the study of small-state peacemakers, which deals did Algeria broker?") == (
        ["small-state peacemakers"],
        "In the study of , which deals did Algeria broker?",
    )
    assert described("Who mediated the talks?") == ([], "Who mediated the talks?")
    # ... in the words of a formal request ("the paper addressing ...", "the article concerning ...")
    assert described("In the piece addressing whether ferry links pay, who ran them?")[0] == ["ferry links pay"]
    assert described("In the article concerning Ayr ferries, who ran them?")[0] == ["Ayr ferries"]
    # a kind that is a common noun too, and a phrase running on into a verb, describe nothing
    assert described("What role did the post of CIA director give Burns?")[0] == []
    assert described("Which piece of advice does it offer?")[0] == []
    assert described("Which chapter of the study covers Oman?")[0] == []
    # a medium or genre is no name: "the web piece", "the academic journal article"
    assert designators("Who wrote the web piece and the academic journal article?") == []
    assert designators("the legality article and the small-states paper") == ["legality", "small-states"]
    # a title asking "X or not?" ("the legal or not article")
    assert designators("so in that legal or not article what does the table list?") == ["legal or not"]
    assert designators("the Norway or Qatar paper") == []  # (two documents, neither "X or not")
    # ... or its title in quotes
    assert designators("do the 'legal or not' article and the moscow article agree") == ["legal or not", "moscow"]
    assert designators('Who wrote the "Bread: Baked Or Not?" piece?') == ["Bread: Baked Or Not"]


def test_a_terse_question_names_its_document_by_its_first_words() -> None:
    from dragoman.index.prior import designators

    assert designators("legal-or-not piece: pros vs cons in its table?") == ["legal-or-not"]
    assert designators("moscow backchannel article - who wrote it?") == ["moscow backchannel"]
    assert designators("Which article says that?") == [] and designators("What does the paper say?") == []
