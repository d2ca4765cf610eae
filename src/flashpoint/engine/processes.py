"""The local engine with worker processes: each loads the pipeline once and codes
whole batches, so only texts go out and coded documents come back."""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from flashpoint.engine.base import PipelineSpec, batches, code_batch, pipeline_for
from flashpoint.errors import UsageError
from flashpoint.model import Document

#: Documents per task: large enough to amortise the hand-over, small enough to balance.
DEFAULT_CHUNK = 4


def _warm(spec: PipelineSpec) -> None:
    pipeline_for(spec)


def _ready(_: int) -> bool:
    time.sleep(0.2)  # hold this worker so the others are started too
    return True


class ProcessEngine:
    """``workers`` processes (spawned, so nothing of this process is shared)."""

    def __init__(self, spec: PipelineSpec, workers: int, *, chunk: int = DEFAULT_CHUNK) -> None:
        if workers < 1:
            raise UsageError(f"the number of workers must be at least 1, not {workers}")
        if chunk < 1:
            raise UsageError(f"the chunk size must be at least 1, not {chunk}")
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
        pending: deque[Future[list[Document]]] = deque()
        for batch in batches(docs, self.chunk):
            pending.append(self.pool.submit(code_batch, self.spec, batch))
            while len(pending) >= 2 * self.workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
