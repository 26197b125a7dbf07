"""Real news text for the benchmarks, obtained on demand (nothing third-party is committed).

The default source is the Lee corpus of 350 Australian Broadcasting Corporation news articles
(one article per line) that the ``gensim`` wheel on PyPI ships among its test data. The wheel is
downloaded once with ``pip download`` into the user cache directory and read straight from the
zip file; gensim itself is never installed or imported.

Set ``TUI_READER_BENCH_CORPUS`` to a folder of ``.txt`` files (one article per file) to use other
text instead.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GENSIM_VERSION = "4.4.0"
LEE_FILES = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")
ENV_CORPUS = "TUI_READER_BENCH_CORPUS"


@dataclass(frozen=True)
class Text:
    """One real article: an identifier within its corpus and its plain text."""

    id: str
    text: str


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tui-reader-bench"))


def _find_wheel(folder: Path) -> Path | None:
    found = sorted(folder.glob(f"gensim-{GENSIM_VERSION}-*.whl"))
    return found[0] if found else None


def ensure_gensim_wheel(folder: Path | None = None) -> Path:
    """The path of a cached gensim wheel, downloading it with pip the first time."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    wheel = _find_wheel(folder)
    if wheel:
        return wheel
    base = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(folder)]
    attempts = [
        base + [f"gensim=={GENSIM_VERSION}"],
        # Any platform's wheel carries the same test data: fall back to a common one.
        base + ["--platform", "manylinux_2_28_x86_64", "--python-version", "3.11", f"gensim=={GENSIM_VERSION}"],
    ]
    errors = []
    for cmd in attempts:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheel = _find_wheel(folder)
        if wheel:
            return wheel
        errors.append(proc.stderr.strip()[-500:])
    raise RuntimeError("could not download the gensim wheel for the Lee corpus:\n" + "\n".join(errors))


def _read_lee(wheel: Path) -> list[Text]:
    texts: list[Text] = []
    with zipfile.ZipFile(wheel) as zf:
        for member in LEE_FILES:
            stem = Path(member).stem
            lines = zf.read(member).decode("utf-8", "replace").splitlines()
            for i, line in enumerate(lines):
                line = " ".join(line.split())
                if len(line.split()) >= 60:
                    texts.append(Text(f"{stem}:{i}", line))
    return texts


def _read_folder(folder: Path) -> list[Text]:
    texts = []
    for f in sorted(folder.glob("*.txt")):
        body = " ".join(f.read_text(encoding="utf-8", errors="replace").split())
        if len(body.split()) >= 60:
            texts.append(Text(f.stem, body))
    return texts


def _shingles(text: str, k: int = 6) -> set:
    toks = text.lower().split()
    return {tuple(toks[i : i + k]) for i in range(len(toks) - k + 1)}


def drop_near_duplicates(texts: list[Text], threshold: float = 0.15) -> list[Text]:
    """Keep the first of any texts sharing at least ``threshold`` of the smaller one's word
    6-grams: the Lee corpus holds a few repeated articles (and lines that repeat one inside
    another), which would otherwise tie unrelated stories together."""
    kept: list[tuple[Text, set]] = []
    for t in texts:
        sh = _shingles(t.text)
        if any(len(sh & other) >= threshold * max(1, min(len(sh), len(other))) for _t, other in kept):
            continue
        kept.append((t, sh))
    return [t for t, _sh in kept]


@lru_cache(maxsize=None)
def load_texts() -> tuple[Text, ...]:
    """Every usable real article (at least 60 words, near-duplicates dropped), in a stable order."""
    override = os.environ.get(ENV_CORPUS)
    if override:
        return tuple(drop_near_duplicates(_read_folder(Path(override))))
    return tuple(drop_near_duplicates(_read_lee(ensure_gensim_wheel())))


# --- sentences and paragraphs -------------------------------------------------------------

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
    "capt", "sgt", "no", "vs", "inc", "co", "corp", "ltd", "u.s", "u.n", "a.m", "p.m", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "e.g", "i.e",
}
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences (a simple rule set good enough for news copy)."""
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        candidate = text[start : m.start()].rstrip()
        last = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        # Keep closing quotes with their sentence.
        end = m.end()
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def to_paragraphs(text: str, rng, max_sentences: int = 3) -> list[list[str]]:
    """Group a text's sentences into paragraphs of 1..max_sentences sentences (seeded)."""
    sentences = split_sentences(text)
    paras: list[list[str]] = []
    i = 0
    while i < len(sentences):
        k = 1 if i == 0 else rng.randint(1, max_sentences)
        paras.append(sentences[i : i + k])
        i += k
    return paras


# --- topics -------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just last me more
    most my new no nor not now of off on once one only or other our out over own said same says she
    should so some such than that the their them then there these they this those through to too
    two under until up very was we were what when where which while who whom why will with would
    year years you your told today yesterday people mr mrs ms per cent""".split()
)


def content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in STOPWORDS]


class TopicIndex:
    """Nearest texts by shared vocabulary (tf-idf cosine), for same-topic distractors."""

    def __init__(self, texts: list[Text] | tuple[Text, ...], lead_words: int = 150):
        self.texts = list(texts)
        # The lead says what a story is about; it also keeps the few corpus lines that run two
        # stories together from matching on their second story.
        counts = [Counter(content_words(" ".join(t.text.split()[:lead_words]))) for t in self.texts]
        df = Counter(w for c in counts for w in c)
        n = len(self.texts)
        self._vectors = []
        for c in counts:
            vec = {w: (1 + math.log(k)) * math.log((n + 1) / (df[w] + 0.5)) for w, k in c.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self._vectors.append({w: v / norm for w, v in vec.items()})
        self._cache: dict[int, list[tuple[float, int]]] = {}

    def similarity(self, i: int, j: int) -> float:
        a, b = self._vectors[i], self._vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(w, 0.0) for w, v in a.items())

    def neighbours(self, i: int) -> list[tuple[float, int]]:
        """Every other text as (similarity, index), most similar first."""
        if i not in self._cache:
            sims = [(self.similarity(i, j), j) for j in range(len(self.texts)) if j != i]
            sims.sort(key=lambda p: (-p[0], p[1]))
            self._cache[i] = sims
        return self._cache[i]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N texts")
    args = parser.parse_args(argv)
    texts = load_texts()
    words = [len(t.text.split()) for t in texts]
    print(f"{len(texts)} texts, {sum(words)} words, {min(words)}-{max(words)} words each")
    for t in texts[: args.show]:
        print(f"--- {t.id}\n{t.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
