"""List the stories of a collection (articles that share a source history), largest first, each
with its articles. Shows a progress bar on stderr when it is a terminal."""

from __future__ import annotations

import argparse
import sys
import time

from tui_reader.cli import common


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths_argument(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the analysis cache")
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes for lineage (default: CPU count)"
    )


class ProgressBar:
    """A one-line progress bar on a terminal stream, redrawn at most ten times a second."""

    def __init__(self, stream, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        frac = done / total if total else 1.0
        filled = int(round(frac * self.width))
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {frac:4.0%} {common.terminal_safe(what)[:40]:40}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()


def stories_json(analysis) -> dict:
    by_id = analysis.collection.by_id
    return {
        "stories": [
            {
                "id": story.id,
                "title": story.title,
                "size": story.size,
                "first_date": story.first_date,
                "last_date": story.last_date,
                "articles": [common.article_record(by_id[aid]) for aid in story.article_ids],
            }
            for story in analysis.stories
        ]
    }


def run(args: argparse.Namespace) -> int:
    from tui_reader.core.analysis import analyse

    collection = common.load_or_exit(args.paths, use_cache=not args.no_cache)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        analysis = analyse(collection, use_cache=not args.no_cache, progress=bar, workers=args.workers)
    finally:
        if bar is not None:
            bar.close()
    for problem in analysis.problems:
        print(common.terminal_safe(f"tui-reader: {problem}"), file=sys.stderr)
    if args.format == "json":
        common.print_json(stories_json(analysis))
        return common.EXIT_OK
    by_id = collection.by_id
    for story in analysis.stories:
        count = f"{story.size} article{'s' if story.size != 1 else ''}"
        head = f"{story.id}  {count}  {story.date_range or 'undated'}  {story.title}"
        print(common.terminal_safe(head))
        for aid in story.article_ids:
            a = by_id[aid]
            line = f"  {a.id:24} {a.date or '-':25} {a.outlet or '-':20} {a.label}"
            print(common.terminal_safe(line))
    return common.EXIT_OK
