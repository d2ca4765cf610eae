"""Actors the text gives no state take the state of the place where they act.

CAMEO coders code an unnamed domestic actor by where it acts: in "police in Lagos
arrested dozens of protesters", both the police and the protesters are Nigerian, and
"gunmen abducted pupils from a school in Nigeria's Kebbi state" has Nigerian gunmen.
An actor that resolution left with neither a country nor an entry of the actor table
(police, gunmen, protesters, farmers, residents: words that name a kind of actor, not
whose it is) takes the country of the place where its event happened: the place a
locative phrase of its clause names, or one its trigger reaches through objects and
spatial phrases; never a source ("a militia backed by Eritrea attacked ..." is no
Eritrean militia). The document's main place is not
enough: an article datelined in one capital often reports what happens in another
state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flashpoint.actors.home import (
    ARMED_SECTORS,
    CIVIC_SECTORS,
    armed_act,
    home_state,
    placed_home_target,
    state_target,
)
from flashpoint.actors.resolve import words_of
from flashpoint.model import Actor, Event, Place

#: Sectors that act at home: the police and the courts.
HOME_SECTORS = frozenset({"COP", "JUD"})
#: Sectors of a state's own politics: whose they are is whom they face.
DOMESTIC_SECTORS = frozenset({"LEG", "OPP", "PTY"})
#: A state's own bodies, and the people who face them at home.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
SOCIETY_SECTORS = CIVIC_SECTORS | {"REB"}

#: A state's civil authorities, whose stateless subjects are its own people.
CIVIL_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
#: The people such authorities act upon: civilians, workers, students, the press.
PUBLIC_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "MED", "BUS", "JRN", "REL"})

#: Who addresses a state's civil authorities as that state's own people: the public,
#: and its judges ("retired judges called on the Pakistani parliament").
PETITIONER_SECTORS = PUBLIC_SECTORS | {"JUD"}


def placed(actor: Actor, country: str) -> Actor:
    """An unnamed actor ("23 people", "gunmen") given the state it acted or was acted
    upon in; named actors and those with a state keep theirs."""
    return actor if actor.country or actor.id else replace(actor, country=country)


def _jurisdiction(event: Event) -> str | None:
    """The one state whose police or courts are the event's source."""
    return home_state([a for a in event.sources if a.sector in HOME_SECTORS])


def _opposing(
    actors: tuple[Actor, ...], others: tuple[Actor, ...], *, acting: bool = False
) -> tuple[Actor, ...]:
    """Stateless opposition facing one state's actors is that state's opposition, and a
    stateless government, army or police facing one state's people (civilians, unions,
    rebels: no state body among them) is their own.  Opposition ``acting`` on a state
    named bare faces it from abroad: "lawmakers condemned China" are no Chinese
    lawmakers, while "lawmakers condemned the Chinese government" are (and "Kenya
    legalised opposition parties" acts on its own)."""
    country = home_state(others)
    if country is None:
        return actors
    society = all(a.sector in SOCIETY_SECTORS for a in others)
    domestic = not (acting and any(_bare_state(a) for a in others))
    return tuple(
        placed(a, country)
        if (domestic and a.sector in DOMESTIC_SECTORS) or (society and a.sector in STATE_SECTORS)
        else a
        for a in actors
    )


def _governed(
    targets: tuple[Actor, ...],
    sources: tuple[Actor, ...],
    sectors: frozenset[str] = PUBLIC_SECTORS,
) -> tuple[Actor, ...]:
    """Stateless people acted upon by one state's civil authorities (its government,
    police, courts or legislature: not its army, which acts abroad too) are that
    state's: "Hong Kong's leader urged protesters to go home" → HKG.  Called with the
    roles swapped, people who address such authorities are theirs: "clerics urged the
    Bahraini government" → BHR."""
    country = home_state(sources)
    if country is None:
        return targets
    if not all(a.sector in CIVIL_STATE_SECTORS and not _bare_state(a) for a in sources):
        return targets
    return tuple(
        placed(a, country) if a.sector in sectors and not _foreign(a) else a for a in targets
    )


#: Words that put people outside the state they face: "foreign journalists".
FOREIGN_WORDS = frozenset({"foreign", "international", "western", "overseas", "expatriate"})


def _foreign(actor: Actor) -> bool:
    return any(w.lower() in FOREIGN_WORDS for w in words_of(actor.text))


def _bare_state(actor: Actor) -> bool:
    """A state named by its name alone ("Turkey", "the United States"), which acts
    abroad as often as at home, unlike its government, police or ministers. A title
    of the state's office-holder is capitalised too but is no name of the state
    ("the Kenyan President", "Thai Prime Minister Samak Sundaravej")."""
    words = [w for w in words_of(actor.text) if w.lower() != "the"]
    if actor.id != actor.country or not all(w[:1].isupper() for w in words):
        return False
    return len(words) <= 1 or set(words) <= set(words_of(actor.name or ""))


def home_place(
    event: Event, phrase: Place | None, tied: Place | None, agents: Sequence[Actor]
) -> Place | None:
    """The place that may put the event's stateless actors in its state: ``phrase``,
    the place a locative phrase attaches to the trigger or its clause ("police in
    Lagos arrested ..."), else ``tied``, a place the trigger reaches through its
    objects and spatial phrases ("abducted pupils from a school in Kebbi state",
    "poured into central Belgrade") or the one place of a one-event sentence
    (``flashpoint.geo.location.tied_place``), else, for a crowd's protest, the place its
    own sentence gives it (``_crowd_place``); never one of ``agents`` (the sources of the
    document's events: "expelled by Russia", "a militia backed by Eritrea", though a
    stateless agent takes the place its words name: "Milan magistrates"). Another
    place of a long sentence ("the Britain-based observatory said troops had taken
    ...", "collusion with Russia") says nothing of where the event's actors are from."""
    for candidate in (phrase, tied, _crowd_place(event), _government_force_place(event)):
        if candidate is None or candidate.country is None:
            continue
        # A stateless agent naming the place is of it: "Milan magistrates", "Kabul police".
        if not any(_overlaps(a, candidate) and not _placeable(a) for a in agents):
            return candidate
    return None


def _faced(event: Event, place: Place) -> bool:
    """Is ``place`` itself one of the event's targets, dealt with by sources that are
    neither a crowd, an armed band nor the police (a government, an office, a named
    person)?  Such sources deal with the place from outside as often as not: "The
    cabinet urged Washington", "officials warned Cairo" say nothing of whose cabinet
    or officials; a protest or strike is where its people are ("a strike paralysed
    Kathmandu")."""
    if event.type in PROTEST_TYPES or not _seat(place):
        return False
    if not any(_overlaps(t, place) and _bare_place(t, place) for t in event.targets):
        return False
    return not any(a.sector in LOCAL_SECTORS for a in event.sources)


#: Acts carried out where their people are.
PROTEST_TYPES = frozenset({"PROTEST"})
#: GeoNames feature codes of a state and of its capital, which stand for its
#: government; a town ("a government assault on Idlib") is a place it acts in at home.
STATE_FEATURES = ("PCL", "PPLC")


def _seat(place: Place) -> bool:
    """Is ``place`` a state or its capital?"""
    return place.feature_code is not None and place.feature_code.startswith(STATE_FEATURES)


def _bare_place(target: Actor, place: Place) -> bool:
    """Is ``target`` the place's name alone ("Cairo", "the United States"), not a thing
    in it ("the Tokyo subway")?"""
    words = [w for w in words_of(target.text) if w.lower() != "the"]
    return words == [w for w in words_of(place.text) if w.lower() != "the"]


def _placeable(actor: Actor) -> bool:
    """An actor word with no state of its own ("Milan magistrates"), which the place
    its words name may place; not a state, a named actor or an event ("the Salisbury
    attack")."""
    return actor.country is None and actor.id is None and actor.sector is not None


def _overlaps(actor: Actor, place: Place) -> bool:
    return actor.start < place.end and place.start < actor.end


#: The people a state's own forces and authorities act upon at home: the public and
#: the opposition. Not fighters, whom an army fights abroad as often as at home.
SUBJECT_SECTORS = PUBLIC_SECTORS | {"OPP"}


def own_people(event: Event, targets: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Stateless people whom one state's army, police or government, or its armed
    groups, act upon in that state (where the event is placed) are its own: "Myanmar
    troops opened fire on crowds in Yangon" → MMR, "Boko Haram gunmen abducted pupils
    in Borno" → NGA. An army acts abroad too, so the event's place must be known apart
    from the source's own name ("Russian troops killed civilians" says nothing of
    whose), and a bare state ("Turkey shelled villages") is no such source; an armed
    group's place must be named in its own sentence."""
    country = _acting_at_home(event, event.location, STATE_SECTORS) or _acting_at_home(
        event, _said_here(event), ARMED_SECTORS
    )
    if country is None:
        return targets
    return tuple(
        placed(a, country) if a.sector in SUBJECT_SECTORS and not _foreign(a) else a
        for a in targets
    )


def _acting_at_home(event: Event, where: Place | None, sectors: frozenset[str]) -> str | None:
    """The one state of the event's sources, all of ``sectors`` and none a bare state,
    where ``where``, a place apart from their own names ("US troops" says whose, not
    where), puts the event in that state; else None."""
    country = home_state(event.sources)
    if country is None or any(_bare_state(a) for a in event.sources):
        return None
    if not all(a.sector in sectors for a in event.sources):
        return None
    if where is None or where.country != country:
        return None
    if any(_overlaps(a, where) for a in event.sources):
        return None
    return country


#: Sources that act where they are: crowds, armed bands, the police and courts.
LOCAL_SECTORS = SOCIETY_SECTORS | ARMED_SECTORS | HOME_SECTORS


def insurgent_target(event: Event, place: Place | None) -> Actor | None:
    """The target of an attack by one state's armed groups that names no one it
    reaches, where ``place`` (``home_place``, else a place the event's own sentence
    names) puts it in that state: that state, as CAMEO codes rebels' attacks at home
    ("ETA set off a car bomb outside barracks in Bilbao" → ESP, "gunmen attacked a bus
    in Peshawar" → PAK); not an attack placed abroad, or only by the story's main
    place, nor one by a state's own forces."""
    if event.targets or not armed_act(event.type, event.sources):
        return None
    country = _acting_at_home(event, place, ARMED_SECTORS)
    return state_target(event.sources, country) if country is not None else None


def _said_here(event: Event) -> Place | None:
    """The event's place where its own sentence names it (not the story's main place
    or one of another sentence)."""
    where = event.location
    inside = where is not None and event.sentence.start <= where.start < event.sentence.end
    return where if inside else None


#: CAMEO codes of acts done from afar, whose sources and targets are seldom in one
#: place: sanctions, embargoes and blacklists (163), not an expulsion from home.
REMOTE_CODES = ("163",)


def _remote(event: Event) -> bool:
    """Is ``event`` an act done from afar ("blacklisted six firms")?"""
    return (event.cameo or "").startswith(REMOTE_CODES)


def _on_source_side(event: Event, place: Place) -> bool:
    """Is ``place`` named in the sources' own phrase, between a source and the trigger
    ("the Treasury in Washington blacklisted")?  Of an act done from afar, such a place
    says where the sources are, and a place named after the trigger ("blacklisted six
    firms in Dubai") where the targets are, not both."""
    return any(a.start <= place.start and place.end <= event.trigger.start for a in event.sources)


def _placing(event: Event, place: Place | None) -> tuple[str | None, str | None]:
    """The states ``place`` puts the event's stateless sources and targets in.  A place
    faced places its targets only ("The cabinet urged Washington"); of an act done from
    afar, a place in the sources' own phrase places them only ("the Treasury in
    Washington blacklisted six firms"), and a place elsewhere the targets only
    ("blacklisted six firms in Dubai")."""
    if place is None or place.country is None:
        return None, None
    if _remote(event):
        on_source = _on_source_side(event, place)
        return (place.country, None) if on_source else (None, place.country)
    return (None if _faced(event, place) else place.country), place.country


def _crowd_place(event: Event) -> Place | None:
    """Where a protest by people of no state body (stateless, or of the place's own
    state) is, for want of a phrase on its own verb: the event's place, named in its
    own sentence, since a crowd acts where it is ("rioters torched shops and set cars
    alight in Jakarta" puts both acts in IDN).
    Not a place in the crowd's own words ("Kabul protesters" are placed by them), nor
    for forces a march was misread for ("his forces would march on the port")."""
    if event.type not in PROTEST_TYPES or not event.sources:
        return None
    if any(a.id or a.sector in STATE_SECTORS for a in event.sources):
        return None
    where = _said_here(event)
    if where is None or any(_overlaps(a, where) for a in event.sources):
        return None
    # A crowd already placed elsewhere ("Kenyan protesters") is not placed again.
    return where if all(a.country in (None, where.country) for a in event.sources) else None


#: Words that make a force the government's own: "Government troops", "regime jets".
GOVERNMENT_WORDS = frozenset({"government", "regime", "pro-government"})
#: Heads of an armed force or its arms.
FORCE_WORDS = frozenset(
    {"troops", "forces", "soldiers", "army", "militias", "militiamen", "gunships"}
    | {"helicopters", "tanks", "jets", "warplanes", "aircraft", "artillery", "planes"}
)


def _government_force_place(event: Event) -> Place | None:
    """Where the government's own forces ("Government troops", "regime warplanes")
    act: the event's place named in its own sentence after them, since a force so
    called fights at home ("Government helicopters bombed the rebel-held town of
    Rastan, injuring dozens" → SYR); a foreign army is named by its state, and a place
    before them is someone else's ("the Britain-based observatory said government
    troops had taken ...")."""
    if not event.sources or not all(_government_force(a) for a in event.sources):
        return None
    where = _said_here(event)
    if where is None or any(where.start < a.end for a in event.sources):
        return None
    return where


def _government_force(actor: Actor) -> bool:
    """Is ``actor`` a force the words call the government's own ("Government tanks")?"""
    words = [w.lower() for w in words_of(actor.text) if w.lower() != "the"]
    return (
        actor.id is None
        and len(words) > 1
        and words[0] in GOVERNMENT_WORDS
        and words[-1] in FORCE_WORDS
    )


def located(event: Event, place: Place | None) -> Event:
    """``event`` with its stateless, unresolved actors put in the state of ``place``
    (see ``home_place``), or else, for targets, of its source's police or courts; and
    stateless opposition in the state it faces."""
    source_home, target_home = _placing(event, place)
    sources = tuple(placed(a, source_home) for a in event.sources) if source_home else event.sources
    home = target_home or _jurisdiction(event)
    targets = tuple(placed(a, home) for a in event.targets) if home else event.targets
    if not targets:
        # "Dock workers in Antwerp walked off the job": a protest at home, aimed at BEL.
        own = placed_home_target(event.type, event.sources, sources)
        targets = (own,) if own is not None else ()
    sources = _governed(_opposing(sources, targets, acting=True), targets, PETITIONER_SECTORS)
    targets = _opposing(targets, sources)
    sourced = replace(event, sources=sources)
    if not _remote(event):
        # A sanction's targets are seldom the sanctioning state's own people.
        targets = own_people(sourced, _governed(targets, sources))
    if not targets:
        # "ETA set off a car bomb in Bilbao": an armed group's attack at home.
        own = insurgent_target(sourced, place or _said_here(event))
        targets = (own,) if own is not None else ()
    if sources == event.sources and targets == event.targets:
        return event
    return replace(event, sources=sources, targets=targets)
