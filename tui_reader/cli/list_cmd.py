"""List the articles of a collection: id, date, outlet, cited sources, words and headline.

Reads .txt/.md/extension-less files as plain text, .html/.htm pages, .json/.jsonl records
(fields text or body or content; optional title, date, source or outlet, url, id), and .rss/.atom
feeds and .xml documents with paragraphs (a TEI transcription, say); folders are
searched recursively, hidden entries skipped. Files that cannot be loaded are reported one line each on stderr (and under "problems" in the
JSON output). Exit status: 0 when at least one article loaded, 2 when none did.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import unicodedata

from tui_reader.cli import common
from tui_reader.core.loader import DEFAULT_MAX_BYTES, load_paths
from tui_reader.core.model import Article, Collection
from tui_reader.core.seeds import seeds_dir

_UNITS = {"": 1, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 10**9, "gb": 10**9,
          "kib": 1024, "mib": 1024**2, "gib": 1024**3}  # fmt: skip


#: Largest size limit taken (a terabyte): far beyond any article, well within what a read can ask.
MAX_SIZE_LIMIT = 10**12


def parse_size(text: str) -> int:
    """``5000000``, ``5MB``, ``500k``, ``2MiB`` -> bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not m or m.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5000000, 5MB or 500k)")
    value = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if value <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    if value > MAX_SIZE_LIMIT:
        raise argparse.ArgumentTypeError(f"the size limit must be at most {MAX_SIZE_LIMIT // 10**12} TB")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths_argument(parser)
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default): aligned columns fitted to the terminal; json: machine-readable",
    )
    parser.add_argument(
        "--max-size",
        type=parse_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="skip files larger than SIZE (bytes, or with k/MB suffix; default 5MB)",
    )


def article_record(article: Article) -> dict:
    return {
        **common.article_record(article),
        "hash": article.content_hash,
        "boilerplate_blocks": sum(1 for b in article.blocks if not b.is_body),
    }


def collection_record(collection: Collection) -> dict:
    return {
        "articles": [article_record(a) for a in collection.articles],
        "problems": [{"path": p.path, "reason": p.reason} for p in collection.problems],
    }


# ---------------------------------------------------------------------------------------- table


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(_char_width(c) for c in text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal cells (with an ellipsis when cut), padded to it."""
    if width <= 0:
        return ""
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    cut = "".join(out) + "…"
    return cut + " " * (width - used - 1)


def _one_line(text: str) -> str:
    """One line for the terminal: no control characters, no undecodable file-name bytes."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(common.terminal_safe(text).split())


def format_table(collection: Collection, width: int) -> list[str]:
    """Aligned rows (header first) no wider than ``width``; the headline column takes the rest."""
    rows = [
        [
            _one_line(a.id),
            a.date or "-",
            _one_line(a.outlet or "-"),
            ",".join(a.sources) or "-",
            str(a.words),
            _one_line(a.label),
        ]
        for a in collection.articles
    ]
    header = ["ID", "DATE", "OUTLET", "SOURCES", "WORDS", "HEADLINE"]
    caps = [28, 25, 24, 16, 7]
    mins = [6, 4, 6, 7, 5]
    widths = [
        min(cap, max(display_width(header[i]), *(display_width(r[i]) for r in rows))) for i, cap in enumerate(caps)
    ]
    gaps = len(header) - 1
    min_headline = 12
    # Shrink the widest fixed columns until the headline gets its minimum (or nothing can shrink).
    while sum(widths) + gaps + min_headline > width:
        i = max(range(len(widths)), key=lambda k: widths[k] - mins[k])
        if widths[i] <= mins[i]:
            break
        widths[i] -= 1
    headline_width = max(1, width - sum(widths) - gaps)
    lines = []
    for row in [header, *rows]:
        cells = [fit(row[i], widths[i]) if i != 4 else row[i].rjust(widths[i])[: widths[i]] for i in range(5)]
        cells.append(fit(row[5], headline_width).rstrip())
        lines.append(" ".join(cells).rstrip())
    return lines


def run(args: argparse.Namespace) -> int:
    collection = load_paths(args.paths or [str(seeds_dir())], max_bytes=args.max_size)
    for problem in collection.problems:
        print(_one_line(f"tui-reader: skipped {problem}"), file=sys.stderr)
    if args.format == "json":
        common.print_json(collection_record(collection))
    elif collection.articles:
        width = shutil.get_terminal_size((100, 24)).columns
        for line in format_table(collection, width):
            print(line)
    if not collection.articles:
        print("tui-reader: no articles loaded", file=sys.stderr)
        return common.EXIT_ERROR
    return common.EXIT_OK
