"""What the lineage engine reads off one article: credit lines, agencies named in the text, words."""

from __future__ import annotations

import pytest
from test_lineage_cases import article

from tui_reader.core.features import Encoder, agency_mentions, credit_lines, prepare


def test_agencies_named_as_the_source_of_a_quote_or_a_fact():
    def mentions(*paras):
        return agency_mentions(article("x", list(paras)))

    assert mentions('"It is over," he told The Associated Press.') == ("AP",)
    assert mentions("Prices rose, according to Reuters, and fell later.", "She told AFP so.") == ("AFP", "Reuters")
    assert mentions("Told by a friend, he went to Reuters Street.") == ()  # no agency after the verb
    assert mentions("He told reporters the AP story was wrong.") == ()  # the agency is not the one told
    assert mentions("PARIS (AP) — Prices rose.") == ()  # a dateline marks the agency's own story


def test_a_quote_told_to_an_agency_is_no_credit_line():
    # Agencies write "told Reuters" in their own stories too: it does not make a version a copy.
    quoted = article("x", ['"We will go on," the minister told Reuters.', "More text follows here."])
    assert credit_lines(quoted) == ((), ())
    credited = article("y", ["Some text of the story.", "(with inputs from Reuters)"])
    assert credit_lines(credited) == (("Reuters",), ())


@pytest.mark.parametrize(
    "line,agency",
    [
        ("(With PTI inputs)", "PTI"),
        ("With Reuters input", "Reuters"),
        ("via Reuters", "Reuters"),
        ("Story: AFP", "AFP"),
        ("This story was provided by The Associated Press.", "AP"),
        ("Content supplied by AFP", "AFP"),
        ("(with information from AP)", "AP"),
        ("By The Associated Press", "AP"),
    ],
)
def test_credit_lines_in_other_newsrooms_wordings_are_read(line, agency):
    assert credit_lines(article("x", ["Some text of the story.", line])) == ((agency,), ())


def test_the_agency_s_own_marks_are_no_credit():
    # Its byline on its own page, its copyright, its sign-off: the agency's own story.
    own = article("x", ["By The Associated Press", "Some text of the story.", "Follow AP for more updates."],
                  outlet="The Associated Press")
    assert credit_lines(own) == ((), ("AP",))
    assert credit_lines(article("y", ["Some text.", "Copyright 2022 The Associated Press. All rights reserved."])) == (
        (),
        ("AP",),
    )
    # The agency's byline above its copyright, with the notice in full, no outlet known.
    page = article(
        "w",
        [
            "By The Associated Press",
            "Some text of the story.",
            "Associated Press writer Jane Doe contributed to this report.",
            "Copyright 2021 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.",
        ],
    )
    assert credit_lines(page) == ((), ("AP",))
    # A copy under another outlet's byline that kept the agency's copyright still credits it.
    copy = article("v", ["By Metro Desk", "Some text of the story.", "(AP)", "© 2021 The Associated Press."])
    assert credit_lines(copy)[0] == ("AP",)
    # A bare outlet name at the foot of a page is the page's outlet to the loader: neither a
    # credit nor an agency's mark.
    assert credit_lines(article("z", ["Some text of the story.", "The Washington Post"])) == ((), ())


@pytest.mark.parametrize("line", ["Viable options for Reuters remain.", "via Twitter", "With inputs from agencies"])
def test_lines_that_name_no_agency_as_a_source_are_no_credit(line):
    assert credit_lines(article("x", ["Some text of the story.", line]))[0] == ()


def test_an_outlet_s_apostrophes_are_no_change_of_wording():
    encoder = Encoder()
    straight = prepare(article("a", ["Don't go, O'Neil said. L'homme qu'il voit."]), encoder)
    curly = prepare(article("b", ["Don’t go, O’Neil said. L’homme qu’il voit."]), encoder)
    assert curly.codes == straight.codes
    assert curly.rare == straight.rare == frozenset({"o'neil"})
