"""``record`` classes behave as the dataclasses they stand for: equality, hashing, repr, frozenness."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui_reader.core.diff import DiffCounts, WordDiff
from tui_reader.core.formats import Draft, Paragraph
from tui_reader.core.metadata import Byline, LineInfo
from tui_reader.core.records import record


@dataclasses.dataclass(frozen=True)
class FrozenDC:
    name: str
    count: int = 0
    tags: tuple = ()


@record(frozen=True)
class FrozenRec:
    name: str
    count: int = 0
    tags: tuple = ()

    def __init__(self, name: str, count: int = 0, tags: tuple = ()) -> None:
        self.__dict__.update(name=name, count=count, tags=tags)


@dataclasses.dataclass
class PlainDC:
    value: object


@record()
class PlainRec:
    value: object

    def __init__(self, value: object) -> None:
        self.value = value


values = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=3), st.tuples(st.integers(0, 2)))


def _rename(text: str) -> str:
    return text.replace("DC", "Rec")


@given(st.text(max_size=4), st.integers(-2, 2), st.tuples(values), st.text(max_size=4), st.integers(-2, 2))
def test_frozen_record_equals_hashes_and_prints_as_a_frozen_dataclass(name, count, tags, name2, count2):
    dc, rec = FrozenDC(name, count, tags), FrozenRec(name, count, tags)
    dc2, rec2 = FrozenDC(name2, count2), FrozenRec(name2, count2)
    assert (rec == rec2) == (dc == dc2)
    assert (rec != rec2) == (dc != dc2)
    assert hash(rec) == hash(dc)
    assert repr(rec) == _rename(repr(dc))
    assert rec != dc and dc != rec  # another class is never equal, as with dataclasses
    assert FrozenRec.__match_args__ == FrozenDC.__match_args__


@given(values, values)
def test_plain_record_equals_and_prints_as_a_dataclass_and_is_unhashable(a, b):
    assert (PlainRec(a) == PlainRec(b)) == (PlainDC(a) == PlainDC(b))
    assert repr(PlainRec(a)) == _rename(repr(PlainDC(a)))
    with pytest.raises(TypeError):
        hash(PlainRec(a))
    with pytest.raises(TypeError):
        hash(PlainDC(a))
    rec = PlainRec(a)
    rec.value = b
    assert rec.value == b


def test_frozen_record_refuses_assignment_and_deletion_like_a_dataclass():
    for obj in (FrozenDC("a"), FrozenRec("a")):
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'name'"):
            obj.name = "b"
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'other'"):
            obj.other = 1
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'count'"):
            del obj.count
        assert obj.name == "a"


def test_recursive_repr_does_not_loop():
    rec = PlainRec(None)
    rec.value = [rec]
    assert repr(rec) == "PlainRec(value=[...])"


def test_pattern_matching_by_position():
    match FrozenRec("x", 2):
        case FrozenRec(name, count):
            assert (name, count) == ("x", 2)
        case _:
            pytest.fail("no match")


def test_engine_and_loader_values_keep_their_behaviour():
    info = LineInfo("byline", byline=Byline("Jane Doe", outlet="The Post"))
    assert info == LineInfo("byline", None, None, Byline("Jane Doe", "The Post"))
    assert info != LineInfo("byline")
    assert len({info, LineInfo("byline", byline=Byline("Jane Doe", outlet="The Post"))}) == 1
    assert repr(Byline("A")) == "Byline(names='A', outlet=None, agency=None)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.reason = "x"
    counts = DiffCounts(inserted=2, moved=1)
    assert counts.changed == 3 and counts == DiffCounts(2, 0, 0, 1)
    diff = WordDiff("a", "b", (), counts)
    assert diff == WordDiff("a", "b", (), DiffCounts(2, 0, 0, 1)) and not diff.same
    # A field whose default is a new object gets a new one per instance.
    first, second = Draft([Paragraph(["x"])]), Draft([])
    first.extra["k"] = 1
    assert second.extra == {} and Draft([], extra=first.extra).extra is first.extra
    with pytest.raises(TypeError):
        hash(first)
