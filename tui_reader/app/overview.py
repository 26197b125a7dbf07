"""The overview's contents: tree order, similarity matrix and timeline, as ``Text``."""

from __future__ import annotations

from rich.text import Text

from typing import TYPE_CHECKING

from tui_reader.app.render import one_line, relation_text, short_date

if TYPE_CHECKING:
    from tui_reader.core.lineage import Lineage
    from tui_reader.core.model import Article

#: The matrix shows at most this many articles (the first in tree order).
MATRIX_LIMIT = 40

# Shared-wording bands, strongest first: (at least, style). Near-verbatim copies share most word
# trigrams, spins and rewrites a tenth to a third, independent reports almost none. Named
# colours work in 16-colour terminals.
BANDS = ((60, "black on green"), (30, "black on yellow"), (10, "white on red"), (3, "white on blue"), (0, "dim"))


def tree_order(lineage: Lineage, ids: list[str]) -> list[str]:
    """``ids`` in depth-first order of the lineage forest (ids it does not hold come last)."""
    wanted = set(ids)
    order: list[str] = []
    seen: set[str] = set()

    def walk(node: str) -> None:
        if node in seen:
            return
        seen.add(node)
        if node in wanted:
            order.append(node)
        for edge in lineage.children(node):
            walk(edge.child)

    for root in lineage.roots():
        walk(root)
    order.extend(i for i in ids if i not in seen)
    return order


def similarity_matrix(articles: list[Article]) -> list[list[int]]:
    """Pairwise shared wording of the bodies, 0-100: the larger share of either article's word
    trigrams that the other has (``core.features.shared_wording``). Unlike a character-level
    ratio it stays near 0 for independent reports on the same topic."""
    from tui_reader.core.features import shared_wording

    return [[round(100 * v) for v in row] for row in shared_wording(articles)]


def _band(value: int) -> str:
    for floor, style in BANDS:
        if value >= floor:
            return style
    return "dim"


def matrix_text(articles: list[Article], scores: list[list[int]]) -> Text:
    text = Text(end="", no_wrap=True, overflow="ellipsis")
    n = len(articles)
    if not n:
        return Text("(no articles)")
    text.append("     ")
    for j in range(n):
        text.append(f"{j:>4}", style="bold")
    text.append("\n")
    for i, article in enumerate(articles):
        text.append(f"{i:>4} ", style="bold")
        for j in range(n):
            value = scores[i][j]
            if i == j:
                text.append("   ·", style="dim")
            else:
                text.append(" ")
                text.append(f"{value:>3}", style=_band(value))
        text.append("  ")
        text.append(one_line(article.label, 50))
        text.append("\n")
    text.append("\nbands: ", style="dim")
    for floor, style in BANDS[:-1]:
        text.append(f" ≥{floor} ", style=style)
        text.append(" ")
    return text


def timeline_text(articles: list[Article], lineage: Lineage, index: dict[str, int], labels: dict[str, str]) -> Text:
    """Dated versions in date order, each with the edge to its parent; undated ones listed after."""
    text = Text(end="", no_wrap=True, overflow="ellipsis")
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date or "", a.id))
    undated = [a for a in articles if not a.date]
    for article in dated + undated:
        text.append(f"{short_date(article.date) or 'undated':<12}", style="bold" if article.date else "dim")
        text.append(f" #{index.get(article.id, '?')} " if article.id in index else "  ")
        meta = one_line(article.outlet)
        if meta:
            text.append(meta + ": ", style="dim")
        text.append(one_line(article.label, 50))
        edge = lineage.parent_edge(article.id)
        if edge is not None:
            text.append("\n" + " " * 12 + " ← ", style="dim")
            text.append_text(relation_text(edge))
            text.append(" of ")
            parent = edge.parent
            where = f"#{index[parent]} " if parent in index else ""
            text.append(where + one_line(labels.get(parent, parent), 50))
        text.append("\n")
    return text
