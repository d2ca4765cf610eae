"""The escalation index on hand-made series."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.errors import UsageError
from flashpoint.monitor import EscalationPolicy, alert_days, conflict_intensity, zscores


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
