"""The Dask engine: batches of documents are tasks on a Dask cluster.

Without a scheduler address a local cluster of worker processes is started (and
stopped on :meth:`DaskEngine.close`); with one, the engine connects to that
cluster, whose workers must have flashpoint installed (see docs/scale.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from flashpoint.engine.base import DEFAULT_CHUNK, PipelineSpec, check_sizes, code_batch, in_order
from flashpoint.errors import ResourceError
from flashpoint.model import Document


class DaskEngine:
    def __init__(
        self,
        spec: PipelineSpec,
        *,
        scheduler: str | None = None,
        workers: int = 2,
        chunk: int = DEFAULT_CHUNK,
    ) -> None:
        check_sizes(workers, chunk)
        from distributed import Client, LocalCluster

        self.spec = spec
        self.chunk = chunk
        self.cluster: Any = None
        try:
            if scheduler is None:
                self.cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=40,  # logging.ERROR
                )
                self.client: Any = Client(self.cluster)  # type: ignore[no-untyped-call]
            else:
                self.client = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            where = scheduler or "a local cluster"
            raise ResourceError(f"cannot start the Dask engine on {where}: {exc}") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Coded documents in input order, with at most two batches per worker in flight."""

        def submit(batch: list[Document]) -> Any:
            return self.client.submit(code_batch, self.spec, batch, pure=False)

        return in_order(docs, submit, chunk=self.chunk, workers=self.workers)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
