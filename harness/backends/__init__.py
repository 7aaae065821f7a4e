"""Model backends: each turns generation requests into summaries, with timing and token counts.

| backend | module | what it runs |
|---|---|---|
| ``baseline`` | ``harness.backends.baseline`` | built-in extractive baselines (``lead-k``, ``strip-attribution``) |
| ``transformers`` | ``harness.backends.hf`` | a local Hugging Face checkpoint (never downloads) |
| ``openai`` | ``harness.backends.openai_compat`` | any OpenAI-compatible chat-completions server (vLLM, ...) |
| ``file`` | ``harness.backends.file`` | summaries produced elsewhere, from a JSONL file |

Backends are imported lazily by :func:`create` so that ``import harness`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

from harness.backends.base import Backend, BackendError, Generation, GenerationRequest

_MODULES = {
    "baseline": "harness.backends.baseline",
    "transformers": "harness.backends.hf",
    "openai": "harness.backends.openai_compat",
    "file": "harness.backends.file",
}

__all__ = ["Backend", "BackendError", "Generation", "GenerationRequest", "create", "BACKENDS"]

BACKENDS = tuple(_MODULES)


def create(backend: str, model: str, params: dict[str, Any] | None = None) -> Backend:
    """Build a backend by kind name (``baseline``, ``transformers``, ``openai``, ``file``).

    Raises:
        BackendError: for an unknown kind or bad parameters.
    """
    if backend not in _MODULES:
        raise BackendError(f"unknown backend {backend!r}; known: {', '.join(_MODULES)}")
    module = importlib.import_module(_MODULES[backend])
    return module.create(model, dict(params or {}))
