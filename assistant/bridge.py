"""The llama-index bridge: a Dragoman store as a llama-index retriever and query engine, and
llama-index `Document`s (from any LlamaHub reader) ingested like files.

Nodes keep Dragoman's citation contract: a node's `start_char_idx`/`end_char_idx` index the
document's canonical text (`Assistant.document(source).text`), and its text is exactly that
slice. Each retrieval reads one committed snapshot of the store, as `Assistant.search` does.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from llama_index.core.llms import LLM
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import (
    BaseNode,
    MetadataMode,
    NodeRelationship,
    NodeWithScore,
    QueryBundle,
    RelatedNodeInfo,
    TextNode,
)

from dragoman.assistant.evidence import search_cased
from dragoman.assistant.llm import LLMError, build_llm
from dragoman.index.core import Index
from dragoman.ingest.pipeline import IngestReport, ProgressFactory
from dragoman.ingest.texts import Text, ingest_texts

if TYPE_CHECKING:
    from dragoman.assistant.facade import Assistant

log = logging.getLogger(__name__)

ORIGIN = "llama-index"  # where documents ingested from llama-index Documents come from (DocumentInfo.root)
_LINE_KEYS = ["line_start", "line_end"]  # shown to neither the LLM nor an embedder: numbers, not content


class DragomanRetriever(BaseRetriever):
    """Dragoman's retrieval (hybrid by default) as a llama-index retriever.

    Each `NodeWithScore` holds a `TextNode` whose `id_` is the chunk id, `start_char_idx` and
    `end_char_idx` its span in the document's canonical text, `ref_doc_id` the document id, and
    whose metadata is the document's own metadata (a llama-index Document's) with `source`,
    `title`, `line_start` and `line_end` set by Dragoman. The score is the fused score.
    """

    def __init__(
        self,
        assistant: Assistant,
        k: int | None = None,
        mode: str | None = None,
        sources: Sequence[str] | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.assistant = assistant
        self.k = k
        self.mode = mode
        self.sources = list(sources) if sources is not None else None

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return nodes(self.assistant, query_bundle.query_str, self.k, self.mode, self.sources)


def nodes(
    assistant: Assistant, query: str, k: int | None, mode: str | None, sources: Sequence[str] | None
) -> list[NodeWithScore]:
    """The passages `Assistant.search` would return, as llama-index nodes, read from one snapshot."""
    query = assistant._check(query)
    snapshot = assistant._snapshot()
    out = []
    for p in search_cased(snapshot, query, k, mode, sources):
        doc = snapshot.document(p.source)  # the version the passage was placed in (same snapshot)
        meta = {**doc.info.metadata, "source": p.source, "title": doc.info.title}
        meta |= {"line_start": p.line_start, "line_end": p.line_end}
        node = TextNode(
            id_=p.chunk_id,
            text=p.text,
            start_char_idx=p.start,
            end_char_idx=p.end,
            metadata=meta,
            excluded_llm_metadata_keys=list(_LINE_KEYS),
            excluded_embed_metadata_keys=list(_LINE_KEYS),
            relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=p.source)},
        )
        out.append(NodeWithScore(node=node, score=p.score))
    return out


def query_engine(
    assistant: Assistant,
    llm: Any,
    k: int | None = None,
    mode: str | None = None,
    sources: Sequence[str] | None = None,
    **kwargs: Any,
) -> RetrieverQueryEngine:
    """llama-index's `RetrieverQueryEngine` over `DragomanRetriever`, answering with `llm` (or the
    Assistant's configured LLM). Never llama-index's default: that would call OpenAI."""
    if llm is None:
        if not assistant.llm_configured:
            raise LLMError(
                "as_query_engine needs a language model: pass llm= (any llama-index LLM, e.g. "
                "OpenAILike(...)) or configure one (llm_url / DRAGOMAN_LLM_URL); llama-index would "
                "otherwise fall back to OpenAI"
            )
        llm = assistant._llm if assistant._llm is not None else build_llm(assistant.settings.llm)
    if not isinstance(llm, LLM):
        raise TypeError(f"llm must be a llama-index LLM (llama_index.core.llms.LLM), got {type(llm).__name__}")
    retriever = DragomanRetriever(assistant, k=k, mode=mode, sources=sources)
    return RetrieverQueryEngine.from_args(retriever, llm=llm, **kwargs)


def ingest_documents(
    index: Index, documents: Iterable[BaseNode], delete_missing: bool = False, progress: ProgressFactory | None = None
) -> IngestReport:
    """Ingest llama-index Documents incrementally by id and content hash (see `document_ids`)."""
    documents = list(documents)
    for n, doc in enumerate(documents):
        if not isinstance(doc, BaseNode):
            raise TypeError(f"document #{n} is a {type(doc).__name__}, not a llama-index Document")
    ids = document_ids(documents)
    texts = [Text(i, d.get_content(MetadataMode.NONE), dict(d.metadata)) for i, d in zip(ids, documents) if i]
    report = ingest_texts(index, texts, ORIGIN, delete_missing, progress)
    for n, (i, doc) in enumerate(zip(ids, documents)):
        if not i:
            report.skipped[f"#{n} {doc.id_}"] = (
                "random id (a uuid) and no file_path or file_name metadata: it would be indexed again "
                "as a new document on every run; give it a stable id (Document(id_=...))"
            )
    return report


def document_ids(documents: Sequence[BaseNode]) -> list[str]:
    """The Dragoman document id of each llama-index Document ("" when it has none to use).

    An id the reader or the caller chose (`Document(id_=...)`, `SimpleDirectoryReader(
    filename_as_id=True)`, a web reader's URL) is the identity. llama-index gives every other
    Document a random uuid4, new on each run, useless for incremental re-indexing: such a
    Document is known by its `file_path` (else `file_name`) metadata instead; several from one
    file (a PDF read page by page) become `PATH_part_0`, `PATH_part_1`, ... in the order given,
    as `filename_as_id=True` names them.
    """
    fallback = [str(d.metadata.get("file_path") or d.metadata.get("file_name") or "") for d in documents]
    shared = Counter(f for d, f in zip(documents, fallback) if f and _random(d.id_))
    parts: Counter[str] = Counter()
    out = []
    for doc, path in zip(documents, fallback):
        if not _random(doc.id_):
            out.append(doc.id_)
        elif not path:
            out.append("")
        elif shared[path] == 1:
            out.append(str(path))
        else:
            out.append(f"{path}_part_{parts[path]}")
            parts[path] += 1
    return out


def _random(doc_id: str) -> bool:
    """A uuid4 in canonical form: what llama-index assigns when nobody chose an id."""
    try:
        return uuid.UUID(doc_id).version == 4 and str(uuid.UUID(doc_id)) == doc_id
    except (ValueError, TypeError, AttributeError):
        return False
