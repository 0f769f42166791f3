"""Store and retrieval: Chroma vectors, the BM25 keyword index beside them, the embedder."""

from dragoman.index.errors import DragomanError, ModelMismatchError, QuestionError, StoreError
from dragoman.index.settings import IndexSettings, RetrievalSettings

__all__ = ["DragomanError", "IndexSettings", "ModelMismatchError", "QuestionError", "RetrievalSettings", "StoreError"]
