"""Start-up and interaction timings of the reader.

Cold start: launch ``tui-reader`` (bundled seeds) in a pseudo-terminal with
``TUI_READER_EXIT_AFTER_FIRST_PAINT=1``, which exits right after the first screen, with the
articles listed, has been painted. The app appends the wall-clock time of its first paints to
``TUI_READER_STARTUP_REPORT``; launch-to-paint is measured from just before the process is
spawned. The baseline is ``python -c "import textual"`` (whole process) in the same run.

Interaction: in a headless app, the time from a key press to the screen being re-rendered,
for moving to another article and for toggling the diff, less the same cycle for a key that
does nothing (the test harness's own overhead).

Run: python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def time_command(argv: list[str], env: dict) -> tuple[float, dict[str, float]]:
    """Wall time of ``argv`` in a pseudo-terminal, and the paint times it reported."""
    report = tempfile.mktemp(prefix="tui-reader-startup-")
    env = dict(env, TUI_READER_STARTUP_REPORT=report)
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    reader = threading.Thread(target=_drain, args=(master,), daemon=True)
    reader.start()
    wall = time.time()
    start = time.perf_counter()
    proc = subprocess.run(argv, stdin=slave, stdout=slave, stderr=slave, env=env, timeout=60)
    elapsed = time.perf_counter() - start
    os.close(slave)
    os.close(master)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} exited with {proc.returncode}")
    marks: dict[str, float] = {}
    if os.path.exists(report):
        with open(report, encoding="utf-8") as handle:
            for line in handle:
                what, when = line.split()
                marks.setdefault(what, float(when) - wall)
        os.unlink(report)
    return elapsed, marks


def cold_start(runs: int) -> dict:
    tmp = tempfile.mkdtemp(prefix="tui-reader-bench-")
    env = dict(os.environ)
    env.update(
        TERM="xterm-256color",
        COLUMNS="120",
        LINES="40",
        TUI_READER_EXIT_AFTER_FIRST_PAINT="1",
        TUI_READER_DATA_DIR=os.path.join(tmp, "data"),
        TUI_READER_CONFIG_DIR=os.path.join(tmp, "config"),
        TUI_READER_CACHE_DIR=os.path.join(tmp, "cache"),
    )
    exe = shutil.which("tui-reader") or sys.exit("tui-reader is not on PATH")
    result: dict[str, list[float]] = {"bare": [], "shell": [], "articles": [], "process": []}
    time_command([exe], env)  # warm the OS file cache once
    for _ in range(runs):
        result["bare"].append(time_command([sys.executable, "-c", "import textual"], env)[0])
        elapsed, marks = time_command([exe], env)
        result["process"].append(elapsed)
        result["shell"].append(marks["shell"])
        result["articles"].append(marks["articles"])
    shutil.rmtree(tmp, ignore_errors=True)
    return result


async def _interaction(rounds: int) -> dict:
    from tui_reader.app.main import ReaderApp

    app = ReaderApp()
    results: dict[str, list[float]] = {"noop": [], "move": [], "diff": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#articles")
        table.focus()
        await pilot.pause()

        async def timed(key: str) -> float:
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            return time.perf_counter() - start

        for _ in range(rounds):
            results["noop"].append(await timed("f12"))
            for key in ("j", "j", "j", "j", "g"):
                results["move"].append(await timed(key))
            results["diff"].append(await timed("d"))
            results["diff"].append(await timed("d"))
    return results


def make_collection(folder: str, n: int, seed: int = 7) -> None:
    """``n`` plausible variants of the seed articles: paragraphs dropped, shuffled, trimmed."""
    import random

    from tui_reader.core.loader import load_paths
    from tui_reader.core.seeds import seeds_dir

    rng = random.Random(seed)
    bases = [(a.label, list(a.paragraphs)) for a in load_paths([str(seeds_dir())]).articles]
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        title, paras = bases[i % len(bases)]
        kept = [p for p in paras if rng.random() > 0.25] or paras[:1]
        if rng.random() < 0.3:
            rng.shuffle(kept)
        kept = [" ".join(w for w in p.split() if rng.random() > 0.05) for p in kept]
        with open(os.path.join(folder, f"{i:04d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(f"{title} ({i})\n\n" + "\n\n".join(kept) + "\n")


async def _large(n: int, wait: float) -> dict:
    """Open ``n`` articles: time to the table, key latency while the analysis runs (for at most
    ``wait`` seconds), and the time to the end of the analysis if it ends by then."""
    from tui_reader.app.main import ReaderApp

    folder = tempfile.mkdtemp(prefix="tui-reader-large-")
    make_collection(folder, n)
    app = ReaderApp(paths=[folder], use_cache=False)
    out: dict[str, list[float]] = {"listed": [], "analysed": [], "key_during_analysis": [], "move_after": []}
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.query_one("#articles")
        while table.row_count < n:
            await pilot.pause(0.01)
        out["listed"].append(time.perf_counter() - start)
        table.focus()
        while app.analysing and time.perf_counter() - start < wait:
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            out["key_during_analysis"].append(time.perf_counter() - t)
        out["analysed"].append(time.perf_counter() - start if not app.analysing else float("nan"))
        for _ in range(10):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            out["move_after"].append(time.perf_counter() - t)
    shutil.rmtree(folder, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--large", type=int, default=1000, help="articles in the large collection (0 skips it)")
    parser.add_argument("--large-wait", type=float, default=60.0, help="seconds to keep pressing keys during its analysis")
    parser.add_argument("--smoke", action="store_true", help="a tiny quick run (2 runs, 50-article large collection)")
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.large, args.large_wait = 2, 50, 5.0
    cold = cold_start(args.runs)
    tmp = tempfile.mkdtemp(prefix="tui-reader-bench-")
    os.environ.update(TUI_READER_DATA_DIR=tmp + "/d", TUI_READER_CONFIG_DIR=tmp + "/c", TUI_READER_CACHE_DIR=tmp + "/k")
    inter = asyncio.run(_interaction(args.runs))
    shutil.rmtree(tmp, ignore_errors=True)

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"

    print(f"{args.runs} runs, 120x40 pseudo-terminal, bundled seeds")
    print(f"launch to first screen painted, articles listed: {ms(cold['articles'])}")
    print(f"launch to first paint of the layout:             {ms(cold['shell'])}")
    print(f"whole process (launch, paint, exit):             {ms(cold['process'])}")
    print(f"baseline python -c 'import textual':             {ms(cold['bare'])}")
    ratio = statistics.median(cold["articles"]) / statistics.median(cold["bare"])
    print(f"ratio first screen / baseline: {ratio:.2f}")
    noop = statistics.median(inter["noop"])
    for name in ("move", "diff"):
        net = [max(0.0, v - noop) for v in inter[name]]
        print(f"{name:>4} (key to re-render, less harness {noop * 1000:.0f} ms): {ms(net)}")
    if args.large:
        tmp = tempfile.mkdtemp(prefix="tui-reader-bench-")
        os.environ.update(TUI_READER_DATA_DIR=tmp + "/d", TUI_READER_CONFIG_DIR=tmp + "/c", TUI_READER_CACHE_DIR=tmp + "/k")
        async def large_and_report() -> None:
            large = await _large(args.large, args.large_wait)
            done = large["analysed"][0]
            ended = f"analysed after {done:.2f} s" if done == done else f"analysis still running after {args.large_wait:.0f} s"
            print(f"{args.large} articles: listed after {large['listed'][0]:.2f} s, {ended}")
            if large["key_during_analysis"]:
                print(f"  key press to re-render during the analysis: {ms(large['key_during_analysis'])}"
                      f" ({len(large['key_during_analysis'])} presses)")
            print(f"  key press to re-render after that: {ms(large['move_after'])}", flush=True)
            shutil.rmtree(tmp, ignore_errors=True)
            # An unfinished analysis would keep its thread (and the event loop's shutdown) waiting.
            os._exit(0)

        asyncio.run(large_and_report())


if __name__ == "__main__":
    main()
