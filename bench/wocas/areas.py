"""Do the areas group problems of one kind? `python -m bench.wocas.areas` (one run, one table).

The themes are clustered once per set (the product's settings); then their areas are found
by the previous method (Leiden on the graph of themes, every theme placed somewhere) and by
the current one (the same, then the guard: a theme linked to the rest of its area less than
chance stays alone; knowledge/themes/areas.py), and scored against a true grouping:
- hwu64 (../shared/data/themes, real messages): its categories are `<scenario>_<intent>`, so
  the scenario (alarm, music, iot, ...) is a true area label: 18 scenarios over 64 intents;
- eval_feedback (ours): the 20 evaluation themes mapped onto 8 areas a head of service would
  use (`EVAL_AREAS` below, written for this bench; it is our judgement, not data nobody wrote).
Each item's area is its theme's; unassigned items are left out. The true areas are split in
two halves by a hash of their name: the guard was chosen on the "tuning" halves; the
"unseen" halves are the report. Also printed: the number of areas (and of areas of a single
theme) against the true number, and, for the evaluation set, which themes share an area.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections import Counter
from typing import Any

import numpy as np

from bench.wocas.quality import embed_cached, labelled_sets, ours, read_set
from knowledge.themes.areas import GUARD, group
from knowledge.themes.clustering import ClusterParams
from knowledge.themes.embedding import Embedder, normalise

EVAL_AREAS = {
    "cards": "atm_swallowed_card card_blocked_abroad card_delivery_late contactless_limit "
             "mobile_wallet fraud_alert",
    "digital banking": "app_logout password_reset website_navigation chatbot_useless",
    "service channels": "branch_closed phone_wait",
    "praise": "advisor_praise",
    "transfers": "intl_transfer_delay",
    "account": "account_fees statement_errors address_change",
    "savings and investments": "savings_rate_low fund_performance",
    "mortgages": "mortgage_slow",
}
AREA_OF_EVAL_THEME = {t: area for area, themes in EVAL_AREAS.items() for t in themes.split()}


def true_areas(name: str, categories: list[str]) -> np.ndarray | None:
    if name.startswith("eval_feedback"):
        return np.array([AREA_OF_EVAL_THEME[c] for c in categories])
    if name == "hwu64":
        return np.array([c.split("_", 1)[0] for c in categories])
    return None  # no area level in the labels (clinc150's intents carry no domain)


def scores(truth: np.ndarray, areas: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return {"nmi": round(float(normalized_mutual_info_score(truth, areas)), 3),
            "ari": round(float(adjusted_rand_score(truth, areas)), 3),
            "areas": len(set(areas.tolist()))}


def evaluate(truth: np.ndarray, labels: np.ndarray, categories: list[str],
             methods: dict[str, np.ndarray]) -> dict[str, Any]:
    assigned = labels >= 0
    side = np.array([zlib.crc32(a.encode()) % 2 for a in truth])
    result: dict[str, Any] = {"true areas": len(set(truth.tolist())),
                              "themes": int(labels.max()) + 1 if len(labels) else 0}
    for method, area_of_theme in methods.items():
        item_area = area_of_theme[labels[assigned]]
        sizes = np.bincount(area_of_theme)
        entry: dict[str, Any] = {"whole": scores(truth[assigned], item_area),
                                 "single-theme areas": int(np.sum(sizes == 1))}
        for half, name in ((0, "tuning half"), (1, "unseen half")):
            mask = side[assigned] == half
            entry[name] = {"true areas": len(set(truth[assigned][mask].tolist())),
                           **scores(truth[assigned][mask], item_area[mask])}
        # Which themes (named by their most common category) share each area.
        common = [Counter(np.asarray(categories)[labels == j].tolist()).most_common(1)[0][0]
                  for j in range(len(area_of_theme))]
        entry["groups"] = sorted((sorted(common[j] for j in np.flatnonzero(area_of_theme == a))
                                  for a in np.unique(area_of_theme)), key=lambda g: -len(g))
        result[method] = entry
    return result


def run(embedder: Embedder, params: ClusterParams) -> dict[str, Any]:
    found, skipped = labelled_sets()
    results: dict[str, Any] = {"guard": GUARD, "area_resolution": params.area_resolution,
                               "skipped": skipped}
    for name, path in found.items():
        texts, categories = read_set(path)
        truth = true_areas(name, categories)
        if truth is None:
            results["skipped"].append(f"{name}: its labels have no area level")
            continue
        vectors = normalise(embed_cached(embedder, path, texts))
        themes = ours(texts, vectors, params)  # the product's themes (words included)
        count = len(themes.centroids)
        results[name] = evaluate(truth, themes.labels, categories, {
            "before (every theme placed)": group(vectors, themes.labels, count, params,
                                                 guard=None),
            f"now (guard {GUARD})": group(vectors, themes.labels, count, params),
        })
    return results


def table(results: dict[str, Any]) -> str:
    lines = ["| set | method | whole NMI / ARI / areas (true) | tuning half | unseen half |"
             " single-theme areas |", "|---|---|---|---|---|---|"]
    for name, found in results.items():
        if not isinstance(found, dict) or "true areas" not in found:
            continue
        for method, entry in found.items():
            if not isinstance(entry, dict):
                continue
            w, t, u = entry["whole"], entry["tuning half"], entry["unseen half"]
            lines.append(
                f"| {name} ({found['themes']} themes) | {method} | {w['nmi']:.3f} / "
                f"{w['ari']:.3f} / {w['areas']} ({found['true areas']}) | {t['nmi']:.3f} / "
                f"{t['ari']:.3f} | {u['nmi']:.3f} / {u['ari']:.3f} | "
                f"{entry['single-theme areas']} |")
    return "\n".join(lines)


def main() -> None:
    from knowledge.themes.embedding import SentenceTransformerEmbedder
    from knowledge.themes.service import params_from_settings

    results = run(SentenceTransformerEmbedder(), params_from_settings())
    print(table(results))
    for name in results:
        if name.startswith("eval_feedback"):
            for method, entry in results[name].items():
                if isinstance(entry, dict):
                    print(f"\n{name}, {method}: themes sharing an area")
                    for g in entry["groups"]:
                        print("  " + ", ".join(g))
    for reason in results["skipped"]:
        print(f"skipped: {reason}", file=sys.stderr)
    if "--json" in sys.argv:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
