"""The pipeline: a list of named stages a document flows through.

::

    read -> nlp -> events -> actors -> places -> dates -> write

Reading and writing are at the edges (``flashpoint.ingest``,
``flashpoint.store``); the pipeline runs the stages in between.  A stage is any
object with a ``name`` and ``__call__(Document) -> Document``; a stage that
works best on batches (the spaCy parse) may also offer ``pipe``.  The pipeline
checks what each stage returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

from flashpoint.actors import (
    ActorResolver,
    ActorTable,
    CountryTable,
    SectorTable,
    load_actor_table,
    load_countries,
    load_sectors,
)
from flashpoint.coding import EventCoder, Lexicon, load_lexicon
from flashpoint.coding.prefilter import TriggerFilter, morphology_of, segments
from flashpoint.dates import DateResolver
from flashpoint.errors import StageError
from flashpoint.geo import Gazetteer, PlaceResolver, load_gazetteer
from flashpoint.model import Document, Event
from flashpoint.nlp import DEFAULT_MODEL, SpacyParser
from flashpoint.nlp.parser import lemma_tables


@runtime_checkable
class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]: ...


@dataclass(frozen=True)
class Resources:
    """Everything the decision code reads, loaded once and passed in."""

    lexicon: Lexicon
    countries: CountryTable
    sectors: SectorTable
    actors: ActorTable
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)

    @classmethod
    def load(cls, directory: Path | None = None) -> Resources:
        """The shipped tables, or a directory of the user's own with the same file names
        (``triggers.tsv``, ``cameo.tsv``, ``plover.tsv``, ``contexts.tsv``,
        ``countries.tsv``, ``sectors.tsv``; ``actors/*.tsv`` extend the shipped actor table)."""
        return cls(
            lexicon=load_lexicon(directory),
            countries=load_countries(directory / "countries.tsv" if directory else None),
            sectors=load_sectors(directory / "sectors.tsv" if directory else None),
            actors=load_actor_table(directory),
            gazetteer=load_gazetteer(_gazetteer_in(directory)),
        )


def _gazetteer_in(directory: Path | None) -> Path | None:
    """A user's own built gazetteer (``gazetteer.sqlite``) where their directory has one."""
    path = directory / "gazetteer.sqlite" if directory else None
    return path if path is not None and path.is_file() else None


def _checked(stage: Stage, doc: Document, result: object) -> Document:
    if not isinstance(result, Document):
        raise StageError(
            f"stage {stage.name!r} returned {type(result).__name__} for document {doc.id!r}; "
            "a stage must return the Document it was given"
        )
    return result


class Pipeline:
    """Codes documents as a stream: ``for doc in pipeline.pipe(docs): ...``."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        names = [s.name for s in stages]
        if len(set(names)) != len(names):
            raise StageError(f"stage names must be unique, got {names}")
        self.stages = list(stages)

    @classmethod
    def default(
        cls,
        resources: Resources | None = None,
        *,
        model: str = DEFAULT_MODEL,
        n_process: int = 1,
        batch_size: int = 16,
        prefilter: bool = False,
    ) -> Pipeline:
        """The standard stages over the shipped (or given) resources.

        With ``prefilter`` only runs of sentences that can hold a trigger are parsed
        (see :mod:`flashpoint.coding.prefilter`); the others are kept as sentences
        without tokens."""
        resources = resources or Resources.load()
        parser = SpacyParser(model, n_process=n_process, batch_size=batch_size)
        if prefilter:
            rules, exceptions = lemma_tables(parser.nlp)
            keep = TriggerFilter(resources.lexicon, morphology_of(rules, exceptions))
            parser.select = lambda text: segments(text, keep)
        return cls(
            [
                parser,
                EventCoder(resources.lexicon),
                ActorResolver(
                    resources.countries, resources.sectors, resources.actors, unparsed=prefilter
                ),
                PlaceResolver(resources.gazetteer, resources.countries, unparsed=prefilter),
                DateResolver(),
            ]
        )

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def get_stage(self, name: str) -> Stage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage named {name!r}; stages are {self.stage_names}")

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every stage over a stream of documents, lazily."""
        stream: Iterable[Document] = docs
        for stage in self.stages:
            stream = self._run(stage, stream)
        yield from stream

    @staticmethod
    def _run(stage: Stage, docs: Iterable[Document]) -> Iterator[Document]:
        if isinstance(stage, BatchStage):
            for result in stage.pipe(docs):
                yield _checked(stage, result, result)
        else:
            for doc in docs:
                yield _checked(stage, doc, stage(doc))

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def code(self, text: str, date: date | None = None) -> list[Event]:
        """The events of one text (publication date ``date``)."""
        return self(Document.from_text(text, date=date)).events
