"""Answers over the index: the answerers, the public `Assistant` facade, the CLI, the chat UI
and evaluation. Import the public API from `dragoman` (`dragoman.Assistant`)."""
