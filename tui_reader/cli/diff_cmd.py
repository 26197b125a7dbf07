"""Compare two articles word by word: inline with colour, git-style plain markers, JSON, or counts.

OLD and NEW are each a file path, - for stdin, or an article id (or the start of one) in the
collection given with --in (default: the bundled seeds). Boilerplate (captions, ads, link lists)
is left out unless --boilerplate is given. Inline without colour, changes read as [-deleted-],
{+inserted+}, {~old~>new~} for a one-word swap, and [<N-...-] / {+...+N>} where move N left and
arrived. Exit status: 0 same text, 1 different, 2 error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui_reader.cli import common

# The cyclic garbage collector is paused while the engine's modules load and while a diff runs
# (see ``run``): importing makes many objects and few cycles, and each collection walks them all
# again (a few ms of a diff's start-up). It is restored as it was afterwards.
_collecting = gc.isenabled()
gc.disable()
try:
    from tui_reader.core.diff import (
        DELETE,
        EQUAL,
        INSERT,
        MOVE_FROM,
        MOVE_TO,
        REPLACE,
        WordDiff,
        diff_articles,
    )
    from tui_reader.core.tokens import tokenize
finally:
    if _collecting:
        gc.enable()

if TYPE_CHECKING:
    from tui_reader.core.model import Article, Collection

RESET = "\x1b[0m"
#: SGR codes per role: struck-through red, underlined green, yellow swaps, magenta moves.
STYLES = {
    DELETE: "\x1b[31;9m",
    INSERT: "\x1b[32;4m",
    "sub_old": "\x1b[33;9m",
    "sub_new": "\x1b[33;1;4m",
    MOVE_FROM: "\x1b[35;9m",
    MOVE_TO: "\x1b[35;4m",
    "mark": "\x1b[2m",
}


class ArticleNotFound(Exception):
    pass


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the old version: a file, - for stdin, or an article id in --in")
    parser.add_argument("new", metavar="NEW", help="the new version: a file, - for stdin, or an article id in --in")
    parser.add_argument(
        "--in",
        dest="inputs",
        action="append",
        default=[],
        metavar="PATHS",
        help="files or folders where ids are looked up (repeatable; default: the bundled seeds)",
    )
    parser.add_argument(
        "--format",
        choices=("ansi", "plain", "json"),
        default=None,
        help="ansi: inline with colour (default on a terminal); plain: [-deleted-] and {+inserted+} "
        "as git diff --word-diff=plain (default otherwise); json: the operations and counts",
    )
    parser.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in the ansi format (auto: on a terminal and unless NO_COLOR is set); "
        "without colour, changes are bracketed",
    )
    parser.add_argument("--stat", action="store_true", help="print only the counts of changed words")
    parser.add_argument("--boilerplate", action="store_true", help="include boilerplate (captions, ads, link lists)")


# -- finding the articles -----------------------------------------------------------------------


def _resolve(ref: str, collection_paths: list[str], cache: dict) -> Article:
    # Imported here so that --help and argument errors do not wait for the loader's imports.
    from tui_reader.core.loader import load_paths
    from tui_reader.core.seeds import seeds_dir

    path = Path(ref)
    if ref == "-" or path.is_file():
        loaded = load_paths([ref], sources=False)  # (a diff shows no sources)
        _report(loaded)
        if not loaded.articles:
            raise ArticleNotFound(f"no article could be read from {ref}")
        if len(loaded.articles) > 1:
            ids = ", ".join(a.id for a in loaded.articles[:5])
            raise ArticleNotFound(f"{ref} holds {len(loaded.articles)} articles ({ids}...): use --in {ref} and an id")
        return loaded.articles[0]
    if "collection" not in cache:
        cache["collection"] = collection = load_paths(collection_paths or [str(seeds_dir())], sources=False)
        _report(collection)
    collection: Collection = cache["collection"]
    found = collection.get(ref)
    if found is not None:
        return found
    matches = [a for a in collection.articles if a.id.startswith(ref)] if ref else []
    if len(matches) == 1:
        return matches[0]
    where = ", ".join(collection_paths) if collection_paths else "the bundled seeds"
    if matches:
        ids = ", ".join(a.id for a in matches[:5])
        raise ArticleNotFound(f"{ref!r} matches several articles in {where}: {ids}")
    if path.is_dir():
        raise ArticleNotFound(f"{ref} is a folder: give a file, or --in {ref} and an article id")
    raise ArticleNotFound(f"no file or article id {ref!r} in {where}")


def _report(collection: Collection) -> None:
    for problem in collection.problems:
        print(common.terminal_safe(f"tui-reader: skipped {problem}"), file=sys.stderr)


# -- output -------------------------------------------------------------------------------------


def use_colour(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    return _isatty(stream)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _styled(text: str, style: str) -> str:
    """``text`` in ``style``, line by line, leaving surrounding whitespace unstyled."""
    out = []
    for k, line in enumerate(text.split("\n")):
        if k:
            out.append("\n")
        core = line.strip()
        if not core:
            out.append(line)
            continue
        start = line.index(core)
        out.append(line[:start] + style + core + RESET + line[start + len(core) :])
    return "".join(out)


def _marked(text: str, opening: str, closing: str) -> str:
    """``text`` between markers, with leading and trailing whitespace left outside."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + opening + core + closing + text[start + len(core) :]


def render_inline(diff: WordDiff, colour: bool) -> str:
    """The new text with the changes inline: colours, or markers that read without them.

    Markers: ``[-deleted-]``, ``{+inserted+}``, ``{~old~>new~}`` for a one-word swap, and
    ``[<N-moved away-]`` / ``{+moved here N>}`` for the two ends of move N.
    """
    safe = common.terminal_safe
    parts: list[str] = []
    for op in diff.ops:
        old, new = safe(op.old_text), safe(op.new_text)
        kind = op.kind
        if kind == EQUAL:
            parts.append(new)
        elif colour:
            if kind == DELETE:
                parts.append(_styled(old, STYLES[DELETE]))
            elif kind == INSERT:
                parts.append(_styled(new, STYLES[INSERT]))
            elif kind == REPLACE and op.substitution:
                parts.append(_styled(old, STYLES["sub_old"]) + _styled(new, STYLES["sub_new"]))
            elif kind == REPLACE:
                parts.append(_styled(old, STYLES[DELETE]) + _styled(new, STYLES[INSERT]))
            elif kind == MOVE_FROM:
                parts.append(_styled(old, STYLES[MOVE_FROM]))
            elif kind == MOVE_TO:
                parts.append(_styled(new, STYLES[MOVE_TO]))
            else:
                parts.append(new)
        else:
            if kind == DELETE:
                parts.append(_marked(old, "[-", "-]"))
            elif kind == INSERT:
                parts.append(_marked(new, "{+", "+}"))
            elif kind == REPLACE and op.substitution:
                parts.append(_marked(old, "{~", "~>") + _marked(new, "", "~}"))
            elif kind == REPLACE:
                parts.append(_marked(old, "[-", "-]") + _marked(new, "{+", "+}"))
            elif kind == MOVE_FROM:
                parts.append(_marked(old, f"[<{op.move_id}-", "-]"))
            elif kind == MOVE_TO:
                parts.append(_marked(new, "{+", f"+{op.move_id}>}}"))
            else:
                parts.append(new)
    return "".join(parts)


def _whitespace_diff(old: str, new: str) -> str:
    """An equal op whose whitespace changed, with only the whitespace marked.

    Works on the texts as they are (both sides have the same tokens); a gap that differs only
    in control characters, which are dropped from the output, is not marked.
    """
    safe = common.terminal_safe
    a, b = tokenize(old), tokenize(new)
    parts = []
    for i in range(len(a.tokens) + 1):
        gap_a, gap_b = a.gap(i), b.gap(i)
        if gap_a == gap_b or safe(gap_a) == safe(gap_b):
            parts.append(gap_b)
        else:
            if safe(gap_a):
                parts.append(f"[-{gap_a}-]")
            if safe(gap_b):
                parts.append(f"{{+{gap_b}+}}")
        if i < len(a.tokens):
            parts.append(a.tokens[i])
    return "".join(parts)


def render_plain(diff: WordDiff) -> str:
    """``git diff --word-diff=plain`` markers; dropping ``{+...+}`` gives the old text back and
    dropping ``[-...-]`` the new one (a move is a deletion and an insertion here)."""
    safe = common.terminal_safe
    parts: list[str] = []
    append = parts.append
    for op in diff.ops:
        old, new = op.old_text, op.new_text
        if op.kind == EQUAL:
            append(new if old == new or safe(old) == safe(new) else _whitespace_diff(old, new))
            continue
        # (A side that is only control characters is left out, as if it were empty.)
        if old and (old.isprintable() or safe(old)):
            append(f"[-{old}-]")
        if new and (new.isprintable() or safe(new)):
            append(f"{{+{new}+}}")
    # Control characters are dropped from the whole at once: dropping them piece by piece
    # gives the same text (the markers hold none, and a character goes on its own).
    return safe("".join(parts))


def stat_line(diff: WordDiff, old: Article, new: Article) -> str:
    c = diff.counts
    return (
        f"{old.id} -> {new.id}: {c.changed} words changed: {c.inserted} inserted, {c.deleted} deleted, "
        f"{c.substituted} substituted, {c.moved} moved"
    )


def _article_record(article: Article) -> dict:
    return {"id": article.id, "path": article.path, "title": article.title}


def _write(text: str) -> None:
    stream = sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, errors="replace").decode(encoding))
    stream.flush()


def run(args: argparse.Namespace) -> int:
    collecting = gc.isenabled()
    gc.disable()  # a short run that makes few cycles: loading and diffing skip the collector
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    cache: dict = {}
    try:
        old = _resolve(args.old, args.inputs, cache)
        new = _resolve(args.new, args.inputs, cache)
    except ArticleNotFound as exc:
        print(common.terminal_safe(f"tui-reader diff: {exc}"), file=sys.stderr)
        return common.EXIT_ERROR
    diff = diff_articles(old, new, include_boilerplate=args.boilerplate)
    status = common.EXIT_OK if diff.same else common.EXIT_DIFFERENT
    fmt = args.format or ("ansi" if _isatty(sys.stdout) else "plain")
    if fmt == "json":
        # Offsets are into each article's body (boilerplate left out) or, with --boilerplate,
        # its full text: the paragraphs joined by blank lines.
        record = {
            "old": _article_record(old),
            "new": _article_record(new),
            "boilerplate": args.boilerplate,
            "offsets_into": "full_text" if args.boilerplate else "body",
        }
        if args.stat:
            record.update(same=diff.same, counts=diff.counts.as_dict())
        else:
            record.update(diff.as_dict())
        common.print_json(record)
        return status
    if args.stat:
        _write(common.terminal_safe(stat_line(diff, old, new)) + "\n")
        return status
    if fmt == "plain":
        out = render_plain(diff)
    else:
        out = render_inline(diff, use_colour(args.color, sys.stdout))
    _write(out if out.endswith("\n") or not out else out + "\n")
    return status
