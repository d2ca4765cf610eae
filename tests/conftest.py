"""Shared fixtures: the shipped resources and one spaCy pipeline per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from flashpoint import Document, Pipeline, Resources

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="session")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.default(resources)


@pytest.fixture(scope="session")
def parse(pipeline: Pipeline) -> Callable[[str], Document]:
    """Run only the nlp stage over a text."""
    nlp = pipeline.get_stage("nlp")

    def run(text: str) -> Document:
        return nlp(Document.from_text(text))

    return run


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA
