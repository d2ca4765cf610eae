"""The corpus the speed benchmarks read: JSON Lines articles with a ``text`` field."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_249.jsonl"


def read_texts(corpus: Path, limit: int | None = None) -> list[str] | None:
    """The texts of the first ``limit`` articles, or None (and a message) without the file."""
    if not corpus.exists():
        print(f"no corpus at {corpus}")
        return None
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()][:limit]
