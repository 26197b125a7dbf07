"""Mixed collections at scale: story grouping, parallel lineage and the analysis cache.

For each size, ``benchmarks/synth.py make-mixed`` writes a folder of articles over many stories
(real news text, known story and parent for every article). Each measurement then runs in a fresh
Python process so that peak memory belongs to it alone:

* cold open: ``load_paths`` + ``analyse`` with an empty cache (the cache gets written);
* reopen: a new process, same folder, warm cache;
* ten more articles: a cache warmed on the collection minus ten articles, then the whole
  collection (sizes up to 5,000 only);
* all-pairs baseline (1,000 only): the same grouping verifying every pair of articles instead
  of the candidate pairs, in the same process as the candidate run.

Scores: grouping precision and recall over pairs of articles (a pair is "together" when both
are in one story), and parent accuracy: an article's predicted parent is right when it is the
true parent article, or a hidden node when the true parent is a lost source, or nothing when
the article is a true root.

Usage::

    python benchmarks/bench_scale.py --sizes 1000 5000 20000 [--workers 2] [--workdir DIR]
    python benchmarks/bench_scale.py --smoke
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- scoring


def pair_scores(pred: dict[str, object], true: dict[str, object]) -> tuple[float, float]:
    """Pairwise precision and recall of a predicted partition against the true one."""

    def together(labels) -> int:
        return sum(c * (c - 1) // 2 for c in Counter(labels).values())

    ids = [i for i in pred if i in true]
    both = together((pred[i], true[i]) for i in ids)
    p_pairs = together(pred[i] for i in ids)
    t_pairs = together(true[i] for i in ids)
    return (both / p_pairs if p_pairs else 1.0), (both / t_pairs if t_pairs else 1.0)


def parent_accuracy(lineage, truth_articles: dict) -> float:
    hidden = {h.id for h in lineage.hidden}
    parent_of = {e.child: e.parent for e in lineage.edges}
    right = total = 0
    for aid, entry in truth_articles.items():
        if aid not in lineage.article_ids:
            continue
        total += 1
        pred = parent_of.get(aid)
        if entry.get("parent"):
            right += pred == entry["parent"]
        elif entry.get("lost_parent"):
            right += pred in hidden
        else:
            right += pred is None
    return right / total if total else 0.0


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(kids, 1)


# --------------------------------------------------------------------------- one measurement (child process)


def measure(folder: Path, mode: str, workers: int | None, drop: int) -> dict:
    from tui_reader.core.analysis import analyse
    from tui_reader.core.loader import load_paths
    from tui_reader.core.model import Collection
    from tui_reader.core.stories import GroupingStats, article_features, group_features

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["articles"]
    from tui_reader.core.cache import Cache

    # As the app and the CLI do: an unchanged folder is read back from the cache on reopening.
    t0 = time.perf_counter()
    collection = load_paths([str(folder)], cache=Cache() if mode != "baseline" else None)
    t_load = time.perf_counter() - t0
    articles = [a for a in collection.articles if a.id in truth]
    if drop:
        articles = articles[:-drop]
    collection = Collection(tuple(articles))
    out: dict = {"articles": len(articles), "load_s": round(t_load, 2), "mode": mode}

    if mode == "baseline":
        feats = [article_features(a) for a in articles]
        true = {a.id: truth[a.id]["story"] for a in articles}
        for name, all_pairs in (("candidates", False), ("all_pairs", True)):
            stats = GroupingStats()
            t0 = time.perf_counter()
            groups = group_features(feats, stats=stats, all_pairs=all_pairs)
            elapsed = time.perf_counter() - t0
            pred = {articles[i].id: k for k, g in enumerate(groups) for i in g}
            p, r = pair_scores(pred, true)
            out[name] = {"group_s": round(elapsed, 2), "precision": round(p, 4), "recall": round(r, 4),
                         "verified_pairs": stats.verified_pairs, "candidate_pairs": stats.candidate_pairs}
        return out

    t0 = time.perf_counter()
    result = analyse(collection, workers=workers)
    out["analyse_s"] = round(time.perf_counter() - t0, 2)
    out["total_s"] = round(out["load_s"] + out["analyse_s"], 2)
    out["stats"] = result.stats
    pred = {aid: s.id for s in result.stories for aid in s.article_ids}
    true = {a.id: truth[a.id]["story"] for a in articles}
    p, r = pair_scores(pred, true)
    out.update(
        precision=round(p, 4),
        recall=round(r, 4),
        stories=len(result.stories),
        true_stories=len(set(true.values())),
        parent_accuracy=round(parent_accuracy(result.lineage, {a.id: truth[a.id] for a in articles}), 4),
    )
    out["peak_rss_mb"], out["peak_child_rss_mb"] = peak_rss_mb()
    return out


def run_child(folder: Path, mode: str, cache_dir: Path, workers: int | None, drop: int = 0) -> dict:
    env = dict(os.environ, TUI_READER_CACHE_DIR=str(cache_dir))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", str(folder), "--mode", mode, "--drop", str(drop)]
    if workers:
        cmd += ["--workers", str(workers)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement failed ({mode}, {folder}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- driver


def make_collection(size: int, seed: int, workdir: Path) -> Path:
    folder = workdir / f"mixed-{size}-seed{seed}"
    if not (folder / "truth.json").exists():
        subprocess.run(
            [sys.executable, str(HERE / "synth.py"), "make-mixed", "--articles", str(size), "--seed", str(seed),
             "--out", str(folder)],
            check=True,
            capture_output=True,
        )
    return folder


def bench_size(size: int, seed: int, workdir: Path, workers: int | None) -> dict:
    folder = make_collection(size, seed, workdir)
    row: dict = {"size": size}
    with tempfile.TemporaryDirectory(prefix="scale-cache-") as tmp:
        cache = Path(tmp)
        row["cold"] = run_child(folder, "analyse", cache / "a", workers)
        row["reopen"] = run_child(folder, "analyse", cache / "a", workers)
        if size <= 5000:
            run_child(folder, "analyse", cache / "b", workers, drop=10)
            row["plus_ten"] = run_child(folder, "analyse", cache / "b", workers)
        if size <= 1000:
            row["baseline"] = run_child(folder, "baseline", cache / "c", workers)
    return row


def print_table(rows: list[dict]) -> None:
    print("| articles | stories (true) | load s | analyse s (grouping / lineage) | total s | peak RSS MB (main / worker) "
          "| precision | recall | parent acc. | reopen total s | +10 articles: total s, stories recomputed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        c, r = row["cold"], row["reopen"]
        plus = row.get("plus_ten")
        plus_txt = f"{plus['total_s']} s, {plus['stats']['lineage_computed']}" if plus else "-"
        print(
            f"| {c['articles']} | {c['stories']} ({c['true_stories']}) | {c['load_s']} | {c['analyse_s']} "
            f"({c['stats']['seconds_grouping']} / {c['stats']['seconds_lineage']}) | {c['total_s']} "
            f"| {c['peak_rss_mb']} / {c['peak_child_rss_mb']} | {c['precision']} | {c['recall']} "
            f"| {c['parent_accuracy']} | {r['total_s']} | {plus_txt} |"
        )
    for row in rows:
        if "baseline" in row:
            b = row["baseline"]
            cand, allp = b["candidates"], b["all_pairs"]
            print(
                f"\nGrouping only, {b['articles']} articles, same process: candidates {cand['group_s']} s "
                f"({cand['candidate_pairs']} candidate pairs, {cand['verified_pairs']} verified; P {cand['precision']}, "
                f"R {cand['recall']}) vs all pairs {allp['group_s']} s ({allp['verified_pairs']} verified; "
                f"P {allp['precision']}, R {allp['recall']}); speed-up x{allp['group_s'] / max(cand['group_s'], 1e-3):.1f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--workdir", type=Path, default=None, help="where generated collections are kept")
    parser.add_argument("--smoke", action="store_true", help="one tiny collection, quickly")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="analyse", help=argparse.SUPPRESS)
    parser.add_argument("--drop", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.mode, args.workers, args.drop)))
        return 0

    sizes = [150] if args.smoke else args.sizes
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="tui-reader-scale-"))
    rows = []
    for size in sizes:
        started = time.perf_counter()
        rows.append(bench_size(size, args.seed, workdir, args.workers))
        print(f"size {size}: {time.perf_counter() - started:.0f} s wall for every measurement", file=sys.stderr)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
