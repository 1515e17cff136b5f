"""Themes per region: each area's communities found again at that area's own scale.

Modularity compares a community's links with what the whole graph's total predicts, so on a
build that mixes fine problems (50 statements each) with broad ones (150) one resolution
either merges close fine problems or cuts broad ones in two (its resolution limit: the
16,020 statements of clinc150 and hwu64 together gave 104 themes for 184 labels). The
Constant Potts Model (CPM) asks instead whether a group's links exceed γ per pair of its
statements, which does not depend on the rest of the graph; but one γ is again one size
scale for the whole build (bench/wocas/README.md, round twelve). So γ is set per *area*
(the first pass's groups of related themes, one kind of problem each): γ = `region_constant`
× the area's mean weighted degree per statement / its typical theme size (statements /
themes of the first pass there), and each area's statements are clustered by CPM on the
area's own links (round thirteen). Deterministic for a seed, exact and large path alike
(on the large path the nodes are the sample, each weighing the statements folded into it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from knowledge.themes.clustering import ClusterParams


def _cpm(graph, gamma: float, sizes: np.ndarray, seed: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    import leidenalg

    partition = leidenalg.find_partition(
        graph, leidenalg.CPMVertexPartition, weights="weight",
        node_sizes=[int(size) for size in sizes], resolution_parameter=gamma, seed=seed,
        n_iterations=-1)
    return np.asarray(partition.membership, dtype=np.int64)


def area_scales(adjacency, weight: np.ndarray, raw: np.ndarray, region: np.ndarray,  # type: ignore[no-untyped-def]
                params: ClusterParams) -> np.ndarray:
    """γ of each area: `region_constant` × mean weighted degree per statement / typical
    theme size (statements per first-pass community of at least `min_size`)."""
    strength = np.asarray(adjacency.sum(axis=1)).ravel()
    sizes = np.bincount(raw, weights=weight)
    count = int(region.max()) + 1
    statements = np.bincount(region, weights=weight, minlength=count)
    degree = np.bincount(region, weights=strength, minlength=count) / np.maximum(statements, 1e-9)
    themes = np.zeros(count)
    for community in np.flatnonzero(sizes >= params.min_size):
        themes[region[np.flatnonzero(raw == community)[0]]] += 1
    typical = statements / np.maximum(themes, 1)
    return float(params.region_constant or 0.0) * degree / np.maximum(typical, 1e-9)


def regional_communities(adjacency, weight: np.ndarray, raw: np.ndarray,  # type: ignore[no-untyped-def]
                         areas: np.ndarray, params: ClusterParams
                         ) -> tuple[np.ndarray, np.ndarray]:
    """Communities found again by CPM inside each area of (`raw`, `areas`) at the area's γ,
    and the area of each new community (its region's). Unchanged when `region_constant` is
    None or the graph stands for fewer than `clustering.MANY_STATEMENTS` statements."""
    from knowledge.themes.clustering import MANY_STATEMENTS, _graph

    if params.region_constant is None or weight.sum() < MANY_STATEMENTS or len(raw) == 0:
        return raw, areas
    adjacency = adjacency.tocsr()
    region = areas[raw]
    gamma = area_scales(adjacency, weight, raw, region, params)
    labels = np.empty(len(raw), dtype=np.int64)
    new_areas: list[int] = []
    for area in range(len(gamma)):
        members = np.flatnonzero(region == area)
        if len(members) == 0:
            continue
        pieces = np.zeros(len(members), dtype=np.int64)
        if len(members) > 1:
            inside = adjacency[members][:, members]
            pieces = _cpm(_graph(inside), float(gamma[area]), np.round(weight[members]),
                          params.seed)
        labels[members] = len(new_areas) + pieces
        new_areas += [area] * (int(pieces.max()) + 1)
    return labels, np.asarray(new_areas, dtype=np.int64)
