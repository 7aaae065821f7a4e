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

from harness.backends.base import Backend, BackendError, Generation, GenerationRequest, Param

_MODULES = {
    "baseline": "harness.backends.baseline",
    "transformers": "harness.backends.hf",
    "openai": "harness.backends.openai_compat",
    "file": "harness.backends.file",
}

__all__ = ["Backend", "BackendError", "Generation", "GenerationRequest", "Param", "create", "BACKENDS", "describe"]

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


def describe(backend: str) -> tuple[str, str, tuple[Param, ...]]:
    """What ``cnh backends`` shows for one backend kind: a one-line summary, what ``model`` means, and every
    parameter with its default and meaning (imports the backend's module, never torch or transformers).

    Raises:
        BackendError: for an unknown kind.
    """
    if backend not in _MODULES:
        raise BackendError(f"unknown backend {backend!r}; known: {', '.join(_MODULES)}")
    module = importlib.import_module(_MODULES[backend])
    summary = (module.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ").replace("``", "")
    return summary, module.MODELS, module.PARAMETERS
