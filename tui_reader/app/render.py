"""Rich ``Text`` builders for article text, diffs and labels.

Article text is untrusted: it only ever enters a ``Text`` as plain content (``Text(...)``,
``append``), never as markup, and control characters are replaced so it cannot drive the
terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text

from tui_reader.core.textnorm import show_terminal_controls

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engines load in the background; only their types are needed here
    from tui_reader.core.diff import WordDiff
    from tui_reader.core.lineage import Edge, HiddenNode, Lineage
    from tui_reader.core.model import Article

# Diff op kinds (as published by ``tui_reader.core.diff``).
EQUAL, DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO = "equal", "delete", "insert", "replace", "move_from", "move_to"

# Named ANSI colours so the diff also works in a 16-colour terminal.
STYLE_DELETE = "strike red"
STYLE_INSERT = "underline green"
STYLE_SUB_OLD = "strike yellow"
STYLE_SUB_NEW = "bold underline yellow"
STYLE_MOVE_FROM = "strike magenta"
STYLE_MOVE_TO = "italic underline magenta"
STYLE_CURRENT = "reverse"
STYLE_BOILERPLATE = "dim italic"
STYLE_LABEL = "bold"
STYLE_UNCERTAIN = "dim italic"

def safe(text: str | None) -> str:
    """Article text with control characters and bidirectional overrides written out as escapes."""
    if not text:
        return ""
    return show_terminal_controls(text)


def plain(text: str | None, style: str = "") -> Text:
    """A ``Text`` holding ``text`` literally (no markup, no emoji codes)."""
    return Text(safe(text), style=style, end="")


def short_date(date: str | None) -> str:
    """The day of an ISO date-time (``2022-05-23T06:01:00+05:30`` -> ``2022-05-23``)."""
    value = one_line(date)
    if len(value) > 10 and value[4:5] == "-" and value[10:11] in ("T", " "):
        return value[:10]
    return value


def one_line(text: str | None, limit: int = 0) -> str:
    flat = " ".join(safe(text).split())
    if limit and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat


# -- labels ---------------------------------------------------------------------------------


def node_label(node: HiddenNode) -> str:
    label = node.label or node.id
    return label if label.lower().startswith("lost") else f"lost source: {label}"


def relation_text(edge: Edge | None) -> Text:
    """``spin 83%`` (uncertain edges dim, italic, with a question mark)."""
    if edge is None:
        return Text("—", style="dim")
    uncertain = edge.uncertain
    text = Text(f"{edge.relation} {edge.confidence:.0%}", style=STYLE_UNCERTAIN if uncertain else "")
    if uncertain:
        text.append("?", style="bold")
    return text


def article_tree_label(article: Article, edge: Edge | None, mark: str | None = None) -> Text:
    text = Text(end="")
    if edge is not None:
        uncertain = edge.uncertain
        text.append("┄ " if uncertain else "", style=STYLE_UNCERTAIN)
        text.append_text(relation_text(edge))
        text.append(" ")
    meta = " · ".join(x for x in (one_line(article.outlet, 30), short_date(article.date)) if x)
    if meta:
        text.append(meta + " ", style="dim")
    text.append(one_line(article.label, 70))
    if mark:
        text.append(f" [{mark}]", style="bold")
    return text


def hidden_tree_label(node: HiddenNode, edge: Edge | None = None) -> Text:
    text = Text(end="")
    if edge is not None:
        text.append_text(relation_text(edge))
        text.append(" ")
    text.append(one_line(node_label(node)), style="bold italic")
    return text


def story_label(story) -> Text:
    """``Story · 4 articles · 2022-05-22 – 2022-05-23 · headline``."""
    count = len(story.article_ids)
    text = Text(end="")
    text.append(f"Story · {count} article{'s' if count != 1 else ''}", style="bold")
    first, last = short_date(getattr(story, "first_date", None)), short_date(getattr(story, "last_date", None))
    if first or last:
        span = (first or last) if (first == last or not (first and last)) else f"{first} – {last}"
        text.append(f" · {span}", style="dim")
    text.append(" · ")
    text.append(one_line(story.title, 70), style="italic")
    return text


# -- article ----------------------------------------------------------------------------------


def copies_text(children: list[Edge], labels: dict[str, str], indent: str, limit: int | None = None,
                width: int = 50) -> Text:
    """One line per copy (``children``: edges from the version): relation, confidence and
    label, each line after the first starting with ``indent``; past ``limit``, a count of the
    rest."""
    text = Text(end="")
    shown = children if limit is None else children[:limit]
    for k, edge in enumerate(shown):
        if k:
            text.append("\n" + indent)
        text.append_text(relation_text(edge))
        text.append(" ")
        text.append(one_line(labels.get(edge.child, edge.child), width))
    if len(children) > len(shown):
        text.append(f"\n{indent}… and {len(children) - len(shown)} more (see the tree)", style="dim")
    return text


#: Copies of an article listed in its header; the rest are counted (the tree has them all).
COPIES_SHOWN = 4


def article_header(article: Article, edge: Edge | None, parent_label: str | None, mark: str | None,
                   labels: dict[str, str] | None = None, pending: bool = False,
                   children: list[Edge] | None = None) -> Text:
    """Headline and metadata lines; for an uncertain edge, also the best alternative source
    (``labels``: node id -> label); the versions copied from it (``children``). ``pending``:
    the lineage is still being worked out."""
    text = Text(end="")
    text.append(one_line(article.label), style="bold")
    text.append("\n")
    rows = [
        ("date", article.date),
        ("outlet", article.outlet),
        ("byline", article.byline),
        ("sources", ", ".join(article.sources) if article.sources else None),
        ("url", article.url),
        ("path", article.path),
        ("words", str(article.words)),
    ]
    for name, value in rows:
        if value:
            text.append(f"{name:>8}: ", style="dim")
            text.append(one_line(value))
            text.append("\n")
    text.append(f"{'parent':>8}: ", style="dim")
    if edge is None and pending:
        text.append("not known yet (the lineage is being analysed)", style="italic")
    elif edge is None:
        text.append("none (no source found in this collection)")
    else:
        text.append_text(relation_text(edge))
        text.append(" of ")
        text.append(one_line(parent_label or edge.parent, 60))
        if edge.also_from:
            text.append(" (also from " + ", ".join(one_line(x) for x in edge.also_from) + ")")
        other = edge.alternative() if edge.uncertain else None
        if other is not None:
            text.append(f"\n{'or':>8}: ", style="dim")
            text.append(one_line((labels or {}).get(other[0], other[0]), 60), style=STYLE_UNCERTAIN)
    text.append("\n")
    if children:
        text.append(f"{'copies':>8}: ", style="dim")
        text.append_text(copies_text(children, labels or {}, " " * 10, limit=COPIES_SHOWN, width=45))
        text.append("\n")
    if mark:
        text.append(f"{'mark':>8}: ", style="dim")
        text.append(mark, style="bold")
        text.append("\n")
    return text


def article_body(article: Article, show_boilerplate: bool) -> Text:
    """Body blocks; boilerplate dimmed with its reason, or left out with a count."""
    text = Text(end="")
    hidden = 0
    first = True
    for block in article.blocks:
        if not block.is_body and not show_boilerplate:
            hidden += 1
            continue
        if not first:
            text.append("\n\n")
        first = False
        if block.is_body:
            text.append(safe(block.text))
        else:
            reason = f"[{block.reason or 'boilerplate'}] "
            text.append(reason, style="dim")
            text.append(safe(block.text), style=STYLE_BOILERPLATE)
    if hidden:
        text.append(f"\n\n({hidden} boilerplate block{'s' if hidden != 1 else ''} hidden: b shows them)", style="dim")
    return text


# -- diff -------------------------------------------------------------------------------------


@dataclass
class RenderedDiff:
    """A diff as ``Text`` plus the character spans of each change, for jumping between them."""

    text: Text
    changes: list[tuple[int, int]] = field(default_factory=list)


def counts_line(diff: WordDiff, against: str) -> Text:
    c = diff.counts
    text = Text(end="")
    text.append("diff ", style="bold")
    text.append(f"vs {one_line(against, 40)}: ")
    text.append(f"+{c.inserted} inserted", style="green")
    text.append(" ")
    text.append(f"-{c.deleted} deleted", style="red")
    text.append(" ")
    text.append(f"~{c.substituted} swapped", style="yellow")
    text.append(" ")
    text.append(f"⇄{c.moved} moved", style="magenta")
    return text


def render_diff(diff: WordDiff, markers: bool = False, current: int | None = None, side: str = "both") -> RenderedDiff:
    """The diff in the new text's reading order.

    Styles carry the meaning in colour terminals; with ``markers`` the changes are also
    bracketed (``[-old-]``, ``{+new+}``, ``{old→new}``, ``⇄``) so they read with no colour.
    ``side`` is ``"both"`` (inline), ``"old"`` (only what the old text had) or ``"new"``.
    ``current`` highlights the change with that index.
    """
    text = Text(end="")
    changes: list[tuple[int, int]] = []

    def add(part: str, style: str) -> None:
        text.append(safe(part), style=style)

    bracket = markers and side == "both"

    def old(part: str, style: str) -> None:
        """Text only the old version has: ``[-...-]`` when bracketed."""
        add("[-" if bracket else "", "dim")
        add(part, style)
        add("-]" if bracket else "", "dim")

    def new(part: str, style: str) -> None:
        """Text only the new version has: ``{+...+}`` when bracketed."""
        add("{+" if bracket else "", "dim")
        add(part, style)
        add("+}" if bracket else "", "dim")

    for op in diff.ops:
        if op.kind == EQUAL:
            add(op.new_text if side != "old" else op.old_text, "")
            continue
        start = len(text)
        index = len(changes)
        if op.kind == DELETE:
            if side == "new":
                continue
            old(op.old_text, STYLE_DELETE)
        elif op.kind == INSERT:
            if side == "old":
                continue
            new(op.new_text, STYLE_INSERT)
        elif op.kind == REPLACE and op.substitution and side == "both":
            add("{" if markers else "", "dim")
            add(op.old_text, STYLE_SUB_OLD)
            add("→", "yellow")
            add(op.new_text, STYLE_SUB_NEW)
            add("}" if markers else "", "dim")
        elif op.kind == REPLACE:
            old_style, new_style = (STYLE_SUB_OLD, STYLE_SUB_NEW) if op.substitution else (STYLE_DELETE, STYLE_INSERT)
            if side in ("both", "old"):
                old(op.old_text, old_style)
            if side in ("both", "new"):
                new(op.new_text, new_style)
        elif op.kind == MOVE_FROM:
            if side == "new":
                continue
            add("⇄", "magenta")
            old(op.old_text, STYLE_MOVE_FROM)
        elif op.kind == MOVE_TO:
            if side == "old":
                continue
            add("⇄", "magenta")
            new(op.new_text, STYLE_MOVE_TO)
        else:  # an op kind this version does not know: show the new text plainly
            add(op.new_text, "")
            continue
        end = len(text)
        if end > start:
            changes.append((start, end))
            if current == index:
                text.stylize(STYLE_CURRENT, start, end)
    return RenderedDiff(text, changes)


# -- evidence ---------------------------------------------------------------------------------


def evidence_text(lineage: Lineage, node_id: str, labels: dict[str, str]) -> Text:
    """Why the engine linked ``node_id`` to its parent: relation, confidence and figures."""
    text = Text(end="")
    edge = lineage.parent_edge(node_id)
    hidden = lineage.hidden_node(node_id)
    text.append(one_line(labels.get(node_id, node_id), 70), style="bold")
    text.append("\n\n")
    if hidden is not None:
        text.append("Not in the collection: inferred from what its copies share.\n", style="italic")
        _figures(text, hidden.evidence, labels)
        text.append("\n")
    if edge is None:
        text.append("No parent: nothing in the collection looks like its source.\n")
        return text
    text.append("parent: ", style="dim")
    text.append(one_line(labels.get(edge.parent, edge.parent), 70))
    text.append("\nrelation: ", style="dim")
    text.append_text(relation_text(edge))
    if edge.also_from:
        text.append("\nalso from: ", style="dim")
        text.append(", ".join(one_line(labels.get(x, x), 50) for x in edge.also_from))
    evidence = dict(edge.evidence) if isinstance(edge.evidence, dict) else {}
    evidence.pop("runner_up", None)
    other = edge.alternative()
    if other is not None:
        text.append("\nbest alternative: ", style="dim")
        text.append(one_line(labels.get(other[0], other[0]), 60))
        if other[1] is not None:
            text.append(f" (model probability {other[1]:.2f})", style="dim")
    text.append("\n\n")
    if evidence:
        _figures(text, evidence, labels)
    else:
        text.append("(no figures recorded for this edge)\n", style="dim")
    return text


def _figures(text: Text, evidence: dict, labels: dict[str, str], indent: int = 0) -> None:
    """The evidence's figures, one per line: names in words, versions by their headline."""

    def named(value) -> str:
        return one_line(f"{labels[value]} ({value})", 90) if isinstance(value, str) and value in labels else one_line(str(value), 60)

    for key, value in evidence.items():
        text.append(" " * indent + f"{named(key) if key in labels else one_line(str(key)).replace('_', ' ')}: ", style="dim")
        if isinstance(value, dict):
            text.append("\n")
            _figures(text, value, labels, indent + 2)
            continue
        if isinstance(value, float):
            shown = f"{value:.3f}"
        elif isinstance(value, (list, tuple)):
            shown = ", ".join(named(v) for v in value[:20]) + (" …" if len(value) > 20 else "")
        elif isinstance(value, str) and value in labels:
            shown = named(value)
        else:
            shown = one_line(str(value), 200)
        text.append(shown)
        text.append("\n")
