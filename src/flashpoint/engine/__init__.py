"""Where the pipeline runs: in this process, in worker processes, or on a Dask cluster.

Every engine offers ``pipe(docs) -> Iterator[Document]`` and yields the coded
documents in input order, so the same inputs give the same output whichever
engine runs them.  Workers build the pipeline once from a picklable
:class:`PipelineSpec` and send back documents without their parse (tokens and
entities stay in the worker); events, places and sentences come back.
"""

from flashpoint.engine.base import Engine, InProcessEngine, PipelineSpec, code_batch, slim
from flashpoint.engine.choose import ENGINES, open_engine
from flashpoint.engine.processes import ProcessEngine

__all__ = [
    "ENGINES",
    "Engine",
    "InProcessEngine",
    "PipelineSpec",
    "ProcessEngine",
    "code_batch",
    "open_engine",
    "slim",
]
