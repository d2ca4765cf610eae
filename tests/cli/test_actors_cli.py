"""``flashpoint actors import`` and ``flashpoint actors lookup``, end to end in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.actors import load_actor_table
from flashpoint.cli import main

CAMEO = """\
# A small Phoenix-format dictionary
ZARIF_QASIMOV_   [AZEGOV 180421-250101]
    [AZEELI >250102]
+QASIMOV_
ABBAS_ARAGHCHI_  [IRNGOV >240821]
+ARAQCHI_
KOFI_ANNAN_  [IGOGOV 970101-061231]
"""

WIKIDATA = [
    {
        "id": "Q99990001",
        "labels": {"en": {"value": "Layla Haddad"}},
        "aliases": {"en": [{"value": "L. Haddad"}]},
        "claims": {
            "P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}],
            "P27": [{"mainsnak": {"datavalue": {"value": {"id": "Q99990002"}}}}],
            "P39": [
                {
                    "mainsnak": {"datavalue": {"value": {"id": "Q99990003"}}},
                    "qualifiers": {
                        "P580": [{"datavalue": {"value": {"time": "+2019-03-01T00:00:00Z"}}}],
                        "P582": [{"datavalue": {"value": {"time": "+2023-05-31T00:00:00Z"}}}],
                    },
                }
            ],
        },
    },
    {
        "id": "Q99990002",
        "labels": {"en": {"value": "Lebanon"}},
        "claims": {"P298": [{"mainsnak": {"datavalue": {"value": "LBN"}}}]},
    },
    {"id": "Q99990003", "labels": {"en": {"value": "Minister of Defence of Lebanon"}}},
    {
        "id": "Q99990004",
        "labels": {"en": {"value": "Cedar Watch Militia"}},
        "claims": {
            "P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q17149090"}}}}],
            "P17": [{"mainsnak": {"datavalue": {"value": {"id": "Q822"}}}}],
        },
    },
]


def lookup(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["actors", "lookup", *args]) == 0
    record: dict[str, object] = json.loads(capsys.readouterr().out)
    return record


def test_import_cameo_then_lookup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "actors.txt"
    source.write_text(CAMEO, encoding="utf-8")
    resources = tmp_path / "mine"
    assert main(["actors", "import", str(source), "--resources", str(resources)]) == 0
    assert "read 3 actors (2 extend" in capsys.readouterr().err
    written = resources / "actors" / "people.imported.tsv"
    assert written.is_file()
    during = lookup(capsys, "Qasimov", "--date", "2020-01-01", "--resources", str(resources))
    after = lookup(capsys, "Zarif Qasimov", "--date", "2025-06-01", "--resources", str(resources))
    assert (during["country"], during["sector"]) == ("AZE", "GOV")
    assert (after["country"], after["sector"]) == ("AZE", "ELI")
    # "Araqchi" now extends the shipped Abbas Araghchi rather than duplicating him
    extended = lookup(capsys, "Araqchi", "--date", "2025-06-01", "--resources", str(resources))
    assert (extended["id"], extended["country"]) == ("abbas-araghchi", "IRN")
    table = load_actor_table(resources)
    assert len([e for e in table.entries.values() if e.name == "Kofi Annan"]) == 1


def test_import_wikidata_dump_then_lookup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.json"
    dump.write_text("[\n" + ",\n".join(json.dumps(i) for i in WIKIDATA) + "\n]\n", encoding="utf-8")
    resources = tmp_path / "mine"
    assert main(["actors", "import", str(dump), "--resources", str(resources)]) == 0
    person = lookup(capsys, "Layla Haddad", "--date", "2020-01-01", "--resources", str(resources))
    assert (person["country"], person["sector"], person["kind"]) == ("LBN", "GOV", "people")
    later = lookup(capsys, "L. Haddad", "--date", "2024-01-01", "--resources", str(resources))
    assert later["sector"] == "ELI"
    group = lookup(capsys, "Cedar Watch Militia", "--resources", str(resources))
    assert (group["country"], group["sector"]) == ("LBN", "REB")
    # importing again merges into the same files instead of duplicating
    assert main(["actors", "import", str(dump), "--resources", str(resources)]) == 0
    text = (resources / "actors" / "people.imported.tsv").read_text(encoding="utf-8")
    assert text.count("Layla Haddad") == 1


def test_lookup_shows_sponsored_groups(capsys: pytest.CaptureFixture[str]) -> None:
    record = lookup(capsys, "Iran-backed armed groups")
    assert record["country"] is None and record["backed_by"] == ["IRN"]
    assert "kataib-hezbollah" in record["groups_backed"]  # type: ignore[operator]


def test_import_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["actors", "import", str(tmp_path / "nope.txt"), "--resources", str(tmp_path)]) == 2
