"""The chat app's `/ask` API endpoint, called with gradio_client over a real seeded store."""

from __future__ import annotations

import pytest

from tests.app_helpers import SEEDS, RunningApp, shared_app

pytestmark = pytest.mark.slow

QUESTIONS = [
    ("Who chairs Finland's Crisis Management Initiative?", "Ahtisaari"),
    ("What role has Oman played in the Gulf?", "Oman"),
    ("Why can the revelation of multiple back channels be dangerous?", "explosive"),
]
CITATION_KEYS = {"number", "source", "title", "quote", "start", "end", "line_start", "line_end", "score"}


@pytest.fixture(scope="module")
def running() -> RunningApp:
    return shared_app()


@pytest.fixture(scope="module")
def client(running: RunningApp):
    from gradio_client import Client

    return Client(running.url, verbose=False)


def test_ask_endpoint_is_documented(client):
    api = client.view_api(print_info=False, return_format="dict")
    assert "/ask" in api["named_endpoints"]
    params = [p["parameter_name"] for p in api["named_endpoints"]["/ask"]["parameters"]]
    assert params[0] == "question"


@pytest.mark.parametrize("question,expected", QUESTIONS)
def test_answers_carry_verifiable_citations(client, running, question, expected):
    result = client.predict(question, api_name="/ask")
    assert result["abstained"] is False
    assert expected in result["text"]
    assert result["citations"], result
    for c in result["citations"]:
        assert set(c) >= CITATION_KEYS
        assert f"[{c['number']}]" in result["text"]
        text = running.assistant.document(c["source"]).text
        assert text[c["start"] : c["end"]] == c["quote"]
        assert 1 <= c["line_start"] <= c["line_end"]
        assert (SEEDS / c["source"]).exists()


def test_unanswerable_question_abstains_with_passages(client):
    result = client.predict("What is the boiling point of liquid nitrogen on Mars?", api_name="/ask")
    assert result["abstained"] is True
    assert result["citations"] == []
    assert result["passages"]


def test_follow_up_uses_history(client):
    first = "What role has Oman played in the Gulf?"
    earlier = client.predict(first, api_name="/ask")
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": earlier["text"]}]
    result = client.predict("And Qatar?", history, api_name="/ask")
    assert "Qatar" in (result["resolved_question"] or "")


def test_settings_are_passed(client):
    result = client.predict("Who chairs Finland's Crisis Management Initiative?", None, 3, "keyword", api_name="/ask")
    assert len(result["passages"]) <= 3


def test_bad_question_is_a_readable_error(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="empty"):
        client.predict("   ", api_name="/ask")
    with pytest.raises(AppError, match="limit"):
        client.predict("why " * 1000, api_name="/ask")
    with pytest.raises(AppError, match="mode"):
        client.predict("Who chairs Finland's Crisis Management Initiative?", None, 0, "psychic", api_name="/ask")


@pytest.mark.parametrize(
    "name,expected",
    [
        ("notes.md", "notes.md"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/abs/path/report.PDF", "report.pdf"),
        ("..\\..\\win.html", "win.html"),
        ("..", "upload"),
        (".hidden.md", "hidden.md"),
        ("a b$c?.txt", "a_b_c.txt"),
    ],
)
def test_upload_names_cannot_escape_the_folder(name, expected):
    from dragoman.assistant.library import safe_filename

    assert safe_filename(name) == expected


def test_sources_restrict_the_answer(client):
    only = "002_3b705a19ebf759c3.txt"
    result = client.predict("Why do governments use back channels?", sources=[only], api_name="/ask")
    assert result["citations"] and {c["source"] for c in result["citations"]} == {only}
    assert {p["source"] for p in result["passages"]} == {only}


def test_an_unknown_source_is_a_readable_error(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match=r"no-such\.txt"):
        client.predict("Why do governments use back channels?", sources=["no-such.txt"], api_name="/ask")
