"""Speed-up of batched over one-at-a-time generation in the transformers backend, on a tiny local model.

Usage: python -m benchmarks.batching [--n 64] [--batch-size 16] [--max-new-tokens 32] [--layers 4] [--hidden 256]
                                    [--repeats 3]

Builds a random-weight Llama-style causal model (4 layers, hidden 256, a 4,000-word vocabulary) and its
tokenizer in a temporary directory, then generates the same prompts (30 to 150 words each, greedy) through
``harness.backends.hf`` once with batch_size 1 and once with --batch-size. Prints summaries/s for both, the
ratio, and whether the two runs produced the same texts (they should: greedy decoding, left padding).
Nothing is downloaded. Needs torch (``pip install 'contested-news-harness[torch]'``).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.backends import Generation, GenerationRequest  # noqa: E402
from harness.backends.hf import create  # noqa: E402

VOCAB = [f"w{i}" for i in range(4000)]


def make_prompts(n: int, seed: int = 0) -> list[str]:
    """n prompts of 30 to 150 random words from VOCAB."""
    rng = random.Random(seed)
    return [
        "Summarize the article: " + " ".join(rng.choices(VOCAB, k=rng.randint(30, 150))) for _ in range(n)
    ]


def build_model(directory: Path, layers: int, hidden: int) -> Path:
    """Save a random-weight Llama-style causal model and a word-level tokenizer to ``directory``.

    Args:
        directory: where to save the checkpoint.
        layers: number of transformer layers.
        hidden: hidden size (the MLP is 4x wider; heads of 64 dimensions).

    Returns:
        ``directory``.
    """
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[BOS]", "[EOS]"]
    words = specials + ["Summarize", "the", "article", ":"] + VOCAB
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]", bos_token="[BOS]", eos_token="[EOS]",
        model_max_length=1024,
    )
    fast.save_pretrained(directory)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(words), hidden_size=hidden, intermediate_size=4 * hidden, num_hidden_layers=layers,
        num_attention_heads=max(1, hidden // 64), max_position_embeddings=1024, bos_token_id=2, eos_token_id=3,
        pad_token_id=0,
    )
    LlamaForCausalLM(config).save_pretrained(directory)
    return directory


def timed_run(
    path: Path, prompts: list[str], batch_size: int, max_new_tokens: int, repeats: int
) -> tuple[float, list[Generation]]:
    """Best of ``repeats`` times to generate every prompt (weights loaded beforehand), and the generations in
    prompt order. The best, as ``timeit`` does: on a shared machine the slower runs measure the neighbours."""
    backend = create(str(path), {"batch_size": batch_size, "max_new_tokens": max_new_tokens, "device": "cpu"})
    requests = [
        GenerationRequest(key=str(i), case_id="bench", article="", prompt=p, prompt_id="bench", prompt_hash="",
                          sample=0, seed=0)
        for i, p in enumerate(prompts)
    ]
    backend.generate(requests[:1], lambda g: None)  # load the weights and warm up outside the timing
    done: dict[str, Generation] = {}
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        backend.generate(requests, lambda g: done.__setitem__(g.key, g))
        best = min(best, time.perf_counter() - start)
    return best, [done[r.key] for r in requests]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3, help="time each mode this many times, keep the best")
    args = parser.parse_args()

    import torch
    import transformers

    prompts = make_prompts(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = build_model(Path(tmp), args.layers, args.hidden)
        single_s, single = timed_run(path, prompts, 1, args.max_new_tokens, args.repeats)
        batched_s, batched = timed_run(path, prompts, args.batch_size, args.max_new_tokens, args.repeats)

    tokens = sum(g.completion_tokens or 0 for g in batched)
    same = [g.text for g in single] == [g.text for g in batched]
    print(f"python {platform.python_version()}, torch {torch.__version__}, transformers {transformers.__version__}, "
          f"{torch.get_num_threads()} CPU threads")
    print(f"model: llama-style, {args.layers} layers, hidden {args.hidden}; {args.n} prompts, "
          f"max_new_tokens {args.max_new_tokens}, greedy; {tokens} tokens generated; best of {args.repeats}")
    print(f"one at a time:   {args.n / single_s:7.2f} summaries/s ({single_s:.2f} s)")
    print(f"batch size {args.batch_size:<4} {args.n / batched_s:7.2f} summaries/s ({batched_s:.2f} s)")
    print(f"speed-up:        {single_s / batched_s:7.2f}x")
    print(f"same texts:      {same}")


if __name__ == "__main__":
    main()
