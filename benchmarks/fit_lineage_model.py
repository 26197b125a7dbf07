"""Fit the lineage engine's candidate-parent model (``tui_reader/core/lineage_model.py``).

Generates synthetic histories (all five families of ``lineage_eval.py``) with seeds that the
evaluation does not use, collects every version's candidate parents with their features through
the engine itself (``lineage._edge_features``), and fits a conditional logit (one softmax over
each version's candidates) by Newton's method with an L2 penalty; one model for pages with
headlines, one for plain texts. Prints the accuracy of the top-scored candidate on held-out
seeds, next to the tuned engine's own choice, and with ``--write`` puts the weights into the
model file::

    python benchmarks/fit_lineage_model.py                # fit on seeds 21-27, check on 28
    python benchmarks/fit_lineage_model.py --write        # ... and update lineage_model.py
    python benchmarks/fit_lineage_model.py --n 5 --fit-seeds 21 --check-seeds 22   # quick

Seeds 1-4 (lineage_eval's reports and calibration) and the kept development sets are not used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lineage_eval

from tui_reader.core import lineage
from tui_reader.core.lineage_model import FEATURES
from tui_reader.core.loader import load_paths

MODEL_FILE = Path(__file__).resolve().parent.parent / "tui_reader" / "core" / "lineage_model.py"


def collect(folders: list[Path]) -> list[dict]:
    """One row per version whose true parent is among its candidates."""
    rows: list[dict] = []
    tuned = lineage._build_group
    current: dict = {}

    def spy(engine, group, parents, costs, hidden):
        matrix = tuned(engine, group, parents, costs, hidden)
        if matrix is None:
            return None  # traditions keep their stemma: the model never sees them
        truth = current["truth"]["articles"]
        ids = [engine.prep[g].id for g in group]
        keys = {h["key"] for h in hidden}
        chosen = {}
        for k, cid in enumerate(ids):
            pid = parents.get(cid)
            chosen[k] = "none" if pid is None else "lost" if pid in keys else ids.index(pid)
        candidates, _ = lineage._edge_features(engine, group, matrix, chosen)
        titled = any(engine.articles[g].title for g in group)
        for k, cid in enumerate(ids):
            t = truth.get(cid)
            if t is None:
                continue
            if t.get("parent"):
                if t["parent"] not in ids:
                    continue
                label = ids.index(t["parent"])
            else:
                label = "lost" if t.get("lost_parent") else "none"
            names = [cand for cand, _ in candidates[k]]
            if label not in names:
                continue
            rows.append({
                "family": current["family"], "titled": titled, "label": names.index(label),
                "tuned": next(i for i, (_, v) in enumerate(candidates[k]) if v[FEATURES.index("tuned_chosen")] == 1.0)
                if any(v[FEATURES.index("tuned_chosen")] == 1.0 for _, v in candidates[k]) else -1,
                "X": [v for _, v in candidates[k]],
            })
        return matrix

    lineage._build_group = spy
    try:
        for folder in folders:
            current["truth"] = json.loads((folder / "truth.json").read_text())
            current["family"] = folder.name.split("-")[0]
            lineage.infer_lineage(load_paths(sorted(str(p) for p in folder.glob("*.txt"))))
    finally:
        lineage._build_group = tuned
    return rows


def fit(rows: list[dict], penalty: float = 1.0, steps: int = 100) -> np.ndarray:
    """Conditional logit by damped Newton steps."""
    d = len(FEATURES)
    w = np.zeros(d)
    data = [(np.array(r["X"], float), r["label"]) for r in rows]
    for _ in range(steps):
        grad = -penalty * w
        hess = -penalty * np.eye(d)
        for X, y in data:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mu = p @ X
            grad += X[y] - mu
            hess -= (X * p[:, None]).T @ X - np.outer(mu, mu)
        step = np.linalg.solve(hess, grad)
        biggest = np.abs(step).max()
        if biggest > 1.0:
            step /= biggest
        w -= step
        if biggest < 1e-6:
            break
    return w


def top1(rows: list[dict], w: np.ndarray) -> dict[str, tuple[float, float, int]]:
    """Per family: share of versions whose true parent scores highest, the tuned engine's share."""
    got: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        best = int(np.argmax(np.array(r["X"], float) @ w))
        for key in (r["family"], "all"):
            got[key][0] += best == r["label"]
            got[key][1] += r["tuned"] == r["label"]
            got[key][2] += 1
    return {k: (a / n, b / n, n) for k, (a, b, n) in sorted(got.items())}


def write_weights(titled: np.ndarray, plain: np.ndarray, note: str) -> None:
    def block(name: str, w: np.ndarray) -> str:
        lines = [f"{name}: dict[str, float] = {{"]
        lines += [f"    {f!r}: {v:.4f}," for f, v in zip(FEATURES, w)]
        return "\n".join(lines) + "\n}\n"

    text = MODEL_FILE.read_text()
    body = f"# {note}\n" + block("WEIGHTS_TITLED", titled) + block("WEIGHTS_PLAIN", plain)
    new = re.sub(
        r"(# fitted weights: start[^\n]*\n).*?(# fitted weights: end)",
        lambda m: m.group(1) + body + m.group(2),
        text,
        flags=re.DOTALL,
    )
    MODEL_FILE.write_text(new)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40, help="collections per family and seed")
    parser.add_argument("--fit-seeds", type=int, nargs="+", default=list(range(21, 28)))
    parser.add_argument("--check-seeds", type=int, nargs="+", default=[28])
    parser.add_argument("--penalty", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help="write the weights into lineage_model.py")
    args = parser.parse_args(argv)
    families = list(lineage_eval.synth.FAMILIES)
    with tempfile.TemporaryDirectory() as tmp:
        def rows_for(seeds: list[int]) -> list[dict]:
            out: list[dict] = []
            for seed in seeds:
                folders = lineage_eval.generate(Path(tmp) / f"s{seed}", families, args.n, seed)
                out += collect(folders)
            return out

        train, check = rows_for(args.fit_seeds), rows_for(args.check_seeds)
    weights = {}
    for titled in (True, False):
        part = [r for r in train if r["titled"] == titled]
        weights[titled] = fit(part, args.penalty)
        name = "titled" if titled else "plain"
        print(f"{name}: fitted on {len(part)} versions")
        for fam, (a, b, n) in top1([r for r in check if r["titled"] == titled], weights[titled]).items():
            print(f"  check {fam:11} n={n:5}  top candidate right {a:.3f}  (tuned engine's choice {b:.3f})")
    if args.write:
        note = (f"fitted on seeds {args.fit_seeds[0]}-{args.fit_seeds[-1]}, n={args.n} per family, "
                f"penalty {args.penalty}")
        write_weights(weights[True], weights[False], note)
        print(f"weights written to {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
