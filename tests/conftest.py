"""Every test runs with its own cache, data and config folders: none touches the user's."""

import os

import pytest
from hypothesis import settings

# The suite's property tests run the same examples every time (a landing must not depend on
# luck); HYPOTHESIS_PROFILE=explore draws new ones, to look for inputs no one thought of.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("user-dirs")
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("TUI_READER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TUI_READER_CONFIG_DIR", str(base / "config"))
