"""How well the coder finds events in the ConfliBERT quad-class sentences, and what it misses.

The sentences (``../shared/data/events/conflibert_cameo/cameo_class_train.tsv``) carry
one Phoenix quad class each (0 none or neutral, 1 verbal and 2 material cooperation,
3 verbal and 4 material conflict; see ``flashpoint.evaluation.events``).
``flashpoint eval events`` scores quad accuracy on the whole file, so it is split
here by a fixed hash of the text (``zlib.crc32 % 5 == 0``: held-out 20%, else
mining 80%): new lexicon entries are looked for on the mining part only, the
held-out part is only reported on.  For each part the script prints the accuracy of
the main event's Phoenix class and, per gold class, how often the coder finds no
event at all; for the mining part, the verb lemmas, verb + object and verb +
preposition + noun lemmas, and nouns most over-represented in sentences of classes
1-4 where the coder finds no event (with the lexicon's current reading), and the
triggers that most often give a class-0 sentence an event.

    .venv/bin/python benchmarks/quad_coverage.py [--top 25] [--cache PATH] [--no-mining]

The spaCy parse is cached (pickle, default under the system temp directory); the
coder itself runs fresh every time, so lexicon edits show at once.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from lexicon_coverage import (
    DATA,
    associated,
    coverage_arguments,
    held_out_key,
    missing,
    parsed_documents,
    reading,
    token_features,
)

from flashpoint import Document
from flashpoint.coding.coder import code_sentence
from flashpoint.coding.lexicon import Lexicon, load_lexicon
from flashpoint.evaluation.events import conflibert_class, main_event
from flashpoint.evaluation.gold import QUAD_PATH, load_quad
from flashpoint.model import Event

SENTENCES = DATA / QUAD_PATH
CACHE = Path(tempfile.gettempdir()) / "flashpoint-quad-coverage.pkl"
CLASSES = ("0", "1", "2", "3", "4")


def coded(doc: Document, lexicon: Lexicon) -> list[Event]:
    return [e for s in doc.sentences for e in code_sentence(doc, s, lexicon)]


def report(name: str, results: list[tuple[str, Event | None]], out: list[str]) -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    for label, top in results:
        total[label] += 1
        right[label] += conflibert_class(top) == label
        empty[label] += top is None
    n = sum(total.values())
    out.append(f"\n{name} ({n} sentences): quad accuracy {sum(right.values()) / n:.3f}")
    out.append(f"  {'class':<6} {'n':>4} {'right':>6} {'no event':>9}")
    for label in CLASSES:
        if total[label]:
            out.append(
                f"  {label:<6} {total[label]:4d} {right[label] / total[label]:6.3f} "
                f"{empty[label] / total[label]:9.3f}"
            )


def features(doc: Document) -> set[str]:
    """Verb, noun, verb + object and verb + preposition + noun lemmas of the text."""
    return token_features(doc, doc.tokens)


def mine(docs: list[tuple[str, Document, Event | None]], lexicon: Lexicon, top: int) -> list[str]:
    """Features over-represented in event sentences (classes 1-4) where the coder
    finds nothing (smoothed log ratio of their rate there to their rate in all
    mining sentences, at least 3 sentences), and the triggers of class-0 sentences."""
    overall: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    by_class: dict[str, Counter[str]] = defaultdict(Counter)
    false: Counter[str] = Counter()
    n_missed = 0
    for label, doc, event in docs:
        feats = features(doc)
        overall.update(feats)
        if label != "0" and event is None:
            missed.update(feats)
            by_class[label].update(feats)
            n_missed += 1
        if label == "0" and conflibert_class(event) != "0" and event is not None:
            false[f"{event.trigger.text.lower()} -> {event.type}/{event.cameo}"] += 1
    n = len(docs)
    scored = associated(missed, n_missed, overall, n, least=3)
    out = [
        f"\nmining part: {n_missed} sentences of classes 1-4 with no event; "
        f"top {top} features by association (missed/all, by class 1 2 3 4)"
    ]
    for _, feature, count in scored[:top]:
        classes = " ".join(f"{by_class[c][feature]:2d}" for c in CLASSES[1:])
        now = reading(feature, lexicon)
        out.append(f"  {feature:<36} {count:3d}/{overall[feature]:<4d} [{classes}] now: {now}")
    out.append(f"\nmining part: triggers of the main event in class-0 sentences (top {top})")
    for trigger, count in false.most_common(top):
        out.append(f"  {trigger:<40} {count:3d}")
    return out


def main() -> int:
    parser = coverage_arguments(__doc__, "sentences", SENTENCES, CACHE, 25, "features listed")
    args = parser.parse_args()
    if missing(args.sentences, "sentences"):
        return 0
    items = load_quad(args.sentences)
    docs = parsed_documents([(i.id, i.text) for i in items], args.sentences, args.cache)
    lexicon = load_lexicon()
    mining: list[tuple[str, Document, Event | None]] = []
    held: list[tuple[str, Event | None]] = []
    for item, doc in zip(items, docs, strict=True):
        label, top = next(iter(item.labels)), main_event(coded(doc, lexicon))
        if held_out_key(item.text):
            held.append((label, top))
        else:
            mining.append((label, doc, top))
    out: list[str] = []
    report("mining 80%", [(label, top) for label, _, top in mining], out)
    report("held-out 20%", held, out)
    if not args.no_mining:
        out += mine(mining, lexicon, args.top)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
