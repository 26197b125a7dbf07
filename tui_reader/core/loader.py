"""Loading a collection of articles from files, folders or stdin.

``load_paths`` never raises for bad input: every file it cannot use becomes a
:class:`~tui_reader.core.model.LoadProblem` with a one-line reason, and the rest loads. It only
reads: nothing is written next to or into the input.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, Iterator

from tui_reader.core import metadata as md
from tui_reader.core.decode import NotText, decode_clean
from tui_reader.core.formats import (
    Draft,
    FormatError,
    RecordProblem,
    declared_charset,
    format_for_suffix,
    parse_html,
    parse_json,
    parse_jsonl,
    parse_xml,
    parse_plain,
    sniff_format,
)
from tui_reader.core.model import Article, Collection, LoadProblem
from tui_reader.core.records import record
from tui_reader.core.segment import segment

#: Files larger than this are skipped unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 5_000_000
STDIN_PATH = "<stdin>"


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc.__class__.__name__})"


@record()
class _Found:
    path: Path
    dirs: tuple[str, ...]  # folder names above the file, for telling equal stems apart

    def __init__(self, path: Path, dirs: tuple[str, ...]) -> None:
        self.path = path
        self.dirs = dirs


class _Walker:
    """Files under the given paths: sorted, hidden names skipped, each real directory once."""

    def __init__(self, problems: list[LoadProblem]) -> None:
        self.problems = problems
        self.seen_dirs: set[tuple[int, int]] = set()
        self.seen_files: set[tuple[int, int]] = set()

    def _problem(self, path: Path | str, reason: str) -> None:
        self.problems.append(LoadProblem(str(path), reason))

    def files(self, raw: str) -> Iterator[_Found]:
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) and path.is_symlink():
                self._problem(path, "broken symbolic link")
            elif exc.errno == errno.ELOOP:
                self._problem(path, "symbolic link loop")
            else:
                self._problem(path, _os_reason(exc))
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self._walk(path)
        elif stat.S_ISREG(st.st_mode):
            if self._first_time(st):
                yield _Found(path, tuple(path.parent.parts))
        else:
            self._problem(path, "not a regular file")

    def _first_time(self, st: os.stat_result) -> bool:
        key = (st.st_dev, st.st_ino)
        if key in self.seen_files:
            return False
        self.seen_files.add(key)
        return True

    def _walk(self, top: Path) -> Iterator[_Found]:
        # Depth-first with an explicit stack (deep trees must not hit the recursion limit).
        found_any = False
        stack: list[Iterator[tuple[Path, os.stat_result | None, bool]]] = []

        def entries(directory: Path) -> Iterator[tuple[Path, os.stat_result | None, bool]]:
            try:
                st = directory.stat()
            except OSError as exc:
                self._problem(directory, _os_reason(exc))
                return iter(())
            key = (st.st_dev, st.st_ino)
            if key in self.seen_dirs:
                if directory.is_symlink():
                    self._problem(directory, "directory already read (symbolic link loop or repeat)")
                return iter(())
            self.seen_dirs.add(key)
            try:
                with os.scandir(directory) as it:
                    listing = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
            except OSError as exc:
                self._problem(directory, _os_reason(exc))
                return iter(())
            out = []
            for entry in listing:
                p = Path(entry.path)
                try:
                    est = entry.stat()  # follows symlinks
                except OSError as exc:
                    if entry.is_symlink():
                        reason = "symbolic link loop" if exc.errno == errno.ELOOP else "broken symbolic link"
                        self._problem(p, reason)
                    else:
                        self._problem(p, _os_reason(exc))
                    continue
                out.append((p, est, stat.S_ISDIR(est.st_mode)))
            return iter(out)

        try:
            top_st = top.stat()
            if (top_st.st_dev, top_st.st_ino) in self.seen_dirs:
                return  # the same folder named twice (or inside one already read)
        except OSError:
            pass
        stack.append(entries(top))
        while stack:
            try:
                p, est, is_dir = next(stack[-1])
            except StopIteration:
                stack.pop()
                continue
            if is_dir:
                stack.append(entries(p))
            elif est is not None and stat.S_ISREG(est.st_mode):
                if self._first_time(est):
                    found_any = True
                    yield _Found(p, tuple(p.parent.parts))
            else:
                self._problem(p, "not a regular file")
        if not found_any:
            self._problem(top, "no article files in this folder")


def _failure(exc: BaseException) -> str:
    """A one-line reason for an unexpected parsing failure."""
    return f"cannot parse ({exc.__class__.__name__}: {' '.join(str(exc).split())})"[:300]


def _printable(name: str) -> str:
    """A file name fit for an id: bytes the file system could not decode become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


#: Bytes read at a time from a file or stdin.
READ_PIECE = 1 << 20


def _read_limited(handle: BinaryIO, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes (one more tells a file over the limit), read in pieces so
    that a high limit does not reserve that much memory up front. (Characters, from a text
    stream.)"""
    pieces = []
    left = max_bytes + 1
    while left > 0:
        piece = handle.read(min(left, READ_PIECE))
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return pieces[0][:0].join(pieces) if pieces else b""


def _read_stdin(stream, max_bytes: int) -> bytes:
    """Bytes from ``stream`` (or ``sys.stdin``); a text-only stream is read and encoded as UTF-8."""
    if stream is None:
        stream = sys.stdin
        if stream is None:
            raise ValueError("no standard input")
        stream = getattr(stream, "buffer", stream)
    data = _read_limited(stream, max_bytes)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return data


def _drafts(data: bytes, fmt: str, label: str) -> tuple[list[Draft | RecordProblem], str]:
    """Decode and parse; raises NotText or FormatError with a one-line reason."""
    if not data:
        raise NotText("empty file")
    decoded = decode_clean(data, declared_charset(data) if fmt in ("html", "xml", "sniff") else None)
    text = decoded.text
    if not text.strip():
        raise NotText("empty file (only whitespace)")
    if fmt == "sniff":
        fmt = sniff_format(text)
    if fmt == "html":
        return [parse_html(text)], decoded.encoding
    if fmt == "json":
        return parse_json(text), decoded.encoding
    if fmt == "jsonl":
        return parse_jsonl(text), decoded.encoding
    if fmt == "xml":
        return parse_xml(text), decoded.encoding
    return [parse_plain(text, markdown=label.lower().endswith((".md", ".markdown")))], decoded.encoding


@record()
class _Pending:
    base_id: str
    dirs: tuple[str, ...]
    path: str
    draft: Draft
    encoding: str
    record: str | None

    def __init__(
        self,
        base_id: str,
        dirs: tuple[str, ...],
        path: str,
        draft: Draft,
        encoding: str,
        record: str | None,
    ) -> None:
        self.base_id = base_id
        self.dirs = dirs
        self.path = path
        self.draft = draft
        self.encoding = encoding
        self.record = record


def _assign_ids(pending: list[_Pending]) -> list[str]:
    """Stems as ids; where stems collide, prefix as few folder names as tell them apart, or
    failing that (two files of one folder, ``a.txt`` and ``a.md``) use the file names. Ids that
    still collide (one record id twice) are numbered in path order, whatever the order of the
    arguments."""
    counts = Counter(p.base_id for p in pending)
    ids = [p.base_id for p in pending]
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(pending):
        if counts[p.base_id] > 1:
            groups.setdefault(p.base_id, []).append(i)

    def folders(i: int) -> tuple[str, ...]:
        return tuple(d for d in pending[i].dirs if d.strip("/\\"))

    def named(i: int, k: int, file_name: bool) -> str:
        p = pending[i]
        name = _printable(Path(p.path).name) if file_name and p.record is None else p.base_id
        return "/".join(folders(i)[len(folders(i)) - k :] + (name,)) if k else name

    for members in groups.values():
        depth = max(len(folders(i)) for i in members)
        tries = [(k, False) for k in range(1, depth + 1)] + [(k, True) for k in range(depth + 1)]
        for k, file_name in tries:
            candidates = [named(i, k, file_name) for i in members]
            if len(set(candidates)) == len(candidates):
                for i, candidate in zip(members, candidates):
                    ids[i] = candidate
                break
    # Anything still equal (same record id twice, or a record id equal to another file's stem).
    final = list(ids)
    seen: set[str] = set()
    for i in sorted(range(len(ids)), key=lambda i: (pending[i].path, i)):
        article_id = ids[i]
        number = 1
        while article_id in seen:
            number += 1
            article_id = f"{ids[i]}-{number}"
        seen.add(article_id)
        final[i] = article_id
    return final


def load_paths(
    paths: list[str] | tuple[str, ...],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    cache=None,
    sources: bool = True,
) -> Collection:
    """Load every article found under ``paths`` (files, folders, or ``-`` for stdin).

    Folders are read recursively in name order, hidden entries skipped, each real directory
    once (symbolic link loops end). Files over ``max_bytes`` are skipped. ``stdin`` replaces
    ``sys.stdin`` for ``-`` (tests). Problems are collected, never raised.

    With a :class:`~tui_reader.core.cache.Cache`, a collection whose files are all unchanged
    (same paths, sizes and modification times, same loader code) is read back from the cache
    instead of being parsed again. Standard input is never cached.

    ``sources=False``: the agencies each article cites are not looked for (its ``sources`` is
    empty and ``extra["cited_raw"]`` too), for callers that only compare texts; everything else
    is the same. Ignored with a cache (cached articles are whole).
    """
    if cache is not None and "-" not in paths:
        return _load_cached(list(paths), max_bytes, cache)
    problems: list[LoadProblem] = []
    pending: list[_Pending] = []
    walker = _Walker(problems)
    stdin_read = False

    def add(data: bytes, fmt: str, path: str, stem: str, dirs: tuple[str, ...]) -> None:
        try:
            drafts, encoding = _drafts(data, fmt, path)
        except (NotText, FormatError) as exc:
            problems.append(LoadProblem(path, str(exc)))
            return
        except RecursionError:
            problems.append(LoadProblem(path, "cannot parse (nested too deeply)"))
            return
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the rest loading
            problems.append(LoadProblem(path, _failure(exc)))
            return
        if not drafts:
            problems.append(LoadProblem(path, "no records in it"))
            return
        multi = fmt in ("json", "jsonl") or len(drafts) > 1
        for n, draft in enumerate(drafts, 1):
            if isinstance(draft, RecordProblem):
                problems.append(LoadProblem(path, f"{draft.where}: {draft.reason}"))
                continue
            base = draft.record_id or (f"{stem}-{n}" if multi else stem)
            record = draft.extra.pop("record", None) or (f"record {n}" if multi else None)
            pending.append(_Pending(base, dirs, path, draft, encoding, record))

    for raw in paths:
        if raw == "-":
            if stdin_read:
                continue
            stdin_read = True
            try:
                data = _read_stdin(stdin, max_bytes)
            except (OSError, ValueError) as exc:
                reason = _os_reason(exc) if isinstance(exc, OSError) else str(exc)
                problems.append(LoadProblem(STDIN_PATH, reason))
                continue
            if len(data) > max_bytes:
                problems.append(LoadProblem(STDIN_PATH, f"too large (over the {_size(max_bytes)} limit)"))
                continue
            add(data, "sniff", STDIN_PATH, "stdin", ())
            continue
        for found in walker.files(raw):
            path = found.path
            fmt = format_for_suffix(path.suffix)
            if fmt is None:
                problems.append(LoadProblem(str(path), f"unsupported file type ({path.suffix})"))
                continue
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    problems.append(
                        LoadProblem(str(path), f"too large ({_size(size)}, limit {_size(max_bytes)})")
                    )
                    continue
                with open(path, "rb") as handle:
                    data = _read_limited(handle, max_bytes)
            except OSError as exc:
                problems.append(LoadProblem(str(path), _os_reason(exc)))
                continue
            if len(data) > max_bytes:
                problems.append(LoadProblem(str(path), f"too large (over the {_size(max_bytes)} limit)"))
                continue
            add(data, fmt, str(path), _printable(path.stem), tuple(_printable(d) for d in found.dirs))

    articles: list[Article] = []
    for p, article_id in zip(pending, _assign_ids(pending)):
        try:
            parts = segment(p.draft, sources=sources)
        except Exception as exc:  # noqa: BLE001 - as above
            problems.append(LoadProblem(p.path, _failure(exc)))
            continue
        where = f"{p.record}: " if p.record else ""
        if not any(b.is_body for b in parts.blocks):
            problems.append(LoadProblem(p.path, f"{where}no article text (only boilerplate)"))
            continue
        extra = {"encoding": p.encoding, "cited_raw": list(parts.cited_raw)}
        if p.record:
            extra["record"] = p.record
        extra.update(p.draft.extra)
        articles.append(
            Article(
                id=article_id,
                path=p.path,
                title=parts.title,
                blocks=parts.blocks,
                date=parts.date,
                outlet=parts.outlet,
                sources=parts.sources,
                url=p.draft.url,
                byline=parts.byline,
                format=p.draft.format,
                extra=extra,
            )
        )
    articles = _read_numeric_dates(articles)
    name = ""
    if len(paths) == 1:
        name = "stdin" if paths[0] == "-" else (Path(paths[0]).name or str(paths[0]))
    return Collection(tuple(articles), tuple(problems), name)


#: How far outside the span of a collection's known dates a date read either way may fall.
DATE_SPAN_SLACK_DAYS = 7


def _read_numeric_dates(articles: list[Article]) -> list[Article]:
    """Dates such as ``10/11/2006`` read with the day or the month first: the one reading that
    falls within a week of the collection's known dates, else as the line's time zone shows (see
    ``metadata.zone_date_order``), else as the collection's other numeric date lines show
    (``23/05/2022``) when they all agree; otherwise left unknown. (Outlets of different
    countries copy one story: the other lines' agreement is the weakest sign.)"""
    lines = [
        (k, b.text)
        for k, a in enumerate(articles)
        if a.date is None
        for b in a.blocks
        if b.reason == md.DATE_LINE and md.undated_date_line(b.text)
    ]
    if not lines:
        return articles
    every = [b.text for a in articles for b in a.blocks if b.reason == md.DATE_LINE]
    orders = {md.numeric_date_order(text) for text in every} - {None}

    def day_of(iso: str | None) -> date | None:
        try:
            return date.fromisoformat(iso[:10]) if iso else None
        except ValueError:
            return None

    known = sorted(d for d in (day_of(a.date) for a in articles) if d is not None)
    slack = timedelta(days=DATE_SPAN_SLACK_DAYS)
    out = list(articles)
    for k, text in lines:
        if out[k].date is not None:
            continue  # an article's first readable date line stands
        readings = {order: md.read_undated_date_line(text, order) for order in ("day", "month")}
        fits = [
            iso for iso in readings.values()
            if iso and known and known[0] - slack <= day_of(iso) <= known[-1] + slack
        ]
        zone_order = md.zone_date_order(text)
        if len(fits) == 1:
            iso = fits[0]  # the one reading near the collection's other dates
        elif zone_order:
            iso = readings[zone_order]  # the way the zone's country writes dates
        elif len(orders) == 1:
            iso = readings[next(iter(orders))]  # the way the other date lines write them
        else:
            iso = None
        if iso:
            out[k] = replace(out[k], date=iso)
    return out


# --------------------------------------------------------------------------- reopening


def _listing_key(paths: list[str], max_bytes: int) -> str:
    """A key that changes when any file found under ``paths`` changes, appears or goes.

    Only the folders are walked and the files stat-ed: nothing is read, so checking an
    unchanged 5,000-file collection costs a directory walk.
    """
    from tui_reader.core.cache import make_key

    walker = _Walker([])
    parts = [_loader_fingerprint(), str(max_bytes)]
    for raw in paths:
        parts.append("\x01" + raw)
        for found in walker.files(raw):
            try:
                st = found.path.stat()
            except OSError:
                parts.append(f"{found.path}|gone")
                continue
            parts.append(f"{found.path}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}")
    parts.extend(str(p) for p in walker.problems)
    return make_key(*parts)


def _load_cached(paths: list[str], max_bytes: int, cache) -> Collection:
    import pickle
    import zlib

    key = _listing_key(paths, max_bytes)  # before reading: a file changed meanwhile is a miss next time
    data = cache.get_bytes("collection", key)
    if data is not None:
        try:
            collection = pickle.loads(zlib.decompress(data))
            if isinstance(collection, Collection):
                return collection
        except Exception:  # noqa: BLE001 - a corrupt entry is only a miss
            pass
        cache.invalidate("collection", key)
    collection = load_paths(paths, max_bytes=max_bytes)
    # Compressed (a fast level): a 20,000-article collection is ~24 MB of pickle, ~8 MB stored.
    cache.put_bytes("collection", key, zlib.compress(pickle.dumps(collection, protocol=pickle.HIGHEST_PROTOCOL), 1))
    return collection


_FINGERPRINT: list[str] = []


def _loader_fingerprint() -> str:
    """A hash of the modules that turn files into articles: new code, new cache entries."""
    if not _FINGERPRINT:
        import hashlib

        digest = hashlib.sha256()
        for name in ("loader", "decode", "formats", "metadata", "segment", "textnorm", "model"):
            module = sys.modules.get(f"tui_reader.core.{name}")
            path = getattr(module, "__file__", None)
            if path:
                try:
                    digest.update(Path(path).read_bytes())
                except OSError:
                    digest.update(name.encode())
        _FINGERPRINT.append(digest.hexdigest()[:16])
    return _FINGERPRINT[0]
