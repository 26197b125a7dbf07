"""Persistent state: marks, preferences and the last collection, written atomically."""

from __future__ import annotations

import json

import pytest

from tui_reader.core import state as state_module
from tui_reader.core.model import Article, Block
from tui_reader.core.state import DEFAULT_PREFERENCES, MARKS, StateStore


def article(text: str, aid: str = "a1", path: str = "stories/a1.txt") -> Article:
    return Article(id=aid, path=path, title=f"Title {text}", blocks=(Block(text),))


@pytest.fixture
def store(tmp_path):
    return StateStore(tmp_path / "data", tmp_path / "config").load()


def test_defaults_when_nothing_saved(store):
    assert store.marks == {}
    assert store.preferences == DEFAULT_PREFERENCES
    assert store.last_paths == []
    assert store.problems == []


def test_marks_round_trip_and_follow_content(store, tmp_path):
    a = article("The council voted.")
    store.set_mark(a, "follow up")
    again = StateStore(tmp_path / "data", tmp_path / "config").load()
    assert again.mark_of(a) == "follow up"
    moved = article("The council voted.", aid="other", path="/elsewhere/x.txt")
    assert again.mark_of(moved) == "follow up"  # same content, new place
    assert again.mark_of(article("Different text.")) is None
    again.set_mark(a, None)
    assert StateStore(tmp_path / "data", tmp_path / "config").load().mark_of(a) is None


def test_every_mark_is_accepted_and_others_refused(store):
    a = article("x")
    for mark in MARKS:
        store.set_mark(a, mark)
        assert store.mark_of(a) == mark
    with pytest.raises(ValueError):
        store.set_mark(a, "maybe")


def test_preferences_persist_and_bad_types_fall_back(store, tmp_path):
    store.set_preference("theme", "textual-light")
    store.set_preference("sort", "words")
    again = StateStore(tmp_path / "data", tmp_path / "config").load()
    assert again.preferences["theme"] == "textual-light"
    assert again.preferences["sort"] == "words"
    (tmp_path / "config" / "preferences.json").write_text(json.dumps({"show_boilerplate": "yes", "extra": 1}))
    third = StateStore(tmp_path / "data", tmp_path / "config").load()
    assert third.preferences["show_boilerplate"] is DEFAULT_PREFERENCES["show_boilerplate"]
    assert third.preferences["extra"] == 1


def test_last_paths_persist(store, tmp_path):
    store.remember_paths(["/x/one", "/x/two"])
    assert StateStore(tmp_path / "data", tmp_path / "config").load().last_paths == ["/x/one", "/x/two"]


@pytest.mark.parametrize("name", ["marks.json", "session.json"])
def test_corrupt_file_is_set_aside_and_reported(tmp_path, name):
    data = tmp_path / "data"
    data.mkdir()
    (data / name).write_bytes(b"\xff{broken")
    store = StateStore(data, tmp_path / "config").load()
    assert len(store.problems) == 1 and "corrupt" in store.problems[0]
    assert not (data / name).exists()
    assert any(p.name.startswith(f"{name}.corrupt-") for p in data.iterdir())
    store.set_mark(article("y"), "copy")  # and writing works again
    assert StateStore(data, tmp_path / "config").load().problems == []


def test_wrong_shapes_are_ignored(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "marks.json").write_text(json.dumps({"marks": {"k": {"mark": "bogus"}, "j": "x", "ok": {"mark": "copy"}}}))
    (data / "session.json").write_text(json.dumps({"last_paths": [1, 2]}))
    store = StateStore(data, tmp_path / "config").load()
    assert list(store.marks) == ["ok"]
    assert store.last_paths == []


def test_writes_leave_no_temporary_files(store, tmp_path):
    store.set_mark(article("z"), "ignore")
    store.set_preference("theme", "textual-dark")
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert leftovers == []


def test_environment_overrides_the_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(state_module.DATA_ENV, str(tmp_path / "d"))
    monkeypatch.setenv(state_module.CONFIG_ENV, str(tmp_path / "c"))
    store = StateStore().load()
    store.set_mark(article("w"), "original")
    store.set_preference("sort", "date")
    assert (tmp_path / "d" / "marks.json").exists()
    assert (tmp_path / "c" / "preferences.json").exists()


def test_default_dirs_come_from_platformdirs(monkeypatch):
    monkeypatch.delenv(state_module.DATA_ENV, raising=False)
    monkeypatch.delenv(state_module.CONFIG_ENV, raising=False)
    import platformdirs

    assert str(state_module.data_dir()) == platformdirs.user_data_dir("tui-reader", appauthor=False)
    assert str(state_module.config_dir()) == platformdirs.user_config_dir("tui-reader", appauthor=False)
