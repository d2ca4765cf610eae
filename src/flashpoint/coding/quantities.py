"""Numbers attached to an event: "14 vessels", "nearly 5,000 volunteers", "$2 million"."""

from __future__ import annotations

import re
from dataclasses import replace

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


#: Words before a number that say how exact it is: "nearly", "at least", "more than".
QUALIFIER_WORDS = frozenset(
    {
        "nearly",
        "almost",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "over",
        "more",
        "fewer",
        "less",
        "than",
        "at",
        "least",
        "most",
        "up",
        "to",
        "as",
        "many",
        "just",
        "only",
        "under",
        "close",
        "estimated",
        "an",
    }
)
#: What a trigger did to what it counts: "killed 10 civilians".
OUTCOMES = {
    "kill": "killed",
    "wound": "injured",
    "injure": "injured",
    "hurt": "injured",
    "arrest": "arrested",
    "detain": "detained",
    "displace": "displaced",
    "abduct": "abducted",
    "kidnap": "abducted",
    "evacuate": "evacuated",
    "expel": "expelled",
    "deport": "deported",
    "release": "released",
}
PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _qualifier(parse: Parse, first: Token) -> list[Token]:
    """The qualifier words right before a number, in order ("At least")."""
    words: list[Token] = []
    index = first.i - 1
    while index in parse.tokens and parse.tokens[index].text.lower() in QUALIFIER_WORDS:
        words.insert(0, parse.tokens[index])
        index -= 1
    return words


def _quantity(
    parse: Parse, number: list[Token], noun: Token | None, unit: str, text: str
) -> Quantity | None:
    value = parse_number([t.text for t in number])
    if value is None:
        return None
    qualifier = _qualifier(parse, number[0])
    first = qualifier[0] if qualifier else number[0]
    last = noun if noun is not None and noun.i > number[-1].i else number[-1]
    return Quantity(
        value=value,
        unit=unit,
        text=text[first.start : last.end],
        start=first.start,
        end=last.end,
        qualifier=" ".join(t.text.lower() for t in qualifier) or None,
    )


def quantity_of(parse: Parse, noun: Token, text: str) -> Quantity | None:
    """A quantity for ``noun`` when it has a numeric modifier."""
    for num in parse.kids(noun, "nummod"):
        if num.ent_type in ("DATE", "TIME", "ORDINAL"):
            continue
        unit = CURRENCIES.get(noun.lemma, noun.text.lower())
        found = _quantity(parse, _number_tokens(parse, num), noun, unit, text)
        if found is not None:
            return found
    return None


def _outcome(parse: Parse, trigger: Token, counted: Token) -> str | None:
    """What the trigger did to the counted participant, if it is its patient."""
    if counted.dep in PATIENT_DEPS and parse.head(counted) is trigger:
        return OUTCOMES.get(trigger.lemma)
    if counted.pos == "NUM" and parse.head(counted) is trigger:
        return OUTCOMES.get(trigger.lemma)  # "45 injured"
    return None


def quantities(parse: Parse, trigger: Token, heads: list[Token], text: str) -> tuple[Quantity, ...]:
    """Quantities on the event's participants and on the nouns they govern;
    a bare number standing as a participant ("killed and 45 injured") takes the
    unit of the participant it is coordinated with."""
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
                found.append(replace(quantity, kind=_outcome(parse, trigger, token)))
    for number in parse.kids(trigger, "nsubj", "nsubjpass", "dobj"):
        unit = _sibling_unit(parse, trigger)
        if number.pos == "NUM" and number.i not in seen and unit is not None:
            quantity = _quantity(parse, _number_tokens(parse, number), None, unit, text)
            if quantity is not None:
                found.append(replace(quantity, kind=_outcome(parse, trigger, number)))
    return tuple(found)


def _sibling_unit(parse: Parse, trigger: Token) -> str | None:
    """The counted noun of the verb this one is coordinated with."""
    head = parse.head(trigger)
    if head is None or trigger.dep != "conj":
        return None
    for noun in parse.kids(head, "nsubj", "nsubjpass", "dobj"):
        if parse.kids(noun, "nummod"):
            return noun.text.lower()
    return None


#: Count nouns whose plural numbers the many by itself ("millions of refugees").
MILLIONS_NOUNS = frozenset({"million"})
#: Count nouns that number the many as the "of" phrase of another ("tens of thousands",
#: "hundreds of thousands").
MULTIPLIED_NOUNS = frozenset({"thousand", "million"})
#: How many people make a forced removal a mass one: a whole population, not a
#: round-up of some thousands of migrant workers.
MASS_COUNT = 10_000


def counts_a_population(parse: Parse, noun: Token) -> bool:
    """Does the noun count people by the tens of thousands or more: "tens of thousands
    of villagers", "hundreds of thousands of migrants", "more than 700,000 Rohingya",
    "millions"?  "Thousands of workers" and "1,200 migrants" do not."""
    if noun.lemma in MILLIONS_NOUNS:
        return True
    if any(w.lemma in MULTIPLIED_NOUNS for w in parse.of_phrase(noun)):
        return True
    if noun.lemma in MULTIPLIED_NOUNS and parse.kids(noun, "quantmod", "nummod"):
        return True  # "tens of thousands" parsed with "tens" a modifier of "thousands"
    for num in parse.kids(noun, "nummod"):
        value = parse_number([t.text for t in _number_tokens(parse, num)])
        if value is not None and value >= MASS_COUNT and num.ent_type not in ("DATE", "TIME"):
            return True
    return False
