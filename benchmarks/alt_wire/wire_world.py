"""The invented (and real) world wire_synth.py dresses articles in: places, time zones, news agencies,
outlets, people's names, boilerplate."""

from __future__ import annotations

# --- time zones (southern summer / northern winter: the Lee stories date from Dec 2001 - Jan 2002)

TZ = {
    # key: (offset minutes, abbreviation as printed)
    "AEDT": (660, "AEDT"), "AEST": (600, "AEST"), "ACDT": (630, "ACDT"), "ACST": (570, "ACST"),
    "AWST": (480, "AWST"), "NZDT": (780, "NZDT"), "IST": (330, "IST"), "PKT": (300, "PKT"),
    "AFT": (270, "AFT"), "ISR": (120, "IST"), "EST": (-300, "EST"), "CST": (-360, "CST"),
    "PST": (-480, "PST"), "GMT": (0, "GMT"), "CET": (60, "CET"), "MSK": (180, "MSK"),
    "JST": (540, "JST"), "BJT": (480, "Beijing time"), "HKT": (480, "HKT"), "SGT": (480, "SGT"),
    "PHT": (480, "PHT"), "WIB": (420, "WIB"), "WITA": (480, "WITA"), "ICT": (420, "ICT"),
    "MYT": (480, "MYT"), "ART": (-180, "ART"), "SAST": (120, "SAST"), "CAT": (120, "CAT"),
    "PGT": (600, "PGT"), "FJT": (720, "FJT"), "NRT": (720, "NRT"), "AST": (180, "AST"),
    "GST": (240, "GST"), "NPT": (345, "NPT"), "BDT": (360, "BDT"), "LKT": (360, "LKT"),
    "KST": (540, "KST"), "TLT": (540, "TLT"), "SBT": (660, "SBT"), "VUT": (660, "VUT"),
}

# --- places: text pattern, dateline city, country for agencies that add one (None = stand-alone),
# --- time zone, region

PLACES = [
    ("Sydney", "SYDNEY", None, "AEDT", "AU"), ("Melbourne", "MELBOURNE", "Australia", "AEDT", "AU"),
    ("Canberra", "CANBERRA", "Australia", "AEDT", "AU"), ("Brisbane", "BRISBANE", "Australia", "AEST", "AU"),
    ("Adelaide", "ADELAIDE", "Australia", "ACDT", "AU"), ("Perth", "PERTH", "Australia", "AWST", "AU"),
    ("Hobart", "HOBART", "Australia", "AEDT", "AU"), ("Darwin", "DARWIN", "Australia", "ACST", "AU"),
    ("Launceston", "LAUNCESTON", "Australia", "AEDT", "AU"), ("Woomera", "WOOMERA", "Australia", "ACDT", "AU"),
    ("Cairns", "CAIRNS", "Australia", "AEST", "AU"), ("Wollongong", "WOLLONGONG", "Australia", "AEDT", "AU"),
    ("Alice Springs", "ALICE SPRINGS", "Australia", "ACST", "AU"), ("Geelong", "GEELONG", "Australia", "AEDT", "AU"),
    ("Christmas Island", "CHRISTMAS ISLAND", "Australia", "WIB", "AU"),
    ("Jerusalem", "JERUSALEM", None, "ISR", "ME"), ("Gaza City", "GAZA CITY", "Gaza Strip", "ISR", "ME"),
    ("Ramallah", "RAMALLAH", "West Bank", "ISR", "ME"), ("Nablus", "NABLUS", "West Bank", "ISR", "ME"),
    ("Jenin", "JENIN", "West Bank", "ISR", "ME"), ("Bethlehem", "BETHLEHEM", "West Bank", "ISR", "ME"),
    ("Hebron", "HEBRON", "West Bank", "ISR", "ME"), ("Haifa", "HAIFA", "Israel", "ISR", "ME"),
    ("Tel Aviv", "TEL AVIV", "Israel", "ISR", "ME"), ("Baghdad", "BAGHDAD", "Iraq", "AST", "ME"),
    ("Kabul", "KABUL", "Afghanistan", "AFT", "AF"), ("Kandahar", "KANDAHAR", "Afghanistan", "AFT", "AF"),
    ("Jalalabad", "JALALABAD", "Afghanistan", "AFT", "AF"), ("Tora Bora", "TORA BORA", "Afghanistan", "AFT", "AF"),
    ("Mazar-e-Sharif", "MAZAR-E-SHARIF", "Afghanistan", "AFT", "AF"),
    ("Islamabad", "ISLAMABAD", "Pakistan", "PKT", "SA"), ("Karachi", "KARACHI", "Pakistan", "PKT", "SA"),
    ("Peshawar", "PESHAWAR", "Pakistan", "PKT", "SA"), ("Quetta", "QUETTA", "Pakistan", "PKT", "SA"),
    ("Lahore", "LAHORE", "Pakistan", "PKT", "SA"), ("New Delhi", "NEW DELHI", None, "IST", "SA"),
    ("Mumbai", "MUMBAI", "India", "IST", "SA"), ("Bombay", "BOMBAY", "India", "IST", "SA"),
    ("Srinagar", "SRINAGAR", "India", "IST", "SA"), ("Calcutta", "CALCUTTA", "India", "IST", "SA"),
    ("Kathmandu", "KATHMANDU", "Nepal", "NPT", "SA"), ("Dhaka", "DHAKA", "Bangladesh", "BDT", "SA"),
    ("Colombo", "COLOMBO", "Sri Lanka", "LKT", "SA"),
    ("Washington", "WASHINGTON", None, "EST", "US"), ("New York", "NEW YORK", None, "EST", "US"),
    ("Boston", "BOSTON", None, "EST", "US"), ("Los Angeles", "LOS ANGELES", None, "PST", "US"),
    ("London", "LONDON", None, "GMT", "EU"), ("Paris", "PARIS", None, "CET", "EU"),
    ("Bonn", "BONN", "Germany", "CET", "EU"), ("Berlin", "BERLIN", None, "CET", "EU"),
    ("Moscow", "MOSCOW", None, "MSK", "EU"), ("Geneva", "GENEVA", None, "CET", "EU"),
    ("Brussels", "BRUSSELS", None, "CET", "EU"), ("Interlaken", "INTERLAKEN", "Switzerland", "CET", "EU"),
    ("Zurich", "ZURICH", "Switzerland", "CET", "EU"), ("Rome", "ROME", None, "CET", "EU"),
    ("Tokyo", "TOKYO", None, "JST", "EA"), ("Beijing", "BEIJING", None, "BJT", "EA"),
    ("Hong Kong", "HONG KONG", None, "HKT", "EA"), ("Seoul", "SEOUL", "South Korea", "KST", "EA"),
    ("Jakarta", "JAKARTA", "Indonesia", "WIB", "SEA"), ("Dili", "DILI", "East Timor", "TLT", "SEA"),
    ("Manila", "MANILA", "Philippines", "PHT", "SEA"), ("Kuala Lumpur", "KUALA LUMPUR", "Malaysia", "MYT", "SEA"),
    ("Singapore", "SINGAPORE", None, "SGT", "SEA"), ("Bangkok", "BANGKOK", "Thailand", "ICT", "SEA"),
    ("Bali", "DENPASAR", "Indonesia", "WITA", "SEA"),
    ("Buenos Aires", "BUENOS AIRES", "Argentina", "ART", "LATAM"),
    ("Johannesburg", "JOHANNESBURG", "South Africa", "SAST", "AFR"), ("Cape Town", "CAPE TOWN", "South Africa", "SAST", "AFR"),
    ("Durban", "DURBAN", "South Africa", "SAST", "AFR"), ("Harare", "HARARE", "Zimbabwe", "CAT", "AFR"),
    ("Wellington", "WELLINGTON", "New Zealand", "NZDT", "PAC"), ("Auckland", "AUCKLAND", "New Zealand", "NZDT", "PAC"),
    ("Christchurch", "CHRISTCHURCH", "New Zealand", "NZDT", "PAC"),
    ("Honiara", "HONIARA", "Solomon Islands", "SBT", "PAC"), ("Port Vila", "PORT VILA", "Vanuatu", "VUT", "PAC"),
    ("Port Moresby", "PORT MORESBY", "Papua New Guinea", "PGT", "PAC"), ("Suva", "SUVA", "Fiji", "FJT", "PAC"),
]

# Fallback when no city is named: words that point to a country or state.
HINTS = [
    ("New South Wales", "Sydney"), ("NSW", "Sydney"), ("Queensland", "Brisbane"), ("Victorian", "Melbourne"),
    ("South Australia", "Adelaide"), ("Western Australia", "Perth"), ("Tasmania", "Hobart"),
    ("Northern Territory", "Darwin"), ("Federal Government", "Canberra"), ("Senate", "Canberra"),
    ("Afghanistan", "Kabul"), ("Afghan", "Kabul"), ("Taliban", "Kabul"), ("Israeli", "Jerusalem"),
    ("Palestinian", "Jerusalem"), ("Israel", "Jerusalem"), ("Pakistan", "Islamabad"), ("Kashmir", "Srinagar"),
    ("India", "New Delhi"), ("Argentina", "Buenos Aires"), ("Indonesia", "Jakarta"), ("East Timor", "Dili"),
    ("Zimbabwe", "Harare"), ("South Africa", "Johannesburg"), ("Japan", "Tokyo"), ("China", "Beijing"),
    ("Britain", "London"), ("British", "London"), ("Pentagon", "Washington"), ("United States", "Washington"),
    ("Bush", "Washington"), ("New Zealand", "Wellington"), ("Iraq", "Baghdad"), ("Russia", "Moscow"),
    ("France", "Paris"), ("Germany", "Berlin"), ("Swiss", "Geneva"), ("Switzerland", "Geneva"),
    ("Nauru", "Nauru"), ("Solomon Islands", "Honiara"), ("Solomons", "Honiara"), ("Fiji", "Suva"),
    ("Papua New Guinea", "Port Moresby"), ("Bougainville", "Port Moresby"), ("Vanuatu", "Port Vila"), ("Australia", "Sydney"), ("Australian", "Canberra"),
]
EXTRA_PLACES = {"Nauru": ("YAREN", "Nauru", "NRT", "PAC")}

# --- agencies ------------------------------------------------------------------------------

AGENCIES = {
    "AP": dict(full="The Associated Press", short="AP", alt=["Associated Press", "AP", "The Associated Press"], tz="EST"),
    "Reuters": dict(full="Reuters", short="Reuters", alt=["Reuters", "Thomson Reuters"], tz="GMT"),
    "AFP": dict(full="Agence France-Presse", short="AFP", alt=["AFP", "Agence France-Presse", "Agence France Presse"], tz="GMT"),
    "AAP": dict(full="Australian Associated Press", short="AAP", alt=["AAP", "Australian Associated Press"], tz="AEDT"),
    "PTI": dict(full="Press Trust of India", short="PTI", alt=["PTI", "Press Trust of India"], tz="IST"),
    "ANI": dict(full="Asian News International", short="ANI", alt=["ANI"], tz="IST"),
    "dpa": dict(full="Deutsche Presse-Agentur", short="dpa", alt=["dpa", "DPA", "Deutsche Presse-Agentur"], tz="CET"),
    "Xinhua": dict(full="Xinhua News Agency", short="Xinhua", alt=["Xinhua", "Xinhua News Agency"], tz="BJT"),
    "Kyodo": dict(full="Kyodo News", short="Kyodo", alt=["Kyodo", "Kyodo News"], tz="JST"),
    "UPI": dict(full="United Press International", short="UPI", alt=["UPI", "United Press International"], tz="EST"),
    "EFE": dict(full="Agencia EFE", short="EFE", alt=["EFE"], tz="CET"),
    "Bernama": dict(full="Bernama", short="Bernama", alt=["Bernama"], tz="MYT"),
    "NZPA": dict(full="New Zealand Press Association", short="NZPA", alt=["NZPA"], tz="NZDT"),
}

AGENCY_BY_REGION = {
    "AU": [("AAP", 5), ("AP", 2), ("Reuters", 2), ("AFP", 2), ("Xinhua", 1), ("dpa", 1)],
    "ME": [("AP", 3), ("Reuters", 3), ("AFP", 3), ("dpa", 1), ("Xinhua", 1)],
    "AF": [("AP", 3), ("Reuters", 3), ("AFP", 3), ("PTI", 1), ("Xinhua", 1), ("dpa", 1)],
    "SA": [("PTI", 3), ("ANI", 1), ("AP", 2), ("Reuters", 2), ("AFP", 2), ("Xinhua", 1)],
    "US": [("AP", 4), ("Reuters", 3), ("UPI", 2), ("AFP", 1)],
    "EU": [("Reuters", 3), ("AFP", 3), ("AP", 2), ("dpa", 2)],
    "EA": [("Kyodo", 2), ("Xinhua", 2), ("AP", 2), ("Reuters", 2), ("AFP", 2)],
    "SEA": [("AFP", 2), ("Reuters", 2), ("AP", 2), ("Bernama", 1), ("Xinhua", 1)],
    "AFR": [("Reuters", 2), ("AFP", 2), ("AP", 2), ("Xinhua", 1)],
    "LATAM": [("AP", 2), ("Reuters", 2), ("AFP", 2), ("EFE", 2)],
    "PAC": [("AAP", 3), ("NZPA", 2), ("AP", 1), ("Reuters", 1), ("AFP", 1)],
}

# --- outlets (all invented) ----------------------------------------------------------------
# kind: paper | broadcast | portal | aggregator | farm | mt ; tz ; spelling ; domain

OUTLETS = [
    # regional newspapers
    ("The Hunter Valley Examiner", "paper", "AEDT", "uk", "huntervalleyexaminer.com.au"),
    ("Riverina Daily Courier", "paper", "AEDT", "uk", "riverinacourier.com.au"),
    ("Gippsland Morning Post", "paper", "AEDT", "uk", "gippslandpost.com.au"),
    ("The Coastal Herald", "paper", "AEST", "uk", "coastalherald.com.au"),
    ("Darling Downs Chronicle", "paper", "AEST", "uk", "ddchronicle.com.au"),
    ("Illawarra Evening News", "paper", "AEDT", "uk", "illawarranews.com.au"),
    ("The Westfield Advocate", "paper", "AWST", "uk", "westfieldadvocate.com.au"),
    ("Goldfields Times", "paper", "AWST", "uk", "goldfieldstimes.com.au"),
    ("Fleurieu Tribune", "paper", "ACDT", "uk", "fleurieutribune.com.au"),
    ("Murray Valley Star", "paper", "AEDT", "uk", "murrayvalleystar.com.au"),
    ("Waikato Morning Star", "paper", "NZDT", "uk", "waikatostar.co.nz"),
    ("The Otago Evening Herald", "paper", "NZDT", "uk", "otagoherald.co.nz"),
    ("The Deccan Sentinel", "paper", "IST", "uk", "deccansentinel.in"),
    ("Northern India Chronicle", "paper", "IST", "uk", "nichronicle.in"),
    ("The Konkan Tribune", "paper", "IST", "uk", "konkantribune.com"),
    ("The Frontier Observer", "paper", "PKT", "uk", "frontierobserver.pk"),
    ("Karachi Evening Mail", "paper", "PKT", "uk", "eveningmail.com.pk"),
    ("The Millbrook Gazette", "paper", "EST", "us", "millbrookgazette.com"),
    ("Tri-County Ledger", "paper", "EST", "us", "tricountyledger.com"),
    ("Lakeshore Daily Tribune", "paper", "CST", "us", "lakeshoretribune.com"),
    ("The Sierra Valley Register", "paper", "PST", "us", "sierravalleyregister.com"),
    ("Cape Fear Courier-Journal", "paper", "EST", "us", "capefearcj.com"),
    ("The Wessex Evening Echo", "paper", "GMT", "uk", "wessexecho.co.uk"),
    ("Northumbrian Journal", "paper", "GMT", "uk", "northumbrianjournal.co.uk"),
    ("Straits Morning Mail", "paper", "SGT", "uk", "straitsmorningmail.sg"),
    ("Manila Daily Sentinel", "paper", "PHT", "us", "manilasentinel.ph"),
    ("Gulf Evening Mirror", "paper", "GST", "uk", "gulfeveningmirror.ae"),
    ("Harbour City Post", "paper", "HKT", "uk", "harbourcitypost.hk"),
    ("The Highveld Mercury", "paper", "SAST", "uk", "highveldmercury.co.za"),
    # broadcasters
    ("Radio Southern Cross News", "broadcast", "AEDT", "uk", "southerncrossradio.com.au"),
    ("Tasman TV News", "broadcast", "AEDT", "uk", "tasmantv.com.au"),
    ("Bay FM Newsroom", "broadcast", "AEST", "uk", "bayfm.net.au"),
    ("Channel 12 Action News", "broadcast", "EST", "us", "ch12actionnews.com"),
    ("Pacific Radio Network", "broadcast", "NZDT", "uk", "pacificradio.co.nz"),
    # portals
    ("NewsNow Asia", "portal", "SGT", "uk", "newsnowasia.com"),
    ("GlobalBrief", "portal", "GMT", "us", "globalbrief.net"),
    ("Zenith News Network", "portal", "IST", "uk", "zenithnews.in"),
    ("MyNewsDesk India", "portal", "IST", "uk", "mynewsdeskindia.com"),
    ("OnlinePacific", "portal", "AEDT", "uk", "onlinepacific.com.au"),
    ("The World Desk", "portal", "EST", "us", "theworlddesk.com"),
    ("AsiaPulse Online", "portal", "HKT", "uk", "asiapulseonline.com"),
    ("Headline Bharat", "portal", "IST", "uk", "headlinebharat.com"),
    ("Bharat Samachar Online", "portal", "IST", "uk", "bharatsamachar.in"),
    ("Daily Digest Online", "portal", "GMT", "uk", "dailydigestonline.co.uk"),
    ("Oz Daily Wire", "portal", "AEDT", "uk", "ozdailywire.com.au"),
    # aggregators
    ("NewsHub Aggregate", "aggregator", "GMT", "us", "newshubaggregate.com"),
    ("FeedRoll News", "aggregator", "EST", "us", "feedroll.news"),
    ("TopStories Today", "aggregator", "PST", "us", "topstoriestoday.net"),
    ("WorldNewsFlash", "aggregator", "GMT", "us", "worldnewsflash.org"),
    ("Headlines Hourly", "aggregator", "AEDT", "uk", "headlineshourly.com.au"),
    ("NewsLens", "aggregator", "SGT", "us", "newslens.io"),
    # content farms
    ("NewsBuzz Daily", "farm", "IST", "us", "newsbuzzdaily.xyz"),
    ("InfoKhabar 24x7", "farm", "IST", "us", "infokhabar24x7.com"),
    ("Viral Updates Hub", "farm", "PST", "us", "viralupdateshub.net"),
    ("The Daily Scroll Times", "farm", "GMT", "us", "dailyscrolltimes.com"),
    ("WorldHeadlinesToday", "farm", "EST", "us", "worldheadlinestoday.info"),
    ("Global News Wave", "farm", "PKT", "us", "globalnewswave.co"),
    ("TopNewsPoint", "farm", "IST", "us", "topnewspoint.online"),
    ("Breaking Wire 365", "farm", "EST", "us", "breakingwire365.com"),
    ("DailyNewsBeat", "farm", "PHT", "us", "dailynewsbeat.info"),
    ("NewsOrbit Live", "farm", "IST", "us", "newsorbitlive.com"),
    ("The Rapid Bulletin", "farm", "GMT", "us", "therapidbulletin.com"),
    ("UpdatePedia", "farm", "IST", "us", "updatepedia.in"),
    # machine-translated portals (translated out and back again)
    ("Noticias Mundo Hoy", "mt", "ART", "us", "noticiasmundohoy.com"),
    ("Le Fil Info International", "mt", "CET", "uk", "lefilinfo-international.fr"),
    ("Berliner Nachrichten Online", "mt", "CET", "uk", "bn-online.de"),
    ("Jornal Global Digital", "mt", "ART", "us", "jornalglobaldigital.com.br"),
    ("Sabah Haber English", "mt", "GST", "uk", "sabahhaber-en.com"),
]
OUTLETS = [dict(name=n, kind=k, tz=tz, spelling=sp, domain=d) for n, k, tz, sp, d in OUTLETS]

# --- people's names ------------------------------------------------------------------------

FIRST = {
    "anglo": "Rod Karen Michael Sarah David Jane Peter Lisa Mark Rachel Tom Fiona Andrew Kate Simon Emma "
             "Paul Claire Greg Louise Chris Megan Tim Belinda Stuart Joanne Ben Nicole Matt Alison Rohan "
             "Jessica Dan Helen Scott Amanda".split(),
    "indian": "Rohit Priya Anil Sneha Vikram Anjali Rahul Kavita Suresh Neha Arjun Pooja Sanjay Deepa "
              "Manish Shreya Amit Ritu Karan Nandini".split(),
    "german": "Klaus Petra Jürgen Anke Stefan Birgit Thomas Sabine Lars Katrin".split(),
    "spanish": "Carlos Lucía Javier María Diego Carmen Alejandro Sofía".split(),
    "chinese": "Wang Li Zhang Chen Liu Yang Zhao Huang".split(),
    "arabic": "Ahmed Leila Omar Rania Khaled Nadia Samir Yasmin".split(),
}
LAST = {
    "anglo": "McGuire Thompson Harris Walsh Bennett O'Connor Fraser Mitchell Sutherland Kelly Doyle "
             "Whitfield Hargreaves Pearce Donnelly Ashworth Lennox Carruthers Marsh Tully Brennan "
             "Gallagher Kingsley Rowe Mercer".split(),
    "indian": "Ranjan Sharma Iyer Mehta Nair Kapoor Rao Banerjee Menon Joshi Kulkarni Chatterjee".split(),
    "german": "Becker Hoffmann Schulz Krüger Wagner Vogel Lehmann".split(),
    "spanish": "García Fernández Morales Ruiz Castillo Herrera".split(),
    "chinese": "Wei Jun Ming Hua Lei Jie".split(),
    "arabic": "Haddad Khalil Nasser Mansour Saleh".split(),
}
AGENCY_NAMEPOOL = {"AP": "anglo", "Reuters": "anglo", "AFP": "anglo", "AAP": "anglo", "PTI": "indian",
                   "ANI": "indian", "dpa": "german", "Xinhua": "chinese", "Kyodo": "anglo", "UPI": "anglo",
                   "EFE": "spanish", "Bernama": "anglo", "NZPA": "anglo"}
TZ_NAMEPOOL = {"IST": "indian", "PKT": "indian", "CET": "german", "ART": "spanish", "GST": "arabic"}

# --- editorial furniture -------------------------------------------------------------------

EDIT_ADDITIONS = [
    "{ent} could not be reached for comment.",
    "{ent} did not immediately respond to a request for comment.",
    "More details are expected to be released later.",
    "The {outlet} has sought comment from {ent}.",
    "Further details were not immediately available.",
    "It was not immediately clear what would happen next.",
    "The development is being closely watched in the region.",
    "{ent} has been contacted for comment.",
    "Local residents said they were following the situation closely.",
    "The story is developing and will be updated.",
    "Officials were expected to provide an update later in the day.",
    "The news was met with concern by community leaders.",
]

TRANSITIONS = ["Meanwhile, ", "In a related development, ", "Separately, ", "Elsewhere, ", "At the same time, ",
               "In another development, ", ""]

PORTAL_OPENERS = ["In a major development, ", "In a significant development, ", "Notably, ", "Reportedly, ",
                  "As per reports, ", "In what could be seen as a setback, "]
PORTAL_MIDDLERS = ["It is pertinent to mention here that ", "Notably, ", "Meanwhile, ", "Earlier, ",
                   "It is worth noting that ", "Significantly, "]
SUBHEADS = ["What we know so far", "Background", "What happens next", "{ent} reacts", "Situation in {place}",
            "Concerns grow", "{ent}'s response", "The latest", "Reactions pour in", "Key details"]

FARM_FOOTERS = [
    ["Source link"], ["Supply hyperlink"], ["Leave a Reply", "Your email address will not be published."],
    ["Share this:", "Twitter Facebook WhatsApp"], ["Related Posts"], ["Source link", "Leave a Reply"],
    ["Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by {outlet}."],
    ["Tags: {tags}"],
]
PAPER_FOOTERS = [
    "© {year} {outlet}. All rights reserved.",
    "Subscribe to {outlet} for unlimited access to local news.",
    "Got a news tip? Contact the {outlet} newsroom.",
    "Share this article",
    "Have your say: comments are moderated.",
    "Print this article | Email this article",
]
READ_MORE = ["KEEP READING:", "Also Read:", "Related Posts:", "Read more:", "You may also like:", "MORE FROM THIS SECTION",
             "Related stories:"]

PHOTO_CREDIT = {
    "AP": "(AP Photo/{name})", "Reuters": "REUTERS/{name}", "AFP": "AFP PHOTO / {NAME}", "AAP": "(AAP Image/{name})",
    "PTI": "(PTI Photo)", "ANI": "(ANI Photo)", "dpa": "(dpa/{name})", "Xinhua": "(Xinhua/{name})",
    "Kyodo": "(Kyodo)", "UPI": "(UPI Photo/{name})", "EFE": "EFE/{name}", "Bernama": "(Bernama photo)",
    "NZPA": "(NZPA/{name})",
}

CAPTIONS = {
    "fire": ["Firefighters battle a blaze near {place}.", "Smoke billows over bushland near {place}.",
             "A water-bombing helicopter flies over a fire front in {place}."],
    "conflict": ["Security forces patrol a street in {place}.", "Soldiers stand guard at a checkpoint near {place}.",
                 "People gather at the scene in {place}.", "{ent} speaks to reporters in {place}."],
    "sport": ["{ent} in action in {place}.", "{ent} celebrates during the match in {place}.",
              "Spectators watch from the stands in {place}."],
    "economy": ["Shoppers walk past a store in {place}.", "Traders work on the floor of the exchange in {place}.",
                "{ent} speaks at a news conference in {place}."],
    "air": ["A plane taxis at the airport in {place}.", "Passengers queue at a check-in counter in {place}."],
    "asylum": ["Asylum seekers at a detention centre.", "A boat carrying asylum seekers is escorted to {place}."],
    "generic": ["{ent} in {place} in this file photo.", "A view of {place}.", "{ent} speaks to the media in {place}.",
                "This file photo shows {place}."],
}
TOPIC_WORDS = {
    "fire": "fire fires bushfire bushfires blaze firefighters burning flames".split(),
    "conflict": "militants troops attack soldiers killed bomb bombing taliban israeli palestinian forces war army".split(),
    "sport": "cricket test wicket wickets innings match tennis cup bowler batsman players game season".split(),
    "economy": "economy bank market shares company profit rates dollar debt jobs unemployment".split(),
    "air": "airline plane flight flights qantas ansett airport aircraft".split(),
    "asylum": "asylum refugees detention woomera nauru".split(),
}
