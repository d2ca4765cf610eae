"""How much time the event coder adds to the spaCy parse it reads.

Parses a JSON Lines corpus once (timed), then runs the ``events`` stage alone over
the parsed documents (timed) and prints both and their ratio.

    .venv/bin/python benchmarks/coder.py [../shared/data/corpora/guardian_249.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flashpoint import Document, Pipeline
from flashpoint.ingest import read_inputs

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "guardian_249.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}; pass a JSON Lines file", file=sys.stderr)
        return 2
    docs = [d for d in read_inputs([str(args.corpus)]) if isinstance(d, Document)][: args.limit]
    words = sum(len(d.text.split()) for d in docs)
    pipeline = Pipeline.default()
    nlp, coder = pipeline.get_stage("nlp"), pipeline.get_stage("events")
    started = time.perf_counter()
    parsed = list(nlp.pipe(docs))  # type: ignore[attr-defined]
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    events = sum(len(coder(doc).events) for doc in parsed)
    code_seconds = time.perf_counter() - started
    print(f"documents {len(docs)}, words {words:,}, events {events:,}")
    print(f"spaCy parse      {parse_seconds:7.2f} s  {words / parse_seconds:9,.0f} words/s")
    print(f"events stage     {code_seconds:7.2f} s  {words / code_seconds:9,.0f} words/s")
    print(f"coder / parse    {code_seconds / parse_seconds:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
