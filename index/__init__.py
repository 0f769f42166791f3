"""Store and retrieval: Chroma vectors, the BM25 keyword index beside them, the embedder."""
from index import _offline

_offline.enforce()

from index.settings import Settings  # noqa: E402
from index.errors import DragomanError, ModelMismatchError, QuestionError, StoreError  # noqa: E402

__all__ = ["Settings", "DragomanError", "StoreError", "ModelMismatchError", "QuestionError"]
