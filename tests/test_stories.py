import random

import numpy as np
import pytest

from mixed_stories import make_mixed, make_names, make_story, make_text, make_vocab, partition, spin, to_article
from tui_reader.core.loader import load_paths
from tui_reader.core.metadata import PHOTO_CAPTION
from tui_reader.core.model import BOILERPLATE, Article, Block
from tui_reader.core.seeds import seeds_dir
from tui_reader.core.stories import (
    ArticleFeatures,
    GroupingParams,
    GroupingStats,
    article_features,
    features_key,
    group_articles,
    group_features,
    grouping_text,
)


def ids_of(groups, articles):
    return partition([[articles[i].id for i in g] for g in groups])


def truth_partition(truth):
    by_story = {}
    for aid, story in truth.items():
        by_story.setdefault(story, []).append(aid)
    return partition(by_story.values())


def test_mixed_collection_is_split_into_its_stories():
    articles, truth = make_mixed(seed=3, stories=6, copies=6)
    groups = group_articles(articles)
    assert ids_of(groups, articles) == truth_partition(truth)


def test_grouping_does_not_depend_on_input_order():
    articles, truth = make_mixed(seed=11, stories=5, copies=5)
    expected = ids_of(group_articles(articles), articles)
    shuffled = list(articles)
    random.Random(1).shuffle(shuffled)
    assert ids_of(group_articles(shuffled), shuffled) == expected
    assert ids_of(group_articles(shuffled[::-1]), shuffled[::-1]) == expected


def test_spun_copy_joins_its_source_story():
    rng = random.Random(5)
    vocab, names = make_vocab(rng), make_names(rng)
    original = make_text(rng, vocab, names)
    spun = spin(rng, original, {}, rate=0.5)
    other = make_text(random.Random(6), make_vocab(random.Random(6)), make_names(random.Random(6)))
    articles = [to_article("orig", original), to_article("spun", spun), to_article("other", other)]
    assert ids_of(group_articles(articles), articles) == {frozenset({"orig", "spun"}), frozenset({"other"})}


def test_stories_on_the_same_topic_sharing_no_text_stay_apart():
    rng = random.Random(9)
    names = make_names(rng, 4)  # the same people in both stories
    a = make_story(rng, "a", copies=3, names=names)
    b = make_story(rng, "b", copies=3, names=names)
    articles = [to_article(aid, paras) for aid, paras in a + b]
    groups = ids_of(group_articles(articles), articles)
    assert groups == {frozenset(aid for aid, _ in a), frozenset(aid for aid, _ in b)}


def test_candidates_avoid_all_pairs_and_match_the_all_pairs_baseline():
    articles, truth = make_mixed(seed=21, stories=10, copies=5)
    feats = [article_features(a) for a in articles]
    stats = GroupingStats()
    fast = group_features(feats, stats=stats)
    n = len(articles)
    assert stats.candidate_pairs < n * (n - 1) // 2 / 4
    baseline = group_features(feats, all_pairs=True)
    assert ids_of(fast, articles) == ids_of(baseline, articles) == truth_partition(truth)


def test_a_stricter_threshold_splits_more():
    articles, _ = make_mixed(seed=4, stories=3, copies=5)
    loose = group_articles(articles)
    strict = group_articles(articles, GroupingParams(link_threshold=0.99, small_link_threshold=0.99))
    assert len(strict) > len(loose)


def test_identical_articles_are_one_story_and_empty_input_is_no_story():
    articles, _ = make_mixed(seed=2, stories=1, copies=0)
    twin = to_article("twin", list(articles[0].paragraphs))
    assert group_articles([articles[0], twin]) == [[0, 1]]
    assert group_features([]) == []


def test_the_seed_wire_copies_form_one_story():
    collection = load_paths([str(seeds_dir())])
    groups = group_articles(collection.articles)
    ids = [[collection.articles[i].id[:3] for i in g] for g in groups]
    story = next(g for g in ids if "000" in g)
    # The copies and rewrites of the wire story belong together (004 is a different story on
    # the same topic that only shares a merged block with 002).
    assert {"000", "001", "002", "003"} <= set(story)


def test_features_round_trip_and_reject_garbage():
    articles, _ = make_mixed(seed=1, stories=1, copies=0)
    feats = article_features(articles[0])
    assert feats.features.dtype == np.uint64 and feats.features.size > 50
    back = ArticleFeatures.from_bytes(feats.content_hash, feats.to_bytes())
    assert np.array_equal(back.features, feats.features)
    with pytest.raises(ValueError):
        ArticleFeatures.from_bytes("x", b"\x01\x02\x03")
    with pytest.raises(ValueError):
        ArticleFeatures.from_bytes("x", np.array([5, 3], dtype="<u8").tobytes())


def test_names_and_numbers_are_anchors_but_sentence_openers_are_not():
    a = to_article("a", ["The Minister said the 2022 plan was late."], title="Plan")
    b = to_article("b", ["the minister said the 2022 plan was late."], title="Plan")
    c = to_article("c", ["Late. The minister said the 2022 plan was late."], title="Plan")
    fa, fb, fc = (article_features(x).features for x in (a, b, c))
    assert np.setdiff1d(fb, fa).size == 0  # bigrams are case-blind; the number is an anchor in both
    assert np.setdiff1d(fa, fb).size == 1  # "Minister" mid-sentence is a name; "The" opens it
    assert np.setdiff1d(fc, fb).size == 1  # only the new bigram "late the": "The" is no anchor


def test_a_block_merged_into_two_stories_does_not_join_them():
    rng = random.Random(12)
    a = make_story(rng, "a", copies=3)
    b = make_story(rng, "b", copies=3)
    secondary = make_text(rng, make_vocab(rng), make_names(rng), paragraphs=3)[:2]
    merged_a = ("a-merge", list(a[0][1]) + secondary)
    merged_b = ("b-merge", list(b[0][1]) + secondary)
    articles = [to_article(aid, paras) for aid, paras in a + b + [merged_a, merged_b]]
    groups = ids_of(group_articles(articles), articles)
    assert groups == {
        frozenset([aid for aid, _ in a] + ["a-merge"]),
        frozenset([aid for aid, _ in b] + ["b-merge"]),
    }


def test_identical_one_liners_share_a_story_even_below_the_evidence_floor():
    articles, _ = make_mixed(seed=6, stories=12, copies=4)
    note = ["Short note of five words."]
    articles += [to_article("note-1", note, title="Note"), to_article("note-2", note, title="Note")]
    groups = ids_of(group_articles(articles), articles)
    assert frozenset({"note-1", "note-2"}) in groups


def _first_sentence(paragraphs):
    return paragraphs[0].split(". ")[0] + "."


_TOPIC = "The royal commission into the collapse of the insurance giant Kalomi Terpel"


def _topic_stories(seed, on_topic=6, others=6, copies=5):
    """Stories whose every version opens with a lead sentence that starts with the same topic
    words (several stories on one inquiry), then stories on other things."""
    rng = random.Random(seed)
    articles, truth = [], {}
    for s in range(on_topic + others):
        story = make_story(rng, f"s{s}", copies)
        if s < on_topic:
            lead = f"{_TOPIC} {' '.join(rng.sample(make_vocab(rng, 50), 5))}."
            story = [(aid, [lead, *paras]) for aid, paras in story]
        for aid, paras in story:
            articles.append(to_article(aid, paras))
            truth[aid] = f"s{s}"
    return articles, truth


@pytest.mark.parametrize("seed", [1, 2])
def test_a_one_line_item_that_is_a_story_lead_joins_its_story(seed):
    articles, truth = _topic_stories(seed)
    lead = next(a for a in articles if a.id == "s1-0").paragraphs[0]
    articles += [to_article("brief", [lead], title="Brief"), to_article("topic", [_TOPIC + "."], title="Inquiry")]
    groups = ids_of(group_articles(articles), articles)
    assert frozenset(aid for aid, story in truth.items() if story == "s1") | {"brief"} in groups
    # The topic words alone are in six stories: no evidence for any of them.
    assert frozenset({"topic"}) in groups


def test_a_short_item_is_also_read_by_its_headline_and_captions():
    articles, truth = _topic_stories(3)
    lead = next(a for a in articles if a.id == "s2-0").paragraphs[0]
    sign_off = Block("Follow The Evening Harbour Gazette for more updates.")
    # A picture story whose one sentence was taken for a caption, and a headline-only item.
    picture = Article("picture", "picture.txt", "Gallery", (Block(lead, BOILERPLATE, PHOTO_CAPTION), sign_off))
    headline = Article("headline", "headline.txt", lead.rstrip("."), ())
    assert "Kalomi" in " ".join(grouping_text(picture)) and not picture.paragraphs[0].startswith("The")
    articles += [picture, headline]
    groups = ids_of(group_articles(articles), articles)
    assert frozenset(aid for aid, story in truth.items() if story == "s2") | {"picture", "headline"} in groups
    # A long article is read by its body alone.
    long_one = next(a for a in articles if a.id == "s2-0")
    assert grouping_text(long_one) == long_one.paragraphs


def test_a_generic_line_shared_by_many_stories_does_not_chain_them(params=None):
    articles, truth = make_mixed(seed=8, stories=12, copies=5)
    sign_off = "Follow The Evening Harbour Gazette for more updates on this story."
    tagged = []
    for a in articles:
        if a.id.endswith("-0") or a.id.endswith("-2"):
            a = to_article(a.id, list(a.paragraphs) + [sign_off], date=a.date)
        tagged.append(a)
    # Items with nothing but the sign-off, and one that quotes half a lead of each of two stories.
    lead_a = _first_sentence([a for a in tagged if truth[a.id] == "s1"][0].paragraphs).split()
    lead_b = _first_sentence([a for a in tagged if truth[a.id] == "s2"][0].paragraphs).split()
    extra = [
        to_article("bare-1", [sign_off]),
        to_article("bare-2", [sign_off + " Thanks for reading."]),
        to_article("links", [" ".join(lead_a[: len(lead_a) // 2]) + " - " + " ".join(lead_b[: len(lead_b) // 2])]),
    ]
    articles = tagged + extra
    groups = ids_of(group_articles(articles, params), articles)
    stories = truth_partition(truth)
    for g in groups:
        story_ids = {aid for aid in g if aid in truth}
        assert not story_ids or frozenset(story_ids) in stories  # no two stories chained
    assert frozenset(truth) == frozenset().union(*(g & frozenset(truth) for g in groups))
    # The sign-off is in many stories: it is no evidence (the half-leads may join one story).
    assert not any(("bare-1" in g or "bare-2" in g) and g & frozenset(truth) for g in groups)


def test_the_features_key_covers_the_captions_a_short_article_is_read_by():
    body = Block("A one-line brief about the inquiry.")
    one = Article("a", "a.txt", "Inquiry", (body, Block("Caption one.", BOILERPLATE, PHOTO_CAPTION)))
    two = Article("a", "a.txt", "Inquiry", (body, Block("Caption two.", BOILERPLATE, PHOTO_CAPTION)))
    assert one.content_hash == two.content_hash  # boilerplate is not content...
    assert features_key(one) != features_key(two)  # ...but grouping reads it here
    long_one = make_mixed(seed=1, stories=1, copies=0)[0][0]
    assert features_key(long_one) == long_one.content_hash


@pytest.mark.parametrize(("seed", "all_briefs"), [(1, False), (2, False), (1, True)])
def test_a_brief_quoted_by_another_story_joins_its_own_story_only(seed, all_briefs):
    rng = random.Random(seed)
    stories = [make_story(rng, f"s{s}", 5) for s in range(10)]
    if all_briefs:  # a story whose every version is a few sentences long
        stories[0] = [(aid, paras[:1]) for aid, paras in stories[0]]
    lead = stories[0][0][1][0].split(". ")[0] + "."
    # Every version of story 1 retells story 0's lead, in words of its own, further down.
    filler = make_vocab(rng, 30)
    retold = " ".join(filler[i] if i % 4 == 1 else w for i, w in enumerate(lead.split()))
    stories[1] = [(aid, [*paras[:3], retold, *paras[3:]]) for aid, paras in stories[1]]
    articles = [to_article(aid, paras) for story in stories for aid, paras in story]
    articles.append(to_article("brief", [lead], title="Brief"))
    groups = ids_of(group_articles(articles), articles)
    own = frozenset([aid for aid, _ in stories[0]] + ["brief"])
    home = next(g for g in groups if "brief" in g)
    assert "s0-0" in home and home <= own
    assert frozenset(aid for aid, _ in stories[1]) in groups
    if not all_briefs:
        assert home == own


def test_a_title_case_headline_gives_no_names():
    title = "Officials Say The Inquiry Will Resume Today"
    short = Article("a", "a.txt", title, (Block("Brief."),))
    other = Article("b", "b.txt", title.lower(), (Block("Brief."),))
    assert title in grouping_text(short)
    assert np.array_equal(article_features(short).features, article_features(other).features)
