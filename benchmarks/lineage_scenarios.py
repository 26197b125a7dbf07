"""Lineage accuracy on small hand-built syndication scenarios, one kind of history at a time.

Where ``lineage_eval.py`` draws random histories from real text, this script builds each typical
situation many times over from the test suite's made-up stories (``tests/test_lineage_cases.py``)
and scores them with the same rule, next to the plain baseline of ``lineage_eval.py``::

    python benchmarks/lineage_scenarios.py              # 100 collections per scenario
    python benchmarks/lineage_scenarios.py --n 20 --only spins lost_spins
    python benchmarks/lineage_scenarios.py --smoke
    python benchmarks/lineage_scenarios.py --engine mypkg.mod:infer_lineage

Scenarios (W is the wire original; "lost" means it is not in the collection):
  star_cuts     W + copies cut at different lengths, some with a changed word or a credit line
  lost_credit   lost W; copies cut at different lengths, each crediting AP its own way
  spins         W + spins made with one synonym table (they share many swaps)
  lost_spins    lost W; spins made with one synonym table
  excerpts      W + excerpts of random stretches
  parts         W + a copy, an excerpt of its head passed on (copied, spun), an excerpt of its tail;
                all under W's headline
  edits         W + copies with a few words changed
  chain         W -> trimmed copy -> spin of it -> excerpt of the spin
  mixed         W + copy, spin, excerpt, edit, and an unrelated story on the same topic
  lost_mixed    lost W; a copy, a spin, an excerpt and an edit, each keeping different parts
  dated         W dated first + later-dated copies
  updated       W showing only an "Updated" time later than its copies' times
  later_date    W showing a later time with no "Updated" label (an update time all the same)
  merge         W + a version that adds two paragraphs of another story + a copy (other absent)
  merge_child   as merge, plus a spun copy of the merged version
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from lineage_eval import baseline_lineage, load_engine, score_collection  # noqa: E402
from test_lineage_cases import article, base_story, collection, mutate, spin  # noqa: E402

CREDITS = ("— AP", "(AP)", "Associated Press", "The Associated Press contributed to this report.")


def _truth(parents: dict[str, str | None], bodies: dict[str, list[str]]) -> dict:
    """``parents``: article -> parent article, "lost:<name>" or None."""
    articles, lost = {}, {}
    for aid, p in parents.items():
        entry = {
            "relation": "original" if p is None else "copy",
            "content": hashlib.sha1("\n\n".join(bodies[aid]).encode()).hexdigest(),
        }
        if p is not None and p.startswith("lost:"):
            entry["lost_parent"] = p[5:]
            lost[p[5:]] = {"relation": "original"}
        else:
            entry["parent"] = p
        articles[aid] = entry
    return {"kind": "scenario", "articles": articles, "lost": lost}


def build(kind: str, seed: int) -> tuple:
    rng = random.Random(f"{kind}:{seed}")
    b = base_story(seed, 10)
    bodies: dict[str, list[str]] = {}
    parents: dict[str, str | None] = {}
    extra: dict[str, dict] = {}

    def add(aid: str, body: list[str], parent: str | None, **meta) -> None:
        bodies[aid], parents[aid], extra[aid] = body, parent, meta

    wire_lost = kind.startswith("lost_")
    w = None if wire_lost else "wire"
    if kind == "star_cuts":
        own = rng.random() < 0.5
        add("wire", b + (["© 2022 The Associated Press. All rights reserved."] if own else []), None, outlet="Wire")
        for i in range(rng.randint(3, 5)):
            body = b[: rng.choice([9, 8, 7, 6])]
            if rng.random() < 0.5:
                body = mutate(body, 1, seed * 10 + i)
            add(f"c{i}", body + (["— AP"] if rng.random() < 0.5 else []), "wire", outlet=f"Outlet {i}")
    elif kind == "lost_credit":
        for i in range(rng.randint(3, 5)):
            body = b[: rng.choice([10, 9, 8, 7, 6])]
            if rng.random() < 0.5:
                body = mutate(body, 1, seed * 10 + i)
            add(f"c{i}", body + [rng.choice(CREDITS)], "lost:W", outlet=f"Outlet {i}")
    elif kind in ("spins", "lost_spins"):
        if w:
            add("wire", b, None, outlet="Wire")
        for i in range(rng.randint(3, 5)):
            add(f"s{i}", spin(b[: rng.choice([10, 9, 8, 7, 6])], rng.uniform(0.3, 0.8), seed * 10 + i),
                w or "lost:W", outlet=f"Outlet {i}")
    elif kind == "excerpts":
        add("wire", b, None, outlet="Wire")
        for i in range(rng.randint(3, 5)):
            start = rng.randint(0, 6)
            add(f"e{i}", b[start : start + rng.randint(2, 4)], "wire", outlet=f"Outlet {i}")
    elif kind == "edits":
        add("wire", b, None, outlet="Wire")
        for i in range(rng.randint(3, 5)):
            add(f"c{i}", mutate(b[: rng.choice([10, 9, 8])], rng.randint(2, 6), seed * 10 + i), "wire", outlet=f"O{i}")
    elif kind == "chain":
        copy = b[:9]
        spun = spin(copy, 0.6, seed)
        add("wire", b, None, outlet="Wire")
        add("copy", copy, "wire", outlet="A")
        add("spun", spun, "copy", outlet="B")
        add("exc", spun[2:6], "spun", outlet="C")
    elif kind in ("mixed", "lost_mixed"):
        if w:
            add("wire", b, None, outlet="Wire")
            add("copy", b[:8] + ["— AP"], w, outlet="A")
            add("spun", spin(b, 0.7, seed), w, outlet="B")
            add("exc", b[3:6], w, outlet="C")
            add("edit", mutate(b[:1] + b[2:], 3, seed), w, outlet="D")
            add("other", base_story(seed + 1000, 8), None, outlet="Elsewhere")
        else:
            add("copy", b[:8], "lost:W", outlet="A")
            add("spun", spin(b[1:], 0.7, seed), "lost:W", outlet="B")
            add("exc", b[4:8], "lost:W", outlet="C")
            add("edit", mutate(b[:3] + b[4:], 3, seed), "lost:W", outlet="D")
    elif kind in ("dated", "updated", "later_date"):
        stamp = {
            "dated": "2022-05-23T06:00:00+00:00",
            "updated": "Updated: 2022-05-24T18:00:00+00:00",
            "later_date": "2022-05-24T18:00:00+00:00",
        }[kind]
        add("wire", b, None, outlet="Wire", date=stamp)
        for i in range(4):
            add(f"c{i}", mutate(b[: rng.choice([10, 9, 8, 7])], 1, seed * 10 + i), "wire", outlet=f"O{i}",
                date=f"2022-05-23T{7 + i:02d}:00:00+00:00")
    elif kind == "parts":
        title = "Headline of the wire story"
        # Each copy changes a word or two where the head excerpt could see it, so the text tells
        # who copied whom.
        head = mutate(b[:3], 1, seed * 10 + 1)
        add("wire", b, None, outlet="Wire", title=title)
        add("copy", mutate(b[:3], 1, seed * 10 + 2) + b[3:5] + mutate(b[5:], 1, seed * 10 + 3), "wire",
            outlet="A", title=title)
        add("head", head, "wire", outlet="B", title=title)
        add("head_copy", mutate(head, 1, seed * 10 + 4), "head", outlet="C", title=title)
        add("head_spun", spin(head, 0.7, seed), "head", outlet="D", title=title)
        add("tail", b[rng.randint(5, 7) :], "wire", outlet="E", title=title + " - AP")
    elif kind in ("merge", "merge_child"):
        other = base_story(seed + 500, 8)
        merged = b[:5] + other[2:4] + b[5:8]
        add("wire", b, None, outlet="Wire")
        add("merge", merged, "wire", outlet="M")
        add("copy", b[:7], "wire", outlet="C")
        if kind == "merge_child":
            add("spun", spin(merged, 0.5, seed), "merge", outlet="S")
    else:
        raise ValueError(kind)
    arts = [article(aid, body, **extra[aid]) for aid, body in bodies.items()]
    return collection(*arts), _truth(parents, bodies)


SCENARIOS = ("star_cuts", "lost_credit", "spins", "lost_spins", "excerpts", "parts", "edits", "chain", "mixed",
             "lost_mixed", "dated", "updated", "later_date", "merge", "merge_child")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100, help="collections per scenario")
    ap.add_argument("--smoke", action="store_true", help="a tiny quick run (3 collections per scenario)")
    ap.add_argument("--only", nargs="*", choices=SCENARIOS, help="run only these scenarios")
    ap.add_argument("--engine", default="tui_reader.core.lineage:infer_lineage", help="module:function")
    args = ap.parse_args(argv)
    if args.smoke:
        args.n = 3
    engines = {"engine": load_engine(args.engine), "baseline": baseline_lineage}
    totals = defaultdict(lambda: [0, 0])
    print(f"{'scenario':12} {'articles':>8} {'engine':>7} {'baseline':>8}")
    started = time.perf_counter()
    for kind in args.only or SCENARIOS:
        right = defaultdict(int)
        count = 0
        for seed in range(args.n):
            coll, truth = build(kind, seed)
            for name, engine in engines.items():
                scores = score_collection(truth, engine(coll), f"{kind}-{seed}")
                right[name] += sum(s.right for s in scores)
                totals[name][0] += sum(s.right for s in scores)
                totals[name][1] += len(scores)
            count += len(truth["articles"])
        print(f"{kind:12} {count:8d} {right['engine'] / count:7.3f} {right['baseline'] / count:8.3f}")
    e, bl = (totals[k][0] / max(1, totals[k][1]) for k in ("engine", "baseline"))
    print(f"{'all':12} {totals['engine'][1]:8d} {e:7.3f} {bl:8.3f}   engine / baseline = {e / max(bl, 1e-9):.2f}"
          f"   ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
