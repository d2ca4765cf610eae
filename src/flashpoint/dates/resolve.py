"""The ``dates`` stage: when each event happened.

``resolve_expression`` turns a date expression ("on Tuesday", "Feb. 10",
"10 February 2026", "yesterday", "in 1991") into a day (or just a year)
relative to the publication date; it is pure and knows nothing of documents.
An event takes the date expression of its sentence nearest its trigger, else
the publication date.  An asserted event dated more than a year before
publication becomes ``historical``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from flashpoint.model import Document, Entity, Event

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
HISTORICAL_AFTER = timedelta(days=365)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved expression: a day, or only a year ("in 1991")."""

    day: date | None
    year: int | None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: str | None, published: date) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    found = _safe_date(published.year, month, day)
    if found is not None and found > published + timedelta(days=31):
        found = _safe_date(published.year - 1, month, day)
    return found


def resolve_expression(expression: str, published: date, future: bool = False) -> Resolved | None:
    """The day (or year) an expression names, relative to ``published``; None if vague."""
    text = expression.lower().strip()
    if match := _ISO.search(text):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        return Resolved(day, day.year) if day else None
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        for match in pattern.finditer(text):
            day_text, month_text = (match[1], match[2]) if order == "dm" else (match[2], match[1])
            month = MONTHS.get(month_text)
            if month is not None:
                day = _month_day(month, int(day_text), match[3], published)
                if day is not None:
                    return Resolved(day, day.year)
    for word, shift in RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text):
            day = published + timedelta(days=shift)
            return Resolved(day, day.year)
    for number, weekday in enumerate(WEEKDAYS):
        if re.search(rf"\b{weekday}\b", text):
            if future or text.startswith("next"):
                ahead = (number - published.weekday()) % 7 or 7
                return Resolved(published + timedelta(days=ahead), None)
            back = (published.weekday() - number) % 7
            day = published - timedelta(days=back)
            return Resolved(day, day.year)
    if match := _YEAR.search(text):
        return Resolved(None, int(match[1]))
    return None


def _nearest(entities: list[Entity], offset: int) -> list[Entity]:
    return sorted(entities, key=lambda e: abs(e.start - offset))


def date_event(event: Event, dates: list[Entity], published: date | None) -> Event:
    """``event`` with its date (ISO day) and, if long past, historical modality."""
    if published is None:
        return event
    in_sentence = [e for e in dates if event.sentence.start <= e.start < event.sentence.end]
    resolved: Resolved | None = None
    for entity in _nearest(in_sentence, event.trigger.start):
        resolved = resolve_expression(entity.text, published, future=event.modality == "future")
        if resolved is not None:
            break
    day = resolved.day if resolved else None
    when = day.isoformat() if day else (None if resolved else published.isoformat())
    modality = event.modality
    if modality == "asserted" and resolved is not None:
        long_ago = (day is not None and published - day > HISTORICAL_AFTER) or (
            day is None and resolved.year is not None and resolved.year < published.year - 1
        )
        modality = "historical" if long_ago else modality
    return replace(event, date=when, modality=modality)


class DateResolver:
    """The ``dates`` stage."""

    name = "dates"

    def __call__(self, doc: Document) -> Document:
        dates = [e for e in doc.entities if e.label == "DATE"]
        doc.events = [date_event(e, dates, doc.date) for e in doc.events]
        return doc
