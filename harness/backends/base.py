"""The backend interface: plain request and result types, and the protocol every backend follows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class BackendError(Exception):
    """A backend cannot run (bad parameters, model not found, a request that will never succeed)."""


@dataclass(frozen=True)
class GenerationRequest:
    """One summary to generate: a case article under one prompt, for one sample index."""

    key: str  # cache key: backend, model, params, prompt hash, case id + article hash, sample
    case_id: str
    article: str
    prompt: str  # the rendered prompt (user message / model input)
    prompt_id: str
    prompt_hash: str
    sample: int
    seed: int  # per-request seed, derived from the run seed and the sample index


@dataclass(frozen=True)
class Generation:
    """A finished generation (or the error that ended it)."""

    key: str
    text: str
    seconds: float
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str | None = None  # set when the request failed for good; text is then ""
    finish_reason: str | None = None  # "stop", "length" (hit the token limit: truncated), ... as the backend says
    attempts: int = 1  # requests sent for this item (1 + retries)
    retry_causes: tuple[str, ...] = ()  # why each retry was needed, in order
    permanent: bool = False  # the error cannot go away on a rerun (HTTP 400/401/403/404, bad request ...)

    @property
    def truncated(self) -> bool:
        """True when generation stopped at the token limit rather than at a natural end."""
        return self.finish_reason == "length"


@dataclass(frozen=True)
class Param:
    """One backend parameter, as ``cnh backends`` lists it."""

    name: str
    default: Any  # the default value; ``REQUIRED`` when it has none
    meaning: str
    in_cache_key: bool = True  # changes the output, so it is part of the cache key


REQUIRED = "(required)"


class Backend(Protocol):
    """What the runner needs from a backend."""

    kind: str  # "baseline", "transformers", "openai", "file"
    model: str

    def params(self) -> dict[str, Any]:
        """Parameters that change the output (they are part of the cache key). Never secrets."""
        ...

    def generate(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        """Generate every request, calling ``on_done`` as soon as each one finishes (in any order),
        so that the runner can store it durably before the next one completes."""
        ...
