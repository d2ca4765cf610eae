"""Named actors in the sentences the pre-filter left unparsed, found without the model.

With ``--prefilter`` a sentence that cannot hold a trigger has no tokens and no
entities (``flashpoint.coding.prefilter``), so a person or group named only there
would not be there for coreference ("Donald Trump said ... [skipped] ... He ordered
strikes").  :func:`unparsed_names` finds the actor table's names (people,
organisations, armed groups; not regions, and not states, which come from the
country table) in the raw text of those sentences; the ``actors`` stage offers them
as antecedents.  They never make events: the coder sees no tokens there.  The
helpers of reading such sentences (:func:`unparsed_sentences`,
:func:`written_in_lower_case`) also serve the places stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flashpoint.actors.countries import NOT_STATES, CountryTable
from flashpoint.actors.table import PLACE_KINDS, ActorTable, exact_key, fold
from flashpoint.model import Actor, Document, Sentence

#: A word as ``resolve.words_of`` reads it ("al-Assad", "U.N."), possessive kept.
_WORD = re.compile(r"\w(?:[\w'’\-]*\w)?(?:\.(?:\w\.)+)?|\w\.(?:\w\.)+")
_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_WORDS = re.compile(r"\b[a-z][a-z'-]+\b")


def unparsed_sentences(doc: Document) -> list[Sentence]:
    """The sentences the pre-filter left without tokens (blank ones aside)."""
    return [s for s in doc.sentences if s.first == s.last and s.text.strip()]


def lower_case_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case."""
    return set(_LOWER_WORDS.findall(text))


def written_in_lower_case(word: str, lowered: set[str]) -> bool:
    """Is ``word`` one the document also writes in lower case ("The", "Turkey" beside
    "turkey"), and not an abbreviation ("US")?"""
    return word.lower() in lowered and not (len(word) > 1 and word.isupper())


def unparsed_names(
    doc: Document, table: ActorTable, countries: CountryTable | None = None
) -> Iterator[Actor]:
    """The table's names in the sentences without tokens, as mentions (text and
    span only), leftmost-longest, in text order; with ``countries``, also the names,
    demonyms and capitals of states.

    A name must start on a capitalised word (short forms match as written, as in
    ``find_named``); a one-word name is not taken where the document also writes the
    word in lower case ("Hope" at the start of a sentence beside "hope"), and a name
    that only names a region is left out."""
    lowered: set[str] | None = None
    for sentence in unparsed_sentences(doc):
        spans = [(m.start(), m.end()) for m in _WORD.finditer(sentence.text)]
        if len(spans) < 2:
            continue
        words = [_POSSESSIVE.sub("", sentence.text[s:e]) or sentence.text[s:e] for s, e in spans]
        folded: list[str | None] = [None] * len(words)
        short = [exact_key(w) for w in words]
        position = 0
        while position < len(words):
            if not words[position][:1].isupper():
                position += 1
                continue
            size, ids = _longest_name(words, short, folded, position, table)
            state = _longest_state(words, position, countries) if countries else 0
            if size == 0 and state == 0:
                position += 1
                continue
            region = state <= size and all(table.entries[i].kind in PLACE_KINDS for i in ids)
            size = max(size, state)
            last = position + size - 1
            start = sentence.start + spans[position][0]
            end = sentence.start + spans[last][0] + len(words[last])
            position += size
            if region:
                continue  # "Darfur": a region, not an actor
            if size == 1:
                if lowered is None:
                    lowered = lower_case_words(doc.text)
                if written_in_lower_case(words[last], lowered):
                    continue
            yield Actor(doc.text[start:end], start, end)


def _longest_name(
    words: list[str],
    short: list[str],
    folded: list[str | None],
    position: int,
    table: ActorTable,
) -> tuple[int, tuple[str, ...]]:
    """How many words from ``position`` the longest name of the table covers (0 for
    none), and its ids."""
    for size in range(min(table.longest, len(words) - position), 0, -1):
        span = range(position, position + size)
        ids = table.exact.get(" ".join(short[position : position + size]))
        if not ids:
            for i in span:
                if folded[i] is None:
                    folded[i] = fold(words[i])
            ids = table.folded.get(" ".join(folded[i] or "" for i in span), ())
        if ids:
            return size, ids
    return 0, ()


def _longest_state(words: list[str], position: int, countries: CountryTable) -> int:
    """How many words from ``position`` the longest state name covers; 0 for none."""
    if " ".join(words[position : position + 2]).lower() in NOT_STATES:
        return 0
    for size in range(min(countries.longest, len(words) - position), 0, -1):
        if countries.lookup(" ".join(words[position : position + size])) is not None:
            return size
    return 0
