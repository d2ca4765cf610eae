"""Ingest throughput: code a corpus into a fresh database and print the figures.

    .venv/bin/python benchmarks/ingest.py [CORPUS] [--batch-size N] [--processes N]

CORPUS defaults to ../shared/data/corpora/guardian_249.jsonl (249 Guardian articles).
Prints documents/s and words/s for the whole ingest (read, code, store, merge; the
model load is timed apart), events, clusters and how many clusters merge several
reports, then the time of a second run over the same corpus (which must add nothing).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from flashpoint.pipeline import Pipeline
from flashpoint.store.db import Store
from flashpoint.store.ingest import ingest, read_sources

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_249.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pipeline = Pipeline.default(n_process=args.processes)
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        with Store(db) as store:
            stats = ingest(read_sources([str(args.corpus)]), store, pipeline,
                           batch_size=args.batch_size)  # fmt: skip
            seconds = stats.seconds
            counts = store.counts()
            merged = store.con.execute(
                "SELECT count(*), coalesce(max(mentions), 0), coalesce(sum(mentions), 0) "
                "FROM clusters WHERE mentions > 1"
            ).fetchall()[0]
            multi_article = store.con.execute(
                "SELECT count(*) FROM clusters WHERE articles > 1"
            ).fetchall()[0][0]
            again = ingest(read_sources([str(args.corpus)]), store, pipeline)
            unchanged = store.counts() == counts
        size = db.stat().st_size
    print(f"corpus             {args.corpus.name}")
    print(f"model load         {load:.1f} s")
    print(f"ingest             {seconds:.1f} s (batch size {args.batch_size}, "
          f"{args.processes} parser process(es))")  # fmt: skip
    print(f"documents          {stats.stored:,} ({stats.stored / seconds:.2f} docs/s)")
    print(f"words              {stats.words:,} ({stats.words / seconds:,.0f} words/s)")
    print(f"events             {counts.events:,}")
    print(f"clusters           {counts.clusters:,} "
          f"({counts.events / max(counts.clusters, 1):.2f} events per cluster)")  # fmt: skip
    print(f"merged clusters    {merged[0]:,} with 2+ reports, holding {merged[2]:,} events "
          f"(largest {merged[1]}); {multi_article:,} span 2+ articles")  # fmt: skip
    print(f"unreadable inputs  {len(stats.errors)}")
    print(f"database size      {size / 1e6:.1f} MB")
    print(f"second run         {again.seconds:.1f} s, {again.stored} stored, "
          f"{again.duplicates} already stored, database unchanged: {unchanged}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
