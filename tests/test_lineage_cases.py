"""Hand-made histories for the lineage tests: a base story and deterministic transformations."""

from __future__ import annotations

import random

from tui_reader.core.model import Article, Block, Collection

_VOCAB = (
    "the council said on monday that new rules for river water would start next year after "
    "farmers and city residents argued for months over the dry season when reservoir levels fell "
    "below half and officials warned of shortages in several towns along the valley where crops "
    "depend on irrigation while environmental groups asked for studies of fish populations and "
    "wetlands before any permanent change to the allocation plan was approved by the state"
).split()
_NAMES = ["Mara Ellison", "Dunmore", "Kessler Valley", "Tobias Wren", "Ashford", "1,200", "2019", "48"]
_SWAPS = {
    "said": "stated", "new": "novel", "rules": "regulations", "water": "liquid", "start": "commence",
    "farmers": "agriculturalists", "city": "metropolis", "argued": "contended", "months": "moons",
    "dry": "arid", "season": "period", "fell": "dropped", "officials": "functionaries",
    "warned": "cautioned", "towns": "townships", "crops": "harvests", "groups": "collectives",
    "asked": "requested", "studies": "examinations", "change": "alteration", "plan": "scheme",
}


def base_story(seed: int = 1, paragraphs: int = 8) -> list[str]:
    rng = random.Random(seed)
    paras = []
    for _ in range(paragraphs):
        sents = []
        for _ in range(rng.randint(2, 3)):
            words = [rng.choice(_VOCAB) for _ in range(rng.randint(12, 20))]
            words.insert(rng.randint(1, len(words) - 1), rng.choice(_NAMES))
            words.insert(rng.randint(1, len(words) - 1), f"w{rng.randint(0, 10**6)}")
            sents.append(" ".join(words).capitalize() + ".")
        paras.append(" ".join(sents))
    return paras


def article(aid: str, paras: list[str], title: str | None = None, date: str | None = None, outlet=None, sources=()):
    return Article(
        id=aid,
        path=f"{aid}.txt",
        title=title or f"Headline {aid}",
        blocks=tuple(Block(p) for p in paras),
        date=date,
        outlet=outlet,
        sources=tuple(sources),
    )


def spin(paras: list[str], rate: float = 1.0, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for p in paras:
        words = p.split(" ")
        out.append(" ".join(_SWAPS[w] if w in _SWAPS and rng.random() < rate else w for w in words))
    return out


def mutate(paras: list[str], count: int, seed: int) -> list[str]:
    """Copying errors: ``count`` words replaced by unique misreadings."""
    rng = random.Random(seed)
    flat = [p.split(" ") for p in paras]
    for k in range(count):
        i = rng.randrange(len(flat))
        j = rng.randrange(len(flat[i]))
        flat[i][j] = f"err{seed}x{k}"
    return [" ".join(w) for w in flat]


def collection(*articles: Article) -> Collection:
    return Collection(tuple(articles))
