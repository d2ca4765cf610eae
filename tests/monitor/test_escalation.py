"""The escalation index on hand-made series."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.errors import UsageError
from flashpoint.monitor import (
    METHODS,
    EscalationPolicy,
    Method,
    alert_days,
    conflict_intensity,
    cusum,
    escalation,
    zscores,
)
from flashpoint.monitor.escalation import escalation_many


def test_a_rise_against_a_varied_baseline() -> None:
    # Baseline 1..7: mean 4, population std 2; a day of 11 is 3.5 deviations above.
    policy = EscalationPolicy(window=7, min_history=7)
    scores = zscores([1, 2, 3, 4, 5, 6, 7, 11], policy)
    assert scores[:7] == [None] * 7
    assert scores[7] == pytest.approx(3.5)


def test_the_window_trails_and_excludes_the_day() -> None:
    policy = EscalationPolicy(window=3, min_history=3)
    # Day 4's baseline is days 1-3 (5, 5, 5), not day 0 (100) nor itself.
    scores = zscores([100, 5, 5, 5, 8], policy)
    assert scores[3] == pytest.approx((5 - 35) / 42.426, rel=1e-3)
    assert scores[4] == pytest.approx(3.0)  # std 0, floored at min_std 1.0


def test_a_quiet_baseline_uses_the_floor() -> None:
    policy = EscalationPolicy(window=5, min_history=2, min_std=2.0)
    assert zscores([0, 0, 0, 10], policy) == [None, None, 0.0, 5.0]


def test_alerts_need_the_threshold_and_enough_happenings() -> None:
    policy = EscalationPolicy(window=3, min_history=2, threshold=3.0, min_events=2)
    scores = [None, None, 4.0, 2.9, 3.0, 8.0]
    counts = [0, 0, 2, 5, 3, 1]
    assert alert_days(scores, counts, policy) == [2, 4]


def test_conflict_intensity_counts_only_conflict() -> None:
    assert conflict_intensity(-8.0) == 8.0
    assert conflict_intensity(7.4) == 0.0
    assert conflict_intensity(None) == 0.0


def test_bad_policies_are_refused() -> None:
    with pytest.raises(UsageError):
        EscalationPolicy(window=3, min_history=5)
    with pytest.raises(UsageError):
        EscalationPolicy(min_std=0)


def naive(values: list[float], policy: EscalationPolicy) -> list[float | None]:
    out: list[float | None] = []
    for t, value in enumerate(values):
        base = values[max(0, t - policy.window) : t]
        if len(base) < policy.min_history:
            out.append(None)
            continue
        mean = sum(base) / len(base)
        std = (sum((v - mean) ** 2 for v in base) / len(base)) ** 0.5
        out.append((value - mean) / max(std, policy.min_std))
    return out


@given(
    st.lists(st.floats(0, 200, allow_nan=False), max_size=60),
    st.integers(1, 10),
    st.integers(1, 10),
)
def test_running_sums_match_the_definition(values: list[float], window: int, history: int) -> None:
    policy = EscalationPolicy(window=max(window, history), min_history=history)
    for fast, slow in zip(zscores(values, policy), naive(values, policy), strict=True):
        assert (fast is None) == (slow is None)
        if fast is not None and slow is not None:
            assert fast == pytest.approx(slow, abs=1e-6)


def naive_cusum(values: list[float], policy: EscalationPolicy) -> list[float | None]:
    """The CUSUM by its definition, over the definition's z-scores."""
    out: list[float | None] = []
    total = 0.0
    for z in naive(values, policy):
        if z is None:
            out.append(None)
            continue
        total = max(0.0, total + z - policy.slack)
        out.append(total)
        if total >= policy.level:
            total = 0.0
    return out


def test_a_step_change_raises_a_cusum_alert_but_no_zscore_alert() -> None:
    # Quiet, then a sustained rise of 2.5 (the floor's standard deviations) a day: never
    # 3 deviations above the baseline in one day, but it adds up.
    values = [0.0] * 20 + [2.5] * 10
    counts = [0] * 20 + [1] * 10
    zscore = EscalationPolicy()
    assert alert_days(zscores(values, zscore), counts, zscore) == []
    policy = EscalationPolicy(method="cusum")
    scores = cusum(values, policy)
    assert scores[19] == 0.0
    assert scores[20] == pytest.approx(2.0)  # z 2.5 less the slack 0.5
    first = alert_days(scores, counts, policy)[0]
    assert first == 22  # 2.0, then about 3.9, then about 5.7 >= 5
    assert escalation(values, policy) == scores


def test_a_flat_series_raises_no_cusum_alert() -> None:
    policy = EscalationPolicy(method="cusum", window=7, min_history=3)
    for level in (0.0, 4.0):
        values = [level] * 40
        scores = cusum(values, policy)
        assert scores[:3] == [None] * 3
        assert all(s == 0.0 for s in scores[3:])
        assert alert_days(scores, [1] * 40, policy) == []


def test_the_cusum_starts_again_after_a_signal() -> None:
    policy = EscalationPolicy(method="cusum", window=28, min_history=5)
    values = [0.0] * 5 + [10.0, 10.0]
    z = zscores(values, policy)
    scores = cusum(values, policy)
    assert scores[5] == pytest.approx(9.5)  # signals (>= 5)
    assert z[6] is not None
    assert scores[6] == pytest.approx(z[6] - 0.5)  # from zero again, not from 9.5


def test_the_method_sets_the_default_threshold() -> None:
    assert EscalationPolicy().level == 3.0
    assert EscalationPolicy(method="cusum").level == 5.0
    assert EscalationPolicy(method="cusum", threshold=2.0).level == 2.0
    with pytest.raises(UsageError):
        EscalationPolicy(method="ewma")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        EscalationPolicy(method="cusum", slack=-1)


@given(
    st.lists(st.floats(0, 200, allow_nan=False), max_size=60),
    st.integers(1, 10),
    st.integers(1, 10),
    st.floats(0, 2),
    st.floats(0.5, 8),
)
def test_the_cusum_matches_its_definition(
    values: list[float], window: int, history: int, slack: float, threshold: float
) -> None:
    policy = EscalationPolicy(
        window=max(window, history),
        min_history=history,
        method="cusum",
        slack=slack,
        threshold=threshold,
    )
    for fast, slow in zip(cusum(values, policy), naive_cusum(values, policy), strict=True):
        assert (fast is None) == (slow is None)
        if fast is not None and slow is not None:
            assert fast == pytest.approx(slow, abs=1e-6)


@given(
    st.lists(st.lists(st.floats(0, 50, allow_nan=False), min_size=30, max_size=30), min_size=1,
             max_size=5),
    st.sampled_from(METHODS),
)  # fmt: skip
def test_many_series_at_once_score_as_each_alone(rows: list[list[float]], method: Method) -> None:
    policy = EscalationPolicy(window=10, min_history=3, method=method)
    many = escalation_many(np.array(rows, dtype=np.float64), policy)
    for values, scores in zip(rows, many.tolist(), strict=True):
        one = escalation(values, policy)
        assert [None if math.isnan(s) else s for s in scores] == one  # the very same bits
