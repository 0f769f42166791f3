"""Exceptions with messages that say what to do."""


class DragomanError(Exception):
    """Base class for every error Dragoman raises on purpose."""


class StoreError(DragomanError):
    """The store cannot be opened or is inconsistent."""


class ModelMismatchError(StoreError):
    """The store was built with another embedding model."""


class QuestionError(DragomanError):
    """A question that cannot be answered as given (empty, too long...)."""


class EmbedderError(DragomanError):
    """The embedding engine asked for cannot run (ONNX model not buildable, model unsupported)."""
