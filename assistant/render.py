"""HTML and Markdown for the chat UI. Everything taken from a document is escaped here.

Document text is shown as text: it goes through `html.escape` (for HTML) or
`markdown_text` (for the chatbot's Markdown) before it reaches the page, so a
document holding `<script>`, `<img onerror=...>` or `[x](javascript:...)` renders inert.
"""

from __future__ import annotations

import bisect
import html
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from dragoman.index.byline import stated

if TYPE_CHECKING:
    from dragoman.assistant.answer import Answer, Citation, SentenceVerdict
    from dragoman.index.documents import DocumentInfo
    from dragoman.index.retrieval import Passage
    from dragoman.ingest.pipeline import IngestReport

# Characters Markdown (CommonMark/GFM) gives a meaning to anywhere, and those that matter only at
# the start of a line (headings, lists, setext underlines); `<`, `>`, `&` go through html.escape.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]()!|~$])")
_MD_LINE_START = re.compile(r"^([ \t]*)([#+=-]|\d+[.)])", re.MULTILINE)
DOCUMENT_WINDOW = 200_000  # characters of a long document shown around the quote

CSS = """
.dm-sources { display: flex; flex-direction: column; gap: 12px; }
.dm-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px; }
.dm-head { font-weight: 600; }
.dm-num { color: var(--color-accent); margin-right: 4px; }
.dm-meta { font-size: 0.85em; opacity: 0.8; margin: 2px 0 6px; }
.dm-meta code { font-size: 0.95em; }
.dm-ocr { color: #8a5a00; }
.dm-about { font-size: 0.88em; margin: 2px 0; }
.dm-passage { white-space: pre-wrap; margin: 0; padding: 6px 10px; border-left: 3px solid var(--border-color-accent);
              background: var(--background-fill-secondary); font-size: 0.92em; }
.dm-sources mark { background: #fde68a; color: #111; padding: 0 1px; border-radius: 2px; }
.dm-doc summary { cursor: pointer; margin-top: 6px; font-size: 0.9em; color: var(--color-accent); }
.dm-doctext { white-space: pre-wrap; max-height: 420px; overflow: auto; font-size: 0.88em; padding: 8px;
              border: 1px solid var(--border-color-primary); border-radius: 6px; margin-top: 6px; }
.dm-notice { border-radius: 8px; padding: 10px 12px; margin-bottom: 10px; }
.dm-abstain { background: #fff7e6; border: 1px solid #f0b429; color: #5c3c00; }
.dm-error { background: #fdecea; border: 1px solid #e5534b; color: #7a1712; }
.dm-ok { background: #eaf7ee; border: 1px solid #3fa55b; color: #174d27; }
.dm-info { background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); }
#chat .bot.message:has(.dm-abstain-mark) { background: #fff7e6; border: 1px solid #f0b429; }
.dm-empty { opacity: 0.7; font-style: italic; }
.dm-table { width: 100%; border-collapse: collapse; font-size: 0.92em; }
.dm-table th, .dm-table td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--border-color-primary); }
.dm-report ul { margin: 4px 0 0 18px; }
"""

# Scrolls an opened document to its highlighted quote (attached once to the sources panel).
SCROLL_TO_MARK_JS = """
element.addEventListener('toggle', (event) => {
  const box = event.target.querySelector && event.target.querySelector('.dm-doctext');
  const mark = box && box.querySelector('mark');
  if (event.target.open && mark) { box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3; }
}, true);
"""


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def markdown_text(text: str) -> str:
    """Text that the chatbot's Markdown renderer shows literally (no tags, links or emphasis)."""
    text = _MD_INLINE.sub(r"\\\1", html.escape(text, quote=False))
    return _MD_LINE_START.sub(lambda m: f"{m[1]}{m[2][:-1]}\\{m[2][-1]}", text)


def highlight(text: str, start: int, end: int) -> str:
    """Escaped `text` with `text[start:end]` wrapped in <mark>."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"


def document_html(text: str, start: int, end: int, window: int = DOCUMENT_WINDOW) -> str:
    """The whole document with the quote highlighted (a window around it when very long)."""
    lo, hi = 0, len(text)
    if len(text) > window:
        lo, hi = max(0, start - window // 2), min(len(text), end + window // 2)
    before = f"<p class='dm-empty'>… {lo:,} characters before …</p>" if lo else ""
    after = f"<p class='dm-empty'>… {len(text) - hi:,} characters after …</p>" if hi < len(text) else ""
    return before + highlight(text[lo:hi], start - lo, end - lo) + after


# -- chat ---------------------------------------------------------------------------------
def answer_markdown(answer: Answer, show_dropped: bool = False) -> str:
    """The answer for the chat: text, who wrote it, any notice, and (on demand) the sentences left out."""
    notice = f"\n\n*ℹ️ {markdown_text(answer.notice)}*" if answer.notice else ""
    if answer.resolved_question and answer.resolved_question != answer.question:
        notice = f"\n\n*Understood as:* {markdown_text(answer.resolved_question)}" + notice
    if answer.abstained:
        return (
            "<span class='dm-abstain-mark'>⚠️</span> **Not answered from your documents.** "
            + markdown_text(answer.text)
            + " The closest passages are listed under *Sources*; they are not an answer."
            + notice
        )
    text = markdown_text(answer.text)
    if answer.mode == "generative":
        text += "\n\n*Written by the language model; every sentence shown is supported by the passage it cites.*"
    text += notice
    dropped = [v for v in answer.verdicts if not v.supported]
    if show_dropped and dropped:
        items = "".join(f"\n- ~~{markdown_text(v.text)}~~ — {markdown_text(v.reason)}" for v in dropped)
        text += f"\n\n**Left out, not supported by the sources:**{items}"
    return text


def draft_markdown(draft: str, verdicts: list[SentenceVerdict]) -> str:
    """The language model's reply as it is written, marked as an unchecked draft, with each finished
    sentence's verdict; the verified answer replaces it (unsupported sentences are not kept)."""
    marks = "".join(
        f"\n- {'✅ supported' if v.supported else '✖ left out: ' + markdown_text(v.reason)}" for v in verdicts
    )
    return (
        "*Draft, not yet checked against the sources:*\n\n"
        + markdown_text(draft)
        + ("\n\n*Checking each sentence…*" + marks if verdicts else "")
    )


def notice_html(message: str, kind: str = "error", title: str = "Error") -> str:
    """A styled notice; kind is error, abstain, ok or info."""
    return f"<div class='dm-notice dm-{kind}'><b>{esc(title)}.</b> {esc(message)}</div>"


def _meta(source: str, line_start: int, line_end: int, extra: str = "") -> str:
    lines = f"line {line_start}" if line_start == line_end else f"lines {line_start}–{line_end}"
    return f"<div class='dm-meta'><code>{esc(source)}</code> · {lines}{extra}</div>"


def _open_document(text: str | None, start: int, end: int) -> str:
    if text is None:
        return "<div class='dm-empty'>The document is no longer in the library.</div>"
    return (
        f"<details class='dm-doc'><summary>Open the whole document</summary>"
        f"<div class='dm-doctext'>{document_html(text, start, end)}</div></details>"
    )


def about_html(metadata: Mapping[str, Any], title: str = "") -> str:
    """What the file states of itself, on one line: “Title” (when not the one shown) · authors ·
    date · publisher; "" when it states nothing. Every value is escaped: it comes from the file."""
    facts = stated(metadata)
    names = list(facts.authors[:3]) + (["et al."] if len(facts.authors) > 3 else [])
    shown = " ".join(facts.title.split()).casefold() != " ".join(title.split()).casefold()
    parts = [f"“{facts.title}”" if facts.title and shown else "", ", ".join(names), facts.published, facts.publisher]
    line = " · ".join(_clip(p) for p in parts if p)
    return f"<div class='dm-about'>{esc(line)}</div>" if line else ""


def _clip(value: str, n: int = 120) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"


def place_note(meta: Mapping[str, Any], line_start: int, line_end: int) -> str:
    """ " · page 7" ("pages 7–8") for a source read page by page (a PDF: the file line each later page
    starts on is stored with it), and a mark when some of its pages were read by OCR, so may hold
    misread words; "" for other sources."""
    starts, ocr, note = meta.get("page_lines"), meta.get("ocr"), ""
    if isinstance(starts, list) and starts:
        first, last = bisect.bisect_right(starts, line_start) + 1, bisect.bisect_right(starts, line_end) + 1
        note = f" · page {first}" if first == last else f" · pages {first}–{last}"
    if isinstance(ocr, list) and ocr:
        shown = ", ".join(str(p) for p in ocr[:10]) + (", …" if len(ocr) > 10 else "")
        note += f" · <span class='dm-ocr'>text read by OCR (page{'s' if len(ocr) > 1 else ''} {esc(shown)})</span>"
    return note


def citation_html(
    cs: Citation | Sequence[Citation], doc_text: str | None, show_scores: bool, note: str = "", about: str = ""
) -> str:
    """One card for the citations quoting one passage (a list's items): every quote highlighted."""
    cs = [cs] if not isinstance(cs, (list, tuple)) else list(cs)  # type: ignore[list-item]
    c, p = cs[0], cs[0].passage
    inside = all(p.start <= x.start and x.end <= p.end for x in cs)
    text, base = (p.text, p.start) if inside else (doc_text or c.quote, 0 if doc_text else c.start)
    lo, hi = min(x.start for x in cs) - base, max(x.end for x in cs) - base
    if not inside:  # a quote beyond the retrieved passage (list items, front matter): show the quotes' lines
        lo0 = text.rfind("\n", 0, max(lo, 0)) + 1
        text, base, lo, hi = text[lo0:hi], base + lo0, lo - lo0, hi - lo0
    score = f" · score {max(x.score for x in cs):.3f}" if show_scores else ""
    numbers = "".join(f"[{x.number}]" for x in cs)
    spans = [(x.start - base, x.end - base) for x in cs]
    return (
        f"<div class='dm-source' data-source='{esc(c.source)}'>"
        f"<div class='dm-head'><span class='dm-num'>{numbers}</span>{esc(c.title)}</div>{about}"
        f"{_meta(c.source, min(x.line_start for x in cs), max(x.line_end for x in cs), score + note)}"
        f"<blockquote class='dm-passage'>{inline_markdown(highlight_all(text, spans))}</blockquote>"
        f"{_open_document(doc_text, c.start, cs[-1].end)}</div>"
    )


def highlight_all(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped `text` with each span wrapped in <mark>."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start, end = max(pos, min(start, len(text))), max(pos, min(end, len(text)))
        out += [esc(text[pos:start]), f"<mark>{esc(text[start:end])}</mark>"]
        pos = end
    return "".join([*out, esc(text[pos:])])


_BOLD = re.compile(r"\*\*([^*<>\n]+?)\*\*|__([^_<>\n]+?)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*([^*<>\n]+?)\*(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)


def inline_markdown(escaped: str) -> str:
    """Escaped document text with its Markdown emphasis and headings shown as such, not as
    raw `**...**`; line breaks kept. Spans of a mark are never crossed."""
    escaped = _BOLD.sub(lambda m: f"<strong>{m[1] or m[2]}</strong>", escaped)
    escaped = _EMPHASIS.sub(r"<em>\1</em>", escaped)
    return _HEADING.sub(r"<strong>\1</strong>", escaped)


def _grouped(citations: Sequence[Citation]) -> list[list[Citation]]:
    """Citations grouped by the passage they quote, in order of their first number."""
    groups: dict[str, list[Citation]] = {}
    for c in citations:
        groups.setdefault(c.passage.chunk_id, []).append(c)
    return list(groups.values())


def passage_html(n: int, p: Passage, doc_text: str | None, show_scores: bool, note: str = "", about: str = "") -> str:
    score = ""
    if show_scores:
        sim = f", similarity {p.similarity:.3f}" if p.similarity is not None else ""
        score = f" · score {p.score:.4f}{sim}"
    return (
        f"<div class='dm-source dm-closest' data-source='{esc(p.source)}'>"
        f"<div class='dm-head'><span class='dm-num'>({n})</span>{esc(p.title)}</div>{about}"
        f"{_meta(p.source, p.line_start, p.line_end, score + note)}"
        f"<blockquote class='dm-passage'>{inline_markdown(esc(p.text))}</blockquote>"
        f"{_open_document(doc_text, p.start, p.end)}</div>"
    )


def sources_html(
    answer: Answer,
    document_text: Callable[[str], str | None],
    show_scores: bool,
    max_passages: int = 3,
    metadata: Callable[[str], Mapping[str, Any]] = lambda source: {},
) -> str:
    """The sources panel: citations with highlighted quotes, or an abstention notice with the
    closest passages. `metadata(source)` is the document's stored metadata: what the file states
    of itself (title, authors, date, publisher) is shown under its title, and OCR is noted."""

    def notes(shown: Sequence[Passage] | Sequence[Citation]) -> tuple[str, str]:
        meta, lines = metadata(shown[0].source), (min(x.line_start for x in shown), max(x.line_end for x in shown))
        return place_note(meta, *lines), about_html(meta, shown[0].title)

    if answer.abstained:
        closest = "".join(
            passage_html(i, p, document_text(p.source), show_scores, *notes([p]))
            for i, p in enumerate(answer.passages[:max_passages], 1)
        )
        confidence = f" (evidence strength {answer.confidence:.2f})" if show_scores else ""
        notice = notice_html(
            f"{answer.text} These are the closest passages found{confidence}:",
            "abstain",
            "Not answered from your documents",
        )
        return f"<div class='dm-sources'>{notice}{closest or _empty('No passages at all: is the library empty?')}</div>"
    if answer.mode == "metadata" and answer.passages:  # nothing quoted: the document it is about
        p = answer.passages[0]
        return f"<div class='dm-sources'>{metadata_card(p, document_text(p.source), metadata(p.source))}</div>"
    items = "".join(
        citation_html(g, document_text(g[0].source), show_scores, *notes(g)) for g in _grouped(answer.citations)
    )
    return f"<div class='dm-sources'>{items}</div>"


def metadata_card(p: Passage, doc_text: str | None, meta: Mapping[str, Any]) -> str:
    """The card of an answer from a file's metadata: the document, what it states of itself, and
    no quote (its text does not say it)."""
    return (
        f"<div class='dm-source dm-from-metadata' data-source='{esc(p.source)}'>"
        f"<div class='dm-head'>{esc(p.title)}</div>{about_html(meta, p.title)}"
        f"<div class='dm-meta'><code>{esc(p.source)}</code> · from the file's metadata, not its text: "
        f"no passage to quote</div>{_open_document(doc_text, 0, 0)}</div>"
    )


def _empty(message: str) -> str:
    return f"<div class='dm-empty'>{esc(message)}</div>"


SOURCES_PLACEHOLDER = (
    "<div class='dm-empty dm-placeholder'>Ask a question: the passages each answer cites appear here.</div>"
)
SOURCES_PENDING = "<div class='dm-empty dm-pending'>Answering…</div>"


# -- library ------------------------------------------------------------------------------
def documents_table(docs: Iterable[DocumentInfo], folder_names: Mapping[str, str]) -> str:
    rows = []
    for d in sorted(docs, key=lambda d: d.doc_id):
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.ingested_at)) if d.ingested_at else ""
        folder = folder_names.get(d.root, d.root)
        rows.append(
            f"<tr><td>{esc(d.title)}{about_html(d.metadata, d.title)}</td><td><code>{esc(d.doc_id)}</code></td>"
            f"<td>{esc(folder)}</td>"
            f"<td>{d.chunks}</td><td>{esc(when)}</td></tr>"
        )
    if not rows:
        return _empty("The library is empty: upload documents or re-index the corpus folder.")
    head = "<tr><th>Title</th><th>File</th><th>Folder</th><th>Chunks</th><th>Indexed</th></tr>"
    return f"<table class='dm-table' id='dm-documents'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _items(label: str, entries: Iterable[str]) -> str:
    entries = list(entries)
    if not entries:
        return ""
    return f"<div>{esc(label)}:<ul>{''.join(f'<li>{e}</li>' for e in entries)}</ul></div>"


def report_html(report: IngestReport, title: str = "Indexed") -> str:
    """An ingest/remove report: what was added, changed, removed, and every file left out with its reason
    (styled as a success only when something in the library changed)."""
    changed = report.added or report.changed or report.removed
    parts = [
        f"<div class='dm-notice dm-{'ok' if changed else 'info'} dm-report'><b>{esc(title)}.</b> "
        f"{esc(report.summary())}",
        _codes("Added", report.added),
        _codes("Changed", report.changed),
        _codes("Removed", report.removed),
        "</div>",
    ]
    return "".join(parts) + _left_out(report.skipped)


def upload_html(report: IngestReport | None, uploaded: Sequence[str], rejected: Mapping[str, str]) -> str:
    """What an upload did to each file sent: added, changed, unchanged or failed (each failure named with
    its reason). A success banner only when something was indexed."""
    mine = set(uploaded)  # an upload's document id is its file name
    failed = dict(rejected)
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    if report is not None:
        failed.update({PurePath(p).name: why for p, why in report.skipped.items() if PurePath(p).name in mine})
        added, changed, unchanged = (
            [d for d in ids if d in mine] for ids in (report.added, report.changed, report.unchanged)
        )
    counts = f"{len(added)} added, {len(changed)} changed, {len(unchanged)} unchanged, {len(failed)} failed"
    if added or changed:
        kind, title = "ok", "Uploaded"
    elif unchanged and not failed:
        kind, title, counts = "info", "Nothing new", counts + " (already indexed with the same content)"
    elif not failed:
        return notice_html("Choose one or more files first, then upload.", "info", "Nothing to upload")
    else:
        kind, title = "error", "Nothing was indexed"
    body = [_codes("Added", added), _codes("Changed", changed), _codes("Unchanged", unchanged)]
    if report is not None:
        body.append(_codes("Removed (file no longer in the uploads folder)", report.removed))
    if kind == "error":
        body.append(_reasons(failed))
        failed = {}
    notice = f"<div class='dm-notice dm-{kind} dm-report'><b>{esc(title)}.</b> {esc(counts)}{''.join(body)}</div>"
    return notice + _left_out(failed)


def _codes(label: str, names: Iterable[str]) -> str:
    return _items(label, (f"<code>{esc(n)}</code>" for n in names))


def _reasons(failed: Mapping[str, str]) -> str:
    return _items("Not indexed", (f"<code>{esc(name)}</code>: {esc(why)}" for name, why in sorted(failed.items())))


def _left_out(failed: Mapping[str, str]) -> str:
    return f"<div class='dm-notice dm-error dm-report'><b>Left out.</b>{_reasons(failed)}</div>" if failed else ""


def confirm_remove_html(info: DocumentInfo, uploaded: bool) -> str:
    """The question asked before a document is removed, naming it and what goes with it."""
    what = "its uploaded file is deleted too" if uploaded else "the file in the corpus folder is left alone"
    return (
        f"<div class='dm-notice dm-abstain dm-confirm'><b>Remove “{esc(info.title or info.doc_id)}”?</b> "
        f"<code>{esc(info.doc_id)}</code>, {info.chunks} passages. Answers will no longer cite it; "
        f"{what}.</div>"
    )
