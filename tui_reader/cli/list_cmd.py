"""List the articles of a collection: id, date, outlet, cited sources, words and headline."""

from __future__ import annotations

import argparse

from tui_reader.cli import common


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths_argument(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")


def article_record(article) -> dict:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date,
        "outlet": article.outlet,
        "sources": list(article.sources),
        "words": article.words,
    }


def run(args: argparse.Namespace) -> int:
    collection = common.load_or_exit(args.paths)
    if args.format == "json":
        common.print_json({"articles": [article_record(a) for a in collection.articles]})
        return common.EXIT_OK
    for a in collection.articles:
        line = f"{a.id:24} {a.date or '-':25} {a.outlet or '-':20} {','.join(a.sources) or '-':10} {a.words:6} {a.label}"
        print(common.terminal_safe(line))
    return common.EXIT_OK
