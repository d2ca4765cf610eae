"""Choosing a gazetteer entry for a mention: pure scoring functions.

A candidate's score is in units of "orders of magnitude of population": the
log of its population, plus a prior for its kind of feature, a penalty when it
matched only through an alternate name, and bonuses for agreeing with the rest
of the document (its country and first-level division mentioned or implied by
other places, a place named right after it, "Alexandria, Louisiana").  The best
candidate is chosen only when its score clears ``MIN_SCORE``: a far-away
namesake of a few hundred people is no answer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from flashpoint.geo.detect import Mention
from flashpoint.geo.gazetteer import ALTERNATE, Entry

K = TypeVar("K", bound=Hashable)

#: Prior by feature code (added to log10 population).
FEATURE_PRIOR = {
    "PCLI": 1.5,
    "PCLD": 0.5,
    "CONT": 1.0,
    "ADM1": -0.3,
    "ADM2": -1.5,
    "PPLC": 0.5,
}
#: Features from flashpoint's own table (seas, regions) carry no population.
FEATURE_BASE = 6.5
ALTERNATE_PENALTY = 2.0
#: When the text says "province"/"county", a division is meant; when it does not,
#: a city is likelier than the division of the same name.
DIVISION_SAID = 2.5
DIVISION_UNSAID = -0.8
COUNTRY_WEIGHT = 3.0
ADMIN1_WEIGHT = 2.0
NEARBY_BONUS = 1.0
NEARBY_KM = 150.0
QUALIFIED_BONUS = 5.0
MIN_SCORE = 3.2
#: How sharply the likelihood of a candidate falls with its score (1: in proportion
#: to population), and the least likelihood that still counts as context.
SHARPNESS = 1.0
POSTERIOR_FLOOR = 0.02


@dataclass
class Context:
    """What the rest of the document says about where it is.

    ``countries`` and ``admin1s`` are shares (0–1) of the document's resolved
    mentions in each state and (state, division); ``points`` are the coordinates
    of its resolved towns; ``qualifiers`` maps a mention's start to the entry that
    qualifies it ("Alexandria, Louisiana": Louisiana).
    """

    countries: dict[str, float] = field(default_factory=dict)
    admin1s: dict[tuple[str, str], float] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)
    qualifiers: dict[int, Entry] = field(default_factory=dict)
    point_weights: list[float] = field(default_factory=list)


def population_score(entry: Entry) -> float:
    if entry.population <= 0 and entry.feature_code not in ("PPL", "PPLC", "ADM1", "ADM2"):
        return FEATURE_BASE
    return math.log10(entry.population + 10)


def is_division(entry: Entry) -> bool:
    return entry.feature_code in ("ADM1", "ADM2")


def prior(mention: Mention, entry: Entry, rivals: bool = True) -> float:
    """How likely ``entry`` is for ``mention`` before looking at the document.

    An entry matched only through an alternate name loses to ``rivals`` matched by
    their own name; with none ("Baquba" for Baqubah) it loses less.
    """
    score = population_score(entry) + FEATURE_PRIOR.get(entry.feature_code, 0.0)
    if entry.kind == ALTERNATE:
        score -= ALTERNATE_PENALTY if rivals else ALTERNATE_PENALTY / 4
    if is_division(entry):
        score += DIVISION_SAID if mention.division else DIVISION_UNSAID
    if mention.country is not None:  # a demonym names its state and nothing else
        score += 10.0 if entry.country == mention.country and entry.feature_code == "PCLI" else -10
    return score


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def coherence(mention: Mention, entry: Entry, context: Context) -> float:
    """How well ``entry`` agrees with the rest of the document."""
    score = 0.0
    if entry.country is not None:
        score += COUNTRY_WEIGHT * context.countries.get(entry.country, 0.0)
        admin1 = entry.name if entry.feature_code == "ADM1" else entry.admin1
        if admin1 is not None:
            score += ADMIN1_WEIGHT * context.admin1s.get((entry.country, admin1), 0.0)
    if entry.feature_code.startswith("PPL") and context.points:
        score += NEARBY_BONUS * _nearby(entry, context)
    qualifier = context.qualifiers.get(mention.start)
    if qualifier is not None and _within(entry, qualifier):
        score += QUALIFIED_BONUS
    return score


def _nearby(entry: Entry, context: Context) -> float:
    """0–1: how much of the other places' weight lies within ``NEARBY_KM``."""
    weights = context.point_weights or [1.0] * len(context.points)
    near = 0.0
    degrees = NEARBY_KM / 111.0
    for (lat, lon), weight in zip(context.points, weights, strict=True):
        if (
            abs(lat - entry.lat) < degrees
            and distance_km(entry.lat, entry.lon, lat, lon) < NEARBY_KM
        ):
            near += weight
            if near >= 1.0:
                return 1.0
    return near


def _within(entry: Entry, container: Entry) -> bool:
    if container.feature_code in ("PCLI", "PCLD"):
        return entry.country == container.country
    if container.feature_code == "ADM1":
        return entry.country == container.country and entry.admin1 == container.name
    return False


def rank(
    mention: Mention, candidates: Iterable[Entry], context: Context | None = None
) -> list[tuple[float, Entry]]:
    """Candidates with their scores, best first."""
    options = list(candidates)
    rivals = any(e.kind != ALTERNATE for e in options)
    scored = [
        (prior(mention, e, rivals) + (coherence(mention, e, context) if context else 0.0), e)
        for e in options
    ]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].geonames_id))


def choose(ranked: Sequence[tuple[float, Entry]]) -> tuple[Entry, float] | None:
    """The best candidate and a 0–1 confidence, or None when none is good enough."""
    if not ranked or ranked[0][0] < MIN_SCORE:
        return None
    best = ranked[0][0]
    margin = best - ranked[1][0] if len(ranked) > 1 else 3.0
    confidence = 1 / (1 + math.exp(-(margin + (best - MIN_SCORE) / 2 - 1)))
    return ranked[0][1], round(confidence, 3)


def posterior(
    ranked: Sequence[tuple[float, Entry]], sharpness: float = SHARPNESS
) -> list[tuple[Entry, float]]:
    """How likely each candidate is, 0–1, from its score (in orders of magnitude):
    ``10 ** (sharpness * score)``, normalised.  Candidates under ``POSTERIOR_FLOOR``
    are dropped; a mention whose best score is under ``MIN_SCORE`` has none."""
    if not ranked or ranked[0][0] < MIN_SCORE:
        return []
    best = ranked[0][0]
    weights = [
        (entry, 10 ** (sharpness * (score - best)))
        for score, entry in ranked
        if score - best > -3.0 / sharpness
    ]
    total = sum(w for _, w in weights)
    return [(e, w / total) for e, w in weights if w / total >= POSTERIOR_FLOOR]


def build_context(
    likely: Iterable[Sequence[tuple[Entry, float]]], qualifiers: dict[int, Entry] | None = None
) -> Context:
    """The document's context from its other names: for each, its candidates
    weighted by how likely they are (``posterior``; a chosen entry alone has weight
    1), so that a name spread over twenty states ("Wayne") says little of where the
    document is, and a unique one ("Neligh") says much."""
    countries: dict[str, float] = defaultdict(float)
    admin1s: dict[tuple[str, str], float] = defaultdict(float)
    points: list[tuple[float, float]] = []
    weights: list[float] = []
    for options in likely:
        for entry, weight in options:
            if entry.country is None:
                continue
            # A state or division named outright says more than one implied by a town.
            named = entry.feature_code in ("PCLI", "PCLD")
            countries[entry.country] += weight * (1.0 if named else 0.5)
            admin1 = entry.name if entry.feature_code == "ADM1" else entry.admin1
            if admin1 is not None:
                share = 1.0 if entry.feature_code == "ADM1" else 0.5
                admin1s[(entry.country, admin1)] += weight * share
            if entry.feature_code.startswith("PPL") or entry.feature_code == "ADM2":
                points.append((entry.lat, entry.lon))
                weights.append(weight)
    return Context(
        countries=_support(countries),
        admin1s=_support(admin1s),
        points=points,
        qualifiers=qualifiers or {},
        point_weights=weights,
    )


def _support(counts: Mapping[K, float]) -> dict[K, float]:
    """0–1: half for being mentioned at all (saturating), half for the share of mentions."""
    total = sum(counts.values()) or 1.0
    return {k: 0.5 * min(1.0, v) + 0.5 * v / total for k, v in counts.items()}
