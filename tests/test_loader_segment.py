"""Putting an article together: headline, repeats, captions, sections, metadata."""

from tui_reader.core import metadata as md
from tui_reader.core.formats import parse_plain
from tui_reader.core.segment import segment


def seg(text: str):
    return segment(parse_plain(text))


def body(s):
    return [b.text for b in s.blocks if b.is_body]


def boiler(s):
    return [(b.reason, b.text) for b in s.blocks if not b.is_body]


def test_headline_when_it_reads_like_one():
    s = seg("Troops cross the border\n\nThe first paragraph of the story.\n\nThe second one.")
    assert s.title == "Troops cross the border"
    assert body(s) == ["The first paragraph of the story.", "The second one."]


def test_no_headline_when_first_line_is_a_sentence():
    s = seg("This is a plain answer to a question.\n\nAnd a second sentence.")
    assert s.title is None
    assert len(body(s)) == 2


def test_one_line_file_has_no_headline():
    s = seg("Just a single short line")
    assert s.title is None
    assert body(s) == ["Just a single short line"]


def test_transcript_lines_without_full_stops_can_still_start_body():
    s = seg("Q: what happened next\nA: we left the city at dawn and went west")
    assert s.title is None or body(s)  # whatever the headline, text is never lost
    assert "we left the city" in " ".join(body(s) + [s.title or ""])


def test_headline_found_past_a_leading_date_line():
    s = seg("Updated May 23rd, 2022 at 06:01 IST\n\nBig headline here\n\nBody text follows here.")
    assert s.title == "Big headline here"
    assert s.date == "2022-05-23T06:01:00+05:30"
    assert boiler(s)[0] == (md.DATE_LINE, "Updated May 23rd, 2022 at 06:01 IST")


def test_headline_repeats_and_variants_are_boilerplate():
    s = seg(
        "Volunteers join war to free Ukraine from Putin\n\n"
        "Volunteers join war to free Ukraine\n\n"
        "Volunteers Take Up Arms To Free Ukraine From Putin: Reports\n\n"
        "WARSAW: One is a restaurateur who fled.\n\n"
        "Volunteers join war to free Ukraine from Putin"
    )
    reasons = [r for r, _ in boiler(s)]
    assert reasons == [md.HEADLINE_REPEAT, md.HEADLINE_REPEAT]
    # A repeat far down the page (a quote, a subheading) is left alone.
    assert body(s)[-1] == "Volunteers join war to free Ukraine from Putin"


def test_subheading_unlike_headline_stays_body():
    s = seg("Volunteers join the war\n\nPoland is the base for battle\n\nText of the story goes here.")
    assert "Poland is the base for battle" in body(s)


def test_gallery_title_over_caption_is_caption():
    s = seg(
        "Headline of the day\n\nBody one.\n\n"
        "Belarusians join the Ukrainian war\nWeapons rest on the ground. (AP Photo/Michal Dyjuk) (Michal Dyjuk/)\n\n"
        "Body two."
    )
    assert [r for r, _ in boiler(s)] == [md.PHOTO_CAPTION, md.PHOTO_CAPTION]
    assert body(s) == ["Body one.", "Body two."]


def test_uncredited_duplicate_of_a_caption_is_caption():
    s = seg(
        "Headline of the day\n\nBody one is here.\n\n"
        "Belarus’ President Alexander Lukashenko holds power thanks to support from President Putin.\n\n"
        "Belarus’ President Alexander Lukashenko holds energy because of assist from President Putin. "
        "Credit score:AP\n\nBody two is here."
    )
    assert [r for r, _ in boiler(s)] == [md.PHOTO_CAPTION, md.PHOTO_CAPTION]
    assert s.sources == ()  # a photo credit is not a cited source


def test_keep_reading_list_runs_while_lines_read_like_headlines():
    s = seg(
        "Headline of the day\n\nBody one.\n\nKEEP READING:\n\nA headline elsewhere\n\n"
        "Another “quoted” headline\n\nSource-www.infobae.com"
    )
    assert boiler(s) == [
        (md.LINK_LIST, "KEEP READING:"),
        (md.LINK_LIST, "A headline elsewhere"),
        (md.LINK_LIST, "Another “quoted” headline"),
        (md.OUTLET_SIGN_OFF, "Source-www.infobae.com"),
    ]
    assert s.outlet == "infobae.com"


def test_link_list_ends_at_a_sentence():
    s = seg("Headline\n\nBody one.\n\nRead more:\n\nA headline elsewhere\n\nThe story goes on here.")
    assert body(s) == ["Body one.", "The story goes on here."]


def test_bulleted_link_list_in_one_paragraph_is_boilerplate_item_by_item():
    s = seg(
        "Headline of the day\n\nBody one.\n\nRead more:\n- A headline elsewhere\n"
        "- Another headline here\n• A third one"
    )
    assert body(s) == ["Body one."]
    assert boiler(s) == [
        (md.LINK_LIST, "Read more:"),
        (md.LINK_LIST, "- A headline elsewhere"),
        (md.LINK_LIST, "- Another headline here"),
        (md.LINK_LIST, "• A third one"),
    ]


def test_bulleted_items_of_the_body_stay_body_one_block_each():
    s = seg("Headline\n\nThe plan has three parts:\n\n- cut the tax on fuel,\n- raise the\npension,\n- and build.")
    assert body(s) == ["The plan has three parts:", "- cut the tax on fuel,", "- raise the pension,", "- and build."]


def test_everything_after_comment_form_header_is_comment_form():
    s = seg("Headline\n\nBody.\n\nLeave a Reply\n\nGreat article, thanks.\n\nI disagree.")
    assert body(s) == ["Body."]
    assert [r for r, _ in boiler(s)] == [md.COMMENT_FORM] * 3


def test_paragraph_of_mixed_short_lines_is_split():
    s = seg("Headline\n\nBody one.\n\nReported by: Rohit Ranjan\nImage: AP | Image:self\nAdvertisement\n\nBody two.")
    assert [r for r, _ in boiler(s)] == [md.BYLINE, md.IMAGE_CREDIT, md.AD]
    assert s.byline == "Rohit Ranjan"


def test_hard_wrapped_paragraph_is_one_block():
    para = (
        "This paragraph was wrapped at seventy columns by an editor that\n"
        "likes short lines, so every line but the last is about the same\n"
        "length."
    )
    s = seg("Headline\n\n" + para)
    assert body(s) == [para.replace("\n", " ")]


def test_glued_date_taken_out_of_the_paragraph():
    s = seg(" date 2022-05-23 Belarusians were one of the first.\n\nMore text.")
    assert s.date == "2022-05-23"
    assert body(s)[0] == "Belarusians were one of the first."
    assert boiler(s)[0] == (md.DATE_LINE, "date 2022-05-23")


def test_date_line_with_day_and_month_either_way_is_boilerplate_without_a_date():
    s = seg("Headline\n\nPublished: 10/11/2006 23:14\n\nBody one.")
    assert body(s) == ["Body one."]
    assert boiler(s) == [(md.DATE_LINE, "Published: 10/11/2006 23:14")]
    assert s.date is None
    assert seg("Headline\n\nThe vote on 10/11/2006 was close.").date is None


def test_glued_date_with_two_labels_and_either_way_date_taken_out_too():
    s = seg("Headline\n\ndate Published: 22/11/2006 23:14 DARWIN (Reuters) — Troops left.\n\nMore.")
    assert s.date == "2006-11-22T23:14:00"
    assert body(s)[0] == "DARWIN (Reuters) — Troops left."
    s = seg("Headline\n\ndate Published: 10/11/2006 23:14 DARWIN (Reuters) — Troops left.\n\nMore.")
    assert s.date is None
    assert body(s)[0] == "DARWIN (Reuters) — Troops left."
    assert boiler(s)[0] == (md.DATE_LINE, "date Published: 10/11/2006 23:14")


def test_published_date_preferred_over_updated():
    s = seg("Headline\n\nUpdated June 2, 2022\n\nBody.\n\nPublished June 1, 2022")
    assert s.date == "2022-06-01"


def test_dates_in_body_are_not_the_publication_date():
    s = seg("Headline\n\nTroops arrived on May 20, 2022, officials said.")
    assert s.date is None


def test_sources_in_order_of_first_mention_and_deduplicated():
    s = seg(
        "Headline\n\nA base, as reported by VOA.\n\nHe told The Associated Press.\n\n"
        "She told Reuters and the AP reported it.\n\n(With inputs from AP)"
    )
    assert s.sources == ("VOA", "AP", "Reuters")
    assert "as reported by VOA" in s.cited_raw


def test_citations_inside_captions_do_not_count():
    s = seg("Headline\n\nBody text.\n\nA man walks. (AP Photo/Someone)")
    assert s.sources == ()


def test_spun_sign_off_sets_outlet_and_trailing_boilerplate():
    s = seg(
        "Headline\n\nBody text.\n\nThe Washington Put up\n\nSupply hyperlink\n\nLeave a Reply\n\n"
        "Your email address will not be published."
    )
    assert s.outlet == "The Washington Post"
    assert body(s) == ["Body text."]
    assert [r for r, _ in boiler(s)] == [md.OUTLET_SIGN_OFF, md.SOURCE_LINK, md.COMMENT_FORM, md.COMMENT_FORM]


def test_ragged_hard_wrapped_text_is_joined_and_has_no_headline():
    text = (
        "Today is the day and the\n"
        "latest figures show that 40 million people are living with\n"
        "HIV world-wide. The latest report on the\n"
        "epidemic has found new fronts.\n\n"
        "A second paragraph follows here."
    )
    s = seg(text)
    assert s.title is None
    assert body(s)[0].startswith("Today is the day and the latest figures show")
    assert body(s)[0].endswith("has found new fronts.")


def test_heading_line_over_wrapped_text_is_split_off():
    s = seg(
        "Troops cross the border\n"
        "Soldiers crossed the border at dawn on Monday, officials said, and\n"
        "moved towards the city in the afternoon.\n\nMore text."
    )
    assert s.title == "Troops cross the border"
    assert body(s)[0].startswith("Soldiers crossed the border at dawn")


def test_lines_that_are_sentences_stay_apart():
    s = seg("Headline\n\nFirst sentence here.\nSecond sentence here.\nThird one.")
    assert body(s) == ["First sentence here.", "Second sentence here.", "Third one."]


def test_comment_header_early_in_the_text_does_not_swallow_the_article():
    s = seg(
        "Headline\n\nShort intro.\n\nComments\n\n"
        "A long paragraph of the actual article that follows the stray header and goes on.\n\n"
        "Another long paragraph of the article with more words than the intro had."
    )
    assert len(body(s)) == 3
    assert boiler(s) == [(md.COMMENT_FORM, "Comments")]


def test_item_that_is_all_photo_caption_keeps_it_as_body(tmp_path):
    from tui_reader.core.loader import load_paths

    path = tmp_path / "brief.txt"
    path.write_text(
        "Fire crews battle blaze near Hill Top\n\n"
        "Fire crews battle a blaze near Hill Top on Saturday. (AP Photo/Jane Doe)\n",
        encoding="utf-8",
    )
    collection = load_paths([str(path)])
    assert not collection.problems
    (article,) = collection.articles
    assert article.paragraphs == ("Fire crews battle a blaze near Hill Top on Saturday. (AP Photo/Jane Doe)",)


def test_without_sources_everything_but_the_sources_is_the_same():
    from pathlib import Path

    from tui_reader.core.loader import load_paths
    from tui_reader.core.seeds import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds_dir()).glob("*.txt"))]
    texts.append("By Jane Doe\n\nKyiv (AP) — Volunteers arrived, Reuters reported.\n\n(With inputs from PTI)")
    cited = 0
    for text in texts:
        full, bare = segment(parse_plain(text)), segment(parse_plain(text), sources=False)
        assert (bare.title, bare.blocks, bare.date, bare.outlet, bare.byline) == (
            full.title,
            full.blocks,
            full.date,
            full.outlet,
            full.byline,
        )
        assert bare.sources == () and bare.cited_raw == ()
        cited += bool(full.sources)
    assert cited >= 2  # the comparison covers texts that do cite sources
    full_c, bare_c = load_paths([str(seeds_dir())]), load_paths([str(seeds_dir())], sources=False)
    assert [a.id for a in bare_c] == [a.id for a in full_c]
    for a, b in zip(full_c, bare_c):
        assert (b.blocks, b.title, b.date, b.outlet, b.byline) == (a.blocks, a.title, a.date, a.outlet, a.byline)
        assert b.sources == () and b.extra["cited_raw"] == []
    assert any(a.sources for a in full_c)


def test_the_first_line_of_hard_wrapped_text_is_not_a_heading():
    # A transcription wrapped at some 65 characters: its first line reads like a headline (no
    # full stop, the next line capitalised) but is as long as the others.
    text = (
        "Secretary of State Colin Powell says the United States believes\n"
        "Saudi fugitive Osama bin Laden is in the southern and eastern part\n"
        "of Afghanistan. Mr Powell says it is just a matter of time before\n"
        "bin Laden is found and the ruling Taliban defeated.\n"
    )
    parts = segment(parse_plain(text))
    assert parts.title is None
    body = " ".join(b.text for b in parts.blocks if b.is_body)
    assert body.startswith("Secretary of State Colin Powell says the United States believes Saudi fugitive")


def test_page_navigation_above_the_headline_is_boilerplate():
    # Copied from a web page: the reading time, menu items and a breadcrumb trail come first,
    # some of them on lines of one paragraph with the headline.
    s = seg(
        "3 min read\nSubscribe\nHome > Business > Markets\nYEN SEEN RISING AFTER G-7 COMMUNIQUE\n"
        "By Ahmed Walsh\n\n"
        "NEW YORK (Reuters) - The yen is likely to start another uneven rise against the dollar.\n\n"
        "Dealers restrained their underlying bearishness ahead of the meeting."
    )
    assert s.title == "YEN SEEN RISING AFTER G-7 COMMUNIQUE"
    assert body(s)[0].startswith("NEW YORK (Reuters) - ")
    assert (md.NAVIGATION, "3 min read") in boiler(s)
    assert (md.NAVIGATION, "Home > Business > Markets") in boiler(s)


def test_a_teaser_cut_off_under_the_headline_is_boilerplate():
    s = seg(
        "Advertisement\nSign in\nLIVE TV\nMarkets > Commodities > Grains\n"
        "US Said to View G-7 Meeting as Major Success\n"
        "The United States, which has long sought Japanese action to stimulate its economy, appears...\n"
        "2019-11-01 16:12 GMT\n\n"
        "PARIS (Reuters) - The United States, which has long sought Japanese action to stimulate its "
        "economy, appears to be satisfied with Tokyo's latest package.\n\n"
        "Monetary sources said they believed the package was a major stimulation."
    )
    assert s.title == "US Said to View G-7 Meeting as Major Success"
    assert len(body(s)) == 2 and body(s)[0].startswith("PARIS (Reuters)")
    assert [r for r, _ in boiler(s)].count(md.NAVIGATION) == 3
    assert md.TEASER in [r for r, _ in boiler(s)]


def test_an_opening_line_ending_in_an_ellipsis_that_nothing_repeats_stays_body():
    s = seg("Troops cross the border\n\nAnd then, as the night fell over the hills...\n\nThe next paragraph says more.")
    assert body(s)[0] == "And then, as the night fell over the hills..."


def test_a_section_label_over_the_headline_is_not_the_headline():
    for label in ("World News", "Economy", "Home / World / Economy", "Business | Agriculture"):
        s = seg(
            f"{label}\nYen seen rising after G-7 communique\n\n"
            "NEW YORK (Reuters) - The yen is likely to start another uneven rise against the dollar.\n\n"
            "Dealers restrained their underlying bearishness ahead of the meeting."
        )
        assert s.title == "Yen seen rising after G-7 communique", label
        assert (md.NAVIGATION, label) in boiler(s)
