"""Speed of lineage inference: the seeds, a 50-article story, and growth with size and length.

    python benchmarks/bench_lineage.py            # full run
    python benchmarks/bench_lineage.py --quick    # fewer sizes

Stories are built from the bundled seed texts by simple, seeded transformations (trims, dropped
and moved paragraphs, word swaps), so the script needs no download. Each timing is the best of
``--repeat`` runs of ``infer_lineage`` on one core (no worker processes). The plain whole-text
baseline of ``lineage_eval.py`` is timed on the same inputs for the ratio.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tui_reader.core.lineage import infer_lineage  # noqa: E402
from tui_reader.core.loader import load_paths  # noqa: E402
from tui_reader.core.model import Article, Block, Collection  # noqa: E402
from tui_reader.core.seeds import seeds_dir  # noqa: E402


def _variant(rng: random.Random, paras: list[str], vocab: list[str]) -> list[str]:
    out = list(paras)
    if len(out) > 3 and rng.random() < 0.5:
        out = out[: max(2, len(out) - rng.randint(1, len(out) // 3))]
    if len(out) > 3 and rng.random() < 0.5:
        del out[rng.randrange(1, len(out))]
    if len(out) > 3 and rng.random() < 0.3:
        out.insert(rng.randrange(1, len(out)), out.pop(rng.randrange(1, len(out))))
    swapped = []
    rate = rng.choice([0.0, 0.02, 0.3])
    for p in out:
        words = p.split(" ")
        swapped.append(" ".join(rng.choice(vocab) if rng.random() < rate else w for w in words))
    return swapped


def story(n: int, seed: int = 1, scale: float = 1.0) -> Collection:
    """``n`` versions of one seed text; ``scale`` repeats or cuts its paragraphs to change length."""
    seeds = load_paths([str(seeds_dir())]).articles
    base = list(seeds[seed % len(seeds)].paragraphs)
    want = max(2, int(len(base) * scale))
    paras = (base * (int(scale) + 1))[:want]
    vocab = sorted({w for p in base for w in p.split(" ")})
    rng = random.Random(seed)
    versions = [paras]
    arts = []
    for i in range(n):
        parent = rng.choice(versions)
        child = parent if i == 0 else _variant(rng, parent, vocab)
        versions.append(child)
        arts.append(Article(id=f"v{i:03d}", path=f"v{i:03d}.txt", title=f"Version {i}", blocks=tuple(Block(p) for p in child)))
    return Collection(tuple(arts))


def best_of(fn, arg, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="a tiny quick run (implies --quick, one repeat)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.quick, args.repeat = True, 1
    from lineage_eval import baseline_lineage

    print(f"python {platform.python_version()} on {platform.machine()}")
    seeds = load_paths([str(seeds_dir())])
    t = best_of(infer_lineage, seeds, args.repeat)
    b = best_of(baseline_lineage, seeds, args.repeat)
    print(f"seeds ({len(seeds)} articles, {sum(a.words for a in seeds)} words): {t:.3f} s  (baseline {b:.3f} s, ratio {t / b:.1f})")
    sizes = (10, 25, 50) if args.quick else (5, 10, 25, 50, 100)
    print("growth with the number of articles (seed text 000, about 1,000 words each):")
    for n in sizes:
        col = story(n, seed=0)
        t = best_of(infer_lineage, col, args.repeat)
        if n > 50:  # the baseline's pure-Python shingling grows too slowly to wait for here
            print(f"  n={n:4d}: {t:.3f} s  ({t / (n * (n - 1) / 2) * 1000:.2f} ms per pair)")
            continue
        b = best_of(baseline_lineage, col, args.repeat)
        print(f"  n={n:4d}: {t:.3f} s  ({t / (n * (n - 1) / 2) * 1000:.2f} ms per pair; baseline {b:.3f} s, ratio {t / b:.1f})")
    print("growth with article length (25 articles):")
    for scale in (0.25, 0.5, 1.0, 2.0) if not args.quick else (0.5, 1.0, 2.0):
        col = story(25, seed=0, scale=scale)
        words = sum(a.words for a in col) // len(col)
        t = best_of(infer_lineage, col, args.repeat)
        b = best_of(baseline_lineage, col, args.repeat)
        print(f"  ~{words:5d} words each: {t:.3f} s  (baseline {b:.3f} s, ratio {t / b:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
