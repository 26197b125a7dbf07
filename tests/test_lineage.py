import random

import pytest

from test_lineage_cases import article, base_story, collection, mutate, spin
from tui_reader.core.lineage import RELATIONS, Lineage, infer_lineage
from tui_reader.core.model import Collection


def parent_of(lineage: Lineage, child: str) -> str | None:
    edge = lineage.parent_edge(child)
    return edge.parent if edge else None


def check_forest(lineage: Lineage) -> None:
    children = [e.child for e in lineage.edges]
    assert len(children) == len(set(children)), "an article has two parents"
    nodes = set(lineage.article_ids) | {h.id for h in lineage.hidden}
    for e in lineage.edges:
        assert e.parent in nodes and e.child in nodes
        assert 0.0 <= e.confidence <= 1.0
        assert e.relation in RELATIONS
    parent = {e.child: e.parent for e in lineage.edges}
    for start in nodes:
        seen = set()
        node = start
        while node in parent:
            assert node not in seen, "cycle"
            seen.add(node)
            node = parent[node]


def test_trimmed_copy_and_excerpt_hang_under_the_original():
    b = base_story(1)
    lin = infer_lineage(collection(article("orig", b), article("copy", b[:7]), article("exc", b[:2])))
    check_forest(lin)
    assert parent_of(lin, "orig") is None
    assert parent_of(lin, "copy") == "orig"
    assert parent_of(lin, "exc") in ("orig", "copy")
    assert lin.parent_edge("exc").relation == "excerpt"
    assert lin.parent_edge("copy").relation == "copy"


def test_unrelated_article_is_neither_child_nor_parent():
    b = base_story(1)
    lin = infer_lineage(collection(article("orig", b), article("copy", b[:6]), article("other", base_story(7))))
    check_forest(lin)
    assert parent_of(lin, "other") is None
    assert not lin.children("other")
    assert parent_of(lin, "copy") == "orig"


def test_spun_copy_is_recognised_as_spin():
    b = base_story(3)
    lin = infer_lineage(collection(article("orig", b), article("spun", spin(b)), article("copy", b[:7])))
    check_forest(lin)
    assert parent_of(lin, "spun") == "orig"
    assert lin.parent_edge("spun").relation == "spin"
    assert lin.parent_edge("spun").evidence["substitutions"] > 10


def test_siblings_of_a_lost_original_share_one_hidden_node():
    b = base_story(4, 10)
    # Each copy drops a different passage of the lost original and makes its own changes.
    arts = [
        article(n, mutate(b[:drop] + b[drop + 2 :], 4, seed), sources=("AP",))
        for seed, (n, drop) in enumerate(zip("abc", (1, 4, 7)), start=1)
    ]
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert len(lin.hidden) == 1
    hid = lin.hidden[0]
    assert {parent_of(lin, n) for n in "abc"} == {hid.id}
    assert hid.label == "lost source: AP"


def test_copy_chain_inherits_errors():
    b = base_story(5)
    first = mutate(b, 6, 11)
    second = mutate(first, 6, 12)
    lin = infer_lineage(collection(article("o", b), article("x1", first), article("x2", second)))
    check_forest(lin)
    assert parent_of(lin, "x2") == "x1"
    assert parent_of(lin, "x1") == "o"


def test_earlier_date_orients_two_identical_bodies():
    b = base_story(6)
    lin = infer_lineage(
        collection(article("late", b, date="2022-05-24T10:00:00+00:00"), article("early", b, date="2022-05-23T08:00:00+00:00"))
    )
    assert parent_of(lin, "late") == "early"


def test_citation_orients_the_edge():
    b = base_story(8)
    lin = infer_lineage(
        collection(article("wire", b, outlet="AP"), article("paper", mutate(b[:6], 3, 2), sources=("AP",)))
    )
    assert parent_of(lin, "paper") == "wire"


def test_merge_names_the_second_source():
    a, b = base_story(9, 6), base_story(10, 6)
    merged = a[:4] + b[:3]
    lin = infer_lineage(collection(article("one", a), article("two", b), article("mix", merged)))
    check_forest(lin)
    edge = lin.parent_edge("mix")
    assert edge is not None and edge.relation == "merge"
    assert set(edge.also_from) | {edge.parent} == {"one", "two"}


def test_a_second_story_with_a_short_headline_inside_the_merge_s_is_still_merged():
    # "Ukraine war" lies inside the merged version's headline word for word, but a headline of
    # two words says nothing of which story a text belongs to.
    a, b = base_story(9, 6), base_story(10, 6)
    title = "Belarusians join the war to free Ukraine from Putin"
    lin = infer_lineage(
        collection(
            article("one", a, title=title),
            article("two", b, title="Ukraine war"),
            article("mix", a[:4] + b[:3], title=title),
        )
    )
    check_forest(lin)
    edge = lin.parent_edge("mix")
    assert edge is not None and edge.relation == "merge"
    assert set(edge.also_from) | {edge.parent} == {"one", "two"}


def test_excerpts_of_different_parts_do_not_make_their_source_a_merge():
    # Two excerpts share no sentence with each other, so each looks like a separate story to
    # the source that contains both; but both also belong to the copy of the whole text, so
    # they are the source's excerpts, not two stories it combined.
    b = base_story(11, 8)
    lin = infer_lineage(
        collection(
            article("source", b),
            article("head", b[:3]),
            article("tail", b[5:]),
            article("whole", mutate(b, 6, seed=3)),
        )
    )
    check_forest(lin)
    assert parent_of(lin, "source") is None
    assert parent_of(lin, "head") == "source"
    assert parent_of(lin, "tail") == "source"
    assert parent_of(lin, "whole") == "source"
    assert lin.parent_edge("source") is None
    assert all(e.relation != "merge" for e in lin.edges)


def test_excerpts_carrying_the_source_s_headline_do_not_make_it_a_merge():
    # The head of the story was excerpted and passed on (so the head excerpt is related to
    # more versions than the tail excerpt), which made the source and its copy look like merges
    # of two stories, the source hung under a lost source. Every part carries the source's
    # headline: one story, whose excerpts these are.
    b = base_story(11, 8)
    head = b[:3]
    title = "Eight people to appear in court over canyoning deaths"
    lin = infer_lineage(
        collection(
            article("source", b, title=title),
            article("head", head, title=title),
            article("tail", b[5:], title=title + " - AFP"),
            article("whole", mutate(b, 6, seed=3), title=title),
            article("head_copy", mutate(head, 1, seed=4), title=title),
            article("head_spun", spin(head, seed=1), title=title),
        )
    )
    check_forest(lin)
    assert not lin.hidden
    assert parent_of(lin, "source") is None
    assert parent_of(lin, "head") == "source"
    assert parent_of(lin, "tail") == "source"
    assert parent_of(lin, "whole") == "source"
    assert all(e.relation != "merge" for e in lin.edges)


def test_a_version_read_as_a_merge_drawing_on_a_child_is_still_its_last_resort():
    # Under headlines of their own the same excerpts make the source look like a merge of
    # them; that reading may be wrong, so the source stays among the tail's candidates, at a
    # price no other candidate pays.
    from tui_reader.core import lineage as engine_module

    b = base_story(11, 8)
    head = b[:3]
    parts = {
        "source": b, "head": head, "tail": b[5:], "whole": mutate(b, 6, seed=3),
        "head_copy": mutate(head, 1, seed=4), "head_spun": spin(head, seed=1),
    }
    col = collection(*(article(k, v) for k, v in parts.items()))
    engine = engine_module._Engine(list(col.articles))
    group = list(range(len(parts)))
    ids = [p.id for p in engine.prep]
    merges = engine_module._group_basics(engine, group)[3]
    source, tail = ids.index("source"), ids.index("tail")
    assert tail in merges.get(source, ())
    n = len(group)
    matrix = [[0.0] * (n + 2) for _ in range(n + 2)]
    chosen = {k: "none" for k in range(n)}
    plain, _ = engine_module._edge_features(engine, group, matrix, chosen)
    wider, _ = engine_module._edge_features(engine, group, matrix, chosen, merge_sources=True)
    assert source not in [cand for cand, _ in plain[tail]]
    assert source in [cand for cand, _ in wider[tail]]
    check_forest(infer_lineage(col))


def test_answers_quoting_different_parts_of_a_plain_text_hang_under_it():
    # A plagiarism task: answers (plain texts, no headlines) each quote a different part of
    # one article, and one quotes most of its first half. Each part is unrelated to the others,
    # and the half-long answer explains half the article: read as news, that made the article a
    # merge of its answers, and no answer had a parent at all.
    from dataclasses import replace

    from tui_reader.core.model import Article, Block

    def answer(aid: str, paras: list[str]) -> Article:
        return Article(id=aid, path=f"{aid}.txt", title=None, blocks=(Block(" ".join(paras)),))

    b = base_story(52, 15)
    parts = {"a": b[0:9], "b": b[9:11], "c": b[11:13], "d": b[13:15], "e": b[2:4], "f": b[5:7]}
    answers = [answer(k, v) for k, v in parts.items()]
    for task in (answers, [replace(answers[0], title="Answer to question A")] + answers[1:]):
        # (One answer whose first line reads as a title does not make the task a news story.)
        lin = infer_lineage(collection(answer("article", b), *task))
        check_forest(lin)
        assert parent_of(lin, "article") is None
        assert {parent_of(lin, k) for k in parts} == {"article"}
        assert all(e.relation != "merge" for e in lin.edges)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_result_does_not_depend_on_input_order(seed):
    b = base_story(11)
    arts = [
        article("o", b),
        article("c1", b[:6]),
        article("s", spin(b, 0.7, 1)),
        article("m1", mutate(b, 5, 1)),
        article("m2", mutate(b, 5, 2)),
        article("u", base_story(12)),
    ]
    ref = infer_lineage(collection(*arts))
    shuffled = arts[:]
    random.Random(seed).shuffle(shuffled)
    got = infer_lineage(collection(*shuffled))
    key = lambda lin: sorted((e.parent, e.child, e.relation, e.confidence) for e in lin.edges)  # noqa: E731
    assert key(got) == key(ref)
    assert [(h.id, h.label) for h in got.hidden] == [(h.id, h.label) for h in ref.hidden]


def test_tiny_collections():
    assert infer_lineage(Collection(())).edges == ()
    one = infer_lineage(collection(article("solo", base_story(1))))
    assert one.edges == () and one.roots() == ["solo"]


def _random_collection(seed: int) -> list:
    rng = random.Random(seed)
    stories = [base_story(seed * 10 + k, rng.randint(1, 9)) for k in range(2)]
    arts = []
    for i in range(rng.randint(2, 9)):
        b = rng.choice(stories)
        kind = rng.choice(["same", "trim", "spin", "mutate", "empty", "merge", "one"])
        if kind == "same":
            paras = list(b)
        elif kind == "trim":
            paras = b[: rng.randint(1, len(b))]
        elif kind == "spin":
            paras = spin(b, rng.random(), seed)
        elif kind == "mutate":
            paras = mutate(b, rng.randint(1, 6), seed + i)
        elif kind == "merge":
            paras = stories[0][:3] + stories[1][:2]
        elif kind == "one":
            paras = ["Word."]
        else:
            paras = []
        arts.append(article(f"a{i}", paras, date=rng.choice([None, "2022-05-23", "2022-05-24T10:00:00+02:00", "bad"])))
    return arts


@pytest.mark.parametrize("seed", range(12))
def test_any_collection_gives_a_valid_forest_whatever_the_order(seed):
    arts = _random_collection(seed)
    ref = infer_lineage(collection(*arts))
    check_forest(ref)
    assert set(ref.article_ids) == {a.id for a in arts}
    for h in ref.hidden:
        assert ref.children(h.id), "a lost source with no children"
    shuffled = arts[::-1]
    got = infer_lineage(collection(*shuffled))
    key = lambda lin: sorted((e.parent, e.child, e.relation, e.confidence) for e in lin.edges)  # noqa: E731
    assert key(got) == key(ref)


def test_result_survives_pickling_for_worker_processes():
    import pickle

    b = base_story(30, 8)
    arts = [article("o", b), article("c", b[:6]), article("s", spin(b)), article("u", base_story(31))]
    lin = infer_lineage(collection(*arts))
    back = pickle.loads(pickle.dumps(lin))
    assert back == lin
    assert [e.evidence for e in back.edges] == [e.evidence for e in lin.edges]


def test_credit_and_copyright_lines_are_read_from_the_article_lines():
    from tui_reader.core.features import credit_lines

    b = base_story(4, 3)
    copy = article("c", b + ["(with inputs from AP)"])
    own = article("o", b + ["© 2022 The Associated Press. All rights reserved."])
    plain = article("p", b + ["© 2022 Valley Times. All rights reserved."])
    signed = article("s", b + ["— Reuters"])
    assert credit_lines(copy) == (("AP",), ())
    assert credit_lines(own) == ((), ("AP",))
    assert credit_lines(plain) == ((), ())
    assert credit_lines(signed) == (("Reuters",), ())
    # A line that is only an agency's name, or says it contributed, credits it too; a line
    # naming the article's own outlet is its masthead; a name inside a sentence is no credit.
    for line in ("(AP)", "Associated Press", "The Associated Press contributed to this report."):
        assert credit_lines(article("n", b + [line])) == (("AP",), ()), line
    assert credit_lines(article("m", b + ["Reuters"], outlet="Reuters")) == ((), ())
    assert credit_lines(article("q", b + ["Officials told AP the talks had ended."])) == ((), ())
    assert credit_lines(article("r", b + ["By Peter Okafor"])) == ((), ())
    # On the agency's own page its byline is no credit.
    assert credit_lines(article("t", b + ["By The Associated Press"], outlet="The Associated Press")) == ((), ())


@pytest.mark.parametrize(
    "line, agency",
    [
        ("— AAP", "AAP"),
        ("Credit: Australian Associated Press", "AAP"),
        ("(with inputs from Xinhua)", "Xinhua"),
        ("Kyodo News contributed to this report.", "Kyodo"),
        ("(EFE)", "EFE"),
        ("Source: IANS", "IANS"),
        # Where a republished text comes from, and a byline that is only an agency.
        ("This article was originally published by The Associated Press.", "AP"),
        ("This story first appeared in Reuters.", "Reuters"),
        ("First published by AFP", "AFP"),
        ("Additional reporting by Reuters", "Reuters"),
        ("By The Associated Press", "AP"),
    ],
)
def test_every_agency_the_loader_knows_is_read_in_credit_lines(line, agency):
    from tui_reader.core.features import credit_lines

    assert credit_lines(article("c", base_story(4, 3) + [line])) == ((agency,), ())


def test_the_agency_s_own_copy_is_the_root_not_a_sibling_of_its_copies():
    b = base_story(4, 10)
    # The same versions that otherwise read as siblings of a lost original, but one of them
    # carries the agency's copyright line: it is the original, present in the collection.
    arts = [
        article(n, mutate(b[:drop] + b[drop + 2 :], 4, seed), sources=("AP",))
        for seed, (n, drop) in enumerate(zip("abc", (1, 4, 7)), start=1)
    ]
    arts[1] = article("b", arts[1].paragraphs + ("© 2022 The Associated Press. All rights reserved.",))
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert parent_of(lin, "b") is None
    assert parent_of(lin, "a") in ("b", "c")
    assert parent_of(lin, "c") in ("a", "b")
    assert {parent_of(lin, "a"), parent_of(lin, "c")} & {"b"}


def test_each_agency_s_own_story_is_a_root_when_a_merge_joins_two_agencies():
    # Reuters' own story and AP's own story of another event, joined by a version that merges
    # them: each is its agency's only own version, so the Reuters copies come from Reuters'.
    b, o = base_story(35, 10), base_story(36, 8)
    arts = [
        article("wire", b + ["© 2022 Reuters. All rights reserved."]),
        article("other", o + ["© 2022 The Associated Press. All rights reserved."]),
        article("merged", b[:5] + o[2:4] + b[5:8] + ["(with inputs from Reuters)"], outlet="Outlet M"),
        article("c1", mutate(b[:8], 2, 1) + ["— Reuters"], outlet="Outlet 1"),
        article("c2", spin(b[:6], 0.5, 2) + ["(Reuters)"], outlet="Outlet 2"),
        article("c3", b[:9] + ["Reuters"], outlet="Outlet 3"),
    ]
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert not lin.hidden
    assert parent_of(lin, "wire") is None and parent_of(lin, "other") is None
    copies = ("merged", "c1", "c2", "c3")
    assert {n: parent_of(lin, n) for n in copies} == dict.fromkeys(copies, "wire")


def test_a_root_that_credits_its_source_hangs_under_that_lost_source():
    b = base_story(2, 10)
    full = article("full", b + ["(with inputs from AP)"])
    short = article("short", mutate(b[:6], 2, 3))
    lin = infer_lineage(collection(full, short))
    check_forest(lin)
    assert parent_of(lin, "short") == "full"
    assert len(lin.hidden) == 1
    assert parent_of(lin, "full") == lin.hidden[0].id
    # Without the credit line the fuller version is the root.
    plain = infer_lineage(collection(article("full", b), short))
    assert parent_of(plain, "full") is None and not plain.hidden


def test_a_later_update_date_does_not_turn_the_original_into_a_copy():
    from dataclasses import replace

    from tui_reader.core.model import Block

    b = base_story(5, 10)
    copies = [
        article(n, mutate(b[:k], 3, seed), date=f"2022-05-2{seed}T08:00:00+00:00")
        for seed, (n, k) in enumerate(zip("xyz", (9, 10, 8)), start=1)
    ]
    orig = article("orig", b, date="2022-05-26T08:00:00+00:00")
    updated = replace(orig, blocks=(Block("Updated 26 May 2022", "boilerplate"),) + orig.blocks)
    lin = infer_lineage(collection(updated, *copies))
    check_forest(lin)
    assert parent_of(lin, "orig") is None
    assert not lin.hidden
    assert "orig" in {parent_of(lin, n) for n in "xyz"}


#: Hand-made cases the news model, fitted on three generators' news (see RESULTS.md), reads
#: wrongly where the model fitted on ours alone read them right: kept, so that a later model
#: that gets them right again shows (strict: an unexpected pass fails the suite).
MISREAD_SINCE_THREE_GENERATORS = pytest.mark.xfail(
    strict=True,
    reason="the news model fitted on three generators trusts dates and passages the fullest version "
    "lacks less than ours alone did (benchmarks/RESULTS.md)",
)


@pytest.mark.parametrize(
    "rate,seed",
    [(0.8, 3), (0.8, 4), (0.8, 5)]
    + [pytest.param(1.0, s, marks=MISREAD_SINCE_THREE_GENERATORS) for s in (2, 5, 6)],
)
def test_a_dated_original_stays_the_root_of_its_spin_and_the_spins_copy(rate, seed):
    # Dated first, credited nowhere, with every word of the spin's unswapped text: the wire story
    # is the source. The close-copy stemma (which ignores dates) read the spin's swaps as the
    # original's by head count, and the tuned engine's cheaper lost root, with no credit or
    # missing passage behind it, put the original under a lost source.
    w = base_story(seed, 8)
    spun = spin(w, rate, seed)
    arts = [
        article("wire", w, date="2022-05-11T10:00:00+00:00"),
        article("spun", spun, date="2022-05-13T10:00:00+00:00"),
        article("copy", mutate(spun, 2, seed), date="2022-05-14T10:00:00+00:00"),
    ]
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert not lin.hidden
    assert {e.child: e.parent for e in lin.edges} == {"spun": "wire", "copy": "spun"}


def test_update_date_lines_are_recognised_in_their_usual_forms():
    from dataclasses import replace

    from tui_reader.core.features import date_is_update
    from tui_reader.core.model import Block

    orig = article("orig", base_story(5, 3), date="2022-05-26T08:00:00+00:00")
    for line in ("Updated: May 26, 2022, 6:00 PM EDT", "Last updated 26 May 2022", "May 26, 2022 (updated)",
                 "26 May 2022 | Updated", "Last modified: 2022-05-26 18:00", "Modified 26 May 2022"):
        assert date_is_update(replace(orig, blocks=(Block(line, "boilerplate"),) + orig.blocks)), line
    for line in ("Published May 25, 2022", "The 3 rules were updated last year.", "Modified crops were banned."):
        assert not date_is_update(replace(orig, blocks=(Block(line, "boilerplate"),) + orig.blocks)), line
    both = (Block("Published May 25, 2022"), Block("Updated May 26, 2022")) + orig.blocks
    assert not date_is_update(replace(orig, blocks=both))
    # A date line with no label is the publication date too.
    bare = (
        Block("2022-05-25T09:01:29Z", "boilerplate", "date line"),
        Block("Updated 2022-05-26T00:13:59Z"),
    ) + orig.blocks
    assert not date_is_update(replace(orig, blocks=bare))


def test_a_date_without_time_does_not_order_versions_of_the_same_day():
    from tui_reader.core.lineage import _Engine, _date_order

    b = base_story(9)
    day = article("day", b, date="2022-05-23")
    morning = article("morning", b, date="2022-05-23T08:29:00-05:00")
    next_day = article("next", b, date="2022-05-24T01:00:00+00:00")
    engine = _Engine([day, morning, next_day])
    P = {p.id: p for p in engine.prep}
    assert engine.day_only == {"day"}
    # Read as midnight, the day-only date would wrongly come first.
    assert _date_order(P["day"], P["morning"], engine.dates, engine.day_only) == 0
    assert _date_order(P["morning"], P["day"], engine.dates, engine.day_only) == 0
    assert _date_order(P["day"], P["next"], engine.dates, engine.day_only) == 1
    assert _date_order(P["next"], P["day"], engine.dates, engine.day_only) == -1
    assert _date_order(P["morning"], P["next"], engine.dates, engine.day_only) == 1


@pytest.mark.parametrize("seed", range(1, 9))
def test_an_excerpt_hangs_under_the_version_whose_wording_it_keeps(seed):
    # An edited copy that changed words in the passage the excerpt took is its sibling.
    b = base_story(20 + seed)
    edited = mutate(b[:3], 2, seed)
    lin = infer_lineage(
        collection(
            article("orig", b),
            article("edited", edited),
            article("excerpt", b[:3]),
            article("spun", spin(b, 0.8, seed)),  # not every version is a near-verbatim copy
        )
    )
    assert parent_of(lin, "excerpt") == "orig"


def test_reading_gap_counts_shared_wording_a_parent_lacks():
    from tui_reader.core.lineage import _Engine

    b = base_story(31)
    edited = mutate(b[:3], 4, 5)
    engine = _Engine([article("orig", b), article("edited", edited), article("excerpt", b[:3])])
    k = {p.id: i for i, p in enumerate(engine.prep)}
    group = list(range(3))
    shared = engine.shared_readings(k["excerpt"], group)
    assert shared and shared <= engine.prep[k["excerpt"]].trigrams
    assert engine.reading_gap(k["excerpt"], k["orig"], shared) == 0.0
    # The edited copy changed words the excerpt kept from the original.
    assert engine.reading_gap(k["excerpt"], k["edited"], shared) > 0.0


def test_a_reading_only_one_other_version_has_needs_a_second_witness_in_a_larger_group():
    # Two spins of one text by the same spinner share swapped words by chance: such a reading,
    # found in one other version only, says nothing of a common source once the group is large
    # enough to have more witnesses.
    from tui_reader.core.lineage import _Engine

    b = base_story(32)
    spun_a, spun_b = spin(b, 0.7, 1), spin(b, 0.7, 2)
    versions = [article("orig", b), article("spun_a", spun_a), article("spun_b", spun_b),
                article("copy", b[:6]), article("excerpt", b[:3])]

    def by_spins_only(engine: _Engine) -> set[str]:
        """Trigrams the two spins share and no other version has."""
        k = {p.id: i for i, p in enumerate(engine.prep)}
        others = [p.trigrams for p in engine.prep if not p.id.startswith("spun")]
        both = engine.prep[k["spun_a"]].trigrams & engine.prep[k["spun_b"]].trigrams
        return {t for t in both if not any(t in o for o in others)}

    small = _Engine(versions[:3])
    swaps = by_spins_only(small)
    assert swaps, "the two spins should share swapped words"
    k = {p.id: i for i, p in enumerate(small.prep)}
    assert swaps <= small.shared_readings(k["spun_a"], [0, 1, 2])  # no other witness to ask
    large = _Engine(versions)
    k = {p.id: i for i, p in enumerate(large.prep)}
    group = list(range(5))
    shared = large.shared_readings(k["spun_a"], group)
    assert by_spins_only(large) and not by_spins_only(large) & shared
    # Wording the original and its copies share is still a shared reading.
    assert shared & large.prep[k["copy"]].trigrams & large.prep[k["orig"]].trigrams


def test_two_versions_that_each_kept_a_different_part_share_a_lost_source():
    b = base_story(16, 12)
    lin = infer_lineage(collection(article("front", b[:8]), article("back", b[4:])))
    check_forest(lin)
    assert parent_of(lin, "front") == parent_of(lin, "back") in {h.id for h in lin.hidden}


def test_answers_drawn_from_an_absent_source_share_a_lost_source():
    # Three versions each keep a different two thirds of a text that is not in the collection:
    # none holds what another kept, so they hang under one lost source.
    b = base_story(15, 12)
    lin = infer_lineage(collection(article("first", b[:8]), article("middle", b[2:10]), article("last", b[4:])))
    check_forest(lin)
    hidden = {h.id for h in lin.hidden}
    parents = {parent_of(lin, x) for x in ("first", "middle", "last")}
    assert len(parents) == 1 and parents <= hidden


def test_two_versions_that_dropped_the_same_middle_passages_still_hang_under_their_source():
    # Writers cutting a text down often drop the same less important sentences: that the source
    # has passages neither of them kept does not make it their sibling.
    b = base_story(5)
    # Both leave out paragraphs 1 and 4; each also keeps a paragraph the other dropped.
    excerpt = [b[0], b[2], b[3], b[5], b[6]]
    revised = spin([b[0], b[2], b[3], b[5], b[7]], rate=0.5, seed=3)
    lin = infer_lineage(collection(article("source", b), article("excerpt", excerpt), article("revised", revised)))
    check_forest(lin)
    assert parent_of(lin, "source") is None
    assert parent_of(lin, "excerpt") == "source"
    assert parent_of(lin, "revised") == "source"
    assert not lin.hidden


def test_copies_cut_at_different_lengths_all_hang_under_the_full_text():
    # A shorter copy is explained as well by a longer copy as by the full text; the full text
    # is the likelier source. Two copies also changed a word each.
    b = base_story(13, 10)
    copies = {
        "a": b[:7],
        "b": b[:8],
        "c": mutate(b[:8], 1, 15),
        "d": mutate(b[:9], 1, 16),
    }
    arts = [article(n, paras, outlet=f"Outlet {n}") for n, paras in copies.items()]
    lin = infer_lineage(collection(article("full", b, outlet="Wire"), *arts))
    check_forest(lin)
    assert parent_of(lin, "full") is None
    assert {n: parent_of(lin, n) for n in copies} == dict.fromkeys(copies, "full")


def test_copies_that_differ_only_by_trimming_hang_under_the_agency_s_own_version():
    # Verbatim copies cut at different lengths: no word differs between them, so there are no
    # readings to build a manuscript stemma from, and copies come from the agency's version.
    b = base_story(6, 10)
    own = article("wire", b + ["© 2022 The Associated Press. All rights reserved."])
    cuts = {"a": 9, "b": 7, "c": 8, "d": 6}
    copies = [article(n, b[:k] + ["— AP"], outlet=f"Outlet {n}") for n, k in cuts.items()]
    lin = infer_lineage(collection(own, *copies))
    check_forest(lin)
    assert parent_of(lin, "wire") is None
    assert {n: parent_of(lin, n) for n in cuts} == dict.fromkeys(cuts, "wire")


def test_versions_that_only_name_the_agency_in_their_date_line_keep_their_present_source():
    # The agency's original names the agency in its date line and its copies keep it: that is
    # no credit line, so it says nothing about the original being absent.
    b = base_story(8, 9)
    b[0] = "LONDON (AP) — " + b[0]
    orig = article("orig", b, outlet="Wire desk")
    copies = [
        article("a", mutate(b[:8], 2, 1), outlet="Outlet a"),
        article("b", mutate(b[:7], 2, 2), outlet="Outlet b"),
        article("c", mutate(b, 2, 3), outlet="Outlet c"),
    ]
    lin = infer_lineage(collection(orig, *copies))
    check_forest(lin)
    assert parent_of(lin, "orig") is None
    assert not lin.hidden
    assert all(parent_of(lin, n) == "orig" for n in "abc")


def test_spins_of_one_text_by_the_same_spinner_hang_under_that_text():
    # Spun with one synonym table, the copies share many swaps and seem to explain each other
    # better than their source does; between two of them the same words are swapped both ways
    # round, which gives them away as siblings.
    b = base_story(0, 10)
    rates = {"a": (7, 0.32), "b": (6, 0.54), "c": (8, 0.78), "d": (8, 0.59)}
    spins = [
        article(n, spin(b[:k], rate=r, seed=i), outlet=f"Outlet {n}") for i, (n, (k, r)) in enumerate(rates.items())
    ]
    lin = infer_lineage(collection(article("source", b, outlet="Wire"), *spins))
    check_forest(lin)
    assert parent_of(lin, "source") is None
    assert {n: parent_of(lin, n) for n in rates} == dict.fromkeys(rates, "source")
    assert not lin.hidden


def test_copies_that_all_credit_an_agency_hang_under_its_lost_story():
    # Each copy credits AP in its own way; none is AP's own: AP's story is missing.
    b = base_story(21, 10)
    credits = {"a": "— AP", "b": "(AP)", "c": "Associated Press", "d": "The Associated Press contributed to this report."}
    copies = [
        article(n, b[:k] + [line], outlet=f"Outlet {n}") for (n, line), k in zip(credits.items(), (10, 8, 9, 7))
    ]
    lin = infer_lineage(collection(*copies))
    check_forest(lin)
    assert len(lin.hidden) == 1
    assert lin.hidden[0].label == "lost source: AP"
    assert {n: parent_of(lin, n) for n in credits} == dict.fromkeys(credits, lin.hidden[0].id)
    assert lin.hidden[0].evidence["every_version_credits"] == ["AP"]


def test_credit_lines_name_sources_that_no_table_knows():
    from tui_reader.core.features import credit_lines

    b = base_story(4, 3)
    # An agency or outlet is credited by the form of the line, whatever its name.
    for line, name in [
        ("(With inputs from APA)", "APA"),
        ("(with information from Austral Press Agency)", "Austral Press Agency"),
        ("Pacific Wire Service contributed to this report.", "Pacific Wire Service"),
        ("Additional reporting by Southern Cross Newswire", "Southern Cross Newswire"),
        ("— SCN", "SCN"),
        ("Source: Pacific Wire Service", "Pacific Wire Service"),
        ("Originally published at The Harbour Herald.", "The Harbour Herald"),
    ]:
        assert credit_lines(article("c", b + [line])) == ((name,), ()), line
    # People are credited with reporting too: only an organisation's name is a source.
    for line in ("Jane Doe contributed to this report.", "Additional reporting by Jane Doe", "— END"):
        assert credit_lines(article("p", b + [line])) == ((), ()), line
    # A line naming the page's own outlet is no credit.
    assert credit_lines(article("o", b + ["Source: Harbour Herald"], outlet="Harbour Herald")) == ((), ())


def test_the_agency_in_a_dateline_is_read():
    from tui_reader.core.features import dateline_agency

    b = base_story(4, 2)
    for lead, agency in [
        ("CANBERRA (Reuters) - ", "Reuters"),
        ("KYIV, Ukraine (AP) — ", "AP"),
        ("(AFP) - ", "AFP"),
        ("BRISBANE (APA) -- ", "APA"),
        ("SRINAGAR, Jan 21 (AFP) - ", "AFP"),
        ("WASHINGTON, Oct. 31 (Reuters) - ", "Reuters"),
        ("In 2002 (AFP) - ", None),
        ("SYDNEY: ", None),
        ("Officials (who spoke to us) - ", None),
    ]:
        assert dateline_agency(article("d", [lead + b[0]] + b[1:])) == agency, lead


@pytest.mark.parametrize(
    "marks, agency",
    [
        (["Enditem"], "Xinhua"),
        (["AAP srm/hp/ch"], "AAP"),
        (["dpa fs be"], "DPA"),
        (["(Reporting by Andrew Brennan; Editing by Nicole Harris)"], "Reuters"),
        (["PTI CCM CDA"], "PTI"),
        (["EFE how/lrg"], "EFE"),
    ],
)
def test_an_agency_s_sign_off_marks_its_own_copy(marks, agency):
    from tui_reader.core.features import credit_lines

    assert credit_lines(article("w", base_story(4, 3) + marks)) == ((), (agency,))


def test_a_source_line_above_the_text_is_the_agency_s_own_label_and_at_the_foot_a_copy_s_credit():
    from tui_reader.core.features import credit_lines

    b = base_story(4, 3)
    # Xinhua's own page: "Source: Xinhua" over the dateline, "Enditem" below.
    assert credit_lines(article("w", ["Source: Xinhua", "SYDNEY (Xinhua) -- " + b[0]] + b[1:] + ["Enditem"])) == (
        (),
        ("Xinhua",),
    )
    # A copy names its source at the foot and kept the agency's sign-off with the text.
    for credit in ("Source: Reuters", "Courtesy: Reuters"):
        marks = [credit, "(Reporting by Andrew Brennan; Editing by Nicole Harris)"]
        assert credit_lines(article("c", b + marks)) == (("Reuters",), ()), credit


def test_editors_initials_alone_mark_the_copy_of_the_agency_in_the_dateline():
    from tui_reader.core.features import credit_lines

    b = base_story(4, 3)
    assert credit_lines(article("w", ["PARIS (AFP) - " + b[0]] + b[1:] + ["ef/deo"])) == ((), ("AFP",))
    # Without a dateline naming an agency, the initials say nothing.
    assert credit_lines(article("x", b + ["ef/deo"])) == ((), ())


def _unknown_agency_copies(b: list[str]) -> list:
    lines = {
        "c1": "(With inputs from APA)",
        "c2": "Austral Press Agency contributed to this report.",
        "c3": "— APA",
        "c4": "Originally published at Austral Press Agency.",
    }
    return [article(n, b[:k] + [line], outlet=f"Outlet {n}") for (n, line), k in zip(lines.items(), (10, 8, 9, 7))]


def test_copies_crediting_an_agency_no_table_knows_hang_under_its_page():
    # The agency's own page (its copyright, no credit) is here, and the copies credit it by
    # its name or its initials: they come from it, and nothing is lost.
    b = base_story(37, 10)
    wire = article("wire", b + ["(c) 2022 Austral Press Agency"], outlet="Austral Press Agency")
    copies = _unknown_agency_copies(b)
    lin = infer_lineage(collection(wire, *copies))
    check_forest(lin)
    assert not lin.hidden
    assert parent_of(lin, "wire") is None
    assert {a.id: parent_of(lin, a.id) for a in copies} == dict.fromkeys((a.id for a in copies), "wire")


def test_copies_crediting_an_agency_no_table_knows_hang_under_its_lost_story():
    lin = infer_lineage(collection(*_unknown_agency_copies(base_story(37, 10))))
    check_forest(lin)
    assert len(lin.hidden) == 1
    # Credited by its initials on some pages and by its name on others: one source.
    assert lin.hidden[0].label == "lost source: Austral Press Agency"
    assert {f"c{k}": parent_of(lin, f"c{k}") for k in range(1, 5)} == dict.fromkeys(
        (f"c{k}" for k in range(1, 5)), lin.hidden[0].id
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_spin_of_a_trimmed_copy_hangs_under_the_copy_not_the_full_text(seed):
    # The spin stops where the trimmed copy stops, short of the full text's end: a spinner
    # rewords a text whole, so it spun the copy. A copy cut at the same place by chance does
    # not count (test_copies_cut_at_different_lengths_all_hang_under_the_full_text).
    b = base_story(seed, 10)
    trimmed = b[:8]
    lin = infer_lineage(collection(article("full", b, outlet="Wire"), article("copy", trimmed, outlet="A"),
                                   article("spun", spin(trimmed, 0.6, seed), outlet="B")))
    check_forest(lin)
    assert parent_of(lin, "copy") == "full"
    assert parent_of(lin, "spun") == "copy"


def _plain(aid: str, text: str):
    from tui_reader.core.model import Article, Block

    return Article(id=aid, path=f"{aid}.txt", title=None, blocks=(Block(text),))


def test_answers_pasting_the_same_passage_both_hang_under_the_source():
    # Plain texts (a plagiarism task): two answers with one body, each pasted from the source.
    # Neither is the other's source; a syndicated copy identical to another stays under it.
    source = " ".join(base_story(21, 6))
    sentences = source.split(". ")
    passage = ". ".join(sentences[2:7]) + "."
    other = ". ".join(sentences[9:14]) + "."
    lin = infer_lineage(collection(_plain("source", source), _plain("a", passage), _plain("b", passage),
                                   _plain("c", other)))
    check_forest(lin)
    assert parent_of(lin, "source") is None
    assert {n: parent_of(lin, n) for n in "abc"} == dict.fromkeys("abc", "source")
    copies = [article(n, base_story(21, 6)[:4], outlet=f"Outlet {n}") for n in "xy"]
    news = infer_lineage(collection(article("wire", base_story(21, 6), outlet="Wire"), *copies))
    above = {n: parent_of(news, n) for n in "xy"}
    assert "wire" in above.values() and (above["x"] == "y" or above["y"] == "x")


def test_two_reports_quoting_one_passage_stay_apart():
    # Independent reporting that shares one quoted paragraph: neither is the other's copy and
    # nothing tells of a source they share.
    def pair(quoted: int, own: int):
        quote = base_story(33, quoted)
        first = base_story(31, own) + quote
        second = base_story(32, own)[:1] + quote + base_story(32, own)[1:]
        return infer_lineage(collection(_plain("x", " ".join(first)), _plain("y", " ".join(second))))

    apart = pair(1, 3)  # a quarter of each is the quote
    assert apart.edges == () and apart.hidden == ()
    # Half of each in common: a source they share, lost.
    shared = pair(2, 2)
    assert len(shared.hidden) == 1 and {e.child for e in shared.edges} == {"x", "y"}


def test_an_excerpt_inside_another_excerpt_still_hangs_under_the_full_text():
    # The short excerpt is explained as well by the longer one as by the full text; what the
    # full text has beyond the excerpt's ends is no evidence against it.
    b = base_story(1, 10)
    parts = {"long": b[1:5], "inner": b[2:4], "end": b[6:8]}
    lin = infer_lineage(collection(article("full", b), *(article(n, p) for n, p in parts.items())))
    check_forest(lin)
    assert parent_of(lin, "full") is None
    assert {n: parent_of(lin, n) for n in parts} == dict.fromkeys(parts, "full")


@pytest.mark.parametrize(
    "rates",
    [
        {"a": (10, 0.5), "b": (9, 0.7), "c": (8, 0.45), "d": (10, 0.8)},
        # Four whole runs among five: the fitted model alone hung some under others that came
        # close (ALL_CROSSED_STANDS).
        {"s0": (10, 0.48), "s1": (10, 0.76), "s2": (10, 0.46), "s3": (8, 0.59), "s4": (10, 0.68)},
    ],
)
def test_spins_of_a_lost_text_by_the_same_spinner_share_one_lost_source(rates):
    # Every two of them swapped the same words independently: none is a copy of another.
    b = base_story(2, 10)
    spins = [
        article(n, spin(b[:k], rate=r, seed=20 + i), outlet=f"Outlet {n}") for i, (n, (k, r)) in enumerate(rates.items())
    ]
    lin = infer_lineage(collection(*spins))
    check_forest(lin)
    assert len(lin.hidden) == 1
    assert {n: parent_of(lin, n) for n in rates} == dict.fromkeys(rates, lin.hidden[0].id)
    assert lin.hidden[0].evidence["every_pair_swapped_independently"] is True


def wire_and_merge(seed: int) -> tuple[list[str], list[str]]:
    """A ten-paragraph wire story, and a version that keeps its first eight paragraphs with two
    paragraphs of another story put in the middle."""
    b = base_story(seed, 10)
    return b, b[:5] + base_story(seed + 500, 8)[2:4] + b[5:8]


def test_a_spun_copy_of_a_merge_hangs_under_the_merge():
    # A spinner's swaps are no copyist's errors: this is no hand-copied tradition, and the spun
    # copy keeps the passages the merge took from another story.
    b, merged = wire_and_merge(0)
    arts = [
        article("wire", b, outlet="Wire"),
        article("merge", merged, outlet="M"),
        article("copy", b[:7], outlet="C"),
        article("spun", spin(merged, 0.5, 0), outlet="S"),
    ]
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert parent_of(lin, "wire") is None
    assert parent_of(lin, "merge") == "wire"
    assert parent_of(lin, "spun") == "merge"


def test_copies_dated_before_an_undated_original_do_not_become_its_copies_parents():
    # The original shows only when it was updated; its copies carry their own times. A copy
    # being dated earlier than another is no reason to prefer it over the original.
    b = base_story(3, 10)
    orig = article("orig", b, outlet="Wire", date="Updated: 2022-05-24T18:00:00+00:00")
    cuts = (9, 9, 8, 7)
    copies = [
        article(f"c{i}", mutate(b[:k], 1, 30 + i), outlet=f"O{i}", date=f"2022-05-23T{7 + i:02d}:00:00+00:00")
        for i, k in enumerate(cuts)
    ]
    lin = infer_lineage(collection(orig, *copies))
    check_forest(lin)
    assert parent_of(lin, "orig") is None
    assert all(parent_of(lin, f"c{i}") == "orig" for i in range(len(cuts)))


def test_close_copies_that_all_credit_an_agency_hang_under_its_lost_story():
    # Copies close enough to read as a hand-copied tradition (each with a slip of its own); the
    # fullest looks like the others' source, but it credits AP like them.
    b = base_story(13, 10)
    cuts = {"a": (6, "— AP"), "b": (8, "Associated Press"), "c": (10, "— AP"), "d": (8, "(AP)")}
    copies = [
        article(n, mutate(b[:k], 1, 130 + i) + [line], outlet=f"Outlet {n}") for i, (n, (k, line)) in enumerate(cuts.items())
    ]
    lin = infer_lineage(collection(*copies))
    check_forest(lin)
    lost = {h.id for h in lin.hidden if h.label == "lost source: AP"}
    assert len(lost) == 1
    assert {parent_of(lin, n) for n in cuts} == lost
    assert next(h for h in lin.hidden if h.id in lost).evidence["every_version_credits"] == ["AP"]


def test_a_copy_with_a_slip_of_its_own_is_not_the_source_of_the_others():
    # Each copy has one slip; the original has none, and shows only when it was updated. Every
    # other copy has the original's word where the full-length copy slipped: it is no source.
    b = base_story(7, 10)
    orig = article("orig", b, outlet="Wire", date="Updated: 2022-05-24T18:00:00+00:00")
    copies = [
        article(f"c{i}", mutate(b[:k], 1, 70 + i), outlet=f"O{i}", date=f"2022-05-23T{7 + i:02d}:00:00+00:00")
        for i, k in enumerate((10, 10, 7, 7))
    ]
    lin = infer_lineage(collection(orig, *copies))
    check_forest(lin)
    assert parent_of(lin, "orig") is None
    assert all(parent_of(lin, f"c{i}") == "orig" for i in range(4))


def test_versions_of_the_same_story_are_not_named_as_a_merge_s_second_source():
    # Overlapping parts of a lost text, one of them spun: a version explains part of another
    # that its parent leaves out, but a second source comes from another story.
    b = base_story(219, 10)
    parts = {"a": b[4:7], "b": b[5:8], "c": spin(b[3:8], 0.5, 219)}
    lin = infer_lineage(collection(*(article(n, p, outlet=f"O{n}") for n, p in parts.items())))
    check_forest(lin)
    assert not [e for e in lin.edges if e.also_from]


@pytest.mark.parametrize("seed", [pytest.param(s, marks=MISREAD_SINCE_THREE_GENERATORS) for s in (0, 55)])
def test_versions_that_each_kept_what_the_fullest_lost_share_a_lost_source(seed):
    # The fullest version dropped a passage that two others kept: it cannot be their source,
    # and all come from a text that is not here. (With seed 55 the lost source wins on cost
    # alone; the missing passages must still be on its record, or the model's tree without it
    # decides.)
    b = base_story(seed, 10)
    arts = [
        article("copy", b[:8], outlet="A"),
        article("spun", spin(b[1:], 0.7, seed), outlet="B"),
        article("exc", b[4:8], outlet="C"),
        article("edit", mutate(b[:3] + b[4:], 3, seed), outlet="D"),
    ]
    lin = infer_lineage(collection(*arts))
    check_forest(lin)
    assert len(lin.hidden) == 1
    assert {parent_of(lin, n) for n in ("copy", "spun", "edit")} == {lin.hidden[0].id}
    lacks = lin.hidden[0].evidence["fullest_version_lacks_passages"]
    assert lacks["version"] == "edit" and set(lacks["kept_elsewhere_by"]) == {"copy", "spun"}


@pytest.mark.parametrize("seed", [1, 5, 7, 8, 17])
def test_a_merge_of_an_absent_story_is_not_the_source_of_a_plain_copy(seed):
    # The merge keeps most of the wire and adds two paragraphs of another story in its middle;
    # the copy, cut short after those paragraphs would have been, has none of them: it comes
    # from the wire, and so does the merge.
    b, merged = wire_and_merge(seed)
    lin = infer_lineage(collection(article("wire", b), article("merged", merged), article("copy", b[:7])))
    check_forest(lin)
    assert parent_of(lin, "wire") is None
    assert parent_of(lin, "merged") == "wire"
    assert parent_of(lin, "copy") == "wire"


def test_shared_wording_is_high_for_a_copy_and_near_zero_for_another_story():
    from tui_reader.core.features import shared_wording

    b = base_story(6, 6)
    other = base_story(606, 6)
    m = shared_wording([article("a", b), article("cut", b[:3]), article("other", other)])
    assert [m[i][i] for i in range(3)] == [1.0, 1.0, 1.0]
    assert all(m[i][j] == m[j][i] for i in range(3) for j in range(3))
    assert m[0][1] == 1.0  # every word trigram of the cut copy is in the full text
    assert m[0][2] < 0.1 and m[1][2] < 0.1


def test_a_copy_that_swapped_common_words_for_rarer_ones_against_its_siblings_is_spun():
    from tui_reader.core.lineage import _Engine, _spun_among

    b = base_story(7, 8)
    arts = [article("spun", spin(b, 1.0, 1)), article("cut", b[:6]), article("excerpt", b[2:])]
    engine = _Engine(arts)
    at = {p.id: k for k, p in enumerate(engine.prep)}
    others = lambda aid: [k for a, k in at.items() if a != aid]  # noqa: E731
    assert _spun_among(engine, at["spun"], others("spun"))
    # The siblings keep the common words: against the spun copy they are not the spinners.
    assert not _spun_among(engine, at["cut"], others("cut"))
    assert not _spun_among(engine, at["excerpt"], others("excerpt"))


def test_the_bundled_spun_copy_is_named_a_spin_under_the_lost_wire_story():
    # Against its closest sibling (a translated copy, reworded throughout) the spun copy reads
    # as a rewrite; against every sibling it carries the rarer words ("scrutinising" for
    # "criticizing", "sibling" for "brother").
    from tui_reader.core.loader import load_paths
    from tui_reader.core.seeds import seeds_dir

    lin = infer_lineage(load_paths([str(seeds_dir())]))
    edge = lin.parent_edge("000_27134ad5ec1f1591")
    assert edge is not None and edge.parent in {h.id for h in lin.hidden}
    assert edge.relation == "spin"
    against = edge.evidence["carries_the_rarer_words_against"]
    assert len(against) >= 2 and min(against.values()) > 0
    assert {lin.parent_edge(a).relation for a in ("001_8d665c38630e435f", "003_3ad928e6668b5a81")} == {"rewrite"}


@pytest.mark.parametrize("seed", range(3))
def test_a_copy_with_a_few_words_swapped_for_rarer_ones_is_named_a_spin(seed):
    # One word in twenty or so swapped for an odd synonym, the rest word for word: the figures
    # of the pair alone read as a copy; copies keep their words.
    b = base_story(60 + seed, 8)
    arts = [
        article("wire", b, date="2024-05-01T08:00:00"),
        article("cut", b[:5], date="2024-05-01T09:00:00"),
        article("spun", spin(b, 0.3, seed), date="2024-05-01T10:00:00"),
    ]
    lin = infer_lineage(collection(*arts))
    edge = lin.parent_edge("spun")
    assert edge is not None and edge.parent == "wire"
    assert edge.relation == "spin"
    assert lin.parent_edge("cut").relation != "spin"


def test_each_weighed_edge_names_its_best_alternative_outside_its_own_descendants():
    # The fitted model weighs every candidate source of a version; the edge keeps the best of
    # the others (never the chosen parent, the version itself or one of its descendants, which
    # would make a cycle) with the model's probability for it.
    b = base_story(7)
    lin = infer_lineage(collection(
        article("o", b), article("spun", spin(b, 1.0, 1)), article("cut", b[:4]),
        article("cut2", spin(b[:5], 1.0, 1)), article("other", base_story(8)),
    ))
    children: dict[str, list[str]] = {}
    for e in lin.edges:
        children.setdefault(e.parent, []).append(e.child)

    def below(node: str) -> set[str]:
        out = {node}
        for c in children.get(node, []):
            out |= below(c)
        return out

    weighed = [e for e in lin.edges if "model_probability" in e.evidence]
    assert {e.child for e in weighed} == {"spun", "cut", "cut2"}
    for e in weighed:
        runner = e.evidence["runner_up"]
        assert runner["parent"] != e.parent and runner["parent"] not in below(e.child)
        assert runner["parent"] in {"o", "spun", "cut", "cut2", "a lost source", "no parent"}
        assert 0.0 <= runner["probability"] <= 1.0 - e.evidence["model_probability"] + 1e-9


_BRIDGE = [
    "The council confirmed on Tuesday that the old bridge over the river will close for repairs next "
    "month. Engineers found cracks in two of the supports during an inspection in the spring, and the "
    "company that maintains the bridge asked for the work to start before the winter rains.",
    "Drivers will be sent along the ring road while the bridge is closed. The council said the detour "
    "would add about ten minutes to most journeys, and that buses would keep their usual times where "
    "they could.",
    'Local shop owners say they are worried about losing trade. "People will simply go somewhere else," '
    "said one baker near the bridge, who has run her shop for twenty years.",
    "The repairs are expected to cost about four million dollars and to take six months.",
]
_BRIDGE_SPUN = {
    "confirmed": "verified", "repairs": "restorations", "Engineers": "Technicians", "found": "discovered",
    "supports": "pillars", "company": "firm", "asked": "requested", "start": "commence",
    "Drivers": "Motorists", "sent": "directed", "detour": "diversion", "journeys": "voyages",
    "usual": "customary", "worried": "anxious", "losing": "forfeiting", "trade": "commerce",
    "simply": "merely", "expected": "anticipated", "cost": "price",
}


def test_a_spin_of_a_text_two_outlets_carry_word_for_word_hangs_under_that_text():
    # Two plain copies of one text and a spun copy of it. Between the text and the spin alone,
    # which one swapped words is a tie; the text carried word for word twice is the common one.
    from dataclasses import replace

    import re

    spun = [re.sub(r"\w+", lambda m: _BRIDGE_SPUN.get(m.group(), m.group()), p) for p in _BRIDGE]
    lin = infer_lineage(collection(*(
        replace(article(name, paras), title=None)
        for name, paras in (("a", _BRIDGE), ("b", list(_BRIDGE)), ("spun", spun))
    )))
    check_forest(lin)
    assert not lin.hidden
    assert parent_of(lin, "spun") in {"a", "b"}
    assert lin.parent_edge("spun").relation == "spin"


@pytest.mark.parametrize("seed", range(3))
def test_the_engine_s_shortcuts_give_the_figures_of_their_definitions(seed):
    # The model's figures are worked out with shortcuts (counts kept per group or per child);
    # each must equal its plain definition, written out here, on versions of mixed kinds.
    from collections import Counter

    from tui_reader.core import lineage as L

    rng = random.Random(seed)
    b = base_story(30 + seed, 8)
    paras = [b, b[:5], mutate(b, 6, seed), spin(b, 0.7, seed), b[2:7], mutate(b[:6], 4, seed + 9), base_story(40 + seed, 6)]
    arts = [article(f"v{k}", p) for k, p in enumerate(paras)]
    rng.shuffle(arts)
    engine = L._Engine(arts)
    group = list(range(len(arts)))
    for c in group:
        C = engine.prep[c]
        related = [x for x in group if x != c and engine.related(c, x)]
        # Readings c shares with enough related versions.
        seen = Counter(t for x in related for t in C.trigrams & engine.prep[x].trigrams)
        least = min(L.GAP_WITNESSES, max(1, len(group) - 2))
        assert engine.shared_readings(c, group) == {t for t, k in seen.items() if k >= least}
        # Share of c that p has and no other version of the pool has.
        pool = [x for x in group if x != c and x % 2 == seed % 2]
        exclusive = L._exclusive_shares(engine, c, pool)

        def kept(x: int) -> list[bool]:
            return [j >= 0 and score >= 0.5 for j, score in engine.pair(c, x).side(C.id).matches]

        for p in related:
            rest = [kept(x) for x in pool if x != p and engine.related(c, x)]
            mine = kept(p)
            want = sum(
                len(s) for i, s in enumerate(C.sentences) if mine[i] and not any(r[i] for r in rest)
            ) / C.weight
            assert exclusive(p) == pytest.approx(want, abs=1e-12)
    ranked = [(0.9, 3), (0.9, 1), (0.5, 2)]
    assert [L._best_leaving_out(ranked, x) for x in (3, 1, 2, 7)] == [0.9, 0.9, 0.9, 0.9]
    assert L._best_leaving_out([(0.4, 5)], 5) == 0.0


def test_copies_that_all_say_an_absent_outlet_published_them_hang_under_it(tmp_path):
    from tui_reader.core.loader import load_paths

    b = base_story(41, 8)
    pages = {
        "a": ("The Valley Times", b[:7], "This story was originally published by ProPublica."),
        "b": ("Metro Daily", b[:5], "This article first appeared in ProPublica."),
        "c": ("Coast Herald", b, "Republished with permission from ProPublica."),
    }
    for name, (outlet, sentences, line) in pages.items():
        body = "\n\n".join(sentences)
        (tmp_path / f"{name}.txt").write_text(f"Budget approved\n\n{body}\n\n{line}\n\n© 2024 {outlet}\n", encoding="utf-8")
    lin = infer_lineage(load_paths([str(tmp_path)]))
    check_forest(lin)
    assert [h.label for h in lin.hidden] == ["lost source: ProPublica"]
    assert {parent_of(lin, n) for n in "abc"} == {lin.hidden[0].id}


def test_renaming_the_files_renames_the_tree_and_changes_nothing_else(tmp_path):
    # Two pages with one headline and body (one with a byline), and a cut copy: which of the two
    # stands for the other is told by their text, not by their names.
    from tui_reader.core.loader import load_paths

    b = base_story(43, 6)
    pages = {
        "plain": "Budget approved\n\n" + "\n\n".join(b),
        "signed": "Budget approved\n\nBy Ann Reporter\n\n" + "\n\n".join(b),
        "cut": "Budget approved\n\n" + "\n\n".join(b[:4]),
    }
    shapes = []
    for names in (("a", "b", "c"), ("c", "b", "a")):
        folder = tmp_path / "-".join(names)
        folder.mkdir()
        for name, text in zip(names, pages.values()):
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        lin = infer_lineage(load_paths([str(folder)]))
        kind = dict(zip(names, pages))
        shapes.append(sorted((kind.get(e.parent, e.parent), kind[e.child]) for e in lin.edges))
    assert shapes[0] == shapes[1]



def test_a_page_of_another_outlet_that_kept_the_agency_s_sign_off_is_not_the_agency_s_own():
    # Two copies of a lost Reuters story: one kept the wire's sign-off under an outlet of its
    # own, the other credits Reuters. Neither is Reuters' own page.
    from tui_reader.core.lineage import _agency_original, _Engine

    b = base_story(31, 8)
    sign_off = "(Reporting by Jane Doe; Editing by John Roe)"
    kept = article("kept", b[:7] + [sign_off], outlet="Rural Voice")
    credited = article("credited", b[:6] + ["— Reuters"], outlet="Metro Desk")
    engine = _Engine([kept, credited])
    assert engine.prep[0].published_by == ("Reuters",)
    assert _agency_original(engine, [0, 1]) == []
    # Without an outlet, or with the agency's name as its outlet, the page is the agency's own.
    for outlet in (None, "Reuters"):
        own = _Engine([article("own", b + [sign_off], outlet=outlet), credited])
        assert _agency_original(own, [0, 1]) == [0]


def test_of_two_pages_with_the_agency_s_sign_off_the_one_under_its_byline_is_its_own():
    # Both end with Reuters' sign-off and neither holds the other whole (the copy was edited);
    # only one carries Reuters' byline above it.
    from tui_reader.core.lineage import _agency_original, _Engine

    b = base_story(32, 8)
    sign_off = "(Reporting by Jane Doe; Editing by John Roe)"
    own = article("own", ["By Reuters | Tokyo", *b, sign_off])
    copy = article("copy", [*mutate(b[:5], 8, 3), *base_story(33, 2), sign_off])
    engine = _Engine([own, copy])
    assert [p.published_by for p in engine.prep] == [("Reuters",), ("Reuters",)]
    assert _agency_original(engine, [0, 1]) == [0]


def test_of_two_pages_with_the_agency_s_copyright_the_one_under_its_dateline_is_its_own():
    # Both keep AP's copyright and neither holds the other whole (the copy was edited and lost
    # the dateline); only one opens with AP's dateline.
    from tui_reader.core.lineage import _agency_original, _Engine

    b = base_story(34, 8)
    notice = "Copyright 2002 The Associated Press. All rights reserved."
    own = article("own", ["NEW YORK (AP) — " + b[0], *b[1:], notice])
    copy = article("copy", [*mutate(b[1:6], 8, 5), *base_story(35, 2), notice])
    engine = _Engine([own, copy])
    assert [p.published_by for p in engine.prep] == [("AP",), ("AP",)]
    assert _agency_original(engine, [0, 1]) == [0]


def test_an_outlet_page_credited_by_its_copy_is_no_publisher_under_another_agency_s_dateline():
    # One outlet's copy of a Reuters story opens with Reuters' dateline; a later copy credits
    # that outlet. The outlet's page is Reuters' story, not a story of its own.
    from tui_reader.core.lineage import _agency_original, _Engine

    b = base_story(36, 8)
    outlet_copy = article("digest", ["PARIS (Reuters) - " + b[0], *b[1:7]], outlet="Global Markets Digest")
    its_copy = article("evening", [*b[:6], "Source: Global Markets Digest"], outlet="Metro Evening")
    engine = _Engine([outlet_copy, its_copy])
    assert _agency_original(engine, [0, 1]) == []
    # Without the agency's dateline, the credited outlet's page is its own story.
    plain = article("digest", b[:7], outlet="Global Markets Digest")
    assert _agency_original(_Engine([plain, its_copy]), [0, 1]) == [0]


def test_an_edited_copy_that_stops_where_a_trimmed_copy_stops_is_left_to_the_evidence():
    # A verbatim cut hangs under the full text (test_copies_cut_at_different_lengths_all_hang_
    # under_the_full_text); a copy with edits of its own that stops exactly where a trimmed copy
    # stops is weighed by the model, which mostly finds it came through the trimmed copy.
    under_trimmed = 0
    for seed in range(1, 13):
        b = base_story(seed, 10)
        trimmed = b[:6]
        lin = infer_lineage(
            collection(
                article("full", b, outlet="Wire"),
                article("trimmed", trimmed, outlet="A"),
                article("edited", mutate(trimmed, 10, seed), outlet="B"),
            )
        )
        check_forest(lin)
        assert parent_of(lin, "edited") in ("full", "trimmed")
        under_trimmed += parent_of(lin, "edited") == "trimmed"
    assert under_trimmed >= 6


@pytest.mark.parametrize("seed", range(1, 9))
def test_answers_sharing_a_sentence_their_source_lacks_still_hang_under_the_source(seed):
    # Plain answers, each a revised part of a source text that is here; two of them add the
    # same sentence (a definition every student adds, say). That the source lacks it does not
    # put a lost text above the source: the source stays the root of every answer.
    from tui_reader.core.model import Article, Block

    def plain(aid: str, paras: list[str]) -> Article:
        return Article(id=aid, path=f"{aid}.txt", title=None, blocks=tuple(Block(p) for p in paras))

    rng = random.Random(seed)
    b = base_story(seed, 12)
    added = base_story(seed + 100, 1)
    answers = []
    for i in range(6):
        start = rng.randint(0, 6)
        part = mutate(b[start : start + rng.randint(3, 6)], rng.randint(1, 4), seed * 10 + i)
        answers.append(plain(f"a{i}", part + (added if i < 2 else [])))
    lin = infer_lineage(collection(plain("source", b), *answers))
    check_forest(lin)
    assert parent_of(lin, "source") is None
    assert not lin.hidden
    assert {parent_of(lin, "a0"), parent_of(lin, "a1")} <= {"source", "a0", "a1"}


def test_of_two_pages_with_one_body_the_agency_s_own_stands_for_both():
    # A copy with the same body as Reuters' own page, its date shown earlier (a zone misread,
    # say): the page with the agency's sign-off and no credit is the source, not the copy.
    from dataclasses import replace

    from tui_reader.core.model import Block

    def with_foot(a, line):  # the loader reads a sign-off or a credit line as boilerplate
        return replace(a, blocks=a.blocks + (Block(line, "boilerplate"),))

    b = base_story(38, 8)
    own = with_foot(article("own", b, date="2022-05-11T10:00:00+00:00"), "(Reporting by Jane Doe; Editing by John Roe)")
    same = with_foot(article("same", b, outlet="Metro Desk", date="2022-05-11T08:00:00+00:00"), "Source: Reuters")
    trimmed = with_foot(article("trimmed", b[:6], outlet="Valley Post", date="2022-05-11T12:00:00+00:00"), "— Reuters")
    lin = infer_lineage(collection(own, same, trimmed))
    check_forest(lin)
    assert parent_of(lin, "own") is None
    assert parent_of(lin, "same") == "own"
    assert parent_of(lin, "trimmed") == "own"
