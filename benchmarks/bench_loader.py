"""Loading speed on a large folder: ``load_paths`` against a bare read-and-decode of every file.

    python benchmarks/bench_loader.py [--files 10000] [--repeat 3]

Builds a temporary folder of ``--files`` articles (the five seeds cycled, written as .txt, .html,
.json and .md with small edits so every file differs, spread over 100 sub-folders), then times:

- baseline: walk the tree with ``os.walk``, read each file and decode it as UTF-8 (the least any
  loader must do);
- loader: ``load_paths([folder])`` (encoding detection, parsing, boilerplate, metadata, ids).

Prints the best of ``--repeat`` runs for each and the ratio loader / baseline.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui_reader.core.loader import load_paths  # noqa: E402
from tui_reader.core.seeds import seeds_dir  # noqa: E402


def build(folder: Path, count: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().iterdir())]
    for i in range(count):
        text = seeds[i % len(seeds)] + f"\n\nEdition note number {i}."
        sub = folder / f"part{i % 100:03d}"
        sub.mkdir(exist_ok=True)
        kind = i % 4
        if kind == 0:
            (sub / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        elif kind == 1:
            paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
            page = f"<html><head><title>Story {i}</title></head><body><article>{paras}</article></body></html>"
            (sub / f"a{i:05d}.html").write_text(page, encoding="utf-8")
        elif kind == 2:
            (sub / f"a{i:05d}.json").write_text(json.dumps({"id": f"j{i}", "text": text}), encoding="utf-8")
        else:
            (sub / f"a{i:05d}.md").write_text("# " + text, encoding="utf-8")


def baseline(folder: Path) -> int:
    n = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as handle:
                handle.read().decode("utf-8")
            n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="a tiny quick run (50 files, once)")
    args = parser.parse_args()
    if args.smoke:
        args.files, args.repeat = 50, 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        build(folder, args.files)
        print(f"built {args.files} files in {time.perf_counter() - t0:.1f} s")
        base_times, load_times = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            n = baseline(folder)
            base_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            collection = load_paths([str(folder)])
            load_times.append(time.perf_counter() - t0)
        assert n == args.files
        assert len(collection.articles) == args.files, collection.problems[:3]
        assert not collection.problems
        b, l_ = min(base_times), min(load_times)
        print(f"baseline (walk + read + utf-8 decode): {b:.3f} s")
        print(f"load_paths: {l_:.3f} s ({l_ / args.files * 1000:.2f} ms per file)")
        print(f"ratio load_paths / baseline: {l_ / b:.1f}")


if __name__ == "__main__":
    main()
