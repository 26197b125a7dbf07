"""A small content-addressed on-disk cache for analysis results.

Entries live under ``<root>/<kind>/<key[:2]>/<key>``; the root is ``$TUI_READER_CACHE_DIR`` or
platformdirs' ``user_cache_dir("tui-reader")``. Keys are hashes of the content they describe and
of the engine version, so a changed article or a new engine simply misses. Every entry is written
atomically and starts with a header naming its kind and key: a truncated, foreign or otherwise
corrupt entry reads as a miss and is removed, so the next write replaces it. The cache never
raises for bad content or a read-only disk; it only gets slower.

The total size is capped (default 1 GiB, ``$TUI_READER_CACHE_MAX_MB`` to change it): :meth:`Cache.trim` evicts the least recently used
entries (reads refresh an entry's modification time) until the cache is under the cap.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from tui_reader.core.fsutil import atomic_write_bytes

ENV_VAR = "TUI_READER_CACHE_DIR"
MAX_ENV_VAR = "TUI_READER_CACHE_MAX_MB"
#: Enough for a 20,000-article collection's features, stories and lineages with room to spare.
DEFAULT_MAX_BYTES = 1024 * 1024 * 1024


def default_max_bytes() -> int:
    """``$TUI_READER_CACHE_MAX_MB`` megabytes if set to a positive number, else the default."""
    try:
        megabytes = float(os.environ.get(MAX_ENV_VAR, ""))
    except ValueError:
        return DEFAULT_MAX_BYTES
    return int(megabytes * 1024 * 1024) if megabytes > 0 else DEFAULT_MAX_BYTES
_MAGIC = b"TRC1"


def default_cache_dir() -> Path:
    """``$TUI_READER_CACHE_DIR`` if set, else the platform's per-user cache folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tui-reader"))


def make_key(*parts: str) -> str:
    """A stable cache key from text parts (order matters)."""
    digest = hashlib.sha256()
    for part in parts:
        # (A file name the file system could not decode carries surrogates: keep its bytes.)
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x00")
    return digest.hexdigest()[:40]


class Cache:
    """Read and write cache entries of a given *kind* (a short folder name) by key."""

    def __init__(self, root: Path | str | None = None, max_bytes: int | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()
        self.max_bytes = max_bytes if max_bytes is not None else default_max_bytes()
        self.hits = 0
        self.misses = 0
        self.problems: list[str] = []

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def _header(self, kind: str, key: str) -> bytes:
        return _MAGIC + f"{kind}:{key}\n".encode("ascii")

    def get_bytes(self, kind: str, key: str) -> bytes | None:
        path = self._path(kind, key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            self.misses += 1
            return None
        header = self._header(kind, key)
        if not raw.startswith(header):
            self._drop(path, "bad header")
            self.misses += 1
            return None
        try:
            os.utime(path)
        except OSError:
            pass
        self.hits += 1
        return raw[len(header) :]

    def put_bytes(self, kind: str, key: str, data: bytes, durable: bool = True) -> bool:
        """Store ``data``; returns False (and records why) if the disk refused.

        ``durable=False`` skips the flush to disk (still atomic: readers never see half an
        entry). For the thousands of small per-article entries, where a flush per file would
        cost more than recomputing; an entry lost in a crash is only a cache miss.
        """
        try:
            atomic_write_bytes(self._path(kind, key), self._header(kind, key) + data, durable=durable)
            return True
        except OSError as exc:
            problem = f"cache not written ({exc.strerror or exc})"
            if problem not in self.problems and len(self.problems) < 5:
                self.problems.append(problem)
            return False

    def get_json(self, kind: str, key: str):
        """The stored JSON value, or None for a miss or a corrupt entry (which is removed)."""
        data = self.get_bytes(kind, key)
        if data is None:
            return None
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self.hits -= 1
            self.misses += 1
            self._drop(self._path(kind, key), "corrupt JSON")
            return None

    def put_json(self, kind: str, key: str, value) -> bool:
        return self.put_bytes(kind, key, json.dumps(value, separators=(",", ":"), default=str).encode("utf-8"))

    def invalidate(self, kind: str, key: str) -> None:
        """Remove an entry whose content turned out unusable."""
        self._drop(self._path(kind, key), "unusable")

    def _drop(self, path: Path, why: str) -> None:
        try:
            path.unlink()
        except OSError:
            pass

    def size(self) -> int:
        return sum(size for _, size, _ in self._entries())

    def _entries(self):
        """(path, size, mtime) of every entry; temporary files of interrupted writes included."""
        # A folder that cannot be read (another user's, say) holds nothing usable: no error.
        for kind_dir in _scandir(self.root):
            if not _is_dir(kind_dir):
                continue
            for shard in _scandir(Path(kind_dir.path)):
                if not _is_dir(shard):
                    continue
                for entry in _scandir(Path(shard.path)):
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    yield Path(entry.path), st.st_size, st.st_mtime

    def trim(self) -> int:
        """Evict least recently used entries until under ``max_bytes``; returns bytes freed."""
        entries = list(self._entries())
        total = sum(size for _, size, _ in entries)
        if total <= self.max_bytes:
            return 0
        freed = 0
        target = int(self.max_bytes * 0.9)
        for path, size, _ in sorted(entries, key=lambda e: (e[2], str(e[0]))):
            if total - freed <= target:
                break
            try:
                path.unlink()
                freed += size
            except OSError:
                continue
        return freed



def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _scandir(path: Path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except OSError:
        return []
