"""Snapshots of the main screens at 80x24 and 120x40 (regenerate with --snapshot-update)."""

from __future__ import annotations

import dataclasses

import pytest

import tui_reader.app.main as main_module
from tui_reader.app.main import ReaderApp
from tui_reader.core.analysis import analyse
from tui_reader.core.lineage import Edge, HiddenNode, Lineage
from tui_reader.core.seeds import seeds_dir


@pytest.fixture(autouse=True)
def fixed_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TUI_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TUI_READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    # Relative paths, so the article paths on screen are the same on every machine.
    monkeypatch.chdir(seeds_dir().parent)


@pytest.fixture(autouse=True)
def pinned_analysis(monkeypatch):
    """The engines' verdicts on the seeds change as they are tuned: pin the stories and a
    lineage (a lost source, certain and uncertain edges) so the snapshots show how the app
    draws them, not what the engine currently thinks."""

    def pinned(collection, **kwargs):
        result = analyse(collection, use_cache=False)
        ids = [a.id for a in collection.articles]
        edges = (
            Edge("lost-1", ids[0], 0.93, "spin"),
            Edge("lost-1", ids[1], 0.71, "rewrite"),
            Edge(ids[0], ids[2], 0.88, "copy"),
            Edge(ids[1], ids[3], 0.35, "rewrite", evidence={"note": "uncertain"}),
        )
        lineage = Lineage(tuple(ids), (HiddenNode("lost-1", "AP"),), edges)
        template = result.stories[0]
        fields = {f.name for f in dataclasses.fields(template)}
        dates = {k: None for k in ("first_date", "last_date") if k in fields}
        stories = (
            dataclasses.replace(template, id="s1", title="Belarusian volunteers", article_ids=tuple(ids[:4]), **dates),
            dataclasses.replace(template, id="s2", title="Volunteer battalion", article_ids=(ids[4],), **dates),
        )
        return dataclasses.replace(result, lineage=lineage, stories=stories)

    monkeypatch.setattr(main_module, "analyse", pinned)


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def seeds_app() -> ReaderApp:
    return ReaderApp(paths=[seeds_dir().name])


def test_wide_with_diff(snap_compare):
    # The third seed is pinned as a copy of the first: "d" diffs them.
    assert snap_compare(seeds_app(), press=["2", "j", "j", "d"], terminal_size=(120, 40), run_before=analysed)


def test_wide_help(snap_compare):
    assert snap_compare(seeds_app(), press=["question_mark"], terminal_size=(120, 40), run_before=analysed)


def test_narrow_tree_with_lost_source(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), run_before=analysed)


def test_wide_tree_with_lost_source(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(120, 40), run_before=analysed)


def test_narrow_reader_with_diff(snap_compare):
    assert snap_compare(seeds_app(), press=["2", "j", "j", "enter", "d"], terminal_size=(80, 24), run_before=analysed)


def test_narrow_help(snap_compare):
    assert snap_compare(seeds_app(), press=["question_mark"], terminal_size=(80, 24), run_before=analysed)
