"""Page furniture: outlets, datelines, date lines, wire credits, boilerplate."""
import datetime as dt
import re

AGENCIES = {
    # key: (display name, site slug, credit short form)
    "reuters": ("Reuters", "reuters", "Reuters"),
    "ap": ("The Associated Press", "apnews", "AP"),
    "afp": ("Agence France-Presse", "afp", "AFP"),
    "pti": ("Press Trust of India", "pti", "PTI"),
    "upi": ("United Press International", "upi", "UPI"),
    "bloomberg": ("Bloomberg", "bloomberg", "Bloomberg"),
}
AGENCY_WEIGHTS = [("reuters", 45), ("ap", 20), ("afp", 12), ("pti", 10), ("upi", 7), ("bloomberg", 6)]

OUTLETS = [
    ("The Harbor Gazette", "harborgazette"), ("Midland Daily Record", "midlanddaily"),
    ("Capital Ledger", "capitalledger"), ("Global Markets Digest", "marketsdigest"),
    ("Prairie Farm Journal", "prairiefarm"), ("AgriTrade Today", "agritradetoday"),
    ("The Morning Courier", "morningcourier"), ("Asia Business Post", "asiabizpost"),
    ("Eastern Chronicle", "easternchronicle"), ("The Daily Sentinel", "dailysentinel"),
    ("Commodity Watch", "commoditywatch"), ("Lakeside Tribune", "lakesidetribune"),
    ("The Financial Observer", "finobserver"), ("Metro Evening News", "metroevening"),
    ("Pacific Rim Times", "pacificrimtimes"), ("Heartland Herald", "heartlandherald"),
    ("The National Mirror", "nationalmirror"), ("Trade Winds Weekly", "tradewinds"),
    ("NewsNow24", "newsnow24"), ("Business Line Express", "bizlineexpress"),
    ("The Valley Dispatch", "valleydispatch"), ("Grain & Feed Report", "grainfeed"),
    ("World Economy Wire", "worldeconwire"), ("The Citizen Post", "citizenpost"),
    ("Deccan Business Daily", "deccanbiz"), ("Gulf Trade Monitor", "gulftrade"),
    ("Northern Star Online", "northernstar"), ("MarketPulse", "marketpulse"),
    ("The Evening Standard-Times", "standardtimes"), ("Farmgate News", "farmgate"),
    ("Yahoo-style Finance Hub", "financehub"), ("The Economic Courier", "econcourier"),
    ("Portside Journal", "portside"), ("DailyBrief", "dailybrief"),
    ("Continental Times", "continentaltimes"), ("Rural Voice", "ruralvoice"),
]

FIRST = ["James", "Maria", "David", "Priya", "Tom", "Anna", "Rahul", "Sarah", "Kenji",
         "Lucy", "Peter", "Fatima", "Carlos", "Emma", "Michael", "Nadia", "John", "Li",
         "Rosa", "Ahmed", "Karen", "Hugh", "Sophie", "Daniel"]
LAST = ["Miller", "Chen", "Okafor", "Sharma", "Kowalski", "Jensen", "Rossi", "Tanaka",
        "Brown", "Haddad", "Garcia", "Nguyen", "Fischer", "Walsh", "Patel", "Moreau",
        "Kim", "Ivanova", "Baker", "O'Neill", "Santos", "Lindqvist", "Mensah", "Reid"]

TZS = [("EST", -5), ("EDT", -4), ("GMT", 0), ("UTC", 0), ("BST", 1), ("CET", 1),
       ("IST", 5.5), ("AEST", 10), ("JST", 9), ("PT", -8), ("SGT", 8), ("CT", -6)]

CITIES = {
    "Washington": "WASHINGTON", "New York": "NEW YORK", "Chicago": "CHICAGO",
    "London": "LONDON", "Paris": "PARIS", "Brussels": "BRUSSELS", "Bonn": "BONN",
    "Frankfurt": "FRANKFURT", "Tokyo": "TOKYO", "Sydney": "SYDNEY", "Ottawa": "OTTAWA",
    "Buenos Aires": "BUENOS AIRES", "Kuala Lumpur": "KUALA LUMPUR", "Jakarta": "JAKARTA",
    "Manila": "MANILA", "Peking": "BEIJING", "Beijing": "BEIJING", "Moscow": "MOSCOW",
    "Rome": "ROME", "Madrid": "MADRID", "Kansas City": "KANSAS CITY",
    "Winnipeg": "WINNIPEG", "Canberra": "CANBERRA", "Singapore": "SINGAPORE",
    "Hong Kong": "HONG KONG", "New Delhi": "NEW DELHI", "Cairo": "CAIRO",
    "Geneva": "GENEVA", "Rotterdam": "ROTTERDAM", "Bangkok": "BANGKOK",
    "Brasilia": "BRASILIA", "Wellington": "WELLINGTON", "Hamburg": "HAMBURG",
}
COUNTRY_CITY = {
    "Japan": "TOKYO", "China": "BEIJING", "Soviet": "MOSCOW", "Argentina": "BUENOS AIRES",
    "Australia": "CANBERRA", "Canada": "OTTAWA", "Brazil": "BRASILIA", "India": "NEW DELHI",
    "Indonesia": "JAKARTA", "Philippines": "MANILA", "Malaysia": "KUALA LUMPUR",
    "Egypt": "CAIRO", "Thailand": "BANGKOK", "European Community": "BRUSSELS",
    "EC ": "BRUSSELS", "West German": "BONN", "France": "PARIS", "French": "PARIS",
    "Canadian": "OTTAWA", "Japanese": "TOKYO", "Chinese": "BEIJING", "Argentine": "BUENOS AIRES",
    "Australian": "CANBERRA", "Brazilian": "BRASILIA", "Indian": "NEW DELHI", "Egyptian": "CAIRO",
    "U.S.": "WASHINGTON", "USDA": "WASHINGTON", "Agriculture Department": "WASHINGTON",
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
          "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

BREADCRUMBS = ["Home > Business > Markets", "Home / World / Economy", "News » Commodities",
               "Business | Agriculture", "Markets > Commodities > Grains", "World News",
               "Economy", "HOME / BUSINESS"]
TOP_JUNK = ["Skip to main content", "Menu", "Search", "Sign in", "Subscribe",
            "LIVE TV", "Advertisement", "Listen to this article", "3 min read",
            "Font size: A A A", "Print"]
SHARE = ["Share this:", "Share", "SHARE THIS ARTICLE", "Share on Facebook  Share on Twitter  Email",
         "Facebook Twitter WhatsApp Email", "Share via: Facebook | X | LinkedIn | Email"]
BOTTOM_JUNK = ["Subscribe to our newsletter for the day's top business stories.",
               "Sign up for our daily briefing.", "Comments (0)",
               "Most Read", "Trending Now", "Follow us on X and Facebook for the latest updates.",
               "Download our app for breaking news alerts.", "Advertisement",
               "Read more:", "Also read:", "Report an error", "Click here to subscribe."]


def city_for(text, rng):
    for name, up in CITIES.items():
        if re.search(r"\b%s\b" % re.escape(name), text[:600]):
            return up
    best = None
    for name, up in COUNTRY_CITY.items():
        pos = text.find(name)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, up)
    if best:
        return best[1]
    return rng.choice(["LONDON", "WASHINGTON", "NEW YORK", "CHICAGO", "PARIS", "TOKYO"])


def local(t, tz):
    return t + dt.timedelta(hours=tz[1])


def _h12(d):
    h = d.hour % 12 or 12
    return h, ("a.m." if d.hour < 12 else "p.m."), ("AM" if d.hour < 12 else "PM")


def fmt_date(t, tz, style):
    """Format a UTC datetime t in time zone tz with one of many real styles."""
    d = local(t, tz)
    h, ap, AP = _h12(d)
    off = tz[1]
    sign = "+" if off >= 0 else "-"
    offs = "%s%02d:%02d" % (sign, int(abs(off)), int(round((abs(off) % 1) * 60)))
    styles = {
        0: "%s %d, %d at %d:%02d %s %s" % (MONTHS[d.month - 1], d.day, d.year, h, d.minute, ap, tz[0]),
        1: "%04d-%02d-%02d %02d:%02d %s" % (d.year, d.month, d.day, d.hour, d.minute, tz[0]),
        2: "%s %d %s %d %02d.%02d %s" % (WEEKDAYS[d.weekday()][:3], d.day, MON3[d.month - 1], d.year, d.hour, d.minute, tz[0]),
        3: "%s %d, %d, %02d:%02d %s" % (MON3[d.month - 1], d.day, d.year, d.hour, d.minute, tz[0]),
        4: "%04d-%02d-%02dT%02d:%02d:%02d%s" % (d.year, d.month, d.day, d.hour, d.minute, d.second, offs),
        5: "%02d/%02d/%04d %d:%02d %s %s" % (d.month, d.day, d.year, h, d.minute, AP, tz[0]),
        6: "%d/%d/%d" % (d.day, d.month, d.year),
        7: "%s %02d, %d / %02d:%02d %s %s" % (MON3[d.month - 1], d.day, d.year, h, d.minute, AP, tz[0]),
        8: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        9: "%s, %s %d, %d %d:%02d %s %s" % (WEEKDAYS[d.weekday()], AP_MON[d.month - 1], d.day, d.year, h, d.minute, ap, tz[0]),
        10: "%d %s %d, %d:%02d %s" % (d.day, MON3[d.month - 1], d.year, d.hour, d.minute, tz[0]),
    }
    return styles[style]


def dateline(agency, city, t, rng):
    """The agency's own dateline at the start of the first paragraph."""
    d = t
    cityc = city.title() if agency in ("afp", "pti") else city
    if agency == "reuters":
        return "%s, %s %d (Reuters) - " % (city, MONTHS[d.month - 1], d.day)
    if agency == "ap":
        return "%s (AP) — " % city
    if agency == "afp":
        return "%s (AFP) - " % cityc
    if agency == "pti":
        return "%s, %s %d (PTI) " % (cityc, MON3[d.month - 1], d.day)
    if agency == "upi":
        return "%s, %s %d (UPI) -- " % (city, MONTHS[d.month - 1], d.day)
    return "(Bloomberg) -- "


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def house_mark(agency, t, rng, city, names):
    """The footer the agency itself puts under its own story."""
    y = t.year
    if agency == "reuters":
        lines = ["(Reporting by %s; Editing by %s)" % names]
        if rng.random() < 0.5:
            lines.append("Our Standards: The Thomson Reuters Trust Principles.")
        return lines
    if agency == "ap":
        lines = []
        if rng.random() < 0.5:
            lines.append("Associated Press writer %s in %s contributed to this report." % (names[0], city.title()))
        lines.append("Copyright %d The Associated Press. All rights reserved. This material may not be "
                     "published, broadcast, rewritten or redistributed." % y)
        return lines
    if agency == "afp":
        ini = lambda: "".join(rng.choice("abcdefghjklmnprstw") for _ in range(rng.randint(2, 3)))
        return ["%s-%s/%s" % (rng.choice(["bur", "burs"]), ini(), ini()), "© %d AFP" % y]
    if agency == "pti":
        return ["PTI %s %s" % ("".join(rng.choice("ABCDEGHJKLMNPRSTVY") for _ in range(2)),
                                "".join(rng.choice("ABCDEGHJKLMNPRSTVY") for _ in range(3)))]
    if agency == "upi":
        return ["Copyright %d United Press International, Inc. All Rights Reserved." % y]
    p = names[0]
    return ["To contact the reporter on this story: %s in %s at %s@bloomberg.net" %
            (p, city.title(), (p.split()[0][0] + p.split()[1]).lower().replace("'", "")),
            "©%d Bloomberg L.P." % y]


def republish_credit(agency, via_name, outlet_name, t, rng, names):
    """How a republisher credits its source (possibly the page it copied)."""
    short = AGENCIES[agency][2]
    full = AGENCIES[agency][0]
    src = via_name if via_name else short
    opts = [
        "— %s" % short, "With inputs from %s" % short, "Source: %s" % src,
        "This story was originally published by %s." % (via_name or full),
        "(This story has not been edited by %s staff and is auto-generated from a syndicated feed.)" % outlet_name,
        "%s contributed to this report." % (via_name or full),
        "Agencies", "(%s)" % short, "Courtesy: %s" % src,
    ]
    if agency == "ap":
        opts.append("Copyright %d The Associated Press. All rights reserved. This material may not be "
                    "published, broadcast, rewritten or redistributed." % t.year)
    if agency == "reuters":
        opts.append("(Reporting by %s; Editing by %s)" % names)
    return rng.choice(opts)
