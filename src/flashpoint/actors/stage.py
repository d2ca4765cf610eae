"""The ``actors`` stage: resolves each event's mentions with what the document adds.

Beyond ``resolve_mention`` (the words of one mention), the stage looks at the
parse and the other mentions of the document:

- appositions and attached phrases: "Brigadier-General X, the spokesperson for
  Iran's army" → IRN, MIL; "opposition groups in Zimbabwe" → ZWE;
- coreference: "he", "they", "it", a bare surname ("Karimzadeh said") and a
  definite description without a country ("the army") take the nearest
  compatible actor named before them, within the last few sentences.
- allegiance: "rebels loyal to Riek Machar" and "the Yemeni army and allied
  fighters" take the state of the actor they serve; a source owned by a pronoun
  ("his government") takes its owner's.
- place: a crowd that acted "here" or "there" is of the place named last; the same
  crowd is of one state across the verbs of its sentence; a bombing no one is named
  for is the state's where it went off.

The readings of one mention in the document live in ``flashpoint.actors.mentions``,
those of places in ``flashpoint.actors.places``, and those that carry a state across
a sentence's events in ``flashpoint.actors.sentence_states``.

With ``unparsed`` (the pipeline's ``prefilter``), the actor table's people and
groups named in the sentences the pre-filter left unparsed are antecedents too
(``flashpoint.actors.unparsed``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from flashpoint.actors.antecedents import (
    ANTECEDENT_LABELS,
    Antecedent,
    is_group,
    is_person,
    phrase_of,
    table_groups,
    unparsed_antecedents,
)
from flashpoint.actors.coordination import as_state, members, mutual
from flashpoint.actors.coref import POSSESSIVE_PRONOUNS
from flashpoint.actors.countries import CountryTable
from flashpoint.actors.dateline import after_dateline, dateline_end
from flashpoint.actors.home import home_owned, home_target
from flashpoint.actors.located import placed
from flashpoint.actors.mentions import mention_actor, resolver
from flashpoint.actors.own import without_own
from flashpoint.actors.places import place_compound, place_reached, placed_by_adverb
from flashpoint.actors.resolve import (
    RELATIONAL_HEADS,
    Role,
    SectorTable,
    is_actor,
    resolve_mention,
    words_of,
)
from flashpoint.actors.secondary import secondary
from flashpoint.actors.sentence_states import bombers_shared, bombing, shared_sources
from flashpoint.actors.speaker import owning_speaker
from flashpoint.actors.table import ActorTable
from flashpoint.actors.view import DocumentView, with_titles
from flashpoint.model import Actor, Document, Event

#: Types that only a state's authorities carry out, whose source, when no words
#: give it, is the state of the place they happen in ("was arrested in Rwanda").
AUTHORITY_TYPES = frozenset({"COERCE"})
#: Agent nouns whose "of" phrase is whom they act upon: "the kidnappers of a priest".
CAPTOR_HEADS = frozenset(
    {"kidnapper", "abductor", "captor", "killer", "murderer", "attacker", "assassin"}
    | {"hijacker", "torturer", "jailer", "jailor", "persecutor", "assailant"}
)
#: Types whose object is the source's own means: "put its forces on alert".
OWN_FORCES_TYPES = frozenset({"MOBILIZE"})


class ActorResolver:
    """The ``actors`` stage."""

    name = "actors"

    def __init__(
        self,
        countries: CountryTable,
        sectors: SectorTable,
        table: ActorTable | None = None,
        *,
        unparsed: bool = False,
    ) -> None:
        self.countries = countries
        self.sectors = sectors
        self.table = table
        #: Also take antecedents from the sentences without tokens (the pre-filter's).
        self.unparsed = unparsed

    # -- pure pieces ---------------------------------------------------------

    def resolve(
        self,
        mention: Actor,
        role: Role = "source",
        date: dt.date | None = None,
        context: frozenset[str] = frozenset(),
    ) -> Actor:
        """One mention, from its own words (no document)."""
        return resolve_mention(
            mention,
            self.countries,
            self.sectors,
            role,
            table=self.table,
            date=date,
            context=context,
        )

    def enrich(
        self,
        actor: Actor,
        view: DocumentView,
        role: Role,
        date: dt.date | None,
        context: frozenset[str],
    ) -> Actor:
        """Fill what the mention's words left open from its appositions and its
        "of/for/in ..." phrases."""
        head = view.head_of(actor.start, actor.end)
        if head is None or (actor.id is not None and actor.country is not None):
            return actor
        appositions, objects = view.attachments(head)
        if actor.id is not None and self._organisation_of_states(actor.id):
            # "the Organisation of American States": a body of states takes no state
            # from the words of its own name ("the UN force in Lebanon" still does).
            objects = [o for o in objects if not actor.start <= o.start < actor.end]
        for extra in appositions:
            found = self.resolve(extra, role, date, context)
            # A person heading a stateless body stands for it: "X, the president of
            # the Red Cross" (as a post held in an organisation does in the table).
            stateless = _stateless_body(found, actor)
            if actor.id is None and (found.country or found.sector):
                actor = replace(
                    actor,
                    country=actor.country or found.country,
                    sector=found.sector or actor.sector,
                    name=actor.name or found.name,
                    id=found.id if actor.name is None or stateless else actor.id,
                )
        relational = (
            words_of(actor.text)[-1:] and words_of(actor.text)[-1].lower() in RELATIONAL_HEADS
        )
        # Only an actor word takes a country from its phrase: "officials from Iran"
        # does, "compensation from Kuwait" does not.
        actor_word = bool(actor.sector or actor.name or relational)
        if head.lemma.lower() in CAPTOR_HEADS:
            objects = []  # "the kidnappers of an Italian priest": the victim, not their state
        for extra in objects:
            # "fighters of the LRA, who had crossed from South Sudan": the phrase before
            # its relative clause, where that names someone; else the clause may.
            found = self.resolve(view.without_clause(extra), role, date, context)
            if found.country is None and found.id is None:
                found = self.resolve(extra, role, date, context)
            if actor_word and actor.country is None and found.country is not None:
                actor = replace(actor, country=found.country)
            if relational and found.sector is not None:
                actor = replace(actor, sector=found.sector)
            # "the chief of the UN"; "the prosecutor of the ICC" (a stateless body).
            stateless = _stateless_body(found, actor)
            if (relational or (actor_word and stateless)) and actor.id is None and not actor.name:
                actor = replace(actor, name=found.name, id=found.id)
            elif actor.sector and actor.id is None and is_group(self.table, found):
                # "fighters of the Lord's Resistance Army", "members of Hamas": the group.
                actor = replace(actor, name=found.name, id=found.id, country=found.country)
        for extra in view.allegiances(head) if actor_word and actor.country is None else ():
            found = self.resolve(extra, role, date, context)
            if found.country is not None:
                return replace(actor, country=found.country)
        return actor

    # -- the document --------------------------------------------------------

    def resolve_in_document(
        self, doc: Document, mention: Actor, role: Role = "source"
    ) -> list[Actor]:
        """One mention of a parsed document, with appositions and coreference (the
        actors it stands for: coordinated states are several)."""
        view = DocumentView(doc)
        context = self._context(doc)
        antecedents = self._entities(doc, view, context)
        return self._members(
            mention_actor(self, mention, role, view, antecedents, context), role, view, context
        )

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        view = DocumentView(doc)
        context = self._context(doc)
        antecedents = self._entities(doc, view, context)
        events = [without_own(self._event(e, view, antecedents, context)) for e in doc.events]
        doc.events = bombers_shared(shared_sources(events), view)
        return doc

    def _context(self, doc: Document) -> frozenset[str]:
        ids = set()
        for entity in doc.entities:
            if entity.label in ("ORG", "GPE", "NORP"):
                found = self.resolve(Actor(entity.text, entity.start, entity.end), date=doc.date)
                if found.id:
                    ids.add(found.id)
        if ids & {"EU-COMMISSION", "EU-COUNCIL", "EU-PARLIAMENT", "EEAS"}:
            ids.add("EU")
        return frozenset(ids)

    def _entities(
        self, doc: Document, view: DocumentView, context: frozenset[str]
    ) -> list[Antecedent]:
        found = []
        for entity in doc.entities:
            if entity.label not in ANTECEDENT_LABELS:
                continue
            mention = phrase_of(view, Actor(entity.text, entity.start, entity.end))
            if entity.label == "PERSON":
                mention = with_titles(view, mention)
            actor = self.enrich(
                self.resolve(mention, "source", doc.date, context),
                view,
                "source",
                doc.date,
                context,
            )
            # "The Houthis" may be tagged PERSON; the table knows it is a group.
            person = (entity.label == "PERSON" or is_person(self.table, actor)) and not is_group(
                self.table, actor
            )
            found.append(Antecedent(actor, person, view.sentence_of(entity.start)))
        resolve = resolver(self, "source", doc.date, context)
        found += table_groups(doc, view, self.table, resolve)
        if self.unparsed:
            found += unparsed_antecedents(
                doc, view, self.table, self.countries, self.sectors, resolve
            )
        return sorted(found, key=lambda a: a.actor.start)

    def _members(
        self, actor: Actor, role: Role, view: DocumentView, context: frozenset[str]
    ) -> list[Actor]:
        """The actors a mention stands for (``coordination.members``)."""
        return members(actor, view, self.countries, resolver(self, role, view.doc.date, context))

    def _event(
        self,
        event: Event,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Event:
        event = mutual(self._actors_of(event, view, antecedents, context), view)
        event = placed_by_adverb(
            event, view, self.countries, resolver(self, "source", None, context)
        )
        targets = tuple(self._hosted(t, event.sources) for t in event.targets)
        return event if targets == event.targets else replace(event, targets=targets)

    def _actors_of(
        self,
        event: Event,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Event:
        dateline = dateline_end(view.doc.text)

        def filed(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
            # "TEHRAN, March 28 (Reuters) - Britain urged": where it was filed, not who.
            kept = (after_dateline(a, dateline, view.doc.text) for a in actors)
            return tuple(a for a in kept if a is not None)

        def resolved(actors: tuple[Actor, ...], role: Role) -> tuple[Actor, ...]:
            found = (
                spoken_of(mention_actor(self, a, role, view, antecedents, context))
                if role == "target"
                else mention_actor(self, a, role, view, antecedents, context)
                for a in filed(actors)
                if not place_compound(a, view, self.countries, self.sectors)
            )
            return tuple(
                a
                for actor in found
                for a in self._members(actor, role, view, context)
                if is_actor(a)
            )

        def spoken_of(target: Actor) -> Actor:
            # A target owned by "its"/"their" that stands for the reporting speaker, not
            # the source (``speaker.owning_speaker``): the speaker's state, also over a
            # place phrase ("its embassy in Belgrade"). A stateless body is a source of
            # its own ("NATO").
            speaker = None if target.id else owning_speaker(target, event, view)
            if speaker is None:
                return target
            found = mention_actor(self, speaker, "source", view, antecedents, context)
            home = {a.country or a.id for a in sources}
            if found.country is None or found.country in home or None in home:
                return target
            return replace(target, country=found.country)

        sources = resolved(event.sources, "source")
        targets = resolved(event.targets, "target")
        if event.type in OWN_FORCES_TYPES:
            # "put its military on alert": the source's own forces, not whom it faces.
            targets = tuple(t for t in targets if not _own_forces(t))
        authority = not sources and (event.type in AUTHORITY_TYPES or bombing(event, view))
        if targets and all(a.country or a.id for a in [*sources, *targets]) and not authority:
            return replace(event, sources=sources, targets=targets)
        found = secondary(
            event,
            sources,
            view,
            lambda a: mention_actor(self, a, "target", view, antecedents, context),
            lambda a: self._members(a, "target", view, context),
        )
        if found is None:
            owned = self._home_owned(event, sources, targets, view, antecedents)
            return replace(event, sources=sources, targets=owned)
        candidates = filed(found[0])
        place = found[1] if found[1] is None or found[1].start >= dateline else None
        if place is None and not targets:
            place = place_reached(candidates, sources, self.countries)
        if not targets:
            targets = candidates or ((place,) if place is not None else ())
        if not targets:
            targets = self._home(event, sources, view, antecedents)
        elif place is not None and place.country:
            # Unnamed people take the state of the place it happened in:
            # "killed 23 people in Tel Aviv" → ISR.
            targets = tuple(placed(a, place.country) for a in targets)
        else:
            targets = self._home_owned(event, sources, targets, view, antecedents)
        if place is not None and place.country:
            sources = tuple(placed(a, place.country) for a in sources)
            if authority:
                # Arrests and curfews with no agent are the state's where they happen:
                # "was arrested in Rwanda" → RWA; so are bombings no one is named for.
                sources = (replace(place, sector=None),)
        return replace(event, sources=sources, targets=targets)

    def _home(
        self,
        event: Event,
        sources: tuple[Actor, ...],
        view: DocumentView,
        antecedents: list[Antecedent],
    ) -> tuple[Actor, ...]:
        """The sources' own state as the target of a domestic act that has none
        (``home.home_target``), from the states the document and the event's sentence
        name; else no target."""
        named, local = _named_states(event, view, antecedents)
        home = home_target(event.type, sources, named, local, event.mode)
        return (as_state(self.countries, home, home.country),) if home and home.country else ()

    def _home_owned(
        self,
        event: Event,
        sources: tuple[Actor, ...],
        targets: tuple[Actor, ...],
        view: DocumentView,
        antecedents: list[Antecedent],
    ) -> tuple[Actor, ...]:
        """Stateless targets of a domestic act in the sources' own state
        (``home.home_owned``: "Vietnam dropped charges against a priest" → VNM), where
        the story names no other state nor a body of none (the UN, the ILO)."""
        named, local = _named_states(event, view, antecedents)
        bodies = {a.actor.id for a in antecedents if a.actor.id and not a.actor.country}
        return home_owned(event.type, sources, targets, named | bodies, local, event.mode)

    def _hosted(self, target: Actor, sources: tuple[Actor, ...]) -> Actor:
        """A body of states placed by its "in" phrase in the source's own state is the
        body, not that state: "Sudan accepted a UN force in Darfur" → IGO (a state does
        not act on itself through a foreign force); "Italy sent troops to the UN force
        in Lebanon" keeps LBN."""
        if target.id is None or target.country is None:
            return target
        if target.country not in {s.country for s in sources}:
            return target
        if not self._organisation_of_states(target.id):
            return target
        return replace(target, country=None)

    def _organisation_of_states(self, actor_id: str) -> bool:
        entry = self.table.entries.get(actor_id) if self.table is not None else None
        return entry is not None and entry.kind == "igos"


def _own_forces(target: Actor) -> bool:
    """Is ``target`` forces owned by a pronoun with no state of their own ("its
    military", "their troops")?"""
    words = words_of(target.text)
    owned = bool(words) and words[0].lower() in POSSESSIVE_PRONOUNS
    return owned and target.country is None and target.id is None and target.sector == "MIL"


def _stateless_body(found: Actor, actor: Actor) -> bool:
    """Does ``found`` name a body with no state (the ICC, the Red Cross) that a
    mention with no state of its own belongs to?"""
    return found.id is not None and found.country is None and not actor.country


def _named_states(
    event: Event, view: DocumentView, antecedents: list[Antecedent]
) -> tuple[set[str], set[str]]:
    """The states the document names, and those the event's own sentence names."""
    here = view.sentence_of(event.trigger.start)
    named = {a.actor.country for a in antecedents if a.actor.country}
    local = {a.actor.country for a in antecedents if a.sentence == here and a.actor.country}
    return named, local
