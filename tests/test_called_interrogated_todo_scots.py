"""Questions pasted inside code or commands, drafted as interrogatories, pasted from a to-do list or typed in Scots
(called.py, interrogated.py, todo.py, scots.py): read as typed questions, on the seeds too."""

from __future__ import annotations

import pytest

from dragoman.assistant.called import uncalled
from dragoman.assistant.interrogated import uninterrogated
from dragoman.assistant.posted import unposted
from dragoman.assistant.scots import in_english_spelling
from dragoman.assistant.todo import untodo


@pytest.mark.parametrize(
    ("code", "question"),
    [
        ('bot.ask("who signed the lease?", k=5)  # expecting a name', "who signed the lease?"),
        ('>>> assistant.ask("Which plans are there?")', "Which plans are there?"),
        ("answer = qa.query(question=\"what's the rent?\", filters={\"source\": \"lease\"})", "what's the rent?"),
        ("curl -s -X POST localhost:8000/ask -H 'Content-Type: application/json' -d '{\"question\": \"who signed?\"}'",
         '{"question": "who signed?"}'),
        ("curl 'http://localhost:8000/search?q=who+signed'", "http://localhost:8000/search?q=who+signed"),
        ('dragoman ask "who signed the lease?" --top-k 5', "who signed the lease?"),
        ("/ask who signed the lease? --doc lease  # for the file", "who signed the lease?"),
        # (no code: a word in brackets, a quoted term, a path)
        ("Norway (the facilitator) did what?", "Norway (the facilitator) did what?"),
        ('Define "protecting power"', 'Define "protecting power"'),
        ("What is in /etc/hosts?", "What is in /etc/hosts?"),
    ],
)  # fmt: skip
def test_the_question_code_passes(code: str, question: str) -> None:
    assert uncalled(code) == question


def test_an_interrogatory_plainly_put() -> None:
    assert (
        uninterrogated(
            'INTERROGATORY NO. 3: State the full name of each signatory of the Lease ("Lease" refers to the contract '
            'titled "Unit 7 Lease Agreement"), if any.'
        )
        == 'State the full name of each signatory of the contract titled "Unit 7 Lease Agreement".'
    )
    assert (
        uninterrogated(
            "INTERROGATORY NO. 4: With respect to the individual identified in response to Interrogatory No. 3, "
            "describe with particularity each payment, including but not limited to deposits."
        )
        == "With respect to that individual, describe each payment, including deposits."
    )
    assert uninterrogated("Set forth your views on the lease.") == "Set forth your views on the lease."


@pytest.mark.parametrize(
    ("todo", "question"),
    [
        ("## Tasks\n- [x] read the lease\n- [ ] who signed it? #legal by Fri", "who signed it?"),
        ("* [ ] cite check @me: rent per month + deposit ASAP", "cite check: rent per month + deposit"),
        ("- [x] all done here", "- [x] all done here"),
        ("What is item #1 in the list?", "What is item #1 in the list?"),
    ],
)
def test_the_open_items_of_a_todo_list(todo: str, question: str) -> None:
    assert untodo(todo) == question


@pytest.mark.parametrize(
    ("scots", "english"),
    [
        ("wha signed yon lease an whit year wis it?", "Who signed that lease and what year was it?"),
        ("how come the landlord didnae fix it fur us the now?", "Why the landlord didn't fix it for us now?"),
        ("whit are the three plans fur wee firms? list them aw oot", "What are the three plans for small firms? list them all out"),
        # (English: "a wee bit", "an", a name, "not a whit")
        ("Is it a wee bit late for an answer?", "Is it a wee bit late for an answer?"),
        ("Who is Ken Loach?", "Who is Ken Loach?"),
        ("It changed not a whit.", "It changed not a whit."),
    ],
)  # fmt: skip
def test_scots_in_english_words(scots: str, english: str) -> None:
    assert in_english_spelling(scots) == english


def test_the_seeds_asked_by_code_interrogatory_todo_and_scots(seeded) -> None:
    answer = seeded.ask('bot.ask("who wrote the moscow back channel piece?", k=5)  # need the byline')
    assert not answer.abstained and "Somerville" in answer.text
    answer = seeded.ask(
        "INTERROGATORY NO. 6: Identify each former President of the United States whom the Legality Article "
        '("Legality Article" refers to the web article titled "Back Channel Diplomacy: Legal Or Not?") names as '
        "having used back-channel diplomacy."
    )
    assert not answer.abstained and "Nixon" in answer.text and "Obama" in answer.text
    answer = seeded.ask(
        "## thesis\n- [x] skim the Moscow piece\n- [ ] which year did the india-pakistan bus service stop? #ch2"
    )
    assert not answer.abstained and "2019" in answer.text
    answer = seeded.ask("wha wrote yon 'new back channel tae moscow' article an whit date wis it put oot?")
    assert not answer.abstained and "Somerville" in answer.text and "2022" in answer.text
    # (what the documents leave open stays open)
    assert seeded.ask("- [ ] who won Pakistan's 2008 presidential election? by Fri").abstained


@pytest.mark.parametrize(
    "typed",
    [
        # (code and commands asked about, not sent: the review's near misses)
        'print("hello world")  # what does this output?',
        'requests.get("https://example.org/items")  # why does this time out?',
        'pd.read_csv("data.csv", sep=";")',
        'Explain("force majeure")',
        "curl -d fails with a 400 error, why?",
        "curl localhost:8080 returns nothing, why?",
        "/search returns 404 on the new server, why?",
        'Customers ask "can I return opened items?" - what is the policy?',
        "Interrogatory No. 7: is it objectionable as overbroad?",
        "What counts as urgent leave?",
        # (English with Scots words in it: a name, an acronym, a fur, "a wee bit")
        "Is there an HR contact for the Kent office?",
        "Is fur farming banned in Kent?",
        "Is it a wee bit late for an answer, mate?",
    ],
)
def test_the_reviews_near_misses_are_read_as_typed(typed: str) -> None:
    from dragoman.assistant.words import unlabelled

    assert uncalled(typed) == typed and uninterrogated(typed) == typed and untodo(typed) == typed
    assert in_english_spelling(typed) == typed
    assert " ".join(unlabelled(typed).split()).rstrip("?.") in " ".join(typed.split())


def test_the_reviews_variants() -> None:
    assert uncalled("/ask what is C# used for") == "what is C# used for"
    assert uncalled("/ask what does grep -v do") == "what does grep -v do"
    assert uncalled("curl -s localhost:8000/ask --data-urlencode 'q=who signed it'") == "who signed it"
    assert untodo("Which of these does the IT policy require?\n- [ ] VPN\n- [ ] 2FA") == (
        "Which of these does the IT policy require?\nVPN\n2FA"
    )
    assert untodo("- [ ] who chairs the board\n- [ ] when was it renamed") == (
        "who chairs the board? when was it renamed?"
    )
    assert uninterrogated("REQUEST FOR ADMISSION NO. 2: Admit that the lease was signed in 2019.") == (
        "Is it true that the lease was signed in 2019?"
    )
    assert uninterrogated(
        'INTERROGATORY NO. 3: State the address of the Supplier ("Supplier" refers to Acme Ltd).'
    ) == ("State the address of Acme Ltd.")
    # (a drug's name is no dropped "g"; a single word no English text has is Scots)
    assert in_english_spelling("Whit's the dose o metformin fur weans?") == "What's the dose of metformin for children?"
    assert in_english_spelling("Whaur did the board retreat take place?") == "Where did the board retreat take place?"


def test_a_spoken_opener_and_a_pointer_to_the_answer_ask_nothing() -> None:
    from dragoman.assistant.chatty import spoken_around

    assert spoken_around("Right, what does the lease say about pets?") == "What does the lease say about pets?"
    assert spoken_around("OK so who signed it?") == "Who signed it?"
    assert spoken_around("Which plans are there? the handbook lists them out") == "Which plans are there?"
    assert spoken_around("Who signed it? it's in the conclusion somewhere") == "Who signed it?"
    # (a right, a "so what", a statement about a document)
    assert spoken_around("Right to buy: who qualifies?") == "Right to buy: who qualifies?"
    assert spoken_around("So what?") == "So what?"
    assert (
        spoken_around("The paper lists them out. Which ones matter?") == "The paper lists them out. Which ones matter?"
    )


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("the lease got say when it ends or not?", "The lease does it say when it ends?"),
        ("who write one ah? the lease lah", "Who wrote it? the lease"),
        ("why the landlord cannot fix the roof leh?", "Why the landlord cannot fix the roof?"),
        ("Abeg, who write the lease wey dey talk about Unit 7?", "Who wrote the lease that is talking about Unit 7?"),
        ("Wetin make the tenant comot?", "Why did the tenant come out?"),
        # (English with a particle's letters, a name, a word asked about)
        ("What is a leh?", "What is a leh?"),
        ("Who is Abi?", "Who is Abi?"),
        ("Is Don Quixote a novel?", "Is Don Quixote a novel?"),
        ("Ah, who signed it?", "Ah, who signed it?"),
    ],
)
def test_singlish_and_pidgin_in_english_words(said: str, english: str) -> None:
    from dragoman.assistant.singlish import from_pidgin, from_singlish

    assert from_pidgin(from_singlish(said)) == english


def test_slang_fillers_ask_nothing() -> None:
    from dragoman.assistant.words import unlabelled

    assert unlabelled("no cap who signed the lease fr fr") == "who signed the lease"
    assert unlabelled("deadass who pays the rent istg") == "who pays the rent"
    assert unlabelled("Is fr the code for France?") == "Is fr the code for France?"


def test_an_interrogatorys_definition_before_its_term() -> None:
    assert (
        uninterrogated(
            'INTERROGATORY NO. 5: ("Lease" refers to the contract titled "Unit 7 Lease Agreement") State the rent the '
            "Lease sets, and the date the Lease was signed."
        )
        == 'State the rent the contract titled "Unit 7 Lease Agreement" sets, and the date the Lease was signed.'
    )


@pytest.mark.parametrize(
    "typed",
    [
        # (the third review's near misses: English with Singlish or Pidgin words, slang's words in use, a definition
        # asked about)
        "Which tablet is the right one?",
        "Is the dose two capsules or one?",
        "how do I write one?",
        "Was the reception of the film meh?",
        "Sia, the singer, recorded which songs?",
        "Am I fit to be at work with a cold?",
        "Would Don be paid if I am away?",
        "What did Dey find in the 2010 study?",
        "Abi Morgan wrote which films?",
        "Where does the River Wey flow and how do I get there?",
        "Is there no cap on rent increases?",
        "Is the language code en or fr?",
        "What does deadass mean?",
        'What is a hat trick ("hat trick" means three goals by one player)?',
        'Who signed for the Landlord ("Landlord" refers to Castle Estates LLP)?',
    ],
)
def test_the_third_reviews_near_misses_are_read_as_typed(typed: str) -> None:
    from dragoman.assistant.words import unlabelled

    assert unlabelled(typed) == typed


def test_a_pasted_forms_other_fields_and_xmls_question_element() -> None:
    assert unposted("Medicine: metformin\nQuestion: what is the dose for children?") == (
        "what is the dose for children? (Medicine: metformin)"
    )
    assert unposted("<note><text>The tenant pays rates.</text><question>Who insures it?</question></note>") == (
        "Who insures it?"
    )
    assert unposted("<config><timeout>30 seconds each</timeout><retries>3</retries></config>").startswith("<config>")
