"""Numbers attached to an event: "14 vessels", "nearly 5,000 volunteers", "$2 million"."""

from __future__ import annotations

import re

from flashpoint.coding.syntax import Parse
from flashpoint.model import Quantity, Token

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
CURRENCIES = {"dollar": "USD", "euro": "EUR", "pound": "GBP"}
_NUMBER = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


def parse_number(words: list[str]) -> float | None:
    """The value of a number written as tokens: ``["5,000"]``, ``["1.2", "million"]``."""
    value: float | None = None
    for word in words:
        lower = word.lower()
        if _NUMBER.match(lower):
            value = float(lower.replace(",", ""))
        elif lower in WORD_NUMBERS and value is None:
            value = float(WORD_NUMBERS[lower])
        elif lower in SCALES and value is not None:
            value *= SCALES[lower]
    return value


def _number_tokens(parse: Parse, num: Token) -> list[Token]:
    """The number and its compound parts ("1.2 million"), in text order."""
    parts = [num, *[t for t in parse.kids(num, "compound", "quantmod") if t.pos == "NUM"]]
    return sorted(parts, key=lambda t: t.i)


def quantity_of(parse: Parse, noun: Token, text: str) -> Quantity | None:
    """A quantity for ``noun`` when it has a numeric modifier."""
    for num in parse.kids(noun, "nummod"):
        if num.ent_type in ("DATE", "TIME", "ORDINAL"):
            continue
        parts = _number_tokens(parse, num)
        value = parse_number([t.text for t in parts])
        if value is None:
            continue
        modifiers = [t for t in parse.kids(num, "advmod", "quantmod") if t.pos != "NUM"]
        first = min([parts[0], *modifiers], key=lambda t: t.i)
        unit = CURRENCIES.get(noun.lemma, noun.text.lower())
        return Quantity(
            value=value,
            unit=unit,
            text=text[first.start : noun.end],
            start=first.start,
            end=noun.end,
        )
    return None


def quantities(parse: Parse, heads: list[Token], text: str) -> tuple[Quantity, ...]:
    """Quantities on the event's participants and on the nouns they govern."""
    found: list[Quantity] = []
    seen: set[int] = set()
    for head in heads:
        for token in [
            head,
            *[p for prep in parse.kids(head, "prep") for p in parse.kids(prep, "pobj")],
        ]:
            if token.i in seen:
                continue
            seen.add(token.i)
            quantity = quantity_of(parse, token, text)
            if quantity is not None:
                found.append(quantity)
    return tuple(found)
