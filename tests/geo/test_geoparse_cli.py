from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.evaluation import SUITES
from flashpoint.evaluation.geo import run as run_eval
from flashpoint.geo.gazetteer import SCHEMA_VERSION


def test_geoparse_writes_one_record_per_toponym(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Clashes in Diyala province\n\nFighting spread to Baquba, Iraq.\n")
    out = tmp_path / "places.jsonl"
    assert main(["geoparse", str(article), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["text"] for r in records] == ["Diyala province", "Baquba", "Iraq"]
    diyala = records[0]
    assert set(diyala) == {
        "doc_id",
        "text",
        "start",
        "end",
        "name",
        "geonames_id",
        "country",
        "admin1",
        "lat",
        "lon",
        "feature_code",
        "score",
    }
    assert (diyala["geonames_id"], diyala["admin1"], diyala["start"]) == (96965, "Diyala", 11)


def test_geoparse_reports_unreadable_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Talks were held in Muscat.")
    assert main(["geoparse", str(good), str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert "Muscat" in captured.out and "missing.txt" in captured.err


def test_gazetteer_info(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "info"]) == 0
    assert f"schema\t{SCHEMA_VERSION}" in capsys.readouterr().out


def test_geo_is_an_eval_suite(tmp_path: Path) -> None:
    assert "geo" in SUITES
    out = io.StringIO()
    assert run_eval(tmp_path, out, None) == 0
    assert "skipped" in out.getvalue()


@pytest.mark.shared_data
def test_eval_geo_on_a_few_documents(shared_data: Path) -> None:
    out = io.StringIO()
    assert run_eval(shared_data, out, 5) == 0
    text = out.getvalue()
    assert "GWN:" in text and "LGL:" in text and "exact GeoNames" in text
