"""Minimum-cost spanning arborescence (Chu-Liu/Edmonds) on a small dense graph.

Nodes are integers ``0..n-1``; ``cost[u][v]`` is the cost of the edge ``u -> v`` or ``None``
when there is no such edge. Ties are broken by the smaller parent index, so the result only
depends on the costs and on the node numbering.
"""

from __future__ import annotations


def min_arborescence(cost: list[list[float | None]], root: int) -> list[int]:
    """Parent of every node (``-1`` for ``root``) in a cheapest arborescence rooted at ``root``.

    Raises ``ValueError`` when some node cannot be reached from the root.
    """
    n = len(cost)
    edges: dict[tuple[int, int], float] = {}
    for u in range(n):
        for v in range(n):
            w = cost[u][v]
            if w is not None and u != v and v != root:
                edges[(u, v)] = float(w)
    chosen = _solve(set(range(n)), edges, root, n)
    parents = [-1] * n
    for v, u in chosen.items():
        parents[v] = u
    return parents


def _solve(nodes: set[int], edges: dict[tuple[int, int], float], root: int, next_id: int) -> dict[int, int]:
    best: dict[int, tuple[int, float]] = {}
    for (u, v), w in sorted(edges.items()):
        if v == root or u == v:
            continue
        cur = best.get(v)
        if cur is None or w < cur[1]:
            best[v] = (u, w)
    for v in nodes:
        if v != root and v not in best:
            raise ValueError(f"node {v} is unreachable from the root")
    cycle = _find_cycle(nodes, best, root)
    if cycle is None:
        return {v: u for v, (u, _) in best.items()}
    c = next_id
    in_cycle = set(cycle)
    new_edges: dict[tuple[int, int], float] = {}
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for (u, v), w in sorted(edges.items()):
        if u in in_cycle and v in in_cycle:
            continue
        if v in in_cycle:
            key, w2 = (u, c), w - best[v][1]
        elif u in in_cycle:
            key, w2 = (c, v), w
        else:
            key, w2 = (u, v), w
        if key not in new_edges or w2 < new_edges[key]:
            new_edges[key] = w2
            origin[key] = (u, v)
    new_nodes = (nodes - in_cycle) | {c}
    sub = _solve(new_nodes, new_edges, root, next_id + 1)
    result: dict[int, int] = {}
    for v, u in sub.items():
        ou, ov = origin[(u, v)]
        result[ov] = ou
    for v in cycle:
        if v not in result:
            result[v] = best[v][0]
    return result


def _find_cycle(nodes: set[int], best: dict[int, tuple[int, float]], root: int) -> list[int] | None:
    state: dict[int, int] = {}
    for start in sorted(nodes):
        path = []
        v = start
        while v != root and v not in state:
            state[v] = start
            path.append(v)
            v = best[v][0]
        if v != root and state.get(v) == start:
            return path[path.index(v) :]
    return None
