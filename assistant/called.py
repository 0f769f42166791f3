"""A question pasted inside the code or command that sent it: a Python call ('bot.ask("who wrote it?", k=5)',
'>>> assistant.ask("...")', 'answer = qa.query(question="...", filters={...})'), a curl command (its -d body or its
URL), a command line ('dragoman ask "..." --top-k 5') or a chat's slash command ('/ask who wrote it? --doc moscow'),
each perhaps with a "# comment" after it. The question is the string the call passes (the body or URL a curl sends,
read by posted.py); the code around it - names, arguments, flags, quotes, the comment - is no word of what is asked.
Pure function of text, for words.py `unlabelled`.
"""

from __future__ import annotations

import ast
import re
import shlex

# a string literal of Python (or a shell's), its quotes and escapes
_STRING = r"(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')"
# "bot.ask(", ">>> assistant.ask(", "answer = qa.query(", "ask(": a call, its arguments after it
_CALL = re.compile(
    r"^\s*(?:>>>\s*)?(?:[A-Za-z_]\w*\s*=\s*)?(?:await\s+)?[A-Za-z_][\w.]*\s*\((?P<args>.*)\)\s*(?:#.*)?$"
)
_KEYWORD = re.compile(rf"\b(?:question|query|q|prompt|text|message|input)\s*=\s*(?P<s>{_STRING})")
_FIRST = re.compile(rf"^\s*(?P<s>{_STRING})\s*(?:,|$)")
# a program's subcommand with the question quoted: 'dragoman ask "..." --top-k 5'
_COMMAND = re.compile(r"^\s*\$?\s*[\w.-]+\s+(?:ask|query|search|chat)\s+(?P<s>\"[^\"]+\"|'[^']+')(?:\s+-.*)?$")
# a slash command: "/ask who wrote it? --doc moscow  # for the citation"
_SLASH = re.compile(r"^\s*/(?:ask|q|query|search|dragoman)\s+(?P<q>.+?)\s*(?:\s--?[\w-]+(?:[ =]\S+)?)*\s*(?:#.*)?$")
_CURL = re.compile(r"^\s*curl\s", re.IGNORECASE)


def _literal(quoted: str) -> str | None:
    try:
        value = ast.literal_eval(quoted)
    except (ValueError, SyntaxError):
        return None
    return value.strip() or None if isinstance(value, str) else None


def _curled(command: str) -> str | None:
    """What a curl command sends: its data (a JSON body, a form's query) or, with none, its URL."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    for i, word in enumerate(words[:-1]):
        if word in ("-d", "--data", "--data-raw", "--data-binary", "--json", "--data-urlencode"):
            return words[i + 1]
    urls = [w for w in words[1:] if re.match(r"(?:https?://|localhost|\d+\.\d+\.\d+\.\d+|/)", w)]
    return urls[-1] if urls else None


def uncalled(question: str) -> str:
    """The question the code or command passes (the question as typed when it is none)."""
    text = question.strip()
    if "\n" in text:
        return question
    if _CURL.match(text):
        return _curled(text) or question
    call = _CALL.match(text)
    if call:
        found = _KEYWORD.search(call.group("args")) or _FIRST.match(call.group("args"))
        return (_literal(found.group("s")) if found else None) or question
    command = _COMMAND.match(text) or _SLASH.match(text)
    if command and command.groupdict().get("s"):
        return command.group("s")[1:-1].strip() or question
    if command and command.groupdict().get("q"):
        return command.group("q").strip() or question
    return question
