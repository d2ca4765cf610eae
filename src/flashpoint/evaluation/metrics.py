"""Precision, recall and F1 tables shared by the evaluation suites."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class LabelScores:
    """Per-label true positives, false positives and false negatives."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[str], predicted: Iterable[str]) -> None:
        """Score one item: sets of gold and predicted labels."""
        gold_set, predicted_set = set(gold), set(predicted)
        for label in gold_set & predicted_set:
            self.tp[label] += 1
        for label in predicted_set - gold_set:
            self.fp[label] += 1
        for label in gold_set - predicted_set:
            self.fn[label] += 1

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def micro(self) -> tuple[float, float, float]:
        return prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def label(self, name: str) -> tuple[float, float, float]:
        return prf(self.tp[name], self.fp[name], self.fn[name])

    def print_table(self, out: TextIO, labels: Iterable[str] | None = None) -> None:
        print(f"  {'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}", file=out)
        for name in labels if labels is not None else self.labels():
            p, r, f = self.label(name)
            gold = self.tp[name] + self.fn[name]
            pred = self.tp[name] + self.fp[name]
            print(f"  {name:<12}{p:>7.3f}{r:>7.3f}{f:>7.3f}{gold:>7}{pred:>7}", file=out)
        p, r, f = self.micro()
        print(f"  {'micro':<12}{p:>7.3f}{r:>7.3f}{f:>7.3f}", file=out)
