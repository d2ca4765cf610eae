"""The local engine with worker processes: each loads the pipeline once and codes
whole batches, so only texts go out and coded documents come back."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from flashpoint.engine.base import (
    DEFAULT_CHUNK,
    PipelineSpec,
    check_sizes,
    code_batch,
    in_order,
    pipeline_for,
)
from flashpoint.model import Document


def _warm(spec: PipelineSpec) -> None:
    pipeline_for(spec)


def _ready(_: int) -> bool:
    time.sleep(0.2)  # hold this worker so the others are started too
    return True


class ProcessEngine:
    """``workers`` processes (spawned, so nothing of this process is shared)."""

    def __init__(self, spec: PipelineSpec, workers: int, *, chunk: int = DEFAULT_CHUNK) -> None:
        check_sizes(workers, chunk)
        self.spec = spec
        self.workers = workers
        self.chunk = chunk
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_warm,
            initargs=(spec,),
        )

    def warm(self) -> None:
        """Start every worker and wait until each has built its pipeline."""
        started = [self.pool.submit(_ready, i) for i in range(self.workers)]
        for future in started:
            future.result()

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Coded documents in input order, with at most two batches per worker in flight."""

        def submit(batch: list[Document]) -> Future[list[Document]]:
            return self.pool.submit(code_batch, self.spec, batch)

        return in_order(docs, submit, chunk=self.chunk, workers=self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
