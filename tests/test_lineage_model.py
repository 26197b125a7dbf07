"""The fitted candidate-parent model: its parts, and what it adds to the tuned engine."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpus
import lineage_eval as le
import synth
from test_lineage_cases import article, base_story, collection, spin
from test_synth import TEXTS, local_corpus  # noqa: F401 (a fixture)

from tui_reader.core import lineage
from tui_reader.core.lineage_model import (
    FEATURES,
    WEIGHTS_PLAIN,
    WEIGHTS_TITLED,
    score,
    softmax,
)
from tui_reader.core.loader import load_paths


def test_both_weight_sets_cover_every_feature_with_a_finite_weight():
    assert len(set(FEATURES)) == len(FEATURES)
    for weights in (WEIGHTS_TITLED, WEIGHTS_PLAIN):
        assert set(weights) == set(FEATURES)
        assert all(math.isfinite(w) for w in weights.values())
    # The two sets are fitted apart: plain texts weigh evidence differently.
    assert WEIGHTS_TITLED != WEIGHTS_PLAIN


def test_score_is_the_weighted_sum_and_softmax_ranks_by_it():
    values = [0.0] * len(FEATURES)
    values[FEATURES.index("parent")] = 1.0
    values[FEATURES.index("parent_explains_child")] = 0.5
    w = {"parent": 2.0, "parent_explains_child": -4.0, "lost": 9.0}
    assert score(values, w) == pytest.approx(0.0)
    probs = softmax([1.0, 3.0, 2.0])
    assert sum(probs) == pytest.approx(1.0)
    assert probs[1] > probs[2] > probs[0]
    assert softmax([1000.0, 0.0])[0] == pytest.approx(1.0)  # no overflow


def _features_of(arts):
    got = {}
    real = lineage._edge_features

    def spy(engine, group, matrix, chosen, **options):
        out = real(engine, group, matrix, chosen, **options)
        ids = [engine.prep[g].id for g in group]
        got.update({ids[k]: [(c if isinstance(c, str) else ids[c], v) for c, v in rows] for k, rows in out[0].items()})
        return out

    lineage._edge_features = spy
    try:
        lin = lineage.infer_lineage(collection(*arts))
    finally:
        lineage._edge_features = real
    return got, lin


def test_every_version_gets_one_vector_per_candidate_with_no_parent_among_them():
    b = base_story(41, 8)
    # A spun copy among them: no tradition of close copies, whose stemma the model leaves alone.
    got, _ = _features_of([article("full", b), article("cut", b[:5]), article("spun", spin(b[:7], 0.8, 2))])
    assert set(got) == {"full", "cut", "spun"}
    for child, rows in got.items():
        names = [name for name, _ in rows]
        assert names.count("none") == 1 and names.count("lost") == 1
        assert child not in names
        assert all(len(v) == len(FEATURES) for _, v in rows)
        # Exactly one candidate is the tuned engine's choice.
        assert sum(v[FEATURES.index("tuned_chosen")] for _, v in rows) == 1.0
    cut = dict(got["cut"])
    # The full text has every sentence of the cut copy.
    assert cut["full"][FEATURES.index("parent_explains_child")] == pytest.approx(1.0)
    assert cut["lost"][FEATURES.index("lost")] == 1.0 and cut["lost"][FEATURES.index("parent")] == 0.0


def test_a_merge_is_judged_on_its_main_story():
    # Two versions add the same two paragraphs of another story, which is here too. What they
    # took from it neither counts against the wire story they copied nor makes a lost source
    # look fuller than that wire story.
    wire, other = base_story(42, 8), base_story(542, 5)
    got, _ = _features_of([
        article("wire", wire),
        article("other", other),
        article("merge", wire[:6] + other[:2]),
        article("merge2", spin(wire[:5], 0.5, 3) + other[:2]),
        article("spun", spin(wire, 0.8, 4)),
    ])
    rows = dict(got["merge"])
    at = FEATURES.index
    assert rows["wire"][at("parent_explains_child")] == pytest.approx(1.0)
    assert rows["wire"][at("parent_has_child_trigrams")] > 0.98  # all but where the stories join
    assert rows["wire"][at("parent_lacks_shared_readings")] == 0.0
    assert rows["wire"][at("child_names_parent_lacks")] == 0.0
    assert rows["lost"][at("lost_gain_over_best")] == 0.0
    # The second story's own candidacy is untouched: it explains none of the main story.
    assert rows["other"][at("parent_explains_child")] == 0.0


def _placed_right(folders: list[Path]) -> int:
    right = 0
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        lin = lineage.infer_lineage(load_paths(sorted(str(p) for p in folder.glob("*.txt"))))
        right += sum(s.right for s in le.score_collection(truth, lin))
    return right


@pytest.mark.parametrize("family", ["news", "sparse", "unsourced"])
def test_the_model_places_more_versions_right_than_the_tuned_costs_alone(tmp_path, family, monkeypatch):
    # Histories generated from the tests' own short texts, which the model never saw.
    pool = synth.Pool([corpus.Text(f"t{i}", t) for i, t in enumerate(TEXTS)])
    folders = synth.make_collections(tmp_path, family, 20, 5, pool)
    with_model = _placed_right(folders)
    monkeypatch.setattr(lineage, "USE_MODEL", False)
    tuned_only = _placed_right(folders)
    assert with_model > tuned_only


def test_an_edge_the_model_decided_says_why_in_its_evidence():
    b = base_story(3, 8)
    lin = lineage.infer_lineage(
        collection(article("full", b), article("cut", b[:5]), article("spun", spin(b[:7], 0.8, 2)))
    )
    edge = lin.parent_edge("cut")
    assert edge is not None and edge.parent == "full"
    ev = edge.evidence
    assert 0.0 < ev["model_probability"] < 1.0
    assert ev["model_score"] >= ev["runner_up_score"]
    assert ev["model_reasons"] and set(ev["model_reasons"]) <= set(FEATURES)
    assert not {"parent", "lost", "none"} & set(ev["model_reasons"])
    assert "cost" not in ev
    # The confidence is the probability, softened: same side of one half, closer to it.
    p, conf = ev["model_probability"], edge.confidence
    assert (p - 0.5) * (conf - 0.5) >= 0 and abs(conf - 0.5) <= abs(p - 0.5)


def test_the_boosted_trees_load_for_both_kinds_and_add_to_the_weighted_sum(monkeypatch):
    from tui_reader.core import lineage_model

    assert set(lineage_model.TREES) == {"titled", "plain"}
    for part in lineage_model.TREES.values():
        assert part["rate"] > 0 and part["trees"]
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("parent")] = 1.0
    row[FEATURES.index("parent_explains_child")] = 0.9
    rows = [row, [0.0] * len(FEATURES)]
    with_trees = lineage_model.scores(rows, titled=True)
    monkeypatch.setattr(lineage_model, "TREES", {})
    alone = lineage_model.scores(rows, titled=True)
    assert alone == [score(r, WEIGHTS_TITLED) for r in rows]
    assert with_trees != alone


def test_an_unreadable_or_foreign_trees_file_leaves_the_weighted_sum(tmp_path, monkeypatch):
    from tui_reader.core import lineage_model

    bad = tmp_path / "trees.json"
    for text in ("{not json", '{"titled": {"rate": 0.1, "trees": [["split", "no_such_figure", 0.5, ["leaf", 1], ["leaf", 2]]]}}'):
        bad.write_text(text, encoding="utf-8")
        monkeypatch.setattr(lineage_model, "TREES_FILE", bad)
        assert lineage_model._load_trees() == {}


def _scores_that_favour(kind: str, by: float):
    """A stand-in for the fitted model: ``by`` for every candidate of ``kind`` ("lost" or
    "parent"), nothing for the others, so that only the engine's own rules decide the rest."""
    at = FEATURES.index(kind)

    def fake(rows, titled):
        return [by if row[at] == 1.0 else 0.0 for row in rows]

    return fake


def _wire_copies(credit: bool):
    b = base_story(31, 10)
    line = ["(with inputs from AP)"] if credit else []
    return collection(
        *(article(n, b[:k] + line, outlet=f"Outlet {n}") for n, k in zip("abc", (10, 8, 6)))
    )


def test_news_without_any_credit_line_gets_no_lost_source_from_the_model(monkeypatch):
    # In generated news, stories with a lost source nearly always credit it somewhere.
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("lost", 5.0))
    plain = lineage.infer_lineage(_wire_copies(credit=False))
    assert not plain.hidden
    assert {e.child: e.parent for e in plain.edges} == {"b": "a", "c": "a"}
    # The same model does add one where the versions credit an agency...
    credited = lineage.infer_lineage(_wire_copies(credit=True))
    assert len(credited.hidden) == 1
    # ... or where the text names one as the source of a quote.
    b = base_story(31, 10)
    quoted = [b[0] + ' "We will go on," the minister told Reuters.'] + b[1:]
    told = lineage.infer_lineage(
        collection(*(article(n, quoted[:k], outlet=f"Outlet {n}") for n, k in zip("abc", (10, 8, 6))))
    )
    assert len(told.hidden) == 1


def test_no_lost_source_above_the_agency_story_its_copies_credit(monkeypatch):
    # A stand-in model that favours a lost source. The wire story is here: its dateline names
    # Reuters, it credits nobody and shows no outlet, and it holds all the copies have.
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("lost", 5.0))
    b = base_story(33, 10)
    wire = ["CANBERRA (Reuters) - " + b[0]] + b[1:]

    def copies(lead: list[str]):
        return [
            article(n, lead[:k] + ["(with inputs from Reuters)"], outlet=f"Outlet {n}")
            for n, k in zip("abc", (9, 7, 5))
        ]

    lin = lineage.infer_lineage(collection(article("wire", wire), *copies(wire)))
    assert not lin.hidden
    assert lin.parent_edge("wire") is None
    # Without the wire story, the same copies go under a lost source.
    assert len(lineage.infer_lineage(collection(*copies(wire))).hidden) == 1
    # A page whose dateline names another agency than the one credited is no wire story.
    other = ["CANBERRA (AFP) - " + b[0]] + b[1:]
    assert len(lineage.infer_lineage(collection(article("afp", other), *copies(wire))).hidden) == 1


def test_copies_of_a_wire_story_marked_by_its_sign_off_hang_under_it(monkeypatch):
    # A stand-in model that favours a lost source; the wire story shows no dateline, only the
    # agency's sign-off: it is the agency's own copy, and nothing is lost above it.
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("lost", 5.0))
    b = base_story(38, 10)
    wire = article("wire", b + ["(Reporting by Ann Lee; Editing by Tom Fox)"])
    copies = [
        article(n, b[:k] + [line], outlet=f"Outlet {n}")
        for n, k, line in (("c1", 9, "(with inputs from Reuters)"), ("c2", 7, "— Reuters"), ("c3", 8, "Reuters"))
    ]
    lin = lineage.infer_lineage(collection(wire, *copies))
    assert not lin.hidden
    assert lin.parent_edge("wire") is None
    assert {c.id: lin.parent_edge(c.id).parent for c in copies} == dict.fromkeys((c.id for c in copies), "wire")


def test_the_fullest_of_several_pages_keeping_the_agency_s_copyright_is_its_own(monkeypatch):
    # Copies kept AP's copyright line; the page holding each of them, and held by none, is AP's.
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("lost", 5.0))
    b = base_story(39, 10)
    mark = ["Copyright 2022 The Associated Press. All rights reserved."]
    pages = [article("wire", b + mark)] + [
        article(n, b[:k] + mark, outlet=f"Outlet {n}") for n, k in (("c1", 8), ("c2", 6))
    ]
    pages.append(article("c3", b[:7] + ["(with inputs from AP)"], outlet="Outlet c3"))
    lin = lineage.infer_lineage(collection(*pages))
    assert not lin.hidden
    assert lin.parent_edge("wire") is None
    # Where no page holds all the others (each has a passage the other lacks), none is known for
    # AP's own, and the lost source stays.
    apart = [
        article("p1", b[:8] + mark, outlet="Outlet p1"),
        article("p2", b[2:] + mark, outlet="Outlet p2"),
        pages[-1],
    ]
    assert len(lineage.infer_lineage(collection(*apart)).hidden) == 1


def test_versions_sharing_most_of_their_text_are_not_all_originals(monkeypatch):
    # A stand-in model that would make every version an original: copies of one text are not
    # written apart, so only one of them stays a root, or a lost source stands above them.
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("none", 5.0))
    for credit in (False, True):
        lin = lineage.infer_lineage(_wire_copies(credit=credit))
        roots = [a for a in lin.article_ids if lin.parent_edge(a) is None]
        assert len(roots) + len(lin.hidden) == 1, (credit, roots, lin.hidden)
    # Versions that share little stay apart.
    apart = collection(*(article(n, base_story(50 + k, 6), outlet=f"Outlet {n}") for k, n in enumerate("abc")))
    lin = lineage.infer_lineage(apart)
    assert not lin.edges and not lin.hidden


def test_plain_texts_none_of_which_holds_the_others_are_readily_given_a_lost_source(monkeypatch):
    # Answers drawn from a text that is not here: two of them have passages no other has, and
    # the other two lie inside those. A lost source costs the model's tree less there than
    # beside the text they were drawn from.
    from tui_reader.core.model import Article, Block

    def answer(aid: str, paras: list[str]) -> Article:
        return Article(id=aid, path=f"{aid}.txt", title=None, blocks=(Block(" ".join(paras)),))

    # (A stand-in model that favours a lost source a little more than the tuned engine's chain.)
    monkeypatch.setattr(lineage, "fitted_scores", _scores_that_favour("lost", 1.2))
    src = base_story(45, 10)
    answers = [answer("a", src[0:6]), answer("b", src[1:6]), answer("c", src[4:10]), answer("d", src[5:10])]
    scattered = lineage.infer_lineage(collection(*answers))
    assert len(scattered.hidden) == 1
    assert len(scattered.hidden[0].evidence["children"]) >= 2
    beside = lineage.infer_lineage(collection(answer("source", src), *answers))
    assert not beside.hidden
    assert "source" not in {e.child for e in beside.edges}


def test_the_tuned_choice_of_a_present_parent_is_trusted_only_where_no_lost_source_adds_text(monkeypatch):
    b = base_story(41, 10)
    credit = ["(with inputs from AP)"]
    # The tuned engine hangs "d" under "a", the longest plain copy; but "d" keeps a passage "a"
    # dropped, which the spun "c" also has: the versions together explain more of "d" than "a"
    # does, so a lost source is a real alternative for it.
    versions = {
        "a": b[0:8],
        "b": spin(b[1:8], 0.5, 71) + credit,
        "c": spin(b[1:10], 0.5, 71),
        "d": b[2:9] + credit,
    }

    lost_at, tuned_at = FEATURES.index("lost"), FEATURES.index("tuned_chosen")

    def parent_of_d(by: float) -> str:
        # A stand-in model: ``by`` for a lost source, a little for the tuned engine's choice.
        def fake(rows, titled):
            return [by if row[lost_at] == 1.0 else 0.1 * row[tuned_at] for row in rows]

        monkeypatch.setattr(lineage, "fitted_scores", fake)
        lin = lineage.infer_lineage(collection(*(article(n, p, outlet=f"Outlet {n}") for n, p in versions.items())))
        parent = next(e.parent for e in lin.edges if e.child == "d")
        return "lost" if parent in {h.id for h in lin.hidden} else parent

    # A small edge for the lost source beats the tuned choice where the lost source adds text...
    assert parent_of_d(0.5) == "lost"
    # ... and without it the tuned choice stands.
    assert parent_of_d(-0.5) == "a"


def test_plain_texts_that_read_like_news_bodies_are_judged_as_news():
    from tui_reader.core.model import Article, Block

    def judged(*texts: list[str]) -> bool:
        arts = [
            Article(id=f"v{k}", path=f"v{k}.txt", title=None, blocks=tuple(Block(p) for p in paras))
            for k, paras in enumerate(texts)
        ]
        return lineage._judged_as_news(lineage._Engine(arts), list(range(len(arts))))

    b = base_story(33, 8)
    # News bodies: several short paragraphs, each ending as a sentence does.
    short = [" ".join(p.split()[:30]).rstrip(".") + "." for p in b]
    assert judged(short[:6], short[:5])
    # A single long paragraph, as an answer is written, is not news...
    assert not judged([" ".join(b[:4])], [" ".join(b[1:5])])
    # ... nor a hand copy broken into lines in mid-sentence.
    lines = [" ".join(w) for w in zip(*[iter(" ".join(b).split())] * 9)]
    assert not judged(lines[:12], lines[1:12])


def test_news_bodies_without_headlines_get_their_own_confidence_temperature(monkeypatch):
    from tui_reader.core.model import Article, Block

    b = [" ".join(p.split()[:30]).rstrip(".") + "." for p in base_story(34, 8)]
    versions = {"a": b, "b": b[:6], "c": b[1:7] + ["One more line the copy adds at its end."]}

    def confidences(titles: bool) -> dict:
        arts = [
            Article(id=n, path=f"{n}.txt", title=f"Headline {n}" if titles else None, blocks=tuple(Block(p) for p in ps))
            for n, ps in versions.items()
        ]
        return {e.child: e.confidence for e in lineage.infer_lineage(collection(*arts)).edges}

    plain_bodies, headed = confidences(False), confidences(True)
    monkeypatch.setattr(lineage, "CONF_HEADLESS_TEMPERATURE", 1000.0)
    # A huge temperature takes every model-decided confidence of the bodies to one half...
    assert all(abs(c - 0.5) < 0.01 for c in confidences(False).values())
    assert confidences(False) != plain_bodies
    # ... and leaves pages with headlines as they were.
    assert confidences(True) == headed


@pytest.mark.usefixtures("local_corpus")
def test_the_fit_script_can_refit_one_model_and_keep_the_other(tmp_path, monkeypatch):
    import fit_lineage_model as fit

    model_before = fit.MODEL_FILE.read_text(encoding="utf-8")
    trees_before = json.loads(fit.TREES_FILE.read_text(encoding="utf-8"))
    model, trees = tmp_path / "lineage_model.py", tmp_path / "lineage_trees.json"
    model.write_text(model_before, encoding="utf-8")
    trees.write_text(json.dumps(trees_before), encoding="utf-8")
    monkeypatch.setattr(fit, "MODEL_FILE", model)
    monkeypatch.setattr(fit, "TREES_FILE", trees)
    args = ["--n", "1", "--fit-seeds", "21", "--check-seeds", "22", "--rounds", "2", "--write", "--only", "plain",
            "--alt-seeds"]
    assert fit.main(args) == 0

    def block(text: str, name: str) -> str:
        start = text.index(f"{name}: dict[str, float] = {{")
        return text[start : text.index("}\n", start)]

    model_after = model.read_text(encoding="utf-8")
    trees_after = json.loads(trees.read_text(encoding="utf-8"))
    # The plain-text model is refitted (two trees asked for); the other is kept as it was.
    assert block(model_after, "WEIGHTS_TITLED") == block(model_before, "WEIGHTS_TITLED")
    assert block(model_after, "WEIGHTS_PLAIN") != block(model_before, "WEIGHTS_PLAIN")
    assert trees_after["titled"] == trees_before["titled"]
    assert len(trees_after["plain"]["trees"]) == 2
