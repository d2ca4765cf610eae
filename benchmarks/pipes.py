"""Where the spaCy parse spends its time: each pipe of the model timed on its own.

    .venv/bin/python benchmarks/pipes.py [CORPUS] [--limit 40] [--batch-size 16]
        [--profile [--prefilter]]

The texts are tokenised, then each pipe of flashpoint's spaCy pipeline runs over all
of them in turn (one process), so each pipe's share of the parse can be read off.
``--profile`` instead runs the whole flashpoint pipeline over them under
``pyinstrument`` and prints where the time goes.  CORPUS defaults to
../shared/data/corpora/guardian_249.jsonl.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS, read_texts

from flashpoint import Pipeline
from flashpoint.model import Document
from flashpoint.nlp.parser import load_spacy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--profile", action="store_true", help="profile the whole pipeline")
    parser.add_argument("--prefilter", action="store_true", help="with --profile")
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.limit)
    if texts is None:
        return 2
    if args.profile:
        return profile(texts, args.prefilter)
    nlp = load_spacy()
    times: dict[str, float] = {}
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times["tokenizer"] = time.perf_counter() - started
    for name, pipe in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(pipe, "pipe"):
            docs = list(pipe.pipe(docs, batch_size=args.batch_size))
        else:
            docs = [pipe(doc) for doc in docs]
        times[name] = time.perf_counter() - started
    total = sum(times.values())
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words:,} words, {total:.2f} s in all")
    for name, seconds in times.items():
        print(f"{name:24} {seconds:7.2f} s {seconds / total:6.1%}")
    return 0


def profile(texts: list[str], prefilter: bool) -> int:
    from pyinstrument import Profiler

    pipeline = Pipeline.default(prefilter=prefilter)
    docs = [Document.from_text(text) for text in texts]
    profiler = Profiler()
    with profiler:
        for _ in pipeline.pipe(docs):
            pass
    print(profiler.output_text(unicode=True, show_all=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
