"""Throughput of the ``places`` stage alone (detection, resolution, event locations).

The spaCy parse and the event coder run first and are not timed.  Reads the Guardian
corpus in ../shared/data when present, else the sample articles in examples/::

    .venv/bin/python benchmarks/geo.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from flashpoint import Document, Pipeline, Resources

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_249.jsonl"


def documents(limit: int | None) -> list[Document]:
    if CORPUS.is_file():
        lines = CORPUS.read_text(encoding="utf-8").splitlines()[:limit]
        rows = [json.loads(line) for line in lines if line.strip()]
        return [Document.from_text(r["text"], id=str(r.get("id") or i)) for i, r in enumerate(rows)]
    texts = sorted((ROOT / "examples").glob("*.txt"))[:limit]
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args()
    started = time.perf_counter()
    resources = Resources.load()
    print(f"resources loaded in {time.perf_counter() - started:.2f} s")
    pipeline = Pipeline.default(resources)
    before = Pipeline([pipeline.get_stage(n) for n in ("nlp", "events", "actors")])
    places = pipeline.get_stage("places")
    docs = list(before.pipe(documents(args.limit)))
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    found = sum(len(places(d).places) for d in docs)
    seconds = time.perf_counter() - started
    print(f"geo stage: {len(docs)} documents, {words:,} words, {found:,} place mentions")
    print(f"geo stage: {seconds:.2f} s, {words / seconds:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
