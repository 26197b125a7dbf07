import itertools
import random

import pytest

from tui_reader.core.arborescence import min_arborescence


def total(cost, parents, root):
    return sum(cost[p][v] for v, p in enumerate(parents) if v != root)


def brute_force(cost, root):
    n = len(cost)
    best = None
    others = [v for v in range(n) if v != root]
    choices = [[u for u in range(n) if u != v and cost[u][v] is not None] for v in others]
    for combo in itertools.product(*choices):
        parents = [-1] * n
        for v, u in zip(others, combo):
            parents[v] = u
        ok = True
        for v in others:
            seen, x = set(), v
            while x != root:
                if x in seen:
                    ok = False
                    break
                seen.add(x)
                x = parents[x]
            if not ok:
                break
        if ok:
            t = total(cost, parents, root)
            if best is None or t < best:
                best = t
    return best


def test_picks_cheapest_parents_without_cycles():
    cost = [
        [None, 5, 5, 5],
        [None, None, 1, 9],
        [None, 1, None, 1],
        [None, 9, 9, None],
    ]
    parents = min_arborescence(cost, 0)
    assert parents[0] == -1
    # 1 and 2 prefer each other (a cycle); one of them must hang from the root.
    assert total(cost, parents, 0) == 5 + 1 + 1


@pytest.mark.parametrize("seed", range(25))
def test_matches_brute_force_on_random_graphs(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 6)
    cost = [[None if u == v or (v != 0 and rng.random() < 0.2) else rng.randint(0, 20) for v in range(n)] for u in range(n)]
    for v in range(1, n):
        cost[0][v] = 50  # always reachable from the root
    parents = min_arborescence(cost, 0)
    assert total(cost, parents, 0) == brute_force(cost, 0)


def test_unreachable_node_is_an_error():
    cost = [[None, 1, None], [None, None, None], [None, None, None]]
    with pytest.raises(ValueError):
        min_arborescence(cost, 0)
