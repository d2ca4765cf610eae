"""What every engine shares: the recipe for a pipeline and the work of one batch."""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from flashpoint.errors import UsageError
from flashpoint.model import Document
from flashpoint.nlp import DEFAULT_MODEL
from flashpoint.pipeline import Pipeline, Resources


@runtime_checkable
class Engine(Protocol):
    """Codes a stream of documents, yielding them in input order."""

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]: ...


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """How to build the pipeline: small and picklable, so workers can build their own.

    ``resources`` is a directory of the user's own tables (``None``: the shipped ones);
    ``n_process`` is spaCy's parser processes inside each worker; ``prefilter`` parses
    only the sentences that can hold a trigger.
    """

    resources: Path | None = None
    model: str = DEFAULT_MODEL
    n_process: int = 1
    batch_size: int = 16
    prefilter: bool = False

    def build(self) -> Pipeline:
        resources = Resources.load(self.resources) if self.resources else None
        return Pipeline.default(
            resources,
            model=self.model,
            n_process=self.n_process,
            batch_size=self.batch_size,
            prefilter=self.prefilter,
        )


_BUILT: dict[PipelineSpec, Pipeline] = {}


def pipeline_for(spec: PipelineSpec) -> Pipeline:
    """The pipeline of ``spec``, built once per process."""
    pipeline = _BUILT.get(spec)
    if pipeline is None:
        pipeline = _BUILT[spec] = spec.build()
    return pipeline


def slim(doc: Document) -> Document:
    """``doc`` without its parse (tokens, entities): what a worker sends back."""
    return dataclasses.replace(doc, tokens=[], entities=[])


def code_batch(spec: PipelineSpec, docs: list[Document]) -> list[Document]:
    """Code one batch with this process's pipeline (the task every worker runs)."""
    return [slim(doc) for doc in pipeline_for(spec).pipe(docs)]


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """``docs`` in lists of ``size`` (the last may be shorter)."""
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


#: Documents per task: large enough to amortise the hand-over, small enough to balance.
DEFAULT_CHUNK = 4


class Result(Protocol):
    """A pending batch: a ``concurrent.futures`` or a Dask future."""

    def result(self) -> list[Document]: ...


def check_sizes(workers: int, chunk: int) -> None:
    if workers < 1:
        raise UsageError(f"the number of workers must be at least 1, not {workers}")
    if chunk < 1:
        raise UsageError(f"the chunk size must be at least 1, not {chunk}")


def in_order(
    docs: Iterable[Document],
    submit: Callable[[list[Document]], Result],
    *,
    chunk: int,
    workers: int,
) -> Iterator[Document]:
    """Coded documents in input order: batches of ``chunk`` go to ``submit``, with at
    most two batches per worker in flight."""
    pending: deque[Result] = deque()
    for batch in batches(docs, chunk):
        pending.append(submit(batch))
        while len(pending) >= 2 * workers:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class InProcessEngine:
    """The pipeline in this process (the default)."""

    def __init__(self, spec: PipelineSpec) -> None:
        self.pipeline = pipeline_for(spec)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        return self.pipeline.pipe(docs)

    def close(self) -> None:
        """Nothing to release."""
