"""How fast any sentence pre-filter could make the parse: the ceiling behind issue 8.

    .venv/bin/python benchmarks/parse_ceiling.py [CORPUS] [--limit N] [--workers 2]

First the exact pipeline codes the corpus (default
../shared/data/corpora/guardian_249.jsonl; not timed) to learn which sentences hold
an event.  Then the plain spaCy parse (``en_core_web_sm``, every pipe, WORKERS
processes, as in ``benchmarks/throughput.py``) is timed over three texts of each
article, one after the other in this process:

* ``whole text``: the article, as the throughput baseline parses it;
* ``pre-filter runs``: the runs of sentences ``--prefilter`` hands to the parser;
* ``event sentences``: only the sentences the exact pipeline found an event in,
  joined per article: what a pre-filter that knew the answer would parse.

For each it prints the share of words parsed, the seconds, and the speed-up over
the whole text counted in the whole corpus's words.  The ``event sentences`` line is
the most any filter that keeps today's events can gain on parsing alone, before
the pre-filter, the coder, actors, places, dates and writing take their share.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from corpus import DEFAULT_CORPUS, read_texts

from flashpoint.coding.prefilter import TriggerFilter, morphology_of, segments
from flashpoint.engine import PipelineSpec, open_engine
from flashpoint.model import Document
from flashpoint.nlp.parser import lemma_tables, load_spacy
from flashpoint.pipeline import Resources

#: Texts per batch of the plain parse, as in benchmarks/throughput.py.
PLAIN_BATCH = 16


def event_sentences(texts: list[str], workers: int) -> list[str]:
    """Per article, the text of the sentences that hold an event, joined by spaces."""
    docs = (Document.from_text(text, id=str(n)) for n, text in enumerate(texts))
    kept: list[str] = []
    with open_engine(PipelineSpec(), "local", workers=workers) as engine:
        for doc in engine.pipe(docs):
            spans = sorted({(e.sentence.start, e.sentence.end) for e in doc.events})
            kept.append(" ".join(doc.text[a:b] for a, b in spans))
    return kept


def prefilter_runs(texts: list[str]) -> list[str]:
    """Per article, the runs of sentences the pre-filter parses, joined by spaces."""
    keep = TriggerFilter(Resources.load().lexicon, morphology_of(*lemma_tables(load_spacy())))
    return [
        " ".join(text[s.start : s.end] for s in segments(text, keep) if s.parse) for text in texts
    ]


def timed_parse(texts: Iterable[str], workers: int) -> float:
    nlp = load_spacy()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=PLAIN_BATCH):
        pass
    return time.perf_counter() - started


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.limit)
    if texts is None:
        return 2
    sides = {
        "whole text": texts,
        "pre-filter runs": prefilter_runs(texts),
        "event sentences": event_sentences(texts, args.workers),
    }
    total = words(texts)
    print(f"corpus           {args.corpus.name}: {len(texts)} articles, {total:,} words; "
          f"{args.workers} process(es)")  # fmt: skip
    whole = 0.0
    for name, side in sides.items():
        seconds = timed_parse(side, args.workers)
        whole = whole or seconds
        print(f"{name:<16} {words(side) / total:6.1%} of words  {seconds:6.1f} s  "
              f"{total / seconds:8,.0f} corpus words/s  {whole / seconds:4.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
