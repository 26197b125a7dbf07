"""Where the bundled default collection lives."""

from __future__ import annotations

from pathlib import Path


def seeds_dir() -> Path:
    """The bundled seed articles: inside the installed package, or the repo's ``seeds/``."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "seeds"
    if packaged.is_dir():
        return packaged
    return here.parent / "seeds"
