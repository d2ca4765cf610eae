"""How well the coder reads sentences we wrote for every CAMEO event code.

``benchmarks/cameo_examples/*.tsv`` hold news-style sentences written for this project,
two or three for each CAMEO code of roots 02-20 (``code``, the ``source`` and ``target``
country as ISO 3166-1 alpha-3, ``IGO`` for an international organisation or ``-`` for
none, and the ``sentence``).  Codes of states that no longer exist (``YUG``, ``ZAR``) are
read as ``flashpoint eval actors`` reads the GSR's CAMEO codes (``SRB``, ``COD``).  The
PLOVER type a code should give comes from ``../shared/data/plover/CAMEO2PLOVER-2021.txt``
(a four-digit code the table lacks takes its three-digit parent's type; appeals, root
02, are REQUEST; root 01 is not scored).

Every sentence close to a PLOVER GSR sentence is dropped before anything is coded
(``benchmarks/gsr_filter.py``), and only the count is printed.  The rest are split by a
fixed hash of the text (``zlib.crc32 % 5 == 0``: held-out 20%, else mining 80%): the
misses listed are those of the mining part only, so lexicon entries are never looked
for on the held-out part, which is only reported on.

For each part and CAMEO root the script prints how often the main event (read as
``flashpoint eval events`` reads it) has the expected type, how often that type is
among the coded events at all, and, for the events of the expected type, how often
their source and target countries are exactly the expected ones (scored as
``flashpoint eval actors`` scores the GSR).

    .venv/bin/python benchmarks/cameo_coverage.py [--data DIR] [--all] [--actors]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from gsr_filter import GsrFilter
from lexicon_coverage import held_out_key

from flashpoint import Document, Pipeline
from flashpoint.actors.cameo import CAMEO_TO_ISO3
from flashpoint.actors.table import ActorTable
from flashpoint.evaluation.actors import predicted_code
from flashpoint.evaluation.events import main_event, plover_type
from flashpoint.evaluation.gold import GSR_PATH
from flashpoint.model import Actor, Event
from flashpoint.pipeline import Resources

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EXAMPLES = Path(__file__).resolve().parent / "cameo_examples"
TABLE = Path("plover") / "CAMEO2PLOVER-2021.txt"
ROW = re.compile(r"^\s*(\d{2,4}):\s*([A-Z]+)")
APPEAL_ROOT = "02"
NO_ACTOR = "-"
ROLES = ("source", "target")


@dataclass(frozen=True)
class Example:
    code: str
    source: str
    target: str
    text: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def held_out(self) -> bool:
        """One sentence in five, by a fixed hash of its text, is never mined."""
        return held_out_key(self.text)


def read_examples(directory: Path) -> list[Example]:
    examples = []
    for path in sorted(directory.glob("*.tsv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
                if None in row.values() or not row["sentence"].strip():
                    raise SystemExit(f"{path}:{number}: expected 4 tab-separated fields")
                source, target = (CAMEO_TO_ISO3.get(row[r], row[r]) for r in ROLES)
                examples.append(Example(row["code"], source, target, row["sentence"].strip()))
    return examples


def plover_of_cameo(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the conversion table's ``CODE: TYPE, ...`` rows."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = ROW.match(line)
        if row and len(row.group(1)) > 2:
            table.setdefault(row.group(1), row.group(2))
    return table


def expected_type(code: str, table: dict[str, str]) -> str | None:
    if code in table:
        return table[code]
    if len(code) == 4 and code[:3] in table:
        return table[code[:3]]
    return "REQUEST" if code.startswith(APPEAL_ROOT) else None


@dataclass(frozen=True)
class Result:
    main: bool
    anywhere: bool
    roles: tuple[tuple[str, bool], ...]  # (role, right) where the role is scored
    wrong: tuple[str, ...]  # why it is not fully right


@dataclass
class Tally:
    n: int = 0
    main: int = 0
    anywhere: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.n += 1
        self.main += result.main
        self.anywhere += result.anywhere
        for role, right in result.roles:
            self.roles[role] += 1
            self.right[role] += right

    def cells(self) -> str:
        roles = "  ".join(
            f"{self.right[r] / self.roles[r] if self.roles[r] else 0:7.3f} ({self.roles[r]:3d})"
            for r in ROLES
        )
        return f"{self.n:4d} {self.main / self.n:6.3f} {self.anywhere / self.n:6.3f}  {roles}"


def codes_of(actors: tuple[Actor, ...], table: ActorTable) -> set[str]:
    return {c for c in (predicted_code(a, table) for a in actors) if c}


def score(example: Example, want: str, events: list[Event], table: ActorTable) -> Result:
    top = main_event(events)
    types = [t for t in (plover_type(e) for e in events) if t]
    main = top is not None and plover_type(top) == want
    wrong = [] if main else [f"type {','.join(types) or 'none'}"]
    roles: list[tuple[str, bool]] = []
    matching = main_event([e for e in events if plover_type(e) == want])
    for role, gold, actors in (
        ("source", example.source, matching.sources if matching else ()),
        ("target", example.target, matching.targets if matching else ()),
    ):
        if matching is None or gold == NO_ACTOR:
            continue
        got = codes_of(actors, table)
        roles.append((role, got == {gold}))
        if got != {gold}:
            texts = "|".join(a.text for a in actors)
            wrong.append(f"{role} {gold} got {','.join(sorted(got)) or '-'} [{texts}]")
    return Result(main, want in types, tuple(roles), tuple(wrong))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--all", action="store_true", help="list the held-out misses too")
    parser.add_argument("--actors", action="store_true", help="list actor misses too")
    args = parser.parse_args()
    if not (args.data / TABLE).is_file():
        print(f"cameo_coverage: {args.data / TABLE} is absent; skipped.")
        return 0
    table = plover_of_cameo(args.data / TABLE)
    close = GsrFilter.load(args.data / GSR_PATH)
    examples = [e for e in read_examples(args.examples) if expected_type(e.code, table)]
    kept = [e for e in examples if not close(e.text)]
    dropped = len(examples) - len(kept)
    print(f"{len(examples)} examples; dropped as close to a GSR sentence: {dropped}")

    resources = Resources.load()
    pipeline = Pipeline.default(resources)
    docs = (Document.from_text(e.text, id=str(i)) for i, e in enumerate(kept))
    tallies: dict[tuple[str, str], Tally] = {}
    misses: list[str] = []
    for example, doc in zip(kept, pipeline.pipe(docs), strict=True):
        want = expected_type(example.code, table)
        assert want is not None
        part = "held-out" if example.held_out else "mining"
        result = score(example, want, doc.events, resources.actors)
        for key in ((part, example.root), (part, "all")):
            tallies.setdefault(key, Tally()).add(result)
        wrong = [w for w in result.wrong if args.actors or w.startswith("type")]
        if wrong and (part == "mining" or args.all):
            misses.append(f"  {example.code} {want:<9} {example.text}\n      -> {'; '.join(wrong)}")

    for part in ("mining", "held-out"):
        heads = f"{'n':>4} {'main':>6} {'any':>6}  {'source':>13}  {'target':>13}"
        print(f"\n{part:<9} {'root':>4} {heads}")
        for (name, root), tally in sorted(tallies.items()):
            if name == part:
                print(f"{'':<9} {root:>4} {tally.cells()}")
    print(f"\nmisses (mining part{' and held-out' if args.all else ''}):")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
