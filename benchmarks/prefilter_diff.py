"""How the pre-filter changes the events: the exact pipeline against ``--prefilter``.

    .venv/bin/python benchmarks/prefilter_diff.py [CORPUS] [--limit 40] [--show FIELD]

Both pipelines code the first ``--limit`` articles of CORPUS (default
../shared/data/corpora/guardian_249.jsonl) in one process.  Events are paired by
document, trigger offset and type; the script prints how many events each side found,
how many pairs share their id and are identical apart from the sentence number, and how
often each field differs; first, the share of words and sentences the pre-filter parses.
``--show FIELD`` prints a few differing values of one field.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from corpus import DEFAULT_CORPUS, read_texts

from flashpoint import Pipeline, Resources
from flashpoint.coding.prefilter import TriggerFilter, morphology_of, segments, sentence_spans
from flashpoint.nlp.parser import lemma_tables, load_spacy

Key = tuple[int, int, str]


def coded(pipeline: Pipeline, texts: list[str]) -> dict[Key, dict[str, Any]]:
    found: dict[Key, dict[str, Any]] = {}
    for number, text in enumerate(texts):
        for event in pipeline.code(text):
            record = event.to_dict()
            found[(number, record["trigger"]["start"], record["type"])] = record
    return found


def parsed_share(resources: Resources, texts: list[str]) -> tuple[float, float]:
    """The shares of words and of sentences the pre-filter hands to the parser."""
    keep = TriggerFilter(resources.lexicon, morphology_of(*lemma_tables(load_spacy())))
    words = parsed = sentences = candidates = 0
    for text in texts:
        for segment in segments(text, keep):
            count = len(text[segment.start : segment.end].split())
            words += count
            parsed += count if segment.parse else 0
        spans = sentence_spans(text)
        sentences += len(spans)
        candidates += sum(keep.candidate(text[a:b]) for a, b in spans)
    return parsed / max(words, 1), candidates / max(sentences, 1)


def without_numbering(record: dict[str, Any]) -> dict[str, Any]:
    sentence = {k: v for k, v in record["sentence"].items() if k != "index"}
    return {**{k: v for k, v in record.items() if k != "id"}, "sentence": sentence}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--show", help="print a few differing values of this field")
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.limit)
    if texts is None:
        return 2
    resources = Resources.load()
    words, sentences = parsed_share(resources, texts)
    print(f"parsed with the pre-filter: {words:.1%} of the words, {sentences:.1%} of sentences")
    sides = {}
    for prefilter in (False, True):
        started = time.perf_counter()
        sides[prefilter] = coded(Pipeline.default(resources, prefilter=prefilter), texts)
        print(
            f"{'prefilter' if prefilter else 'exact':9} {len(sides[prefilter]):6,} events "
            f"in {time.perf_counter() - started:5.1f} s"
        )
    exact, quick = sides[False], sides[True]
    common = sorted(exact.keys() & quick.keys())
    print(f"missing {len(exact.keys() - quick.keys())}, extra {len(quick.keys() - exact.keys())}")
    same_id = sum(exact[k]["id"] == quick[k]["id"] for k in common)
    fields: Counter[str] = Counter()
    identical = 0
    for key in common:
        a, b = without_numbering(exact[key]), without_numbering(quick[key])
        differing = [field for field in a if a[field] != b.get(field)]
        fields.update(differing)
        identical += not differing
    print(f"paired {len(common):,}: same id {same_id:,}, identical {identical:,}")
    print("fields that differ: " + ", ".join(f"{f} {n}" for f, n in fields.most_common()))
    if args.show:
        shown = [k for k in common if exact[k].get(args.show) != quick[k].get(args.show)]
        for key in shown[:6]:
            print(f"--- {exact[key]['trigger']['text']!r}")
            print("  exact    ", json.dumps(exact[key].get(args.show))[:300])
            print("  prefilter", json.dumps(quick[key].get(args.show))[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
