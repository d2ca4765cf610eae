"""Which event a sentence is chosen for, and whether ``confidence`` is calibrated.

``flashpoint eval events`` scores a sentence by its *main event*, the most confident
one (``flashpoint.evaluation.events.main_event``).  This script measures that choice on
training data only:

- ConfliBERT's CAMEO train split (``conflibert_cameo/cameo_class_train.tsv``): the main
  event's Phoenix quad class against the sentence label (0-4); the BIO tags of
  ``cameo_ner_train.txt`` say whose event the sentence is about (``S``/``T`` spans);
- the PLOVER synthetic stories: the main event of the lead against the story's type
  (parse cached and split 80/20 exactly as ``benchmarks/lexicon_coverage.py`` does).

Each set is split 80/20 by a hash of the text; the rules are tuned on the 80% part, and
the 20% part is only reported.  For each part it prints how often the main event is
right, how often a right event was coded but another chosen ("wrong choice"), how the
candidate events' features (trigger shape, clause depth and kind of clause, source and
target found, modality, position) relate to being right where the choice matters, and
a calibration table: confidence bins of the main events against their accuracy.

    .venv/bin/python benchmarks/main_event.py [--lead 2] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon_coverage import CACHE, STORIES, parsed_stories

from flashpoint import Document, Pipeline
from flashpoint.coding.clause_links import clause_kind
from flashpoint.coding.clauses import clause_depth
from flashpoint.coding.coder import code_sentence
from flashpoint.coding.lexicon import Lexicon, load_lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.syntax import Parse
from flashpoint.coding.triggers import find_triggers
from flashpoint.evaluation.events import conflibert_class, main_event, plover_type
from flashpoint.evaluation.gold import NER_PATH, QUAD_PATH, load_quad, load_tagged
from flashpoint.model import Event

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HELD_OUT_PERCENT = 20


@dataclass
class Item:
    """One scored unit: its coded events (with their trigger matches) and its label."""

    label: str
    held_out: bool
    events: list[Event]
    matches: dict[int, Match]
    parses: dict[int, Parse]
    tagged: dict[str, list[tuple[int, int]]] | None = None


def held_out(text: str) -> bool:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 100 < HELD_OUT_PERCENT


def coded(doc: Document, lexicon: Lexicon, lead: int | None) -> tuple[list[Event], dict, dict]:
    events: list[Event] = []
    matches: dict[int, Match] = {}
    parses: dict[int, Parse] = {}
    for sentence in doc.sentences[:lead]:
        tokens = doc.sentence_tokens(sentence)
        parse = Parse(tokens)
        for match in find_triggers(parse, tokens, lexicon):
            matches.setdefault(match.token.start, match)
            parses[match.token.start] = parse
        events += code_sentence(doc, sentence, lexicon)
    return events, matches, parses


def tag_spans(text: str, tokens: tuple[str, ...], tags: tuple[str, ...]) -> dict:
    """Character spans of the gold S and T phrases (tokens found in order in the text)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    at = 0
    current: tuple[str, int, int] | None = None
    for token, tag in zip(tokens, tags, strict=True):
        found = text.find(token, at)
        if found < 0:
            continue
        at = found + len(token)
        role = tag[2:] if "-" in tag else ""
        if tag.startswith("B-") or (role and (current is None or current[0] != role)):
            if current:
                spans[current[0]].append((current[1], current[2]))
            current = (role, found, at)
        elif tag.startswith("I-") and current:
            current = (current[0], current[1], at)
        else:
            if current:
                spans[current[0]].append((current[1], current[2]))
            current = None
    if current:
        spans[current[0]].append((current[1], current[2]))
    return spans


def conflibert_items(lexicon: Lexicon, cache_dir: Path) -> list[Item]:
    sentences = load_quad(DATA / QUAD_PATH)
    cache = cache_dir / "flashpoint-main-event-conflibert.pkl"
    digest = hashlib.sha1((DATA / QUAD_PATH).read_bytes()).hexdigest()
    docs = None
    if cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        docs = stored["docs"] if stored.get("digest") == digest else None
    if docs is None:
        nlp = Pipeline.default().get_stage("nlp")
        docs = list(nlp.pipe(Document.from_text(s.text, id=s.id) for s in sentences))  # type: ignore[attr-defined]
        cache.write_bytes(pickle.dumps({"digest": digest, "docs": docs}))
    tagged = {"".join(t.tokens).replace(" ", ""): t for t in load_tagged(DATA / NER_PATH)}
    items = []
    for sentence, doc in zip(sentences, docs, strict=True):
        events, matches, parses = coded(doc, lexicon, None)
        tags = tagged.get("".join(sentence.text.split()))
        spans = tag_spans(doc.text, tags.tokens, tags.tags) if tags else None
        label = next(iter(sentence.labels))
        items.append(Item(label, held_out(sentence.text), events, matches, parses, spans))
    return items


def story_items(lexicon: Lexicon, cache: Path, lead: int) -> list[Item]:
    items = []
    for story in parsed_stories(STORIES, cache):
        events, matches, parses = coded(story.doc, lexicon, lead)
        items.append(Item(story.label, story.held_out, events, matches, parses))
    return items


def overlaps(event_actors: tuple, spans: list[tuple[int, int]]) -> bool:
    return any(a.start < end and start < a.end for a in event_actors for start, end in spans)


def features(item: Item, event: Event, order: int) -> dict[str, str]:
    match = item.matches.get(event.trigger.start)
    parse = item.parses.get(event.trigger.start)
    found = {
        "shape": match.pattern if match else "?",
        "depth": f"{clause_depth(parse, match.token):g}" if parse and match else "?",
        "clause": clause_kind(parse, match.token) if parse and match else "?",
        "source": "yes" if event.sources else "no",
        "target": "yes" if event.targets else "no",
        "modality": event.modality,
        "position": "first" if order == 0 else "later",
        "sentence": "lead" if event.sentence == item.events[0].sentence else "second",
    }
    if item.tagged is not None:
        gold_actor = overlaps(event.sources, item.tagged["S"]) or overlaps(
            event.targets, item.tagged["T"]
        )
        found["gold S/T"] = "yes" if gold_actor else "no"
    return found


def report(
    name: str, items: list[Item], reading: Callable[[Event | None], str], out: list[str]
) -> None:
    right = wrong_choice = 0
    calibration: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    by_feature: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        top = main_event(item.events)
        guess = reading(top)
        right += guess == item.label
        codable = [e for e in item.events if plover_type(e) is not None]
        readings = [reading(e) for e in codable]
        if guess != item.label and item.label in readings:
            wrong_choice += 1
        if top is not None:
            cell = calibration[min(int(top.confidence * 10) / 10, 0.9)]
            cell[0] += 1
            cell[1] += guess == item.label
        # Where the choice matters: some candidates right, some wrong.
        if len({r == item.label for r in readings}) == 2:
            ordered = sorted(codable, key=lambda e: e.trigger.start)
            for order, event in enumerate(ordered):
                ok = reading(event) == item.label
                for key, value in features(item, event, order).items():
                    cell_counts = by_feature[key][value]
                    cell_counts["n"] += 1
                    cell_counts["right"] += ok
                    cell_counts["chosen"] += event is top
                    cell_counts["chosen right"] += event is top and ok
    n = len(items)
    out.append(
        f"\n{name} ({n}): main event right {right / n:.3f}; "
        f"right event coded but another chosen {wrong_choice / n:.3f}"
    )
    out.append("  calibration (main events): confidence bin, n, accuracy")
    for low in sorted(calibration):
        total, ok = calibration[low]
        out.append(f"    [{low:.1f}, {low + 0.1:.1f})  {total:5d}  {ok / total:.3f}")
    out.append("  contested sentences, candidates by feature: n, share right, share chosen")
    for key, values in by_feature.items():
        cells = ", ".join(
            f"{value} {c['n']} {c['right'] / c['n']:.2f}/{c['chosen'] / c['n']:.2f}"
            for value, c in sorted(values.items(), key=lambda kv: -kv[1]["n"])
        )
        out.append(f"    {key:<9} {cells}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lead", type=int, default=2, help="story sentences read")
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--held-out", action="store_true", help="also report the 20%% parts")
    args = parser.parse_args()
    lexicon = load_lexicon()
    started = time.perf_counter()
    out: list[str] = []
    if (DATA / QUAD_PATH).is_file():
        quad = conflibert_items(lexicon, args.cache_dir)
        report("ConfliBERT train 80%", [i for i in quad if not i.held_out], conflibert_class, out)
        if args.held_out:
            report("ConfliBERT train 20%", [i for i in quad if i.held_out], conflibert_class, out)
    if STORIES.is_file():
        stories = story_items(lexicon, args.cache_dir / CACHE.name, args.lead)
        story_reading: Callable[[Event | None], str] = lambda e: (  # noqa: E731
            (plover_type(e) or "none") if e else "none"
        )
        report("stories 80%", [i for i in stories if not i.held_out], story_reading, out)
        if args.held_out:
            report("stories 20%", [i for i in stories if i.held_out], story_reading, out)
    out.append(f"\n({time.perf_counter() - started:.0f} s)")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
