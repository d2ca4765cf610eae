"""``flashpoint code`` end to end: in-process through ``main``, once through the script."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flashpoint import __version__
from flashpoint.cli import main
from tests.conftest import EXAMPLES
from tests.model.test_model import CONTRACT_KEYS

ARTICLE = (
    "Sanctions\n\n"
    "The United States imposed new sanctions on 14 vessels on Tuesday, Washington said.\n"
)


def check_record(record: dict[str, object], texts: dict[str, str]) -> None:
    assert list(record) == CONTRACT_KEYS
    text = texts[str(record["doc_id"])]
    sentence = record["sentence"]
    assert isinstance(sentence, dict)
    assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    trigger = record["trigger"]
    assert isinstance(trigger, dict)
    assert text[trigger["start"] : trigger["end"]] == trigger["text"]
    assert sentence["start"] <= trigger["start"] < trigger["end"] <= sentence["end"]
    for role in ("sources", "targets"):
        actors = record[role]
        assert isinstance(actors, list)
        for actor in actors:
            assert text[actor["start"] : actor["end"]] == actor["text"]
    assert record["modality"] in ("asserted", "negated", "hypothetical", "future", "historical")
    assert isinstance(record["confidence"], float) and 0 <= record["confidence"] <= 1


def test_jsonl_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    assert main(["code", str(path), "--date", "2026-02-12"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    texts = {records[0]["doc_id"]: ARTICLE}
    for record in records:
        check_record(record, texts)
    sanction = next(r for r in records if r["type"] == "SANCTION")
    assert sanction["date"] == "2026-02-10"
    assert sanction["sources"][0]["country"] == "USA"


def test_examples_to_a_file_with_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nested" / "events.jsonl"
    assert main(["code", str(EXAMPLES), "--date", "2026-02-12", "-o", str(out)]) == 0
    summary = capsys.readouterr().err
    assert "Coded 10 documents" in summary and str(out.resolve()) in summary
    records = [json.loads(line) for line in out.read_text().splitlines()]
    types = {r["type"] for r in records}
    assert {"SANCTION", "CONSULT", "ASSAULT", "PROTEST", "AID", "ACCUSE", "THREATEN"} <= types
    texts = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        from flashpoint import Document

        text = path.read_text(encoding="utf-8")
        texts[Document.content_id(text)] = text
    for record in records:
        check_record(record, texts)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_other_formats(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    out = tmp_path / f"events.{fmt}"
    assert main(["code", str(path), "--format", fmt, "-o", str(out), "-q"]) == 0
    if fmt == "json":
        records = json.loads(out.read_text())
        assert records and list(records[0]) == CONTRACT_KEYS
    else:
        rows = list(csv.DictReader(out.open()))
        assert rows and any(r["type"] == "SANCTION" and r["source_country"] == "USA" for r in rows)


def test_bad_inputs_are_reported_and_the_rest_still_coded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    lines = tmp_path / "corpus.jsonl"
    lines.write_text('{"id": "x1", "text": "Iran condemned the sanctions."}\n{not json}\n')
    status = main(["code", str(binary), str(good), str(lines), str(tmp_path / "missing.txt")])
    captured = capsys.readouterr()
    assert status == 1
    assert "bad.txt" in captured.err and "binary" in captured.err
    assert "corpus.jsonl:2" in captured.err and "missing.txt" in captured.err
    doc_ids = {json.loads(line)["doc_id"] for line in captured.out.splitlines()}
    assert "x1" in doc_ids and len(doc_ids) == 2


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--date", "12/02/2026"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--format", "yaml"])
    assert exit_info.value.code == 2
    assert main([]) == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"flashpoint {__version__}"


@pytest.mark.slow
def test_installed_script_reads_stdin() -> None:
    script = shutil.which("flashpoint", path=str(Path(sys.executable).parent))
    assert script is not None, "the flashpoint script is not installed next to this Python"
    result = subprocess.run(
        [script, "code", "-", "--date", "2026-02-12"],
        input=ARTICLE.encode(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert any(r["type"] == "SANCTION" for r in records)


@pytest.mark.slow
def test_real_articles_give_contract_records(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ten real Guardian articles (unseen by the coder's authors): every record
    has the contract's keys and every span's offsets index the text."""
    corpus = tmp_path / "ten.jsonl"
    lines = (shared_data / "corpora" / "guardian_249.jsonl").read_text().splitlines()[:10]
    corpus.write_text("\n".join(lines) + "\n")
    texts = {str(json.loads(line)["id"]): json.loads(line)["text"] for line in lines}
    assert main(["code", str(corpus)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) > 50
    for record in records:
        check_record(record, texts)
