"""Incremental ingestion: bring the store in line with the files, paying only for changes.

Per file: unchanged bytes (same hash, same settings) are skipped without parsing;
otherwise the file is read, cleaned and chunked, and its chunks are diffed by
content against what the store holds: new texts are embedded and written,
vanished ones deleted, moved ones get new spans. Files gone from a corpus folder
are removed. Every write is idempotent and the document record is written after
its chunks, so the next run repairs an interrupted one (see index/writer.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dragoman.index.core import Index
from dragoman.index.documents import ChunkRecord, DocumentInfo, LineMap, pack_sentences
from dragoman.index.embedder import Embedder
from dragoman.index.span import Span
from dragoman.index.text import quotable, split_sentences
from dragoman.index.writer import Transaction
from dragoman.ingest.chunker import CHUNKER_VERSION, chunk_text
from dragoman.ingest.clean import CLEANING_VERSION, clean
from dragoman.ingest.files import discover, file_hash
from dragoman.ingest.meta import with_byline
from dragoman.ingest.readers import READER_VERSION, Extracted, SkipFile, read_file
from dragoman.ingest.report import FileProgress, IngestReport, OnFile, ProgressFactory

log = logging.getLogger(__name__)

__all__ = ["FileProgress", "IngestReport", "OnFile", "Plan", "ProgressFactory", "ingest", "remove", "run"]


@dataclass
class Plan:
    """One document to (re)write: its new chunks, canonical text and line map."""

    doc_id: str
    root: str  # the corpus folder, or the origin of texts given in memory (ingest/texts.py)
    path: Path | None  # the file read; None for texts given in memory
    file_hash: str  # of the file's bytes, or of the text and its metadata
    size: int
    previous: DocumentInfo | None
    records: list[ChunkRecord] = field(default_factory=list)
    title: str = ""
    text: str = ""
    lines: LineMap = field(default_factory=lambda: LineMap([]))
    metadata: dict[str, Any] = field(default_factory=dict)  # kept with the document record


# Bump when document records gain a field readers rely on: every document's record is then
# rewritten by the next ingest (its chunks are kept, not re-embedded). 2: the chunk span table.
RECORD_VERSION = 2


def signature(index: Index) -> str:
    s = index.settings
    sizes = f"x{s.chunk_max_tokens}-n{s.chunk_min_tokens}-o{s.chunk_overlap_tokens}"
    return f"c{CLEANING_VERSION}-e{READER_VERSION}-k{CHUNKER_VERSION}-r{RECORD_VERSION}-{sizes}-{s.model_name}"


def ingest(
    index: Index,
    paths: Sequence[str | Path],
    rebuild: bool = False,
    progress: ProgressFactory | None = None,
    on_file: OnFile | None = None,
) -> IngestReport:
    """Bring the store in line with the files under `paths`; see the module docstring.
    `on_file` hears of each file read or skipped (unchanged files are passed over silently)."""
    t0 = time.perf_counter()
    report = IngestReport()
    files, full_roots, unlisted = discover([Path(p) for p in paths], report.skipped)  # bad paths fail before any reset
    singles = {str(Path(p).resolve()) for p in paths if not Path(p).is_dir()}

    def plan_files(known: dict[str, DocumentInfo], broken: set[str]) -> tuple[list[Plan], list[DocumentInfo]]:
        plans, seen = _plan(index, files, known, broken, report, on_file)
        vanished = [
            d
            for d in known.values()
            if d.doc_id not in seen
            and (d.root in full_roots or str(Path(d.path)) in singles)
            and not any(d.path.startswith(u.rstrip("/") + "/") for u in unlisted)
        ]
        return plans, vanished

    # Files given one by one (no folder) can only be documents whose path is one of theirs: a
    # file's path relative to one of its folders. Reading just those records keeps a one-file
    # ingest cheap in a store of many documents.
    paths_given = [Path(root) / doc_id for root, doc_id, _ in files]
    scope = None if full_roots else {p.relative_to(a).as_posix() for p in paths_given for a in p.parents}
    return run(index, plan_files, report, rebuild, progress, t0, scope)


# What a source of documents (files here, texts in ingest/texts.py) decides inside the writer's
# transaction, given the documents the store holds and those an interrupted run left broken:
# the documents to (re)write, and those to remove.
Planner = Callable[[dict[str, DocumentInfo], set[str]], tuple[list[Plan], list[DocumentInfo]]]


def run(
    index: Index,
    planner: Planner,
    report: IngestReport,
    rebuild: bool = False,
    progress: ProgressFactory | None = None,
    started: float | None = None,
    scope: set[str] | None = None,
) -> IngestReport:
    """One ingest through the one writer: repair what an interrupted run left, then write what
    `planner` decided (new texts embedded once, the rest reused) and commit it all together.
    `scope`: the only document ids the planner can touch (None: any), unless a repair needs all."""
    t0 = time.perf_counter() if started is None else started
    with index.transaction() as tx:
        if rebuild:
            index.store.reset()
        else:
            index.store.check_model(index.embedder.name)
        whole = scope is None or rebuild or index.store.state().dirty
        known = {d.doc_id: d for d in index.store.documents(None if whole else sorted(scope or ()))}
        repair = Repair.find(index, known, rebuild)
        plans, vanished = planner(known, repair.broken)
        if plans or vanished or repair.orphans or repair.dirty:
            _write(tx, index, plans, vanished, repair, report, progress)
        elif index.keyword_folder.exists() or not known:
            index.keyword()  # make sure the keyword index agrees (cheap when it does)
    report.model_loaded = bool(getattr(index.embedder, "loaded", False))
    report.seconds = time.perf_counter() - t0
    log.info("ingest: %s", report.summary())
    return report


@dataclass
class Repair:
    """What an interrupted run left: chunks no document owns, documents missing chunks."""

    dirty: bool
    orphans: list[str] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)

    @classmethod
    def find(cls, index: Index, known: dict[str, DocumentInfo], rebuild: bool) -> Repair:
        dirty = index.store.state().dirty
        if not (dirty or rebuild):
            return cls(dirty)
        live = index.store.chunk_ids()
        owned = {cid for d in known.values() for cid in d.chunk_ids}
        return cls(dirty, sorted(live - owned), {d.doc_id for d in known.values() if not set(d.chunk_ids) <= live})


def _plan(
    index: Index,
    files: list[tuple[str, str, Path]],
    known: dict[str, DocumentInfo],
    broken: set[str],
    report: IngestReport,
    on_file: OnFile | None = None,
) -> tuple[list[Plan], set[str]]:
    """Read and chunk the files that changed; also the ids of every document still present."""
    sig = signature(index)
    known_paths = {str(Path(d.path)): d.doc_id for d in known.values()}
    plans: list[Plan] = []
    seen: set[str] = set()
    for number, (root, doc_id, path) in enumerate(files, 1):
        plan = None
        previous = known.get(doc_id)
        other = known_paths.get(str(Path(root) / doc_id))
        if doc_id in seen:
            report.skipped[str(path)] = f"another file already has document id {doc_id!r} in this run"
        elif other is not None and other != doc_id:
            report.skipped[str(path)] = f"already indexed as {other!r} (from an enclosing folder)"
            seen.add(other)
        elif previous is not None and previous.root != root:
            report.skipped[str(path)] = (
                f"document id {doc_id!r} is already indexed from {previous.root}; "
                "rename this file, or remove that document first"
            )
        else:
            plan, present = _plan_file(index, root, doc_id, path, previous, sig, doc_id in broken, report)
            if present:
                seen.add(doc_id)
            if plan is not None:
                plans.append(plan)
        reason = report.skipped.get(str(path), "")
        if plan is not None or reason:
            event = FileProgress(number, len(files), doc_id, len(plan.records) if plan else 0, reason)
            log.info("file %d/%d: %s (%s)", number, len(files), doc_id, reason or f"{event.chunks} chunks")
            if on_file:
                on_file(event)
    return plans, seen


def _plan_file(
    index: Index,
    root: str,
    doc_id: str,
    path: Path,
    previous: DocumentInfo | None,
    sig: str,
    broken: bool,
    report: IngestReport,
) -> tuple[Plan | None, bool]:
    """The plan for one file (None when it is unchanged or cannot be read, which is reported), and
    whether its document stays: a file that cannot be opened keeps what was indexed before."""
    try:
        data_hash, size = file_hash(path, index.settings.max_file_bytes)
    except SkipFile as exc:
        report.skipped[str(path)] = str(exc)
        return None, previous is not None
    if previous and previous.file_hash == data_hash and previous.signature == sig and not broken:
        report.unchanged.append(doc_id)
        return None, True
    plan = Plan(doc_id, root, path, data_hash, size, previous)
    try:
        chunk_into(plan, index, read_file(path, index.settings.max_file_bytes))
        plan.metadata = with_byline(plan.metadata, plan.text, plan.title)  # authors, date the file does not state
    except SkipFile as exc:
        report.skipped[str(path)] = str(exc)
        return None, True
    except Exception as exc:  # one odd file must not stop the others; it is named, and logged in full
        log.exception("could not read %s", path)
        report.skipped[str(path)] = f"internal error while reading ({type(exc).__name__}: {exc}); please report it"
        return None, True
    return plan, True


def _write(
    tx: Transaction,
    index: Index,
    plans: list[Plan],
    vanished: list[DocumentInfo],
    repair: Repair,
    report: IngestReport,
    progress: ProgressFactory | None,
) -> None:
    """Embed what is new (once per text, across all files) and record every change in `tx`."""
    store = index.store
    report.repaired += len(repair.broken & {p.doc_id for p in plans})
    existing = store.existing_ids([r.chunk_id for p in plans for r in p.records])
    fresh = [r for p in plans for r in p.records if r.chunk_id not in existing]
    vectors = _vectors_for(fresh, store, index.embedder, report, progress)
    planned = {r.chunk_id for p in plans for r in p.records}
    tx.delete_chunks([o for o in repair.orphans if o not in planned])  # an interrupted run's chunks are reused
    report.repaired += len(repair.orphans)
    if fresh:
        fresh = [dataclasses.replace(r, packed_vectors=vectors[r.content_hash][1]) for r in fresh]
        tx.add_chunks(fresh, np.stack([vectors[r.content_hash][0] for r in fresh]))
    kept = [r for p in plans for r in p.records if r.chunk_id in existing]
    tx.move_chunks(kept)
    report.chunks_moved += len(kept)
    sig = signature(index)
    for plan in plans:
        (report.changed if plan.previous else report.added).append(plan.doc_id)
        info = DocumentInfo(
            plan.doc_id,
            plan.title,
            plan.root,
            plan.file_hash,
            sig,
            tuple(r.chunk_id for r in plan.records),
            time.time(),
            plan.size,
            tuple((r.span.start, r.span.end) for r in plan.records),
            plan.metadata,
        )
        tx.put_document(info, plan.text, plan.lines)
        if plan.previous:
            gone = set(plan.previous.chunk_ids) - set(info.chunk_ids)
            tx.delete_chunks(sorted(gone))
            report.chunks_deleted += len(gone)
    for doc in vanished:
        tx.remove_document(doc.doc_id)
        tx.delete_chunks(doc.chunk_ids)
        report.removed.append(doc.doc_id)
        report.chunks_deleted += len(doc.chunk_ids)
    # Documents that lost chunks but were not re-read this run keep the store dirty for the next run.
    tx.keep_dirty = bool(repair.broken - {p.doc_id for p in plans} - {d.doc_id for d in vanished})
    tx.force = True


def remove(index: Index, doc_ids: Sequence[str]) -> IngestReport:
    """Remove documents from the store by id (the file itself is left alone)."""
    report = IngestReport()
    with index.transaction() as tx:
        index.store.check_model(index.embedder.name)
        known = {d.doc_id: d for d in index.store.documents()}
        missing = [d for d in doc_ids if d not in known]
        if missing:
            raise KeyError(f"not in the store: {', '.join(missing)} (see `dragoman status`)")
        tx.keep_dirty = index.store.state().dirty  # an interrupted ingest is left for `ingest` to repair
        for doc_id in doc_ids:
            tx.remove_document(doc_id)
            tx.delete_chunks(known[doc_id].chunk_ids)
            report.removed.append(doc_id)
            report.chunks_deleted += len(known[doc_id].chunk_ids)
    return report


def chunk_into(plan: Plan, index: Index, extracted: Extracted) -> None:
    """Clean and chunk a text as read into `plan` (its sentences split once, here); SkipFile if
    nothing is left to index."""
    s = index.settings
    doc = clean(extracted)
    if not doc.text.strip():
        raise SkipFile("nothing left after removing boilerplate")
    lines = doc.line_map()
    chunks = chunk_text(
        doc.text,
        index.embedder.count_tokens,
        index.embedder.token_offsets,
        s.chunk_max_tokens,
        s.chunk_min_tokens,
        s.chunk_overlap_tokens,
        doc.page_breaks(),
    )
    if not chunks:
        raise SkipFile("no sentences found")
    plan.title, plan.text, plan.lines = doc.title, doc.text, lines
    # what the document came with, and what the reader noted; else the site a saved page names
    # (a file's: texts given in memory keep the metadata they were given, as given)
    site = {"publisher": doc.site} if doc.site and plan.path is not None else {}
    plan.metadata = {**site, **plan.metadata, **doc.source.metadata}
    seen: Counter[str] = Counter()
    for c in chunks:
        h = c.content_hash
        n = seen[h]
        seen[h] += 1
        chunk_id = hashlib.sha1(f"{plan.doc_id}\0{h}\0{n}".encode()).hexdigest()[:24]
        l1, l2 = lines.line_range(c.start, c.end)
        span = Span(plan.doc_id, c.start, c.end, l1, l2)
        plan.records.append(
            ChunkRecord(
                chunk_id, span, doc.title, c.text, c.embed_text, c.section or "", h, tuple(split_sentences(c.text))
            )
        )


def _vectors_for(
    records: list[ChunkRecord], store, embedder: Embedder, report: IngestReport, progress: ProgressFactory | None
) -> dict[str, tuple[np.ndarray, str]]:
    """content hash -> (chunk vector, packed sentence vectors), reusing what the store has."""
    if not records:
        return {}
    hashes = [r.content_hash for r in records]
    vectors = store.vectors_for_hashes(hashes)
    todo: dict[str, ChunkRecord] = {}
    for r in records:
        if r.content_hash in vectors:
            report.chunks_reused += 1
        elif r.content_hash not in todo:
            todo[r.content_hash] = r
    if todo:
        tick = progress(len(todo)) if progress else None
        # Sentences answering may quote (not headings, not under 4 words: see answer._is_prose),
        # in the chunk text's coordinates; the embedded text may start with the section heading.
        spans = [[(s.start, s.end) for s in r.sentences if quotable(r.text, s)] for r in todo.values()]
        prefixes = [len(r.embed_text) - len(r.text) for r in todo.values()]
        embedded, sentences = embedder.embed_chunks(
            [r.embed_text for r in todo.values()],
            [[(a + p, b + p) for a, b in sp] for sp, p in zip(spans, prefixes)],
            progress=tick,
        )
        for h, vec, sp, sv in zip(todo, embedded, spans, sentences):
            vectors[h] = (vec, pack_sentences(sp, sv) if sv is not None else "")
        report.chunks_embedded += len(todo)
    return vectors
