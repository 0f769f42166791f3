"""A question written among LaTeX, as a thesis draft holds it ("\\section{Small states} --- Rafique \\& Samiullah
\\cite{?} compare three cases; which three? \\todo{table 2.1}", "fill in \\textbf{year}", "Jan~2022", "``ecology''"):
the words of the question, without the markup. A command's argument that is text ("\\emph{niche}") is kept; one that
points elsewhere ("\\cite{?}", "\\ref{tab:1}", "\\label{...}") or is the writer's own note ("\\todo{...}", unless it
alone asks) goes, and a citation naming its author in the sentence ("\\citet{...}") is "the author"; a section's title
stays as what the question is about, but for one word over a question that asks ("\\section{Methods}"). Only LaTeX's
own commands are read so (not a Windows path's ".\\scripts", a regex's "\\d{4}"). Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

_POINTERS = (
    r"parencite|textcite|autocite|footcite|citealp|citeyear|citep|cite|eqref|autoref|cref|Cref|ref|label|pageref"
)
# a citation naming its authors in the sentence ("\citet{somerville2022} argues"): its key is no name the text says
_NAMING = r"citeauthor|citet"
_NOTES = r"todo|note|fixme|marginpar|comment|sout"
_TEXT = (
    r"emph|textit|textbf|texttt|textsc|textsf|textrm|textup|textsl|underline|uline|enquote|mbox|text|hl|"
    r"section|subsection|subsubsection|chapter|paragraph|subparagraph|part|caption|title|footnote|item"
)
_BARE = r"ldots|dots|textellipsis|LaTeX|TeX|noindent|item"
# a command LaTeX has, with its argument or as a word of its own ("\cite{?}", "\section*{...}", "\item", "\&"); not
# any backslash and letters: a Windows path (".\scripts\build.ps1"), a regex ("\d{4}")
_KNOWN = re.compile(
    rf"\\(?:(?:{_POINTERS}|{_NAMING}|{_NOTES}|{_TEXT}|begin|end)(?![A-Za-z])\*?(?:\[[^\]\n]{{0,80}}\])?\{{|(?:{_BARE})(?![A-Za-z])|[&%_{{}}#])"
)
_ARG = r"(?:\[[^\]\n]{0,80}\])?\{((?:[^{}\n]|\{[^{}\n]*\}){0,300})\}"
_SECTION = re.compile(rf"\\(?:sub)*(?:section|chapter|paragraph|part)(?![A-Za-z])\*?{_ARG}\s*(?:---|--|:)?\s*")
_POINTER = re.compile(rf"\s?\\(?:{_POINTERS})(?![A-Za-z])\*?(?:\[[^\]\n]{{0,80}}\])?(?:\{{[^{{}}\n]{{0,200}}\}})?")
_CITED = re.compile(rf"\\(?:{_NAMING})(?![A-Za-z])\*?(?:\[[^\]\n]{{0,80}}\])?\{{[^{{}}\n]{{0,200}}\}}")
_NOTE = re.compile(rf"\s?\\(?:{_NOTES})(?![A-Za-z])\*?{_ARG}")
_WRAPPED = re.compile(rf"\\(?:{_TEXT})(?![A-Za-z])\*?{_ARG}")
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{[A-Za-z*]+\}")
# a comment: "%" opening a line marks it, the line being the question ("% US presidents --- which ones?"); after the
# question on a line, the rest of the line is the writer's ("Who signed it? % ask the supervisor"; not "50 %")
_COMMENT_MARK = re.compile(r"^[ \t]*%+[ \t]*(?:(?:TODO|FIXME|XXX|NB)\b:?[ \t]*)?", re.MULTILINE)
_COMMENT = re.compile(r"(?<![\d\\])[ \t]+%.*$", re.MULTILINE)
_ASKS = re.compile(r"\?")


def typeset(question: str) -> bool:
    """Does the question hold LaTeX markup (a command LaTeX has, a quotation in `` and '', or a comment's "%" opening a
    line with a dash or a tie of LaTeX's: "% US presidents --- which ones? fn.~12")?"""
    return (
        bool(_KNOWN.search(question))
        or bool(re.search(r"``[^`']{1,200}''", question))
        or bool(re.search(r"(?m)^%", question) and re.search(r"---|(?<=\w)--(?=\w)|(?<=\S)~(?=\S)", question))
    )


def untypeset(question: str) -> str:
    """The question without its LaTeX markup (as typed when it has none)."""
    if not typeset(question):
        return question
    text = _ENVIRONMENT.sub(" ", question)
    asks = _ASKS.search(_NOTE.sub("", _SECTION.sub("", text)))
    # (one word over a question that asks is the draft's layout: "\section{Methods} --- how many ...?")
    text = _SECTION.sub(lambda m: "" if asks and len(m.group(1).split()) == 1 else f"{m.group(1).strip()}: ", text)
    notes = [m.group(1) for m in _NOTE.finditer(text)]
    text = _CITED.sub("the author", _POINTER.sub("", _NOTE.sub("", text)))
    if not _ASKS.search(text):  # ("\todo{who wrote it?}": the note is the question)
        text = f"{text} {' '.join(n for n in notes if _ASKS.search(n))}"
    for _ in range(3):  # (nested: "\textbf{\emph{year}}")
        text = _WRAPPED.sub(r"\1", text)
    text = _COMMENT.sub("", _COMMENT_MARK.sub("", text))
    text = re.sub(r"``([^`']{1,200})''", r'"\1"', text)
    text = re.sub(r"(?<=\w)--(?=\w)", "-", text)  # ("Kissinger--Dobrynin", "2004--07")
    text = re.sub(r"\s*---\s*|\s+--\s+", " - ", text)  # (not "--oneline", an option)
    text = re.sub(r"(?<=\.)\\(?=\s)", "", text)  # ("vs.\ Qatar": a space after a stop that ends no sentence)
    text = re.sub(r"(?<=\S)~(?=\S)", " ", text)
    text = re.sub(r"\\([&%$#_{}])", r"\1", text)
    text = re.sub(r"\\(?:ldots|dots|textellipsis)(?![A-Za-z])", "...", text)
    text = re.sub(
        rf"\\(?:{_BARE})(?![A-Za-z])(?:\{{\}})?",
        lambda m: m.group(0)[1:].rstrip("{}") if "TeX" in m.group(0) else "",
        text,
    )
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"[ \t]+([?.!,;:])", r"\1", text).strip().lstrip(":;,- ") or question
