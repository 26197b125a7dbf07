"""Export of marks and lineage to JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from tui_reader.core.export import CSV_COLUMNS, export, export_records, format_for, to_csv
from tui_reader.core.lineage import Edge, HiddenNode, Lineage
from tui_reader.core.model import Article, Block, Collection


class FakeFloat:
    """A number type that is not a float (like numpy's scalars)."""

    def __init__(self, value):
        self.value = value

    def __float__(self):
        return self.value


@pytest.fixture
def collection():
    arts = (
        Article(id="a", path="/c/a.txt", title="=HYPERLINK(\"http://evil\")", blocks=(Block("One two three."),), date="2022-05-22", outlet="AP"),
        Article(id="b", path="/c/b.txt", title="Copy, with comma", blocks=(Block("One two three four."),), sources=("AP",)),
    )
    return Collection(arts, name="test")


@pytest.fixture
def lineage():
    return Lineage(
        ("a", "b"),
        (HiddenNode("h1", "AP", {"children": ["a"]}),),
        (
            Edge("h1", "a", 0.9, "copy", evidence={"hidden": True}),
            Edge("a", "b", 0.42, "edit", ("h1",), {"coverage": FakeFloat(0.5), "bad": float("nan"), "pairs": [(1, 2)],
                                                 "runner_up": {"parent": "no parent", "probability": 0.31}}),
        ),
    )


def test_records_hold_marks_edges_and_lost_sources(collection, lineage):
    rec = export_records(collection, lineage, {"b": "copy"})
    by_id = {a["id"]: a for a in rec["articles"]}
    assert by_id["b"]["mark"] == "copy" and by_id["a"]["mark"] is None
    assert by_id["b"]["parent"] == "a" and by_id["b"]["relation"] == "edit"
    assert by_id["b"]["also_from"] == ["h1"]
    assert by_id["a"]["parent"] == "h1"
    assert rec["lost_sources"] == [{"id": "h1", "label": "AP", "parent": None, "evidence": {"children": ["a"]}}]
    assert (by_id["b"]["alternative"], by_id["b"]["alternative_probability"]) == ("no parent", 0.31)
    assert by_id["a"]["alternative"] is None and by_id["a"]["alternative_probability"] is None
    evidence = rec["edges"][1]["evidence"]
    assert evidence == {"coverage": 0.5, "bad": None, "pairs": [[1, 2]], "runner_up": {"parent": "no parent", "probability": 0.31}}
    json.dumps(rec)  # serialisable


def test_json_file(tmp_path, collection, lineage):
    path = export(tmp_path / "out.json", collection, lineage, {"a": "original"})
    data = json.loads(path.read_text())
    assert data["collection"] == "test"
    assert [a["mark"] for a in data["articles"]] == ["original", None]


def test_csv_file_rows_and_formula_guard(tmp_path, collection, lineage):
    path = export(tmp_path / "out.CSV", collection, lineage, {"a": "original"})
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["kind"] for r in rows] == ["article", "article", "lost source"]
    assert rows[0]["title"].startswith("'=")  # not run as a formula by spreadsheets
    assert rows[1]["title"] == "Copy, with comma"
    assert rows[1]["confidence"] == "0.42"
    assert (rows[1]["alternative"], rows[1]["alternative_probability"]) == ("no parent", "0.31")
    assert rows[2]["title"] == "AP"


def test_without_lineage_every_article_is_a_root(collection):
    text = to_csv(export_records(collection, None, {}))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["parent"] for r in rows] == ["", ""]


def test_format_from_extension_and_unknown_format(tmp_path, collection):
    assert format_for("x.csv") == "csv" and format_for("x.json") == "json" and format_for("x") == "json"
    with pytest.raises(ValueError):
        export(tmp_path / "x.xml", collection, None, {}, fmt="xml")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_export_gets_the_permissions_of_a_new_file_or_of_the_one_it_replaces(tmp_path, collection, lineage):
    old_umask = os.umask(0o022)
    try:
        new = export(tmp_path / "out.json", collection, lineage, {})
        assert new.stat().st_mode & 0o777 == 0o644  # not private to its owner like app state
        new.chmod(0o640)
        export(new, collection, lineage, {})
        assert new.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old_umask)
