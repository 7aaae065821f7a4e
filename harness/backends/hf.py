"""A local Hugging Face ``transformers`` checkpoint, run in batches (never downloads weights).

``model`` is a local directory holding a checkpoint (``config.json``, weights, tokenizer), or a model id that is
already in the Hugging Face cache. Encoder-decoder checkpoints (T5, BART, ...) are loaded with
``AutoModelForSeq2SeqLM``, every other one with ``AutoModelForCausalLM``. A prompt goes through the tokenizer's
chat template as one user message when the tokenizer has one, else it is fed as is.

Parameters (``create(model, params)``), all optional:

- ``batch_size`` (8): prompts per ``generate`` call; causal models are padded on the left.
- ``max_new_tokens`` (128): at most this many generated tokens per summary.
- ``temperature`` (0.0): 0 is greedy decoding; above 0, sampling where each request draws from its own random
  generator seeded with ``request.seed``, so its sample is the same whatever batch it lands in (batch size 1 or 16,
  first run or a resumed one).
- ``top_p`` (1.0), ``top_k`` (0 = off): nucleus and top-k sampling; they only count when sampling.
- ``device`` ("auto"): cuda if available, else cpu; or ``cpu``, ``cuda``, ``cuda:N``, ``mps``.
- ``dtype`` ("auto"): float32 on cpu, the checkpoint's dtype elsewhere; or ``float32``, ``float16``, ``bfloat16``.
- ``max_input_tokens`` (the model's context length, less ``max_new_tokens`` for causal models): longer prompts
  are cut, see ``truncation``.
- ``truncation`` ("middle"): which part of an over-long prompt goes. ``middle`` keeps its start (instructions, the
  article's lead) and its end (a closing instruction); ``left`` keeps the end; ``right`` keeps the start.
- ``chat_template`` (true): use the tokenizer's chat template when it has one.

Each Generation's ``finish_reason`` is ``stop`` (the model ended it) or ``length`` (it reached ``max_new_tokens``:
the run marks it truncated).

Only the prompt text is cut, never the chat template around it, so the model still sees a well-formed turn.
Generation settings not listed here (repetition penalties, extra stop tokens) come from the checkpoint's
``generation_config.json``; beam search is always off.

This module imports neither torch nor transformers at import time: they are imported when a backend is created.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.backends.base import BackendError, Generation, GenerationRequest, Param

_DEFAULTS: dict[str, Any] = {
    "batch_size": 8,
    "max_new_tokens": 128,
    "temperature": 0.0,
    "top_p": 1.0,
    "top_k": 0,
    "device": "auto",
    "dtype": "auto",
    "max_input_tokens": None,
    "truncation": "middle",
    "chat_template": True,
}
MODELS = "a local checkpoint directory, or a model id already in the Hugging Face cache (id or id@revision)"
PARAMETERS: tuple[Param, ...] = (
    Param("batch_size", 8, "prompts per generate call (causal models are padded on the left); does not change "
          "any output, sampled ones included", False),
    Param("max_new_tokens", 128, "most generated tokens per summary; a summary that reaches it is marked truncated"),
    Param("temperature", 0.0, "0 is greedy; above 0 samples, each request from its own generator seeded with its "
          "seed"),
    Param("top_p", 1.0, "nucleus sampling (only when sampling)"),
    Param("top_k", 0, "top-k sampling, 0 = off (only when sampling)"),
    Param("device", "auto", "cuda if available, else cpu; or cpu, cuda, cuda:N, mps", False),
    Param("dtype", "auto", "float32 on cpu, the checkpoint's dtype elsewhere; or float32, float16, bfloat16"),
    Param("max_input_tokens", "context - max_new_tokens", "longer prompts are cut (see truncation)"),
    Param("truncation", "middle", "which part of an over-long prompt goes: middle (keeps start and end), left, "
          "right"),
    Param("chat_template", True, "wrap the prompt in the tokenizer's chat template when it has one"),
)
SAMPLER = "per-request-generator"  # in the cache key when sampling: samples of the old batch-seeded sampler differ

_DTYPES = ("auto", "float32", "float16", "bfloat16")
_TRUNCATION = ("middle", "left", "right")
_NO_LIMIT = 1_000_000  # tokenizers report a huge model_max_length (int(1e30)) when they know no limit


@dataclass(frozen=True)
class _Settings:
    """Validated parameters, before anything is loaded."""

    batch_size: int
    max_new_tokens: int
    temperature: float
    top_p: float
    top_k: int
    device: str
    dtype: str
    max_input_tokens: int | None
    truncation: str
    chat_template: bool


def _as_int(name: str, value: Any, minimum: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BackendError(f"transformers backend: {name} must be an integer, got {value!r}") from None
    if isinstance(value, float) and value != number:
        raise BackendError(f"transformers backend: {name} must be an integer, got {value!r}")
    if number < minimum:
        raise BackendError(f"transformers backend: {name} must be >= {minimum}, got {number}")
    return number


def _as_float(name: str, value: Any, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BackendError(f"transformers backend: {name} must be a number, got {value!r}") from None
    if not low <= number <= high:
        raise BackendError(f"transformers backend: {name} must be in [{low}, {high}], got {number}")
    return number


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "1", "false", "no", "0"):
        return value.lower() in ("true", "yes", "1")
    raise BackendError(f"transformers backend: {name} must be true or false, got {value!r}")


def _as_choice(name: str, value: Any, choices: Sequence[str]) -> str:
    if value not in choices:
        raise BackendError(f"transformers backend: {name} must be one of {', '.join(choices)}; got {value!r}")
    return str(value)


def _settings(params: dict[str, Any]) -> _Settings:
    unknown = sorted(set(params) - set(_DEFAULTS))
    if unknown:
        raise BackendError(
            f"transformers backend: unknown parameter(s) {', '.join(unknown)}; known: {', '.join(_DEFAULTS)}"
        )
    p = {**_DEFAULTS, **params}
    limit = p["max_input_tokens"]
    top_p = _as_float("top_p", p["top_p"], 0.0, 1.0)
    if top_p == 0.0:
        raise BackendError("transformers backend: top_p must be > 0")
    return _Settings(
        batch_size=_as_int("batch_size", p["batch_size"], 1),
        max_new_tokens=_as_int("max_new_tokens", p["max_new_tokens"], 1),
        temperature=_as_float("temperature", p["temperature"], 0.0, 100.0),
        top_p=top_p,
        top_k=_as_int("top_k", p["top_k"], 0),
        device=str(p["device"]),
        dtype=_as_choice("dtype", p["dtype"], _DTYPES),
        max_input_tokens=None if limit is None else _as_int("max_input_tokens", limit, 1),
        truncation=_as_choice("truncation", p["truncation"], _TRUNCATION),
        chat_template=_as_bool("chat_template", p["chat_template"]),
    )


def resolve_model(model: str) -> tuple[Path, str | None]:
    """Find a checkpoint on this machine, without any network access.

    Args:
        model: a local directory, or a Hugging Face model id (optionally ``id@revision``) already in the cache.

    Returns:
        The checkpoint directory, and the cached snapshot's commit hash (``None`` for a local directory).

    Raises:
        BackendError: when the model is neither a local directory nor in the Hugging Face cache.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise BackendError(f"model directory {str(path)!r} has no config.json: is it a transformers checkpoint?")
        return path.resolve(), None
    repo_id, _, revision = model.partition("@")
    try:
        from huggingface_hub import snapshot_download

        snapshot = Path(snapshot_download(repo_id, revision=revision or None, local_files_only=True))
    except Exception:  # not cached (LocalEntryNotFoundError), or not a valid id (HFValidationError)
        snapshot = None
    if snapshot is None or not (snapshot / "config.json").is_file():
        raise BackendError(
            f"model {model!r} is not a local directory and is not in the Hugging Face cache; "
            "cnh never downloads weights: download it yourself or pass a path"
        )
    return snapshot, snapshot.name


def _pick_device(wanted: str) -> str:
    import torch

    if wanted == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if wanted.startswith("cuda") and not torch.cuda.is_available():
        raise BackendError(f"transformers backend: device {wanted!r} asked for, but CUDA is not available")
    if wanted == "mps" and not torch.backends.mps.is_available():
        raise BackendError("transformers backend: device 'mps' asked for, but MPS is not available")
    if wanted != "cpu" and not wanted.startswith(("cuda", "mps")):
        raise BackendError(f"transformers backend: unknown device {wanted!r}; use auto, cpu, cuda, cuda:N or mps")
    return wanted


def _pick_dtype(wanted: str, device: str, config: Any) -> Any:
    import torch

    if wanted != "auto":
        return getattr(torch, wanted)
    if device == "cpu":
        return torch.float32
    stored = getattr(config, "dtype", None) or getattr(config, "torch_dtype", None)
    if isinstance(stored, str):
        stored = getattr(torch, stored, None)
    return stored if isinstance(stored, torch.dtype) else torch.float32


def _context_length(config: Any, tokenizer: Any) -> int | None:
    """The longest input the model takes, when the checkpoint says so."""
    limits = []
    for name in ("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"):
        value = getattr(config, name, None)
        if isinstance(value, int) and 0 < value < _NO_LIMIT:
            limits.append(value)
            break
    tok_limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_limit, int) and 0 < tok_limit < _NO_LIMIT:
        limits.append(tok_limit)
    return min(limits) if limits else None


def _cut(ids: list[int], keep: int, side: str) -> list[int]:
    """Keep ``keep`` of ``ids``, dropping from the given side (``middle`` keeps both ends)."""
    if keep >= len(ids):
        return ids
    if keep <= 0:
        return []
    if side == "left":
        return ids[len(ids) - keep :]
    if side == "right":
        return ids[:keep]
    head = (keep + 1) // 2
    return ids[:head] + ids[len(ids) - (keep - head) :]


def _is_out_of_memory(error: BaseException) -> bool:
    import torch

    return isinstance(error, torch.OutOfMemoryError) or "out of memory" in str(error).lower()


class HFBackend:
    """A local transformers checkpoint. Build it with :func:`create`.

    The config and tokenizer are loaded when the backend is created (so a bad model fails early, and
    :meth:`params` is exact); the weights are loaded on the first :meth:`generate` call, so a run whose
    summaries are all cached never pays for them.
    """

    kind = "transformers"

    def __init__(self, model: str, settings: _Settings) -> None:
        """Resolve the checkpoint and load its config and tokenizer.

        Args:
            model: a local directory or a model id in the Hugging Face cache.
            settings: validated parameters.

        Raises:
            BackendError: the model cannot be found or its tokenizer cannot pad.
        """
        from transformers import AutoConfig, AutoTokenizer

        self.model = model
        self._settings = settings
        self.path, self.revision = resolve_model(model)
        try:
            self.config = AutoConfig.from_pretrained(self.path, local_files_only=True)
            self.tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        except (OSError, ValueError) as error:
            raise BackendError(f"cannot load the config or tokenizer of {model!r}: {error}") from error
        self.seq2seq = bool(getattr(self.config, "is_encoder_decoder", False))
        self.device = _pick_device(settings.device)
        self.dtype = _pick_dtype(settings.dtype, self.device, self.config)
        tok = self.tokenizer
        # Causal models continue the last token, so pads must go before the prompt; encoders don't care.
        tok.padding_side = "right" if self.seq2seq else "left"
        if tok.pad_token is None:
            if tok.eos_token is None:
                raise BackendError(f"the tokenizer of {model!r} has neither a pad nor an eos token: cannot batch")
            tok.pad_token = tok.eos_token
        self.use_chat_template = settings.chat_template and bool(getattr(tok, "chat_template", None))
        limit = settings.max_input_tokens
        if limit is None:
            context = _context_length(self.config, tok)
            if context is not None:
                limit = context if self.seq2seq else context - settings.max_new_tokens
                if limit < 1:
                    raise BackendError(
                        f"max_new_tokens={settings.max_new_tokens} leaves no room for a prompt in the "
                        f"{context}-token context of {model!r}"
                    )
        self.max_input_tokens = limit
        self._model: Any = None

    def params(self) -> dict[str, Any]:
        """The settings that change the output (they are part of the cache key).

        ``batch_size`` and ``device`` are left out; ``top_p`` and ``top_k`` only count when sampling.
        """
        s = self._settings
        out: dict[str, Any] = {
            "max_new_tokens": s.max_new_tokens,
            "temperature": s.temperature,
            "dtype": str(self.dtype).removeprefix("torch."),
            "max_input_tokens": self.max_input_tokens,
            "truncation": s.truncation,
            "chat_template": self.use_chat_template,
        }
        if s.temperature > 0:
            out.update(top_p=s.top_p, top_k=s.top_k, sampler=SAMPLER)
        if self.revision:
            out["revision"] = self.revision
        return out

    def render(self, prompt: str) -> str:
        """The model input for a prompt: the chat template around it as one user turn, or the prompt as is.

        Args:
            prompt: the rendered prompt (user message).

        Returns:
            The text that is tokenized.
        """
        if not self.use_chat_template:
            return prompt
        messages = [{"role": "user", "content": prompt}]
        return str(self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))

    def encode(self, prompt: str) -> list[int]:
        """Token ids for a prompt, with the chat template, cut to ``max_input_tokens``.

        Only the prompt text is cut (see ``truncation``); the template's own tokens are kept.

        Args:
            prompt: the rendered prompt (user message).

        Returns:
            The input ids, without padding.
        """
        tok = self.tokenizer
        # The template already holds the special tokens (bos, ...); a raw prompt gets the tokenizer's own.
        special = not self.use_chat_template

        def ids_of(text: str) -> list[int]:
            return list(tok(self.render(text), add_special_tokens=special)["input_ids"])

        ids = ids_of(prompt)
        limit = self.max_input_tokens
        if limit is None or len(ids) <= limit:
            return ids
        body = list(tok(prompt, add_special_tokens=False)["input_ids"])
        keep = len(body) - (len(ids) - limit)
        for _ in range(4):  # decoding and re-encoding a cut can merge tokens differently; tighten until it fits
            ids = ids_of(tok.decode(_cut(body, keep, self._settings.truncation), skip_special_tokens=False))
            if len(ids) <= limit:
                return ids
            keep -= len(ids) - limit
        return _cut(ids, limit, "right" if self.seq2seq else "left")  # last resort: keep the generation prompt

    def _load(self) -> Any:
        if self._model is None:
            from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM

            cls = AutoModelForSeq2SeqLM if self.seq2seq else AutoModelForCausalLM
            try:
                model = cls.from_pretrained(self.path, local_files_only=True, dtype=self.dtype)
            except (OSError, ValueError) as error:
                raise BackendError(f"cannot load the weights of {self.model!r}: {error}") from error
            model.to(self.device).eval()
            s = self._settings
            config = copy.deepcopy(model.generation_config)
            # Always "greedy" for generate(): when sampling, _row_sampler draws each row's token and leaves it the
            # only choice, so that each request samples from its own generator (see generate()).
            config.update(
                max_new_tokens=s.max_new_tokens,
                max_length=None,
                min_length=0,
                min_new_tokens=None,
                num_beams=1,
                num_return_sequences=1,
                do_sample=False,
                temperature=1.0,
                top_p=1.0,
                top_k=None,
                pad_token_id=self.tokenizer.pad_token_id,
            )
            if config.eos_token_id is None:
                config.eos_token_id = self.tokenizer.eos_token_id
            self._generation_config = config
            eos = config.eos_token_id
            self._stop_ids = set(eos if isinstance(eos, list) else [eos]) - {None}
            self._stop_ids.add(self.tokenizer.pad_token_id)
            self._model = model
        return self._model

    def generate(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        """Generate every request in batches of ``batch_size``, calling ``on_done`` after each batch.

        Requests are sorted by prompt length (less padding); ``on_done`` therefore comes in that order, not the
        input order. When sampling, each request draws from its own ``torch.Generator`` seeded with its seed, so
        its sample does not depend on the batch it is in. A batch that runs out of memory is split in two; a
        single prompt that still does not fit is reported as an error.

        Args:
            requests: the summaries to generate.
            on_done: called once per request with its ``Generation``; ``seconds`` is the batch time
                divided by the batch size.

        Raises:
            BackendError: the weights cannot be loaded.
        """
        if not requests:
            return
        self._load()
        encoded = [(request, self.encode(request.prompt)) for request in requests]
        encoded.sort(key=lambda item: len(item[1]))
        size = self._settings.batch_size
        for start in range(0, len(encoded), size):
            self._run(encoded[start:start + size], on_done)

    def _run(self, batch: list[tuple[GenerationRequest, list[int]]], on_done: Callable[[Generation], None]) -> None:
        import torch

        start = time.perf_counter()
        try:
            texts, counts, finishes = self._generate_batch([ids for _, ids in batch],
                                                           seeds=[request.seed for request, _ in batch])
        except RuntimeError as error:  # torch.OutOfMemoryError is one
            if not _is_out_of_memory(error):
                raise
            if self.device.startswith("cuda"):
                torch.cuda.empty_cache()
            if len(batch) > 1:
                half = len(batch) // 2
                self._run(batch[:half], on_done)
                self._run(batch[half:], on_done)
                return
            request, ids = batch[0]
            seconds = time.perf_counter() - start
            on_done(Generation(request.key, "", seconds, len(ids), None, error=f"out of memory: {error}"))
            return
        seconds = (time.perf_counter() - start) / len(batch)
        for (request, ids), text, count, finish in zip(batch, texts, counts, finishes, strict=True):
            on_done(Generation(request.key, text, seconds, prompt_tokens=len(ids), completion_tokens=count,
                               finish_reason=finish))

    def _generate_batch(self, batch: list[list[int]], seeds: list[int]) -> tuple[list[str], list[int], list[str]]:
        """Texts, completion token counts (up to, not including, the first stop token) and finish reasons
        (``stop``, or ``length`` when no stop token came before ``max_new_tokens``) for a batch."""
        import torch

        model = self._model
        padded = self.tokenizer.pad({"input_ids": batch}, padding=True, return_tensors="pt")
        inputs = {name: tensor.to(self.device) for name, tensor in padded.items()}
        extra: dict[str, Any] = {}
        if self._settings.temperature > 0:
            extra["logits_processor"] = [_row_sampler(seeds, self._settings)]
        with torch.inference_mode():
            output = model.generate(**inputs, generation_config=self._generation_config, **extra)
        # A causal model returns prompt + continuation; an encoder-decoder returns its decoder start + continuation.
        new_tokens = output[:, 1:] if self.seq2seq else output[:, inputs["input_ids"].shape[1] :]
        texts, counts, finishes = [], [], []
        for row in new_tokens.tolist():
            end = next((i for i, token in enumerate(row) if token in self._stop_ids), None)
            finishes.append("stop" if end is not None else "length")
            end = len(row) if end is None else end
            texts.append(self.tokenizer.decode(row[:end], skip_special_tokens=True).strip())
            counts.append(end)
        return texts, counts, finishes


def _row_sampler(seeds: list[int], settings: _Settings) -> Any:
    """A logits processor that samples each row's next token from that row's own ``torch.Generator`` (seeded with
    its request's seed) under temperature, top-k and top-p, then leaves that token the only choice, so that
    ``generate`` in greedy mode takes it. A row's draws thus never depend on the other rows of its batch."""
    import torch
    from transformers import LogitsProcessor

    generators = [torch.Generator(device="cpu").manual_seed(seed) for seed in seeds]

    class RowSampler(LogitsProcessor):
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            logits = scores.float().cpu() / settings.temperature
            if settings.top_k > 0:
                k = min(settings.top_k, logits.shape[-1])
                kth = torch.topk(logits, k, dim=-1).values[:, -1:]
                logits = logits.masked_fill(logits < kth, float("-inf"))
            if settings.top_p < 1.0:
                ordered, order = torch.sort(logits, descending=True, dim=-1)
                cumulative = torch.softmax(ordered, dim=-1).cumsum(dim=-1)
                drop = cumulative - torch.softmax(ordered, dim=-1) >= settings.top_p  # keep the token that crosses
                logits = logits.scatter(-1, order, ordered.masked_fill(drop, float("-inf")))
            probs = torch.softmax(logits, dim=-1)
            chosen = [int(torch.multinomial(probs[i], 1, generator=generators[i])) for i in range(len(generators))]
            forced = torch.full_like(scores, float("-inf"))
            forced[torch.arange(len(chosen)), torch.tensor(chosen)] = 0.0
            return forced

    return RowSampler()


def create(model: str, params: dict[str, Any]) -> HFBackend:
    """Build a transformers backend for a local checkpoint.

    Args:
        model: a local checkpoint directory, or a model id already in the Hugging Face cache
            (``id`` or ``id@revision``); nothing is ever downloaded.
        params: see the module docstring (``batch_size``, ``max_new_tokens``, ``temperature``, ``top_p``,
            ``top_k``, ``device``, ``dtype``, ``max_input_tokens``, ``truncation``, ``chat_template``).

    Returns:
        The backend; its weights load on the first ``generate`` call.

    Raises:
        BackendError: bad parameters, a model that is not on this machine, or torch not installed.
    """
    settings = _settings(params)
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as error:
        raise BackendError(
            f"the transformers backend needs torch and transformers ({error}); "
            "install them with: pip install 'contested-news-harness[torch]'"
        ) from error
    return HFBackend(model, settings)
