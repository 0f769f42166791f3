"""Benchmark scripts (run as `python bench/<name>.py`); each prints one JSON object."""
