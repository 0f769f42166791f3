"""Questions typed as web searches, with a search engine's operators: 'intitle:"new back channel to moscow" author',
'us presidents who used back channels -kissinger', 'kashmir talks 2004..2007', 'norway OR qatar', 'author:somerville'.
An operator is no word of the question: what it means is said in words, and a word excluded with a minus is said as the
asker would say it, "Don't mention kissinger." (what the asker does not want: no term the answer must hold, and no
sentence saying it answers - asides.py `unwanted`). Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# a word or a quoted phrase excluded with a minus after a word and a space, in a search with no question mark after it:
# "-kissinger", '-"hotline"' (not "back-channel", "2004-2007", "- a bullet", "-- a dash", "-5 degrees", a line "-flour"
# of a list, "What does rm -rf do?")
_EXCLUDED = re.compile(
    r"(?<=\S)[ \t]+-(\"[^\"\n]{1,60}\"|[A-Za-z][\w'’]{2,}(?:-[\w'’]+)*)(?=[\s,;!)]|$)(?=[^?\n]*$)", re.MULTILINE
)
# a title asked for by the operator: 'intitle:"quiet diplomacy"', "allintitle: oslo channel"
_INTITLE = re.compile(r"\b(?:all)?intitle:\s*(\"[^\"\n]+\"|'[^'\n]+'|\S+)", re.IGNORECASE)
# an author: "author:somerville", "by:jacob"
_AUTHOR = re.compile(r"\b(?:author|by|inauthor):\s*(\"[^\"\n]+\"|\S+)", re.IGNORECASE)
# a site, a URL's part or a file type: what it is about is its word ("site:cycivic.com" - "cycivic")
_SITE = re.compile(r"\b(?:site|inurl|allinurl):\s*(?:https?://)?(?:www\.)?([\w-]+)(?:\.[\w.-]+)?(?:/\S*)?", re.I)
_FILETYPE = re.compile(r"\bfiletype:\s*\w+\b", re.IGNORECASE)
# years as a search engine's range: "2004..2007"
_RANGE = re.compile(r"\b(\d{4})\s*\.\.\s*(\d{4})\b")
# a noun that may be one or more ("author(s)"; not "len(s)" in code)
_PLURAL = re.compile(
    r"\b(author|editor|writer|source|reference|publisher|name|title|year|date|reason|figure|point|item|step|person|"
    r"official|document|paper|article|negotiator|envoy|institution|agreement)\(s\)",
    re.IGNORECASE,
)
# the engine's capitals for "or" and "and" between words ("norway OR qatar"; not in a question: "Which OR nurse ...?")
_BOOLEAN = re.compile(r"(?<=\S\s)(OR|AND)(?=\s+\S)(?=[^?\n]*$)", re.MULTILINE)
_ANY_BOOLEAN = re.compile(r"(?<=\S\s)(OR|AND)(?=\s+\S)")


def unsearched(question: str) -> str:
    """The search as words: 'intitle:"x"' -> 'the document titled "x"', "author:x" -> "by x", "site:x.com" -> "x",
    "2004..2007" -> "2004 to 2007", "OR" -> "or", "author(s)" -> "authors", "-x" -> "Don't mention x.".
    A question with no operator is returned as typed."""
    if not re.search(r"(?<!\S)-[A-Za-z\"]|\w:\s?\S|\.\.|\b(?:OR|AND)\b|\(s\)", question):
        return question
    # (what is asked of it after it, as a search box's nouns: 'intitle:"x" author(s)' - 'the document titled "x" -
    # authors', as metadata.py reads a fragment)
    out = _INTITLE.sub(
        lambda m: (
            f"the document titled {_quoted(m.group(1))}" + (" -" if re.match(r"\s+\w", m.string[m.end() :]) else "")
        ),
        question,
    )
    out = _AUTHOR.sub(lambda m: f"by {m.group(1).strip(chr(34))}", out)
    out = _SITE.sub(lambda m: m.group(1), _FILETYPE.sub("", out))
    out = _RANGE.sub(r"\1 to \2", out)
    # (a search: no question mark after it, or every other word typed in lower case - "saudi OR uae?")
    searching = not re.search(r"[A-Z]", re.sub(r"\b(?:OR|AND)\b", "", out))
    out = (_ANY_BOOLEAN if searching else _BOOLEAN).sub(lambda m: m.group(1).lower(), out)
    out = _PLURAL.sub(r"\1s", out)  # ("author(s) + affiliation")
    # (said as the asker would: "... Don't mention kissinger." - no term the answer must hold, and no sentence saying it
    # answers: asides.py `unwanted`)
    excluded = [m.group(1).strip('"') for m in _EXCLUDED.finditer(out)]
    out = re.sub(r"[ \t]{2,}", " ", _EXCLUDED.sub("", out)).strip()
    if excluded and out:
        out = out.rstrip(" .") + "." + "".join(f" Don't mention {x}." for x in excluded)
    return out or question


def _quoted(title: str) -> str:
    return title if title[:1] in "\"'" else f'"{title}"'
