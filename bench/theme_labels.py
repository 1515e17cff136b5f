"""Theme labels against the true intent names: keyword soup (before) vs phrases (now).

`python -m bench.theme_labels` (under `flock /tmp/heavy.lock`; embeds each set once, cached
like bench.wocas.quality). For every labelled set found (bench/wocas/eval_feedback.csv and
../shared/data/themes/*.csv, read where they lie, skipped with the reason when absent) the
statements are grouped by their true label, so the labeller alone is measured, not the
clustering, and each group is named by:

- before: the keyword label the themes had ("card / new / activate": top three c-TF-IDF terms),
- phrases: knowledge.themes.phrases without centrality (distinctiveness only),
- now: knowledge.themes.phrases as the product runs it (with centrality).

Scores per method: `hit`, the share of groups whose label shares at least one key word with
the true name ("card_arrival" and "card not arrived" share "card"; words match when equal or
when both have 4+ letters and the same first 4 letters, so "arrived" ~ "arrival"); `cover`,
the mean share of the true name's words found; `words`, the mean label length. Then 20 labels
per set (seeded choice) for reading. Writes var/bench/theme_labels.json.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

from bench.wocas.quality import ROOT, embed_cached, labelled_sets, read_set
from knowledge.themes.embedding import default_embedder, normalise
from knowledge.themes.labels import _stop_words, class_tfidf, label_from
from knowledge.themes.phrases import name_classes

OUT = ROOT / "var" / "bench" / "theme_labels.json"
SAMPLE = 300  # statements per group read (the product reads up to its own sample)


def _words(text: str) -> list[str]:
    stop = _stop_words()
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in stop or w in ("not",)]


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])


def score(label: str, truth: str) -> tuple[bool, float]:
    said = _words(label.replace("/", " "))
    true = [w for w in _words(truth.replace("_", " ")) if len(w) > 1] or [truth.lower()]
    found = [any(_same(t, s) for s in said) for t in true]
    return any(found), sum(found) / len(found)


def evaluate(name: str, path: Path, embedder) -> dict[str, object]:  # type: ignore[no-untyped-def]
    texts, truth = read_set(path)
    vectors = normalise(embed_cached(embedder, path, texts))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(truth):
        groups[label].append(i)
    names = sorted(groups)
    rng = random.Random(7)
    docs = []
    for n in names:
        rows = groups[n]
        docs.append([texts[i] for i in (rng.sample(rows, SAMPLE) if len(rows) > SAMPLE else rows)])
    centres = normalise(np.vstack([vectors[groups[n]].mean(axis=0) for n in names]))
    labels = {
        "before": [label_from(k) for k in class_tfidf(docs)],
        "phrases": name_classes(docs),
        "now": name_classes(docs, centres, embedder.embed),
    }
    result: dict[str, object] = {"groups": len(names)}
    for method, got in labels.items():
        marks = [score(label, true) for label, true in zip(got, names, strict=True)]
        result[method] = {
            "hit": round(float(np.mean([m[0] for m in marks])), 3),
            "cover": round(float(np.mean([m[1] for m in marks])), 3),
            "words": round(float(np.mean([len(g.replace(" / ", " ").split()) for g in got])), 2),
        }
    shown = sorted(random.Random(11).sample(range(len(names)), min(20, len(names))))
    result["read"] = [{"true": names[i], "before": labels["before"][i], "now": labels["now"][i]}
                      for i in shown]
    print(f"\n{name}: {len(names)} groups")
    print(f"  {'method':<8} {'hit':>6} {'cover':>6} {'words':>6}")
    for method in labels:
        m = result[method]
        assert isinstance(m, dict)
        print(f"  {method:<8} {m['hit']:>6.3f} {m['cover']:>6.3f} {m['words']:>6.2f}")
    for row in result["read"]:  # type: ignore[attr-defined]
        print(f"    {row['true']:<28} {row['before']:<36} → {row['now']}")
    return result


def main() -> None:
    embedder = default_embedder()
    found, skipped = labelled_sets()
    for reason in skipped:
        print(f"skipped: {reason}")
    results = {name: evaluate(name, path, embedder) for name, path in found.items()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"\nwritten {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
