"""Negative lexicon entries: verb readings that are no event; sentences we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import Event, Pipeline
from flashpoint.coding.lexicon import load_lexicon
from flashpoint.errors import ResourceError
from flashpoint.tables import data_path
from tests.coding.support import by_trigger


def triggers(events: list[Event]) -> list[str]:
    return [e.trigger.text for e in events]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ivanov lost the post of defence minister, a position he occupied for years.", "occupied"),
        ("She occupied the seat for twelve years before retiring.", "occupied"),
        ("The party occupies third place in the polls.", "occupies"),
        ("Early parliamentary elections were called for 24 June.", "called"),
        ("The president called elections for next month.", "called"),
        ("A survey gave him an approval rating of 49%.", "gave"),
        ("The minister gave a speech in Berlin on Monday.", "gave"),
        ("Inflation hit a record high in March.", "hit"),
        ("The crew shot a documentary in Kabul.", "shot"),
        ("The bank charged a fee of 2%.", "charged"),
        ("Firefighters battled the blaze near Athens for three days.", "battled"),
    ],
)
def test_a_reading_marked_as_no_event_codes_nothing(
    pipeline: Pipeline, text: str, verb: str
) -> None:
    assert verb not in triggers(pipeline.code(text))


def test_the_event_reading_of_the_same_verb_is_still_coded(pipeline: Pipeline) -> None:
    occupied = by_trigger(pipeline.code("Russian troops occupied the town on Sunday."), "occupied")
    assert (occupied.type, occupied.mode) == ("COERCE", "seize")
    called = by_trigger(pipeline.code("Opposition leaders called for new elections."), "called")
    assert called.type == "REQUEST"
    hit = by_trigger(pipeline.code("A missile hit a school in Kharkiv."), "hit")
    assert hit.type == "ASSAULT"
    shot = by_trigger(pipeline.code("Soldiers shot two protesters in Lagos."), "shot")
    assert shot.type == "ASSAULT"


def test_the_object_of_a_non_event_is_no_nominal_event_but_others_are(
    pipeline: Pipeline,
) -> None:
    # "took part" is no event; the summit it names still is.
    events = pipeline.code("Turkey took part in the summit in Baku.")
    assert "took" not in triggers(events)
    assert by_trigger(events, "summit").type == "CONSULT"


def _lexicon_with(tmp_path: Path, rows: str) -> Path:
    for name in ("cameo.tsv", "plover.tsv", "contexts.tsv"):
        (tmp_path / name).write_text(data_path(name).read_text())
    header = "kind\tlemma\targ\ttype\tmode\tcameo\n"
    (tmp_path / "triggers.tsv").write_text(header + rows)
    return tmp_path


def test_negative_entries_load_lemmas_and_entity_classes(tmp_path: Path) -> None:
    rows = "verb\toccupy\t\tCOERCE\tseize\t192\nnot_obj\toccupy\tPost\t\t\t\n"
    rows += "not_pobj\tcall\tfor DATE\t\t\t\n"
    lexicon = load_lexicon(_lexicon_with(tmp_path, rows))
    assert lexicon.not_obj == {"occupy": frozenset({"post"})}
    assert lexicon.not_pobj == {"call": frozenset({("for", "DATE")})}


@pytest.mark.parametrize(
    "row",
    ["not_pobj\tcall\tDATE\t\t\t\n", "not_obj\tgive\tWHEN\t\t\t\n", "not_obj\tgive\t\t\t\t\n"],
)
def test_a_malformed_negative_entry_names_the_file_and_entry(tmp_path: Path, row: str) -> None:
    with pytest.raises(ResourceError, match=r"triggers\.tsv"):
        load_lexicon(_lexicon_with(tmp_path, row))


def test_a_pattern_listed_twice_is_an_error_naming_it(tmp_path: Path) -> None:
    rows = "verb_obj\tend\tboycott\tCONCEDE\t\t085\nverb_obj\tend\tboycott\tCONCEDE\t\t082\n"
    with pytest.raises(ResourceError, match=r"triggers\.tsv: verb_obj 'end' 'boycott'"):
        load_lexicon(_lexicon_with(tmp_path, rows))


@pytest.mark.parametrize(
    "text",
    [
        "Aid flights landed in quake-hit Nepal on Sunday.",
        "The crisis-hit lender was taken over by the state.",
    ],
)
def test_what_befell_a_place_or_firm_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert all(e.type != "ASSAULT" for e in pipeline.code(text))


def test_a_hyphenated_attacker_still_attacks(pipeline: Pipeline) -> None:
    events = pipeline.code("Rebel-hit convoys were abandoned on the road.")
    assert any(e.type == "ASSAULT" for e in events)


def test_a_word_inside_a_name_names_the_body_not_an_event(pipeline: Pipeline) -> None:
    text = "The North Atlantic Treaty Organization (NATO) said it would send ships to Albania."
    assert "Treaty" not in triggers(pipeline.code(text))


def test_a_disputed_or_contested_thing_is_no_rejection(pipeline: Pipeline) -> None:
    events = pipeline.code("Fishermen from both countries crowded the disputed atoll on Sunday.")
    assert not [e for e in events if e.type == "REJECT"]
    # Disputing something is still rejecting it.
    events = pipeline.code("Quito disputed the ruling of the arbitration panel.")
    assert by_trigger(events, "disputed").type == "REJECT"
