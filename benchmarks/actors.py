"""Actor table and resolution speed: load time, and 1,000 names resolved after loading.

Run: ``.venv/bin/python benchmarks/actors.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from flashpoint.actors import load_actor_table, load_countries, load_sectors, resolve_mention
from flashpoint.actors.table import actor_files
from flashpoint.model import Actor

MENTIONS = [
    "Iran's military leadership",
    "Iraqi citizens from Diyala",
    "Iran-backed armed groups",
    "the U.S. Navy",
    "Kataeb Hizbullah",
    "Brigadier-General Mohammad Akraminia",
    "Houthi rebels",
    "Russian Foreign Minister Sergei Lavrov",
    "President Obama",
    "the protesters",
    "Abbas Karimi",
    "UN peacekeepers",
]


def names(table_names: list[str], count: int) -> list[str]:
    """A mix: table aliases as written, sector phrases and unknown names."""
    rng = random.Random(4)
    picked = rng.sample(table_names, count - len(MENTIONS) * 20)
    return picked + MENTIONS * 20


def main() -> None:
    started = time.perf_counter()
    table = load_actor_table()
    countries = load_countries()
    sectors = load_sectors()
    loaded = time.perf_counter() - started
    kinds: dict[str, int] = {}
    for entry in table.entries.values():
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    print(f"actor table: {len(table)} entries in {len(actor_files())} files; {kinds}")
    print(f"load (actor table, countries, sectors): {loaded:.3f} s")
    all_names = [name for entry in table.entries.values() for name in entry.names]
    batch = names(all_names, 1000)
    day = dt.date(2026, 2, 10)
    started = time.perf_counter()
    resolved = [
        resolve_mention(Actor(n, 0, len(n)), countries, sectors, "source", table=table, date=day)
        for n in batch
    ]
    seconds = time.perf_counter() - started
    known = sum(1 for a in resolved if a.country or a.id)
    print(f"resolve 1,000 names: {seconds:.3f} s ({seconds * 1000:.1f} µs each); {known} resolved")


if __name__ == "__main__":
    main()
