"""Small mixed collections for the story-grouping tests: several stories, each an original text
and copies of it (verbatim, edited, excerpted, spun with synonyms, rewritten), built from a seeded
random generator so every run is the same."""

from __future__ import annotations

import random
from pathlib import Path

from tui_reader.core.model import Article, Block, Collection

_SYLLABLES = ["ka", "lo", "mi", "ter", "vo", "san", "dri", "pel", "nu", "gor", "fa", "zen", "bri", "tol", "hu", "rek"]
COMMON = (
    "the of and to in a is that for on was with he it as at by from his said have be this are "
    "which but not were had they their after been also who its new one would has more an".split()
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def make_vocab(rng: random.Random, size: int = 400) -> list[str]:
    words = set()
    while len(words) < size:
        words.add(_word(rng, rng.randint(2, 3)))
    return sorted(words)


def make_names(rng: random.Random, count: int = 6) -> list[str]:
    return [_word(rng, 2).capitalize() + " " + _word(rng, 3).capitalize() for _ in range(count)]


def make_text(rng: random.Random, vocab: list[str], names: list[str], paragraphs: int = 6) -> list[str]:
    """Paragraphs of sentences mixing common words, topic words, names and numbers."""
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(2, 3)):
            words = []
            for _ in range(rng.randint(12, 20)):
                r = rng.random()
                if r < 0.45:
                    words.append(rng.choice(COMMON))
                elif r < 0.9:
                    words.append(rng.choice(vocab))
                elif r < 0.96:
                    words.append(rng.choice(names))
                else:
                    words.append(str(rng.randint(10, 9999)))
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        out.append(" ".join(sentences))
    return out


def spin(rng: random.Random, paragraphs: list[str], synonyms: dict[str, str], rate: float = 0.45) -> list[str]:
    """Replace a share of lowercase words by a fixed 'synonym' (names and numbers survive)."""
    out = []
    for para in paragraphs:
        words = para.split(" ")
        for i, w in enumerate(words):
            bare = w.rstrip(".")
            if bare.islower() and bare not in COMMON and rng.random() < rate:
                words[i] = synonyms.setdefault(bare, bare[::-1] + "x") + w[len(bare):]
        out.append(" ".join(words))
    return out


def rewrite(rng: random.Random, paragraphs: list[str], synonyms: dict[str, str]) -> list[str]:
    """Keep about two thirds of the sentences, reorder paragraphs, spin lightly."""
    kept = []
    for para in paragraphs:
        sentences = [s for s in para.split(". ") if rng.random() < 0.7]
        if sentences:
            kept.append(". ".join(sentences))
    rng.shuffle(kept)
    return spin(rng, kept, synonyms, rate=0.25)


def make_story(rng: random.Random, key: str, copies: int = 5, names: list[str] | None = None) -> list[tuple[str, list[str]]]:
    """``(article id, paragraphs)`` for an original and ``copies`` derived versions."""
    vocab = make_vocab(rng)
    names = names if names is not None else make_names(rng)
    synonyms: dict[str, str] = {}
    original = make_text(rng, vocab, names)
    versions = [original]
    kinds = ["copy", "edit", "excerpt", "spin", "rewrite"]
    for n in range(copies):
        parent = versions[rng.randrange(len(versions))]
        kind = kinds[n % len(kinds)]
        if kind == "copy":
            child = list(parent)
        elif kind == "edit":
            child = list(parent)
            child[rng.randrange(len(child))] = make_text(rng, vocab, names, 1)[0]
        elif kind == "excerpt":
            child = parent[: max(1, len(parent) // 2)]
        elif kind == "spin":
            child = spin(rng, parent, synonyms)
        else:
            child = rewrite(rng, parent, synonyms)
        versions.append(child)
    return [(f"{key}-{i}", paras) for i, paras in enumerate(versions)]


def make_mixed(seed: int = 7, stories: int = 5, copies: int = 5) -> tuple[list[Article], dict[str, str]]:
    """Articles of several unrelated stories and the true story of each article id."""
    rng = random.Random(seed)
    articles, truth = [], {}
    for s in range(stories):
        for aid, paras in make_story(rng, f"s{s}", copies):
            articles.append(to_article(aid, paras, date=f"2022-05-{10 + s:02d}"))
            truth[aid] = f"s{s}"
    return articles, truth


def to_article(aid: str, paragraphs: list[str], title: str | None = None, date: str | None = None) -> Article:
    return Article(
        id=aid,
        path=f"{aid}.txt",
        title=title or f"Headline of {aid}",
        blocks=tuple(Block(p) for p in paragraphs),
        date=date,
    )


def collection_of(articles) -> Collection:
    return Collection(tuple(articles))


def write_plain(folder: Path, articles) -> None:
    """Write articles as plain-text files (headline, blank line, paragraphs) for CLI tests."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (folder / f"{a.id}.txt").write_text(a.title + "\n\n" + "\n\n".join(a.paragraphs) + "\n", encoding="utf-8")


def partition(groups_of_ids) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups_of_ids}
