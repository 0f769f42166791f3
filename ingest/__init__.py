"""Ingestion: read, clean, chunk and write documents to the store, incrementally."""

from dragoman.ingest.pipeline import IngestReport, ingest, remove

__all__ = ["IngestReport", "ingest", "remove"]
