"""A lexical pre-filter: which sentences can hold an event, found before any parse.

The coder only codes a sentence with a trigger from the lexicon: a verb, an event
noun, a verb with its object or particle, a transfer verb with money or goods, or a
verb of saying with "must"/"should"/"have".  Before parsing, the words of a sentence
have no part of speech, so each word is given every lemma the model's own lemmatizer
rules and exception tables could give it; a sentence that has none of the lemmas a
trigger needs cannot be coded, and need not be parsed.

:func:`segments` cuts a text into sentences with a simple punctuation rule and groups
them into runs to parse (runs of candidate sentences) and sentences to skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from flashpoint.coding.demands import SPEECH_VERBS
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.readings import REFUSAL_READINGS
from flashpoint.coding.threats import OBLIGATION_AUX
from flashpoint.coding.triggers import AID_GOODS, CURRENCY_WORDS, TRANSFER_VERBS

WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A sentence ends at . ! or ? (and any closing quotes or brackets) before a space and
#: a capital, digit or opening quote, or at a blank line.
SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|\n[ \t]*\n\s*")
#: Words before a full stop that does not end a sentence.
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen"}
    | {"gov", "pres", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "rev", "hon"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"adm", "brig", "cmdr", "supt", "insp", "fr", "mt", "ft", "approx", "est", "dept", "al"}
)
MONEY_SIGNS = re.compile(r"[$€£¥]|\d")


@dataclass(frozen=True)
class Morphology:
    """The lemmatizer's suffix rules (``(ending, replacement)``) and irregular forms."""

    rules: tuple[tuple[str, str], ...] = ()
    exceptions: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class TriggerFilter:
    """Says whether a sentence's words could give the coder a trigger."""

    lexicon: Lexicon
    morphology: Morphology
    _lemmas: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        lex = self.lexicon
        self.alone = frozenset(lex.verbs) | frozenset(lex.nouns)
        self.pairs = (
            frozenset(lex.verb_obj)
            | frozenset(lex.verb_prt)
            | frozenset((verb, noun) for verb, _, noun in lex.verb_pobj)  # "put on alert"
        )
        # A verb read as another ("declined to release" as "refused to release")
        # takes that verb's pairs.
        self.pairs |= frozenset(
            (alias, arg)
            for alias, verb in REFUSAL_READINGS.items()
            for head, arg in self.pairs
            if head == verb
        )
        self.pair_heads = frozenset(head for head, _ in self.pairs)
        # An entity class for an object ("recognised Kosovo": GPE) is no word to find:
        # the verb alone may make a candidate.
        self.alone |= frozenset(head for head, arg in self.pairs if arg.isupper())

    def lemmas(self, word: str) -> frozenset[str]:
        """Every lemma the rules could give ``word`` (lower-cased), the word included."""
        found = self._lemmas.get(word)
        if found is None:
            lower = word.lower()
            options = {lower, *self.morphology.exceptions.get(lower, ())}
            for ending, replacement in self.morphology.rules:
                if lower.endswith(ending) and len(lower) > len(ending):
                    options.add(lower[: len(lower) - len(ending)] + replacement)
            found = self._lemmas[word] = frozenset(options)
        return found

    def candidate(self, sentence: str) -> bool:
        lemmas: set[str] = set()
        for word in WORD.findall(sentence):
            lemmas |= self.lemmas(word)
        if not lemmas.isdisjoint(self.alone):
            return True
        if not lemmas.isdisjoint(self.pair_heads) and any(
            head in lemmas and arg in lemmas for head, arg in self.pairs
        ):
            return True
        if not lemmas.isdisjoint(TRANSFER_VERBS) and (
            not lemmas.isdisjoint(AID_GOODS)
            or not lemmas.isdisjoint(CURRENCY_WORDS)
            or MONEY_SIGNS.search(sentence) is not None
        ):
            return True
        return not lemmas.isdisjoint(SPEECH_VERBS) and not lemmas.isdisjoint(
            OBLIGATION_AUX | {"have"}
        )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` by the punctuation rule."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last = before[-1].rstrip('.!?"”’)]').lower() if before else ""
        if match.group().strip() == "" and "\n" not in match.group() and _abbreviation(last):
            continue
        spans.append((start, match.start() + len(match.group(1) or "")))  # closing quotes
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


class Segment(NamedTuple):
    """A stretch of text: a run of sentences to parse, or one sentence to skip."""

    start: int
    end: int
    parse: bool


def segments(text: str, keep: TriggerFilter) -> list[Segment]:
    """Runs of candidate sentences to parse, and the other sentences, in text order.

    A run starts where its first sentence starts (the whitespace before it would
    otherwise open the parse with a space token) and holds the whitespace between its
    sentences."""
    found: list[Segment] = []
    for start, end in sentence_spans(text):
        if keep.candidate(text[start:end]):
            if found and found[-1].parse:
                found[-1] = Segment(found[-1].start, end, True)
            else:
                found.append(Segment(start, end, True))
        else:
            found.append(Segment(start, end, False))
    return found


def morphology_of(
    rules: Iterable[Sequence[str]], exceptions: Iterable[Mapping[str, Iterable[str]]]
) -> Morphology:
    """A :class:`Morphology` from a lemmatizer's rule and exception tables (all parts
    of speech pooled)."""
    pooled: dict[str, set[str]] = {}
    for table in exceptions:
        for form, lemmas in table.items():
            pooled.setdefault(form, set()).update(lemmas)
    return Morphology(
        rules=tuple((r[0], r[1]) for r in rules if r[0]),
        exceptions={form: frozenset(lemmas) for form, lemmas in pooled.items()},
    )
