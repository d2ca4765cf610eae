"""The escalation index: how far a day stands above its own recent past.

Pure functions over plain numbers, so the arithmetic can be checked on hand-made series.
Two methods, chosen by :attr:`EscalationPolicy.method`:

``zscore`` (the default): the index of day *t* is a z-score against the trailing window of
the ``window`` days before it (the day itself excluded)::

    z[t] = (x[t] - mean(x[t-window:t])) / max(std(x[t-window:t]), min_std)

``min_std`` keeps a quiet baseline (all zeros) from turning the first small event into an
infinite score: a dyad that was silent and suddenly sees a happening of intensity 10 scores
10 / min_std.  Days with fewer than ``min_history`` days of baseline get no index.

``cusum``: a one-sided (upper) CUSUM of the same z-scores, which adds up a run of days
each somewhat above baseline rather than waiting for one day far above it::

    S[t] = max(0, S[t-1] + z[t] - slack)

``slack`` (the allowance *k*, in baseline standard deviations) is how far above the
baseline a day must be to add anything.  A day whose sum reaches the threshold *h*
signals, and the sum starts again from zero the day after (so a sustained rise signals
again once it has accumulated anew, not every day).

An alert is a day whose index reaches ``threshold`` with at least ``min_events`` happenings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import numpy.typing as npt

from flashpoint.errors import UsageError

Method = Literal["zscore", "cusum"]
METHODS: tuple[str, ...] = get_args(Method)
DEFAULT_THRESHOLDS: dict[str, float] = {"zscore": 3.0, "cusum": 5.0}
"""The alert level of each method when none is given: 3 standard deviations above the
baseline in a day, or 5 accumulated over consecutive days (beyond the slack)."""


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    """The settings of the index and of its alerts."""

    window: int = 28
    """Days of baseline before the scored day."""
    min_history: int = 7
    """Days of baseline needed before a day is scored."""
    min_std: float = 1.0
    """Floor on the baseline's standard deviation (in Goldstein units)."""
    threshold: float | None = None
    """An index at or above this raises an alert; ``None``: the method's default
    (:data:`DEFAULT_THRESHOLDS`)."""
    min_events: int = 1
    """An alert needs at least this many happenings on the day."""
    method: Method = "zscore"
    """``zscore`` or ``cusum``."""
    slack: float = 0.5
    """CUSUM only: the allowance *k* subtracted from each day's z-score."""

    def __post_init__(self) -> None:
        if self.window < 1 or self.min_history < 1 or self.min_history > self.window:
            raise UsageError(
                f"the escalation window ({self.window}) must be at least 1 and at least "
                f"min_history ({self.min_history}), which must be at least 1"
            )
        if self.min_std <= 0:
            raise UsageError(f"min_std must be positive, not {self.min_std}")
        if self.method not in METHODS:
            raise UsageError(f"{self.method!r} is not an escalation method ({', '.join(METHODS)})")
        if self.slack < 0:
            raise UsageError(f"the CUSUM slack must not be negative, not {self.slack}")

    @property
    def level(self) -> float:
        """The alert threshold in force."""
        return DEFAULT_THRESHOLDS[self.method] if self.threshold is None else self.threshold


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
        if score is not None and score >= policy.level and count >= policy.min_events
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


def cusum(
    values: Sequence[float], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> list[float | None]:
    """The upper CUSUM of each day's z-score (``None`` where the baseline is too short),
    restarting from zero after each day that reaches ``policy.level``."""
    scores: list[float | None] = []
    total = 0.0
    for z in zscores(values, policy):
        if z is None:
            scores.append(None)
            continue
        total = total + z - policy.slack
        if total < 0:
            total = 0.0
        scores.append(total)
        if total >= policy.level:
            total = 0.0
    return scores


def cusum_many(
    values: npt.NDArray[np.float64], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> npt.NDArray[np.float64]:
    """:func:`cusum` of many series at once, one per row (NaN where the baseline is too
    short), with the same arithmetic in the same order."""
    z = zscores_many(values, policy)
    scores = np.full(z.shape, np.nan)
    total = np.zeros(z.shape[0])
    for t in range(z.shape[1]):
        day = z[:, t]
        known = ~np.isnan(day)
        total = np.where(known, total + np.where(known, day, 0.0) - policy.slack, total)
        total = np.where(total < 0, 0.0, total)
        scores[:, t] = np.where(known, total, np.nan)
        total = np.where(total >= policy.level, 0.0, total)
    return scores


def escalation(
    values: Sequence[float], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> list[float | None]:
    """The index of each day by the policy's method."""
    return cusum(values, policy) if policy.method == "cusum" else zscores(values, policy)


def escalation_many(
    values: npt.NDArray[np.float64], policy: EscalationPolicy = DEFAULT_ESCALATION
) -> npt.NDArray[np.float64]:
    """:func:`escalation` of many series at once, one per row."""
    if policy.method == "cusum":
        return cusum_many(values, policy)
    return zscores_many(values, policy)
