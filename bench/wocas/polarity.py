"""Polarity accuracy: `python -m bench.wocas.polarity`.

Trains the product's classifier (knowledge/themes/polarity.py) on its seed set and measures
it on `bench/wocas/polarity_eval.csv` (written separately, other topics and wording, never
trained on), per class, against a keyword rule as the named baseline. Then the check on
`bench/wocas/eval_feedback.csv`: its `advisor_praise` statements should come out as praise,
the nineteen problem themes as anything but praise.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from pathlib import Path

from knowledge.themes import polarity
from knowledge.themes.embedding import default_embedder

HERE = Path(__file__).parent
_PRAISE = re.compile(r"\b(thank|thanks|great|excellent|love|happy|friendly|helpful|good|"
                     r"brilliant|perfect|amazing|appreciate|satisf|pleased|kind)\w*", re.I)
_SUGGEST = re.compile(r"\b(please|should|could|would|suggest|wish|maybe|add)\b", re.I)
_QUESTION = re.compile(r"^(how|what|when|where|who|which|can|could i|is|are|do|does)\b|\?",
                       re.I)


def keyword_rule(text: str) -> str:
    """The baseline a team would write first: question words, request words, praise words."""
    if _QUESTION.search(text):
        return polarity.QUESTION
    if _SUGGEST.search(text):
        return polarity.SUGGESTION
    if _PRAISE.search(text):
        return polarity.PRAISE
    return polarity.COMPLAINT


def per_class(truth: list[str], predicted: list[str]) -> dict[str, tuple[float, float]]:
    """class → (recall, precision)."""
    out = {}
    for c in polarity.POLARITIES:
        hit = sum(t == p == c for t, p in zip(truth, predicted, strict=True))
        out[c] = (hit / max(1, truth.count(c)), hit / max(1, predicted.count(c)))
    return out


def main() -> None:
    embedder = default_embedder()
    rows = list(csv.DictReader((HERE / "polarity_eval.csv").open(encoding="utf-8")))
    truth = [r["polarity"] for r in rows]
    texts = [r["text"] for r in rows]
    started = time.perf_counter()
    polarity.classifier(embedder)
    trained = time.perf_counter() - started
    ours = polarity.classify_texts(texts, embedder.embed(texts), embedder)
    rule = [keyword_rule(t) for t in texts]
    print(f"eval set: {len(rows)} statements; training on {len(polarity.seed())} seed "
          f"statements took {trained:.2f} s (embedding included)")
    for name, predicted in (("ours (embeddings + logistic regression)", ours),
                            ("keyword rule (baseline)", rule)):
        accuracy = sum(t == p for t, p in zip(truth, predicted, strict=True)) / len(truth)
        print(f"\n{name}: accuracy {accuracy:.3f}")
        for c, (recall, precision) in per_class(truth, predicted).items():
            print(f"  {c:<11} recall {recall:.3f}  precision {precision:.3f}")
    wrong = [(t, p, x) for t, p, x in zip(truth, ours, texts, strict=True) if t != p]
    print("\nours, wrong:")
    for t, p, x in wrong:
        print(f"  {t} → {p}: {x}")
    themed = list(csv.DictReader((HERE / "eval_feedback.csv").open(encoding="utf-8")))
    themed_texts = [r["text"] for r in themed]
    got = polarity.classify_texts(themed_texts, embedder.embed(themed_texts), embedder)
    praise_theme = [p for r, p in zip(themed, got, strict=True) if r["theme"] == "advisor_praise"]
    problems = [p for r, p in zip(themed, got, strict=True) if r["theme"] != "advisor_praise"]
    print(f"\neval_feedback.csv: advisor_praise → praise {praise_theme.count('praise')}"
          f"/{len(praise_theme)}; problem themes → praise {problems.count('praise')}"
          f"/{len(problems)}; problem themes by polarity {dict(Counter(problems))}")


if __name__ == "__main__":
    main()
