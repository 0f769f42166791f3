"""Ingest texts handed over in memory — (id, text, metadata), such as llama-index Documents.

They take the path files take (pipeline.py): cleaned, chunked with exact spans, diffed by
content hash against the store, only new chunk texts embedded, all of it written through the
one writer. A text is identified by its id: the same id with the same text and metadata is
skipped without chunking; an edited text re-embeds only the chunks whose text changed.
Texts belong to an `origin` (e.g. "llama-index"), which stands where a file's corpus folder
does: `delete_missing` removes the documents of that origin that are not given again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.index.core import Index
from dragoman.index.documents import DocumentInfo
from dragoman.ingest.pipeline import IngestReport, Plan, ProgressFactory, chunk_into, run, signature
from dragoman.ingest.readers import Extracted, SkipFile, decode_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Text:
    """One document given in memory: its id (the source citations name), text and metadata."""

    doc_id: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)


def ingest_texts(
    index: Index,
    texts: Sequence[Text],
    origin: str,
    delete_missing: bool = False,
    progress: ProgressFactory | None = None,
) -> IngestReport:
    """Bring the store in line with these texts (see the module docstring); `report.skipped` names
    each text left out, by id, with the reason."""
    if not origin or Path(origin).is_absolute():
        raise ValueError(f"origin must be a name such as 'llama-index', not a folder: got {origin!r}")
    t0 = time.perf_counter()
    report = IngestReport()
    given = _distinct(texts, report)

    def plan_texts(known: dict[str, DocumentInfo], broken: set[str]) -> tuple[list[Plan], list[DocumentInfo]]:
        sig = signature(index)
        plans, seen = [], set()
        for text in given:
            previous = known.get(text.doc_id)
            if previous is not None and previous.root != origin:
                report.skipped[text.doc_id] = (
                    f"document id {text.doc_id!r} is already indexed from {previous.root}; "
                    "give this document another id, or remove that document first"
                )
                continue
            seen.add(text.doc_id)  # kept even when it cannot be read now: the old version stays
            plan = _plan_text(index, text, origin, previous, sig, text.doc_id in broken, report)
            if plan is not None:
                plans.append(plan)
        gone = [d for d in known.values() if delete_missing and d.root == origin and d.doc_id not in seen]
        return plans, gone

    return run(index, plan_texts, report, progress=progress, started=t0)


def _distinct(texts: Sequence[Text], report: IngestReport) -> list[Text]:
    """The texts with a usable id, the first of each id (later ones are reported as skipped)."""
    out: dict[str, Text] = {}
    for n, text in enumerate(texts):
        if not isinstance(text, Text):
            raise TypeError(f"text #{n} is a {type(text).__name__}, not a dragoman.ingest.texts.Text")
        if not isinstance(text.doc_id, str) or not text.doc_id.strip() or not text.doc_id.isprintable():
            report.skipped[f"#{n}"] = f"document id {text.doc_id!r} is empty or not printable text; give it an id"
        elif text.doc_id in out:
            report.skipped[f"#{n} {text.doc_id}"] = f"another document already has id {text.doc_id!r} in this run"
        else:
            out[text.doc_id] = text
    return list(out.values())


def _plan_text(
    index: Index, text: Text, origin: str, previous: DocumentInfo | None, sig: str, broken: bool, report: IngestReport
) -> Plan | None:
    """The plan for one text: None when it is unchanged or cannot be used (which is reported)."""
    try:
        body, meta = _checked(text, index.settings.max_file_bytes)
    except SkipFile as exc:
        report.skipped[text.doc_id] = str(exc)
        return None
    digest = hashlib.sha256(f"{body}\0{meta}".encode()).hexdigest()  # metadata too: a new title is a change
    if previous and previous.file_hash == digest and previous.signature == sig and not broken:
        report.unchanged.append(text.doc_id)
        return None
    plan = Plan(text.doc_id, origin, None, digest, len(body.encode()), previous, metadata=json.loads(meta))
    title = plan.metadata.get("title")
    try:
        chunk_into(plan, index, Extracted(body, title=title if isinstance(title, str) else None))
    except SkipFile as exc:
        report.skipped[text.doc_id] = str(exc)
        return None
    return plan


def _checked(text: Text, max_bytes: int) -> tuple[str, str]:
    """The text (checked as a file's text is, newlines normalised) and its metadata as JSON."""
    if not isinstance(text.text, str):
        raise SkipFile(f"text is a {type(text.text).__name__}, not str")
    try:
        data = text.text.encode("utf-8")
        meta = json.dumps(dict(text.metadata), ensure_ascii=False, sort_keys=True, default=str)
        meta.encode("utf-8")
    except UnicodeEncodeError:
        raise SkipFile("text or metadata is not valid Unicode (lone surrogates); decode it properly") from None
    except (TypeError, ValueError) as exc:
        raise SkipFile(f"metadata cannot be stored as JSON ({exc})") from None
    if len(data) > max_bytes:
        raise SkipFile(f"text is {len(data):,} bytes, over the limit of {max_bytes:,} (setting max_file_bytes)")
    if not text.text.strip():
        raise SkipFile("no text")
    return decode_text(data), meta
