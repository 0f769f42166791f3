"""Terms an asker defines as a lawyer drafts: 'the back channel between Kissinger and Dobrynin (the "Channel")', 'the
article titled "Back Channel Diplomacy: Legal Or Not?" (the "Legality Article")'. The definition names no thing the
documents must say; the term, used after it, means the thing described before it. Pure functions of text, for
words.py `unlabelled`."""

from __future__ import annotations

import re

# a definition in brackets: '(the "Channel")', "(the 'Paper')", '(together, the "Case Study States")',
# '(hereinafter "the Report")' (a capitalised term in quotes, alone in its brackets after "the": not "the term
# ("Mens Rea")", "the film ('Jaws')")
_DEFINITION = re.compile(
    r"\s*\((?:(?:(?:together|collectively|jointly|each)\s*,?\s+)?the\s+|(?:hereinafter|hereafter|henceforth)\s*,?\s+)"
    r"[\"“'‘](?:the\s+)?([A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4})[\"”'’]\s*\)"
)
_TERM = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}")  # ("Moscow Article", "Case Study States")
# a document designated as a lawyer does, in capitals: "the Paper", "the Moscow Article", "the Legality Article"
# (not a newspaper's name: "the Washington Post")
_DESIGNATED = re.compile(
    r"\b([Tt]he\s+)((?:[A-Z][\w'’-]*\s+){0,2}(?:Paper|Article|Piece|Report|Study|Essay|Explainer|Commentary))\b(?!['’]s)"
)


def undefined(question: str) -> str:
    """The question without the terms it defines in brackets, each use of one in lower case
    ('... (the "Oslo Channel") ... signed by the Oslo Channel' -> '... signed by the oslo channel': names the
    documents write are cased again later, casing.py), and a document it designates in capitals in lower case ("the
    Legality Article" -> "the legality article")."""
    # (a term used again after it; not a phrase of the text the asker quotes in brackets, '... ("a kind of mini-Cuban
    # Missile Crisis")')
    terms = {
        m.group(1)
        for m in _DEFINITION.finditer(question)
        if re.search(rf"\b{re.escape(m.group(1))}\b", question[m.end() :])
    }
    # (a short one in capitals, not used again, its words unquoted: "(the 'Moscow Article')" - "(moscow article)",
    # in case the text says it - "the 'Enforcement Gap'")
    question = _DEFINITION.sub(
        lambda m: (
            "" if m.group(1) in terms else f" ({_lower(m.group(1))})" if _TERM.fullmatch(m.group(1)) else m.group(0)
        ),
        question,
    )
    for term in sorted(terms, key=len, reverse=True):
        question = re.sub(rf"\b{re.escape(term)}\b", _lower(term), question)
    # (a name of its own, "the Warren Commission Report", kept in a question writing names in capitals: "... say
    # about Oswald?" - casing.py could not case it again)
    named = len(re.findall(r"(?<=\s)[A-Z][a-z]", _DESIGNATED.sub("", question))) > 0
    return _DESIGNATED.sub(
        lambda m: m.group(1) + _lower(m.group(2)) if not named or " " not in m.group(2) else m.group(0), question
    )


def _lower(term: str) -> str:
    """The term in lower case but for its acronyms ("the WHO Report" - "the WHO report")."""
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in term.split())
