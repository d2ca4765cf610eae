"""The data model: one document flowing through the stages, and the records it yields.

Every span carries character offsets into ``Document.text`` (the text as
flashpoint read it, after HTML extraction): ``document.text[start:end]`` is the
span's text.  Records are frozen dataclasses; stages build new ones with
``dataclasses.replace``.  ``to_dict``/``from_dict`` give the CONTRACT.md layout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal, TypeVar, cast

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "historical")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hexadecimal digest of ``parts``: the same inputs give the same id."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


# --- the parse ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse; ``i`` and ``head`` index ``Document.tokens``."""

    i: int
    text: str
    start: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span and its token range ``[first, last)``."""

    index: int
    start: int
    end: int
    text: str
    first: int = 0
    last: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(index=data["index"], start=data["start"], end=data["end"], text=data["text"])


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention from the NLP stage (label as the model gives it)."""

    text: str
    start: int
    end: int
    label: str
    first: int
    last: int


# --- records -----------------------------------------------------------------

_R = TypeVar("_R", bound="FlatRecord")


class FlatRecord:
    """A record whose JSON form is its fields, in order (minus ``OMIT``)."""

    __slots__ = ()
    OMIT: ClassVar[frozenset[str]] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in self.OMIT}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[_R], data: dict[str, Any]) -> _R:
        """Build from a dict; required fields must be present, optional ones may not."""
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class Span(FlatRecord):
    """A piece of text with offsets: event triggers, quote spans."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor(FlatRecord):
    """A source or target of an event, as mentioned and as resolved.

    ``country`` is ISO 3166-1 alpha-3 for states and null for international
    organisations and unknowns; ``sector`` a PLOVER sector code or null.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Place(FlatRecord):
    """A place mention, resolved to a GeoNames entry where one could be chosen.

    ``to_dict`` gives the event ``location`` layout (no score); ``to_record``
    the ``flashpoint geoparse`` place record.
    """

    OMIT: ClassVar[frozenset[str]] = frozenset({"score"})

    text: str
    start: int
    end: int
    name: str | None = None
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    score: float | None = None

    def to_record(self, doc_id: str) -> dict[str, Any]:
        """The ``flashpoint geoparse`` place record of CONTRACT.md."""
        return {"doc_id": doc_id, **self.to_dict(), "score": self.score}


@dataclass(frozen=True, slots=True)
class Quantity(FlatRecord):
    """A number attached to an event, with its unit ("14 vessels").

    ``qualifier`` keeps how exact it is ("nearly", "at least", "more than");
    ``kind`` what happened to what was counted, where the trigger says
    ("killed", "injured", "arrested").
    """

    value: float
    unit: str
    text: str
    start: int | None = None
    end: int | None = None
    qualifier: str | None = None
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        record = FlatRecord.to_dict(self)
        if float(self.value).is_integer():
            record["value"] = int(self.value)
        return record


@dataclass(frozen=True, slots=True)
class Quote(FlatRecord):
    """Words attributed to a speaker; offsets of the quoted text where known."""

    speaker: str | None
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the CONTRACT.md record."""

    id: str
    doc_id: str
    type: str
    trigger: Span
    sentence: Sentence
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    location: Place | None = None
    date: str | None = None
    quantities: tuple[Quantity, ...] = ()
    quote: Quote | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "sources": [a.to_dict() for a in self.sources],
            "targets": [a.to_dict() for a in self.targets],
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "quantities": [q.to_dict() for q in self.quantities],
            "quote": self.quote.to_dict() if self.quote else None,
            "modality": self.modality,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        modality = data.get("modality", "asserted")
        if modality not in MODALITIES:
            raise ValueError(f"event {data.get('id')!r}: unknown modality {modality!r}")
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            type=data["type"],
            mode=data.get("mode"),
            contexts=tuple(data.get("contexts") or ()),
            cameo=data.get("cameo"),
            quad_class=data.get("quad_class"),
            goldstein=data.get("goldstein"),
            sources=tuple(Actor.from_dict(a) for a in data.get("sources") or ()),
            targets=tuple(Actor.from_dict(a) for a in data.get("targets") or ()),
            trigger=Span.from_dict(data["trigger"]),
            sentence=Sentence.from_dict(data["sentence"]),
            location=Place.from_dict(data["location"]) if data.get("location") else None,
            date=data.get("date"),
            quantities=tuple(Quantity.from_dict(q) for q in data.get("quantities") or ()),
            quote=Quote.from_dict(data["quote"]) if data.get("quote") else None,
            modality=cast(Modality, modality),
            confidence=data.get("confidence", 0.5),
        )


# --- the document --------------------------------------------------------------


@dataclass(slots=True)
class Document:
    """An article as read, then enriched stage by stage.

    ``origin`` says where it came from (a path, ``path:line`` or a feed URL) for
    error messages; ``date`` is the publication date.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    source: str | None = None
    origin: str | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @staticmethod
    def content_id(text: str) -> str:
        """The id of a document that has none: derived from its text alone."""
        return "doc-" + stable_id(text)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        date: dt.date | None = None,
        source: str | None = None,
        origin: str | None = None,
    ) -> Document:
        return cls(
            id=id or cls.content_id(text),
            text=text,
            title=title,
            url=url,
            date=date,
            source=source,
            origin=origin,
        )

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first : sentence.last]
