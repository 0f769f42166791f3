"""A question pasted as an API request: its body ({"query": "who wrote it?", "top_k": 5, "filters": {...}}, {"q": ...},
{"messages": [{"role": "user", "content": ...}]}; or the same in YAML, "question: ...\ntop_k: 5", or XML,
"<request><query>...</query></request>") or its URL, as a search log writes it
("GET /api/ask?question=who%20wrote%20it%3F&top_k=5", "/search?q=who+wrote+it&lang=en", "q=oslo+channel&page=2").
The question is the text of its query field (or of the last user message); the rest - keys, settings, filters,
quotes and braces, a URL's path and its encoding ("+", "%20") - are no words of what is asked. Pure functions of
text: `unposted` for words.py `unlabelled`, `posted_before` for the conversation a follow-up is read against."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl
from xml.etree import ElementTree

import yaml

# the fields a request names its question by, in the order they are looked for
_QUESTION_KEYS = ("query", "question", "q", "prompt", "input", "text", "message", "content", "ask", "user_query")
# a field the JSON parser could not read, found by its key (a body with a trailing comma, single quotes)
_FIELD = re.compile(
    r"[\"'](?:" + "|".join(_QUESTION_KEYS) + r")[\"']\s*:\s*(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)')", re.I
)


def _asked(body: Any) -> str | None:
    """The question of a parsed body: a question field's text, or the last user message's content."""
    if isinstance(body, str):
        return body.strip() or None
    if isinstance(body, list):  # (a list of messages: the last the user sent)
        said = [m for m in body if isinstance(m, dict) and m.get("role", "user") == "user"]
        return _asked(said[-1]) if said else None
    if not isinstance(body, dict):
        return None
    for key in _QUESTION_KEYS:
        for name, value in body.items():
            if name.lower() == key and (text := _asked(value)):
                # (what the asker says it is about: '"question": "Who signed it?", "context": "the lease of Unit 7"')
                context = body.get("context")
                short = isinstance(context, str) and 0 < len(context) <= 200
                return f"{text} ({context.strip()})" if short and isinstance(context, str) else text
    for name in ("messages", "input", "data", "body", "request"):
        if name in body and (text := _asked(body[name])):
            return text
    return None


def _messages(body: Any) -> list[Any]:
    """A parsed body's chat messages (its "messages" field)."""
    said = body.get("messages") if isinstance(body, dict) else None
    return said if isinstance(said, list) else []


def posted_before(question: str) -> list[dict[str, str]]:
    """The conversation a request body carries before its question ('{"messages": [{"role": "user", "content": "Who
    wrote it?"}, {"role": "assistant", ...}, {"role": "user", "content": "And when?"}]}'): every user and assistant
    message before the last user one, as {"role", "content"} messages (history.py reads them); none for any other
    text."""
    text = question.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return []
    try:
        said = _messages(json.loads(text))
    except ValueError:
        return []
    turns = [
        {"role": m["role"], "content": m["content"]}
        for m in said
        if isinstance(m, dict) and m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)
    ]
    last = max((i for i, m in enumerate(turns) if m["role"] == "user"), default=0)
    return turns[:last]


# a request's URL, one token but for its method: "GET /api/ask?question=...&top_k=5", "https://x.org/search?q=...",
# "q=oslo+channel&page=1" (a query string alone: two fields at least, or a question field)
_URL = re.compile(
    r"^(?:(?:GET|POST)\s+)?(?:(?:https?://[^\s/?]+)?/[^\s?]*\?)?([\w.\[\]-]+=[^\s&]*(?:&[\w.\[\]-]*=?[^\s&]*)*)$"
)


def _linked(text: str) -> str | None:
    """The question of a request's URL: its question field's text, decoded."""
    m = _URL.match(text)
    if m is None or ("?" not in text[: m.start(1)] and "&" not in m.group(1)):
        return None
    fields = {key.lower(): value.strip() for key, value in parse_qsl(m.group(1), keep_blank_values=True)}
    for key in (*_QUESTION_KEYS, "search", "s", "keywords", "term"):
        # (words asked: not a formula's "q=mc&T=10")
        if len(fields.get(key, "").split()) > 1 or "?" in fields.get(key, ""):
            return fields[key]
    return None


# a YAML body: a question field or a message list's content on a line of its own ("question: who wrote it?\ntop_k: 5",
# "- role: user\n  content: ...")
_YAML_FIELD = re.compile(rf"^\s*(?:-\s+)?(?:{'|'.join(_QUESTION_KEYS)}|messages)\s*:", re.IGNORECASE | re.MULTILINE)


# a request's settings, which say nothing of what is asked ("top_k: 5", "model: x", "filters: ...")
_SETTINGS = frozenset(
    "top_k k n model temperature max_tokens stream lang language page limit filters filter source sources doc docs "
    "session session_id sid user id mode format ts timestamp".split()
)


def _yaml_asked(text: str) -> str | None:
    """The question of a YAML body (PyYAML, safely: plain data only); a pasted form's other fields ("Context: ...",
    "Medicine: metformin") kept after it, in brackets."""
    if "\n" not in text or not _YAML_FIELD.search(text):
        return None
    try:
        body = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    asked = _asked(body) if isinstance(body, (dict, list)) else None
    if asked and isinstance(body, dict):
        told = [
            f"{key}: {value}"
            for key, value in body.items()
            if isinstance(value, (str, int, float))
            and not isinstance(value, bool)
            and str(value).strip()
            and str(key).lower() not in _SETTINGS
            and str(key).lower() not in _QUESTION_KEYS
            and str(value) not in asked
        ]
        return f"{asked} ({'; '.join(told)})" if told else asked
    return asked


# a page's text elements, pasted as HTML ("<p>Who wrote it?</p>"; not a config file's or a list's)
_HTML = frozenset("p div span body html h1 h2 h3 h4 h5 h6 blockquote section article em strong b i".split())


def _xml_asked(text: str) -> str | None:
    """The question of an XML body ("<request><query>...</query><k>5</k></request>"): its question element's text, by
    the order the keys are looked for in, or the root's when it is one ("<ask doc='x'>...</ask>"); pasted HTML's
    text."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None
    elements = list(root.iter())
    for key in (*_QUESTION_KEYS, "ask", "question_text"):
        for element in elements:
            if element.tag.lower() == key and (element.text or "").strip():
                return (element.text or "").strip()
    if root.tag.lower() not in _HTML:
        return None
    said = re.sub(r"\s+([?.!,;:])", r"\1", " ".join(" ".join(root.itertext()).split()))
    return said if len(said.split()) >= 3 else None


def unposted(question: str) -> str:
    """The question a request body (JSON, YAML, XML) or URL asks (the question as typed when it is no such request)."""
    text = question.strip()
    if text.startswith("<") and text.endswith(">"):
        return _xml_asked(text) or question
    if not (text.startswith("{") and text.endswith("}")):
        return _linked(text) or _yaml_asked(text) or question
    try:
        asked = _asked(json.loads(text))
    except ValueError:
        fields = list(_FIELD.finditer(text))
        found = fields[-1] if fields else None  # (the last field: the user's message after a system prompt's)
        asked = None
        if found:
            raw = found.group(1) if found.group(1) is not None else found.group(2)
            asked = re.sub(r"\\(.)", r"\1", raw).strip() or None
    return asked or question
