"""Cited answers over your documents: the Python API, CLI, chat UI and evaluation.

    from assistant import Assistant
    bot = Assistant()
    answer = bot.ask("Who chairs Finland's Crisis Management Initiative?")
"""
from index import _offline

_offline.enforce()


def __getattr__(name):  # lazy: `dragoman --help` should not import the whole stack
    if name in ("Assistant", "Answer", "Citation"):
        from assistant import facade

        return getattr(facade, name)
    if name == "Passage":
        from index.retrieval import Passage

        return Passage
    raise AttributeError(name)


__all__ = ["Assistant", "Answer", "Citation", "Passage"]
