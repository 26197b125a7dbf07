"""What the reader remembers between runs: triage marks, the last collection, UI preferences.

Marks and the last collection live in the user data dir, preferences in the user config dir
(platformdirs), each overridable with ``TUI_READER_DATA_DIR`` / ``TUI_READER_CONFIG_DIR``.
Every write is atomic; a corrupt file is set aside and reported as a problem string, never raised.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from tui_reader.core.fsutil import atomic_write_json, read_json_tolerant
from tui_reader.core.model import Article

APP_NAME = "tui-reader"
DATA_ENV = "TUI_READER_DATA_DIR"
CONFIG_ENV = "TUI_READER_CONFIG_DIR"

#: Triage marks, in the order they are offered.
MARKS = ("original", "copy", "ignore", "follow up")

MARKS_FILE = "marks.json"
SESSION_FILE = "session.json"
PREFERENCES_FILE = "preferences.json"

#: Preference defaults; unknown keys in the file are kept, wrongly typed ones fall back.
DEFAULT_PREFERENCES: dict = {
    "theme": "textual-dark",
    "show_boilerplate": True,
    "sort": "order",
    "diff_markers": False,
}


def data_dir() -> Path:
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def mark_key(article: Article) -> str:
    """Marks follow the content, so they survive moving or renaming the files."""
    return article.content_hash


@dataclass(frozen=True)
class Mark:
    """A triage decision about one article."""

    mark: str
    article_id: str
    path: str
    title: str
    when: float = 0.0

    def to_json(self) -> dict:
        return {"mark": self.mark, "id": self.article_id, "path": self.path, "title": self.title, "when": self.when}

    @classmethod
    def from_json(cls, value) -> Mark | None:
        if not isinstance(value, dict) or value.get("mark") not in MARKS:
            return None
        return cls(
            mark=value["mark"],
            article_id=str(value.get("id", "")),
            path=str(value.get("path", "")),
            title=str(value.get("title", "")),
            when=float(value.get("when", 0.0)) if isinstance(value.get("when"), (int, float)) else 0.0,
        )


class StateStore:
    """Loads and saves the reader's persistent state.

    ``problems`` collects one line per file that was unreadable or corrupt (set aside), for the
    front end to show; loading always succeeds with defaults.
    """

    def __init__(self, data: Path | None = None, config: Path | None = None) -> None:
        self.data_dir = Path(data) if data is not None else data_dir()
        self.config_dir = Path(config) if config is not None else config_dir()
        self.marks: dict[str, Mark] = {}
        self.preferences: dict = dict(DEFAULT_PREFERENCES)
        self.last_paths: list[str] = []
        self.problems: list[str] = []

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> StateStore:
        self.marks = self._load_marks()
        self.preferences = self._load_preferences()
        self.last_paths = self._load_session()
        return self

    def _read(self, path: Path, default):
        value, problem = read_json_tolerant(path, default)
        if problem:
            self.problems.append(problem)
        return value

    def _load_marks(self) -> dict[str, Mark]:
        raw = self._read(self.data_dir / MARKS_FILE, {})
        marks: dict[str, Mark] = {}
        if isinstance(raw, dict):
            for key, value in raw.get("marks", {}).items() if isinstance(raw.get("marks"), dict) else ():
                mark = Mark.from_json(value)
                if mark is not None:
                    marks[str(key)] = mark
        return marks

    def _load_preferences(self) -> dict:
        raw = self._read(self.config_dir / PREFERENCES_FILE, {})
        prefs = dict(DEFAULT_PREFERENCES)
        if isinstance(raw, dict):
            for key, value in raw.items():
                default = DEFAULT_PREFERENCES.get(key)
                if default is None or isinstance(value, type(default)):
                    prefs[key] = value
        return prefs

    def _load_session(self) -> list[str]:
        raw = self._read(self.data_dir / SESSION_FILE, {})
        paths = raw.get("last_paths") if isinstance(raw, dict) else None
        if isinstance(paths, list) and all(isinstance(p, str) for p in paths):
            return list(paths)
        return []

    # -- marks -----------------------------------------------------------------------------
    def mark_of(self, article: Article) -> str | None:
        mark = self.marks.get(mark_key(article))
        return mark.mark if mark else None

    def set_mark(self, article: Article, mark: str | None) -> None:
        """Set (or with ``None`` clear) the mark of ``article`` and save at once."""
        key = mark_key(article)
        if mark is None:
            self.marks.pop(key, None)
        else:
            if mark not in MARKS:
                raise ValueError(f"unknown mark {mark!r}; expected one of {', '.join(MARKS)}")
            self.marks[key] = Mark(mark, article.id, article.path, article.label, time.time())
        self.save_marks()

    def save_marks(self) -> None:
        atomic_write_json(
            self.data_dir / MARKS_FILE,
            {"version": 1, "marks": {k: m.to_json() for k, m in sorted(self.marks.items())}},
        )

    # -- preferences and session -----------------------------------------------------------
    def set_preference(self, key: str, value) -> None:
        self.preferences[key] = value
        atomic_write_json(self.config_dir / PREFERENCES_FILE, self.preferences)

    def remember_paths(self, paths: list[str]) -> None:
        self.last_paths = [str(p) for p in paths]
        atomic_write_json(self.data_dir / SESSION_FILE, {"version": 1, "last_paths": self.last_paths})
