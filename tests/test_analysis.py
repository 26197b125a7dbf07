import dataclasses

import pytest

from mixed_stories import collection_of, make_mixed, to_article
from tui_reader.core import analysis
from tui_reader.core.analysis import analyse, lineage_from_json, lineage_to_json, merge_lineages
from tui_reader.core.cache import Cache
from tui_reader.core.lineage import Edge, HiddenNode, Lineage
from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir


@pytest.fixture
def cache(tmp_path):
    return Cache(tmp_path / "cache")


@pytest.fixture
def mixed():
    articles, truth = make_mixed(seed=5, stories=4, copies=4)
    # Uneven story sizes so "largest first" is observable.
    extra, extra_truth = make_mixed(seed=8, stories=1, copies=8)
    articles += [dataclasses.replace(a, id="big-" + a.id) for a in extra]
    truth.update({"big-" + k: "big" for k in extra_truth})
    return collection_of(articles), truth


def fake_lineage(collection):
    """A stand-in engine: one lost source per story, parent of every article; counts calls."""
    fake_lineage.calls.append(tuple(a.id for a in collection.articles))
    ids = tuple(a.id for a in collection.articles)
    hidden = (HiddenNode("hidden-1", "lost original"),)
    edges = tuple(Edge("hidden-1", aid, 0.5, "copy", also_from=("hidden-1",)) for aid in ids)
    return Lineage(ids, hidden, edges)


fake_lineage.calls = []


@pytest.fixture
def fake_engine(monkeypatch):
    fake_lineage.calls = []
    monkeypatch.setattr(analysis, "infer_lineage", fake_lineage)
    # Story by story, as for collections too large for one lineage over everything.
    monkeypatch.setattr(analysis, "WHOLE_LINEAGE_MAX", 0)
    return fake_lineage


def test_stories_are_largest_first_and_cover_every_article_once(mixed, cache):
    collection, truth = mixed
    result = analyse(collection, cache=cache, workers=1)
    sizes = [s.size for s in result.stories]
    assert sizes == sorted(sizes, reverse=True)
    assert result.stories[0].size == 9
    ids = [aid for s in result.stories for aid in s.article_ids]
    assert sorted(ids) == sorted(a.id for a in collection.articles)
    assert [s.id for s in result.stories] == [f"story-{i}" for i in range(1, len(result.stories) + 1)]
    for story in result.stories:
        assert len({truth[aid] for aid in story.article_ids}) == 1
        assert result.story_of(story.article_ids[0]) is story


def test_no_edge_joins_two_stories_and_hidden_ids_are_renumbered(mixed, cache, fake_engine):
    collection, _ = mixed
    result = analyse(collection, cache=cache, workers=1)
    lineage = result.lineage
    assert lineage.article_ids == tuple(a.id for a in collection.articles)
    assert [h.id for h in lineage.hidden] == [f"hidden-{i}" for i in range(1, len(result.stories) + 1)]
    owner = {}
    for n, story in enumerate(result.stories, start=1):
        for aid in story.article_ids:
            owner[aid] = story.id
        owner[f"hidden-{n}"] = story.id
    for edge in lineage.edges:
        assert owner[edge.parent] == owner[edge.child]
        assert all(owner[s] == owner[edge.child] for s in edge.also_from)
    first = result.stories[0]
    sub = result.story_lineage(first.id)
    assert set(sub.article_ids) == set(first.article_ids)
    assert [h.id for h in sub.hidden] == ["hidden-1"]
    assert {e.child for e in sub.edges} == set(first.article_ids)


def test_second_run_reads_every_story_from_the_cache(mixed, cache, fake_engine):
    collection, _ = mixed
    first = analyse(collection, cache=cache, workers=1)
    calls = len(fake_engine.calls)
    second = analyse(collection, cache=cache, workers=1)
    assert len(fake_engine.calls) == calls
    assert second.stats["lineage_cached"] == len(second.stories)
    assert second.stories == first.stories
    assert second.lineage == first.lineage


def test_adding_articles_recomputes_only_the_changed_story(mixed, cache, fake_engine):
    collection, truth = mixed
    analyse(collection, cache=cache, workers=1)
    fake_engine.calls.clear()
    newcomer, _ = make_mixed(seed=99, stories=1, copies=2)
    bigger = collection_of(list(collection.articles) + [dataclasses.replace(a, id="new-" + a.id) for a in newcomer])
    result = analyse(bigger, cache=cache, workers=1)
    assert len(fake_engine.calls) == 1
    assert set(fake_engine.calls[0]) == {"new-" + a.id for a in newcomer}
    assert result.stats["lineage_cached"] == len(result.stories) - 1


def test_renamed_files_reuse_cached_lineage_under_their_new_ids(mixed, cache, fake_engine):
    collection, _ = mixed
    analyse(collection, cache=cache, workers=1)
    fake_engine.calls.clear()
    renamed = collection_of([dataclasses.replace(a, id="r-" + a.id) for a in collection.articles])
    result = analyse(renamed, cache=cache, workers=1)
    assert fake_engine.calls == []
    assert {e.child for e in result.lineage.edges} == {a.id for a in renamed.articles}


def test_use_cache_false_neither_reads_nor_writes(mixed, tmp_path, monkeypatch, fake_engine):
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "env-cache"))
    collection, _ = mixed
    analyse(collection, use_cache=False, workers=1)
    assert not (tmp_path / "env-cache").exists()
    analyse(collection, workers=1)
    assert (tmp_path / "env-cache" / "lineage").is_dir()
    fake_engine.calls.clear()
    analyse(collection, use_cache=False, workers=1)
    assert len(fake_engine.calls) > 0


def test_corrupt_cache_entries_are_recomputed_not_fatal(mixed, cache, fake_engine):
    collection, _ = mixed
    first = analyse(collection, cache=cache, workers=1)
    for path in cache.root.rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2] + b"\xff{")
    fake_engine.calls.clear()
    second = analyse(collection, cache=cache, workers=1)
    assert len(fake_engine.calls) == len(second.stories)
    assert second.stories == first.stories and second.lineage == first.lineage


def test_progress_reports_reach_the_total(mixed, cache):
    collection, _ = mixed
    seen = []
    analyse(collection, cache=cache, workers=1, progress=lambda d, t, w: seen.append((d, t, w)))
    assert seen and all(0 <= d <= t == 2 * len(collection) for d, t, _ in seen)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)  # never goes back
    assert seen[-1][0] == 2 * len(collection)
    assert any("lineage" in w for _, _, w in seen)
    cached = []
    analyse(collection, cache=cache, workers=1, progress=lambda d, t, w: cached.append(d))
    assert cached[-1] == 2 * len(collection) and cached == sorted(cached)


def test_parallel_workers_give_the_same_result_as_in_process(mixed, tmp_path, monkeypatch):
    collection, _ = mixed
    monkeypatch.setattr(analysis, "MIN_PARALLEL_PAIRS", 0)
    monkeypatch.setattr(analysis, "MIN_PARALLEL_ARTICLES", 0)
    monkeypatch.setattr(analysis, "WHOLE_LINEAGE_MAX", 0)  # workers take one story each
    parallel = analyse(collection, use_cache=False, workers=2)
    serial = analyse(collection, use_cache=False, workers=1)
    assert parallel.stats["lineage_in_workers"] and not serial.stats["lineage_in_workers"]
    assert parallel.stories == serial.stories
    assert parallel.lineage == serial.lineage


def _linking(pairs: dict[str, str]):
    """A stand-in engine that gives each child in ``pairs`` its parent; counts calls."""

    def engine(collection):
        engine.calls.append(tuple(a.id for a in collection.articles))
        ids = tuple(a.id for a in collection.articles)
        return Lineage(ids, (), tuple(Edge(p, c, 0.7, "copy") for c, p in pairs.items() if c in ids and p in ids))

    engine.calls = []
    return engine


def test_a_small_collection_gets_one_lineage_and_stories_its_edges_join_become_one(mixed, cache, monkeypatch):
    collection, _ = mixed
    grouped = analyse(collection, use_cache=False, workers=1)
    first, second = grouped.stories[0], grouped.stories[1]
    # The engine, run over everything, links an article of the second story to the first.
    engine = _linking({second.article_ids[0]: first.article_ids[0]})
    monkeypatch.setattr(analysis, "infer_lineage", engine)
    result = analyse(collection, cache=cache, workers=1)
    assert engine.calls == [tuple(a.id for a in analysis._canonical(collection.articles))]
    assert len(result.stories) == len(grouped.stories) - 1
    joined = result.story_of(first.article_ids[0])
    assert set(joined.article_ids) == set(first.article_ids) | set(second.article_ids)
    assert result.lineage.parent_edge(second.article_ids[0]).parent == first.article_ids[0]
    # Unlinked stories stay apart, and the result comes back from the cache the same.
    assert {s.article_ids for s in result.stories[1:]} <= {s.article_ids for s in grouped.stories}
    again = analyse(collection, cache=cache, workers=1)
    assert len(engine.calls) == 1
    assert again.stories == result.stories and again.lineage == result.lineage


def test_small_collections_stay_in_process(monkeypatch, cache):
    def refuse(*args, **kwargs):
        raise AssertionError("no worker pool for the seeds")

    monkeypatch.setattr(analysis, "ProcessPoolExecutor", refuse)
    collection = load_paths([str(seeds_dir())])
    result = analyse(collection, cache=cache)
    assert sum(s.size for s in result.stories) == 5


def test_story_dates_and_titles(cache):
    articles, _ = make_mixed(seed=3, stories=1, copies=3)
    dated = [dataclasses.replace(a, date=d) for a, d in zip(articles, ["2022-05-03", None, "2022-05-01", "2022-05-02"])]
    result = analyse(collection_of(dated), cache=cache, workers=1)
    (story,) = result.stories
    assert (story.first_date, story.last_date) == ("2022-05-01", "2022-05-03")
    assert story.date_range == "2022-05-01 – 2022-05-03"
    assert story.title == dated[2].label
    same_day = dataclasses.replace(story, first_date="2022-05-23", last_date="2022-05-23T06:01:00+05:30")
    assert same_day.date_range == "2022-05-23"


def test_empty_collection_has_no_story(cache):
    result = analyse(collection_of([]), cache=cache)
    assert result.stories == () and result.lineage.edges == ()


def test_lineage_json_round_trip_maps_positions_back_to_ids():
    arts = [to_article(f"a{i}", [f"Text number {i} here."]) for i in range(3)]
    lin = Lineage(
        ("a0", "a1", "a2"),
        (HiddenNode("h", "lost", {"k": 1}),),
        (Edge("h", "a0", 0.9, "copy"), Edge("a0", "a1", 0.7, "spin", also_from=("h",), evidence={"x": [1, 2]})),
    )
    data = lineage_to_json(lin, arts)
    assert "a0" not in str(data)
    renamed = [dataclasses.replace(a, id="z" + a.id) for a in arts]
    back = lineage_from_json(data, renamed)
    assert back.edges[1].parent == "za0" and back.edges[1].child == "za1"
    assert back.edges[1].also_from == ("h",)
    assert back.hidden == lin.hidden


def test_merge_lineages_renames_hidden_nodes_in_part_order():
    a = Lineage(("x",), (HiddenNode("hidden-1", "A"),), (Edge("hidden-1", "x", 1.0, "copy"),))
    b = Lineage(("y",), (HiddenNode("hidden-1", "B"), HiddenNode("hidden-2", "C")),
                (Edge("hidden-2", "hidden-1", 1.0, "copy"), Edge("hidden-1", "y", 1.0, "copy", also_from=("hidden-2",))))
    merged = merge_lineages([a, b], ["x", "y"])
    assert [(h.id, h.label) for h in merged.hidden] == [("hidden-1", "A"), ("hidden-2", "B"), ("hidden-3", "C")]
    assert [(e.parent, e.child, e.also_from) for e in merged.edges] == [
        ("hidden-1", "x", ()),
        ("hidden-3", "hidden-2", ()),
        ("hidden-2", "y", ("hidden-3",)),
    ]
