"""The escalation index: how far a day stands above its own recent past.

Pure functions over plain numbers, so the arithmetic can be checked on hand-made series.
The index of day *t* is a z-score against the trailing window of the ``window`` days before
it (the day itself excluded)::

    z[t] = (x[t] - mean(x[t-window:t])) / max(std(x[t-window:t]), min_std)

``min_std`` keeps a quiet baseline (all zeros) from turning the first small event into an
infinite score: a dyad that was silent and suddenly sees a happening of intensity 10 scores
10 / min_std.  Days with fewer than ``min_history`` days of baseline get no index.
An alert is a day whose index reaches ``threshold`` with at least ``min_events`` happenings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from flashpoint.errors import UsageError


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    """The settings of the index and of its alerts."""

    window: int = 28
    """Days of baseline before the scored day."""
    min_history: int = 7
    """Days of baseline needed before a day is scored."""
    min_std: float = 1.0
    """Floor on the baseline's standard deviation (in Goldstein units)."""
    threshold: float = 3.0
    """An index at or above this raises an alert."""
    min_events: int = 1
    """An alert needs at least this many happenings on the day."""

    def __post_init__(self) -> None:
        if self.window < 1 or self.min_history < 1 or self.min_history > self.window:
            raise UsageError(
                f"the escalation window ({self.window}) must be at least 1 and at least "
                f"min_history ({self.min_history}), which must be at least 1"
            )
        if self.min_std <= 0:
            raise UsageError(f"min_std must be positive, not {self.min_std}")


DEFAULT_ESCALATION = EscalationPolicy()


def conflict_intensity(goldstein: float | None) -> float:
    """How much a happening adds to a day's conflict: minus its Goldstein value when that
    is negative (conflict), nothing for cooperation or an unknown value."""
    if goldstein is None or goldstein >= 0:
        return 0.0
    return -goldstein


def zscores(
    values: Sequence[float], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> list[float | None]:
    """The index of each day of a daily series (``None`` where the baseline is too short).

    Running sums keep it linear in the length of the series (every dyad of a large store
    is scored on each alerts request)."""
    scores: list[float | None] = []
    total = squares = 0.0
    for t, value in enumerate(values):
        size = min(t, policy.window)
        if size >= policy.min_history:
            mean = total / size
            variance = max(squares / size - mean * mean, 0.0)
            scores.append((value - mean) / max(math.sqrt(variance), policy.min_std))
        else:
            scores.append(None)
        total += value
        squares += value * value
        if t >= policy.window:
            dropped = values[t - policy.window]
            total -= dropped
            squares -= dropped * dropped
    return scores


def alert_days(
    scores: Sequence[float | None],
    counts: Sequence[int],
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> list[int]:
    """The positions of the days that raise an alert."""
    return [
        t
        for t, (score, count) in enumerate(zip(scores, counts, strict=True))
        if score is not None and score >= policy.threshold and count >= policy.min_events
    ]


def zscores_many(
    values: npt.NDArray[np.float64], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> npt.NDArray[np.float64]:
    """:func:`zscores` of many series at once, one per row of ``values`` (NaN where the
    baseline is too short).  The same arithmetic in the same order, day by day across
    every row, so each score equals the one :func:`zscores` gives."""
    rows, length = values.shape
    scores = np.full((rows, length), np.nan)
    total = np.zeros(rows)
    squares = np.zeros(rows)
    for t in range(length):
        value = values[:, t]
        size = min(t, policy.window)
        if size >= policy.min_history:
            mean = total / size
            variance = np.maximum(squares / size - mean * mean, 0.0)
            scores[:, t] = (value - mean) / np.maximum(np.sqrt(variance), policy.min_std)
        total += value
        squares += value * value
        if t >= policy.window:
            dropped = values[:, t - policy.window]
            total -= dropped
            squares -= dropped * dropped
    return scores
