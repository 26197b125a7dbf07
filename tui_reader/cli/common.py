"""Helpers shared by the CLI commands: loading paths, reporting problems, terminal-safe output."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tui_reader.core.textnorm import strip_terminal_controls

if TYPE_CHECKING:
    from tui_reader.core.model import Collection

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_ERROR = 2

def terminal_safe(text: str) -> str:
    """Drop control characters (ESC included) and bidirectional overrides so article text cannot
    drive the terminal or disguise itself."""
    return strip_terminal_controls(text)


def add_paths_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (searched recursively) or - for stdin; default: the bundled seeds",
    )


def load_or_exit(paths: list[str], use_cache: bool = False) -> Collection:
    """Load ``paths`` (or the seeds), print one line per problem to stderr, exit 2 if none loaded.

    ``use_cache``: an unchanged collection is read back from the cache instead of parsed again.
    """
    # Imported here: the loader's modules take a while to import, and not every command needs them.
    from tui_reader.core.loader import load_paths
    from tui_reader.core.seeds import seeds_dir

    cache = None
    if use_cache:
        from tui_reader.core.cache import Cache

        cache = Cache()
    collection = load_paths(paths or [str(seeds_dir())], cache=cache)
    for problem in collection.problems:
        print(terminal_safe(f"tui-reader: skipped {problem}"), file=sys.stderr)
    if not collection.articles:
        print("tui-reader: no articles loaded", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)
    return collection


def article_record(article) -> dict:
    """The JSON record of an article shared by every command's output."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date,
        "outlet": article.outlet,
        "sources": list(article.sources),
        "words": article.words,
    }


def print_json(value) -> None:
    """JSON on stdout; non-ASCII is escaped so no control sequence can reach the terminal."""
    import json

    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=True) + "\n")
