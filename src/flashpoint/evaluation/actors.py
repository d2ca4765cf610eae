"""``flashpoint eval actors``: who did it, to whom, against PLOVER GSR and ConfliBERT.

- PLOVER GSR: each sentence is coded with the default pipeline (publication date
  from the gold record).  For the sentences where an event of the gold type is
  found (the most confident such event), the source countries and the target
  countries are compared with gold, per role: *exact* when the set of codes
  equals gold's, *overlap* when they share one.  Gold uses CAMEO codes: ``JAP``
  is ``JPN``; ``IGO``/``NGO``/``IMG`` are matched by what kind of actor
  flashpoint resolved (an organisation, a transnational armed group), since
  such actors have no country in flashpoint's records.  *mentioned* counts the
  items where the coder found any mention for the role, and the exact rate there
  (the resolution itself, apart from arguments the coder did not find).
- ConfliBERT source/target tags: spans of the sources and targets of all events
  coded in the sentence against the gold ``S``/``T`` spans (exact token spans,
  and *partial*: the spans share a token); and, for gold spans that name a state,
  whether the overlapping resolved actor has that state's country.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from flashpoint.actors.cameo import iso3_of_cameo, nonstate_code
from flashpoint.actors.resolve import words_of
from flashpoint.actors.table import ActorTable
from flashpoint.coding.modality import plover_type
from flashpoint.evaluation.events import main_event
from flashpoint.evaluation.gold import (
    GSR_PATH,
    NER_PATH,
    GoldActor,
    GsrItem,
    TaggedSentence,
    load_gsr,
    load_tagged,
)
from flashpoint.evaluation.metrics import prf
from flashpoint.model import Actor, Document
from flashpoint.pipeline import Pipeline, Resources

ROLES = ("source", "target")
#: How many gold→coded country confusions the GSR report lists per role.
CONFUSIONS = 10


def gold_code(actor: GoldActor) -> str | None:
    """ISO3 for a state, IGO/NGO/IMG/... for the rest."""
    return nonstate_code(actor.code) or iso3_of_cameo(actor.code)


def predicted_code(actor: Actor, table: ActorTable) -> str | None:
    """The CAMEO-style code of a resolved actor: its country, else what kind of
    non-state actor the table says it is."""
    if actor.country:
        return actor.country
    entry = table.get(actor.id) if actor.id else None
    if entry is None:
        return None
    if entry.kind == "igos":
        return "IGO"
    if entry.kind == "armed_groups":
        return "IMG"
    if entry.kind == "ngos":
        return "ISM" if "ISM" in entry.sectors else "NGO"
    if entry.kind == "companies":
        return "MNC"
    if entry.kind == "people":
        role = entry.role_at(None)
        if role is not None and role.org:
            return "IGO"
        return "IMG" if role is not None and role.sector == "REB" else None
    return None


@dataclass
class RoleScore:
    items: int = 0
    exact: int = 0
    overlap: int = 0
    mentioned: int = 0  # items where the coder gave this role a mention at all
    mentioned_exact: int = 0
    misses: list[str] = field(default_factory=list)
    confused: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: set[str], predicted: set[str], note: str, mentioned: bool = True) -> None:
        self.items += 1
        self.exact += gold == predicted
        self.overlap += bool(gold & predicted)
        self.mentioned += mentioned
        self.mentioned_exact += mentioned and gold == predicted
        if gold != predicted:
            self.misses.append(note)
            self.confused["|".join(sorted(gold)), "|".join(sorted(predicted)) or "none"] += 1

    def line(self, role: str) -> str:
        exact = self.exact / self.items if self.items else 0.0
        overlap = self.overlap / self.items if self.items else 0.0
        resolved = self.mentioned_exact / self.mentioned if self.mentioned else 0.0
        return (
            f"  {role:<8}{self.items:>7}{exact:>9.3f}{overlap:>9.3f}"
            f"{self.mentioned:>11}{resolved:>10.3f}"
        )


def _docs(items: Iterable[GsrItem]) -> Iterator[Document]:
    for item in items:
        date = _date(item.date)
        yield Document.from_text(item.text, id=item.id, date=date)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def score_gsr(
    pipeline: Pipeline, table: ActorTable, path: Path, out: TextIO, limit: int | None
) -> dict[str, RoleScore]:
    items = load_gsr(path)[:limit]
    by_id = {item.id: item for item in items}
    scores = {role: RoleScore() for role in ROLES}
    found = 0
    for doc in pipeline.pipe(_docs(items)):
        item = by_id[doc.id]
        matching = [e for e in doc.events if plover_type(e) == item.type]
        event = main_event(matching)
        if event is None:
            continue
        found += 1
        for role, gold, predicted in (
            ("source", item.sources, event.sources),
            ("target", item.targets, event.targets),
        ):
            gold_codes = {c for c in (gold_code(a) for a in gold) if c}
            if not gold_codes:
                continue
            codes = {c for c in (predicted_code(a, table) for a in predicted) if c}
            texts = [a.text for a in predicted]
            note = f"{item.id} {role}: gold {sorted(gold_codes)} got {sorted(codes)} {texts}"
            scores[role].add(gold_codes, codes, note, mentioned=bool(predicted))
    print(f"\nPLOVER GSR ({len(items)} sentences, gold type found in {found})", file=out)
    print(
        f"  {'role':<8}{'items':>7}{'exact':>9}{'overlap':>9}{'mentioned':>11}{'exact':>10}",
        file=out,
    )
    for role in ROLES:
        print(scores[role].line(role), file=out)
    for role in ROLES:
        common = scores[role].confused.most_common(CONFUSIONS)
        pairs = ", ".join(f"{g}→{p} {n}" for (g, p), n in common)
        print(f"  most frequent {role} misses (gold→coded): {pairs or 'none'}", file=out)
    return scores


def _spans(tags: tuple[str, ...], letter: str) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    start: int | None = None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{letter}":
            spans.add((start, index))
            start = None
        if tag == f"B-{letter}":
            start = index
    return spans


def _token_offsets(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def _to_tokens(actor: Actor, offsets: list[tuple[int, int]]) -> tuple[int, int] | None:
    inside = [i for i, (s, e) in enumerate(offsets) if s < actor.end and actor.start < e]
    return (inside[0], inside[-1] + 1) if inside else None


@dataclass
class SpanScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    partial_tp: int = 0
    partial_fp: int = 0
    partial_fn: int = 0

    def add(self, gold: set[tuple[int, int]], predicted: set[tuple[int, int]]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        hit_gold = {g for g in gold if any(_overlaps(g, p) for p in predicted)}
        hit_pred = {p for p in predicted if any(_overlaps(g, p) for g in gold)}
        self.partial_tp += len(hit_gold)
        self.partial_fn += len(gold) - len(hit_gold)
        self.partial_fp += len(predicted) - len(hit_pred)


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def score_tagged(
    pipeline: Pipeline, resources: Resources, path: Path, out: TextIO, limit: int | None
) -> dict[str, float]:
    sentences: list[TaggedSentence] = load_tagged(path)[:limit]
    spans = {"S": SpanScore(), "T": SpanScore()}
    named, right = 0, 0
    docs = (Document.from_text(" ".join(s.tokens), id=str(i)) for i, s in enumerate(sentences))
    for doc in pipeline.pipe(docs):
        sentence = sentences[int(doc.id)]
        offsets = _token_offsets(sentence.tokens)
        for letter, role in (("S", "sources"), ("T", "targets")):
            actors: list[tuple[tuple[int, int], Actor]] = []
            for event in doc.events:
                for actor in getattr(event, role):
                    token_span = _to_tokens(actor, offsets)
                    if token_span is not None:
                        actors.append((token_span, actor))
            gold = _spans(sentence.tags, letter)
            spans[letter].add(gold, {s for s, _ in actors})
            for first, last in gold:
                words = words_of(" ".join(sentence.tokens[first:last]))
                state = next(resources.countries.find(words), None)
                if state is None:
                    continue
                named += 1
                countries = {a.country for s, a in actors if _overlaps(s, (first, last))}
                right += state.country.iso3 in countries
    print(f"\nConfliBERT source/target tags ({len(sentences)} sentences)", file=out)
    print(f"  {'role':<8}{'P':>7}{'R':>7}{'F1':>7}{'partial F1':>12}", file=out)
    result = {}
    for letter, score in spans.items():
        p, r, f = prf(score.tp, score.fp, score.fn)
        _, _, partial = prf(score.partial_tp, score.partial_fp, score.partial_fn)
        name = "source" if letter == "S" else "target"
        print(f"  {name:<8}{p:>7.3f}{r:>7.3f}{f:>7.3f}{partial:>12.3f}", file=out)
        result[name] = f
        result[f"{name}_partial"] = partial
    accuracy = right / named if named else 0.0
    print(f"  gold spans naming a state: {named}; resolved to that state: {accuracy:.3f}", file=out)
    result["country"] = accuracy
    return result


def run(data: Path, out: TextIO, limit: int | None) -> int:
    sets = {"gsr": data / GSR_PATH, "ner": data / NER_PATH}
    present = {name: path for name, path in sets.items() if path.is_file()}
    if not present:
        print(f"flashpoint eval actors: no gold data under {data}; skipped.", file=out)
        return 0
    started = time.perf_counter()
    resources = Resources.load()
    pipeline = Pipeline.default(resources)
    summary = []
    if "gsr" in present:
        scores = score_gsr(pipeline, resources.actors, present["gsr"], out, limit)
        summary += [
            f"GSR {role} country {s.exact / max(s.items, 1):.3f}" for role, s in scores.items()
        ]
    if "ner" in present:
        tagged = score_tagged(pipeline, resources, present["ner"], out, limit)
        summary.append(
            f"ConfliBERT span F1 source={tagged['source']:.3f} target={tagged['target']:.3f}"
        )
        summary.append(f"state of named spans {tagged['country']:.3f}")
    seconds = time.perf_counter() - started
    print(f"\nsummary: {'; '.join(summary)} ({seconds:.0f} s)", file=out)
    return 0
