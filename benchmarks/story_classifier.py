"""Could a text classifier trained on the PLOVER synthetic stories type sentences?

    .venv/bin/python benchmarks/story_classifier.py [--lead 1] [--epochs 12] [--arch bow|cnn]

The only training data with all 16 PLOVER types that we may use is the 4,500 synthetic
stories (``../shared/data/events/plover_synthetic_stories.csv``, MIT), one label per
story.  This script trains spaCy's exclusive text classifier (``TextCatBOW`` over
unigrams and bigrams, or the small CNN) on the first ``--lead`` sentences of 80% of
the stories (split by a CRC32 hash of the text), then prints, after each epoch, its
accuracy on the other 20% and on the PLOVER GSR sentences (their types only; no
sentence is printed).  On 2026-11-24 it reached 0.42-0.44 on held-out stories and
0.22-0.25 on the GSR, far below the rule coder's 0.75, so no classifier is wired in.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from typing import Any

from lexicon_coverage import STORIES, held_out_key

from flashpoint.evaluation.gold import GSR_PATH, load_gsr
from flashpoint.model import PLOVER_TYPES

GSR = STORIES.parents[1] / GSR_PATH
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


def lead(text: str, sentences: int) -> str:
    """The first ``sentences`` sentences of the story's first paragraph."""
    first = next((p for p in text.split("\n") if p.strip()), "")
    return " ".join(_SENTENCE_END.split(first)[:sentences])


def classifier(arch: str) -> Any:
    import spacy

    nlp = spacy.blank("en")
    model: dict[str, Any] = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 262144,
    }
    if arch == "cnn":
        model = {
            "@architectures": "spacy.TextCatCNN.v2",
            "exclusive_classes": True,
            "tok2vec": {
                "@architectures": "spacy.HashEmbedCNN.v2",
                "pretrained_vectors": None,
                "width": 96,
                "depth": 2,
                "embed_size": 4000,
                "window_size": 1,
                "maxout_pieces": 3,
                "subword_features": True,
            },
        }
    textcat = nlp.add_pipe("textcat", config={"model": model})
    for label in PLOVER_TYPES:
        textcat.add_label(label)
    return nlp


def accuracy(nlp: Any, items: list[tuple[str, str]]) -> float:
    docs = nlp.pipe([text for text, _ in items])
    right = sum(
        max(d.cats, key=d.cats.get) == label for d, (_, label) in zip(docs, items, strict=True)
    )
    return right / max(len(items), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lead", type=int, default=1, help="sentences per story")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--arch", choices=("bow", "cnn"), default="bow")
    args = parser.parse_args()
    if not STORIES.is_file() or not GSR.is_file():
        print(f"no stories at {STORIES} or no GSR at {GSR}; skipped", file=sys.stderr)
        return 0
    from spacy.training import Example

    with STORIES.open(encoding="utf-8") as rows:
        stories = [
            (lead(r["text"], args.lead), r["label"], r["text"]) for r in csv.DictReader(rows)
        ]
    train = [(t, label) for t, label, full in stories if not held_out_key(full)]
    held = [(t, label) for t, label, full in stories if held_out_key(full)]
    gsr = [(item.text, item.type) for item in load_gsr(GSR)]
    nlp = classifier(args.arch)
    examples = [
        Example.from_dict(
            nlp.make_doc(text), {"cats": {k: float(k == label) for k in PLOVER_TYPES}}
        )
        for text, label in train
    ]
    optimizer = nlp.initialize(lambda: examples)
    print(f"{len(train)} training stories, {len(held)} held out, {len(gsr)} GSR sentences")
    for epoch in range(args.epochs):
        random.Random(epoch).shuffle(examples)
        for start in range(0, len(examples), 32):
            nlp.update(examples[start : start + 32], sgd=optimizer, drop=0.2)
        print(
            f"epoch {epoch + 1:2d}: held-out stories {accuracy(nlp, held):.3f}, "
            f"GSR sentences {accuracy(nlp, gsr):.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
