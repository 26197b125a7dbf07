"""Word-level diff for prose.

PLACEHOLDER implementation (difflib on word tokens): to be replaced by the real engine.
The dataclasses below are the public interface used by the app and the CLI.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

#: Op kinds. Offsets are character offsets into the old and new texts; an op with no text on
#: one side has an empty span there (start == end) at the position where it would sit.
EQUAL, DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO = "equal", "delete", "insert", "replace", "move_from", "move_to"

_TOKEN_RE = re.compile(r"\s+|\w+(?:[’'.-]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class DiffOp:
    kind: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str = ""
    new_text: str = ""
    substitution: bool = False  # a single-word swap (synonym)
    move_id: int | None = None  # pairs a move_from with its move_to


@dataclass(frozen=True)
class DiffCounts:
    inserted: int = 0
    deleted: int = 0
    substituted: int = 0
    moved: int = 0

    @property
    def changed(self) -> int:
        return self.inserted + self.deleted + self.substituted + self.moved


@dataclass(frozen=True)
class WordDiff:
    old: str
    new: str
    ops: tuple[DiffOp, ...]
    counts: DiffCounts

    @property
    def same(self) -> bool:
        return self.old == self.new


def diff_texts(old: str, new: str) -> WordDiff:
    a = _TOKEN_RE.findall(old)
    b = _TOKEN_RE.findall(new)
    ao = [0]
    for t in a:
        ao.append(ao[-1] + len(t))
    bo = [0]
    for t in b:
        bo.append(bo[-1] + len(t))
    ops = []
    ins = dele = sub = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        kind = {"equal": EQUAL, "delete": DELETE, "insert": INSERT, "replace": REPLACE}[tag]
        ops.append(DiffOp(kind, ao[i1], ao[i2], bo[j1], bo[j2], old[ao[i1]:ao[i2]], new[bo[j1]:bo[j2]],
                          substitution=(kind == REPLACE and i2 - i1 == 1 and j2 - j1 == 1)))
        words_a = sum(1 for t in a[i1:i2] if not t.isspace())
        words_b = sum(1 for t in b[j1:j2] if not t.isspace())
        if kind == DELETE:
            dele += words_a
        elif kind == INSERT:
            ins += words_b
        elif kind == REPLACE:
            sub += min(words_a, words_b)
    return WordDiff(old, new, tuple(ops), DiffCounts(ins, dele, sub, 0))


def diff_articles(old, new, include_boilerplate: bool = False) -> WordDiff:
    if include_boilerplate:
        return diff_texts(old.full_text, new.full_text)
    return diff_texts(old.body, new.body)
