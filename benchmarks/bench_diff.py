"""Speed of the word diff against difflib, in process and as a whole ``tui-reader diff`` run.

The texts are built deterministically from the bundled seed articles:

* ``spun``: every body paragraph with about one word in six swapped for another word of the
  collection, and a few short phrases dropped or added (what an article spinner does);
* ``moved``: the same text with a few paragraphs moved elsewhere and a few words edited.

at about 2,000 and 20,000 words (the 20,000-word old text is the seeds repeated, each copy
lightly edited so no two copies are identical). The baseline is ``difflib.SequenceMatcher`` with
its default settings on word and punctuation tokens, timed in the same run (tokenising
included on both sides, all timed in turn). The engine is timed twice: tokenising with the
regular expression (what a process without numpy does, such as ``tui-reader diff``) and with
array operations (what it does when numpy is already loaded, as in the app). The "floor" column times the least any diff of
this shape can do in Python at 2,000 words (tokenise with offsets, one LCS over all tokens, one
op object per opcode) for comparison; at 20,000 words that single LCS over the whole text costs
more than an alignment cut into stretches, so it is no floor there. "tokens" times the
baseline's own tokenising of both texts alone, "+LCS" that plus one rapidfuzz LCS over the
tokens, and "of difflib" that as a share of difflib's whole time: a tenth or more means no
diff on these tokens can be ten times faster than difflib in CPython.

The whole-process comparison runs ``python -m tui_reader diff --format plain`` and a standalone
difflib script on the 20,000-word pairs, once with compiled bytecode kept between runs (as for
an installed package) and once in the environment as it is; also the engine alone as a script,
without and with ``import numpy`` first (which turns the array tokeniser on).

    python benchmarks/bench_diff.py            # full run (about a minute)
    python benchmarks/bench_diff.py --smoke    # tiny sizes, a few seconds
    python benchmarks/bench_diff.py --stages   # each step of the engine, and a coarse level
    python benchmarks/bench_diff.py --instructions   # whole processes in instructions (valgrind)

``--instructions`` counts the instructions of the whole processes (``valgrind --tool=callgrind``,
bytecode cached): steady where CPU times are not, on a machine shared with other work.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from itertools import accumulate, compress, count
from operator import add, sub
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Indel  # noqa: E402

from tui_reader.core import diff as engine  # noqa: E402
from tui_reader.core.diff import DiffOp, diff_texts  # noqa: E402
from tui_reader.core.loader import load_paths  # noqa: E402
from tui_reader.core.seeds import seeds_dir  # noqa: E402
from tui_reader.core.tokens import (  # noqa: E402
    TOKEN_PATTERN,
    Tokens,
    code_pair,
    count_words,
    tokenize,
)

TOKEN_RE = re.compile(TOKEN_PATTERN)
WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*")

# The baseline as a standalone script: tokenise both files, run difflib, print a word diff.
DIFFLIB_SCRIPT = r"""
import difflib, re, sys
tok = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]")
wa = tok.findall(open(sys.argv[1], encoding="utf-8").read())
wb = tok.findall(open(sys.argv[2], encoding="utf-8").read())
out = []
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb).get_opcodes():
    if tag == "equal":
        out.append(" ".join(wb[j1:j2]))
    else:
        if i2 > i1:
            out.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(wb[j1:j2]) + "+}")
sys.stdout.write(" ".join(out) + "\n")
"""


# The engine alone as a process: read both files as plain text (no loader), diff, print the
# same word-diff markers as ``tui-reader diff --format plain``.
ENGINE_SCRIPT = r"""
import sys
from tui_reader.core.diff import diff_texts
old = open(sys.argv[1], encoding="utf-8").read()
new = open(sys.argv[2], encoding="utf-8").read()
out = []
for op in diff_texts(old, new).ops:
    if op.kind == "equal":
        out.append(op.new_text)
        continue
    if op.old_text:
        out.append("[-" + op.old_text + "-]")
    if op.new_text:
        out.append("{+" + op.new_text + "+}")
sys.stdout.write("".join(out) + "\n")
"""
# The same with numpy loaded first (so the engine tokenises with array operations).
ENGINE_NUMPY_SCRIPT = "import numpy\n" + ENGINE_SCRIPT


def with_regex_tokens(old: str, new: str):
    """``diff_texts`` tokenising with the regular expression (as in a process without numpy)."""
    limit = engine.ARRAY_MIN_CHARS
    engine.ARRAY_MIN_CHARS = float("inf")
    try:
        return diff_texts(old, new)
    finally:
        engine.ARRAY_MIN_CHARS = limit


def with_array_tokens(old: str, new: str):
    """``diff_texts`` with numpy loaded (long texts are tokenised with array operations)."""
    import numpy  # noqa: F401

    return diff_texts(old, new)


def seed_paragraphs() -> list[str]:
    collection = load_paths([str(seeds_dir())])
    return [p for article in collection.articles for p in article.paragraphs]


def spin(paragraphs: list[str], rng: random.Random, rate: float, vocabulary: list[str]) -> list[str]:
    """Swap about ``rate`` of the words for others, drop or add a few short phrases."""
    out = []
    for para in paragraphs:
        def swap(match: re.Match) -> str:
            return rng.choice(vocabulary) if rng.random() < rate else match.group(0)

        text = WORD_RE.sub(swap, para)
        if rng.random() < rate:
            words = text.split(" ")
            k = rng.randrange(len(words))
            if rng.random() < 0.5 and len(words) > 4:
                del words[k : k + 2]
            else:
                words[k:k] = rng.sample(vocabulary, 2)
            text = " ".join(words)
        out.append(text)
    return out


def move_paragraphs(paragraphs: list[str], rng: random.Random, moves: int) -> list[str]:
    out = list(paragraphs)
    for _ in range(moves):
        para = out.pop(rng.randrange(len(out)))
        out.insert(rng.randrange(len(out) + 1), para)
    return out


def take_words(paragraphs: list[str], words: int) -> list[str]:
    out, total = [], 0
    for para in paragraphs:
        if total >= words:
            break
        out.append(para)
        total += count_words(para)
    return out


def build_pairs(words: int) -> dict[str, tuple[str, str]]:
    rng = random.Random(20220522)
    seeds = seed_paragraphs()
    vocabulary = sorted(set(WORD_RE.findall(" ".join(seeds))))
    base: list[str] = []
    copy = 0
    while sum(count_words(p) for p in base) < words:
        base.extend(spin(seeds, random.Random(copy), 0.03, vocabulary) if copy else seeds)
        copy += 1
    old = take_words(base, words)
    spun = spin(old, rng, 0.16, vocabulary)
    moved = spin(move_paragraphs(old, rng, max(2, len(old) // 25)), rng, 0.01, vocabulary)
    join = "\n\n".join
    return {"spun": (join(old), join(spun)), "moved": (join(old), join(moved))}


def floor_ops(old: str, new: str):
    """A lower bound for any diff of this shape in Python: tokenise both texts with offsets,
    one rapidfuzz LCS over all tokens, one op object per opcode (no sentences, moves, clean-up)."""
    a, b = tokenize(old), tokenize(new)
    opcodes = Indel.opcodes(a.tokens, b.tokens).as_list()
    return [DiffOp(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes]


def tokens_only(old: str, new: str):
    """The baseline's own first step alone: both texts tokenised with the same pattern (token
    strings only, no offsets)."""
    return TOKEN_RE.findall(old), TOKEN_RE.findall(new)


def tokens_and_lcs(old: str, new: str):
    """Tokenising as the baseline does, then one rapidfuzz LCS over the token strings: what any
    diff on rapidfuzz's alignment must at least do (at 2,000 words; at 20,000 one LCS over the
    whole text costs more than the engine's alignment cut into stretches)."""
    a, b = tokens_only(old, new)
    return Indel.opcodes(a, b)


def difflib_opcodes(old: str, new: str):
    return difflib.SequenceMatcher(None, TOKEN_RE.findall(old), TOKEN_RE.findall(new)).get_opcodes()


def best_of(fn, repeat: int) -> float:
    """Best CPU time (``time.process_time``) of ``repeat`` calls: steadier than wall time when
    other work shares the machine."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def best_of_each(fns, repeat: int) -> list[float]:
    """``best_of`` for several functions, run in turn ``repeat`` times, so that a busy spell
    of the machine hits all of them alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            start = time.process_time()
            fn()
            best[k] = min(best[k], time.process_time() - start)
    return best


def run_process(argv: list[str], repeat: int, env: dict) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of ``repeat`` runs of ``argv`` (the
    least disturbed runs, as with the in-process timings), after one untimed warm-up run."""
    walls, cpus = [], []
    for k in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls[1:]), min(cpus[1:])


def process_env(cache_dir: str | None) -> dict:
    """The environment for the timed processes. With ``cache_dir``, compiled bytecode is kept
    there between runs, as for an installed package (pip compiles it at install time); without,
    the environment is used as it is (where PYTHONDONTWRITEBYTECODE is set and the tree has no
    bytecode cache, every run compiles the package's modules from source)."""
    env = dict(os.environ, NO_COLOR="1")
    if cache_dir is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


def whitespace_words(text: str):
    """Whitespace-separated words with their offsets using C-level calls only (``str.split``,
    ``accumulate``, ``compress``): the cheapest coarse level a two-level alignment could
    start from (text whose only whitespace is spaces and line breaks)."""
    parts = text.replace("\n", " ").split(" ")
    ends = list(map(add, accumulate(map(len, parts)), count()))
    keep = list(map(bool, parts))
    words = list(compress(parts, keep))
    ends = list(compress(ends, keep))
    return words, list(map(sub, ends, map(len, words))), ends


def coarse_level(old: str, new: str):
    """``whitespace_words`` of both texts, int ids for the words and each word's "is one
    plain word" flag (what a coarse level needs before any alignment)."""
    (wa, _, _), (wb, _, _) = whitespace_words(old), whitespace_words(new)
    vocab: dict[str, int] = {}
    ids = count()
    return (
        list(map(vocab.setdefault, wa, ids)),
        list(map(vocab.setdefault, wb, ids)),
        list(map(str.isalnum, wa)),
        list(map(str.isalnum, wb)),
    )


def print_stages(sizes: list[int], repeat: int) -> None:
    """Best CPU time of each step of ``diff_texts`` on the benchmark pairs, tokenising with the
    regular expression ("re") and with array operations ("arrays"), and of the coarse level a
    two-level alignment would start from."""
    import numpy  # noqa: F401

    print("steps of diff_texts, best CPU time in ms (each step timed alone on the previous step's output);")
    print("tokenise: with the regular expression, then word counts apart; with arrays, both together")
    print(
        f"{'pair':14} {'path':6} {'lines':>6} {'tokenise':>9} {'words':>6} {'align':>7} {'clean-up':>9} {'slide':>6} "
        f"{'ops':>6} {'total':>7} {'coarse':>7} ops"
    )
    for size in sizes:
        for name, (old, new) in build_pairs(size).items():
            shared = engine._shared_lines(old, new)
            t_lines = best_of(lambda: engine._shared_lines(old, new), repeat)
            t_coarse = best_of(lambda: coarse_level(old, new), repeat)
            for path in ("re", "arrays"):
                if path == "re":
                    t_tok = best_of(lambda: (tokenize(old, shared), tokenize(new, shared)), repeat)
                    a, b = tokenize(old, shared), tokenize(new, shared)

                    def word_counts():
                        for t in (a, b):
                            Tokens(t.text, t.tokens, t.starts, t.ends, t.whole).word_prefix  # noqa: B018

                    t_words = best_of(word_counts, repeat)
                    t_total = best_of(lambda: with_regex_tokens(old, new), repeat)
                else:
                    t_tok = best_of(lambda: code_pair(old, new, shared), repeat)
                    a, b = code_pair(old, new, shared)
                    t_words = 0.0
                    t_total = best_of(lambda: with_array_tokens(old, new), repeat)
                t_align = best_of(lambda: engine._align(a, b), repeat)
                matches, moves = engine._align(a, b)
                t_clean = best_of(lambda: engine._clean_up(matches, moves, a, b), repeat)
                cleaned = engine._clean_up(matches, moves, a, b)
                t_slide = best_of(lambda: engine._slide(cleaned, moves, a, b), repeat)
                slid = engine._slide(cleaned, moves, a, b)

                def ops():
                    if path == "arrays":
                        return engine._ops_arrays(slid, moves, a, b)
                    return engine._ops(engine._pieces(slid, moves, len(a.tokens), len(b.tokens)), a, b)

                t_ops = best_of(ops, repeat)
                print(
                    f"{name + '-' + str(size):14} {path:6} {t_lines * 1e3:6.2f} {t_tok * 1e3:9.2f} {t_words * 1e3:6.2f} "
                    f"{t_align * 1e3:7.2f} {t_clean * 1e3:9.2f} {t_slide * 1e3:6.2f} {t_ops * 1e3:6.2f} "
                    f"{t_total * 1e3:7.2f} {t_coarse * 1e3:7.2f} {len(ops()[0])}"
                )


def count_instructions(argv: list[str], env: dict) -> int:
    """Instructions executed by the process ``argv`` (the whole run, start-up included), after
    one run outside valgrind (with a fresh bytecode cache, the first run of a command compiles
    every module it is the first to import, the standard library's included)."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        check=False,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError("valgrind gave no count:\n" + done.stderr[-2000:])
    return int(found.group(1))


def print_instructions(size: int) -> None:
    """The whole-process comparison of ``main`` in instructions, bytecode cached."""
    with tempfile.TemporaryDirectory() as tmp:
        env = process_env(str(Path(tmp, "pycache")))
        script = Path(tmp, "difflib_word_diff.py")
        script.write_text(DIFFLIB_SCRIPT, encoding="utf-8")
        imports = [sys.executable, "-c", "import tui_reader.cli.diff_cmd, tui_reader.core.loader"]
        print(f"whole process, {size} words, instructions (valgrind --tool=callgrind, bytecode cached):")
        start = count_instructions([sys.executable, "-c", "pass"], env)
        print(f"  python -c pass: {start / 1e6:.0f} M; the imports of a diff: {count_instructions(imports, env) / 1e6:.0f} M")
        for name, (old, new) in build_pairs(size).items():
            old_path, new_path = Path(tmp, f"{name}-old.txt"), Path(tmp, f"{name}-new.txt")
            old_path.write_text(old, encoding="utf-8")
            new_path.write_text(new, encoding="utf-8")
            base = count_instructions([sys.executable, str(script), str(old_path), str(new_path)], env)
            cli = [sys.executable, "-m", "tui_reader", "diff", "--format", "plain", str(old_path), str(new_path)]
            ours = count_instructions(cli, env)
            print(f"  {name}: difflib script {base / 1e6:.0f} M, tui-reader diff {ours / 1e6:.0f} M, ratio {ours / base:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, quick")
    parser.add_argument("--stages", action="store_true", help="time each step of the engine instead")
    parser.add_argument(
        "--instructions", action="store_true", help="count the whole processes' instructions instead (valgrind)"
    )
    args = parser.parse_args()
    sizes = [300] if args.smoke else [2_000, 20_000]
    repeat = 2 if args.smoke else 7
    if args.instructions:
        print_instructions(sizes[-1])
        return 0
    if args.stages:
        print_stages(sizes, 3 if args.smoke else 20)
        return 0
    print("in process, best CPU time of several runs (tokenising included on both sides);")
    print("'re': the engine tokenising with the regular expression; 'arrays': with numpy loaded")
    print(
        f"{'pair':18} {'words':>13} {'difflib ms':>11} {'re ms':>7} {'speed-up':>9} {'arrays ms':>10} {'speed-up':>9} "
        f"{'floor ms':>9} {'floor up':>9} {'tokens ms':>9} {'+LCS ms':>8} {'of difflib':>10} counts"
    )
    biggest = None
    for size in sizes:
        for name, (old, new) in build_pairs(size).items():
            base, plain, arrays, floor, toks, toks_lcs = best_of_each(
                [
                    lambda: difflib_opcodes(old, new),
                    lambda: with_regex_tokens(old, new),
                    lambda: with_array_tokens(old, new),
                    lambda: floor_ops(old, new),
                    lambda: tokens_only(old, new),
                    lambda: tokens_and_lcs(old, new),
                ],
                repeat,
            )
            counts = with_regex_tokens(old, new).counts
            assert with_array_tokens(old, new) == with_regex_tokens(old, new)
            words = f"{count_words(old)}/{count_words(new)}"
            print(
                f"{name + '-' + str(size):18} {words:>13} {base * 1e3:11.1f} {plain * 1e3:7.2f} {base / plain:8.1f}x "
                f"{arrays * 1e3:10.2f} {base / arrays:8.1f}x {floor * 1e3:9.2f} {base / floor:8.1f}x "
                f"{toks * 1e3:9.2f} {toks_lcs * 1e3:8.2f} {toks_lcs / base:10.2f}  {counts}"
            )
            biggest = (old, new)
    assert biggest is not None
    size = sizes[-1]
    proc_repeat = 3 if args.smoke else 7
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "difflib_word_diff.py")
        script.write_text(DIFFLIB_SCRIPT, encoding="utf-8")
        Path(tmp, "engine.py").write_text(ENGINE_SCRIPT, encoding="utf-8")
        Path(tmp, "engine_numpy.py").write_text(ENGINE_NUMPY_SCRIPT, encoding="utf-8")
        files = {}
        for name, (old, new) in build_pairs(size).items():
            old_path, new_path = Path(tmp, f"{name}-old.txt"), Path(tmp, f"{name}-new.txt")
            old_path.write_text(old, encoding="utf-8")
            new_path.write_text(new, encoding="utf-8")
            files[name] = (str(old_path), str(new_path))
        for label, env in (
            ("bytecode cached (as installed)", process_env(str(Path(tmp, "pycache")))),
            ("environment as is", process_env(None)),
        ):
            print(f"\nwhole process, {size} words, {label} (best of {proc_repeat} runs, NO_COLOR=1, stdout to /dev/null):")
            imports = run_process(
                [sys.executable, "-c", "import tui_reader.cli.diff_cmd, tui_reader.core.loader"], proc_repeat, env
            )
            for name, (old_path, new_path) in files.items():
                cli = [sys.executable, "-m", "tui_reader", "diff", "--format", "plain", old_path, new_path]
                base = run_process([sys.executable, str(script), old_path, new_path], proc_repeat, env)
                ours = run_process(cli, proc_repeat, env)
                alone = run_process([sys.executable, str(Path(tmp, "engine.py")), old_path, new_path], proc_repeat, env)
                alone_np = run_process(
                    [sys.executable, str(Path(tmp, "engine_numpy.py")), old_path, new_path], proc_repeat, env
                )
                load = best_of(lambda: load_paths([old_path, new_path]), 3)
                print(
                    f"  {name}: wall: difflib script {base[0] * 1e3:.0f} ms, tui-reader diff {ours[0] * 1e3:.0f} ms, "
                    f"ratio {ours[0] / base[0]:.2f}; CPU: {base[1] * 1e3:.0f} ms vs {ours[1] * 1e3:.0f} ms, "
                    f"ratio {ours[1] / base[1]:.2f}; loading both files in process: {load * 1e3:.0f} ms CPU"
                )
                print(
                    f"  {name}: engine only (no loader): wall {alone[0] * 1e3:.0f} ms, ratio {alone[0] / base[0]:.2f}; "
                    f"CPU {alone[1] * 1e3:.0f} ms, ratio {alone[1] / base[1]:.2f}; with numpy imported first: "
                    f"wall {alone_np[0] * 1e3:.0f} ms, CPU {alone_np[1] * 1e3:.0f} ms, ratio {alone_np[1] / base[1]:.2f}"
                )
            print(
                f"  python -c 'import tui_reader.cli.diff_cmd, tui_reader.core.loader' alone (the modules a diff "
                f"of two files imports): wall {imports[0] * 1e3:.0f} ms, "
                f"CPU {imports[1] * 1e3:.0f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
