import codecs
import io
import json
import os
import sys

import pytest

from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir

SEEDS = seeds_dir()


@pytest.fixture(scope="module")
def seeds():
    collection = load_paths([str(SEEDS)])
    assert not collection.problems
    return {a.id.split("_")[0]: a for a in collection.articles}


def boilerplate(article, reason=None):
    return [b.text for b in article.blocks if not b.is_body and (reason is None or b.reason == reason)]


# ------------------------------------------------------------------------------------- seeds


def test_seeds_load_in_order_with_file_stems_as_ids(seeds):
    assert list(seeds) == ["000", "001", "002", "003", "004"]
    assert all(a.id == os.path.splitext(os.path.basename(a.path))[0] for a in seeds.values())


def test_seed_002_date_sources_byline_and_dateline_blocks(seeds):
    a = seeds["002"]
    assert a.date == "2022-05-23T06:01:00+05:30"
    assert a.sources == ("AP",)
    assert a.byline == "Rohit Ranjan"
    assert a.title.startswith("Belarusians takes up arms")
    dated = boilerplate(a, "date line")
    assert "Updated May 23rd, 2022 at 06:01 IST" in dated
    assert not any("Updated May 23rd" in p or "Advertisement" == p for p in a.paragraphs)
    assert "Advertisement" in boilerplate(a, "advertisement")
    assert "(Inputs from AP News)" in boilerplate(a)


def test_seed_001_outlet_captions_and_link_list(seeds):
    a = seeds["001"]
    assert "infobae" in (a.outlet or "").lower()
    assert "AP" in a.sources
    captions = boilerplate(a, "photo caption")
    assert len(captions) >= 6
    assert all("(AP Photo" not in p and "(AP photo" not in p for p in a.paragraphs)
    assert "KEEP READING:" in boilerplate(a, "link list")
    assert not any("banana oligarch" in p for p in a.paragraphs)
    assert a.paragraphs[-1].startswith("“If Putin is defeated")


def test_seed_003_glued_date_and_sources(seeds):
    a = seeds["003"]
    assert a.date == "2022-05-23"
    assert a.title is None
    assert a.paragraphs[0].startswith("Belarusians were one of the first")
    assert set(a.sources) == {"AP", "VOA"}
    assert "(Image: AP)" in boilerplate(a)


def test_seed_004_outlet_and_trailing_boilerplate(seeds):
    a = seeds["004"]
    assert a.outlet == "The Washington Post"
    assert a.title == "The Belarusians fighting in pursuit of their own freedom"
    assert "Leave a Reply" in boilerplate(a, "comment form")
    for gone in ("Leave a Reply", "Supply hyperlink", "The Washington Put up", "Credit score"):
        assert not any(gone in p for p in a.paragraphs)
    assert "AP" not in a.sources  # only photo credits mention AP
    assert a.date is None


def test_seed_000_headline_repeats_are_boilerplate(seeds):
    a = seeds["000"]
    assert a.title.startswith("Belarusians join war to free Ukraine")
    assert len(boilerplate(a, "headline repeat")) == 2
    assert a.paragraphs[0].startswith("WARSAW, Poland")
    assert a.sources == ("AP",)
    assert a.date is None and a.outlet is None


def test_seed_words_and_hash_are_stable(seeds):
    again = {a.id.split("_")[0]: a for a in load_paths([str(SEEDS)]).articles}
    for key, a in seeds.items():
        assert a.words > 300
        assert a.content_hash == again[key].content_hash
        assert a.words == again[key].words
    assert len({a.content_hash for a in seeds.values()}) == 5


# --------------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        lambda t: t.encode("cp1252"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.replace("\n", "\u0085").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252", "crlf", "cr", "nel"],
)
def test_every_encoding_gives_the_same_article(tmp_path, encode):
    text = "A “smart” headline – here\n\nIt’s the body… with café.\n\nSecond paragraph."
    (tmp_path / "a.txt").write_bytes(encode(text))
    [a] = load_paths([str(tmp_path / "a.txt")]).articles
    assert a.title == "A “smart” headline – here"
    assert a.paragraphs == ("It’s the body… with café.", "Second paragraph.")


# ---------------------------------------------------------------------------------- formats


def test_mixed_folder_of_formats(tmp_path):
    (tmp_path / "plain.txt").write_text("Headline one\n\nBody of one.", encoding="utf-8")
    (tmp_path / "noext").write_text("Body without a headline.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Markdown head\n\nBody of md.", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Page head</title></head><body><article><p>Body of page.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "recs.json").write_text(json.dumps([{"text": "Rec one."}, {"text": "Rec two.", "id": "r2"}]))
    (tmp_path / "lines.jsonl").write_text('{"body": "Line one.", "title": "L1"}\n{"content": "Line two."}\n')
    c = load_paths([str(tmp_path)])
    assert not c.problems
    ids = [a.id for a in c.articles]
    assert ids == ["lines-1", "lines-2", "noext", "notes", "page", "plain", "recs-1", "r2"]
    by = c.by_id
    assert by["plain"].title == "Headline one"
    assert by["notes"].title == "Markdown head"
    assert by["page"].title == "Page head" and by["page"].format == "html"
    assert by["noext"].title is None
    assert by["lines-1"].title == "L1"
    assert by["r2"].paragraphs == ("Rec two.",)


def test_xml_transcriptions_and_feeds_load_and_other_xml_is_named(tmp_path):
    tei = ('<?xml version="1.0" encoding="ISO-8859-1"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
           "<p>Notre besoin de consolation<lb/>est impossible à rassasier.</p></body></text></TEI>")
    (tmp_path / "witness-a.xml").write_bytes(tei.encode("iso-8859-1"))
    (tmp_path / "news.rss").write_text(
        "<rss><channel><title>Daily</title><item><guid>s1</guid><title>One</title><description>Story one.</description>"
        "</item><item><guid>s2</guid><title>Two</title><description>Story two.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://a.example/</loc></url></urlset>", encoding="utf-8")
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["s1", "s2", "witness-a"]
    by = c.by_id
    assert by["witness-a"].paragraphs == ("Notre besoin de consolation est impossible à rassasier.",)
    assert by["s2"].title == "Two" and by["s2"].outlet == "Daily"
    assert [(os.path.basename(p.path), p.reason) for p in c.problems] == [
        ("sitemap.xml", "XML with neither feed items nor paragraphs (p, ab, lg, head)")
    ]


def test_html_file_in_cp1252_with_declared_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"><title>T</title></head><body><p>It’s “fine”.</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    [a] = load_paths([str(tmp_path / "p.html")]).articles
    assert a.paragraphs == ("It’s “fine”.",)


def test_stdin(tmp_path):
    c = load_paths(["-"], stdin=io.BytesIO("Stdin headline\n\nFrom the pipe.".encode("utf-8")))
    [a] = c.articles
    assert (a.id, a.path, a.title) == ("stdin", "<stdin>", "Stdin headline")


def test_stdin_json_is_sniffed():
    c = load_paths(["-"], stdin=io.BytesIO(b'{"text": "From json.", "title": "J"}'))
    assert c.articles[0].title == "J"


# -------------------------------------------------------------------------------------- ids


def test_colliding_stems_get_folder_prefix_only_where_needed(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Body text.", encoding="utf-8")
    (tmp_path / "a" / "unique.txt").write_text("Other text.", encoding="utf-8")
    ids = [a.id for a in load_paths([str(tmp_path)]).articles]
    assert ids == ["a/story", "unique", "b/story"]


def test_ids_always_unique(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps([{"text": "a", "id": "dup"}, {"text": "b", "id": "dup"}]))
    (tmp_path / "dup.txt").write_text("c", encoding="utf-8")
    ids = [a.id for a in load_paths([str(tmp_path)]).articles]
    assert len(ids) == len(set(ids)) == 3


def test_two_files_of_one_folder_with_one_stem_are_told_apart_by_their_names(tmp_path, monkeypatch):
    for name in ("a.txt", "a.md"):
        (tmp_path / name).write_text("Bridge opens\n\nThe minister said the bridge would open.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # file names with no folder part
    forward = [a.id for a in load_paths(["a.txt", "a.md"]).articles]
    backward = [a.id for a in load_paths(["a.md", "a.txt"]).articles]
    assert forward == ["a.txt", "a.md"]
    assert sorted(backward) == sorted(forward)
    absolute = [a.id for a in load_paths([str(tmp_path / "a.md"), str(tmp_path / "a.txt")]).articles]
    assert absolute == ["a.md", "a.txt"]


def test_one_record_id_twice_is_numbered_the_same_whatever_the_argument_order(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps([{"id": "x", "text": "one two three"}]), encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps([{"id": "x", "text": "four five six"}]), encoding="utf-8")
    paths = [str(tmp_path / "one.json"), str(tmp_path / "two.json")]
    forward = {a.id: a.path for a in load_paths(paths).articles}
    backward = {a.id: a.path for a in load_paths(paths[::-1]).articles}
    assert forward == backward
    assert sorted(forward) == ["x", "x-2"]


def test_same_file_twice_loads_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Body.", encoding="utf-8")
    assert len(load_paths([str(f), str(tmp_path), str(f)]).articles) == 1


# -------------------------------------------------------------------------------- bad input


def reasons(collection):
    return {os.path.basename(p.path): p.reason for p in collection.problems}


def test_bad_files_are_skipped_with_reasons_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("Fine body.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\r\n\t ")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "big.txt").write_bytes(b"word " * 300)
    (tmp_path / "bad.json").write_text('{"text": ', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    (tmp_path / "notext.json").write_text('{"title": "x"}', encoding="utf-8")
    (tmp_path / "ads.txt").write_text("Advertisement\n\nShare this article", encoding="utf-8")
    c = load_paths([str(tmp_path)], max_bytes=1000)
    r = reasons(c)
    assert r["empty.txt"].startswith("empty")
    assert r["blank.txt"].startswith("empty")
    assert "binary" in r["binary.txt"]
    assert "unsupported" in r["image.png"]
    assert "too large" in r["big.txt"]
    assert "invalid JSON" in r["bad.json"] and "line 1" in r["bad.json"]
    assert "line 2" in r["bad.jsonl"]
    assert "no text field" in r["notext.json"]
    assert "only boilerplate" in r["ads.txt"]
    assert sorted(a.id for a in c.articles) == ["bad-1", "good"]
    for p in c.problems:
        assert "\n" not in p.reason and p.path


def test_default_size_limit_is_five_megabytes(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 1_000_001)
    c = load_paths([str(tmp_path / "big.txt")])
    assert "too large" in c.problems[0].reason
    assert "5.0 MB" in c.problems[0].reason


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    c = load_paths([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])
    assert not c.articles
    r = reasons(c)
    assert r["nope.txt"] == "no such file or directory"
    assert "no article files" in r["empty"]


def test_a_file_of_no_records_is_named_with_its_reason(tmp_path):
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Body.", encoding="utf-8")
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["ok"]
    assert reasons(c) == {"none.json": "no records in it"}


def test_hidden_files_and_folders_are_skipped(tmp_path):
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "seen.txt").write_text("Body.", encoding="utf-8")
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["seen"]
    assert not c.problems


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks")
def test_symlink_loop_ends(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Body.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")  # a link to itself
    os.symlink(tmp_path / "missing", tmp_path / "dangling.txt")
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["a"]
    r = reasons(c)
    assert "loop" in r["self"]
    assert "broken" in r["dangling.txt"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, non-root")
def test_permission_errors(tmp_path):
    locked_dir = tmp_path / "locked"
    locked_dir.mkdir()
    (locked_dir / "x.txt").write_text("Body.", encoding="utf-8")
    locked_file = tmp_path / "secret.txt"
    locked_file.write_text("Body.", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Body.", encoding="utf-8")
    locked_dir.chmod(0)
    locked_file.chmod(0)
    try:
        c = load_paths([str(tmp_path)])
    finally:
        locked_dir.chmod(0o755)
        locked_file.chmod(0o644)
    assert [a.id for a in c.articles] == ["ok"]
    r = reasons(c)
    assert r["locked"] == "permission denied"
    assert r["secret.txt"] == "permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    c = load_paths([str(tmp_path / "pipe.txt")])
    assert c.problems[0].reason == "not a regular file"


def snapshot(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            out[p] = (st.st_size, st.st_mtime_ns, st.st_mode)
    return out


def test_input_folder_is_left_unchanged(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    (tmp_path / "b.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>x</p>", encoding="utf-8")
    before = snapshot(tmp_path)
    load_paths([str(tmp_path)])
    assert snapshot(tmp_path) == before


def test_a_thousand_files(tmp_path):
    for i in range(1000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Headline {i}\n\nBody number {i} of the test.", encoding="utf-8")
    c = load_paths([str(tmp_path)])
    assert len(c.articles) == 1000
    assert [a.id for a in c.articles][:3] == ["0000", "0001", "0002"]
    assert not c.problems


def test_permission_errors_reported_even_when_running_as_root(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Body.", encoding="utf-8")
    import tui_reader.core.loader as loader

    real_open, real_scandir = open, os.scandir

    def fake_open(path, *args, **kwargs):
        if os.path.basename(path) == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    def fake_scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(loader, "open", fake_open, raising=False)
    monkeypatch.setattr(loader.os, "scandir", fake_scandir)
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["ok"]
    r = reasons(c)
    assert r["locked"] == "permission denied"
    assert r["secret.txt"] == "permission denied"


def test_folder_named_twice_loads_once_without_complaint(tmp_path):
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    c = load_paths([str(tmp_path), str(tmp_path)])
    assert [a.id for a in c.articles] == ["a"]
    assert not c.problems


def test_stdin_replaced_by_a_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Text headline\n\nFrom a text stream."))
    [a] = load_paths(["-"]).articles
    assert a.title == "Text headline"


def test_stdin_oversized_is_skipped():
    c = load_paths(["-"], stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert not c.articles and "too large" in c.problems[0].reason


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in names")
def test_undecodable_file_name_gives_a_printable_id(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "w", encoding="utf-8") as handle:
        handle.write("Body.")
    [a] = load_paths([str(tmp_path)]).articles
    assert a.id == "caf\ufffd"
    assert os.path.exists(a.path)  # the path still opens the file


def test_an_unexpected_parser_failure_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    import tui_reader.core.loader as loader

    def broken(text):
        raise KeyError("surprise")

    monkeypatch.setattr(loader, "parse_html", broken)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine.", encoding="utf-8")
    c = load_paths([str(tmp_path)])
    assert [a.id for a in c.articles] == ["b"]
    assert "KeyError" in c.problems[0].reason and "\n" not in c.problems[0].reason


# ------------------------------------------------------------------------- numeric dates


def _story(tmp_path, dates: dict[str, str]):
    for name, line in dates.items():
        (tmp_path / f"{name}.txt").write_text(
            f"Troops cross the border\n\n{line}\n\nThe first paragraph of the story is here.\n", encoding="utf-8"
        )
    return {a.id: a.date for a in load_paths([str(tmp_path)]).articles}


def test_day_and_month_either_way_read_as_the_collection_s_other_numeric_dates_show(tmp_path):
    got = _story(tmp_path, {"a": "Published: 22/08/2022 06:17", "b": "Published: 10/08/2022 09:00"})
    assert got == {"a": "2022-08-22T06:17:00", "b": "2022-08-10T09:00:00"}


def test_day_and_month_either_way_month_first_when_the_collection_writes_them_so(tmp_path):
    got = _story(tmp_path, {"a": "Published: 08/22/2022", "b": "Published: 10/08/2022"})
    assert got["b"] == "2022-10-08"


def test_day_and_month_either_way_read_near_the_collection_s_other_dates(tmp_path):
    got = _story(tmp_path, {"a": "November 9, 2006", "b": "Published: 10/11/2006 23:14"})
    assert got == {"a": "2006-11-09", "b": "2006-11-10T23:14:00"}


def test_day_and_month_either_way_read_near_the_other_dates_before_as_other_lines_write_them(tmp_path):
    # One outlet writes the month first, another the day: the reading near the other dates wins.
    got = _story(tmp_path, {"a": "Published: 01/14/2015", "b": "11/1/2015", "c": "January 12, 2015"})
    assert got["b"] == "2015-01-11"


def test_day_and_month_either_way_read_as_the_line_s_time_zone_writes_them(tmp_path):
    # A US zone: the month first, though the collection's other numeric date is day first.
    got = _story(tmp_path, {"a": "Published: 23/10/2019 09:00", "b": "11/01/2019 4:50 PM CT"})
    assert got["b"] == "2019-11-01T16:50:00-05:00"


def test_day_and_month_either_way_read_in_a_date_glued_to_the_first_paragraph(tmp_path):
    (tmp_path / "a.txt").write_text("Troops cross\n\nPublished: 22/08/2022\n\nTroops crossed today.\n")
    (tmp_path / "b.txt").write_text("Troops cross\n\ndate Published: 10/08/2022 09:00 Troops crossed today.\n")
    assert {a.id: a.date for a in load_paths([str(tmp_path)]).articles}["b"] == "2022-08-10T09:00:00"


def test_day_and_month_either_way_stay_unknown_without_evidence(tmp_path):
    assert _story(tmp_path, {"a": "Published: 10/11/2006", "b": "no date here either"}) == {"a": None, "b": None}
    both_fit = tmp_path / "both"
    both_fit.mkdir()
    # 2 January and 1 February both lie within a week of the other dates: no guess.
    got = _story(both_fit, {"a": "January 5, 2020", "b": "Published: 01/02/2020", "c": "January 30, 2020"})
    assert got["b"] is None


def test_an_outlet_a_page_says_it_comes_from_is_among_its_sources_but_not_its_own(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Water budget approved\n\nThe county approved a new budget on Tuesday.\n\n"
        "This story was originally published by ProPublica.\n\n© 2024 The Valley Times\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Water budget approved\n\nThe county approved a new budget on Tuesday.\n\n"
        "This story first appeared in The Valley Times.\n\n© 2024 The Valley Times\n",
        encoding="utf-8",
    )
    a, b = load_paths([str(tmp_path)]).articles
    assert a.outlet == "The Valley Times" and a.sources == ("ProPublica",)
    assert b.outlet == "The Valley Times" and b.sources == ()
