import pytest

from tui_reader.core import metadata as md


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Updated May 23rd, 2022 at 06:01 IST", "2022-05-23T06:01:00+05:30"),
        ("Published May 23rd, 2022 at 06:01 IST", "2022-05-23T06:01:00+05:30"),
        ("date 2022-05-23", "2022-05-23"),
        ("Published 18 June 2005", "2005-06-18"),
        ("Saturday, 18 June 2005, 17:28", "2005-06-18T17:28:00"),
        ("Saturday, 18 June 2005, 17:28 GMT", "2005-06-18T17:28:00+00:00"),
        ("May 23, 2022", "2022-05-23"),
        ("Monday, May 23, 2022 6:01 a.m. EDT", "2022-05-23T06:01:00-04:00"),
        ("May 23, 2022 at 6:01 pm EST", "2022-05-23T18:01:00-05:00"),
        ("2022-05-23T06:01:00Z", "2022-05-23T06:01:00+00:00"),
        ("2022-05-23T06:01:00+05:30", "2022-05-23T06:01:00+05:30"),
        ("2022-05-23 06:01 UTC", "2022-05-23T06:01:00+00:00"),
        ("23 May 2022 06:01 GMT+5:30", "2022-05-23T06:01:00+05:30"),
        ("23/05/2022", "2022-05-23"),
        ("05/23/2022", "2022-05-23"),
        ("23.05.2022", "2022-05-23"),
        ("2022/05/23", "2022-05-23"),
        ("the 23rd of May, 2022", "2022-05-23"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("17:28, 18 June 2005", "2005-06-18T17:28:00"),
    ],
)
def test_dates_in_the_forms_pages_print(text, iso):
    found = md.find_date(text)
    assert found is not None
    assert found.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "05/06/2022",  # day and month cannot be told apart
        "February 30, 2022",  # no such day
        "no date here at all",
        "Room 2022-99-99",
        "in 1850 and 2150",
        "12:30 on the clock",
    ],
)
def test_no_date_is_invented(text):
    assert md.find_date(text) is None


def test_equal_day_and_month_is_not_ambiguous():
    assert md.find_date("05/05/2022").iso == "2022-05-05"


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Updated May 23rd, 2022 at 06:01 IST", "2022-05-23T06:01:00+05:30"),
        ("Published: 18 June 2005", "2005-06-18"),
        ("Last updated on May 23, 2022 | 5 min read", "2022-05-23"),
        ("May 23, 2022", "2022-05-23"),
        ("Up to date May 23rd, 2022 at 06:01 IST", "2022-05-23T06:01:00+05:30"),
        ("Published 18 June 2005 | Updated 19 June 2005, 10:02 BST", "2005-06-18"),
        ("Date: 23-May-2022", "2022-05-23"),
        ("May 23, 2022 / 6:01 AM / Updated 2 hours ago", "2022-05-23"),
    ],
)
def test_date_lines(line, iso):
    assert md.date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers practice near Warsaw on Friday, May 20, 2022.",
        "On May 23, 2022 the army moved in to the city",
    ],
)
def test_dates_inside_sentences_are_not_date_lines(line):
    assert md.date_line(line) is None


def test_glued_date_is_split_off_a_paragraph():
    iso, rest = md.split_glued_date(" date 2022-05-23 Belarusians were one of the first.")
    assert iso == "2022-05-23"
    assert rest == "Belarusians were one of the first."


def test_unlabelled_date_in_a_sentence_is_not_glued():
    assert md.split_glued_date("May 23, 2022 was a Monday and a busy day.") is None


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2022-05-23T06:01:00Z", "2022-05-23T06:01:00+00:00"),
        ("2022-05-23", "2022-05-23"),
        ("May 23rd, 2022", "2022-05-23"),
        ("garbage", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value, iso):
    assert md.normalise_date(value) == iso


@pytest.mark.parametrize(
    "text, agencies",
    [
        ("(Inputs from AP News)", ["AP"]),
        ("(with information from AP)", ["AP"]),
        ("Credit: AP", ["AP"]),
        ("The Associated Press talked with him as he directed drills.", ["AP"]),
        ("an official told Reuters on Monday", ["Reuters"]),
        ("a base in Poland, as reported by VOA.", ["VOA"]),
        ("WARSAW, Poland (AP) — One is a restaurateur", ["AP"]),
        ("the ministry said, according to Agence France-Presse.", ["AFP"]),
        ("the man told The Related Press.", ["AP"]),
        ("PTI reported from Delhi", ["PTI"]),
        ("(With inputs from PTI, Reuters and AFP)", ["PTI", "Reuters", "AFP"]),
        ("The ministry said, with PTI inputs, that the road was shut.", ["PTI"]),
    ],
)
def test_citations_normalised_to_agency_names(text, agencies):
    assert [c.agency for c in md.find_citations(text)] == agencies


@pytest.mark.parametrize(
    "text",
    [
        "(AP Photo/Michal Dyjuk)",
        "He took a nap and went to the cap.",
        "The tap water was clean.",
        "Reuters building is tall",  # no reporting verb
    ],
)
def test_no_citation_without_a_citing_phrase(text):
    assert md.find_citations(text) == []


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Source-www.infobae.com", "infobae.com"),
        ("Source: https://www.example.org/news/1", "example.org"),
        ("The Washington Post", "The Washington Post"),
        ("The Washington Put up", "The Washington Post"),
        ("The New York Instances", "The New York Times"),
        ("— The Guardian", "The Guardian"),
        ("Washington Post", "The Washington Post"),
    ],
)
def test_sign_off_outlets(line, outlet):
    assert md.sign_off_outlet(line) == outlet


@pytest.mark.parametrize("line", ["Poland is the base for battle", "The war goes on", "Reuters"])
def test_ordinary_lines_are_not_outlets(line):
    assert md.sign_off_outlet(line) is None


@pytest.mark.parametrize(
    "line, names, outlet, agency",
    [
        ("Reported by: Rohit Ranjan", "Rohit Ranjan", None, None),
        ("By Mary Ilyushina, The Washington Post", "Mary Ilyushina", "The Washington Post", None),
        ("By Vanessa Gera and Daria Litvinova | Associated Press", "Vanessa Gera and Daria Litvinova", None, "AP"),
        ("By The Associated Press", "The Associated Press", None, "AP"),
        ("By AFP", "AFP", None, "AFP"),
        # A newsroom's own byline names it, known or not.
        ("By Reuters Staff", "Reuters Staff", None, "Reuters"),
        ("By NewsHub24 Staff", "NewsHub24 Staff", "NewsHub24", None),
        ("By Editorial Staff", "Editorial Staff", None, None),
        ("By Mei Clancy | Metro Chronicle", "Mei Clancy", "Metro Chronicle", None),
        ("By Jane Doe, Staff Writer", "Jane Doe, Staff Writer", None, None),
        ("By Jane Doe | Special Correspondent", "Jane Doe", None, None),
        # The agency with its bureau.
        ("By Reuters | Tokyo", "Reuters", None, "Reuters"),
    ],
)
def test_bylines(line, names, outlet, agency):
    by = md.parse_byline(line)
    assert by is not None
    assert (by.names, by.outlet, by.agency) == (names, outlet, agency)


@pytest.mark.parametrize(
    "line, names, outlet, agency, iso",
    [
        ("By Jane Doe | May 23, 2022", "Jane Doe", None, None, "2022-05-23"),
        ("Posted on 2022-05-23 by Staff", "Staff", None, None, "2022-05-23"),
        ("Published May 23, 2022 by Rohit Ranjan", "Rohit Ranjan", None, None, "2022-05-23"),
        ("By Jane Doe Updated 6:01 AM EDT May 23, 2022", "Jane Doe", None, None, "2022-05-23T06:01:00-04:00"),
        ("By Jane Doe | The Times | 23 May 2022 10:02 BST", "Jane Doe", "The Times", None, "2022-05-23T10:02:00+01:00"),
        ("By Jane Doe, Associated Press, May 23, 2022", "Jane Doe", None, "AP", "2022-05-23"),
    ],
)
def test_a_byline_that_gives_the_date_gives_both(line, names, outlet, agency, iso):
    info = md.classify_line(line)
    assert info is not None and info.reason == md.BYLINE
    assert (info.byline.names, info.byline.outlet, info.byline.agency, info.date) == (names, outlet, agency, iso)


def test_a_sentence_with_a_date_that_starts_with_by_is_no_byline():
    assert md.classify_line("By the end of May 23, 2022 the fighting had stopped in the east.") is None


def test_a_sentence_starting_with_by_is_not_a_byline():
    assert md.parse_byline("By the end of the day the fighting had stopped in the east.") is None


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Advertisement", md.AD),
        ("ADVERTISEMENT", md.AD),
        ("Story continues below advertisement", md.AD),
        ("Image: AP | Image:self", md.IMAGE_CREDIT),
        ("(Image: AP)", md.IMAGE_CREDIT),
        ("Photo: Getty", md.IMAGE_CREDIT),
        ("KEEP READING:", md.LINK_LIST),
        ("Read more: Why the war could cause a famine", md.LINK_LIST),
        ("Share this article", md.SHARE),
        ("Facebook Twitter WhatsApp Email", md.SHARE),
        ("Sign up for our weekly newsletter to get the news in your inbox.", md.NEWSLETTER),
        ("Subscribe to our daily briefing.", md.NEWSLETTER),
        ("Get the top stories delivered to your inbox every morning.", md.NEWSLETTER),
        (
            "Get a observe immediately from our international correspondents on what’s making headlines world "
            "wide. Join the weekly What within the World e-newsletter right here.",
            md.NEWSLETTER,
        ),
        ("Source link", md.SOURCE_LINK),
        ("Supply hyperlink", md.SOURCE_LINK),
        ("Leave a Reply", md.COMMENT_FORM),
        ("Depart a Reply", md.COMMENT_FORM),
        ("Your email address will not be published.", md.COMMENT_FORM),
        ("Your e mail deal with won't be revealed.", md.COMMENT_FORM),
        ("(With inputs from AP)", md.ATTRIBUTION),
        ("(Inputs from AP News)", md.ATTRIBUTION),
        ("With agency inputs", md.ATTRIBUTION),
        ("© 2022 The Washington Post. All rights reserved.", md.COPYRIGHT),
        ("Source-www.infobae.com", md.OUTLET_SIGN_OFF),
        ("The Washington Put up", md.OUTLET_SIGN_OFF),
        ("Updated May 23rd, 2022 at 06:01 IST", md.DATE_LINE),
        ("Reported by: Rohit Ranjan", md.BYLINE),
        ("Troops rest near Warsaw. (AP Photo/Michal Dyjuk) (Michal Dyjuk/)", md.PHOTO_CAPTION),
        ("Lukashenko holds energy because of assist from Putin in Moscow. Credit score:AP", md.PHOTO_CAPTION),
        ("Advertisment", md.AD),  # a typo, caught fuzzily
        # Spinner variants of the usual boilerplate:
        ("Commercial", md.AD),
        ("Maintain studying:", md.LINK_LIST),
        ("Learn extra: A story elsewhere", md.LINK_LIST),
        ("Associated articles", md.LINK_LIST),
        ("Go away a Reply", md.COMMENT_FORM),
        ("Your electronic mail handle won't be printed.", md.COMMENT_FORM),
        ("Picture: AP", md.IMAGE_CREDIT),
        ("Troops rest near Warsaw. (AP Picture/Michal Dyjuk)", md.PHOTO_CAPTION),
        ("Soldiers rest in Kyiv. Photographer Name/AFP", md.PHOTO_CAPTION),
        ("Soldiers rest in Kyiv. Jane Roe/AP", md.PHOTO_CAPTION),
        ("Final up to date May 23, 2022", md.DATE_LINE),
        ("3 min read", md.NAVIGATION),
        ("5-minute read", md.NAVIGATION),
        ("Reading time: 4 minutes", md.NAVIGATION),
        ("Sign in", md.NAVIGATION),
        ("LIVE TV", md.NAVIGATION),
        ("Home > Business > Markets", md.NAVIGATION),
        ("News › World", md.NAVIGATION),
        ("Home / World / Economy", md.NAVIGATION),
        ("HOME / BUSINESS", md.NAVIGATION),
        ("Business | Agriculture", md.NAVIGATION),
        ("World News", md.NAVIGATION),
        ("Economy", md.NAVIGATION),
        ("Font size: A A A", md.NAVIGATION),
        ("Reuters / AP", md.ATTRIBUTION),
    ],
)
def test_boilerplate_lines(line, reason):
    info = md.classify_line(line)
    assert info is not None, line
    assert info.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "Prokopiev heads a unit called “Pahonia” that has been training recruits.",
        "Poland is the base for battle",
        "Belarus' Kastus Kalinouski Battalion",
        "He said he would share his rations with the others.",
        "The newspaper's editors did not answer questions.",
        "Readers wrote in to say they liked it.",
        "The ministry said it would not subscribe to the free-trade plan.",
        "Volunteers sign up in Warsaw every week, he said.",
        '"He will be interrogated by an ASIO/AFP team," he said.',
        "Profits rose > 5% in May",
        "2 > 1 in the final",
        "Three minutes later the lights went out.",
        "Live fire drills began on Monday.",
        "Reuters | The World Desk",
        "Economy minister resigns",
    ],
)
def test_body_lines_are_not_boilerplate(line):
    assert md.classify_line(line) is None


def test_link_list_header_opens_a_section_but_one_line_link_does_not():
    assert md.classify_line("KEEP READING:").opens_section
    assert not md.classify_line("Read more: Why the war could cause a famine").opens_section


@pytest.mark.parametrize(
    "line, agencies",
    [
        ("(With inputs from PTI, Reuters)", ("PTI", "Reuters")),
        ("Written with inputs from The Associated Press", ("AP",)),
        ("-- With AP inputs", ("AP",)),
        ("(With PTI inputs)", ("PTI",)),
        ("The Associated Press contributed to this report.", ("AP",)),
        ("Reuters, AFP and AP contributed to this report", ("Reuters", "AFP", "AP")),
        ("Agencies contributed to this report.", ()),
        ("Courtesy: AFP", ("AFP",)),
        ("Story: AFP", ("AFP",)),
        ("This story was provided by The Associated Press.", ("AP",)),
        ("Content supplied by AFP", ("AFP",)),
        ("Distributed by Tribune Content Agency", ()),
    ],
)
def test_sign_off_attributions_name_every_agency(line, agencies):
    info = md.classify_line(line)
    assert info is not None and info.reason == md.ATTRIBUTION
    assert info.agencies == agencies


def test_credit_line_with_agency_counts_as_attribution():
    info = md.classify_line("Credit: AP")
    assert info.reason == md.ATTRIBUTION
    assert info.agencies == ("AP",)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Belarusians join war to free Ukraine", True),
        ("A sentence that ends with a full stop.", False),
        ("", False),
        ("word " * 30, False),
        ("Is this a question?", True),
    ],
)
def test_looks_like_headline(line, expected):
    assert md.looks_like_headline(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Leave a comment below if you agree with the minister.",
        "Read more about the conflict in our explainer.",
        "Related to this, the ministry said it had no comment.",
        "Supply links between the two cities were cut.",
        "More from the ministry came on Tuesday.",
    ],
)
def test_sentences_starting_like_boilerplate_are_body(line):
    assert md.classify_line(line) is None


@pytest.mark.parametrize("line", ["More from World News", "Recommended for you", "Related: Border crossings rise"])
def test_list_headers(line):
    assert md.classify_line(line).reason == md.LINK_LIST


@pytest.mark.parametrize(
    "line, outlet, agencies",
    [
        ("© 2009 Riverside Chronicle. All rights reserved.", "Riverside Chronicle", ()),
        ("Copyright 2022 The Associated Press. All rights reserved.", None, ("AP",)),
        ("Copyright © 2015 The Washington Post", "The Washington Post", ()),
        ("All rights reserved.", None, ()),
        # The notice the agency prints in full, and agencies named with their legal form.
        (
            "Copyright 2021 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            None,
            ("AP",),
        ),
        ("©2016 Bloomberg L.P.", None, ("Bloomberg",)),
        ("(c) 2002 Reuters Limited", None, ("Reuters",)),
        ("Copyright 2019 Thomson Reuters Inc.", None, ("Reuters",)),
    ],
)
def test_copyright_lines_name_the_outlet_or_agency(line, outlet, agencies):
    info = md.classify_line(line)
    assert info.reason == md.COPYRIGHT
    assert (info.outlet, info.agencies) == (outlet, agencies)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("December 12, 2003 9:47 PM ET", "2003-12-12T21:47:00-05:00"),
        ("July 10, 2011 8:00 AM ET", "2011-07-10T08:00:00-04:00"),
        ("March 9, 2008 3:00 AM PT", "2008-03-09T03:00:00-07:00"),
        ("October 20, 2005 10:00 AM CT", "2005-10-20T10:00:00-05:00"),
    ],
)
def test_us_zones_without_summer_time_marker(text, iso):
    assert md.date_line(text) == iso


@pytest.mark.parametrize(
    "line, agencies",
    [("Source: AP", ("AP",)), ("— Reuters", ("Reuters",)), ("(AFP)", ("AFP",)), ("Reuters and AFP", ("Reuters", "AFP"))],
)
def test_lines_naming_only_agencies_are_attributions(line, agencies):
    info = md.classify_line(line)
    assert info.reason == md.ATTRIBUTION
    assert info.agencies == agencies


@pytest.mark.parametrize("line", ["Source: the ministry", "Reuters building", "AP style guide"])
def test_lines_with_more_than_agencies_are_not_attributions(line):
    info = md.classify_line(line)
    assert info is None or info.reason != md.ATTRIBUTION


def test_citations_of_many_texts_are_each_texts_own():
    texts = [
        "Nothing cited here.",
        "The volunteers told The Associated Press they would stay.",
        "",
        "(AP) — MINSK, Belarus",
        "A line with İstanbul and the AP style guide.",
        "Inputs from Reuters and AFP.\nA second line that told reuters nothing.",
        "no agency, only apple pie",
    ]
    got = md.citations_of_each(texts)
    assert got == [md.find_citations(t) for t in texts]
    assert [len(c) for c in got][:4] == [0, 1, 0, 1]
    assert md.citations_of_each([]) == []


@pytest.mark.parametrize(
    "line, reason, outlet, agencies",
    [
        ("This story first appeared in The Guardian.", md.SOURCE_LINK, None, ()),
        ("This article first appeared on The Conversation", md.SOURCE_LINK, None, ()),
        ("Originally published by Reuters", md.ATTRIBUTION, None, ("Reuters",)),
        ("Follow Metro Herald for more updates.", md.OUTLET_SIGN_OFF, "Metro Herald", ()),
    ],
)
def test_republication_and_follow_lines_are_boilerplate(line, reason, outlet, agencies):
    info = md.classify_line(line)
    assert info is not None and info.reason == reason
    assert info.outlet == outlet and tuple(info.agencies) == agencies


@pytest.mark.parametrize(
    "line",
    [
        "She first appeared in court on Monday.",
        "The report was first published by the ministry in 2019 and later revised.",
        "Follow the money for more updates",
    ],
)
def test_sentences_about_appearing_or_following_stay_body(line):
    assert md.classify_line(line) is None


def test_a_date_line_with_day_and_month_either_way_is_still_a_date_line():
    assert md.undated_date_line("Posted 5/6/2022 at 10:30 am ET")
    assert md.read_undated_date_line("Posted 5/6/2022 at 10:30 am ET", "month") == "2022-05-06T10:30:00-04:00"
    assert md.read_undated_date_line("Updated 10/11/2006 10:00 GMT", "day") == "2006-11-10T10:00:00+00:00"
    assert not md.undated_date_line("00/00/2022")  # no such day
    assert not md.undated_date_line("22/08/2022")  # readable: an ordinary date line
    assert not md.undated_date_line("10/11/2006 was a busy day")
    assert md.numeric_date_order("Published: 22/08/2022") == "day"
    assert md.numeric_date_order("Published: 08/22/2022") == "month"
    assert md.numeric_date_order("Published: 22.08.2022") is None  # dots are day-first anyway


@pytest.mark.parametrize(
    "line, cites",
    [
        ("This story was originally published by ProPublica.", ("ProPublica",)),
        ("This article first appeared in The Conversation.", ("The Conversation",)),
        ("Republished with permission from Stateline.", ("Stateline",)),
        ("Reprinted from the Northern Star-Gazette", ("Northern Star-Gazette",)),
        ("This story was originally published by ProPublica, a nonprofit newsroom that investigates.", ("ProPublica",)),
        ("This story was originally published by ProPublica. Sign up for The Big Story newsletter.", ("ProPublica",)),
        ("This story was originally published by ProPublica and is republished here with permission.", ("ProPublica",)),
        ("This story was originally published by CalMatters on March 3, 2024.", ("CalMatters",)),
        ("This story was originally published by U.S. News & World Report.", ("U.S. News & World Report",)),
        ("This story first appeared in our print edition.", ()),
        ("First published in 2003", ()),
        ("First published in May 2003", ()),
    ],
)
def test_a_line_saying_where_the_text_first_appeared_cites_that_outlet(line, cites):
    info = md.classify_line(line)
    assert info is not None and info.reason == md.SOURCE_LINK
    assert info.cites == cites and info.agencies == ()


def test_a_line_saying_an_agency_first_published_the_text_is_its_credit():
    info = md.classify_line("This story was originally published by The Associated Press.")
    assert info.reason == md.ATTRIBUTION and info.agencies == ("AP",)


def test_a_source_named_by_its_initials_is_the_same_source():
    from tui_reader.core.metadata import same_source

    assert same_source("APA", "Austral Press Agency")
    assert same_source("Austral Press Agency", "APA")
    assert same_source("the harbour herald", "The Harbour Herald")
    assert not same_source("APA", "Pacific Wire Service")
    assert not same_source("Apa", "Austral Press Agency")  # initials are capitals


@pytest.mark.parametrize(
    "line, agency",
    [
        ("Enditem", "Xinhua"),
        ("AAP srm/hp/ch", "AAP"),
        ("dpa fs be", "DPA"),
        ("(Reporting by Greg Kelly; Additional reporting by Jo Smith; Editing by Tom Fox)", "Reuters"),
        ("PTI CCM CDA", "PTI"),
        ("EFE how/lrg", "EFE"),
    ],
)
def test_agency_sign_offs(line, agency):
    info = md.classify_line(line)
    assert info is not None and info.reason == md.WIRE_MARK and info.agencies == (agency,)


@pytest.mark.parametrize(
    "line", ["AAP is a news agency", "dpa said the talks would go on", "(Reporting by Jo Smith)", "Reuters TV News"]
)
def test_lines_naming_an_agency_are_not_its_sign_off(line):
    info = md.classify_line(line)
    assert info is None or info.reason != md.WIRE_MARK


@pytest.mark.parametrize(
    "line, cites",
    [
        ("— Pacific Wire Service", ("Pacific Wire Service",)),
        ("— PWS", ("PWS",)),
        ("— Pacific Wire Service, Austral Press Agency", ("Pacific Wire Service", "Austral Press Agency")),
        # A headline in a list of links is no sign-off, whatever words it has.
        ("- Hunt Group Has Comdata Stake, Seeks Influence", None),
        ("- Global Media Group Reports Higher Quarterly Profit", None),
    ],
)
def test_a_name_after_a_dash_is_a_sign_off_only_when_short(line, cites):
    info = md.classify_line(line)
    assert (info.cites if info else None) == cites


@pytest.mark.parametrize(
    "line, order",
    [
        ("11/01/2019 4:50 PM CT", "month"),
        ("Posted 03/04/2021 10:00 AM EDT", "month"),
        ("01/11/2019 16:50 GMT", "day"),
        ("Updated 07/01/2002 2:53pm AEDT", "day"),
        ("11/01/2019 16:50", None),
        ("11/01/2019 16:50 UTC", None),
    ],
)
def test_a_date_line_s_zone_says_which_comes_first_day_or_month(line, order):
    assert md.zone_date_order(line) == order
