"""Picking an engine from command-line settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from flashpoint.engine.base import Engine, InProcessEngine, PipelineSpec
from flashpoint.engine.processes import ProcessEngine
from flashpoint.errors import UsageError

ENGINES = ("local", "dask")


class _Closable(Engine, Protocol):
    def close(self) -> None: ...


@contextmanager
def open_engine(
    spec: PipelineSpec,
    engine: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Engine]:
    """The engine asked for, closed on exit.

    ``local`` runs in this process, or in ``workers`` processes when that is over 1;
    ``dask`` runs on the cluster at ``scheduler``, or on a local cluster of
    ``workers`` processes (default 2).
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    if scheduler is not None and engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    chosen: _Closable
    if engine == "dask":
        from flashpoint.engine.dask_engine import DaskEngine

        chosen = DaskEngine(spec, scheduler=scheduler, workers=workers or 2)
    elif workers and workers > 1:
        chosen = ProcessEngine(spec, workers)
    else:
        chosen = InProcessEngine(spec)
    try:
        yield chosen
    finally:
        chosen.close()
