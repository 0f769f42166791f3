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
# "bot.ask(", ">>> assistant.ask(", "answer = qa.query(", "ask(": a call of a method that asks, its arguments after it
# (not "print(", "requests.get(", "pd.read_csv(": code asked about; nor one whose comment asks: "f(x)  # why?")
_ASKING = r"(?:ask|ask_stream|query|aquery|chat|achat|answer|search|retrieve|invoke|ainvoke|complete|run|q)"
_CALL = re.compile(
    r"^\s*(?:>>>\s*)?(?:[A-Za-z_]\w*\s*=\s*)?(?:await\s+)?(?:[A-Za-z_]\w*\.)*" + _ASKING + r"\s*\((?P<args>.*)\)"
    r"\s*(?:#[^?]*)?$"
)
_KEYWORD = re.compile(rf"\b(?:question|query|q|prompt|text|message|input)\s*=\s*(?P<s>{_STRING})")
_FIRST = re.compile(rf"^\s*(?P<s>{_STRING})\s*(?:,|$)")
# its flags and a comment after them ("--top-k 5", "-k 5", "--doc=moscow", "  # for the citation"; not "- what is ...")
_FLAGS = r"(?:\s+--?[A-Za-z][\w-]*(?:[ =](?!-)[^\s#]+)?)*(?:\s+#\s.*)?"
# a program's subcommand with the question quoted: 'dragoman ask "..." --top-k 5' (a program's name in lower case)
_COMMAND = re.compile(
    rf"^\s*\$?\s*(?:python3?\s+-m\s+)?[a-z][\w.-]*\s+(?:ask|query|chat)\s+(?P<s>\"[^\"]+\"|'[^']+'){_FLAGS}\s*$"
)
# a slash command: "/ask who wrote it? --doc moscow  # for the citation" (long flags only: not "grep -v", "C#")
_SLASH = re.compile(r"^\s*/(?:ask|q|query|dragoman)(?:@\w+)?\s+(?P<q>.+?)(?:\s+--[A-Za-z][\w-]*(?:[ =]\S+)?)*"
                    r"(?:\s+#\s.*)?\s*$")  # fmt: skip
_CURL = re.compile(r"^\s*curl\s", re.IGNORECASE)


def _literal(quoted: str) -> str | None:
    try:
        value = ast.literal_eval(quoted)
    except (ValueError, SyntaxError):
        return None
    return value.strip() or None if isinstance(value, str) else None


def _curled(command: str) -> str | None:
    """What a curl command sends: its data (a JSON body, a form's query) or, with none, its URL (none for a question
    about curl: "curl -d fails with a 400 error, why?")."""
    if re.search(r"\b(?:why|what|how|who|when|where|which)\b", re.sub(_STRING, "", command), re.IGNORECASE):
        return None
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    for i, word in enumerate(words[:-1]):
        if word in ("-d", "--data", "--data-raw", "--data-binary", "--json", "--data-urlencode"):
            sent = words[i + 1]  # ("--data-urlencode 'q=who wrote it'": the value)
            return sent.partition("=")[2] if re.match(r"[\w.-]+=[^&{]*$", sent) else sent
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
