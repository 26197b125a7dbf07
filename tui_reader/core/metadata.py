"""Metadata found in article text: dates, agencies cited, outlets, bylines, boilerplate lines.

Everything here works on one line or one paragraph at a time; putting an article together
(headline, repeats, captions, trailing sections) is :mod:`tui_reader.core.segment`'s job.
Patterns are tolerant of what "article spinners" do to boilerplate (``Credit score:AP`` for
``Credit: AP``, ``The Washington Put up`` for ``The Washington Post``, ``Supply hyperlink``...).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from rapidfuzz import fuzz, process

from tui_reader.core.records import record
from tui_reader.core.textnorm import fold

# ``datetime`` is imported by the functions that check or build a date: many texts have none,
# and a short command pays for every module it imports.


class _Lazy:
    """A regular expression compiled when first used: patterns for kinds of line that most
    texts never reach (times, copyright owners, comment forms...) cost nothing to import."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args) -> None:
        self._args = args
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


# --------------------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip

#: Time-zone abbreviations news pages print, as minutes east of UTC.
ZONES = {
    "Z": 0, "UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "ACST": 570,
    "AWST": 480, "NZST": 720, "NZDT": 780, "PKT": 300, "WIB": 420, "SAST": 120, "GST": 240,
}  # fmt: skip

#: US zones printed without saying whether summer time applies ("9:47 PM ET"): standard offset
#: in minutes; one hour is added while US daylight saving time is in force on that date.
US_GENERIC_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}


def _us_dst(year: int, month: int, day: int, hour: int) -> bool:
    """US daylight saving time (rules since 2007; April to October before)."""
    from datetime import datetime

    def nth_sunday(month_: int, n: int) -> int:
        first = datetime(year, month_, 1).weekday()  # Monday 0
        return 1 + (6 - first) % 7 + 7 * (n - 1)

    def last_sunday(month_: int) -> int:
        d = nth_sunday(month_, 4)
        return d + 7 if d + 7 <= 31 else d

    if year >= 2007:
        start, end = (3, nth_sunday(3, 2)), (11, nth_sunday(11, 1))
    else:
        start, end = (4, nth_sunday(4, 1)), (10, last_sunday(10))
    moment = (month, day, hour)
    return (start[0], start[1], 2) <= moment < (end[0], end[1], 2)


_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

_DATE_FORMS = [
    # May 23rd, 2022 / Monday, May 23, 2022 / May 23 2022
    re.compile(rf"(?i)\b{_WEEKDAY_RE}{_MONTH_RE}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})\b"),
    # 18 June 2005 / Saturday, 18 June 2005 / 23rd of May, 2022 / 23-May-2022
    re.compile(
        rf"(?i)\b{_WEEKDAY_RE}(?P<day>\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?|-){_MONTH_RE}(?:,?\s+|-)(?P<year>\d{{4}})\b"
    ),
    # 2022-05-23 / 2022/05/23 / 2022.05.23 (ISO-8601 time handled below)
    re.compile(r"\b(?P<year>\d{4})(?P<sep>[-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])"),
    # 23.05.2022 (day first, as everywhere dots are used) / 23/05/2022 or 05/23/2022 when unambiguous
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b"),
]

_ZONE_NAMES = "|".join(sorted([z for z in ZONES if z != "Z"] + list(US_GENERIC_ZONES), key=len, reverse=True))
_ZONE_RE = (
    rf"(?P<zone>Z|(?:UTC|GMT)\s*(?P<zsign>[+-])\s*(?P<zh>\d{{1,2}})(?::?(?P<zm>\d{{2}}))?"
    rf"|(?P<osign>[+-])(?P<oh>\d{{2}}):?(?P<om>\d{{2}})|\b(?:{_ZONE_NAMES})\b)"
)
_TIME_RE = _Lazy(
    r"(?i)(?:T|,?\s*(?:at|@|-|–|—|\|)?\s*)(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
    rf"(?:\s*\(?\s*{_ZONE_RE}\s*\)?)?"
)
_TIME_BEFORE_RE = _Lazy(
    r"(?i)(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
    rf"(?:\s*\(?\s*{_ZONE_RE}\s*\)?)?\s*,?\s*(?:on\s+)?$"
)


@record(frozen=True)
class DateMatch:
    """A date found in text: its ISO-8601 form and the span of text it covered."""

    iso: str
    start: int
    end: int

    def __init__(self, iso: str, start: int, end: int) -> None:
        self.__dict__.update(iso=iso, start=start, end=end)


def _ymd(m: re.Match) -> tuple[int, int, int] | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if "a" in groups and groups.get("a") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        if groups["sep"] == ".":
            day, month = a, b
        elif a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b:
            day, month = a, b
        else:
            return None  # 05/06/2022: day and month cannot be told apart
    else:
        mon = groups["mon"]
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower().rstrip("."), 0)
        day = int(groups["day"])
    if not 1900 <= year <= 2100:
        return None
    from datetime import datetime

    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return year, month, day


def _zone_offset(m: re.Match) -> int | None:
    """Minutes east of UTC from a match of ``_ZONE_RE``, or None when no zone was given."""
    zone = m.group("zone")
    if not zone:
        return None
    if m.group("zsign"):
        minutes = int(m.group("zh")) * 60 + int(m.group("zm") or 0)
        return minutes if m.group("zsign") == "+" else -minutes
    if m.group("osign"):
        minutes = int(m.group("oh")) * 60 + int(m.group("om"))
        return minutes if m.group("osign") == "+" else -minutes
    return ZONES.get(zone.upper())


def _with_time(ymd: tuple[int, int, int], tm: re.Match | None) -> str:
    year, month, day = ymd
    if tm is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, second = int(tm.group("h")), int(tm.group("m")), int(tm.group("s") or 0) if "s" in tm.groupdict() else 0
    ampm = (tm.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return f"{year:04d}-{month:02d}-{day:02d}"
    offset = _zone_offset(tm)
    zone = (tm.groupdict().get("zone") or "").upper()
    if zone in US_GENERIC_ZONES:
        offset = US_GENERIC_ZONES[zone] + (60 if _us_dst(year, month, day, hour) else 0)
    from datetime import datetime, timedelta, timezone

    stamp = datetime(year, month, day, hour, minute, second)
    if offset is None:
        return stamp.isoformat()
    return stamp.replace(tzinfo=timezone(timedelta(minutes=offset))).isoformat()


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")


def find_date(text: str) -> DateMatch | None:
    """The first valid date in ``text`` (with its time and zone when given), or None."""
    if not _YEAR_RE.search(text):
        return None  # every form needs a four-digit year
    best: tuple[int, re.Match] | None = None
    for form in _DATE_FORMS:
        for m in form.finditer(text):
            if _ymd(m) is None:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), m)
            break
    if best is None:
        return None
    m = best[1]
    ymd = _ymd(m)
    assert ymd is not None
    start, end = m.start(), m.end()
    tm = _TIME_RE.match(text, end)
    if tm and tm.group("h") is not None and (tm.group(0)[:1] in "Tt" or tm.group(0).strip()):
        end = tm.end()
    else:
        tm = None
        before = _TIME_BEFORE_RE.search(text[max(0, start - 40) : start])
        if before:
            tm = before
            start = max(0, start - 40) + before.start()
    return DateMatch(_with_time(ymd, tm), start, end)


def normalise_date(value: str | None) -> str | None:
    """A date field from structured data (JSON, HTML meta) as ISO-8601, or None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    from datetime import datetime

    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        found = find_date(value)
        return found.iso if found else None
    if len(value) <= 10 and "T" not in value:
        return parsed.date().isoformat()
    return parsed.isoformat()


_DATE_LABELS = _Lazy(
    r"(?i)\b(?:last|final|first|originally|updated|update|modified|published|publish|posted|created|date|dated"
    r"|up to date|revealed|printed|released|issued|on|at|time|ist|am|pm|read|min|mins|minute|minutes"
    r"|hours?|hrs?|days?|ago"
    r"|\d+)\b"
)
_GLUED_DATE_RE = _Lazy(
    r"(?i)^\s*(?:(?:date|dated|published|updated|posted|up to date|revealed|printed)\s*[:\-–—]?\s*){1,2}$"
)


def date_line(line: str) -> str | None:
    """ISO date when ``line`` is only a dateline (``Updated May 23rd, 2022 at 06:01 IST``)."""
    if len(line) > 120:
        return None
    found = find_date(line)
    if found is None:
        return None
    rest = line[: found.start] + " " + line[found.end :]
    for _ in range(2):  # "Published 18 June 2005 | Updated 19 June 2005"
        more = find_date(rest)
        if more is None:
            break
        rest = rest[: more.start] + " " + rest[more.end :]
    rest = _DATE_LABELS.sub(" ", rest)
    if re.search(r"\w", rest):
        return None
    return found.iso


def undated_date_line(line: str) -> bool:
    """``line`` is only a dateline whose date cannot be read for sure (``Published: 10/11/2006
    23:14``: day and month could be either way round)."""
    if len(line) > 120:
        return False
    found = _DATE_FORMS[-1].search(line)
    if found is None or _ymd(found) is not None or not 1900 <= int(found.group("year")) <= 2100:
        return False
    if not all(1 <= int(found.group(k)) <= 12 for k in ("a", "b")):
        return False
    end = found.end()
    tm = _TIME_RE.match(line, end)
    if tm and tm.group("h") is not None and tm.group(0).strip():
        end = tm.end()  # with its time and zone, as find_date reads them
    rest = _DATE_LABELS.sub(" ", line[: found.start()] + " " + line[end:])
    return not re.search(r"\w", rest)


def numeric_date_order(line: str) -> str | None:
    """``"day"`` or ``"month"`` when a date line's numeric date shows which comes first
    (``23/05/2022``: day; ``05/23/2022``: month), else None."""
    found = _DATE_FORMS[-1].search(line)
    if found is None or found.group("sep") == ".":
        return None
    a, b = int(found.group("a")), int(found.group("b"))
    if a > 12 >= b:
        return "day"
    if b > 12 >= a:
        return "month"
    return None


#: Zones of countries that write the month first (``11/01/2019 4:50 PM CT``: November 1st).
_MONTH_FIRST_ZONES = frozenset({"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST"})


def zone_date_order(line: str) -> str | None:
    """``"month"`` when a date line's time is in a US zone (``11/01/2019 4:50 PM CT``), where
    dates are written month first; ``"day"`` for the zones of countries writing the day first
    (``01/11/2019 16:50 GMT``); else None."""
    zones = set(re.findall(rf"\b(?:{_ZONE_NAMES})\b", line))
    if not zones:
        return None
    if zones <= _MONTH_FIRST_ZONES | set(US_GENERIC_ZONES):
        return "month"
    if not zones & (_MONTH_FIRST_ZONES | set(US_GENERIC_ZONES) | {"UTC", "UT"}):
        return "day"
    return None


def read_undated_date_line(line: str, order: str) -> str | None:
    """ISO date of an ``undated_date_line`` read with the day or the month first (``order``)."""
    if not undated_date_line(line):
        return None
    found = _DATE_FORMS[-1].search(line)
    a, b = int(found.group("a")), int(found.group("b"))
    day, month = (a, b) if order == "day" else (b, a)
    iso = f"{int(found.group('year')):04d}-{month:02d}-{day:02d}"
    return date_line(line[: found.start()] + iso + line[found.end() :])


def split_glued_date(paragraph: str) -> tuple[str | None, str] | None:
    """``(iso, rest)`` when a labelled date opens a paragraph: `` date 2022-05-23 Belarusians...``;
    ``iso`` is None for a date whose day and month could be either way round."""
    found = find_date(paragraph[:80])
    iso: str | None = found.iso if found else None
    if found is None:
        # A date whose day and month could be either way round: taken off all the same.
        either = _DATE_FORMS[-1].search(paragraph[:80])
        if either is None or max(int(either.group("a")), int(either.group("b"))) > 12:
            return None
        tm = _TIME_RE.match(paragraph, either.end())
        found = DateMatch("", either.start(), tm.end() if tm and tm.group(0).strip() else either.end())
    if found.start > 30:
        return None
    label = paragraph[: found.start]
    if not _GLUED_DATE_RE.match(label):
        return None
    rest = paragraph[found.end :].lstrip(" \t,.:;|-–—")
    if not rest:
        return None
    return iso, rest


# ------------------------------------------------------------------------------------ agencies

#: Agency name -> spellings, the case-sensitive abbreviations apart from case-insensitive names.
AGENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AP": (("associated press", "related press", "ap news"), ("AP",)),
    "Reuters": (("thomson reuters", "reuters"), ()),
    "AFP": (("agence france-presse", "agence france presse", "agence france press"), ("AFP",)),
    "AAP": (("australian associated press",), ("AAP",)),
    "VOA": (("voice of america",), ("VOA",)),
    "DPA": (("deutsche presse-agentur",), ("DPA", "dpa")),
    "ANI": (("asian news international",), ("ANI",)),
    "PTI": (("press trust of india",), ("PTI",)),
    "IANS": (("indo-asian news service",), ("IANS",)),
    "UPI": (("united press international",), ("UPI",)),
    "Xinhua": (("xinhua",), ()),
    "TASS": (("itar-tass",), ("TASS",)),
    "RIA Novosti": (("ria novosti",), ()),
    "Interfax": (("interfax",), ()),
    "Ukrinform": (("ukrinform",), ()),
    "EFE": (("agencia efe",), ("EFE",)),
    "ANSA": ((), ("ANSA",)),
    "Kyodo": (("kyodo news", "kyodo"), ()),
    "Yonhap": (("yonhap",), ()),
    "Bloomberg": (("bloomberg news", "bloomberg"), ()),
    "Anadolu": (("anadolu agency", "anadolu"), ()),
    "CNA": (("central news agency",), ()),
}


def _agency_alternation() -> str:
    parts = []
    for names, abbrevs in AGENCIES.values():
        parts += ["(?i:" + r"\s+".join(re.escape(w) for w in n.split()) + ")" for n in names]
        parts += [re.escape(a) for a in abbrevs]
    parts.sort(key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


_AGENCY = _agency_alternation()



def agency_name(text: str) -> str | None:
    """The normalised agency name for a spelling (``The Associated Press`` -> ``AP``), or None."""
    text = " ".join(text.split()).strip(" .,;:()[]")
    lowered = text.lower()
    if lowered.startswith("the "):
        text, lowered = text[4:], lowered[4:]
    for name, (names, abbrevs) in AGENCIES.items():
        if lowered in names or text in abbrevs:
            return name
    return None


_CITE_BEFORE = (
    r"(?i:told|tells|telling|according\s+to|(?:as\s+)?reported\s+by|quoted\s+by|cited\s+by|said\s+to"
    r"|speaking\s+(?:to|with)|spoke\s+(?:to|with)|talking\s+(?:to|with)|talked\s+(?:to|with)"
    r"|interview\s+with|inputs?\s+from|information\s+from|files\s+from|(?:additional\s+)?reporting\s+by"
    r"|contributed\s+by|courtesy(?:\s+of)?|via|report(?:ed)?\s+(?:by|from|in)|(?:a|an)\s+\w+\s+(?:by|from))\s+"
    r"|(?i:credits?(?:\s+score)?|sources?)\s*:\s*"
)
_CITE_AFTER = (
    r"\s+(?i:reported|reports|said|says|talked|spoke|interviewed|learned|has\s+learned|quoted|contributed"
    r"|was\s+told|obtained|reviewed|confirmed|news\s+agency|reporters?|journalists?|inputs?)\b"
)
_AGENCY_NAMES = tuple(n for names, _ in AGENCIES.values() for n in names)
_AGENCY_ABBREVS = tuple(a for _, abbrevs in AGENCIES.values() for a in abbrevs)
# (Compiled when first used: only texts that name an agency reach them, and a diff of two texts
# does not look for sources at all.)
_AGENCY_RE = _Lazy(rf"(?<![\w-])(?P<agency>{_AGENCY})(?![\w-])")
_BEFORE_RE = _Lazy(rf"\b(?:{_CITE_BEFORE})(?:[Tt]he\s+)?$")
_AFTER_RE = _Lazy(_CITE_AFTER)
_PHOTO_AFTER_RE = _Lazy(r"\s*(?i:photo)")
_LIST_GLUE_RE = _Lazy(r"\s*(?:,|/|&|\band\b|,\s*and\b)\s*(?:[Tt]he\s+)?")


@record(frozen=True)
class Citation:
    agency: str
    raw: str

    def __init__(self, agency: str, raw: str) -> None:
        self.__dict__.update(agency=agency, raw=raw)


def find_citations(text: str) -> list[Citation]:
    """Agencies the text says it drew on (``told Reuters``, ``(Inputs from AP News)``, ``(AP) —``).

    Each agency mention is checked for a citing phrase just before it (``told``, ``according
    to``, ``inputs from``...), a reporting verb just after it (``reported``, ``talked``...), or
    parentheses around it (a dateline). Photo credits (``AP Photo``) do not count.
    """
    lowered = text.lower()
    if not any(n in lowered for n in _AGENCY_NAMES) and not any(a in text for a in _AGENCY_ABBREVS):
        return []  # no agency named at all: skip the pattern search
    found = []
    last_end = -1
    for m in _AGENCY_RE.finditer(text):
        name = agency_name(m.group("agency"))
        if name is None or _PHOTO_AFTER_RE.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        cite = _BEFORE_RE.search(before)
        if last_end >= 0 and _LIST_GLUE_RE.fullmatch(text, last_end, m.start()):
            raw = m.group(0)  # the next of a list the citing phrase began: "inputs from PTI, Reuters"
        elif cite:
            raw = before[cite.start() :] + m.group(0)
        elif _AFTER_RE.match(text, m.end()):
            after = _AFTER_RE.match(text, m.end())
            raw = m.group(0) + after.group(0)
        elif re.search(r"\(\s*$", before) and re.match(r"\s*\)", text[m.end() : m.end() + 3]):
            raw = f"({m.group(0)})"
        else:
            continue
        found.append(Citation(name, " ".join(raw.split())))
        last_end = m.end()
    return found


def citations_of_each(texts: list[str]) -> list[list[Citation]]:
    """``find_citations`` of each text, faster for many texts: the agency names are looked up
    once in all of them together, and only the texts that name one are searched."""
    out: list[list[Citation]] = [[] for _ in texts]
    if not texts:
        return out
    candidates: set[int] = set()
    lowered = list(map(str.lower, texts))
    for parts, needles in ((lowered, _AGENCY_NAMES), (texts, _AGENCY_ABBREVS)):
        joined = "\n".join(parts)
        # Where each text starts in ``joined``: no needle holds a line break, so a hit lies
        # within one text.
        starts = list(accumulate(map(len, parts), lambda at, n: at + n + 1, initial=0))
        for needle in needles:
            at = joined.find(needle)
            while at != -1:
                k = bisect_right(starts, at) - 1
                candidates.add(k)
                at = joined.find(needle, starts[k + 1])
    for k in candidates:
        out[k] = find_citations(texts[k])
    return out


# ------------------------------------------------------------------------------------- outlets

#: Known outlets (display name, domains). Matched fuzzily on short sign-off and byline lines.
OUTLETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The Washington Post", ("washingtonpost.com",)),
    ("The New York Times", ("nytimes.com",)),
    ("The Wall Street Journal", ("wsj.com",)),
    ("Los Angeles Times", ("latimes.com",)),
    ("USA Today", ("usatoday.com",)),
    ("The Guardian", ("theguardian.com",)),
    ("The Independent", ("independent.co.uk",)),
    ("The Telegraph", ("telegraph.co.uk",)),
    ("The Times", ("thetimes.co.uk",)),
    ("Financial Times", ("ft.com",)),
    ("Daily Mail", ("dailymail.co.uk",)),
    ("BBC News", ("bbc.co.uk", "bbc.com")),
    ("CNN", ("cnn.com",)),
    ("NBC News", ("nbcnews.com",)),
    ("CBS News", ("cbsnews.com",)),
    ("ABC News", ("abcnews.go.com",)),
    ("Fox News", ("foxnews.com",)),
    ("NPR", ("npr.org",)),
    ("Politico", ("politico.com", "politico.eu")),
    ("Newsweek", ("newsweek.com",)),
    ("Al Jazeera", ("aljazeera.com",)),
    ("Deutsche Welle", ("dw.com",)),
    ("France 24", ("france24.com",)),
    ("Euronews", ("euronews.com",)),
    ("Radio Free Europe/Radio Liberty", ("rferl.org",)),
    ("The Kyiv Independent", ("kyivindependent.com",)),
    ("Kyiv Post", ("kyivpost.com",)),
    ("The Moscow Times", ("themoscowtimes.com",)),
    ("The Sydney Morning Herald", ("smh.com.au",)),
    ("The Age", ("theage.com.au",)),
    ("The Times of India", ("timesofindia.indiatimes.com",)),
    ("Hindustan Times", ("hindustantimes.com",)),
    ("The Hindu", ("thehindu.com",)),
    ("NDTV", ("ndtv.com",)),
    ("Republic World", ("republicworld.com",)),
    ("Infobae", ("infobae.com",)),
    ("Yahoo News", ("news.yahoo.com",)),
    ("The Associated Press", ("apnews.com",)),
    ("Reuters", ("reuters.com",)),
)

#: Word swaps spinners make in outlet names, undone before matching.
_SPUN_WORDS = (
    (re.compile(r"\b(?:put up|submit|publish|put up)\b"), "post"),
    (re.compile(r"\b(?:instances|occasions|occasions)\b"), "times"),
    (re.compile(r"\bunbiased\b"), "independent"),
    (re.compile(r"\bnationwide\b"), "national"),
    (re.compile(r"\bday by day\b"), "daily"),
)
_OUTLET_KEYS = {fold(name): name for name, _ in OUTLETS}
for _name, _ in OUTLETS:
    if _name.lower().startswith("the "):
        _OUTLET_KEYS.setdefault(fold(_name[4:]), _name)
_OUTLET_BY_DOMAIN = {d: name for name, domains in OUTLETS for d in domains}


def outlet_name(text: str) -> str | None:
    """The known outlet ``text`` names (tolerating spinner garbling), or None."""
    key = fold(text).strip(" .,;:-–—|©")
    key = re.sub(r"^(?:copyright|\(c\)|©)\s*", "", key)
    key = re.sub(r"\s*\b(?:19|20)\d\d\b\s*", " ", key).strip()
    if not key or len(key) > 60:
        return None
    for pattern, repl in _SPUN_WORDS:
        key = pattern.sub(repl, key)
    if key in _OUTLET_KEYS:
        return _OUTLET_KEYS[key]
    if len(key) < 6:
        return None
    hit = process.extractOne(key, list(_OUTLET_KEYS), scorer=fuzz.ratio, score_cutoff=90)
    return _OUTLET_KEYS[hit[0]] if hit else None


def outlet_from_domain(url_or_domain: str) -> str | None:
    """``https://www.infobae.com/x`` -> ``infobae.com`` (the host without ``www.``), or None."""
    m = re.match(r"(?i)^\s*(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", url_or_domain)
    return m.group(1).lower() if m else None


_SOURCE_DOMAIN_RE = re.compile(
    r"(?i)^(?:source|supply|via|originally published (?:at|on|by))\s*[-:–—]?\s*"
    r"((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\S*$"
)


def cited_outlet(text: str) -> str | None:
    """The agency or outlet a "first appeared in" line names, as its own pages name it (an
    agency's short name, a known outlet's usual name, otherwise as written), or None when it
    does not read like a name ("our print edition")."""
    text = " ".join(text.split()).strip(" .,;:")
    text = text.removeprefix("the ")  # "reprinted from the Tribune": the name is "Tribune"
    agency = agency_name(text)
    if agency:
        return agency
    known = outlet_name(text)
    if known:
        return known
    return text if _CITED_OUTLET_RE.match(text) else None


def sign_off_outlet(line: str) -> str | None:
    """The outlet a short sign-off line names: ``Source-www.infobae.com``, ``The Washington Post``."""
    line = line.strip()
    if len(line) > 80:
        return None
    m = _SOURCE_DOMAIN_RE.match(line)
    if m:
        return outlet_from_domain(m.group(1))
    if len(line.split()) > 7 or not any(c.isupper() for c in line):
        return None
    name = outlet_name(line)
    if name and agency_name(name) is None and name not in ("The Associated Press", "Reuters"):
        return name
    return None


# ------------------------------------------------------------------------------------- bylines

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|del|la|le))*"
_BYLINE_RE = re.compile(
    rf"^(?i:by|reported\s+by|written\s+by|story\s+by|words\s+by|posted\s+by|edited\s+by|author|authors)"
    rf"\s*[:\-–—]?\s*(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*(?:,|\||-|–|—|/|\bfor\b|\bof\b)\s*(?P<org>[^|]{2,60}))?\s*$"
)


#: "<newsroom> Staff" as a byline's only name ("Reuters Staff", "Times Staff Writer").
_STAFF_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<org>[^,&]+?)\s+(?i:staff(?:\s+(?:writers?|reporters?))?|desk|bureau|newsroom)$"
)
#: Words that name a desk, not a newsroom, before "Staff" ("Editorial Staff").
_GENERIC_DESKS = frozenset(
    {"editorial", "news", "web", "digital", "online", "our", "the", "sports", "business", "city", "metro"}
)


@record(frozen=True)
class Byline:
    names: str
    outlet: str | None = None
    agency: str | None = None

    def __init__(self, names: str, outlet: str | None = None, agency: str | None = None) -> None:
        self.__dict__.update(names=names, outlet=outlet, agency=agency)


_BYLINE_DATE_LABELS = _Lazy(r"(?i)^(?:(?:posted|published|updated|written|filed)(?:\s+on)?\s*[:\-–—]?\s*)+")
_BYLINE_DATE_LABELS_AFTER = _Lazy(r"(?i)(?:[\s|·•,;:/–—-]+(?:posted|published|updated|filed|on|at))+$")
_CUT = " |·•,;:/–—-"
_BY_RE = _Lazy(r"(?i)\bby\b")


def dated_byline(line: str) -> tuple[Byline, str] | None:
    """A byline that also gives the date (``By Jane Doe | May 23, 2022``, ``Posted on
    2022-05-23 by Staff``): the byline and the ISO date, or None."""
    line = " ".join(line.split())
    if len(line) > 120 or not _BY_RE.search(line):
        return None
    found = find_date(line)
    if found is None:
        return None
    before = _BYLINE_DATE_LABELS_AFTER.sub("", line[: found.start].rstrip(_CUT)).rstrip(_CUT)
    after = line[found.end :].strip(_CUT)
    rest = _BYLINE_DATE_LABELS.sub("", f"{before} {after}".strip())
    by = parse_byline(rest) if rest else None
    return (by, found.iso) if by else None


def parse_byline(line: str) -> Byline | None:
    """``By Jane Doe, The Washington Post`` / ``Reported by: Rohit Ranjan`` -> names and outlet."""
    line = " ".join(line.split())
    if len(line) > 120:
        return None
    m = _BYLINE_RE.match(line)
    if not m:
        return None
    names, org = m.group("names").strip(), (m.group("org") or "").strip()
    if not org and "," in names:
        # "By Jane Doe, The Washington Post": the names pattern also matches the outlet.
        head, _, tail = names.rpartition(",")
        if agency_name(tail) or outlet_name(tail):
            names, org = head.strip(), tail.strip()
    staff = _STAFF_RE.match(names) if not org else None
    if staff and staff.group("org").lower() not in _GENERIC_DESKS:
        # "By Reuters Staff", "By NewsHub24 Staff": the newsroom's own byline.
        org = staff.group("org")
    # "By The Associated Press", "By Reuters | Tokyo": the byline of an agency names the agency.
    agency = (agency_name(org) if org else None) or agency_name(names)
    outlet = None if agency else (outlet_name(org) if org else None)
    if org and not agency and not outlet:
        # An outlet no table knows, where the byline names one ("By Jane Doe | Metro Chronicle").
        named = source_names(org, organisations_only=not staff)
        outlet = named[0] if len(named) == 1 else None
    return Byline(names, outlet, agency)


# ---------------------------------------------------------------------------------- boilerplate

AD = "advertisement"
PHOTO_CAPTION = "photo caption"
IMAGE_CREDIT = "image credit"
LINK_LIST = "link list"
SHARE = "share prompt"
NEWSLETTER = "newsletter promo"
SOURCE_LINK = "source link"
COMMENT_FORM = "comment form"
ATTRIBUTION = "attribution"
COPYRIGHT = "copyright"
WIRE_MARK = "wire sign-off"
OUTLET_SIGN_OFF = "outlet sign-off"
DATE_LINE = "date line"
BYLINE = "byline"
HEADLINE_REPEAT = "headline repeat"
NAVIGATION = "page navigation"
TEASER = "teaser"

_AD_RE = re.compile(
    r"(?i)^(?:advertisement|advertisements|advertising|advert|ad|ads|sponsored(?: content)?|promoted"
    r"|commercial|paid content|partner content|(?:story|article) continues (?:below|after) (?:this )?"
    r"(?:advertisement|ad)|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?"
    r"|skip advert(?:isement)?)[.:]?$"
)
_IMAGE_CREDIT_RE = re.compile(
    r"(?i)^\(?\s*(?:images?|photos?|pictures?|pics?|photographs?|file photo|representative image"
    r"|image credits?|photo credits?|image source|images? courtesy|photo courtesy|graphics?)"
    r"(?:\s+score)?\s*[:/]\s*[^.!?]{1,80}?\)?\s*$"
)
_CREDIT_LINE_RE = re.compile(r"(?i)^\(?\s*credits?(?:\s+score)?\s*:\s*(?P<who>[^.!?]{1,60}?)\)?\s*$")
_CAPTION_MARK_RE = re.compile(
    r"\(\s*(?:[A-Z][\w.&-]*\s+)?(?i:photo|photograph|picture|foto|pool photo|file photo|images?)\s*(?:/|by\b|:|\))"
    r"|(?i:getty\s+images|shutterstock|afp via getty|photograph\s*:|photo\s*:\s*\S)"
    r"|[\w.]\s*/\s*(?:AFP|AP|Reuters|EPA|ANP|AAP)\s*\)?\s*$"
    r"|(?i:\bcredit(?:\s+score)?\s*:\s*\S[^.!?]{0,60}$)"
    r"|\([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*/\s*\)"
)
#: Cheap substring test before the caption pattern (every caption mark contains one of these).
_CAPTION_HINTS = ("photo", "image", "picture", "foto", "getty", "shutterstock", "credit", "/")
_ATTRIBUTION_LINE_RE = re.compile(
    r"(?i)^[(\[]?\s*(?:[-–—]+\s*)?(?:(?:written|compiled|prepared|edited|updated)\s+)?(?:with\s+)?"
    r"(?:(?:additional\s+)?(?:inputs?|information|files|reporting|input)"
    r"\s+(?:from|by)\s+(?P<who>.{1,80}?)|(?:with\s+)?(?:agency|wire|agencies)\s+inputs?"
    r"|with\s+(?P<who_first>[^()\[\]]{2,40}?)\s+inputs?"
    r"|(?P<contributor>[^()\[\]]{2,80}?)\s+contributed\s+to\s+this\s+(?:report|story|article)"
    r"|this (?:story|article) (?:has been|was) (?:published|generated|edited) from (?:a|an) (?:wire|syndicated|agency) .{0,80}"
    # "This story was provided by The Associated Press", "Content supplied by AFP".
    r"|(?:(?:this\s+)?(?:story|article|report|content)\s+(?:was\s+|is\s+|has\s+been\s+)?)?"
    r"(?:provided|supplied|distributed)\s+by\s+(?P<provider>.{2,60}?))"
    r"\s*[)\]]?\s*\.?$"
)
#: A copyright line, with the notice that may follow it ("Copyright 2021 The Associated Press. All
#: rights reserved. This material may not be published, broadcast, rewritten or redistributed.").
_COPYRIGHT_RE = _Lazy(
    r"(?i)^(?:©|\(c\)|copyright\b)(?:.{0,120}|[^.]{0,80}\.\s*all rights reserved\..{0,120})$"
    r"|^.{0,120}\ball rights reserved\.?$"
)
#: A company's legal form after its name in a copyright line ("Bloomberg L.P.", "Reuters Limited").
_LEGAL_FORM_RE = re.compile(r"(?:,?\s+(?:L\.?P|Inc|Ltd|Limited|LLC|Corp|Corporation|Co|plc|PLC|GmbH|S\.?A|AG)\.?)+$")
#: A line that only names agencies: "Source: AP", "— Reuters", "(AFP)", "Reuters and AFP".
_AGENCY_LINE_RE = re.compile(
    r"(?i)^[(\[]?\s*"
    r"(?P<marker>(?:sources?|via|agencies|from|wire|story|courtesy(?:\s+of)?)\s*[:\-–—]?\s*|[-–—]+\s*)?"
    r"(?P<who>[^()\[\]]{2,60}?)\s*[)\]]?\.?$"
)
_COPYRIGHT_OWNER_RE = _Lazy(
    r"(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|the|and|for))*)"
)
#: A page's own furniture above a story, copied with it: the reading time ("3 min read"), a menu
#: item ("Sign in", "LIVE TV") and a breadcrumb trail ("Home > Business > Markets").
_READING_TIME_RE = re.compile(
    r"(?i)^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?:less than\s+)?(?:an?|\d{1,3})[\s-]*min(?:ute)?s?\.?(?:\s+read)?$"
)
_MENU_ITEMS = frozenset(
    "sign in|log in|login|sign up|sign out|log out|register|my account|menu|open menu|close menu|main menu"
    "|search|home|live|live tv|watch live|live updates|e-paper|epaper|skip to content|skip to main content"
    "|skip navigation|listen|listen to this article|listen to article|audio|toggle navigation".split("|")
)
#: Two to six short capitalised items between ">", "›" or "»".
_BREADCRUMB_RE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})(?:\s*[>›»]\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}){1,5}$"
)
#: Between "/" or "|", which credit lines use too ("Reuters | The World Desk"), only a site's
#: section names make a trail ("Home / World / Economy", "Business | Agriculture").
_SECTIONS = frozenset(
    "home|news|world|business|economy|markets|market|politics|sport|sports|tech|technology|science|health"
    "|opinion|entertainment|agriculture|commodities|finance|money|lifestyle|local|national|international"
    "|companies|industry|energy|environment|regional|latest|video|culture|arts|travel|education|asia"
    "|europe|americas|africa|middle east|india|us|uk|australia|nation|top stories|stocks|currencies".split("|")
)
_SECTION_SPLIT_RE = re.compile(r"\s+[/|]\s+")
#: A page's text-size control ("Font size: A A A").
_FONT_SIZE_RE = re.compile(r"(?i)^(?:font|text)\s+size\b")
_SOURCE_LINK_RE = re.compile(
    r"(?i)^(?:(?:source|supply|origin)\s+(?:link|hyperlink|url|hyper link)"
    r"|(?:read|learn|view) (?:the )?(?:original|unique|authentic) (?:article|story|post|report)(?: here)?"
    r"|original (?:article|story))\W*$"
)
# A list header is the phrase alone ("KEEP READING:") or the phrase, a separator and one linked
# headline ("READ MORE: ..."); a sentence that merely starts with "Read more about" is body.
_LINK_HEADER_RE = re.compile(
    r"(?i)^(?:(?:keep|maintain|hold|proceed|carry on|continue) (?:reading|studying)"
    r"|(?:read|learn) (?:more|also|extra|additionally|next)|also (?:read|learn)|see also|must read"
    r"|(?:related|associated)(?: (?:articles?|stories|news|posts?|coverage|content|reading|tales))?"
    r"|(?:more|extra) (?:from|on|stories|news|coverage)(?-i:(?: [A-Z][\w'’]*){0,4})|recommended(?: (?:stories|articles|for you))?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| news| stories)?|top stories"
    r"|don'?t miss|popular (?:now|stories)|most read)"
    r"(?:\s*[:.]?\s*$|\s*[:|»›>–—-]\s*(?=\S))"
)
_SHARE_WORDS = (
    r"share|share this(?: article| story| page| post)?|share on \w+|share via \w+|tweet|email|e-mail|print"
    r"|copy link|copy url|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|flipboard"
    r"|messenger|comments?|save|bookmark|gift (?:this )?article"
)
_SHARE_RE = re.compile(rf"(?i)^(?:{_SHARE_WORDS})(?:\s*[|,/·•:-]?\s*(?:{_SHARE_WORDS}))*\s*$")
#: "This story first appeared in X" / "Originally published by X" / "Republished with permission
#: from X": where the text comes from. A page says so of the outlet it copied, not of itself.
_APPEARED_RE = _Lazy(
    r"(?i)^(?:this (?:story|article|report|piece|post) (?:is |was |has been )?)?"
    r"(?:(?:first|originally) (?:appeared|published|ran) (?:in|on|at|by)"
    r"|(?:republished|reprinted|reproduced)(?: here)?(?: with (?:kind )?permission)? (?:from|by))"
    # The name, then perhaps what it is (", a nonprofit newsroom"), more of the sentence
    # (" and is republished...", " on March 3") or a sentence after it ("Sign up for...").
    r" (?P<who>(?:[^,;.]|\.(?!\s|$)|(?<=\b[A-Z])\.){2,80}?)(?:(?:[,;]| and | on | under )\s*.*|(?<![A-Z]\.[A-Z])\.\s+\S.*)?[\s.!]*$"
)
#: A cited outlet reads like a name: a few words, the first capitalised, or a web address.
_CITED_OUTLET_RE = re.compile(
    r"^(?:The |the )?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}$|^[a-z][\w-]*(?:\.[\w-]+)+$"
)
#: "Follow X for more updates": the page's own outlet asking for followers.
_FOLLOW_OUTLET_RE = _Lazy(
    r"(?i)^follow (?!us\b)(?P<who>(?-i:[A-Z0-9]).{1,59}?) (?:on [\w ]{2,30} )?for (?:more|the latest|all the latest)"
    r" (?:updates|news|stories|coverage)[\s.!]*$"
)
_FOLLOW_RE = re.compile(
    r"(?i)^(?:follow|like|join) us on .{0,60}$|^click here to (?:join|follow|subscribe|read|share).{0,120}$"
    r"|^follow (?:us )?(?:on|to) .{0,80}$|^share (?:this|your) .{0,60}$"
)
# A promo names a newsletter (and asks you to join, sign up, get it...), or asks you to sign up
# or subscribe in the second person: "Subscribe to our...", "delivered to your inbox".
_NEWSLETTER_RE = _Lazy(r"(?i)\be-?\s?newsletters?\b|\bnewsletters?\b")
_NEWSLETTER_ACTION_RE = _Lazy(
    r"(?i)\b(?:join|sign|subscribe|get|receive|delivered|register|enter your e-?mail|free|weekly|daily|be part of)\b"
)
_SUBSCRIBE_RE = _Lazy(
    r"(?i)\b(?:sign\s?up|subscribe|register)\s+(?:now|today|here|for (?:free|just|our|the)|to (?:our|get|receive))\b"
    r"|\b(?:delivered|sent|straight) (?:to|into) your inbox\b|^subscribe\W*$"
)
_COMMENT_HEADER_RE = re.compile(
    r"(?i)^(?:(?:leave|depart|go away|post|add|write|submit) (?:a|your) (?:reply|comment|remark|response)s?"
    r"(?: cancel reply)?|(?:\d+\s+)?(?:comments|responses|replies)|comments are closed"
    r"|(?:join|start) the (?:conversation|discussion))[.:!]?$"
)
_COMMENT_FORM_HEADER_RE = _Lazy(
    r"(?i)^(?:leave|depart|go away|post|add|write|submit) (?:a|your) (?:reply|comment|remark|response)s?\b"
)


def is_comment_form_header(line: str) -> bool:
    """``Leave a Reply`` and its variants: unmistakably the start of a comment form."""
    return bool(_COMMENT_FORM_HEADER_RE.match(line.strip()))


_COMMENT_FORM_RE = _Lazy(
    r"(?i)your\s+(?:e-?\s?mail|electronic mail)\s+(?:address|deal with|tackle|handle)\s+(?:will not|won'?t|won’t|is not going to|will|shall not)"
    r"(?:\s+not)?\s+be\s+(?:published|revealed|printed|made public)"
    r"|required fields are (?:marked|marked with)|save my name,? e-?\s?mail|^post comment$|^cancel reply$"
    r"|you must be logged in to (?:post|publish|put up) a comment|^(?:name|e-?\s?mail|website|comment)\s*\*?$"
)

#: Short boilerplate phrases, matched fuzzily so spinner variants and typos are caught too.
_PHRASES = {
    "advertisement": AD,
    "source link": SOURCE_LINK,
    "supply hyperlink": SOURCE_LINK,
    "leave a reply": COMMENT_FORM,
    "leave a comment": COMMENT_FORM,
    "depart a reply": COMMENT_FORM,
    "keep reading": LINK_LIST,
    "read more": LINK_LIST,
    "share this article": SHARE,
    "sign up for our newsletter": NEWSLETTER,
}


def _fuzzy_phrase(folded: str) -> str | None:
    if len(folded) < 8 or len(folded.split()) > 6:
        return None
    hit = process.extractOne(folded.rstrip(" .:!"), list(_PHRASES), scorer=fuzz.ratio, score_cutoff=88)
    return _PHRASES[hit[0]] if hit else None


@record(frozen=True)
class LineInfo:
    """What one line or paragraph is, when it is not plain body text."""

    reason: str
    date: str | None = None
    outlet: str | None = None
    byline: Byline | None = None
    agencies: tuple[str, ...] = ()
    opens_section: bool = False  # "KEEP READING:", "Leave a Reply": what follows belongs to it
    #: Sources that are no known agency the line names as where the text comes from ("First
    #: published in X", "(With inputs from X)").
    cites: tuple[str, ...] = ()

    def __init__(
        self,
        reason: str,
        date: str | None = None,
        outlet: str | None = None,
        byline: Byline | None = None,
        agencies: tuple[str, ...] = (),
        opens_section: bool = False,
        cites: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            reason=reason,
            date=date,
            outlet=outlet,
            byline=byline,
            agencies=agencies,
            opens_section=opens_section,
            cites=cites,
        )


def _listed_agencies(text: str) -> list[str | None]:
    """Each name of a list ("PTI, Reuters", "Reuters and AFP", "AP/Reuters") as an agency, or
    None where a name is no agency's."""
    return [agency_name(p) for p in re.split(r",|/|\band\b|&", text)]


#: The most words of a source's name signed after a bare dash ("— Pacific Wire Service").
DASH_NAME_WORDS = 4
#: Words that make a name an organisation's rather than a person's ("Pacific Wire Service",
#: "The Evening Dispatch"): where a credit line may name either, only these count as a source.
_ORGANISATION_WORDS = frozenset(
    "agency agencies press news newswire wire wires service services network networks media times post "
    "herald tribune gazette journal chronicle observer telegraph express mirror star sun mail guardian "
    "independent daily weekly today dispatch ledger standard bulletin digest courier record review report "
    "radio tv television broadcasting broadcast corporation online channel magazine newspaper newsroom "
    "associated international group syndicate feed bureau".split()
)
#: Capitalised words that end a wire story rather than name its source ("— END").
_SIGN_OFF_WORDS = frozenset(
    {"END", "ENDS", "MORE", "EDS", "FILE", "PHOTO", "PHOTOS", "VIDEO", "UPDATE", "NEW", "AND", "THE"}
)
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_SOURCE_NAME_RE = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9&][\w&'’.-]*|of|the|and|for|de|du)){0,6}$"
)


def source_names(text: str, organisations_only: bool = False) -> tuple[str, ...]:
    """The names a credit line gives as its sources that are no known agency's ("(With inputs
    from APA)", "Pacific Wire Service contributed to this report"): capitalised names of at most
    seven words. With ``organisations_only`` (a line that may as well name a person, such as
    "Additional reporting by ..."), only acronyms and names with an organisation's word."""
    out = []
    for part in re.split(r",|/|\band\b|&|;", text):
        name = " ".join(part.split()).strip(" .,;:()[]")
        if not name or agency_name(name) or not _SOURCE_NAME_RE.match(name):
            continue
        if name.lower().startswith("the "):
            name = name[4:]
        words = {w.lower().strip(".") for w in name.split()}
        if organisations_only and not (_ACRONYM_RE.match(name) or words & _ORGANISATION_WORDS):
            continue
        if name.upper() in _SIGN_OFF_WORDS:
            continue
        out.append(name)
    return tuple(dict.fromkeys(out))


def same_source(a: str, b: str) -> bool:
    """Whether two names of a source are one: the same words, or one the other's initials
    ("APA" and "Austral Press Agency")."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    for short, long in ((a, b), (b, a)):
        if _ACRONYM_RE.match(short.strip()):
            initials = "".join(w[0] for w in long.split() if w[:1].isupper())
            if initials == short.strip().replace("&", ""):
                return True
    return False


#: The sign-offs an agency puts at the foot of its own story: Xinhua's "Enditem", AAP's and
#: dpa's editors' initials ("AAP srm/hp/ch", "dpa fs be"), Reuters' "(Reporting by ...; Editing
#: by ...)". They mark the agency's own copy, as its copyright line does.
_WIRE_MARKS = _Lazy(
    r"^(?:(?P<Xinhua>(?i:end\s?item))"
    r"|(?P<Reuters>\((?i:reporting by [^;()]+;\s*(?:additional reporting by [^;()]+;\s*)?editing by [^;()]+)\)))\.?$"
)
#: An agency's name and its editors' initials ("AAP srm/hp/ch", "dpa fs be", "PTI CCM CDA", "EFE
#: how/lrg"), or the initials alone ("ef/deo", as AFP signs off): the agency then is the one the
#: story's dateline names.
_DESK_MARK = _Lazy(
    r"^(?:(?P<agency>[A-Za-z]{2,6})\s+)?(?P<codes>(?:[a-z]{1,4}|[A-Z]{1,4})(?:[/ ](?:[a-z]{1,4}|[A-Z]{1,4})){1,3})$"
)


def classify_line(text: str) -> LineInfo | None:
    """Classify one line/paragraph as a kind of boilerplate or metadata, or None for body text."""
    words = text.split()
    line = " ".join(words)
    if not line or len(line) > 600:
        return None  # (a long paragraph is body text: the checks below all need a shorter line)
    short = len(line) <= 200
    lowered = line.lower()
    if short:
        iso = date_line(line)
        if iso:
            return LineInfo(DATE_LINE, date=iso)
        if undated_date_line(line):
            return LineInfo(DATE_LINE)
        dated = dated_byline(line)
        by, iso = dated if dated else (parse_byline(line), None)
        if by:
            return LineInfo(BYLINE, date=iso, byline=by, outlet=by.outlet, agencies=(by.agency,) if by.agency else ())
        if _AD_RE.match(line):
            return LineInfo(AD)
        if len(line) <= 80 and (
            lowered.rstrip(" .:") in _MENU_ITEMS
            or _READING_TIME_RE.match(line)
            or _BREADCRUMB_RE.match(line)
            or _FONT_SIZE_RE.match(line)
            or _section_trail(lowered)
        ):
            return LineInfo(NAVIGATION)
        credit = _CREDIT_LINE_RE.match(line)
        if credit:
            agency = agency_name(credit.group("who"))
            if agency:
                return LineInfo(ATTRIBUTION, agencies=(agency,))
            return LineInfo(IMAGE_CREDIT)
        if _IMAGE_CREDIT_RE.match(line):
            return LineInfo(IMAGE_CREDIT)
        if len(line) <= 120:
            mark = _WIRE_MARKS.match(line)
            if mark:
                return LineInfo(WIRE_MARK, agencies=(mark.lastgroup,))
            desk = _DESK_MARK.match(line) if len(line) <= 30 else None
            if desk:
                named, codes = desk.group("agency"), desk.group("codes")
                agency = agency_name(named) if named else None
                if agency or (not named and "/" in codes and codes.islower()):
                    return LineInfo(WIRE_MARK, agencies=(agency,) if agency else ())
        attribution = _ATTRIBUTION_LINE_RE.match(line)
        if attribution:
            who = next((g for g in attribution.group("who", "who_first", "contributor", "provider") if g), "")
            named = _listed_agencies(who)
            cites = tuple(dict.fromkeys([*(a for a in named if a), *(c.agency for c in find_citations(line))]))
            # Sources no table knows, by name; where reporting is credited, a person may be named.
            before = lowered[: attribution.start("who")] if attribution.group("who") else ""
            people_too = attribution.group("contributor") is not None or "reporting" in before
            return LineInfo(ATTRIBUTION, agencies=cites, cites=source_names(who, organisations_only=people_too))
        if len(line) <= 80:
            signed = _AGENCY_LINE_RE.match(line)
            if signed:
                names = _listed_agencies(signed.group("who"))
                if names and all(names):
                    return LineInfo(ATTRIBUTION, agencies=tuple(dict.fromkeys(n for n in names if n)))
                marker = signed.group("marker")
                if marker:
                    # "Source: Pacific Wire Service", "— PWS": a sign-off naming another source.
                    others = source_names(signed.group("who"), organisations_only=True)
                    if not marker.strip(" -–—"):
                        # After a bare dash, a short name only: a longer one is a headline in a
                        # list of links ("- Hunt Group Has Comdata Stake, Seeks Influence").
                        others = tuple(n for n in others if len(n.split()) <= DASH_NAME_WORDS)
                    if others:
                        return LineInfo(ATTRIBUTION, cites=others)
        if ("©" in line or "(c)" in lowered or "copyright" in lowered or "rights reserved" in lowered) and (
            _COPYRIGHT_RE.match(line)
        ):
            owner = _COPYRIGHT_OWNER_RE.match(line)
            name = re.split(r"\.\s", owner.group("name"))[0].rstrip(".") if owner else ""
            agency = agency_name(name) or agency_name(_LEGAL_FORM_RE.sub("", name)) if name else None
            if agency:
                return LineInfo(COPYRIGHT, agencies=(agency,))
            return LineInfo(COPYRIGHT, outlet=(outlet_name(name) or name) if name else None)
        outlet = sign_off_outlet(line)
        if outlet:
            return LineInfo(OUTLET_SIGN_OFF, outlet=outlet)
        if lowered.startswith("follow "):
            own = _FOLLOW_OUTLET_RE.match(line)
            if own:
                name = own.group("who")
                return LineInfo(OUTLET_SIGN_OFF, outlet=outlet_name(name) or name)
        if any(k in lowered for k in ("appeared", "published", " ran ", "reprinted", "reproduced")):
            appeared = _APPEARED_RE.match(line)
            if appeared:
                cited = cited_outlet(appeared.group("who"))
                if cited and agency_name(cited):
                    return LineInfo(ATTRIBUTION, agencies=(cited,))
                # An outlet's name: where the text comes from, but no agency's credit line.
                return LineInfo(SOURCE_LINK, cites=(cited,) if cited else ())
        if _SOURCE_LINK_RE.match(line):
            return LineInfo(SOURCE_LINK)
        if _COMMENT_HEADER_RE.match(line):
            return LineInfo(COMMENT_FORM, opens_section=True)
        if any(k in lowered for k in ("mail", "required fields", "comment", "reply")) and _COMMENT_FORM_RE.search(line):
            return LineInfo(COMMENT_FORM)
        header = _LINK_HEADER_RE.match(line)
        if header and len(line) <= 120:
            rest = line[header.end() :].strip(" :-–—|")
            # "KEEP READING:" opens a list; "READ MORE: <headline>" is a one-line link.
            return LineInfo(LINK_LIST, opens_section=not rest)
        if _SHARE_RE.match(line) or _FOLLOW_RE.match(line):
            return LineInfo(SHARE)
        if ("newsletter" in lowered and _NEWSLETTER_RE.search(line) and _NEWSLETTER_ACTION_RE.search(line)) or (
            any(k in lowered for k in ("sign", "subscri", "regist", "inbox")) and _SUBSCRIBE_RE.search(line)
        ):
            return LineInfo(NEWSLETTER)
        phrase = _fuzzy_phrase(fold(line)) if len(words) <= 6 else None
        if phrase:
            return LineInfo(phrase, opens_section=phrase in (LINK_LIST, COMMENT_FORM))
    if any(k in lowered for k in _CAPTION_HINTS) and _CAPTION_MARK_RE.search(line):
        return LineInfo(PHOTO_CAPTION)
    return None


def _section_trail(lowered: str) -> bool:
    """``lowered`` is a site's section name ("Economy", "World News"), or two or more of them
    between "/" or "|"."""
    items = _SECTION_SPLIT_RE.split(lowered)
    if len(items) == 1:
        return lowered in _SECTIONS or (lowered.endswith(" news") and lowered[:-5] in _SECTIONS)
    return all(item.strip() in _SECTIONS for item in items)


def strip_caption_credit(text: str) -> str:
    """A caption's text without its trailing credit, for comparing it with a nearby duplicate."""
    text = re.sub(r"(?i)\s*credits?(?:\s+score)?\s*:\s*\S[^.!?]{0,60}$", "", text)
    text = re.sub(r"\s*\([^()]*(?:photo|Photo|/)[^()]*\)", "", text)
    return text.strip()


def looks_like_headline(line: str) -> bool:
    """Short, one line, no closing full stop: reads like a headline or a subheading."""
    line = line.strip()
    if not line or "\n" in line or len(line) > 160:
        return False
    words = line.split()
    if len(words) > 20:
        return False
    if line.endswith((".", ",", ";", ":", "。", "，")) and not line.endswith("..."):
        return False
    return any(ch.isalpha() for ch in line)
