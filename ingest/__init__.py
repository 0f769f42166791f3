"""Ingestion: read, clean, chunk and write documents to the store, incrementally."""

from dragoman.ingest.pipeline import IngestReport, ingest, remove
from dragoman.ingest.texts import Text, ingest_texts

__all__ = ["IngestReport", "Text", "ingest", "ingest_texts", "remove"]
