import os
import time
from pathlib import Path

from tui_reader.core import cache as cache_module
from tui_reader.core.cache import Cache, default_cache_dir, make_key


def test_round_trip_and_miss(tmp_path):
    c = Cache(tmp_path)
    key = make_key("a", "b")
    assert c.get_bytes("kind", key) is None
    assert c.put_bytes("kind", key, b"\x00payload")
    assert c.get_bytes("kind", key) == b"\x00payload"
    assert c.put_json("json", key, {"x": [1, 2]})
    assert c.get_json("json", key) == {"x": [1, 2]}
    assert (c.hits, c.misses) == (2, 1)


def test_keys_depend_on_every_part_and_its_position():
    assert make_key("a", "b") != make_key("b", "a")
    assert make_key("ab", "c") != make_key("a", "bc")
    assert make_key("a", "b") == make_key("a", "b")


def test_corrupt_or_foreign_entries_read_as_misses_and_are_replaced(tmp_path):
    c = Cache(tmp_path)
    key = make_key("k")
    c.put_json("json", key, {"ok": True})
    path = tmp_path / "json" / key[:2] / key
    path.write_bytes(path.read_bytes()[:-4])  # truncated JSON
    assert c.get_json("json", key) is None
    assert not path.exists()
    c.put_json("json", key, {"ok": 2})
    assert c.get_json("json", key) == {"ok": 2}
    other = make_key("other")
    (tmp_path / "json" / other[:2]).mkdir(parents=True, exist_ok=True)
    (tmp_path / "json" / other[:2] / other).write_bytes(path.read_bytes())  # right data, wrong key
    assert c.get_json("json", other) is None
    (tmp_path / "json" / key[:2] / key).write_bytes(b"garbage")
    assert c.get_bytes("json", key) is None


def test_unwritable_root_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    c = Cache(blocker)
    assert c.put_json("json", make_key("k"), 1) is False
    assert c.get_json("json", make_key("k")) is None
    assert c.problems and "cache not written" in c.problems[0]
    assert c.trim() == 0
    # The same refusal is told once, however many entries it refused.
    c.put_json("json", make_key("k2"), 2)
    assert len(c.problems) == 1


def test_trim_evicts_least_recently_used_until_under_the_cap(tmp_path):
    c = Cache(tmp_path, max_bytes=10_000)
    keys = [make_key(str(i)) for i in range(10)]
    now = time.time()
    for i, key in enumerate(keys):
        c.put_bytes("blob", key, b"x" * 2000)
        path = tmp_path / "blob" / key[:2] / key
        os.utime(path, (now - 100 + i, now - 100 + i))
    c.get_bytes("blob", keys[0])  # a read makes the oldest entry the newest
    freed = c.trim()
    assert freed > 0
    assert c.size() <= 10_000
    assert c.get_bytes("blob", keys[0]) is not None
    assert c.get_bytes("blob", keys[1]) is None
    assert c.get_bytes("blob", keys[9]) is not None


def test_default_location_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_module.ENV_VAR, str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"
    assert Cache().root == tmp_path / "here"
    monkeypatch.delenv(cache_module.ENV_VAR)
    assert default_cache_dir().name.lower().startswith("tui-reader")
    assert Cache().max_bytes == cache_module.DEFAULT_MAX_BYTES == 1024 * 1024 * 1024


def test_size_cap_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_module.MAX_ENV_VAR, "50")
    assert Cache(tmp_path).max_bytes == 50 * 1024 * 1024
    monkeypatch.setenv(cache_module.MAX_ENV_VAR, "not a number")
    assert Cache(tmp_path).max_bytes == cache_module.DEFAULT_MAX_BYTES
    assert Cache(tmp_path, max_bytes=10).max_bytes == 10


def test_entries_written_without_flush_read_back_and_leave_no_temporary_files(tmp_path):
    c = Cache(tmp_path)
    keys = [make_key(str(i)) for i in range(20)]
    for key in keys:
        assert c.put_bytes("features", key, key.encode(), durable=False)
    assert all(c.get_bytes("features", key) == key.encode() for key in keys)
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_cache_folder_that_cannot_be_read_is_no_error(tmp_path, monkeypatch):
    # Another user's cache folder: looking into it is refused. The cache is then empty, not a crash.
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    cache = Cache(tmp_path / "c", max_bytes=1)
    monkeypatch.setattr(os, "scandir", refused)
    monkeypatch.setattr(Path, "is_dir", refused)
    assert cache.size() == 0
    assert cache.trim() == 0
