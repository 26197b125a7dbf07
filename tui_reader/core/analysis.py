"""One entry point for the front ends: group a collection into stories and infer lineage.

:func:`analyse` groups the articles into stories (:mod:`tui_reader.core.stories`), infers a
lineage per story (in worker processes when there is enough work), and merges the per-story
lineages into one forest over the whole collection. Results are cached by content
(:mod:`tui_reader.core.cache`): per article (grouping features), per collection (the grouping
itself) and per story (its lineage, keyed by the sorted content hashes of its articles and the
engine version), so reopening a collection, or adding a few articles to it, only redoes what
changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property
from multiprocessing import get_context
from pathlib import Path

from tui_reader.core import lineage as lineage_module
from tui_reader.core import lineage_model
from tui_reader.core.cache import Cache, make_key
from tui_reader.core.lineage import Edge, HiddenNode, Lineage, infer_lineage
from tui_reader.core.model import Article, Collection
from tui_reader.core.stories import (
    GROUPING_VERSION,
    ArticleFeatures,
    GroupingParams,
    article_features,
    features_key,
    group_features,
)

#: progress(done, total, what) is called from the analysing thread; it must be cheap.
Progress = Callable[[int, int, str], None]

#: Below these sizes lineage runs in-process: starting workers would cost more than it saves.
MIN_PARALLEL_STORIES = 2
MIN_PARALLEL_ARTICLES = 40
#: Lineage work grows with the pairs inside each story; below this many pairs (about a second
#: or two of work) starting worker processes costs more than it saves.
MIN_PARALLEL_PAIRS = 20_000
#: Up to this many articles, lineage is inferred over the whole collection at once (its own
#: relatedness decides what belongs together), and stories that its edges join become one.
#: Story grouping is stricter than lineage relatedness and can split off a heavily spun
#: version or a merge, which then loses its parent. (A 60-article collection takes about 2 s.)
WHOLE_LINEAGE_MAX = 60


@dataclass(frozen=True)
class Story:
    """Articles that share a source history. ``first_date``/``last_date`` are the extreme
    article dates as given by the loader (ISO strings compare in time order), or None."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_date: str | None = None
    last_date: str | None = None

    @property
    def size(self) -> int:
        return len(self.article_ids)

    @property
    def date_range(self) -> str:
        """``"first – last"``, a single date, or ``""`` when no article is dated."""
        if not self.first_date:
            return ""
        first, last = _day(self.first_date), _day(self.last_date or self.first_date)
        return first if first == last else f"{first} – {last}"


def _day(date: str) -> str:
    """The calendar day of an ISO date or date-time (other formats are shown as given)."""
    if len(date) >= 10 and date[4] == "-" and date[7] == "-":
        return date[:10]
    return date


@dataclass(frozen=True)
class Analysis:
    """Stories (largest first) and one lineage forest over every article of the collection.

    No edge of ``lineage`` joins two stories. ``problems`` are one-line notes for the user
    (e.g. the cache could not be written); ``stats`` holds counters for diagnostics.
    """

    collection: Collection
    stories: tuple[Story, ...]
    lineage: Lineage
    problems: tuple[str, ...] = ()
    stats: dict = field(default_factory=dict, compare=False, hash=False)

    @cached_property
    def _story_index(self) -> dict[str, Story]:
        return {aid: story for story in self.stories for aid in story.article_ids}

    def story_of(self, article_id: str) -> Story | None:
        return self._story_index.get(article_id)

    def story(self, story_id: str) -> Story | None:
        for story in self.stories:
            if story.id == story_id:
                return story
        return None

    def story_lineage(self, story_id: str) -> Lineage:
        """The part of :attr:`lineage` over one story's articles and hidden nodes."""
        story = self.story(story_id)
        if story is None:
            return Lineage(())
        # Stories are separate components of the forest: walk the edges out from the articles.
        nodes = set(story.article_ids)
        frontier = list(nodes)
        touching: dict[str, list[Edge]] = {}
        for edge in self.lineage.edges:
            touching.setdefault(edge.parent, []).append(edge)
            touching.setdefault(edge.child, []).append(edge)
        while frontier:
            node = frontier.pop()
            for edge in touching.get(node, ()):
                for other in (edge.parent, edge.child):
                    if other not in nodes:
                        nodes.add(other)
                        frontier.append(other)
        hidden = tuple(h for h in self.lineage.hidden if h.id in nodes)
        edges = [e for e in self.lineage.edges if e.child in nodes]
        return Lineage(story.article_ids, hidden, tuple(edges))


# --------------------------------------------------------------------------- engine version


def _engine_fingerprint() -> str:
    """The lineage engine's declared version plus a hash of the core modules it is made of."""
    names = {"tui_reader.core.lineage", "tui_reader.core.model"}
    for value in vars(lineage_module).values():
        module = getattr(value, "__module__", None) or getattr(value, "__name__", "")
        if isinstance(module, str) and module.startswith("tui_reader.core."):
            names.add(module)
    digest = hashlib.sha256()
    for name in sorted(names):
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if not path:
            continue
        try:
            digest.update(name.encode() + b"\x00" + Path(path).read_bytes())
        except OSError:
            digest.update(name.encode())
    for path in lineage_model.DATA_FILES:  # fitted data the engine reads (boosted trees)
        try:
            digest.update(path.name.encode() + b"\x00" + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    version = str(getattr(lineage_module, "ENGINE_VERSION", "0"))
    return f"{version}-{digest.hexdigest()[:16]}"


# --------------------------------------------------------------------------- lineage (de)serialisation


def _canonical(articles: Sequence[Article]) -> list[Article]:
    """A story's articles in content order: the same story gives the same input to the engine."""
    return sorted(articles, key=lambda a: (a.content_hash, a.id))


def _encode_value(value):
    if isinstance(value, tuple):
        return [_encode_value(v) for v in value]
    return value


def _encode_dc(obj, rename: Callable[[str], str], id_fields: Sequence[str]) -> dict:
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in id_fields:
            value = [rename(v) for v in value] if isinstance(value, tuple) else rename(value)
        out[f.name] = _encode_value(value)
    return out


def _decode_dc(cls, data: dict, rename: Callable[[str], str], id_fields: Sequence[str]):
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in id_fields:
            value = [rename(v) for v in value] if isinstance(value, list) else rename(value)
        if isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def lineage_to_json(lineage: Lineage, articles: Sequence[Article]) -> dict:
    """Serialise a story lineage with article ids replaced by positions in ``articles``."""
    pos = {a.id: f"@{i}" for i, a in enumerate(articles)}
    rename = lambda node: pos.get(node, node)  # noqa: E731
    return {
        "hidden": [_encode_dc(h, rename, ("id",)) for h in lineage.hidden],
        "edges": [_encode_dc(e, rename, ("parent", "child", "also_from")) for e in lineage.edges],
    }


def lineage_from_json(data: dict, articles: Sequence[Article]) -> Lineage:
    """Inverse of :func:`lineage_to_json` for the same (canonical) article list."""
    ids = [a.id for a in articles]

    def rename(node):
        if isinstance(node, str) and node.startswith("@"):
            return ids[int(node[1:])]
        if not isinstance(node, str):
            raise ValueError("node id is not a string")
        return node

    hidden = tuple(_decode_dc(HiddenNode, h, rename, ("id",)) for h in data["hidden"])
    edges = tuple(_decode_dc(Edge, e, rename, ("parent", "child", "also_from")) for e in data["edges"])
    return Lineage(tuple(ids), hidden, edges)


# --------------------------------------------------------------------------- workers


def _infer_batch(batch: list[tuple[int, tuple[Article, ...]]]) -> list[tuple[int, Lineage]]:
    """Worker entry point (module level, so it pickles under ``spawn``)."""
    return [(index, infer_lineage(Collection(articles))) for index, articles in batch]


def _batches(jobs: list[tuple[int, tuple[Article, ...]]], workers: int) -> list[list]:
    """Split jobs into batches of similar article counts, big stories first (load balance)."""
    jobs = sorted(jobs, key=lambda j: -len(j[1]))
    total = sum(len(j[1]) for j in jobs)
    target = max(20, total // (workers * 8))
    batches, current, size = [], [], 0
    for job in jobs:
        current.append(job)
        size += len(job[1])
        if size >= target:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def _run_lineages(
    jobs: list[tuple[int, tuple[Article, ...]]],
    workers: int | None,
    report: Callable[[int], None],
) -> tuple[dict[int, Lineage], bool]:
    """Lineage of each job, and whether worker processes computed it."""
    results: dict[int, Lineage] = {}
    n_articles = sum(len(a) for _, a in jobs)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    n_pairs = sum(len(a) * (len(a) - 1) // 2 for _, a in jobs)
    parallel = (
        workers > 1
        and len(jobs) >= MIN_PARALLEL_STORIES
        and n_articles >= MIN_PARALLEL_ARTICLES
        and n_pairs >= MIN_PARALLEL_PAIRS
    )
    if not parallel:
        for index, articles in jobs:
            results[index] = infer_lineage(Collection(articles))
            report(len(articles))
        return results, False
    batches = _batches(jobs, workers)
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(batches)), mp_context=get_context("spawn")) as pool:
            futures = {pool.submit(_infer_batch, batch): batch for batch in batches}
            for future in as_completed(futures):
                for index, lineage in future.result():
                    results[index] = lineage
                report(sum(len(a) for _, a in futures[future]))
    except (BrokenProcessPool, OSError, RuntimeError):
        # Workers could not start or died (no spawn-safe main module, resource limits...):
        # finish in this process rather than fail.
        for index, articles in jobs:
            if index not in results:
                results[index] = infer_lineage(Collection(articles))
                report(len(articles))
        return results, False
    return results, True


# --------------------------------------------------------------------------- analyse


def _story_record(index: int, articles: Sequence[Article]) -> Story:
    dated = sorted(a.date for a in articles if a.date)
    first = min(articles, key=lambda a: (a.date is None, a.date or "", a.title is None, -a.words, a.content_hash))
    return Story(
        id=f"story-{index}",
        title=first.label,
        article_ids=tuple(sorted(a.id for a in articles)),  # whatever the order they were given in
        first_date=dated[0] if dated else None,
        last_date=dated[-1] if dated else None,
    )


def _features(articles: Sequence[Article], cache: Cache | None, tick: Callable[[], None]) -> list[ArticleFeatures]:
    out = []
    for article in articles:
        feats = None
        key = make_key("features", GROUPING_VERSION, features_key(article))
        if cache is not None:
            data = cache.get_bytes("features", key)
            if data is not None:
                try:
                    feats = ArticleFeatures.from_bytes(article.content_hash, data)
                except ValueError:
                    cache.invalidate("features", key)
        if feats is None:
            feats = article_features(article)
            if cache is not None:
                cache.put_bytes("features", key, feats.to_bytes(), durable=False)
        out.append(feats)
        tick()
    return out


def _group(
    articles: Sequence[Article],
    cache: Cache | None,
    params: GroupingParams,
    progress: Progress | None,
) -> list[list[int]]:
    """Index groups over ``articles``, from the collection-level cache when possible."""
    hashes = [features_key(a) for a in articles]
    key = make_key("groups", GROUPING_VERSION, repr(params), *sorted(hashes))
    if cache is not None:
        stored = cache.get_json("groups", key)
        if isinstance(stored, list):
            by_hash: dict[str, list[int]] = {}
            for i, h in enumerate(hashes):
                by_hash.setdefault(h, []).append(i)
            try:
                groups = [sorted(i for h in group for i in by_hash.pop(h)) for group in stored]
            except (KeyError, TypeError):
                groups = None
            if groups is not None and not by_hash:
                return groups
            cache.invalidate("groups", key)
    total = len(articles)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and (done % 250 == 0 or done == total):
            progress(done, 2 * total, "reading articles")

    feats = _features(articles, cache, tick)
    if progress:
        progress(total, 2 * total, "grouping stories")
    groups = group_features(feats, params)
    if cache is not None:
        stored = [sorted({hashes[i] for i in group}) for group in groups]
        cache.put_json("groups", key, stored)
    return groups


def analyse(
    collection: Collection,
    *,
    use_cache: bool = True,
    progress: Progress | None = None,
    workers: int | None = None,
    cache: Cache | None = None,
    params: GroupingParams | None = None,
) -> Analysis:
    """Group ``collection`` into stories and infer each story's lineage.

    ``use_cache=False`` neither reads nor writes the cache. ``cache`` overrides the default
    cache location (tests). ``workers`` caps worker processes (default: CPU count; 1 = none).
    ``progress(done, total, what)`` is called as work completes; ``total`` is twice the number
    of articles (each article is read once and has its lineage inferred once) and ``done``
    never goes down.
    """
    articles = list(collection.articles)
    params = params or GroupingParams()
    store = (cache if cache is not None else Cache()) if use_cache else None
    total = len(articles)
    if progress:
        progress(0, 2 * total, "reading articles")

    started = time.perf_counter()
    groups = _group(articles, store, params, progress) if articles else []
    grouped = time.perf_counter()
    members = [[articles[i] for i in g] for g in groups]
    whole = 1 < len(members) and len(articles) <= WHOLE_LINEAGE_MAX
    members.sort(key=lambda m: (-len(m), min(a.content_hash for a in m)))
    stories = tuple(_story_record(i + 1, m) for i, m in enumerate(members))

    engine = _engine_fingerprint()
    canon = [_canonical(articles)] if whole else [_canonical(m) for m in members]
    keys = [make_key("lineage", engine, *(a.content_hash for a in c)) for c in canon]
    lineages: dict[int, Lineage] = {}
    if store is not None:
        for i, c in enumerate(canon):
            data = store.get_json("lineage", keys[i])
            if data is None:
                continue
            try:
                lineages[i] = lineage_from_json(data, c)
            except (KeyError, TypeError, ValueError, IndexError):
                store.invalidate("lineage", keys[i])
    cached = len(lineages)
    done = total + sum(len(canon[i]) for i in lineages)
    what = f"inferring lineage ({len(stories)} {'story' if len(stories) == 1 else 'stories'})"
    if progress:
        progress(done, 2 * total, what)

    def report(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, 2 * total, what)

    jobs = [(i, tuple(c)) for i, c in enumerate(canon) if i not in lineages]
    fresh, in_workers = _run_lineages(jobs, workers, report)
    lineages.update(fresh)
    if store is not None:
        for i, lin in fresh.items():
            store.put_json("lineage", keys[i], lineage_to_json(lin, canon[i]))
        store.trim()

    merged = merge_lineages([lineages[i] for i in range(len(canon))], [a.id for a in articles])
    if whole:
        members = _joined_by_edges(members, merged)
        members.sort(key=lambda m: (-len(m), min(a.content_hash for a in m)))
        stories = tuple(_story_record(i + 1, m) for i, m in enumerate(members))
    problems = tuple(store.problems) if store is not None else ()
    stats = {
        "stories": len(stories),
        "lineage_cached": cached,
        "lineage_computed": len(fresh),
        "lineage_in_workers": in_workers,
        "seconds_grouping": round(grouped - started, 3),
        "seconds_lineage": round(time.perf_counter() - grouped, 3),
    }
    return Analysis(collection, stories, merged, problems, stats)


def _joined_by_edges(members: list[list[Article]], lineage: Lineage) -> list[list[Article]]:
    """``members`` with every two groups that an edge of ``lineage`` joins made one (a lost
    source joins the groups of its children), so that no edge crosses two stories."""
    group_of = {a.id: k for k, m in enumerate(members) for a in m}
    parent = list(range(len(members)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    under_hidden: dict[str, int] = {}
    for edge in lineage.edges:
        child = group_of.get(edge.child)
        if child is None:
            continue
        other = group_of.get(edge.parent)
        if other is None:  # a lost source: its first child stands for it
            other = under_hidden.setdefault(edge.parent, child)
        a, b = find(child), find(other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    joined: dict[int, list[Article]] = {}
    for k, m in enumerate(members):
        joined.setdefault(find(k), []).extend(m)
    return list(joined.values())


def merge_lineages(parts: Sequence[Lineage], article_ids: Sequence[str]) -> Lineage:
    """One forest from per-story lineages; hidden nodes renamed ``hidden-1``... in part order."""
    hidden: list[HiddenNode] = []
    edges: list[Edge] = []
    counter = 0
    for part in parts:
        rename: dict[str, str] = {}
        for node in part.hidden:
            counter += 1
            rename[node.id] = f"hidden-{counter}"
            hidden.append(dataclasses.replace(node, id=rename[node.id]))
        for edge in part.edges:
            edges.append(
                dataclasses.replace(
                    edge,
                    parent=rename.get(edge.parent, edge.parent),
                    child=rename.get(edge.child, edge.child),
                    also_from=tuple(rename.get(s, s) for s in edge.also_from),
                )
            )
    return Lineage(tuple(article_ids), tuple(hidden), tuple(edges))
