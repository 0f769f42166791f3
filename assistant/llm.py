"""Language models for the generative answerer, through llama-index (any OpenAI-compatible server, or Ollama).

Nothing here reaches the network unless a URL is configured. Every failure of the server
(down, wrong URL, unknown model, timeout, a stream cut short) becomes an `LLMError` with a
one-line message; the answerer then shows the extractive answer with that message.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from dragoman.assistant.settings import LLMSettings
from dragoman.index.errors import DragomanError

log = logging.getLogger(__name__)


class LLMError(DragomanError):
    """The language model could not answer (the message says why, in one line)."""


def build_llm(settings: LLMSettings) -> Any:
    """A llama-index LLM for the configured server; the model name is checked against the server's
    list of models first (llama.cpp's server answers under any name)."""
    if not settings.llm_url:
        raise LLMError("no language model is configured: set DRAGOMAN_LLM_URL (or --llm URL)")
    served = served_models(settings)
    model = settings.llm_model or _only_model(settings, served)
    if model not in served and not (settings.llm_backend == "ollama" and f"{model}:latest" in served):
        raise LLMError(
            f"the server at {settings.llm_url} does not serve model {model!r}; it serves: "
            f"{', '.join(served) or 'nothing'} (set --model / DRAGOMAN_LLM_MODEL)"
        )
    if settings.llm_backend == "ollama":
        from llama_index.llms.ollama import Ollama

        return Ollama(
            model=model,
            base_url=settings.llm_url.rstrip("/"),
            request_timeout=settings.llm_timeout,
            context_window=settings.llm_context_window,
            temperature=0.0,
        )
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(
        model=model,
        api_base=settings.llm_url.rstrip("/"),
        api_key=settings.llm_api_key or "none",
        is_chat_model=True,
        context_window=settings.llm_context_window,
        max_tokens=settings.llm_max_tokens,
        temperature=0.0,
        timeout=settings.llm_timeout,
        max_retries=0,
    )


def served_models(settings: LLMSettings) -> list[str]:
    """Model names the server lists (`/models` of an OpenAI-compatible server, `/api/tags` of Ollama)."""
    base = (settings.llm_url or "").rstrip("/")
    url = f"{base}/api/tags" if settings.llm_backend == "ollama" else f"{base}/models"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {settings.llm_api_key or 'none'}"})
    try:
        with urllib.request.urlopen(request, timeout=min(settings.llm_timeout, 10)) as reply:
            data = json.loads(reply.read().decode("utf-8"))
    except TimeoutError as exc:
        raise LLMError(
            f"the language model server at {settings.llm_url} did not answer within "
            f"{settings.llm_timeout:g}s (llm_timeout)"
        ) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        if isinstance(getattr(exc, "reason", None), TimeoutError):
            raise LLMError(
                f"the language model server at {settings.llm_url} did not answer within "
                f"{settings.llm_timeout:g}s (llm_timeout)"
            ) from exc
        raise LLMError(f"cannot reach the language model server at {settings.llm_url} ({_short(exc)})") from exc
    if settings.llm_backend == "ollama":
        return [m.get("name", "") for m in data.get("models", [])]
    return [m.get("id", "") for m in data.get("data", [])]


def _only_model(settings: LLMSettings, models: list[str]) -> str:
    if len(models) != 1:
        raise LLMError(
            f"name the model to use (--model / DRAGOMAN_LLM_MODEL); {settings.llm_url} serves: "
            f"{', '.join(models) or 'nothing'}"
        )
    return models[0]


def chat_stream(llm: Any, system: str, user: str, timeout: float) -> Iterator[str]:
    """The model's reply to one exchange, as text deltas; any failure is an `LLMError`."""
    from llama_index.core.llms import ChatMessage, MessageRole

    messages = [ChatMessage(role=MessageRole.SYSTEM, content=system), ChatMessage(role=MessageRole.USER, content=user)]
    deadline = time.monotonic() + timeout
    try:
        for chunk in llm.stream_chat(messages):
            if time.monotonic() > deadline:  # checked on every chunk, empty ones too
                raise LLMError(f"the language model did not answer within {timeout:g}s (llm_timeout)")
            if chunk.delta:
                yield chunk.delta
    except LLMError:
        raise
    except Exception as exc:  # openai, httpx and ollama errors alike: the server failed us
        if "timeout" in type(exc).__name__.lower() or isinstance(exc, TimeoutError):
            raise LLMError(f"the language model did not answer within {timeout:g}s (llm_timeout)") from exc
        raise LLMError(f"the language model failed: {_short(exc)}") from exc


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"
