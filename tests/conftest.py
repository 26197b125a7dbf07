"""Every test runs with its own cache, data and config folders: none touches the user's."""

import pytest


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("user-dirs")
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("TUI_READER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TUI_READER_CONFIG_DIR", str(base / "config"))
