"""One event from many reports: deciding which coded events describe the same happening.

Pure functions over :class:`Report` records (an :class:`~flashpoint.model.Event` with
what the store knows of its document); no database here.

Two reports describe the same happening (:func:`same_happening`) when they have

- the same PLOVER type, and modes that do not disagree;
- compatible modalities (an attack that happened is not the same as one threatened);
- compatible actors on each side: an unknown side is compatible with anything, resolved
  actors must share an id or country, unresolved mentions must share a content word;
- the same place or region (same GeoNames entry, same first-level division, a country
  and a place inside it, or within ``policy.max_km``), or no location on one side;
- dates within ``policy.window_days`` (an undated event takes its publication date);
- similar evidence: the Jaccard similarity of the content words of their sentences, less
  the words naming the place and the date, reaches ``policy.min_evidence`` (or the lower
  ``policy.min_evidence_resolved`` when both sides name the same resolved actors).

:func:`assign_clusters` puts each new report into the cluster of its most similar
matching report seen before it, or into a new cluster named after itself, so merging
is incremental and depends only on the order reports arrive in.  :func:`summarise` gives a
cluster's GDELT-style counts, its first and last report and its best-attested date and
location.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from flashpoint.model import Actor, Event, Place

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my near no nor not now of off on once only or other our ours out over own same
she should so some such than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would you your said says say told according officials official monday tuesday wednesday
thursday friday saturday sunday today yesterday tonight week january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec early late morning evening night
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_SAME_MODALITY = {"asserted": "happened", "historical": "happened"}


@dataclass(frozen=True, slots=True)
class MergePolicy:
    """The thresholds of :func:`same_happening`."""

    window_days: int = 2
    min_evidence: float = 0.2
    min_evidence_resolved: float = 0.1
    max_km: float = 50.0


DEFAULT_POLICY = MergePolicy()


@dataclass(frozen=True, slots=True)
class Report:
    """An event as one document reported it: the event and what merging needs of its document.

    ``key`` is unique in the store; ``doc`` is the document's content hash; ``outlet``
    who published it (its source, else its web host, else the document itself);
    ``citation`` where to read it (its URL, else where it was read from).
    """

    key: str
    event: Event
    doc: str
    outlet: str
    published: date | None = None
    citation: str | None = None
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    day: date | None = field(init=False, repr=False, compare=False)
    """The day it happened: the event's date, else the publication date when the event
    has no date at all (a date known only to the year gives no day)."""

    def __post_init__(self) -> None:
        # Computed once: every comparison of this report needs them.
        object.__setattr__(self, "words", evidence_words(self.event))
        day = self.published if self.event.date is None else parse_day(self.event.date)
        object.__setattr__(self, "day", day)


def parse_day(value: str | None) -> date | None:
    """``YYYY-MM-DD`` as a date; ``None`` for anything coarser (``1991``) or missing."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# --- the decision --------------------------------------------------------------------


def same_happening(a: Report, b: Report, policy: MergePolicy = DEFAULT_POLICY) -> bool:
    """Whether ``a`` and ``b`` report the same happening (see the module docstring)."""
    return match_score(a, b, policy) is not None


def match_score(a: Report, b: Report, policy: MergePolicy = DEFAULT_POLICY) -> float | None:
    """The evidence similarity of two reports of the same happening; ``None`` when they
    describe different happenings."""
    ea, eb = a.event, b.event
    # Cheapest tests first: this runs for every pair of candidate reports.
    if ea.type != eb.type or (ea.mode and eb.mode and ea.mode != eb.mode):
        return None
    if not days_compatible(a.day, b.day, policy.window_days):
        return None
    if _modality_class(ea) != _modality_class(eb):
        return None
    if not places_compatible(ea.location, eb.location, policy.max_km):
        return None
    if not actors_compatible(ea.sources, eb.sources):
        return None
    if not actors_compatible(ea.targets, eb.targets):
        return None
    score = jaccard(a.words, b.words)
    resolved = _resolved_match(ea.sources, eb.sources) and _resolved_match(ea.targets, eb.targets)
    needed = policy.min_evidence_resolved if resolved else policy.min_evidence
    return score if score >= needed else None


def _modality_class(event: Event) -> str:
    return _SAME_MODALITY.get(event.modality, event.modality)


def days_compatible(a: date | None, b: date | None, window_days: int) -> bool:
    """Unknown days are compatible with any; known ones must be within the window."""
    return a is None or b is None or abs((a - b).days) <= window_days


# --- actors ------------------------------------------------------------------------------


def actor_key(actor: Actor) -> str | None:
    """What identifies a resolved actor (its id, else its country); ``None`` if unresolved."""
    return actor.id or actor.country


def actor_words(actor: Actor) -> frozenset[str]:
    """The content words of an actor's mention and name ("the two soldiers" -> soldier)."""
    return content_words(f"{actor.text} {actor.name or ''}")


def actors_compatible(a: Sequence[Actor], b: Sequence[Actor]) -> bool:
    """An empty side is unknown and compatible; otherwise some actor must match."""
    if not a or not b:
        return True
    return any(_actor_match(x, y) for x in a for y in b)


def _actor_match(x: Actor, y: Actor) -> bool:
    kx, ky = actor_key(x), actor_key(y)
    if kx is not None and ky is not None:
        return kx == ky or (x.country is not None and x.country == y.country)
    return bool(actor_words(x) & actor_words(y))


def _resolved_match(a: Sequence[Actor], b: Sequence[Actor]) -> bool:
    ka = {k for k in map(actor_key, a) if k}
    kb = {k for k in map(actor_key, b) if k}
    return bool(ka & kb)


# --- places ----------------------------------------------------------------------------


def is_country_level(place: Place) -> bool:
    return (place.feature_code or "").startswith("PCL")


def places_compatible(a: Place | None, b: Place | None, max_km: float) -> bool:
    """Same place or region; an unknown location is compatible with any."""
    if a is None or b is None:
        return True
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.country and b.country:
        if a.country != b.country:
            return False
        if is_country_level(a) or is_country_level(b):
            return True
        if a.admin1 and a.admin1 == b.admin1:
            return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return distance_km(a, b) <= max_km
    if a.geonames_id is None and b.geonames_id is None:
        return content_words(a.name or a.text) == content_words(b.name or b.text)
    return False


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places that have coordinates."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lb - la, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --- evidence --------------------------------------------------------------------------


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words without stop words, numbers kept, a plural ``s`` dropped."""
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def evidence_words(event: Event) -> frozenset[str]:
    """The words of an event's sentence that say what happened: without the words of its
    location, which every report of any event there shares."""
    words = content_words(event.sentence.text)
    if event.location is not None:
        words -= content_words(f"{event.location.text} {event.location.name or ''}")
    return words


def evidence_similarity(a: Event, b: Event) -> float:
    """Jaccard similarity of the evidence words of two events' sentences."""
    return jaccard(evidence_words(a), evidence_words(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


# --- clusters --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """A report already in a cluster."""

    report: Report
    cluster: str


def assign_clusters(
    new: Iterable[Report], known: Iterable[Member], policy: MergePolicy = DEFAULT_POLICY
) -> list[str]:
    """The cluster of each new report, in order.

    Each report joins the cluster of its best-matching earlier report (known ones, then
    the new ones before it); ties go to the earlier report.  A report that matches none
    founds a cluster whose id is its own key.
    """
    seen = list(known)
    assigned: list[str] = []
    for report in new:
        best: tuple[float, str] | None = None
        for member in seen:
            score = match_score(report, member.report, policy)
            if score is not None and (best is None or score > best[0]):
                best = (score, member.cluster)
        cluster = best[1] if best else report.key
        assigned.append(cluster)
        seen.append(Member(report, cluster))
    return assigned


@dataclass(frozen=True, slots=True)
class Cluster:
    """A happening and its reports, with GDELT-style counts.

    ``mentions``: reports (events) in it, several per document possible; ``articles``:
    distinct documents; ``sources``: distinct outlets.  ``date`` and ``location`` are the
    best attested (most reports agree; ties go to the finer place, then the earlier
    report); ``representative`` is the report that best matches them.
    """

    id: str
    representative: Report
    mentions: int
    articles: int
    sources: int
    first_reported: date | None
    last_reported: date | None
    first_report: Report
    date: date | None
    location: Place | None
    reports: tuple[Report, ...]

    @property
    def event_keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.reports)


def _place_key(place: Place) -> str:
    return str(place.geonames_id) if place.geonames_id is not None else (place.name or place.text)


def best_location(reports: Sequence[Report]) -> Place | None:
    """The location most reports give; ties go to the finer place, then the earlier one."""
    located = [r.event.location for r in reports if r.event.location is not None]
    if not located:
        return None
    votes = Counter(_place_key(p) for p in located)
    order = {key: i for i, key in reversed(list(enumerate(_place_key(p) for p in located)))}
    winner = min(
        votes,
        key=lambda k: (-votes[k], is_country_level(_first(located, k)), order[k]),
    )
    return _first(located, winner)


def _first(places: Sequence[Place], key: str) -> Place:
    return next(p for p in places if _place_key(p) == key)


def best_day(reports: Sequence[Report]) -> date | None:
    """The day most reports give; ties go to the earlier day."""
    votes = Counter(d for d in (r.day for r in reports) if d is not None)
    if not votes:
        return None
    return min(votes, key=lambda d: (-votes[d], d))


def summarise(cluster_id: str, reports: Sequence[Report]) -> Cluster:
    """A cluster's counts, dates and place from its reports (in arrival order)."""
    if not reports:
        raise ValueError(f"cluster {cluster_id!r} has no reports")
    day = best_day(reports)
    place = best_location(reports)
    place_key = _place_key(place) if place else None

    def fit(item: tuple[int, Report]) -> tuple[bool, bool, bool, bool, float, int]:
        i, r = item
        loc = r.event.location
        return (
            r.day == day,
            (loc is not None and _place_key(loc) == place_key) or place is None,
            bool(r.event.sources),
            bool(r.event.targets),
            r.event.confidence,
            -i,
        )

    representative = max(enumerate(reports), key=fit)[1]
    published = [r.published for r in reports if r.published is not None]
    first = min(enumerate(reports), key=lambda ir: (ir[1].published or date.max, ir[0]))[1]
    return Cluster(
        id=cluster_id,
        representative=representative,
        mentions=len(reports),
        articles=len({r.doc for r in reports}),
        sources=len({r.outlet for r in reports}),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        first_report=first,
        date=day,
        location=place,
        reports=tuple(reports),
    )
