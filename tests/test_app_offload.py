"""The analysis of large collections runs in a child process and reports progress."""

from __future__ import annotations

from tui_reader.app.offload import analyse_in_process
from tui_reader.core.analysis import analyse
from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir


def test_child_process_gives_the_same_analysis_with_progress(tmp_path, monkeypatch):
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "cache"))
    collection = load_paths([str(seeds_dir())])
    seen = []
    result = analyse_in_process(collection, False, lambda *item: seen.append(item))
    here = analyse(collection, use_cache=False)
    assert [s.article_ids for s in result.stories] == [s.article_ids for s in here.stories]
    assert {(e.parent, e.child, e.relation) for e in result.lineage.edges} == {
        (e.parent, e.child, e.relation) for e in here.lineage.edges
    }
    assert seen and seen[-1][0] == seen[-1][1] > 0  # progress arrives, and ends complete
