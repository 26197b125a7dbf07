"""Export triage marks and the inferred lineage to JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from tui_reader.core.fsutil import atomic_write_text
from tui_reader.core.lineage import Lineage
from tui_reader.core.model import Collection

FORMATS = ("json", "csv")

CSV_COLUMNS = (
    "id",
    "kind",
    "title",
    "outlet",
    "date",
    "words",
    "path",
    "mark",
    "parent",
    "relation",
    "confidence",
    "also_from",
    "alternative",
    "alternative_probability",
)

# Spreadsheets run cells starting with these as formulas; article text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    """Evidence figures as JSON-safe values (numbers, strings, lists, dicts)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    try:  # numpy scalars and the like
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return number if math.isfinite(number) else None


def export_records(collection: Collection, lineage: Lineage | None, marks: dict[str, str]) -> dict:
    """The export as plain data. ``marks`` maps article id to its mark."""
    lineage = lineage or Lineage(tuple(a.id for a in collection.articles))
    articles = []
    for article in collection.articles:
        edge = lineage.parent_edge(article.id)
        alternative = edge.alternative() if edge else None
        articles.append(
            {
                "id": article.id,
                "title": article.label,
                "outlet": article.outlet,
                "date": article.date,
                "words": article.words,
                "path": article.path,
                "url": article.url,
                "sources": list(article.sources),
                "mark": marks.get(article.id),
                "parent": edge.parent if edge else None,
                "relation": edge.relation if edge else None,
                "confidence": _plain(edge.confidence) if edge else None,
                "also_from": list(edge.also_from) if edge else [],
                # The best of the other sources weighed, to check an uncertain parent against.
                "alternative": alternative[0] if alternative else None,
                "alternative_probability": _plain(alternative[1]) if alternative else None,
            }
        )
    hidden = []
    for node in lineage.hidden:
        edge = lineage.parent_edge(node.id)
        hidden.append(
            {
                "id": node.id,
                "label": node.label,
                "parent": edge.parent if edge else None,
                "evidence": _plain(node.evidence),
            }
        )
    edges = [
        {
            "parent": e.parent,
            "child": e.child,
            "relation": e.relation,
            "confidence": _plain(e.confidence),
            "also_from": list(e.also_from),
            "evidence": _plain(e.evidence),
        }
        for e in lineage.edges
    ]
    return {
        "version": 1,
        "collection": collection.name,
        "articles": articles,
        "lost_sources": hidden,
        "edges": edges,
    }


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ";".join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def to_json(records: dict) -> str:
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def to_csv(records: dict) -> str:
    """One row per article, then one per lost source (kind ``lost source``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in records["articles"]:
        writer.writerow([_cell(row.get(c)) if c != "kind" else "article" for c in CSV_COLUMNS])
    for node in records["lost_sources"]:
        values = {"id": node["id"], "kind": "lost source", "title": node["label"], "parent": node["parent"]}
        writer.writerow([_cell(values.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()


def format_for(path: Path | str) -> str:
    """``csv`` for a ``.csv`` path, otherwise ``json``."""
    return "csv" if str(path).lower().endswith(".csv") else "json"


def export(
    path: Path | str,
    collection: Collection,
    lineage: Lineage | None,
    marks: dict[str, str],
    fmt: str | None = None,
) -> Path:
    """Write the export atomically to ``path`` (format from ``fmt`` or the extension)."""
    fmt = fmt or format_for(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    records = export_records(collection, lineage, marks)
    text = to_json(records) if fmt == "json" else to_csv(records)
    path = Path(path).expanduser()
    atomic_write_text(path, text, shared=True)  # a file for the user to share, not app state
    return path
