"""A wire story's dateline says where it was filed, not who acted.

A lead such as "ANKARA, March 3 (Reuters) - Turkey said ..." opens with the city the
story was filed from, perhaps its state or region, the date and the agency's tag, then
a dash. The parser often makes the city part of the subject ("ANKARA ... Turkey"), or
the agency an actor (Reuters is British), so the actors stage leaves out what lies in
the dateline and keeps the rest of a mention that starts in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashpoint.model import Actor

_CITY = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"
_REGION = r"(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)?"
_DATE = r", [A-Z][a-z]{2,8}\.? \d{1,2}"
_AGENCY = r" ?\([A-Z][\w .&/-]{0,24}\)"
#: City in capitals, its region, then a date, an agency's tag or both, then a dash.
DATELINE = re.compile(rf"\s*{_CITY}{_REGION}(?:{_DATE}(?:{_AGENCY})?|{_AGENCY})\s*(?:--?|–|—)\s*")


def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends (0 without one): "CAIRO, May 2
    (AP) -- Egypt said" → the offset of "Egypt"."""
    found = DATELINE.match(text)
    return found.end() if found else 0


def after_dateline(actor: Actor, end: int, text: str) -> Actor | None:
    """``actor`` without the words of a dateline ending at ``end``: None if it lies
    inside ("TEHRAN"), the rest if it starts there ("BANGKOK, Jan 13 (Reuters) -
    Protesters" → "Protesters"), else unchanged."""
    if actor.start >= end:
        return actor
    if actor.end <= end:
        return None
    return replace(actor, text=text[end : actor.end], start=end)
