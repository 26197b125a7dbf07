"""From a draft to an article's parts: headline, blocks in reading order, and text metadata.

Steps: split paragraphs into units (a hard-wrapped paragraph is one unit; a paragraph of
unrelated short lines, e.g. a byline, an image credit and "Advertisement", is one unit per
line); classify each unit (:func:`tui_reader.core.metadata.classify_line`); find the headline
past any leading date line or byline; mark repeats of the headline, gallery titles and
un-credited duplicates of photo captions, link lists after "KEEP READING" and everything after
a comment form's header; then gather date, outlet, byline and cited agencies.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from tui_reader.core import metadata as md
from tui_reader.core.formats import Draft
from tui_reader.core.model import BODY, BOILERPLATE, Block
from tui_reader.core.records import record
from tui_reader.core.textnorm import fold


@record(frozen=True)
class Segmented:
    title: str | None
    blocks: tuple[Block, ...]
    date: str | None
    outlet: str | None
    byline: str | None
    sources: tuple[str, ...]
    #: The phrases the sources were read from, e.g. ``told The Associated Press``.
    cited_raw: tuple[str, ...]

    def __init__(
        self,
        title: str | None,
        blocks: tuple[Block, ...],
        date: str | None,
        outlet: str | None,
        byline: str | None,
        sources: tuple[str, ...],
        cited_raw: tuple[str, ...],
    ) -> None:
        self.__dict__.update(
            title=title,
            blocks=blocks,
            date=date,
            outlet=outlet,
            byline=byline,
            sources=sources,
            cited_raw=cited_raw,
        )


@record()
class _Unit:
    text: str
    group: int
    info: md.LineInfo | None = None
    glued_date: str | None = None  # the date text taken off the start of this paragraph
    glued_iso: str | None = None
    is_title: bool = False
    classified: bool = False  # info already worked out (None then means body text)

    def __init__(
        self,
        text: str,
        group: int,
        info: md.LineInfo | None = None,
        glued_date: str | None = None,
        glued_iso: str | None = None,
        is_title: bool = False,
        classified: bool = False,
    ) -> None:
        self.text = text
        self.group = group
        self.info = info
        self.glued_date = glued_date
        self.glued_iso = glued_iso
        self.is_title = is_title
        self.classified = classified


_TERMINAL_RE = md._Lazy(r"[.!?…:;。！？][\"'”’)\]」』]*$")
_OPEN_ENDINGS = frozenset(
    "a an and as at by for from in into of on or that the to was were is are with who which than but".split()
)


#: A list item's marker and a space: a dash, bullet or asterisk, or a number with a full stop
#: or a bracket.
_BULLET_RE = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\S")


def _ends_open(line: str) -> bool:
    """The line stops mid-sentence: no closing punctuation."""
    return not _TERMINAL_RE.search(line)


#: A first line at least this share of the width its paragraph's lines are wrapped at is part
#: of the wrapped text, not a heading over it.
WRAPPED_FIRST_LINE = 0.8


def _wrapped_at(first: str, rest: list[str]) -> bool:
    """Whether ``first`` is as long as the lines of a text hard-wrapped below it (two lines or
    more, the last of which may be short): the first line of the paragraph, not its heading."""
    full = rest[:-1]
    if not full:
        return False
    width = sorted(len(line) for line in full)[len(full) // 2]
    return len(first) >= WRAPPED_FIRST_LINE * width


def _run_units(run: list[str]) -> list[str]:
    """Body lines of one paragraph: joined when hard-wrapped, kept apart when they are items.

    A heading line over its text (short, no closing full stop, the next line capitalised, the
    heading not ending on a word like "the" and shorter than the lines of a hard-wrapped text
    under it) is split off first. The rest is joined when at
    least half of its line breaks fall mid-sentence.
    """
    if len(run) <= 1:
        return run
    if sum(1 for line in run if _BULLET_RE.match(line)) >= 2:
        # A bulleted list: each item (with any wrapped lines after it) is a unit of its own.
        items: list[list[str]] = []
        for line in run:
            if _BULLET_RE.match(line) or not items:
                items.append([line])
            else:
                items[-1].append(line)
        return [" ".join(item) for item in items]
    head: list[str] = []
    first_word_end = run[0].rsplit(None, 1)[-1].lower()
    if (
        md.looks_like_headline(run[0])
        and run[1][:1].isupper()
        and first_word_end not in _OPEN_ENDINGS
        and not _wrapped_at(run[0], run[1:])
    ):
        head, run = [run[0]], run[1:]
        if len(run) == 1:
            return head + run
    breaks = len(run) - 1
    mid_sentence = sum(1 for line in run[:-1] if _ends_open(line))
    if mid_sentence * 2 >= breaks:
        return head + [" ".join(run)]
    return head + run


def _units(draft: Draft) -> list[_Unit]:
    units: list[_Unit] = []
    for group, para in enumerate(draft.paragraphs):
        lines = [x for x in para.lines if x.strip()]
        if not lines:
            continue
        if para.hint:
            units.append(_Unit("\n".join(lines), group, md.LineInfo(para.hint), classified=True))
            continue
        if len(lines) == 1:
            units.append(_Unit(lines[0], group))
            continue
        # Lines that are boilerplate on their own (a byline, "Advertisement", a caption) stay
        # apart; runs of other lines are joined or split by _run_units.
        run: list[str] = []
        for line in lines:
            info = md.classify_line(line)
            if info is None:
                run.append(line)
                continue
            units.extend(_Unit(text, group) for text in _run_units(run))
            run = []
            units.append(_Unit(line, group, info, classified=True))
        if run:
            units.extend(_Unit(text, group) for text in _run_units(run))
    return units


def _similar_headline(title: str, text: str) -> bool:
    a, b = fold(title), fold(text)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter.split()) < 3 or len(shorter) < 0.4 * len(longer):
        return False
    return fuzz.token_set_ratio(a, b) >= 80 or fuzz.partial_ratio(shorter, longer) >= 90


def _teases(text: str, later: list[_Unit]) -> bool:
    """``text`` without its ellipsis (five words or more) is in a later body unit."""
    start = fold(text.rstrip(".… "))
    return len(start.split()) >= 5 and any(u.info is None and start in fold(u.text) for u in later)


def _similar_caption(caption: str, text: str) -> bool:
    a, b = fold(md.strip_caption_credit(caption)), fold(text)
    if not a or not b or max(len(a), len(b)) > 2 * min(len(a), len(b)):
        return False
    return fuzz.ratio(a, b) >= 60 or fuzz.token_set_ratio(a, b) >= 85


def _mark(unit: _Unit, reason: str) -> None:
    unit.info = md.LineInfo(reason)


def segment(draft: Draft, *, sources: bool = True) -> Segmented:
    """``draft`` as blocks of body and boilerplate, with its headline, date, outlet and byline.

    ``sources``: whether to look for the agencies the text cites (``Segmented.sources`` and
    ``cited_raw``); without, both are empty (for callers that only compare texts: the search
    through every body paragraph is a fair part of segmenting a long text).
    """
    units = _units(draft)
    for unit in units:
        if unit.info is None and not unit.classified:
            unit.info = md.classify_line(unit.text)
        if unit.info is None:
            glued = md.split_glued_date(unit.text)
            if glued:
                unit.glued_iso, rest = glued
                unit.glued_date = unit.text[: len(unit.text) - len(rest)].strip()
                unit.text = rest

    # Headline: the first body line, past leading date lines, bylines and other boilerplate.
    title = draft.title
    title_index = -1
    if title is None and draft.detect_title:
        for i, unit in enumerate(units):
            if unit.info is not None:
                continue
            more_text = any(u.info is None for u in units[i + 1 :])
            if unit.glued_date is None and more_text and md.looks_like_headline(unit.text):
                title, title_index = unit.text, i
                unit.is_title = True
            break

    # Repeats of the headline right after it (variants included).
    if title:
        for unit in units[title_index + 1 :]:
            if unit.info is not None:
                continue
            if not (md.looks_like_headline(unit.text) and _similar_headline(title, unit.text)):
                break
            _mark(unit, md.HEADLINE_REPEAT)

    # A teaser under the headline: the story's opening words cut off with an ellipsis ("The
    # United States, which has long sought ... appears..."), repeated in full below.
    if title:
        for i, unit in enumerate(units[title_index + 1 :], title_index + 1):
            if unit.info is not None:
                continue
            if unit.text.endswith(("...", "…")) and _teases(unit.text, units[i + 1 :]):
                _mark(unit, md.TEASER)
            break

    # Photo captions: a gallery title line above a caption in the same paragraph, and an
    # un-credited near-duplicate of a caption right before or after it.
    for i, unit in enumerate(units):
        if unit.info is None or unit.info.reason != md.PHOTO_CAPTION:
            continue
        if i > 0:
            prev = units[i - 1]
            if prev.info is None and not prev.is_title and prev.glued_date is None:
                same_para = prev.group == unit.group and md.looks_like_headline(prev.text)
                if same_para or _similar_caption(unit.text, prev.text):
                    _mark(prev, md.PHOTO_CAPTION)
        if i + 1 < len(units):
            nxt = units[i + 1]
            if nxt.info is None and nxt.glued_date is None and _similar_caption(unit.text, nxt.text):
                _mark(nxt, md.PHOTO_CAPTION)

    # Sections opened by a header: a link list runs while lines read like headlines; a comment
    # form runs to the end.
    # A generic "Comments" header only opens a comment section in the closing part of a page
    # (with more text after it than before it, it is a subheading); "Leave a Reply" always does.
    body_chars = [len(u.text) if u.info is None and not u.is_title else 0 for u in units]
    total = sum(body_chars)
    before = 0
    section: str | None = None
    for i, unit in enumerate(units):
        before += body_chars[i]
        if unit.is_title:
            continue
        info = unit.info
        if info is not None and info.opens_section:
            if info.reason == md.COMMENT_FORM and total - before > before and not md.is_comment_form_header(unit.text):
                section = None
                continue
            section = info.reason
            continue
        if section == md.LINK_LIST:
            if info is None and md.looks_like_headline(unit.text):
                _mark(unit, md.LINK_LIST)
                continue
            if info is None:
                section = None
        elif section == md.COMMENT_FORM and info is None:
            _mark(unit, md.COMMENT_FORM)

    return _assemble(draft, units, title, sources)


_LABEL_PRIORITY = (
    ("updat", 2),
    ("up to date", 2),
    ("modif", 2),
    ("publish", 0),
    ("posted", 0),
    ("date", 0),
    ("revealed", 0),
    ("printed", 0),
)


def _date_priority(text: str) -> int:
    lowered = text.lower()
    for label, priority in _LABEL_PRIORITY:
        if label in lowered:
            return priority
    return 1


#: Boilerplate that may be an article's only content: a one-sentence item whose sentence repeats
#: its headline, or a picture story that is all caption.
_SOFT_BOILERPLATE = (md.HEADLINE_REPEAT, md.PHOTO_CAPTION)


def _keep_some_body(blocks: list[Block]) -> None:
    """When nothing is left as body, the longest soft-boilerplate block is the content after all."""
    if any(b.is_body for b in blocks):
        return
    soft = [i for i, b in enumerate(blocks) if b.reason in _SOFT_BOILERPLATE]
    if soft:
        best = max(soft, key=lambda i: (len(blocks[i].text), -i))
        blocks[best] = Block(blocks[best].text, BODY)


def _assemble(draft: Draft, units: list[_Unit], title: str | None, sources: bool = True) -> Segmented:
    blocks: list[Block] = []
    dates: list[tuple[int, int, str]] = []
    outlets: list[str] = []
    bylines: list[str] = []
    agencies: list[str] = []
    raw: list[str] = []
    body = [i for i, unit in enumerate(units) if unit.info is None and not unit.is_title]
    citations = dict(zip(body, md.citations_of_each([units[i].text for i in body]) if sources else ()))
    for i, unit in enumerate(units):
        if unit.is_title:
            continue
        info = unit.info
        if unit.glued_date:
            blocks.append(Block(unit.glued_date, BOILERPLATE, md.DATE_LINE))
            if unit.glued_iso:
                dates.append((0, i, unit.glued_iso))
        if info is None:
            blocks.append(Block(unit.text, BODY))
            for cite in citations.get(i, ()):
                agencies.append(cite.agency)
                raw.append(cite.raw)
            continue
        blocks.append(Block(unit.text, BOILERPLATE, info.reason))
        if info.date:
            dates.append((_date_priority(unit.text), i, info.date))
        if info.outlet:
            outlets.append(info.outlet)
        if info.byline:
            bylines.append(info.byline.names)
        if sources and info.reason in (md.ATTRIBUTION, md.BYLINE, md.COPYRIGHT) and info.agencies:
            agencies.extend(info.agencies)
            raw.append(unit.text)
        if sources and info.cites:
            agencies.extend(info.cites)
            raw.append(unit.text)
    _keep_some_body(blocks)
    date = draft.date
    if date is None and dates:
        date = min(dates)[2]
    outlet = draft.outlet or (outlets[0] if outlets else None)
    return Segmented(
        title=title,
        blocks=tuple(blocks),
        date=date,
        outlet=outlet,
        byline=draft.byline or (bylines[0] if bylines else None),
        # A page does not cite its own outlet ("First published in The Times" on The Times).
        sources=tuple(dict.fromkeys(a for a in agencies if a != outlet or md.agency_name(a))),
        cited_raw=tuple(dict.fromkeys(raw)),
    )

