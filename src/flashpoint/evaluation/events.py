"""``flashpoint eval events``: the coder against PLOVER GSR, IndiaPoliceEvents, ConfliBERT.

- PLOVER GSR: one gold event per sentence (old types mapped).  *Sentence type*
  scores the sentence's main event (the most confident; ties to the earliest
  trigger) against the gold type, as single-label classification with "none"
  when nothing is coded; *any event* counts a sentence as found when the gold
  type is among all the types coded there.  PLOVER (and the GSR) code an
  announced intention as AGREE (to cooperate) or THREATEN (to act against);
  flashpoint keeps the announced act with modality ``future``, so for this
  score a future event reads as AGREE or THREATEN by its quad class; likewise
  a negated cooperative act reads as REJECT (PLOVER's refusal).
- IndiaPoliceEvents: sentence labels KILL/FORCE → ASSAULT, ARREST → COERCE;
  the labels are about actions *of the police*, so an event counts when it is
  asserted or historical and its source is police or security forces (an
  arrest with no source named counts too: arrests are police actions);
  every sentence is scored, unlabelled ones as negatives.
- ConfliBERT quad class: the main event's class (0 when none) against the
  label, as accuracy.  ConfliBERT's five classes are the Phoenix pipeline's,
  by CAMEO root: 0 is "neutral" and holds CAMEO 01 (statements, denials) and 02
  (appeals) as well as sentences with no event; 16 (reduce relations) counts
  as verbal conflict (3).  GDELT, whose quad class flashpoint's records carry,
  puts 01-02 in verbal cooperation and 16 in material conflict.  The main event is
  read as for the GSR: a refused cooperative act counts as a rejection (CAMEO 12), an
  announced one as an intent (03), an announced attack or sanction as a threat (13).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from flashpoint.coding.modality import plover_type as plover_type  # its old home
from flashpoint.evaluation.gold import (
    GSR_PATH,
    IPE_PATH,
    QUAD_PATH,
    LabelledSentence,
    load_gsr,
    load_ipe,
    load_quad,
)
from flashpoint.evaluation.metrics import LabelScores
from flashpoint.model import PLOVER_TYPES, Document, Event
from flashpoint.pipeline import Pipeline

HAPPENED = frozenset({"asserted", "historical"})
#: How many gold→predicted confusions the GSR report lists.
CONFUSIONS = 12
POLICE_SECTORS = frozenset({"COP", "MIL"})


def police_action(event: Event) -> bool:
    """Did the police (or security forces) do it, as IndiaPoliceEvents labels?"""
    if event.modality not in HAPPENED:
        return False
    if any(a.sector in POLICE_SECTORS for a in event.sources):
        return True
    return event.type == "COERCE" and event.mode == "arrest" and not event.sources


def main_event(events: list[Event]) -> Event | None:
    """The event a one-event gold set would code: of those PLOVER codes at all
    (not merely possible, not a denied attack), the most confident, then earliest."""
    codable = [e for e in events if plover_type(e) is not None]
    if not codable:
        return None
    return min(codable, key=lambda e: (-e.confidence, e.trigger.start))


def coded(
    pipeline: Pipeline, texts: Iterable[tuple[str, str]]
) -> Iterator[tuple[str, list[Event]]]:
    """(id, events) for each (id, text), through the full pipeline as a stream."""
    docs = (Document.from_text(text, id=key) for key, text in texts)
    for doc in pipeline.pipe(docs):
        yield doc.id, doc.events


#: Why a sentence's main event misses its gold type, in the order they are tested.
MISS_CAUSES = (
    "no event",
    "type coded, not chosen",
    "type coded, modality not scored",
    "type not coded",
)


def miss_cause(gold: str, events: list[Event]) -> str:
    """Why the main event of ``events`` is not of the ``gold`` type: nothing was coded;
    an event PLOVER reads as that type was coded but another chosen; an event of that
    type was coded with a modality PLOVER reads otherwise (a hypothetical attack, a
    future concession); or no event of that type was coded at all."""
    if not events:
        return "no event"
    if any(plover_type(e) == gold for e in events):
        return "type coded, not chosen"
    if any(e.type == gold for e in events):
        return "type coded, modality not scored"
    return "type not coded"


def score_gsr(
    pipeline: Pipeline, path: Path, out: TextIO, limit: int | None
) -> tuple[float, float]:
    items = load_gsr(path)[:limit]
    gold = {item.id: item.type for item in items}
    single, anywhere = LabelScores(), LabelScores()
    confused: Counter[tuple[str, str]] = Counter()
    causes: Counter[str] = Counter()
    for key, events in coded(pipeline, ((i.id, i.text) for i in items)):
        top = main_event(events)
        predicted = (plover_type(top) or "none") if top else "none"
        single.add([gold[key]], [predicted])
        if predicted != gold[key]:
            confused[gold[key], predicted] += 1
            causes[miss_cause(gold[key], events)] += 1
        found = gold[key] in {plover_type(e) for e in events}
        anywhere.add([gold[key]], [gold[key]] if found else [])
    print(f"\nPLOVER GSR ({len(items)} sentences): sentence type (main event)", file=out)
    single.print_table(out, [t for t in PLOVER_TYPES if t in single.labels()])
    _, recall_any, _ = anywhere.micro()
    print(f"  gold type among the types coded in the sentence: {recall_any:.3f}", file=out)
    pairs = ", ".join(f"{g}→{p} {n}" for (g, p), n in confused.most_common(CONFUSIONS))
    print(f"  most frequent confusions (gold→main event): {pairs or 'none'}", file=out)
    why = ", ".join(f"{cause} {causes[cause]}" for cause in MISS_CAUSES if causes[cause])
    print(f"  misses by cause: {why or 'none'}", file=out)
    precision, recall, _ = _without_none(single)
    return precision, recall


def _without_none(scores: LabelScores) -> tuple[float, float, float]:
    """Micro P/R/F1 over real types only: "none" predictions are misses, not labels."""
    from flashpoint.evaluation.metrics import prf

    tp = sum(v for k, v in scores.tp.items() if k != "none")
    fp = sum(v for k, v in scores.fp.items() if k != "none")
    fn = sum(v for k, v in scores.fn.items() if k != "none")
    return prf(tp, fp, fn)


def score_ipe(pipeline: Pipeline, path: Path, out: TextIO, limit: int | None) -> dict[str, float]:
    items = load_ipe(path)[:limit]
    gold = {item.id: item.labels for item in items}
    scores = LabelScores()
    for key, events in coded(pipeline, ((i.id, i.text) for i in items)):
        predicted = {e.type for e in events if police_action(e)} & {"ASSAULT", "COERCE"}
        scores.add(gold[key], predicted)
    print(f"\nIndiaPoliceEvents ({len(items)} sentences): sentence labels", file=out)
    scores.print_table(out, ["ASSAULT", "COERCE"])
    return {label: scores.label(label)[2] for label in ("ASSAULT", "COERCE")}


#: ConfliBERT's classes are those of the Phoenix pipeline (its ``quad_conversion``),
#: by CAMEO root: 01-02 are "neutral" (0, like no event), and 16 (reduce relations,
#: sanctions) is verbal conflict; flashpoint's own ``quad_class`` follows GDELT.
PHOENIX_CLASS = {
    **dict.fromkeys(("01", "02"), "0"),
    **dict.fromkeys(("03", "04", "05"), "1"),
    **dict.fromkeys(("06", "07", "08"), "2"),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4"),
}


#: The CAMEO root of the events a PLOVER reading turns an event into: a refused
#: cooperative act is a rejection (12), an announced intention to cooperate or to act
#: against someone an intent (03) or a threat (13).
READING_ROOTS = {"REJECT": "12", "AGREE": "03", "THREATEN": "13"}


def conflibert_class(event: Event | None) -> str:
    """ConfliBERT's label for a sentence whose main event is ``event`` ("0": none),
    read as ``plover_type`` reads it: "refused to lift sanctions" is a rejection."""
    if event is None:
        return "0"
    reading = plover_type(event)
    if reading is not None and reading != event.type and reading in READING_ROOTS:
        return PHOENIX_CLASS[READING_ROOTS[reading]]
    return PHOENIX_CLASS.get((event.cameo or "")[:2], str(event.quad_class or 0))


def score_quad(pipeline: Pipeline, path: Path, out: TextIO, limit: int | None) -> float:
    items: list[LabelledSentence] = load_quad(path)[:limit]
    gold = {item.id: next(iter(item.labels)) for item in items}
    right = right_gdelt = 0
    scores = LabelScores()
    for key, events in coded(pipeline, ((i.id, i.text) for i in items)):
        top = main_event(events)
        predicted = conflibert_class(top)
        right += predicted == gold[key]
        right_gdelt += str(top.quad_class if top and top.quad_class else 0) == gold[key]
        scores.add([gold[key]], [predicted])
    accuracy = right / len(items) if items else 0.0
    print(
        f"\nConfliBERT quad class ({len(items)} sentences): accuracy {accuracy:.3f} "
        f"(Phoenix classes; {right_gdelt / max(len(items), 1):.3f} with the records' "
        "GDELT quad classes)",
        file=out,
    )
    scores.print_table(out, ["0", "1", "2", "3", "4"])
    return accuracy


def run(data: Path, out: TextIO, limit: int | None) -> int:
    sets = {"gsr": data / GSR_PATH, "ipe": data / IPE_PATH, "quad": data / QUAD_PATH}
    present = {name: path for name, path in sets.items() if path.is_file()}
    if not present:
        print(f"flashpoint eval events: no gold data under {data}; skipped.", file=out)
        return 0
    started = time.perf_counter()
    pipeline = Pipeline.default()
    summary = []
    if "gsr" in present:
        precision, recall = score_gsr(pipeline, present["gsr"], out, limit)
        summary.append(f"GSR type P={precision:.3f} R={recall:.3f}")
    if "ipe" in present:
        f1 = score_ipe(pipeline, present["ipe"], out, limit)
        summary.append(f"IPE F1 ASSAULT={f1['ASSAULT']:.3f} COERCE={f1['COERCE']:.3f}")
    if "quad" in present:
        summary.append(
            f"ConfliBERT quad acc={score_quad(pipeline, present['quad'], out, limit):.3f}"
        )
    seconds = time.perf_counter() - started
    print(f"\nsummary: {'; '.join(summary)} ({seconds:.0f} s)", file=out)
    return 0
