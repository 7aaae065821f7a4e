"""The transformers backend on tiny random-weight checkpoints built here (no download, no hub access)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"  # before huggingface_hub is imported: nothing may touch the network
pytest.importorskip("torch")
pytest.importorskip("transformers")

from harness.backends import BackendError, Generation, GenerationRequest  # noqa: E402
from harness.backends import create as create_backend  # noqa: E402
from harness.backends.hf import HFBackend, _cut, create  # noqa: E402

SENTENCES = [
    "The upstream minister said the dam cut the river flow by only five percent.",
    "Downstream officials said the flow had fallen by forty percent in three weeks.",
    "Observers could not verify either figure, and both sides called the other side's numbers false.",
    "Summarize the article below in two sentences. Keep who said what.",
    "The ministry said more than two thousand hectares had been irrigated since the dam opened.",
]
CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|> {{ m['content'] }} {% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
PROMPTS = [
    "Summarize: the dam cut the flow.",
    "Summarize the article below in two sentences. " + SENTENCES[0] + " " + SENTENCES[1],
    "Keep who said what. " + " ".join(SENTENCES[:3]),
    "flow",
    " ".join(SENTENCES),
]


def build_tokenizer(directory: Path, *, chat_template: str | None = None, pad: bool = True) -> None:
    """Train a word-level tokenizer on SENTENCES and save it as a transformers tokenizer."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[BOS]", "[EOS]", "<|user|>", "<|assistant|>"]
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(SENTENCES + PROMPTS, trainers.WordLevelTrainer(special_tokens=specials))
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", bos_token="[BOS]", eos_token="[EOS]",
        pad_token="[PAD]" if pad else None, model_max_length=256,
    )
    if chat_template:
        fast.chat_template = chat_template
    fast.save_pretrained(directory)


def build_models(root: Path) -> dict[str, Path]:
    """A Llama with a chat template and no pad token, a GPT-2 without a template, and a T5; all ~2 layers."""
    import torch
    from transformers import (
        AutoTokenizer,
        GPT2Config,
        GPT2LMHeadModel,
        LlamaConfig,
        LlamaForCausalLM,
        T5Config,
        T5ForConditionalGeneration,
    )

    torch.manual_seed(0)
    paths = {name: root / name for name in ("llama-chat", "gpt2", "t5")}
    build_tokenizer(paths["llama-chat"], chat_template=CHAT_TEMPLATE, pad=False)
    build_tokenizer(paths["gpt2"])
    build_tokenizer(paths["t5"])
    tok = AutoTokenizer.from_pretrained(paths["gpt2"])
    vocab, pad, bos, eos = len(tok), tok.pad_token_id, tok.bos_token_id, tok.eos_token_id
    # A wide initialisation keeps the logits apart, so greedy choices do not flip on rounding noise.
    LlamaForCausalLM(LlamaConfig(
        vocab_size=vocab, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=256, bos_token_id=bos, eos_token_id=eos, initializer_range=0.2,
    )).save_pretrained(paths["llama-chat"])
    GPT2LMHeadModel(GPT2Config(
        vocab_size=vocab, n_embd=32, n_layer=2, n_head=4, n_positions=256, bos_token_id=bos, eos_token_id=eos,
        initializer_range=0.2,
    )).save_pretrained(paths["gpt2"])
    T5ForConditionalGeneration(T5Config(
        vocab_size=vocab, d_model=32, d_ff=64, d_kv=8, num_layers=2, num_heads=4, pad_token_id=pad,
        eos_token_id=eos, decoder_start_token_id=pad, initializer_factor=5.0,
    )).save_pretrained(paths["t5"])
    return paths


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Paths of the tiny checkpoints, built once per session."""
    return build_models(tmp_path_factory.mktemp("hf-models"))


def requests_for(prompts: list[str], seed: int = 7) -> list[GenerationRequest]:
    return [
        GenerationRequest(key=f"k{i}", case_id="dam-dispute", article="", prompt=p, prompt_id="p", prompt_hash="h",
                          sample=0, seed=seed)
        for i, p in enumerate(prompts)
    ]


def run(backend: HFBackend, prompts: list[str], seed: int = 7) -> dict[str, Generation]:
    done: dict[str, Generation] = {}

    def on_done(generation: Generation) -> None:
        assert generation.key not in done, "on_done called twice for one request"
        done[generation.key] = generation

    backend.generate(requests_for(prompts, seed), on_done)
    return done


MODELS = ["llama-chat", "gpt2", "t5"]


@pytest.mark.parametrize("name", MODELS)
def test_one_string_per_request_with_counts(tiny_models: dict[str, Path], name: str) -> None:
    backend = create_backend("transformers", str(tiny_models[name]), {"batch_size": 2, "max_new_tokens": 6})
    done = run(backend, PROMPTS)
    assert set(done) == {f"k{i}" for i in range(len(PROMPTS))}
    for g in done.values():
        assert isinstance(g.text, str) and g.error is None
        assert g.prompt_tokens and g.prompt_tokens > 0
        assert g.completion_tokens and 0 < g.completion_tokens <= 6
        assert g.seconds >= 0
    assert backend.seq2seq is (name == "t5")


@pytest.mark.parametrize("name", MODELS)
def test_greedy_is_deterministic_and_batching_does_not_change_it(tiny_models: dict[str, Path], name: str) -> None:
    path = str(tiny_models[name])
    batched = create(path, {"batch_size": 4, "max_new_tokens": 8})
    single = create(path, {"batch_size": 1, "max_new_tokens": 8})
    first = {k: g.text for k, g in run(batched, PROMPTS).items()}
    assert first == {k: g.text for k, g in run(batched, PROMPTS).items()}
    one_by_one = run(single, PROMPTS)
    assert first == {k: g.text for k, g in one_by_one.items()}
    assert any(first.values())  # the random model does say something
    # Padding is not counted as prompt tokens: a prompt costs the same alone or beside a longer one.
    assert {k: g.prompt_tokens for k, g in run(batched, PROMPTS).items()} == {
        k: g.prompt_tokens for k, g in one_by_one.items()
    }


def test_max_new_tokens_is_respected(tiny_models: dict[str, Path]) -> None:
    backend = create(str(tiny_models["gpt2"]), {"max_new_tokens": 3})
    for g in run(backend, PROMPTS).values():
        assert g.completion_tokens is not None and g.completion_tokens <= 3
        assert len(g.text.split()) <= 3  # word-level vocabulary: one token is one word


def test_chat_template_is_applied_when_present(tiny_models: dict[str, Path]) -> None:
    chat = create(str(tiny_models["llama-chat"]), {"max_new_tokens": 2})
    assert chat.use_chat_template and chat.params()["chat_template"] is True
    rendered = chat.render("the dam cut the flow")
    assert rendered == "<|user|> the dam cut the flow <|assistant|>"
    tok = chat.tokenizer
    ids = chat.encode("the dam cut the flow")
    assert ids == tok(rendered, add_special_tokens=False)["input_ids"]
    assert ids[0] == tok.convert_tokens_to_ids("<|user|>") and ids[-1] == tok.convert_tokens_to_ids("<|assistant|>")
    assert run(chat, ["the dam cut the flow"])["k0"].prompt_tokens == 7

    raw = create(str(tiny_models["llama-chat"]), {"max_new_tokens": 2, "chat_template": False})
    assert not raw.use_chat_template and raw.render("the dam") == "the dam"
    assert not create(str(tiny_models["gpt2"]), {}).use_chat_template  # no template: the raw prompt


def test_pad_token_falls_back_to_eos_and_causal_models_pad_left(tiny_models: dict[str, Path]) -> None:
    chat = create(str(tiny_models["llama-chat"]), {})
    assert chat.tokenizer.pad_token == chat.tokenizer.eos_token == "[EOS]"
    assert chat.tokenizer.padding_side == "left"
    assert create(str(tiny_models["t5"]), {}).tokenizer.padding_side == "right"


def test_long_prompts_are_cut_inside_the_template(tiny_models: dict[str, Path]) -> None:
    chat = create(str(tiny_models["llama-chat"]), {"max_input_tokens": 12, "max_new_tokens": 2})
    tok = chat.tokenizer
    ids = chat.encode(" ".join(SENTENCES))
    assert len(ids) == 12
    assert ids[0] == tok.convert_tokens_to_ids("<|user|>") and ids[-1] == tok.convert_tokens_to_ids("<|assistant|>")
    text = tok.decode(ids)
    assert text.split()[1:3] == ["The", "upstream"]  # middle truncation keeps the start of the prompt...
    assert text.split()[-3:-1] == ["opened", "."]  # ...and its end
    assert run(chat, [" ".join(SENTENCES * 3)])["k0"].prompt_tokens == 12
    # Default limit: the context length less the room for new tokens.
    assert create(str(tiny_models["gpt2"]), {"max_new_tokens": 28}).max_input_tokens == 228


def test_cut() -> None:
    ids = list(range(10))
    assert _cut(ids, 4, "middle") == [0, 1, 8, 9]
    assert _cut(ids, 3, "left") == [7, 8, 9]
    assert _cut(ids, 3, "right") == [0, 1, 2]
    assert _cut(ids, 20, "middle") == ids


def test_sampling_is_seeded(tiny_models: dict[str, Path]) -> None:
    backend = create(str(tiny_models["gpt2"]), {"temperature": 1.0, "top_p": 0.9, "max_new_tokens": 8})
    a = {k: g.text for k, g in run(backend, PROMPTS, seed=1).items()}
    assert a == {k: g.text for k, g in run(backend, PROMPTS, seed=1).items()}
    assert backend.params()["top_p"] == 0.9


@pytest.mark.parametrize("name", ["gpt2", "t5"])
def test_samples_do_not_depend_on_batch_size(tiny_models: dict[str, Path], name: str) -> None:
    """Issue 18.5: with temperature > 0 a request's sample is the same in a batch of 4 and alone, so a resumed run
    (other batches) never mixes samples drawn differently; different seeds still give different samples."""
    path = str(tiny_models[name])
    settings = {"temperature": 1.5, "max_new_tokens": 8}
    batched = create(path, {**settings, "batch_size": 4})
    single = create(path, {**settings, "batch_size": 1})
    prompts = PROMPTS * 2  # several requests with the same seed in one batch too
    texts = {k: g.text for k, g in run(batched, prompts, seed=11).items()}
    assert texts == {k: g.text for k, g in run(single, prompts, seed=11).items()}
    other_seed = {k: g.text for k, g in run(single, prompts, seed=12).items()}
    assert other_seed != texts  # sampling does sample
    assert batched.params()["sampler"] == "per-request-generator"  # old batch-seeded samples are not reused
    assert "sampler" not in create(path, {"batch_size": 2}).params()  # greedy keys are unchanged


def test_finish_reason_length_when_the_limit_is_hit(tiny_models: dict[str, Path]) -> None:
    """Issue 18.1: a summary cut by max_new_tokens says so (finish_reason "length"); one that ended says "stop"."""
    done = run(create(str(tiny_models["gpt2"]), {"max_new_tokens": 3, "batch_size": 2}), PROMPTS)
    for g in done.values():
        assert g.finish_reason in ("stop", "length")
        assert g.truncated == (g.finish_reason == "length")
        assert g.finish_reason == ("length" if g.completion_tokens == 3 else "stop")
    assert any(g.truncated for g in done.values())


def test_out_of_memory_splits_the_batch(tiny_models: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    backend = create(str(tiny_models["gpt2"]), {"batch_size": 4, "max_new_tokens": 2})
    real = backend._generate_batch
    too_long = len(backend.encode(PROMPTS[-1]))

    def fake(batch: list[list[int]], seeds: list[int]) -> tuple[list[str], list[int], list[str]]:
        if len(batch) > 1 or len(batch[0]) == too_long:
            raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(batch, seeds)

    monkeypatch.setattr(backend, "_generate_batch", fake)
    done = run(backend, PROMPTS)
    assert len(done) == len(PROMPTS)
    assert [k for k, g in done.items() if g.error] == [f"k{len(PROMPTS) - 1}"]
    assert done[f"k{len(PROMPTS) - 1}"].text == "" and "out of memory" in str(done[f"k{len(PROMPTS) - 1}"].error)

    monkeypatch.setattr(backend, "_generate_batch", lambda batch, seeds: 1 / 0)
    with pytest.raises(ZeroDivisionError):  # other errors are not swallowed
        run(backend, PROMPTS)


def test_params_are_the_output_affecting_settings(tiny_models: dict[str, Path]) -> None:
    params = create(str(tiny_models["gpt2"]), {"batch_size": 3, "device": "cpu", "top_p": 0.5}).params()
    assert params == {"max_new_tokens": 128, "temperature": 0.0, "dtype": "float32", "max_input_tokens": 128,
                      "truncation": "middle", "chat_template": False}  # greedy: top_p does not count


def test_bad_parameters_are_backend_errors(tiny_models: dict[str, Path]) -> None:
    path = str(tiny_models["gpt2"])
    with pytest.raises(BackendError, match="unknown parameter"):
        create(path, {"beams": 4})
    with pytest.raises(BackendError, match="batch_size"):
        create(path, {"batch_size": 0})
    with pytest.raises(BackendError, match="dtype"):
        create(path, {"dtype": "float8"})


@pytest.fixture()
def hub_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Hugging Face cache, in place of the user's."""
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    cache.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    return cache


def test_model_id_in_the_cache_is_found(tiny_models: dict[str, Path], hub_cache: Path) -> None:
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = hub_cache / "models--cnh-tests--tiny-gpt2"
    shutil.copytree(tiny_models["gpt2"], repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    backend = create("cnh-tests/tiny-gpt2", {"max_new_tokens": 2})
    assert backend.path == repo / "snapshots" / commit
    assert backend.params()["revision"] == commit  # a new snapshot is a new cache key
    assert run(backend, ["the dam"])["k0"].completion_tokens


def test_missing_model_is_a_clear_error(tmp_path: Path, hub_cache: Path) -> None:
    with pytest.raises(BackendError) as info:
        create("cnh-tests/no-such-model", {})
    assert str(info.value) == (
        "model 'cnh-tests/no-such-model' is not a local directory and is not in the Hugging Face cache; "
        "cnh never downloads weights: download it yourself or pass a path"
    )
    with pytest.raises(BackendError, match="no config.json"):
        create(str(tmp_path), {})
    with pytest.raises(BackendError, match="not in the Hugging Face cache"):
        create(str(tmp_path / "no-such-dir"), {})


def test_import_does_not_load_torch() -> None:
    code = "import sys, harness.backends.hf; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
