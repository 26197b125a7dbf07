"""One entry point for the front ends: group a collection into stories and infer lineage.

PLACEHOLDER: one story for the whole collection, no cache, no parallelism. The interface
(``Story``, ``Analysis``, ``analyse``) is what the app and the CLI use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tui_reader.core.lineage import Lineage, infer_lineage
from tui_reader.core.model import Collection

#: progress(done, total, what) is called from the analysing thread; it must be cheap.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    collection: Collection
    stories: tuple[Story, ...]
    lineage: Lineage

    def story_of(self, article_id: str) -> Story | None:
        for story in self.stories:
            if article_id in story.article_ids:
                return story
        return None


def analyse(
    collection: Collection,
    *,
    use_cache: bool = True,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Analysis:
    if progress:
        progress(0, 1, "lineage")
    lineage = infer_lineage(collection)
    if progress:
        progress(1, 1, "lineage")
    ids = tuple(a.id for a in collection.articles)
    title = collection.articles[0].label if collection.articles else ""
    return Analysis(collection, (Story("story-1", title, ids),), lineage)
