"""How well the trigger lexicon covers the PLOVER synthetic stories, and what it misses.

The stories (``../shared/data/events/plover_synthetic_stories.csv``, MIT) are labelled
with one PLOVER type each.  They are split 80/20 by a fixed hash of the text: the
*mining* part is where new lexicon entries are looked for, the *held-out* part is
only reported on.  For each part the script prints, per type, how often the coder
finds the labelled type (read the PLOVER way, as ``flashpoint eval events`` does):

- ``lead``: among the events of the story's first ``--lead`` sentences;
- ``main``: as the main event (most confident) of those sentences;

and, for the mining part, the lemmas (verbs, nouns, verb + object pairs) most
associated with each type among the stories whose type the coder misses in the lead,
with the lexicon's current reading of each.

    .venv/bin/python benchmarks/lexicon_coverage.py [--lead 2] [--top 15] [--cache PATH]

The spaCy parse is cached (pickle, default under the system temp directory); the
coder itself runs fresh every time, so lexicon edits show at once.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import pickle
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from flashpoint import Document, Pipeline
from flashpoint.coding.coder import code_sentence
from flashpoint.coding.lexicon import Lexicon, load_lexicon
from flashpoint.evaluation.events import main_event, plover_type
from flashpoint.model import PLOVER_TYPES, Event, Token

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
STORIES = DATA / "events" / "plover_synthetic_stories.csv"
CACHE = Path(tempfile.gettempdir()) / "flashpoint-lexicon-coverage.pkl"
#: Share of stories (by hash) reported on and never mined.
HELD_OUT_PERCENT = 20
OBJECT_DEPS = ("dobj", "obj", "nsubjpass")


@dataclass
class Story:
    id: str
    label: str
    doc: Document

    @property
    def held_out(self) -> bool:
        return int(hashlib.sha1(self.doc.text.encode()).hexdigest(), 16) % 100 < HELD_OUT_PERCENT


def held_out_key(key: str) -> bool:
    """The split of the ConfliBERT, IndiaPoliceEvents and CAMEO example scripts: one
    key (a text, or an article id) in five, by a fixed hash, is never mined."""
    return zlib.crc32(key.encode()) % 5 == 0


#: Only the start of a story is parsed: the lead is where its labelled event is told.
PARSED_CHARS = 900


def opening(text: str) -> str:
    """The story's first ``PARSED_CHARS`` characters, cut after a full stop."""
    if len(text) <= PARSED_CHARS:
        return text
    cut = text.rfind(". ", 0, PARSED_CHARS)
    return text[: cut + 1] if cut > 0 else text[:PARSED_CHARS]


def read_stories(path: Path) -> list[tuple[str, str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [(f"story-{n}", row["label"], opening(row["text"])) for n, row in enumerate(rows)]


def parsed_documents(texts: list[tuple[str, str]], path: Path, cache: Path) -> list[Document]:
    """``(id, text)`` pairs read from ``path``, parsed by spaCy; from the cache when
    it was made from the same file."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()
    if cache.is_file():
        with cache.open("rb") as handle:
            stored = pickle.load(handle)
        if stored.get("digest") == digest and len(stored["docs"]) == len(texts):
            return list(stored["docs"])
    started = time.perf_counter()
    nlp = Pipeline.default().get_stage("nlp")
    docs = list(nlp.pipe(Document.from_text(text, id=i) for i, text in texts))  # type: ignore[attr-defined]
    print(f"parsed {len(docs)} texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with cache.open("wb") as handle:
        pickle.dump({"digest": digest, "docs": docs}, handle)
    return docs


def parsed_stories(path: Path, cache: Path) -> list[Story]:
    """The stories with their spaCy parse, from the cache when it matches the file."""
    rows = read_stories(path)
    docs = parsed_documents([(i, text) for i, _, text in rows], path, cache)
    return [Story(i, label, doc) for (i, label, _), doc in zip(rows, docs, strict=True)]


def lead_events(story: Story, lexicon: Lexicon, lead: int) -> list[Event]:
    doc = story.doc
    return [e for s in doc.sentences[:lead] for e in code_sentence(doc, s, lexicon)]


def report(name: str, results: list[tuple[str, list[Event]]], out: list[str]) -> None:
    found: Counter[str] = Counter()
    main_right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    none = 0
    for label, events in results:
        total[label] += 1
        found[label] += label in {plover_type(e) for e in events}
        top = main_event(events)
        if top is None:
            none += 1
            continue
        guess = plover_type(top) or "none"
        predicted[guess] += 1
        main_right[label] += guess == label
    n = sum(total.values())
    out.append(f"\n{name} ({n} stories): per type, labelled type found in lead / as main event")
    out.append(f"  {'type':<10} {'n':>4} {'lead R':>7} {'main R':>7} {'main P':>7}")
    for label in PLOVER_TYPES:
        if total[label]:
            precision = main_right[label] / predicted[label] if predicted[label] else 0.0
            out.append(
                f"  {label:<10} {total[label]:4d} {found[label] / total[label]:7.3f} "
                f"{main_right[label] / total[label]:7.3f} {precision:7.3f}"
            )
    right = sum(main_right.values())
    out.append(
        f"  all        {n:4d} {sum(found.values()) / n:7.3f} {right / n:7.3f} "
        f"{right / max(sum(predicted.values()), 1):7.3f}   (no event in lead: {none})"
    )


def features(doc: Document, lead: int) -> set[str]:
    """Verb, noun, verb + object and verb + preposition + noun lemmas of the lead."""
    tokens = [t for sentence in doc.sentences[:lead] for t in doc.sentence_tokens(sentence)]
    return token_features(doc, tokens)


def token_features(doc: Document, tokens: list[Token]) -> set[str]:
    """Verb, noun, verb + object and verb + preposition + noun lemmas of ``tokens``."""
    found: set[str] = set()
    for token in tokens:
        if token.pos == "VERB":
            found.add(f"verb {token.lemma}")
        elif token.pos == "NOUN":
            found.add(f"noun {token.lemma}")
        if token.pos not in ("NOUN", "PROPN"):
            continue
        head: Token = doc.tokens[token.head]
        if token.dep in OBJECT_DEPS and token.pos == "NOUN" and head.pos == "VERB":
            found.add(f"verb_obj {head.lemma} {token.lemma}")
        elif token.dep == "pobj" and head.dep == "prep":
            verb: Token = doc.tokens[head.head]
            if verb.pos == "VERB":
                found.add(f"verb_pobj {verb.lemma} {head.lemma} {token.lemma}")
    return found


def reading(feature: str, lexicon: Lexicon) -> str:
    """What the lexicon makes of a feature now."""
    kind, *words = feature.split()
    entry = None
    if kind == "verb":
        entry = lexicon.verbs.get(words[0])
        light = " (light)" if words[0] in lexicon.light else ""
        return f"{entry.type}/{entry.mode or '-'}{light}" if entry else f"-{light}"
    if kind == "noun":
        nouns = lexicon.nouns.get(words[0], ())
        return (
            ",".join(n.kind.type + (f"[{n.modifier}]" if n.modifier else "") for n in nouns) or "-"
        )
    if kind == "verb_pobj":  # "put on alert", or the verb and particle alone
        pair = lexicon.verb_pobj.get((words[0], words[1], words[2]))
        pair = pair or lexicon.verb_prt.get((words[0], words[1]))
    else:
        pair = lexicon.verb_obj.get((words[0], words[1]))
    return f"{pair.type}/{pair.mode or '-'}" if pair else "-"


def mine(
    stories: list[Story], results: list[list[Event]], lexicon: Lexicon, lead: int, top: int
) -> list[str]:
    """Features over-represented in missed stories of each type (smoothed log ratio
    of their rate there to their rate in all mining stories), at least 4 stories."""
    overall: Counter[str] = Counter()
    missed: dict[str, Counter[str]] = defaultdict(Counter)
    n_missed: Counter[str] = Counter()
    for story, events in zip(stories, results, strict=True):
        feats = features(story.doc, lead)
        overall.update(feats)
        if story.label not in {plover_type(e) for e in events}:
            missed[story.label].update(feats)
            n_missed[story.label] += 1
    n = len(stories)
    out = [f"\nmining part: features of missed stories (top {top} per type by association)"]
    for label in PLOVER_TYPES:
        if not n_missed[label]:
            continue
        scored = associated(missed[label], n_missed[label], overall, n, least=4)
        out.append(f"\n{label}: {n_missed[label]} missed")
        for _, feature, count in scored[:top]:
            now = reading(feature, lexicon)
            out.append(f"  {feature:<34} {count:4d}/{overall[feature]:<5d} now: {now}")
    return out


def associated(
    missed: Counter[str], n_missed: int, overall: Counter[str], n: int, least: int
) -> list[tuple[float, str, int]]:
    """(score, feature, count) of the features of the missed items, most associated
    first: the count times the smoothed log ratio of the feature's rate among the
    ``n_missed`` missed items to its rate among all ``n`` (at least ``least`` items)."""
    scored = []
    for feature, count in missed.items():
        if count >= least:
            ratio = ((count + 0.5) / (n_missed + 1)) / ((overall[feature] + 1) / (n + 1))
            scored.append((count * math.log(ratio), feature, count))
    return sorted(scored, reverse=True)


def coverage_arguments(
    doc: str | None, data: str, default: Path, cache: Path, top: int, top_help: str
) -> argparse.ArgumentParser:
    """The options every coverage script takes: its data file (``--DATA``), the parse
    cache, how many rows to list, and ``--no-mining`` to print the scores only."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument(f"--{data}", type=Path, default=default)
    parser.add_argument("--cache", type=Path, default=cache)
    parser.add_argument("--top", type=int, default=top, help=top_help)
    parser.add_argument("--no-mining", action="store_true", help="print the scores only")
    return parser


def missing(path: Path, what: str) -> bool:
    """Say so (the data is optional) when ``path`` is absent."""
    if path.is_file():
        return False
    print(f"no {what} at {path}; skipped", file=sys.stderr)
    return True


def main() -> int:
    parser = coverage_arguments(__doc__, "stories", STORIES, CACHE, 15, "features per type")
    parser.add_argument("--lead", type=int, default=2, help="sentences read per story")
    args = parser.parse_args()
    if missing(args.stories, "stories"):
        return 0
    stories = parsed_stories(args.stories, args.cache)
    lexicon = load_lexicon()
    started = time.perf_counter()
    results = [lead_events(s, lexicon, args.lead) for s in stories]
    seconds = time.perf_counter() - started
    mining = [(s, r) for s, r in zip(stories, results, strict=True) if not s.held_out]
    held = [(s, r) for s, r in zip(stories, results, strict=True) if s.held_out]
    out: list[str] = []
    report("mining 80%", [(s.label, r) for s, r in mining], out)
    report("held-out 20%", [(s.label, r) for s, r in held], out)
    if not args.no_mining:
        out += mine([s for s, _ in mining], [r for _, r in mining], lexicon, args.lead, args.top)
    out.append(f"\ncoder over {len(stories)} stories' lead: {seconds:.1f} s")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
