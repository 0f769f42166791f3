"""A question typed as a database query: "SELECT author_name, pub_date FROM docs WHERE title LIKE '%back channel to
Moscow%'; -- exact date", "WHERE country = 'Finland' -- what institution ...?", "author_name:Somerville topic:
back_channel_south_asia -- who's the scholar ...?". Its keywords, operators, quotes, wildcards and underscores are no
words of any document, and its column names say what is asked the way a question word does; read as the question it
is: "What are the author name and publication date of 'back channel to Moscow'? exact date". Pure function of text,
for words.py `unlabelled`."""

from __future__ import annotations

import re

_SELECT = re.compile(
    r"\bSELECT\s+(?P<columns>.+?)\s+FROM\s+(?P<table>[\w.]+)\s*(?:WHERE\s+(?P<where>.+?))?"
    r"\s*(?:ORDER\s+BY\s+[^;]*?|LIMIT\s+\d+|GROUP\s+BY\s+[^;]*?)*\s*(?:;|(?=\s*--)|$)",
    re.IGNORECASE | re.DOTALL,
)
# a filter with no SELECT before it ("WHERE actor = 'Norway' AND stage = 'implementation'")
# (a condition after it: not "WHERE was it signed?", "a WHERE clause")
_WHERE = re.compile(
    r"\bWHERE\s+(?=[\w.]+\s*(?:=|!=|<>|>|<|~|(?:NOT\s+)?(?:I?LIKE|IN|BETWEEN)\b))(?P<where>.+?)\s*(?:;|(?=\s*--)|$)",
    re.DOTALL,
)
# a key:value filter as a search box takes it ("author_name:Somerville", "topic:back_channel_south_asia",
# "faq:'why is back channel diplomacy bad'"); a key with an underscore, or before a quoted value
_KEY_VALUE = re.compile(
    r"(?<![\w:/])(?P<key>[a-z]+(?:_[a-z]+)*)(?::\s*(?P<value>'[^']*'|\"[^\"]*\")|:(?P<bare>[^\s,;]+))"
)
# one condition of a filter: "country = 'Norway'", "topic LIKE '%mediation%'", "country IN ('Norway','Qatar')",
# "period BETWEEN 1994 AND 1996", "used_back_channel = TRUE"
_CONDITION = re.compile(
    r"(?P<key>[\w.]+)\s*(?:(?P<op>=|==|!=|<>|>=|<=|>|<|~|(?:NOT\s+)?(?:I?LIKE|IN)\b)\s*(?P<value>\([^)]*\)|'(?:[^']|'')*'|"
    r"\"[^\"]*\"|[\w.-]+)|BETWEEN\s+(?P<low>[\w'-]+)\s+AND\s+(?P<high>[\w'-]+))",
    re.IGNORECASE,
)
# the comment after it ("-- all the long-term investment bullets pls"; not a dash before a query: "X vs Y -- SELECT")
_COMMENT = re.compile(r"(?:\s|^)--\s*(?P<comment>(?![^\n]*\b(?:SELECT|WHERE)\b)[^\n]*)$", re.MULTILINE)
# what a column naming people holds ("signatory_name", "author", "senator_names"): asked with "who"
_PERSONS = frozenset(
    "author signatory president person negotiator mediator contact leader chair founder scholar senator official "
    "envoy ambassador minister adviser advisor editor writer".split()
)
_ASKED_VALUE = re.compile(r"['\"](?:what|which|who|whom|whose|when|where|why|how)\b[^'\"?]*['\"]", re.IGNORECASE)
# a query's own words left in its comment ("every bullet, no LIMIT")
_KEYWORDS = re.compile(r"\b(?:no\s+)?(?-i:LIMIT|NULL|DISTINCT|ORDER\s+BY|GROUP\s+BY|JOIN|COUNT)\b\s*\d*", re.I)
# keys naming only where to look, said by no value of theirs ("topic = 'back-channel'", "section = 'intro'")
_PLACE_KEYS = frozenset("topic subject context section title body doc document text block region area".split())
# column names said as words a question asks with
_COLUMN_WORDS = {
    "pub": "publication", "pubdate": "publication date", "doc": "document", "docs": "documents", "num": "number",
    "qty": "number", "cnt": "count", "desc": "description", "org": "organisation", "dt": "date", "yr": "year",
    "id": "", "name": "name", "names": "names",
}  # fmt: skip


def _words(identifier: str) -> str:
    """A column or table name as words ("pub_date" - "publication date", "what_singapore_lacks")."""
    parts = re.split(r"[_.]+", identifier.strip())
    if len(parts) > 1 and parts[-1].lower() in ("name", "names"):  # ("author_name": the author; "senator_names")
        parts = parts[:-1] if parts[-1].lower() == "name" else [*parts[:-2], parts[-2] + "s"]
    return " ".join(filter(None, (_COLUMN_WORDS.get(p.lower(), p.lower()) for p in parts)))


def _asked(columns: str) -> str:
    """What the columns ask, a question word each: "COUNT(*)" - "how many", "author_name, pub_date" - "who is the
    author and what is the publication date", "*" - "what is said"."""
    names = [c.strip() for c in re.split(r",(?![^()]*\))", columns) if c.strip()]
    if names == ["*"]:
        return "what is said"
    asks = []
    for column in names:
        if re.match(r"count\s*\(", column, re.I):
            asks.append("how many are there")
            continue
        words = _words(re.sub(r"\s+AS\s+\w+$", "", column, flags=re.I))
        if not words:
            continue
        plural = words.endswith("s") and not words.endswith(("ss", "us", "is"))
        person = words.split()[-1].removesuffix("s") in _PERSONS
        asks.append(f"{'who' if person else 'what'} {'are' if plural else 'is'} the {words}")
    return " and ".join(asks)


def _value(raw: str) -> str:
    value = raw.strip()
    if value[:1] == "(":
        items = [_value(v) for v in re.split(r",\s*", value[1:-1])]
        return " and ".join(i for i in items if i)
    value = value.strip("'\"").replace("''", "'").strip("%*").replace("%", " ")
    return value


def _conditions(where: str) -> list[str]:
    """What a filter names: its values ("Norway", "small-state mediation"), a flag or a number with its key
    ("used back channel", "period between 1994 and 1996")."""
    said = []
    for m in _CONDITION.finditer(where):
        if m.group("low"):
            said.append(f"{_words(m.group('key'))} between {_value(m.group('low'))} and {_value(m.group('high'))}")
            continue
        value = _value(m.group("value") or "")
        if value.upper() in ("TRUE", "1", "YES"):
            said.append(_words(m.group("key")))
        elif value.upper() in ("FALSE", "0", "NO", "NULL"):
            said.append("not " + _words(m.group("key")))
        elif re.fullmatch(r"[\d.-]+", value):  # (a bare figure says nothing without its key: "year = 2008")
            said.append(f"{_words(m.group('key'))} {value}")
        elif m.group("key").lower().rsplit("_", 1)[-1] in ("with", "by", "in", "on", "to", "at", "from", "for"):
            said.append(f"{_words(m.group('key'))} {value}")  # ("met_with = 'Zelensky'": met with Zelensky)
        elif re.fullmatch(r"[a-z]+", value) and _words(m.group("key")) not in _PLACE_KEYS:
            said.append(f"{value} {_words(m.group('key'))}")  # ("channel = 'secret'": the secret channel)
        elif value:
            said.append(value)
    return said


def unqueried(question: str) -> str:
    """The question a query asks, in words (the question as typed when it is no query)."""
    comments = [_KEYWORDS.sub("", c.group("comment")).strip(" ,;") for c in _COMMENT.finditer(question)]
    text = re.sub(r"\s--\s+(?=SELECT\b|WHERE\b)", " — ", _COMMENT.sub("", question))
    select = _SELECT.search(text)
    where = None if select else _WHERE.search(text)
    pairs = [] if select or where else list(_KEY_VALUE.finditer(text))
    # (a search box's filters: one key at least with an underscore; not "Note: ...", "re: ...", 'intitle:"..."')
    # (or a question quoted as a key's value: "faq:'why is back channel diplomacy bad' -> ...")
    if pairs and not any("_" in p.group("key") or _ASKED_VALUE.fullmatch(p.group("value") or "") for p in pairs):
        pairs = []
    if not (select or where or pairs):
        return question
    if select:
        asked = _asked(select.group("columns"))
        about = _conditions(select.group("where") or "")
        table = _words(select.group("table"))
        if table not in ("documents", "document", "articles", "papers", "texts", "sources", "table", "data"):
            about.insert(0, f"the {table}")  # ("FROM characteristics_table")
        said = asked[:1].upper() + asked[1:] + (f" of {', '.join(about)}" if about else "") + "?"
        text = text[: select.start()] + said + text[select.end() :]
    elif where:
        about = _conditions(where.group("where"))
        text = text[: where.start()] + (f"(regarding {', '.join(about)})" if about else "") + text[where.end() :]
    else:
        for m in reversed(pairs):
            value = _value(m.group("value") or m.group("bare")).replace("_", " ")
            value = value + "?" if _ASKED_VALUE.fullmatch(m.group("value") or "") else value
            text = text[: m.start()] + value + text[m.end() :]
    text = " ".join([text.strip(" ;"), *[c.strip() for c in comments if c.strip()]])
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text or question
