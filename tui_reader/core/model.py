"""Domain objects shared by every layer: articles, collections and load problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

#: Kinds of block an article body is made of. Only ``body`` blocks count as content.
BODY = "body"
BOILERPLATE = "boilerplate"

_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)


def count_words(text: str) -> int:
    """Number of words in ``text`` (runs of letters/digits, with inner apostrophes or hyphens)."""
    return sum(1 for _ in _WORD_RE.finditer(text))


@dataclass(frozen=True)
class Block:
    """One paragraph of an article as it appears in the source, in reading order.

    ``kind`` is ``"body"`` for content and ``"boilerplate"`` for everything that is shown but
    does not count as content (ads, photo captions, link lists, share prompts, sign-offs...).
    ``reason`` says why a block is boilerplate, e.g. ``"photo caption"``.
    """

    text: str
    kind: str = BODY
    reason: str = ""

    @property
    def is_body(self) -> bool:
        return self.kind == BODY


@dataclass(frozen=True)
class Article:
    """One version of a story."""

    id: str
    path: str
    title: str | None
    blocks: tuple[Block, ...]
    date: str | None = None
    outlet: str | None = None
    sources: tuple[str, ...] = ()
    url: str | None = None
    byline: str | None = None
    format: str = "text"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @cached_property
    def paragraphs(self) -> tuple[str, ...]:
        """The body paragraphs (boilerplate left out)."""
        return tuple(b.text for b in self.blocks if b.is_body)

    @cached_property
    def body(self) -> str:
        """The content text: body paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @cached_property
    def full_text(self) -> str:
        """Every block, boilerplate included, separated by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)

    @cached_property
    def words(self) -> int:
        return count_words(self.body)

    @cached_property
    def content_hash(self) -> str:
        """A hash of the headline and content, stable across runs and machines."""
        # Imported here: loading OpenSSL's hashes is a noticeable part of a short command's
        # start-up, and only the cache and the lineage need the hash.
        import hashlib

        digest = hashlib.sha256()
        digest.update((self.title or "").encode("utf-8"))
        digest.update(b"\x00")
        digest.update(self.body.encode("utf-8"))
        return digest.hexdigest()[:32]

    @property
    def label(self) -> str:
        """A short human label: the headline, or the start of the body."""
        if self.title:
            return self.title
        first = self.paragraphs[0] if self.paragraphs else ""
        return (first[:77] + "...") if len(first) > 80 else (first or self.id)


@dataclass(frozen=True)
class LoadProblem:
    """A file or record that could not be loaded, with a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Collection:
    """The articles loaded from a set of paths, and the problems met on the way."""

    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...] = ()
    name: str = ""

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self):
        return iter(self.articles)

    @cached_property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def get(self, article_id: str) -> Article | None:
        return self.by_id.get(article_id)
