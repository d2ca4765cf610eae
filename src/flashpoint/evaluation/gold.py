"""Loaders for the public gold sets used by ``flashpoint eval`` (never shipped).

Each loader reads one file and returns small typed records; the label mappings
the issues fix (old PLOVER types, IndiaPoliceEvents labels) live here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

#: Old PLOVER types in the GSR file → current types.
GSR_TYPE_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
#: IndiaPoliceEvents sentence labels → PLOVER types (FAIL and ANY_ACTION are not scored).
IPE_LABEL_MAP = {"KILL": "ASSAULT", "FORCE": "ASSAULT", "ARREST": "COERCE"}

GSR_PATH = Path("plover") / "PLOVER_GSR_CAMEO.txt"
IPE_PATH = Path("events") / "IndiaPoliceEvents" / "sents.jsonl"
QUAD_PATH = Path("events") / "conflibert_cameo" / "cameo_class_train.tsv"
NER_PATH = Path("events") / "conflibert_cameo" / "cameo_ner_train.txt"


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str  # CAMEO actor code as the gold file gives it (mostly ISO3; "IGO", "JAP", ...)
    sector: str | None


@dataclass(frozen=True, slots=True)
class GsrItem:
    id: str
    type: str
    mode: str | None
    text: str
    date: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    id: str
    text: str
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """A tokenised sentence with BIO tags (``B-S``/``I-S`` source, ``B-T``/``I-T`` target)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def _actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(str(a.get("actorText", "")), str(a.get("code", "")), a.get("sector") or None)
        for a in value
        if isinstance(a, dict)
    )


def load_gsr(path: Path) -> list[GsrItem]:
    """The PLOVER GSR sentences with their event type mapped to current PLOVER."""
    items = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        event = record.get("event")
        if event == "DOCUMENT" or not record.get("text"):
            continue
        items.append(
            GsrItem(
                id=record["id"],
                type=GSR_TYPE_MAP.get(event, event),
                mode=record.get("mode") or None,
                text=record["text"],
                date=record.get("date"),
                sources=_actors(record.get("source")),
                targets=_actors(record.get("target")),
            )
        )
    return items


def load_ipe(path: Path) -> list[LabelledSentence]:
    """IndiaPoliceEvents sentences with labels mapped to PLOVER types (empty = negative)."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            labels = frozenset(
                IPE_LABEL_MAP[label] for label in record["sent_labels"] if label in IPE_LABEL_MAP
            )
            text = record["sent_text"].strip()
            if text:
                items.append(
                    LabelledSentence(f"{record['doc_id']}-{record['sent_id']}", text, labels)
                )
    return items


def load_quad(path: Path) -> list[LabelledSentence]:
    """ConfliBERT quad-class sentences; the label is ``"0"`` (no event) to ``"4"``."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip():
            items.append(LabelledSentence(str(number), text.strip(), frozenset({label.strip()})))
    return items


def load_tagged(path: Path) -> list[TaggedSentence]:
    """ConfliBERT source/target BIO tags: one ``token tag`` per line, blank between sentences."""
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
            tokens, tags = [], []
            continue
        token, _, tag = line.rpartition(" ")
        tokens.append(token)
        tags.append(tag)
    return sentences
