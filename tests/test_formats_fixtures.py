"""Whole files from tests/fixtures/loader: a news page and a JSON Lines wire feed."""

from pathlib import Path

import pytest

from tui_reader.core.loader import load_paths

FIXTURES = Path(__file__).parent / "fixtures" / "loader"


@pytest.fixture(scope="module")
def collection():
    return load_paths([str(FIXTURES)])


def reasons(article):
    return {b.text: b.reason for b in article.blocks if not b.is_body}


def test_news_page(collection):
    a = collection.get("news_page")
    assert a.format == "html"
    assert a.title == "Volunteers train for the front near Warsaw"
    assert a.date == "2022-05-21T09:30:00+02:00"
    assert a.outlet == "The Daily Ledger"
    assert a.byline == "Marta Nowak"
    assert a.url == "https://www.dailyledger.example/world/2022/05/volunteers"
    assert a.sources == ("AP",)
    assert a.paragraphs[0].startswith("WARSAW, Poland (AP) — The men arrive before dawn")
    assert a.paragraphs[1].startswith("“We leave on Monday,”")
    assert len(a.paragraphs) == 3
    r = reasons(a)
    assert r["Volunteers at a firing range outside Warsaw. (AP Photo/Jan Kowalski)"] == "photo caption"
    assert r["Advertisement"] == "advertisement"
    assert r["Sign up for our morning briefing newsletter."] == "newsletter promo"
    assert r["Border crossings rise again"] == "link list"
    full = a.full_text
    for gone in ("cookies", "Home", "Most read", "Something else entirely", "© 2022", "height: 250px"):
        assert gone not in full


def test_jsonl_feed(collection):
    ids = [a.id for a in collection.articles if a.path.endswith("wire.jsonl")]
    assert ids == ["wire-1", "wire-2", "wire-3"]
    one, two, three = (collection.get(i) for i in ids)
    assert (one.title, one.date, one.outlet, one.url) == (
        "Fighters gather in Warsaw",
        "2022-05-22",
        "Example Wire",
        "https://wire.example/1",
    )
    assert one.sources == ("AP",)
    assert two.sources == ("Reuters",)
    assert two.extra["record"] == "line 2"
    assert three.paragraphs == ("First paragraph as a list item.", "Second one.")
    assert three.date == "2022-05-23T06:01:00+00:00"
    [problem] = collection.problems
    assert problem.path.endswith("wire.jsonl") and problem.reason.startswith("line 3: invalid JSON")
