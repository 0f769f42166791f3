"""Offline guards: no process of Dragoman ever tries to reach a model hub.

Set before any Hugging Face / Chroma / Gradio module is imported; `setdefault`
so a user can still override a value deliberately.
"""

import os

GUARDS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def enforce() -> None:
    for key, value in GUARDS.items():
        os.environ.setdefault(key, value)
