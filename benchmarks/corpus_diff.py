"""What a change to the coder does on real news: the events of the Guardian corpus,
written out and compared with those of another version.

The 249 Guardian articles (``../shared/data/corpora/guardian_249.jsonl``) carry no
labels; this is a precision check, not a score.  Each event is written as one JSON line
(document, sentence, trigger offset and text, type, the PLOVER reading that
``flashpoint eval events`` scores, source and target countries, the sentence).  Given
``--compare OLD.jsonl`` written by another version (for instance from a ``git worktree``
of the previous commit, with ``PYTHONPATH`` pointing at its ``src``), the script prints
the events that are new, gone, or read differently, with their sentences, so that a new
reading that fires on everyday language can be seen and narrowed.

    .venv/bin/python benchmarks/corpus_diff.py OUT.jsonl [--compare OLD.jsonl] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flashpoint import Document, Pipeline
from flashpoint.evaluation.events import plover_type

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "guardian_249.jsonl"
#: What of an event the comparison looks at (after its key: document, sentence, offset).
COMPARED = ("type", "reading", "sources", "targets")


def event_rows(corpus: Path) -> list[dict[str, object]]:
    with corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    docs = [Document.from_text(text, id=str(i)) for i, text in enumerate(texts)]
    rows = []
    for doc in Pipeline.default().pipe(docs):
        for event in doc.events:
            rows.append(
                {
                    "key": [doc.id, event.sentence.index, event.trigger.start],
                    "trigger": event.trigger.text,
                    "type": event.type,
                    "reading": plover_type(event),
                    "sources": [a.country for a in event.sources],
                    "targets": [a.country for a in event.targets],
                    "sentence": event.sentence.text,
                }
            )
    return rows


def _keyed(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {json.dumps(row["key"]): row for row in rows}


def _line(mark: str, row: dict[str, object], before: dict[str, object] | None = None) -> str:
    now = " ".join(str(row[k]) for k in COMPARED)
    was = f"{' '.join(str(before[k]) for k in COMPARED)} -> " if before else ""
    return f"{mark} {was}{now} | {row['trigger']} | {str(row['sentence'])[:200]}"


def compare(old: list[dict[str, object]], new: list[dict[str, object]]) -> list[str]:
    """The new, gone and changed events, one line each."""
    before, after = _keyed(old), _keyed(new)
    lines = [_line("NEW", row) for key, row in after.items() if key not in before]
    lines += [_line("GONE", row) for key, row in before.items() if key not in after]
    lines += [
        _line("CHANGED", row, before[key])
        for key, row in after.items()
        if key in before and any(row[k] != before[key][k] for k in COMPARED)
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus_diff: {args.corpus} is absent; skipped.")
        return 0
    rows = event_rows(args.corpus)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(rows)} events written to {args.out}")
    if args.compare is not None:
        with args.compare.open(encoding="utf-8") as handle:
            old = [json.loads(line) for line in handle]
        lines = compare(old, rows)
        print(f"{len(lines)} events new, gone or read differently against {args.compare}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
