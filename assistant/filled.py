"""A question sent as a template to fill in: a Markdown table whose cells to fill hold "?" ("| Author | ? |"), form
fields with blanks ("Author: ____\\nOutlet: ____"), a table to compare ("| | Norway | Qatar |\\n| Field | ? | ? |"),
a sentence with gaps ("... because of ____"). What is asked is the fields' names, of what the lines around them say it
is about: "Author and outlet (for the article on a new back channel to Moscow)?". The table's bars, rules and blanks,
and its generic headers ("Field", "Value"), are no words of what is asked. Pure function of text, for framed.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.index.prior import DOCUMENT_KINDS

# a blank to fill: underscores, or a cell (or a cell's part) that is only "?"
_UNDERSCORES = re.compile(r"(?<![^\W_])_{3,}(?![^\W_])")  # (not "my_var___tmp")
_BLANK_CELL = re.compile(r"^(?:\?+|…|_{2,}|tbd)(?:\s*[,/;]\s*(?:\?+|_{2,}))*$", re.IGNORECASE)
_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")
# a table of fields and their values: its headers name nothing asked ("| Field | Value |", "| Item | Answer |")
_KEYS = frozenset("field fields item items key question property attribute".split())
_VALUES = frozenset("value values answer answers details info response".split())
# "Label: ____" (several on a line: "Big summit it hosted: ____ / year: ____"; a range: "Years: ____ to ____")
_GAP = r"_{3,}(?:\s*(?:to|and|-|–|/|,)\s*_{3,})*"
_FORM_FIELD = re.compile(rf"\(?((?:[^:\n|/()]|(?<=\S)/(?=\S)|\([^()\n_]*\))*?[^\s:|/(])\s*:\s*[$£€]?{_GAP}\)?")
_NUMBERED_GAP = re.compile(r"(?:\(\d+\)|\b\d+[.)])\s*_{3,}")
_FILL_IN = re.compile(r"^(?:fill\s+in(?:\s+the\s+blanks?)?|complete|template)\s*(?:pls|please)?\s*[:-]\s*", re.I)
# a field's first word that is no name, in lower case after the first ("Author and outlet")
_COMMON = frozenset(
    "what which who whom whose when where why how since year years date title author authors outlet publisher "
    "university institute month day place city country result reason name names workers other".split()
)
_OWN = r"authors?|title|date|year|outlet|publisher|journal|university|institute|volume|issue|publication"
_KINDS = rf"(?:{DOCUMENT_KINDS})s?"
# a question pointing at the fields ("Which of these are required?\n| VPN | ? |")
_POINTING = re.compile(
    r"\b(?:these|those|them|the\s+following|below|above|this\s+table|the\s+(?:table|list|rows))\b", re.I
)
_COMPARE = re.compile(r"^compare\b(?:\s*\(table\))?\s*[:,-]?\s*", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    # (a row carrying on the one before: "| ...and whose interests in Egypt | ? |")
    return [re.sub(r"^(?:\.\.\.|…)\s*", "", c.strip()) for c in line.strip().strip("|").split("|")]


def _joined(names: list[str]) -> str:
    names = [n for n in dict.fromkeys(names) if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _uncapitalised(field: str) -> str:
    """A field's first word in lower case, when it is no name: a common word ("Author", "Year"), or one before a word
    in lower case ("Monthly rent"; not "Russia's role", "New York office")."""
    words = field.split()
    common = words[0].lower() in _COMMON or (len(words) > 1 and words[1][:1].islower() and words[0][1:].islower())
    return field[:1].lower() + field[1:] if common and not re.search(r"['’]s?$", words[0]) else field


def _blank(cell: str) -> bool:
    return _BLANK_CELL.match(cell.strip()) is not None


def _plural(noun: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


def _numbered(fields: list[str]) -> list[str]:
    """Fields numbered 1, 2, 3 as one ("Pillar 1", "Pillar 2", "Pillar 3" - "Pillars"; "Author 1 of the paper",
    "Author 2" - "Authors of the paper"; not "Workers in early 2017")."""
    numbered = [re.match(r"^(.*?[a-z])\s+([1-9])\b(.*)$", named) for named in fields]
    bases = [m.group(1).lower() for m in numbered if m]
    out: list[str] = []
    for named, m in zip(fields, numbered, strict=True):
        if m is None or bases.count(m.group(1).lower()) < 2:
            out.append(named)
        elif m.group(2) == "1" or not any(o.lower().startswith(_plural(m.group(1).lower())) for o in out):
            out.append(_plural(m.group(1)) + m.group(3))
    return out


def _row(cells: list[str], header: list[str]) -> tuple[str, list[str]]:
    """A table row's field: its label (no blank, no number), and the columns it asks (their headers)."""
    blanks = [i for i, c in enumerate(cells) if _blank(c)]
    label = _joined([c for i, c in enumerate(cells) if i not in blanks and c and not c.isdigit()])
    generic = bool(header) and header[0].lower() in _KEYS
    columns = [header[i] for i in blanks if i < len(header) and header[i] and header[i].lower() not in _VALUES]
    return label, [] if generic else columns


@dataclass
class _Template:
    """What a template says, read line by line: the lines around its fields, the fields, a table's header."""

    context: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    compared: bool = False  # (a table to compare, or said to be one: "Compare (table): ...")
    listed: bool = False  # (numbered blanks alone on their lines: "1. ___\n2. ___")
    worded: bool = False  # (a line asking in words, with its own question mark)

    def table_line(self, line: str) -> None:
        before, _, row = line.partition("|")  # ("Compare (table): | | Norway | Qatar |")
        self.text_line(before.strip())
        cells = _cells("|" + row)
        if not any(_blank(c) for c in cells):
            self.header = cells
            if len(cells) == 1 and cells[0]:  # (a one-column list's header: "| US presidents named |")
                self.fields.append(cells[0])
            return
        label, columns = _row(cells, self.header)
        if self.header and not self.header[0] and columns:  # (a table to compare: the row asked of each column)
            self.compared = True
            self.fields.append(f"{_joined(columns)}: {label}" if label else _joined(columns))
        elif columns and label:  # ("| Term | Meaning |\n| forum shopping | ? |")
            self.fields.append(f"{_joined(columns)} of {label}")
        elif label or columns:
            self.fields.append(label or _joined(columns))

    def text_line(self, line: str) -> None:
        if "?" in line:  # (a question in words, as asked: 'The form says "Name: ____". What do I put there?')
            self.context.append(line)
            self.worded = True
            return
        if _COMPARE.match(line):  # ("Compare (table), from the Characteristics table ...:")
            self.compared, line = True, _COMPARE.sub("", line)
        named = [m.group(1).strip(" +&") for m in _FORM_FIELD.finditer(line)]
        if named:  # ("Author: ____", "Big summit it hosted: ____ / year: ____")
            line = _FORM_FIELD.sub("", line).strip(" /;,")
            self.fields.extend(named)
        elif _NUMBERED_GAP.search(line) or _UNDERSCORES.search(line):
            self.listed = self.listed or (
                _NUMBERED_GAP.search(line) is not None and not _NUMBERED_GAP.sub("", line).strip()
            )
            # (a sentence with gaps asks what fills them: "... because of ____, esp. when ____")
            line = _UNDERSCORES.sub("what", _NUMBERED_GAP.sub("___", line))
            line = re.sub(r"\bwhat(?:\s+what\b)+", "what", line).strip()
            line = "" if line == "what" else line.rstrip(".") + "?" if line else ""
        if line:
            self.context.append(line)

    def question(self) -> str:
        """The fields asked of what the lines around them say it is about."""
        said = " ".join(self.context)
        if self.worded and self.fields and _POINTING.search(said):  # ("Which of these are required?": them)
            return f"{said} ({_joined(self.fields)})"
        if self.worded or not self.fields:  # (a question asked in words: its fields only repeat it)
            if self.listed and re.match(r"(?i)fill\s+in\s+", said):  # ("Fill in the 5 downsides ...:\n1. ___")
                said = "List " + re.sub(r"(?i)^fill\s+in\s+", "", said).rstrip(" :") + "?"
            return said
        fields = _numbered(self.fields)
        asked = _joined([_uncapitalised(f) for f in fields])
        asked = f"Compare {asked}" if self.compared else asked[:1].upper() + asked[1:]
        about = re.sub(r"^\(([^()]*(?:\([^()]*\)[^()]*)*)\)$", r"\1", said.rstrip(" :;,-"))
        about = re.sub(r"\s+(?:pls|please|thx|thanks)$", "", about, flags=re.IGNORECASE)
        if re.match(r"(?:for|of|on|in|from|about)\s", about, re.IGNORECASE):  # ("for the article on ...": as said)
            return f"{asked} {about[:1].lower()}{about[1:]}?"
        # (a document's own fields, of the document named: "Title and year of the small-states paper?")
        own = all(re.match(rf"(?i)(?:{_OWN})\b", f) for f in fields)
        if own and re.fullmatch(rf"(?:the\s+)?[\w\s'’-]{{0,60}}\b{_KINDS}", about, re.IGNORECASE):
            kind = re.sub(r"^the\s+", "", about, flags=re.IGNORECASE)
            return f"{asked} of the {kind}?"
        return f"{asked} ({about})?" if about else f"{asked}?"


# "fill in" said of a field, as a note to oneself: asking for it ("Which summit did it host - fill in year", "fill in
# year and exact date the Declaration was signed": give the year)
_FIELDS = r"(?:exact\s+)?(?:year|date|month|day|title|names?|authors?|place|venue|outlet|number|figure)s?"
# (opening the question, the fields and what they are of after them: not "Fill in the date and sign it"; after a
# question, or a dash with words before it on its line: not "Should the applicant, fill in ...", "- fill in the date")
_FILL_IN_FIELD = re.compile(
    rf"(?:^(?-i:fill)\s+in\s+(?:the\s+)?(?={_FIELDS}(?:\s+(?:and|&|\+)\s+{_FIELDS})*\s+(?:the|of|when|that|for|it|they|he|she)\b)|"
    rf"(?:(?<=\S)[ \t]+[-–—][ \t]*|(?<=\?)[ \t]*)(?:pls\s+|please\s+)?fill\s+in\s+(?:the\s+)?(?={_FIELDS}\b))",
    re.IGNORECASE,
)


# ... after a statement, as its last words ("Canal Street wall built - fill in year": which year?)
_STATED_THEN_FILL = re.compile(
    r"^(?P<stated>[^?\n]+?\S)[ \t]+[-–—][ \t]*(?:pls\s+|please\s+)?fill\s+in\s+(?:the\s+)?"
    r"(?P<field>(?:exact\s+)?(?:year|date|month|day|place|venue|number|figure)s?)(?:\s+too)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


def _field_asked(m: re.Match[str]) -> str:
    before = m.string[: m.start()].rstrip()
    return "Give the " if not before else (" Give the " if before[-1] in "?.!" else "? Give the ")


def unfilled(question: str) -> str:
    """The template's fields asked of what it is about (the question as typed when it has nothing to fill)."""
    stated = _STATED_THEN_FILL.match(question)
    if stated and not re.search(r"\b(?:who|what|which|when|where|why|how)\b", stated["stated"], re.IGNORECASE):
        question = f"{stated['stated']} - which {stated['field']}?"
    question = _FILL_IN_FIELD.sub(_field_asked, question)
    if not (_UNDERSCORES.search(question) or re.search(r"(?:^|\s)\|\s*\?[\s?,/]*\|", question, re.MULTILINE)):
        return question
    template = _Template()
    for raw in question.splitlines():
        line = _FILL_IN.sub("", raw.strip())
        if not line or _RULE.match(line):
            continue
        if line.count("|") >= 2 and (line.startswith("|") or " | " in line):  # (not a regex's "a|?|b")
            template.table_line(line)
        else:
            template.text_line(line)
    return template.question() or question
