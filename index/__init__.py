"""Store and retrieval: Chroma vectors, the BM25 keyword index beside them, the embedder."""
from dragoman.index.errors import DragomanError, ModelMismatchError, QuestionError, StoreError
from dragoman.index.settings import Settings

__all__ = ["Settings", "DragomanError", "StoreError", "ModelMismatchError", "QuestionError"]
