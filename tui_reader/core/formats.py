"""File formats: plain text / Markdown, HTML pages, JSON / JSON Lines records, and XML (news feeds,
TEI and other documents with paragraphs), parsed to drafts.

A :class:`Draft` is a format-neutral view of one article: its paragraphs (lines kept, so the
segmenter can tell captions and sign-offs apart), plus whatever metadata the format states
explicitly (an HTML ``og:title``, a JSON ``date`` field...). Turning drafts into articles is the
job of :mod:`tui_reader.core.segment`.
"""

from __future__ import annotations

import re
from functools import cache

from tui_reader.core.metadata import _Lazy, normalise_date, outlet_from_domain
from tui_reader.core.records import FRESH, record
from tui_reader.core.textnorm import clean_text, collapse_ws, fold, only_needs_strip, tidy_line

PLAIN_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
XML_SUFFIXES = frozenset({".xml", ".rss", ".atom"})


@record()
class Paragraph:
    lines: list[str]
    #: A boilerplate reason the markup already gives (``<figcaption>`` -> "photo caption").
    hint: str = ""

    def __init__(self, lines: list[str], hint: str = "") -> None:
        self.lines = lines
        self.hint = hint


@record()
class Draft:
    paragraphs: list[Paragraph]
    title: str | None = None
    #: Look for a headline in the first lines when ``title`` is not given.
    detect_title: bool = True
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    record_id: str | None = None
    format: str = "text"
    extra: dict  # a new dict when not given

    def __init__(
        self,
        paragraphs: list[Paragraph],
        title: str | None = None,
        detect_title: bool = True,
        date: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        byline: str | None = None,
        record_id: str | None = None,
        format: str = "text",
        extra: dict = FRESH,
    ) -> None:
        self.paragraphs = paragraphs
        self.title = title
        self.detect_title = detect_title
        self.date = date
        self.outlet = outlet
        self.url = url
        self.byline = byline
        self.record_id = record_id
        self.format = format
        self.extra = {} if extra is FRESH else extra


class FormatError(ValueError):
    """Content that cannot be parsed in its format; ``str()`` is a one-line reason."""


def format_for_suffix(suffix: str) -> str | None:
    suffix = suffix.lower()
    if suffix in PLAIN_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in XML_SUFFIXES:
        return "xml"
    return None


def sniff_format(text: str) -> str:
    """Guess the format of unnamed input (stdin) from its first characters."""
    head = text.lstrip()[:2048]
    if head.startswith(("{", "[")):
        first_line = head.split("\n", 1)[0].strip()
        if head.startswith("{") and first_line.endswith("}") and "\n{" in text.strip():
            return "jsonl"
        return "json"
    if head.startswith("<") and not re.search(r"(?i)<(?:!doctype html|html)\b", head) and re.match(
        r"<(?:\?xml\b|rss\b|feed\b|TEI\b|rdf:RDF\b)", head
    ):
        return "xml"
    if head.startswith("<") and re.search(r"(?i)<(?:!doctype html|html|body|article|p|div)\b", head):
        return "html"
    return "text"


# ---------------------------------------------------------------------------------- plain text

_FRONT_MATTER_RE = re.compile(r"\A---\n(?P<body>(?:[^\n]*\n){1,40}?)---\n")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_BLANK_SPLIT_RE = re.compile(r"\n[ \t]*\n")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    fields = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[A-Za-z_][\w-]*", key.strip()):
            fields[key.strip().lower()] = value.strip().strip("'\"")
    if not fields:
        return {}, text
    return fields, text[m.end() :]


def parse_plain(text: str, *, markdown: bool = False) -> Draft:
    """Plain text: paragraphs split on blank lines; Markdown heading marks and front matter read."""
    meta, text = _front_matter(text)
    paragraphs = []
    tidy = str.strip if not markdown and only_needs_strip(text) else tidy_line
    for chunk in _BLANK_SPLIT_RE.split(text):
        lines = []
        for raw in chunk.split("\n"):
            if markdown:
                raw = _MD_HEADING_RE.sub("", raw)
            line = tidy(raw)
            if line:
                lines.append(line)
        if lines:
            paragraphs.append(Paragraph(lines))
    draft = Draft(paragraphs, format="markdown" if markdown else "text")
    _apply_fields(draft, meta)
    return draft


#: Field names a record's own id goes by, the first found winning.
_ID_KEYS = ("id", "uid", "guid", "doc_id", "docid", "document_id", "article_id", "record_id", "_id")


def _apply_fields(draft: Draft, fields: dict) -> None:
    """Metadata stated as fields (front matter, JSON): title, date, outlet, url, byline, id."""

    def first(*keys):
        for key in keys:
            value = fields.get(key)
            if isinstance(value, dict):
                value = value.get("name") or value.get("title")
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                value = ", ".join(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and key in _ID_KEYS:
                value = str(value)
            if isinstance(value, str) and value.strip():
                return collapse_ws(value)
        return None

    title = first("title", "headline")
    if title:
        draft.title = title
        draft.detect_title = False
    raw_date = first("date", "published", "published_at", "publishedat", "pubdate", "datepublished", "time")
    if raw_date:
        draft.date = normalise_date(raw_date)
        if draft.date is None:
            draft.extra["unreadable_date"] = raw_date
    draft.outlet = first("outlet", "source", "publisher", "site", "site_name") or draft.outlet
    draft.url = first("url", "link", "canonical") or draft.url
    draft.byline = first("byline", "author", "authors") or draft.byline
    draft.record_id = first(*_ID_KEYS) or draft.record_id
    if draft.outlet is None and draft.url:
        draft.outlet = outlet_from_domain(draft.url)


# ---------------------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
     "select", "textarea", "iframe", "object", "canvas", "video", "audio", "map", "dialog"}
)  # fmt: skip
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
     "track", "wbr"}
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li",
     "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table", "tr", "td", "th", "dl", "dt",
     "dd", "address", "center", "body", "html", "hr", "caption", "summary", "details"}
)  # fmt: skip
#: class/id words that mark a page region as boilerplate, and the reason given to its text.
_CLASS_HINTS = (
    (_Lazy(r"^(?:ad|ads|advert\w*|advertisement|sponsor\w*|dfp|banner|promo\w*)$"), "advertisement"),
    (_Lazy(r"^(?:share\w*|social\w*|sharing)$"), "share prompt"),
    (_Lazy(r"^(?:related\w*|recommend\w*|readmore|trending|outbrain|taboola|morestories)$"), "link list"),
    (_Lazy(r"^(?:newsletter\w*|subscribe\w*|subscription|signup)$"), "newsletter promo"),
    (_Lazy(r"^(?:comments?|comment\w*|disqus|respond|reply)$"), "comment form"),
    (_Lazy(r"^(?:caption\w*|figcaption|credit\w*)$"), "photo caption"),
    (_Lazy(r"^(?:byline\w*|author\w*)$"), "byline"),
    (_Lazy(r"^(?:cookie\w*|consent|gdpr)$"), "page chrome"),
)
#: Page-level containers: their class names describe the page (``comments-open``), not a region.
_NO_HINT_TAGS = frozenset({"html", "body", "main", "article"})
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)  # fmt: skip


@record()
class _HtmlBlock:
    text: str
    tag: str
    article: int  # index of the innermost <article> (0: none)
    in_main: bool
    hint: str

    def __init__(self, text: str, tag: str, article: int, in_main: bool, hint: str) -> None:
        self.text = text
        self.tag = tag
        self.article = article
        self.in_main = in_main
        self.hint = hint


@cache
def _page_parser_class() -> type:
    """The page parser's class, made on first use: plain-text input never imports ``html.parser``."""
    from html.parser import HTMLParser

    class _PageParser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[tuple[str, str, bool]] = []  # (tag, hint, skipped)
            self.skip = 0
            self.article_stack: list[int] = []
            self.articles = 0
            self.main = 0
            self.buffer: list[str] = []
            self.buffer_ctx: tuple[str, int, bool, str] | None = None
            self.blocks: list[_HtmlBlock] = []
            self.meta: dict[str, str] = {}
            self.title_parts: list[str] | None = None
            self.title = ""
            self.times: list[tuple[str, int]] = []
            self.ld_json: list[str] = []
            self.ld_parts: list[str] | None = None
            self.block_tag = "p"

        # -- helpers
        def _hint(self) -> str:
            for _tag, hint, _skipped in reversed(self.stack):
                if hint:
                    return hint
            return ""

        def _flush(self) -> None:
            if self.buffer and self.buffer_ctx:
                text = "".join(self.buffer)
                lines = [collapse_ws(x) for x in text.split("\n")]
                text = "\n".join(x for x in lines if x)
                if text:
                    tag, article, in_main, hint = self.buffer_ctx
                    self.blocks.append(_HtmlBlock(text, tag, article, in_main, hint))
            self.buffer = []
            self.buffer_ctx = None

        # -- parser callbacks
        def handle_starttag(self, tag, attrs):
            attrs = {k.lower(): (v or "") for k, v in attrs}
            if tag == "meta":
                key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
                if key and "content" in attrs and key not in self.meta:
                    self.meta[key] = attrs["content"]
                if "charset" in attrs:
                    self.meta.setdefault("charset", attrs["charset"])
                return
            if tag == "link":
                if "canonical" in attrs.get("rel", "").lower().split():
                    self.meta.setdefault("canonical", attrs.get("href", ""))
                return
            if tag == "time" and attrs.get("datetime"):
                self.times.append((attrs["datetime"], self.article_stack[-1] if self.article_stack else 0))
            if tag == "title" and self.title_parts is None and not self.skip:
                self.title_parts = []
                return
            if tag == "script" and "ld+json" in attrs.get("type", "").lower():
                self.ld_parts = []
            if tag in _BLOCK_TAGS or tag in _SKIP_TAGS:
                self._flush()
            if tag == "br":
                self.buffer.append("\n")
                return
            if tag in _VOID_TAGS:
                return
            hint = ""
            if tag not in _NO_HINT_TAGS:
                names = (attrs.get("class", "") + " " + attrs.get("id", "")).lower()
                names = re.sub(r"(read|more)[_-](more|stories|news)", r"\1\2", names)
                words = re.split(r"[\s_-]+", names)
                for pattern, reason in _CLASS_HINTS:
                    if any(pattern.match(w) for w in words if w):
                        hint = reason
                        break
            if tag == "figcaption":
                hint = "photo caption"
            skipped = tag in _SKIP_TAGS or (tag == "header" and not self.article_stack) or hint == "page chrome"
            if skipped:
                self.skip += 1
            if tag == "article":
                self.articles += 1
                self.article_stack.append(self.articles)
            elif tag == "main" or attrs.get("role") == "main":
                self.main += 1
            self.stack.append((tag, hint, skipped))
            if tag in _BLOCK_TAGS:
                self.block_tag = tag

        def handle_endtag(self, tag):
            if tag == "title" and self.title_parts is not None:
                self.title = collapse_ws("".join(self.title_parts))
                self.title_parts = None
                return
            if tag == "script" and self.ld_parts is not None:
                self.ld_json.append("".join(self.ld_parts))
                self.ld_parts = None
            if not any(t == tag for t, _, _ in self.stack):
                return  # stray end tag
            if tag in _BLOCK_TAGS or tag in _SKIP_TAGS:
                self._flush()
            while self.stack:
                open_tag, _hint, skipped = self.stack.pop()
                if skipped:
                    self.skip -= 1
                if open_tag == "article" and self.article_stack:
                    self.article_stack.pop()
                elif open_tag == "main":
                    self.main = max(0, self.main - 1)
                if open_tag == tag:
                    break
            self.block_tag = next((t for t, _, _ in reversed(self.stack) if t in _BLOCK_TAGS), "p")

        def handle_data(self, data):
            if self.title_parts is not None:
                self.title_parts.append(data)
                return
            if self.ld_parts is not None:
                self.ld_parts.append(data)
                return
            if self.skip:
                return
            if self.buffer_ctx is None:
                if not data.strip():
                    return
                self.buffer_ctx = (
                    self.block_tag,
                    self.article_stack[-1] if self.article_stack else 0,
                    self.main > 0,
                    self._hint(),
                )
            self.buffer.append(data)

        def close(self):
            super().close()
            self._flush()

    return _PageParser


def _ld_fields(sources: list[str]) -> dict:
    """``headline``, ``datePublished``, publisher and author from JSON-LD NewsArticle data."""
    import json  # (imported where needed: plain-text input never needs it)

    for raw in sources:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                return item
    return {}


def _clean_page_title(title: str, site: str | None) -> str:
    """``Headline | Site`` -> ``Headline``."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1:
        if site and fold(parts[-1]) == fold(site):
            return " - ".join(parts[:-1])
        if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 2:
            return " - ".join(parts[:-1])
    return title


def parse_html(text: str) -> Draft:
    """The main text of a page (``<article>``/``<main>`` preferred), headline and page metadata."""
    parser = _page_parser_class()()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:  # very broken markup
        raise FormatError(f"cannot parse HTML ({exc})") from None
    meta, blocks = parser.meta, parser.blocks
    ld = _ld_fields(parser.ld_json)

    chosen = blocks
    if any(b.article for b in blocks):
        sizes: dict[int, int] = {}
        for b in blocks:
            if b.article and not b.hint:
                sizes[b.article] = sizes.get(b.article, 0) + len(b.text)
        if sizes:
            best = max(sizes, key=lambda k: sizes[k])
            chosen = [b for b in blocks if b.article == best]
    elif any(b.in_main for b in blocks):
        chosen = [b for b in blocks if b.in_main]

    site = meta.get("og:site_name") or None
    if isinstance(ld.get("publisher"), dict):
        site = site or ld["publisher"].get("name")
    own_h1 = next((b.text for b in chosen if b.tag == "h1"), None)
    any_h1 = next((b.text for b in blocks if b.tag == "h1"), None)
    title = None
    for candidate in (
        own_h1,
        meta.get("og:title"),
        meta.get("twitter:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        any_h1,
        _clean_page_title(parser.title, site) if parser.title else None,
    ):
        if candidate and candidate.strip():
            title = collapse_ws(candidate)
            break

    paragraphs = []
    dropped_title = False
    for b in chosen:
        if not dropped_title and title and b.tag == "h1" and fold(b.text) == fold(title):
            dropped_title = True
            continue
        paragraphs.append(Paragraph(b.text.split("\n"), b.hint))

    raw_date = None
    for key in _DATE_META:
        if meta.get(key):
            raw_date = meta[key]
            break
    if raw_date is None and isinstance(ld.get("datePublished"), str):
        raw_date = ld["datePublished"]
    if raw_date is None and parser.times:
        best_article = chosen[0].article if chosen else 0
        in_article = [t for t, a in parser.times if a == best_article]
        raw_date = (in_article or [parser.times[0][0]])[0]

    url = meta.get("og:url") or meta.get("canonical") or (ld.get("url") if isinstance(ld.get("url"), str) else None)
    author = meta.get("author") or meta.get("article:author")
    if not author and isinstance(ld.get("author"), dict):
        author = ld["author"].get("name")
    draft = Draft(
        paragraphs,
        title=title,
        detect_title=title is None,
        date=normalise_date(raw_date) if raw_date else None,
        outlet=collapse_ws(site) if site else None,
        url=url or None,
        byline=collapse_ws(author) if author and not author.startswith("http") else None,
        format="html",
    )
    if draft.outlet is None and draft.url:
        draft.outlet = outlet_from_domain(draft.url)
    return draft


_CHARSET_RE = _Lazy(rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""")


_XML_ENCODING_RE = _Lazy(rb"""\A\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page (or an XML document's prolog) declares in its first 4 KB, if any."""
    m = _CHARSET_RE.search(data[:4096]) or _XML_ENCODING_RE.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


# ---------------------------------------------------------------------------------------- JSON

_HTML_BODY_RE = _Lazy(r"(?is)\s*<(?:p|div|article|section|h[1-6]|figure|br|span|html|body)\b.*</?(?:p|div|br)\b")
_TEXT_KEYS = ("text", "body", "content", "article", "full_text", "fulltext")


@record(frozen=True)
class RecordProblem:
    where: str  # "record 3", "line 7"
    reason: str

    def __init__(self, where: str, reason: str) -> None:
        self.__dict__.update(where=where, reason=reason)


def _record_draft(record, where: str, missing: str = "no text field (text, body or content)") -> Draft | RecordProblem:
    """A JSON record (or a feed entry read as one; ``missing``: what to say when it has no text)."""
    if not isinstance(record, dict):
        return RecordProblem(where, f"not an object ({type(record).__name__})")
    lowered = {str(k).lower(): v for k, v in record.items()}
    text = None
    for key in _TEXT_KEYS:
        value = lowered.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n\n".join(value)
        if isinstance(value, str) and value.strip():
            text = value
            break
    if text is None:
        odd = next((k for k in _TEXT_KEYS if k in lowered and lowered[k] is not None and not isinstance(lowered[k], (str, list))), None)
        if odd:
            return RecordProblem(where, f"the {odd} field is not text ({type(lowered[odd]).__name__})")
        return RecordProblem(where, missing)
    text = clean_text(text)
    if _HTML_BODY_RE.match(text):
        # Feeds often carry the article as markup: read it as a page fragment.
        page = parse_html(text)
        draft = Draft(page.paragraphs, title=page.title, detect_title=page.title is None)
    else:
        draft = parse_plain(text)
    draft.format = "json"
    draft.extra["record"] = where
    _apply_fields(draft, lowered)
    return draft


def parse_json(text: str) -> list[Draft | RecordProblem]:
    """One object, a list of objects, or ``{"articles": [...]}``; raises FormatError if invalid."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise FormatError("invalid JSON: nested too deeply") from None
    if isinstance(data, dict):
        for key in ("articles", "items", "records", "data", "entries"):
            if isinstance(data.get(key), list) and not any(k in data for k in _TEXT_KEYS):
                data = data[key]
                break
    if isinstance(data, dict):
        return [_record_draft(data, "record 1")]
    if isinstance(data, list):
        return [_record_draft(r, f"record {i}") for i, r in enumerate(data, 1)]
    raise FormatError(f"JSON holds a {type(data).__name__}, not an object or a list of objects")


def parse_jsonl(text: str) -> list[Draft | RecordProblem]:
    """One JSON object per line; a bad line becomes a problem naming the line, the rest loads."""
    import json

    out: list[Draft | RecordProblem] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(RecordProblem(f"line {number}", f"invalid JSON ({exc.msg}, column {exc.colno})"))
            continue
        except RecursionError:
            out.append(RecordProblem(f"line {number}", "invalid JSON (nested too deeply)"))
            continue
        out.append(_record_draft(record, f"line {number}"))
    return out


# ----------------------------------------------------------------------------------------- XML

#: Elements of an XML document whose text is left out: a TEI header, editorial notes, running
#: heads and page numbers ("forme work"), deleted words.
_XML_SKIP = frozenset({"teiheader", "note", "fw", "del", "script", "style"})
#: Elements that hold a paragraph (TEI: ``p``, ``ab`` anonymous block, ``lg`` line group, ``head``).
_XML_BLOCKS = frozenset({"p", "ab", "lg", "head"})
_XML_PROLOG_RE = _Lazy(r"\A\s*<\?xml[^>]*\?>")


def _local(tag) -> str:
    """An element's name without its namespace, in lower case ("" for comments and the like)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml_text(element, out: list[str]) -> None:
    """The text of ``element`` into ``out``; a line break at ``lb`` and around each verse line ``l``."""
    name = _local(element.tag)
    if name == "l":
        out.append("\n")
    if name not in _XML_SKIP:
        if element.text:
            out.append(element.text)
        for child in element:
            _xml_text(child, out)
            if child.tail:
                out.append(child.tail)
    if name in ("lb", "l"):
        out.append("\n")


def _xml_lines(element) -> list[str]:
    out: list[str] = []
    _xml_text(element, out)
    return [line for line in (collapse_ws(x) for x in "".join(out).split("\n")) if line]


def _xml_blocks(element):
    """The outermost paragraph elements under ``element``, leaving out skipped parts."""
    for child in element:
        name = _local(child.tag)
        if name in _XML_BLOCKS:
            yield child
        elif name not in _XML_SKIP:
            yield from _xml_blocks(child)


def _xml_title(element):
    """The first ``title`` element outside the paragraphs (a TEI header's, say), if any."""
    for child in element:
        name = _local(child.tag)
        if name == "title":
            return child
        if name not in _XML_BLOCKS:
            found = _xml_title(child)
            if found is not None:
                return found
    return None


def _feed_fields(item, outlet: str | None) -> dict:
    """The fields of an RSS item or Atom entry, named as a JSON record's would be."""
    fields: dict = {}
    for child in item:
        name = _local(child.tag)
        if name == "link" and child.get("href") and child.get("rel", "alternate") == "alternate":
            fields.setdefault("link", child.get("href"))
            continue
        # (Markup written into a field unescaped, as feeds often do, is read for its text.)
        value = " ".join(_xml_lines(child)) if name == "author" else "".join(child.itertext()).strip()
        if value:
            fields.setdefault({"creator": "author", "updated": "date", "encoded": "content"}.get(name, name), value)
    # The fullest text the entry carries: its content, else its description or summary.
    for key in ("description", "summary"):
        if key in fields:
            fields.setdefault("content", fields.pop(key))
    if outlet:
        fields.setdefault("outlet", outlet)
    return fields


def parse_xml(text: str) -> list[Draft | RecordProblem]:
    """A news feed (each RSS item or Atom entry an article, read as a record) or any other XML
    document with paragraphs, one article: its paragraphs from ``p``, ``ab``, ``lg`` and ``head``
    elements (a TEI transcription, with ``lb`` and ``l`` as line breaks), its title from the first
    ``title``.
    Entity declarations are refused (they can expand without bound); raises FormatError."""
    import xml.etree.ElementTree as ET

    if "<!ENTITY" in text:
        raise FormatError("XML with entity declarations is not read")
    try:
        root = ET.fromstring(_XML_PROLOG_RE.sub("", text, count=1))
    except ET.ParseError as exc:
        raise FormatError(f"invalid XML: {exc}") from None
    if _local(root.tag) in ("rss", "feed", "rdf"):
        channel = next((el for el in root.iter() if _local(el.tag) in ("channel", "feed")), root)
        title = next((el for el in channel if _local(el.tag) == "title"), None)
        outlet = collapse_ws(title.text) if title is not None and title.text else None
        items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
        if not items:
            raise FormatError("a feed with no items")
        return [
            _record_draft(_feed_fields(el, outlet), f"item {k}", "no text (content, description or summary)")
            for k, el in enumerate(items, 1)
        ]
    paragraphs = [Paragraph(lines) for el in _xml_blocks(root) for lines in [_xml_lines(el)] if lines]
    if not paragraphs:
        # A sitemap, a configuration file...: no article here.
        raise FormatError("XML with neither feed items nor paragraphs (p, ab, lg, head)")
    draft = Draft(paragraphs)
    title = _xml_title(root)
    draft.title = (" ".join(_xml_lines(title)) or None) if title is not None else None
    draft.detect_title = draft.title is None
    draft.format = "xml"
    return [draft]
