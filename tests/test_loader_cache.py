"""Reopening an unchanged collection reads it back from the cache; any change is seen."""

import os
import time

from tui_reader.core.cache import Cache
from tui_reader.core.loader import load_paths

TEXT = "A headline\n\nThe first paragraph of the story, with enough words to count.\n\nA second one.\n"


def _write(folder, name, text=TEXT):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unchanged_collection_comes_from_the_cache(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt")
    _write(folder, "b.txt", TEXT.replace("first", "only"))
    cache = Cache(tmp_path / "cache")
    first = load_paths([str(folder)], cache=cache)
    assert cache.misses == 1 and cache.hits == 0
    again = load_paths([str(folder)], cache=cache)
    assert cache.hits == 1
    assert again == first
    assert [a.body for a in again.articles] == [a.body for a in first.articles]


def test_edited_added_or_removed_file_is_loaded_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    a = _write(folder, "a.txt")
    cache = Cache(tmp_path / "cache")
    load_paths([str(folder)], cache=cache)
    a.write_text(TEXT.replace("second", "changed second"), encoding="utf-8")
    later = time.time() + 5
    os.utime(a, (later, later))
    edited = load_paths([str(folder)], cache=cache)
    assert "changed second" in edited.articles[0].body
    _write(folder, "c.txt", TEXT.replace("first", "third"))
    assert len(load_paths([str(folder)], cache=cache).articles) == 2
    a.unlink()
    assert [x.id for x in load_paths([str(folder)], cache=cache).articles] == ["c"]


def test_corrupt_cache_entry_is_a_miss(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt")
    cache = Cache(tmp_path / "cache")
    load_paths([str(folder)], cache=cache)
    for entry in (tmp_path / "cache" / "collection").rglob("*"):
        if entry.is_file():
            data = entry.read_bytes()
            entry.write_bytes(data[: len(data) // 2] + b"garbage")
    again = load_paths([str(folder)], cache=cache)
    assert [x.id for x in again.articles] == ["a"]


def test_stdin_is_never_cached(tmp_path):
    import io

    cache = Cache(tmp_path / "cache")
    one = load_paths(["-"], stdin=io.BytesIO(TEXT.encode()), cache=cache)
    two = load_paths(["-"], stdin=io.BytesIO(TEXT.replace("first", "other").encode()), cache=cache)
    assert one.articles[0].body != two.articles[0].body
    assert not (tmp_path / "cache" / "collection").exists()
