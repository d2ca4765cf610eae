"""Where source and target actors go wrong, by kind of error, with counts.

Run: ``.venv/bin/python benchmarks/actor_errors.py [--data DIR] [--show BUCKET] [--limit N]``.

On the ConfliBERT source/target tags (training data: read the examples freely),
each gold ``S``/``T`` span is put in one bucket:

- ``no event``: the coder found no event in the sentence;
- ``role swapped``: an actor of the other role covers it;
- ``no mention``: no event has any actor in this role;
  ``passive agent missed`` when the gold span follows "by";
- ``other mention``: the role has actors, none on the gold span; the predicted
  mention is then told apart: ``place taken`` (after "in/near/at ..."),
  ``speaker taken as source`` (subject of a verb of saying), ``passive agent
  missed`` (the gold span follows "by"), else ``other mention``;
- ``found``: an actor of the role overlaps (``exact`` or ``boundary``).

Where a found span names a state, its country is checked: ``right``, ``no
country``, ``wrong country``, ``sponsor taken`` (the span's sponsor word, "Iran-backed",
gave the country), ``coordination lost`` (the span names more states than the
actors do).

A second table scores the *main* event like the GSR score: the countries of
its sources/targets against the countries the gold spans resolve to (resolving
the gold span itself, so that it isolates argument finding from resolution).

On the PLOVER GSR (the test set) only the counts are printed, never sentences.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from flashpoint.actors.resolve import SPONSOR_SUFFIXES, words_of
from flashpoint.actors.stage import ActorResolver
from flashpoint.evaluation.actors import (
    _date,
    _overlaps,
    _spans,
    _to_tokens,
    _token_offsets,
    gold_code,
    predicted_code,
)
from flashpoint.evaluation.events import main_event, plover_type
from flashpoint.evaluation.gold import GSR_PATH, NER_PATH, load_gsr, load_tagged
from flashpoint.model import Actor, Document
from flashpoint.pipeline import Pipeline, Resources

LOCATIVE = {"in", "near", "at", "inside", "outside", "across", "around", "within", "into"}
SPEECH_VERBS = {"say", "tell", "announce", "state", "claim", "report", "add", "note", "warn"}


def _sponsored(words: list[str]) -> bool:
    return any(w.lower().rpartition("-")[2] in SPONSOR_SUFFIXES for w in words)


class Diagnosis:
    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.spans: dict[str, Counter[str]] = {"S": Counter(), "T": Counter()}
        self.states: dict[str, Counter[str]] = {"S": Counter(), "T": Counter()}
        self.main: dict[str, Counter[str]] = {"S": Counter(), "T": Counter()}
        self.examples: dict[str, list[str]] = {}
        self.paths: dict[str, Counter[str]] = {"S": Counter(), "T": Counter()}

    def note(self, bucket: str, text: str) -> None:
        self.examples.setdefault(bucket, []).append(text)

    def sentence(self, doc: Document, tokens: tuple[str, ...], tags: tuple[str, ...]) -> None:
        offsets = _token_offsets(tokens)
        marked = " ".join(
            f"[{g[2]}:{t}]" if g != "O" else t for t, g in zip(tokens, tags, strict=True)
        )
        for letter, role, other in (("S", "sources", "targets"), ("T", "targets", "sources")):
            mine = self._actors(doc, role, offsets)
            theirs = self._actors(doc, other, offsets)
            gold = sorted(_spans(tags, letter))
            for first, last in gold:
                words = list(tokens[first:last])
                bucket = self._bucket(doc, letter, (first, last), gold, mine, theirs, tokens)
                self.spans[letter][bucket] += 1
                got = [a.text for _, a in mine]
                self.note(f"{letter} {bucket}", f"{marked}\n      got {got}")
                if bucket.startswith("found"):
                    state = self._state_bucket(words, (first, last), mine)
                    if state is not None:
                        self.states[letter][state] += 1
                        countries = [
                            (a.text, a.country) for s, a in mine if _overlaps(s, (first, last))
                        ]
                        self.note(f"{letter} state {state}", f"{marked}\n      got {countries}")
        self._main(doc, tags, offsets, marked)

    @staticmethod
    def _actors(
        doc: Document, role: str, offsets: list[tuple[int, int]]
    ) -> list[tuple[tuple[int, int], Actor]]:
        found = []
        for event in doc.events:
            for actor in getattr(event, role):
                span = _to_tokens(actor, offsets)
                if span is not None:
                    found.append((span, actor))
        return found

    def _bucket(
        self,
        doc: Document,
        letter: str,
        span: tuple[int, int],
        gold: list[tuple[int, int]],
        mine: list[tuple[tuple[int, int], Actor]],
        theirs: list[tuple[tuple[int, int], Actor]],
        tokens: tuple[str, ...],
    ) -> str:
        if not doc.events:
            return "no event"
        hits = [s for s, _ in mine if _overlaps(s, span)]
        if hits:
            return "found exact" if span in hits else "found boundary"
        after_by = span[0] > 0 and tokens[span[0] - 1].lower() == "by"
        if any(_overlaps(s, span) for s, _ in theirs):
            return "role swapped"
        if not mine:
            return "passive agent missed" if letter == "S" and after_by else "no mention"
        if letter == "S" and after_by:
            return "passive agent missed"
        stray = [s for s, _ in mine if not any(_overlaps(s, g) for g in gold)]
        for first, _last in stray:
            if first > 0 and tokens[first - 1].lower() in LOCATIVE:
                return "place taken"
            if letter == "S" and self._speaker(doc, first, tokens):
                return "speaker taken as source"
        return "other mention"

    @staticmethod
    def _speaker(doc: Document, first: int, tokens: tuple[str, ...]) -> bool:
        start = sum(len(t) + 1 for t in tokens[:first])
        token = next((t for t in doc.tokens if t.start <= start < t.end), None)
        while (
            token is not None and token.dep not in ("nsubj", "nsubjpass") and token.head != token.i
        ):
            token = doc.tokens[token.head]
        if token is None or token.head == token.i:
            return False
        return doc.tokens[token.head].lemma in SPEECH_VERBS

    def _state_bucket(
        self, words: list[str], span: tuple[int, int], mine: list[tuple[tuple[int, int], Actor]]
    ) -> str | None:
        countries = self.resources.countries
        named = list(
            dict.fromkeys(m.country.iso3 for m in countries.find(words_of(" ".join(words))))
        )
        if not named:
            return None
        got = {a.country for s, a in mine if _overlaps(s, span)}
        if _sponsored(words) and got & set(named) and not _sponsored(words[-1:]):
            return "sponsor"
        if len(named) > 1 and not set(named) <= got and got & set(named):
            return "coordination lost"
        if got & set(named):
            return "right"
        if not {c for c in got if c}:
            return "no country"
        return "wrong country"

    def _main(
        self, doc: Document, tags: tuple[str, ...], offsets: list[tuple[int, int]], marked: str
    ) -> None:
        event = main_event(doc.events)
        resolver = ActorResolver(
            self.resources.countries, self.resources.sectors, self.resources.actors
        )
        for letter, role in (("S", "sources"), ("T", "targets")):
            gold_codes: set[str] = set()
            for first, last in _spans(tags, letter):
                start, end = offsets[first][0], offsets[last - 1][1]
                mention = Actor(doc.text[start:end], start, end)
                for actor in resolver.resolve_in_document(
                    doc, mention, "source" if letter == "S" else "target"
                ):
                    code = predicted_code(actor, self.resources.actors)
                    if code:
                        gold_codes.add(code)
            if not gold_codes:
                continue
            predicted = list(getattr(event, role)) if event is not None else []
            codes = {c for c in (predicted_code(a, self.resources.actors) for a in predicted) if c}
            bucket = _country_bucket(event is not None, predicted, gold_codes, codes)
            self.main[letter][bucket] += 1
            if bucket in ("wrong country", "partly right"):
                texts = "|".join(a.text for a in predicted)
                self.note(
                    f"main {bucket}",
                    f"{letter} gold {sorted(gold_codes)} got {sorted(codes)} [{texts}] {marked}",
                )
            if bucket == "no mention" and event is not None:
                for first, last in _spans(tags, letter):
                    path = _path(doc, offsets[first][0], offsets[last - 1][1], event.trigger.start)
                    self.paths[letter][path] += 1
                    self.note(
                        f"path {letter} {path}",
                        f"{marked}\n      trigger {event.trigger.text} {event.type}",
                    )
            self.note(
                f"main {letter} {bucket}",
                f"{marked}\n      gold {sorted(gold_codes)} got {sorted(codes)} "
                f"{[a.text for a in predicted]}"
                + (f" from {event.trigger.text!r} {event.type}" if event is not None else ""),
            )

    def print_paths(self) -> None:
        print(
            "\nConfliBERT main event, role with no mention: path from the trigger to the gold head"
        )
        for letter, counts in self.paths.items():
            print(f"  {letter}: " + "; ".join(f"{k} {v}" for k, v in counts.most_common(25)))

    def print(self) -> None:
        for title, table in (
            ("ConfliBERT gold spans, by what the coder did", self.spans),
            ("ConfliBERT found spans naming a state", self.states),
            ("ConfliBERT main event: country of gold spans vs. predicted", self.main),
        ):
            print(f"\n{title}")
            for letter, counts in table.items():
                total = sum(counts.values())
                parts = ", ".join(f"{k} {v}" for k, v in counts.most_common())
                print(f"  {'source' if letter == 'S' else 'target'} ({total}): {parts}")


def _path(doc: Document, start: int, end: int, trigger_start: int) -> str:
    """Dependency labels from the trigger down to the gold span's head ("^" = up)."""
    inside = [t for t in doc.tokens if start <= t.start < end]
    indexes = {t.i for t in inside}
    heads = [t for t in inside if t.head not in indexes or t.head == t.i]
    trigger = next((t for t in doc.tokens if t.start == trigger_start), None)
    if not heads or trigger is None:
        return "?"
    up = [heads[0]]
    while up[-1].head != up[-1].i and len(up) < 12:
        up.append(doc.tokens[up[-1].head])
    down = [trigger]
    while down[-1].head != down[-1].i and len(down) < 12:
        down.append(doc.tokens[down[-1].head])
    common = next((t for t in up if t in down), None)
    if common is None:
        return "?"
    gold_side = [t.dep for t in up[: up.index(common)]]
    trig_side = ["^" + t.dep for t in down[: down.index(common)]]
    return ">".join([*trig_side, common.pos, *reversed(gold_side)])


def _country_bucket(
    found_event: bool, predicted: list[Actor], gold: set[str], got: set[str]
) -> str:
    if not found_event:
        return "no event"
    if gold == got:
        return "right"
    if not predicted:
        return "no mention"
    if not got:
        return "unresolved"
    if got & gold:
        return "partly right"
    return "wrong country"


def gsr_buckets(pipeline: Pipeline, resources: Resources, path: Path) -> None:
    """GSR counts only (the test set: no sentences printed)."""
    items = load_gsr(path)
    by_id = {i.id: i for i in items}
    counts = {"source": Counter[str](), "target": Counter[str]()}
    docs = (Document.from_text(i.text, id=i.id, date=_date(i.date)) for i in items)
    for doc in pipeline.pipe(docs):
        item = by_id[doc.id]
        event = main_event([e for e in doc.events if plover_type(e) == item.type])
        if event is None:
            continue
        for role, gold_actors, predicted in (
            ("source", item.sources, event.sources),
            ("target", item.targets, event.targets),
        ):
            gold = {c for c in (gold_code(a) for a in gold_actors) if c}
            if not gold:
                continue
            got = {c for c in (predicted_code(a, resources.actors) for a in predicted) if c}
            counts[role][_country_bucket(True, list(predicted), gold, got)] += 1
    print("\nPLOVER GSR (test set), events of the gold type: country buckets")
    for role, found in counts.items():
        total = sum(found.values())
        print(f"  {role} ({total}): " + ", ".join(f"{k} {v}" for k, v in found.most_common()))


def tagged_docs(sentences: Iterable[tuple[int, tuple[str, ...]]]) -> Iterable[Document]:
    for index, tokens in sentences:
        yield Document.from_text(" ".join(tokens), id=str(index))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--show", action="append", default=[], help="print a bucket's examples")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--max", type=int, default=40, help="examples per bucket shown")
    parser.add_argument("--no-gsr", action="store_true")
    args = parser.parse_args()
    resources = Resources.load()
    pipeline = Pipeline.default(resources)
    sentences = load_tagged(args.data / NER_PATH)[: args.limit]
    diagnosis = Diagnosis(resources)
    for doc in pipeline.pipe(tagged_docs(enumerate(s.tokens for s in sentences))):
        sentence = sentences[int(doc.id)]
        diagnosis.sentence(doc, sentence.tokens, sentence.tags)
    diagnosis.print()
    diagnosis.print_paths()
    if not args.no_gsr and (args.data / GSR_PATH).is_file():
        gsr_buckets(pipeline, resources, args.data / GSR_PATH)
    for bucket in args.show:
        print(f"\n== {bucket}")
        for example in diagnosis.examples.get(bucket, [])[: args.max]:
            print(f"  - {example}")


if __name__ == "__main__":
    main()
