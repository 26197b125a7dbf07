"""Loading a collection of articles from files, folders or stdin.

MINIMAL implementation (plain text only): to be completed with every format and metadata.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tui_reader.core.model import Article, Block, Collection, LoadProblem


def _parse_plain(text: str, article_id: str, path: str) -> Article:
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    title = None
    if len(paras) > 1 and len(paras[0]) < 160 and not paras[0].endswith("."):
        title = paras.pop(0)
    return Article(id=article_id, path=path, title=title, blocks=tuple(Block(p) for p in paras))


def load_paths(paths: list[str] | tuple[str, ...]) -> Collection:
    """Load every article found under ``paths`` (files, folders, or ``-`` for stdin)."""
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    for raw in paths:
        if raw == "-":
            articles.append(_parse_plain(sys.stdin.read(), "stdin", "<stdin>"))
            continue
        p = Path(raw)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(LoadProblem(str(f), str(exc)))
                continue
            articles.append(_parse_plain(text, f.stem, str(f)))
    return Collection(tuple(articles), tuple(problems))
