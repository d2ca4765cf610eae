"""Keeping the PLOVER GSR test set out of what we write or mine ourselves.

An example sentence is *close* to the GSR (``PLOVER_GSR_CAMEO.txt``) when it shares a
run of six words with a GSR sentence, has a ``token_sort_ratio`` of 80 or more with
one, or (for examples of eight words or more) a ``token_set_ratio`` of 80 or more
(rapidfuzz, lowercased).  Scripts that score or mine examples drop the close ones
before anything is coded and print only how many they dropped, so no GSR text is
ever shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from flashpoint.evaluation.gold import load_gsr

CLOSE_RATIO = 80
SHARED_RUN = 6


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}


@dataclass(frozen=True)
class GsrFilter:
    sentences: tuple[str, ...]
    shared_runs: frozenset[tuple[str, ...]]

    @classmethod
    def load(cls, path: Path) -> GsrFilter:
        """The filter for the GSR at ``path``; one that drops nothing if it is absent."""
        if not path.exists():
            return cls((), frozenset())
        sentences = tuple(" ".join(words_of(item.text)) for item in load_gsr(path))
        return cls(sentences, frozenset().union(*(runs(s.split()) for s in sentences)))

    def __call__(self, text: str) -> bool:
        """Whether ``text`` is close to a GSR sentence."""
        words = words_of(text)
        if runs(words) & self.shared_runs:
            return True
        lowered = " ".join(words)
        for sentence in self.sentences:
            if fuzz.token_sort_ratio(lowered, sentence) >= CLOSE_RATIO:
                return True
            if len(words) >= 8 and fuzz.token_set_ratio(lowered, sentence) >= CLOSE_RATIO:
                return True
        return False
