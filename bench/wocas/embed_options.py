"""Ways to run the embedding model on 2 CPU cores, measured on the end-to-end bench's texts.

`.venv/bin/python -m bench.wocas.embed_options [--texts 2048]` (under `flock /tmp/heavy.lock`)
→ `var/bench/wocas_embed_options.json`: texts/s of plain `SentenceTransformer.encode`
(float32, the reference) next to bfloat16 weights and one torch thread, and the mean and
minimum cosine of each variant's vectors to the float32 ones (int8 was rejected before at a
mean cosine of 0.944).
Rounds are interleaved so that load from other users hits every variant alike.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def measure(count: int, rounds: int) -> dict[str, Any]:
    import numpy as np
    import torch
    from sentence_transformers import SentenceTransformer

    from bench.common import RESULTS
    from bench.wocas.e2e import write_csv
    from knowledge.themes.embedding import packaged_model_path

    path = RESULTS / f"wocas_feedback_{count}.csv"
    if not path.exists():
        write_csv(path, count)
    import csv

    with path.open(encoding="utf-8") as handle:
        texts = sorted((row["text"] for row in csv.DictReader(handle)), key=len)
    fp32 = SentenceTransformer(packaged_model_path(), device="cpu")
    bf16 = SentenceTransformer(packaged_model_path(), device="cpu").to(torch.bfloat16)
    threads = torch.get_num_threads()
    # One thread: how well the two cores are used by one process (two processes of one
    # thread each would give twice this).
    variants = {"float32 (plain encode)": (fp32, threads), "bfloat16 weights": (bf16, threads),
                "float32, one thread": (fp32, 1)}
    speed: dict[str, list[float]] = {name: [] for name in variants}
    vectors: dict[str, Any] = {}
    for _ in range(rounds):
        for name, (model, use) in variants.items():
            torch.set_num_threads(use)
            start = time.perf_counter()
            out = model.encode(texts, batch_size=128, normalize_embeddings=True,
                               convert_to_numpy=True, show_progress_bar=False)
            speed[name].append(len(texts) / (time.perf_counter() - start))
            vectors[name] = np.asarray(out, dtype=np.float32)
    torch.set_num_threads(threads)
    reference = vectors["float32 (plain encode)"]
    result: dict[str, Any] = {"texts": len(texts), "torch_threads": threads,
                              "load_average": [round(x, 2) for x in os.getloadavg()]}
    for name in variants:
        cosine = np.sum(vectors[name] * reference, axis=1)
        result[name] = {"texts_per_s": round(max(speed[name]), 1),
                        "all_rounds": [round(s, 1) for s in speed[name]],
                        "mean_cosine_to_float32": round(float(cosine.mean()), 5),
                        "min_cosine_to_float32": round(float(cosine.min()), 5)}
    return result


def main() -> None:
    from bench.common import save

    parser = argparse.ArgumentParser(prog="python -m bench.wocas.embed_options")
    parser.add_argument("--texts", type=int, default=2048)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    save("wocas_embed_options", measure(args.texts, args.rounds))


if __name__ == "__main__":
    main()
