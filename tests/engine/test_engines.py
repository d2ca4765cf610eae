"""Every engine gives the output of the in-process pipeline, in input order."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from flashpoint import Document, Pipeline
from flashpoint.engine import PipelineSpec, ProcessEngine, open_engine, slim
from flashpoint.errors import UsageError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def sample_docs() -> list[Document]:
    return [
        Document.from_text(path.read_text(encoding="utf-8"), id=path.stem, date=date(2026, 2, 12))
        for path in sorted(EXAMPLES.glob("*.txt"))
    ]


def records(docs: list[Document]) -> list[tuple[str, list[dict[str, object]]]]:
    return [(d.id, [e.to_dict() for e in d.events]) for d in docs]


@pytest.fixture(scope="module")
def expected(pipeline: Pipeline) -> list[tuple[str, list[dict[str, object]]]]:
    return records(list(pipeline.pipe(sample_docs())))


def test_slim_keeps_events_places_and_sentences(pipeline: Pipeline) -> None:
    doc = next(pipeline.pipe(sample_docs()[:1]))
    light = slim(doc)
    assert light.tokens == [] and light.entities == []
    assert light.events == doc.events and light.places == doc.places
    assert light.sentences == doc.sentences


def test_two_worker_processes_give_the_same_events_in_order(
    expected: list[tuple[str, list[dict[str, object]]]],
) -> None:
    engine = ProcessEngine(PipelineSpec(), workers=2, chunk=1)
    try:
        engine.warm()
        got = records(list(engine.pipe(sample_docs())))
    finally:
        engine.close()
    assert [doc_id for doc_id, _ in got] == [doc_id for doc_id, _ in expected]
    assert got == expected


@pytest.mark.slow
def test_a_two_worker_dask_cluster_gives_the_same_events(
    expected: list[tuple[str, list[dict[str, object]]]],
) -> None:
    with open_engine(PipelineSpec(), "dask", workers=2) as engine:
        got = records(list(engine.pipe(sample_docs())))
    assert got == expected


@pytest.mark.slow
def test_code_cli_engines_write_identical_files(tmp_path: Path) -> None:
    outputs = {}
    for name, options in {
        "local": [],
        "processes": ["--workers", "2"],
        "dask": ["--engine", "dask", "--workers", "2"],
    }.items():
        out = tmp_path / f"{name}.jsonl"
        command = [sys.executable, "-m", "flashpoint", "code", str(EXAMPLES), "--date",
                   "2026-02-12", "-o", str(out), "-q", *options]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        outputs[name] = out.read_text(encoding="utf-8")
    assert outputs["local"].count("\n") > 50
    assert outputs["processes"] == outputs["local"]
    assert outputs["dask"] == outputs["local"]
    assert all(json.loads(line)["id"] for line in outputs["dask"].splitlines())


def test_bad_engine_settings_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown engine"), open_engine(PipelineSpec(), "spark"):
        pass
    with pytest.raises(UsageError, match="--workers"), open_engine(PipelineSpec(), workers=0):
        pass
    with (
        pytest.raises(UsageError, match="--scheduler goes with --engine dask"),
        open_engine(PipelineSpec(), scheduler="tcp://127.0.0.1:8786"),
    ):
        pass
