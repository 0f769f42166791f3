"""A question written among LaTeX, as a thesis draft holds it ("\\section{Small states} --- Rafique \\& Samiullah
\\cite{?} compare three cases; which three? \\todo{table 2.1}", "fill in \\textbf{year}", "Jan~2022", "``ecology''"):
the words of the question, without the markup. A command's argument that is text ("\\emph{niche}") is kept; one that
points elsewhere ("\\cite{?}", "\\ref{tab:1}", "\\label{...}") or is the writer's own note ("\\todo{...}", unless it
alone asks) goes; a section's title stays as what the question is about. Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

# a LaTeX command: "\cite", "\section*", "\&" (not a Windows path's "C:\Users": a letter after a colon)
_COMMAND = re.compile(r"(?<![:\w])\\(?:[A-Za-z]+\*?|[&%$#_{}~^,;! ])")
_POINTERS = (
    r"cite[tp]?|citeauthor|citeyear|parencite|textcite|autocite|footcite|ref|eqref|autoref|cref|Cref|label|pageref"
)
_NOTES = r"todo|note|fixme|marginpar|comment|hl|sout"
_TEXT = (
    r"emph|textit|textbf|texttt|textsc|textsf|textrm|textup|textsl|underline|uline|enquote|mbox|text|"
    r"section|subsection|subsubsection|chapter|paragraph|subparagraph|part|caption|title|footnote|item"
)
_ARG = r"(?:\[[^\]\n]{0,80}\])?\{((?:[^{}\n]|\{[^{}\n]*\}){0,300})\}"
_SECTION = re.compile(rf"\\(?:sub)*(?:section|chapter|paragraph|part)\*?{_ARG}\s*(?:---|--|:)?\s*")
_POINTER = re.compile(rf"\s*\\(?:{_POINTERS})\*?(?:\[[^\]\n]{{0,80}}\])?(?:\{{[^{{}}\n]{{0,200}}\}})?")
_NOTE = re.compile(rf"\s*\\(?:{_NOTES})\*?{_ARG}")
_WRAPPED = re.compile(rf"\\(?:{_TEXT})\*?{_ARG}")
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{[A-Za-z*]+\}")
# a comment's mark: "%" opening a line or after a space, with the writer's "TODO" after it (not "50%", "\%")
_COMMENT = re.compile(r"(?:(?<=\s)|^)%+\s*(?:(?:TODO|FIXME|XXX|NB)\b:?\s*)?", re.MULTILINE)
_ASKS = re.compile(r"\?")


def typeset(question: str) -> bool:
    """Does the question hold LaTeX markup (a command, a quotation in `` and '', or a comment's "%" opening a line
    with a dash or a tie of LaTeX's: "% US presidents --- which ones? fn.~12")?"""
    return (
        bool(_COMMAND.search(question))
        or bool(re.search(r"``[^`']{1,200}''", question))
        or bool(re.search(r"(?m)^%", question) and re.search(r"---|(?<=\w)--(?=\w)|(?<=\S)~(?=\S)", question))
    )


def untypeset(question: str) -> str:
    """The question without its LaTeX markup (as typed when it has none)."""
    if not typeset(question):
        return question
    text = _ENVIRONMENT.sub(" ", question)
    text = _SECTION.sub(lambda m: f"{m.group(1).strip()}: ", text)
    notes = [m.group(1) for m in _NOTE.finditer(text)]
    text = _POINTER.sub("", _NOTE.sub("", text))
    if not _ASKS.search(text):  # ("\todo{who wrote it?}": the note is the question)
        text = f"{text} {' '.join(n for n in notes if _ASKS.search(n))}"
    for _ in range(3):  # (nested: "\textbf{\emph{year}}")
        text = _WRAPPED.sub(r"\1", text)
    text = _COMMENT.sub("", text)
    text = re.sub(r"``|''", '"', text).replace("`", "'")
    text = re.sub(r"(?<=\w)--(?=\w)", "-", text)  # ("Kissinger--Dobrynin", "2004--07")
    text = re.sub(r"\s*---?\s*", " - ", text)
    text = re.sub(r"\\(?=\s)", "", text)  # ("vs.\ Qatar": a space after a stop that ends no sentence)
    text = re.sub(r"(?<=\S)~(?=\S)", " ", text)
    text = re.sub(r"\\\\", "\n", text)
    text = re.sub(r"\\([&%$#_{}])", r"\1", text)
    text = re.sub(r"\\(?:ldots|dots|textellipsis)\b", "...", text)
    text = _COMMAND.sub("", text)  # (what no rule knows: "\noindent", "\,")
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"[ \t]+([?.!,;:])", r"\1", text).strip().lstrip(":;,- ") or question
