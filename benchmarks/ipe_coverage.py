"""How well the coder finds police violence and arrests in IndiaPoliceEvents, and what it misses.

The sentences (``../shared/data/events/IndiaPoliceEvents/sents.jsonl``) are labelled
KILL, FORCE (ASSAULT) and ARREST (COERCE), each done by the police.
``flashpoint eval events`` scores them on the whole file, so they are split here by
article (all sentences of one article on the same side), with a fixed hash of the
article id (``zlib.crc32 % 5 == 0``: held-out 20%, else mining 80%): new lexicon
entries are looked for on the mining part only, the held-out part is only reported on.
For each part the script prints ASSAULT and COERCE precision, recall and F1 as
``flashpoint eval events`` computes them (a type counts when an event of it is a
police action).  For the mining part it then lists, per type:

- missed sentences, by cause: *no event* of the type coded at all (with the verbs,
  verb + object and verb + preposition + noun lemmas, and nouns most over-represented
  there, and the lexicon's current reading of each); an event of the type coded but
  *not a police action* (its trigger, source sectors and modality: a matter for the
  actor and argument code, not the lexicon); only a police event of *another type*;
- false positives, by the trigger of the police event of the type, split by whether
  the sentence carries another IPE label (*wrong type*) or none (*no event*).

    .venv/bin/python benchmarks/ipe_coverage.py [--top 25] [--cache PATH] [--no-mining]

The spaCy parse is cached (pickle, default under the system temp directory); the
other stages (coder, actors, places, dates) run fresh every time, so lexicon edits
show at once.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
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

from flashpoint import Document, Pipeline
from flashpoint.coding.lexicon import Lexicon, load_lexicon
from flashpoint.evaluation.events import police_action
from flashpoint.evaluation.gold import IPE_PATH, load_ipe
from flashpoint.evaluation.metrics import LabelScores
from flashpoint.model import Event

SENTENCES = DATA / IPE_PATH
CACHE = Path(tempfile.gettempdir()) / "flashpoint-ipe-coverage.pkl"
TYPES = ("ASSAULT", "COERCE")


@dataclass
class Coded:
    labels: frozenset[str]
    doc: Document
    events: list[Event]

    @property
    def predicted(self) -> set[str]:
        """The types ``score_ipe`` predicts for the sentence."""
        return {e.type for e in self.events if police_action(e)} & set(TYPES)


def article(sentence_id: str) -> str:
    """``load_ipe`` ids are ``{doc_id}-{sent_id}``."""
    return sentence_id.rsplit("-", 1)[0]


def held_out(sentence_id: str) -> bool:
    """One article in five, by a fixed hash of its id, is never mined."""
    return held_out_key(article(sentence_id))


def report(name: str, items: list[Coded], out: list[str]) -> None:
    scores = LabelScores()
    for item in items:
        scores.add(item.labels, item.predicted)
    articles = len({article(item.doc.id) for item in items})
    out.append(f"\n{name} ({len(items)} sentences, {articles} articles)")
    out.append(f"  {'type':<8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for label in TYPES:
        precision, recall, f1 = scores.label(label)
        gold = sum(label in item.labels for item in items)
        out.append(f"  {label:<8} {gold:5d} {precision:6.3f} {recall:6.3f} {f1:6.3f}")


def sources(event: Event) -> str:
    return ",".join(a.sector or a.country or a.text for a in event.sources) or "none"


def mine_type(label: str, items: list[Coded], lexicon: Lexicon, top: int) -> list[str]:
    overall: Counter[str] = Counter()
    no_event: Counter[str] = Counter()
    not_police: Counter[str] = Counter()
    other_type: Counter[str] = Counter()
    false: dict[str, Counter[str]] = {"wrong type": Counter(), "no event": Counter()}
    n_no_event = 0
    for item in items:
        feats = token_features(item.doc, item.doc.tokens)
        overall.update(feats)
        if label in item.labels and label not in item.predicted:
            of_type = [e for e in item.events if e.type == label]
            if of_type:
                for e in of_type:
                    not_police[f"{e.trigger.text.lower()} src={sources(e)} {e.modality}"] += 1
            elif item.predicted:
                for e in item.events:
                    if police_action(e):
                        other_type[f"{e.trigger.text.lower()} -> {e.type}/{e.mode}"] += 1
            else:
                no_event.update(feats)
                n_no_event += 1
        if label in item.predicted and label not in item.labels:
            cause = "wrong type" if item.labels else "no event"
            for e in item.events:
                if e.type == label and police_action(e):
                    false[cause][f"{e.trigger.text.lower()} {e.mode or '-'} {e.cameo}"] += 1
    out = [f"\n== {label}: {n_no_event} missed with no {label} event coded; top {top} features"]
    for _, feature, count in associated(no_event, n_no_event, overall, len(items), least=3)[:top]:
        now = reading(feature, lexicon)
        out.append(f"  {feature:<40} {count:3d}/{overall[feature]:<5d} now: {now}")
    out.append(f"\n{label} missed, {label} event coded but no police action (source/modality):")
    out += [f"  {key:<60} {n:3d}" for key, n in not_police.most_common(top)]
    out.append(f"\n{label} missed, only a police event of another type:")
    out += [f"  {key:<60} {n:3d}" for key, n in other_type.most_common(top)]
    for cause, counter in false.items():
        out.append(f"\n{label} false positives ({cause}), by trigger:")
        out += [f"  {key:<60} {n:3d}" for key, n in counter.most_common(top)]
    return out


def main() -> int:
    parser = coverage_arguments(__doc__, "sentences", SENTENCES, CACHE, 25, "rows listed per list")
    args = parser.parse_args()
    if missing(args.sentences, "sentences"):
        return 0
    items = load_ipe(args.sentences)
    docs = parsed_documents([(i.id, i.text) for i in items], args.sentences, args.cache)
    rest = Pipeline(Pipeline.default().stages[1:])  # the parse comes from the cache
    coded = [
        Coded(item.labels, doc, doc.events)
        for item, doc in zip(items, rest.pipe(docs), strict=True)
    ]
    mining = [c for c, i in zip(coded, items, strict=True) if not held_out(i.id)]
    held = [c for c, i in zip(coded, items, strict=True) if held_out(i.id)]
    out: list[str] = []
    report("mining 80%", mining, out)
    report("held-out 20%", held, out)
    if not args.no_mining:
        lexicon = load_lexicon()
        for label in TYPES:
            out += mine_type(label, mining, lexicon, args.top)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
