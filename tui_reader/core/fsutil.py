"""Small file-system helpers: atomic writes and tolerant JSON reads for config, cache and state."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True, shared: bool = False) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never half of it.

    ``durable=False`` skips the flush to disk: still atomic, but a crash may lose the new
    content (fine for cache entries, where a lost entry is only a miss). The file is private to
    its owner unless ``shared``: then it has the permissions a new file gets (the umask's), or
    those of the file it replaces.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if shared:
            os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file at ``path``, or those a new file gets."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)  # (read by setting it; put back at once)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: Path, text: str, shared: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), shared=shared)


def atomic_write_json(path: Path, value) -> None:
    atomic_write_text(path, json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def read_json_tolerant(path: Path, default):
    """Read JSON from ``path``.

    Returns ``(value, problem)``: a missing file gives ``(default, None)``; a corrupt one is set
    aside as ``<name>.corrupt-<timestamp>`` and gives ``(default, "one-line reason")`` so the
    caller can tell the user. Never raises for bad content.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return default, None
    except OSError as exc:
        return default, f"{path}: cannot read ({exc.strerror or exc})"
    try:
        return json.loads(raw.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        return default, f"{path}: corrupt ({exc.__class__.__name__}); set aside as {aside.name}"
