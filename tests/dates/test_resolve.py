from __future__ import annotations

from datetime import date

import pytest

from flashpoint.dates import resolve_expression

PUBLISHED = date(2026, 2, 12)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Tuesday", date(2026, 2, 10)),
        ("on Thursday", date(2026, 2, 12)),
        ("Friday", date(2026, 2, 6)),
        ("yesterday", date(2026, 2, 11)),
        ("today", date(2026, 2, 12)),
        ("Feb. 6", date(2026, 2, 6)),
        ("February 10", date(2026, 2, 10)),
        ("10 February 2026", date(2026, 2, 10)),
        ("March 3, 2024", date(2024, 3, 3)),
        ("2025-12-31", date(2025, 12, 31)),
        ("December 28", date(2025, 12, 28)),
    ],
)
def test_days(expression: str, expected: date) -> None:
    resolved = resolve_expression(expression, PUBLISHED)
    assert resolved is not None and resolved.day == expected


def test_future_weekday_looks_ahead() -> None:
    resolved = resolve_expression("Monday", PUBLISHED, future=True)
    assert resolved is not None and resolved.day == date(2026, 2, 16)


def test_year_only() -> None:
    resolved = resolve_expression("1991", PUBLISHED)
    assert resolved is not None and resolved.day is None and resolved.year == 1991


@pytest.mark.parametrize("expression", ["recent weeks", "the past", "February 30"])
def test_vague_or_impossible_gives_none(expression: str) -> None:
    assert resolve_expression(expression, PUBLISHED) is None
