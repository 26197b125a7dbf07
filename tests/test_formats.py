import json

import pytest

from tui_reader.core.formats import (
    Draft,
    FormatError,
    RecordProblem,
    declared_charset,
    format_for_suffix,
    parse_html,
    parse_json,
    parse_jsonl,
    parse_plain,
    parse_xml,
    sniff_format,
)

PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Volunteers head east | Example News</title>
<meta property="og:title" content="Volunteers head east">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-05-23T06:01:00+05:30">
<link rel="canonical" href="https://www.example.com/world/volunteers">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="ad-slot">Advertisement</div>
<main>
<article>
<h1>Volunteers head east</h1>
<p class="byline">By Jane Doe</p>
<p>WARSAW, Poland &mdash; The first paragraph &amp; its <b>bold</b> words.</p>
<figure><img src="a.jpg"><figcaption>Volunteers train near Warsaw.</figcaption></figure>
<p>Second paragraph,<br>with a line break.</p>
<div class="share-tools">Share on Facebook</div>
<aside>Related: something else entirely</aside>
<form>Leave a comment <textarea></textarea></form>
</article>
<article><p>A short teaser for another story.</p></article>
</main>
<footer>Copyright Example News</footer>
</body></html>
"""


def test_html_main_text_title_and_metadata():
    d = parse_html(PAGE)
    assert d.title == "Volunteers head east"
    assert d.date == "2022-05-23T06:01:00+05:30"
    assert d.outlet == "Example News"
    assert d.url == "https://www.example.com/world/volunteers"
    texts = [" ".join(p.lines) for p in d.paragraphs]
    assert "WARSAW, Poland — The first paragraph & its bold words." in texts
    assert "Second paragraph, with a line break." in texts
    joined = " ".join(texts)
    for gone in ("Home", "color: red", "not text", "Related: something", "Copyright Example", "teaser"):
        assert gone not in joined
    # The headline itself is not repeated as a paragraph.
    assert "Volunteers head east" not in texts


def test_html_hints_mark_boilerplate_regions():
    d = parse_html(PAGE)
    hints = {" ".join(p.lines): p.hint for p in d.paragraphs}
    assert hints["Volunteers train near Warsaw."] == "photo caption"
    assert hints["Share on Facebook"] == "share prompt"
    assert hints["By Jane Doe"] == "byline"


def test_html_without_article_uses_whole_body_and_title_tag():
    d = parse_html("<html><head><title>Plain page - Site</title></head><body><p>Only text.</p></body></html>")
    assert d.title == "Plain page"
    assert [p.lines for p in d.paragraphs] == [["Only text."]]


def test_html_time_element_and_json_ld():
    page = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "From LD", "datePublished": "2021-03-04",
     "publisher": {"name": "LD Times"}}</script></head>
    <body><article><p>Body text here.</p></article></body></html>"""
    d = parse_html(page)
    assert d.title == "From LD"
    assert d.date == "2021-03-04"
    assert d.outlet == "LD Times"
    d2 = parse_html('<article><time datetime="2020-01-02T03:04:05Z">Jan 2</time><p>Text.</p></article>')
    assert d2.date == "2020-01-02T03:04:05+00:00"


def test_html_markup_in_text_is_not_interpreted():
    d = parse_html("<p>[bold]not markup[/bold] &lt;script&gt;</p>")
    assert d.paragraphs[0].lines == ["[bold]not markup[/bold] <script>"]


def test_html_survives_broken_markup():
    d = parse_html("<div><p>One<p>Two</span></div></b><article>")
    texts = [" ".join(p.lines) for p in d.paragraphs]
    assert texts == ["One", "Two"]


def test_declared_charset():
    assert declared_charset(b'<meta charset="windows-1252">') == "windows-1252"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">') == "ISO-8859-2"
    assert declared_charset(b"<p>none</p>") is None


def test_plain_paragraphs_and_lines():
    d = parse_plain("Title line\n\nFirst para\ncontinues here.\n\n\n   \nSecond.")
    assert [p.lines for p in d.paragraphs] == [["Title line"], ["First para", "continues here."], ["Second."]]
    assert d.title is None and d.detect_title


def test_markdown_headings_and_front_matter():
    d = parse_plain(
        "---\ntitle: Front title\ndate: 2022-05-23\nsource: Example\n---\n# Heading\n\nText.", markdown=True
    )
    assert d.title == "Front title"
    assert d.date == "2022-05-23"
    assert d.outlet == "Example"
    assert d.paragraphs[0].lines == ["Heading"]


def test_json_single_object():
    [d] = parse_json(json.dumps({"title": "T", "text": "Body.", "date": "May 23, 2022", "source": "Ex", "id": 7}))
    assert isinstance(d, Draft)
    assert (d.title, d.date, d.outlet, d.record_id) == ("T", "2022-05-23", "Ex", "7")
    assert not d.detect_title


@pytest.mark.parametrize("key", ["id", "doc_id", "article_id", "record_id", "_id"])
def test_json_record_id_field_names(key):
    [d] = parse_json(json.dumps([{key: 12, "text": "Body text."}]))
    assert d.record_id == "12"


@pytest.mark.parametrize("key", ["text", "body", "content"])
def test_json_text_field_names(key):
    [d] = parse_json(json.dumps([{key: "Body text."}]))
    assert d.paragraphs[0].lines == ["Body text."]


def test_json_list_with_bad_records():
    out = parse_json(json.dumps([{"text": "a"}, {"title": "no text"}, 3, {"body": "b", "outlet": "O"}]))
    assert isinstance(out[0], Draft)
    assert isinstance(out[1], RecordProblem) and out[1].where == "record 2"
    assert isinstance(out[2], RecordProblem) and "not an object" in out[2].reason
    assert out[3].outlet == "O"


def test_json_wrapped_in_articles_key():
    out = parse_json(json.dumps({"articles": [{"text": "a"}, {"text": "b"}]}))
    assert len(out) == 2


def test_json_record_text_is_cleaned():
    [d] = parse_json(json.dumps({"text": "a\r\nb\u001b[31m\n\nc"}))
    assert [p.lines for p in d.paragraphs] == [["a", "b[31m"], ["c"]]


def test_json_unreadable_date_is_not_invented():
    [d] = parse_json(json.dumps({"text": "x", "date": "sometime last week"}))
    assert d.date is None
    assert d.extra["unreadable_date"] == "sometime last week"


def test_malformed_json_names_line():
    with pytest.raises(FormatError, match="line 2"):
        parse_json('{"text": "a",\n "x": }')


def test_json_scalar_is_an_error():
    with pytest.raises(FormatError):
        parse_json("42")


def test_jsonl_bad_line_is_a_problem_and_rest_loads():
    out = parse_jsonl('{"text": "one"}\n\n{broken\n{"text": "three", "id": "x3"}\n')
    assert isinstance(out[0], Draft)
    assert isinstance(out[1], RecordProblem) and out[1].where == "line 3"
    assert out[2].record_id == "x3"


@pytest.mark.parametrize(
    "suffix, fmt",
    [(".txt", "text"), ("", "text"), (".MD", "text"), (".html", "html"), (".htm", "html"), (".json", "json"),
     (".jsonl", "jsonl"), (".xml", "xml"), (".RSS", "xml"), (".atom", "xml"), (".png", None)],
)  # fmt: skip
def test_format_for_suffix(suffix, fmt):
    assert format_for_suffix(suffix) == fmt


@pytest.mark.parametrize(
    "text, fmt",
    [('{"text": "a"}', "json"), ('{"text": "a"}\n{"text": "b"}\n', "jsonl"), ("[1]", "json"),
     ("<!DOCTYPE html><p>x</p>", "html"), ("Just words", "text"), ("<3 you", "text"),
     ('<?xml version="1.0"?><rss><channel/></rss>', "xml"), ("<feed><entry/></feed>", "xml"),
     ('<?xml version="1.0"?>\n<html><body><p>x</p></body></html>', "html")],
)  # fmt: skip
def test_sniff_format(text, fmt):
    assert sniff_format(text) == fmt


def test_page_level_class_names_do_not_make_the_article_boilerplate():
    page = (
        '<body class="single comments-open"><article class="post has-comments">'
        "<h1>Title here</h1><p>Real text.</p>"
        '<div class="read-more"><a>Another story</a></div><div class="more-info">Body too.</div>'
        "</article></body>"
    )
    d = parse_html(page)
    hints = {" ".join(p.lines): p.hint for p in d.paragraphs}
    assert hints == {"Real text.": "", "Another story": "link list", "Body too.": ""}


def test_site_logo_h1_outside_the_article_loses_to_og_title():
    page = (
        '<html><head><meta property="og:title" content="Real headline"></head><body>'
        '<h1 class="logo">Site Name</h1><article><p>Story text.</p></article></body></html>'
    )
    assert parse_html(page).title == "Real headline"


def test_json_record_with_html_text_is_read_as_markup():
    [d] = parse_json(json.dumps({"title": "T", "text": "<p>First &amp; one.</p><p>Second.</p><script>x()</script>"}))
    assert [p.lines for p in d.paragraphs] == [["First & one."], ["Second."]]
    assert d.title == "T"


TEI = '''<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Witness <hi>B</hi></title></titleStmt>
<publicationStmt><p>Not part of the text.</p></publicationStmt></fileDesc></teiHeader>
<text><body>
<head>The heading</head>
<p>First line of the copy<lb/>second line<note>a reader's note</note> goes on<lb/>third line.</p>
<lg><l>A verse line</l><l>and another</l></lg>
<p>Kept <del>struck out</del>words.</p>
</body></text></TEI>'''


def test_xml_document_paragraphs_lines_and_title():
    [draft] = parse_xml(TEI)
    assert draft.title == "Witness B" and draft.format == "xml"
    assert [p.lines for p in draft.paragraphs] == [
        ["The heading"],
        ["First line of the copy", "second line goes on", "third line."],
        ["A verse line", "and another"],
        ["Kept words."],
    ]


RSS = '''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Daily Example</title>
<item><title>Bridge to close</title><link>https://example.com/a</link><guid>ex-1</guid>
<pubDate>Mon, 23 May 2022 06:01:00 +0530</pubDate><dc:creator>Jane Roe</dc:creator>
<description>A teaser.</description>
<content:encoded><![CDATA[<p>The council confirmed the closure.</p><p>Drivers will take the ring road.</p>]]></content:encoded></item>
<item><title>Second</title><guid>ex-2</guid><description>Text with <b>bold</b> words.</description></item>
</channel></rss>'''

ATOM = '''<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>An entry</title><link rel="alternate" href="https://atom.example/1"/><id>entry-1</id>
<published>2022-05-23T06:01:00Z</published><author><name>Ann Writer</name></author>
<summary>Only a summary.</summary></entry></feed>'''


def test_feed_items_are_articles_with_their_fields():
    first, second = parse_xml(RSS)
    assert (first.title, first.record_id, first.outlet, first.byline) == ("Bridge to close", "ex-1", "The Daily Example", "Jane Roe")
    assert first.date == "2022-05-23T06:01:00+05:30" and first.url == "https://example.com/a"
    # The full content, not the teaser; markup in it read as markup.
    assert [p.lines for p in first.paragraphs] == [["The council confirmed the closure."], ["Drivers will take the ring road."]]
    assert [p.lines for p in second.paragraphs] == [["Text with bold words."]]
    [entry] = parse_xml(ATOM)
    assert (entry.title, entry.record_id, entry.url, entry.byline, entry.outlet) == (
        "An entry", "entry-1", "https://atom.example/1", "Ann Writer", "Atom News")
    assert entry.date == "2022-05-23T06:01:00+00:00" and entry.paragraphs[0].lines == ["Only a summary."]


@pytest.mark.parametrize(
    "text, reason",
    [('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>', "entity declarations"),
     ("<x><p>unclosed</x>", "invalid XML"),
     ("<urlset><url><loc>https://a.example/</loc></url></urlset>", "neither feed items nor paragraphs"),
     ("<rss><channel><title>Empty</title></channel></rss>", "no items")],
)  # fmt: skip
def test_xml_that_holds_no_article_is_a_clear_error(text, reason):
    with pytest.raises(FormatError, match=reason):
        parse_xml(text)


def test_xml_prolog_encoding_is_declared_charset():
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><TEI/>') == "ISO-8859-1"


def test_a_record_s_problem_names_what_is_wrong_with_it():
    problems = [d for d in parse_json('[{"text": 123}, {"title": "x"}]') if isinstance(d, RecordProblem)]
    assert [p.reason for p in problems] == ["the text field is not text (int)", "no text field (text, body or content)"]
    feed = '<rss><channel><title>T</title><item><title>A</title></item></channel></rss>'
    (problem,) = parse_xml(feed)
    assert problem.reason == "no text (content, description or summary)"
