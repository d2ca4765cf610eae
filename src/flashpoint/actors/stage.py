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

With ``unparsed`` (the pipeline's ``prefilter``), the actor table's people and
groups named in the sentences the pre-filter left unparsed are antecedents too
(``flashpoint.actors.unparsed``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
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
from flashpoint.actors.coordination import ally, as_state, members, mutual, shared_state
from flashpoint.actors.coref import (
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    adopted,
    antecedent,
    clause_subject,
    conjoined_object,
    copy,
    definite,
    group_description,
    held_role,
    object_owner,
    office,
    outside,
    own_country,
    previous_subject,
    pronoun_fits,
    quoted_speaker,
    referring_description,
    relative_noun,
    reporting_owner,
    reporting_subject,
    sentence_state,
    surname,
)
from flashpoint.actors.countries import CountryTable
from flashpoint.actors.dateline import after_dateline, dateline_end
from flashpoint.actors.home import home_owned, home_target
from flashpoint.actors.located import DOMESTIC_SECTORS, SOCIETY_SECTORS, placed
from flashpoint.actors.own import without_own
from flashpoint.actors.resolve import (
    NAME_PARTICLES,
    PERSONAL_PRONOUNS,
    RELATIONAL_HEADS,
    Role,
    SectorTable,
    is_actor,
    is_title,
    resolve_mention,
    words_of,
)
from flashpoint.actors.secondary import secondary
from flashpoint.actors.speaker import owning_speaker
from flashpoint.actors.table import ActorTable, fold
from flashpoint.actors.view import DocumentView, with_titles
from flashpoint.coding.force import ERGATIVE_VERBS
from flashpoint.model import Actor, Document, Event, Token

#: How far past a mention an alias of the table it begins may go on, in characters.
NAME_REACH = 60

#: The words that carry a name on past a mention's end: "the Congress of People's
#: Deputies", "the Movement for Democratic Change".
NAME_LINKS = re.compile(r" (?:of|for) ")
#: Types that only a state's authorities carry out, whose source, when no words
#: give it, is the state of the place they happen in ("was arrested in Rwanda").
AUTHORITY_TYPES = frozenset({"COERCE"})
#: Entity labels of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Agent nouns whose "of" phrase is whom they act upon: "the kidnappers of a priest".
CAPTOR_HEADS = frozenset(
    {"kidnapper", "abductor", "captor", "killer", "murderer", "attacker", "assassin"}
    | {"hijacker", "torturer", "jailer", "jailor", "persecutor", "assailant"}
)
#: Types whose object is the source's own means: "put its forces on alert".
OWN_FORCES_TYPES = frozenset({"MOBILIZE"})
#: Heads of an owned phrase that stand for the owner's people: "Its members blocked ...",
#: "Its chief placed every unit on alert".
MEMBER_WORDS = frozenset({"members", "supporters", "followers", "fighters", "chief", "head"})
#: Sectors of people who act in their own state: crowds, workers, students, rebels,
#: parties and the opposition.
HOME_PEOPLE = SOCIETY_SECTORS | DOMESTIC_SECTORS
#: Sectors of a state's own offices and forces.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


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
            self._mention(mention, role, view, antecedents, context), role, view, context
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
        resolve = self._resolver("source", doc.date, context)
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
        return members(actor, view, self.countries, self._resolver(role, view.doc.date, context))

    def _resolver(
        self, role: Role, date: dt.date | None, context: frozenset[str]
    ) -> Callable[[Actor], Actor]:
        """``resolve`` with the role, date and context of the mention at hand."""
        return lambda mention: self.resolve(mention, role, date, context)

    def _event(
        self,
        event: Event,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Event:
        event = mutual(self._actors_of(event, view, antecedents, context), view)
        event = self._placed_by_adverb(event, view, context)
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
                spoken_of(self._mention(a, role, view, antecedents, context))
                if role == "target"
                else self._mention(a, role, view, antecedents, context)
                for a in filed(actors)
                if not self._place_compound(a, view)
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
            found = self._mention(speaker, "source", view, antecedents, context)
            home = {a.country or a.id for a in sources}
            if found.country is None or found.country in home or None in home:
                return target
            return replace(target, country=found.country)

        sources = resolved(event.sources, "source")
        targets = resolved(event.targets, "target")
        if event.type in OWN_FORCES_TYPES:
            # "put its military on alert": the source's own forces, not whom it faces.
            targets = tuple(t for t in targets if not _own_forces(t))
        authority = not sources and (event.type in AUTHORITY_TYPES or _bombing(event, view))
        if targets and all(a.country or a.id for a in [*sources, *targets]) and not authority:
            return replace(event, sources=sources, targets=targets)
        found = secondary(
            event,
            sources,
            view,
            lambda a: self._mention(a, "target", view, antecedents, context),
            lambda a: self._members(a, "target", view, context),
        )
        if found is None:
            owned = self._home_owned(event, sources, targets, view, antecedents)
            return replace(event, sources=sources, targets=owned)
        candidates = filed(found[0])
        place = found[1] if found[1] is None or found[1].start >= dateline else None
        if place is None and not targets:
            place = self._place_reached(candidates, sources)
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

    def _placed_by_adverb(self, event: Event, view: DocumentView, context: frozenset[str]) -> Event:
        """A crowd with no state that acted "here" or "there" is of the place named last
        before the adverb, in its sentence or the one before (a dateline's city for
        "here"): "Durban is a port city. Rioters there looted malls" → ZAF, "Quito,
        May 2 (Xinhua) -- Thousands marched here" → ECU."""
        if not any(_homeless(a) for a in event.sources):
            return event
        adverb = _place_adverb(event, view)
        if adverb is None or _quoted(view.doc.text[event.sentence.start : adverb.start]):
            return event
        state = self._last_place(view, adverb.start, event.sentence.index, context)
        if state is None:
            return event
        sources = tuple(placed(a, state) if _homeless(a) else a for a in event.sources)
        return replace(event, sources=sources)

    def _last_place(
        self, view: DocumentView, offset: int, sentence: int, context: frozenset[str]
    ) -> str | None:
        """The state of the place named last before ``offset``, in sentence
        ``sentence`` or the one before it (a state's or capital's name whatever the
        model took it for: "Yerevan" of a dateline may be tagged a person)."""
        for entity in reversed(view.doc.entities):
            named = self.countries.lookup(entity.text)
            state = named is not None and named[1] in STATE_NAMES
            place = entity.label in PLACE_ENTITIES or state
            if entity.end > offset or not place:
                continue
            if view.sentence_of(entity.start) < sentence - 1:
                return None
            found = self.resolve(Actor(entity.text, entity.start, entity.end), context=context)
            if found.country is not None:
                return found.country
        return None

    def _place_reached(
        self, candidates: tuple[Actor, ...], sources: tuple[Actor, ...]
    ) -> Actor | None:
        """The place (a capital, or a town or region of the gazetteer: no actor of its
        own) among an event's secondary targets, where the crowd or band that acts on
        it is: "protesters poured into the streets of Lima, demanding ..." → PER,
        "rebels attacked the Kurdish town of Afrin" → SYR.  Not for a government or an
        army, which deal with a place from abroad as often as at home."""
        if not sources or not all(a.sector in SOCIETY_SECTORS for a in sources):
            return None
        return next((replace(c, sector=None) for c in candidates if self._place(c)), None)

    def _place(self, actor: Actor) -> bool:
        """Is ``actor`` a place: a capital's name alone, or a named place with a state
        and no actor of the table or sector ("Afrin")?"""
        if actor.country is None:
            return False
        names = list(self.countries.find(words_of(actor.text)))
        if names:
            return all(m.kind == "capital" for m in names)
        return actor.id is None and actor.sector is None and actor.name is not None

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

    def _mention(
        self,
        mention: Actor,
        role: Role,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Actor:
        date = view.doc.date
        mention = self._named_on(mention, view)
        lowered = mention.text.lower()
        quoted = quoted_speaker(mention, view)
        if quoted is not None:
            # "We urge ..., ASEAN ministers said": the one quoted, not a place.
            found = self._mention(quoted, role, view, antecedents, context)
            own = self.resolve(mention, role, date, context)
            if (found.country or found.id) and not (own.country or own.id):
                # "Our troops": the speaker's side, with the sector of its own words
                # ("our Argentine neighbours" are Argentina, whoever says it).
                return replace(copy(mention, found), sector=own.sector or found.sector)
        if lowered in PERSONAL_PRONOUNS:
            speaker = reporting_subject(mention, view, lowered, self.countries)
            if speaker is not None:
                found = self._mention(speaker, role, view, antecedents, context)
                if found.country or found.id:
                    return copy(mention, found)
            bound = object_owner(mention, view, lowered, self.countries)
            if bound is not None:
                # "Pakistan restated its demand": the clause's subject, not a nearer name.
                found = self._mention(bound, role, view, antecedents, context)
                if found.country or found.id:
                    return copy(mention, found)
            taken = conjoined_object(mention, view)
            if taken is not None:
                # "arrested a British national and accused him of spying": the national.
                found = self._mention(taken, role, view, antecedents, context)
                if found.country or found.id:
                    return copy(mention, found)
            prior = self._previous_subject(mention, lowered, role, view, antecedents, context)
            if prior is not None:
                # "Japan is Bangladesh's largest donor. It disbursed ...": Japan.
                return copy(mention, prior)
            fits = pronoun_fits(lowered)
            outer = relative_noun(mention, view)
            if outer is not None:
                # "a Turkish ship it seized": "it" is not the ship its clause describes.
                fits = outside(fits, outer)
            subject = clause_subject(mention, view)
            if subject is not None:
                # "Chad said Sudan attacked it": not its own clause's subject.
                fits = outside(fits, subject)
            before = antecedent(mention, view, antecedents, fits)
            return copy(mention, before) if before else mention
        partial = self._part_of_name(mention, view)
        named = None if partial else surname(mention, view, antecedents)
        if named is not None:
            return copy(mention, named)
        actor = self.enrich(self.resolve(mention, role, date, context), view, role, date, context)
        if partial and self._person(actor.id):
            # "Interior Minister Hassan Shukri" parsed with "Hassan" alone: a word of a
            # longer name is no namesake of the table ("Jafar Hassan").
            actor = resolve_mention(mention, self.countries, self.sectors, role, date=date)
        owner = words_of(mention.text)[:1]
        if role == "source" and own_country(mention) and actor.country is None and actor.id is None:
            # "his country had forgiven Indonesia": the state of the pronoun's antecedent.
            fits = pronoun_fits(owner[0].lower())
            before = antecedent(mention, view, antecedents, fits)
            if before is not None and before.country is not None:
                return as_state(self.countries, actor, before.country)
        pronoun = owner[0].lower() if owner else ""
        members = words_of(mention.text)[-1].lower() in MEMBER_WORDS if owner else False
        owned = pronoun in POSSESSIVE_PRONOUNS and (actor.sector is not None or members)
        if role == "source" and owned and not (actor.country or actor.id):
            # "Norway has long been a donor to Mozambique. Its development minister
            # promised ...": the subject before, not the nearer Mozambique.
            prior = self._previous_subject(mention, pronoun, role, view, antecedents, context)
            if prior is not None:
                return adopted(actor, prior)
        unowned = actor.country is None and actor.id is None and actor.sector
        if role == "source" and unowned and pronoun in POSSESSIVE_PRONOUNS:
            # "his government vowed", "its troops fired": the owner's state.  Not for
            # targets: in "withdraw its troops from Kashmir" the owner is the source,
            # and the target lies elsewhere (the coder's secondary targets find it).
            # "Turkey's president declared that his troops would ...": the one whose
            # complement clause it is, before any earlier name.
            owner_phrase = reporting_owner(mention, view, pronoun, self.countries)
            if owner_phrase is not None:
                found = self._mention(owner_phrase, role, view, antecedents, context)
                if found.country is not None:
                    return replace(actor, country=found.country)
            before = antecedent(mention, view, antecedents, pronoun_fits(pronoun))
            if before is not None and before.country is not None:
                return replace(actor, country=before.country)
        if actor.country is None and actor.id is None and actor.sector:
            resolve = self._resolver(role, date, context)
            allied = ally(mention, view, resolve) or shared_state(actor, mention, view, resolve)
            if allied is not None:
                return replace(actor, country=allied)
        if actor.country is None and actor.id is None and definite(mention.text):
            sector = actor.sector
            before = antecedent(
                mention,
                view,
                antecedents,
                lambda a: a.actor.sector == sector and bool(a.actor.country),
            )
            if before is not None and sector is not None:
                return replace(actor, country=before.country)
        if actor.country is None and actor.id is None and group_description(mention.text):
            # "Taliban spokesmen said the movement was ready ...": the named group of
            # its own sentence (further back, "the group" is too often another one).
            here = view.sentence_of(mention.start)
            group = antecedent(
                mention,
                view,
                antecedents,
                lambda a: a.sentence == here and is_group(self.table, a.actor),
            )
            if group is not None:
                return copy(mention, group)
        if not (actor.country or actor.id) and referring_description(mention.text, actor.sector):
            # "Oman has quiet ties with both. The sultanate offered ...": Oman.
            prior = self._previous_subject(mention, "", role, view, antecedents, context)
            if prior is not None:
                return adopted(actor, prior)
        if actor.country is None and actor.id is None and actor.sector in STATE_SECTORS:
            # "The Pakistani army said ..., and the foreign minister accused India":
            # a state's office with no state of its own, after one state only.
            home = sentence_state(mention, view, antecedents)
            if home is not None and office(mention.text):
                return replace(actor, country=home)
        return actor

    def _previous_subject(
        self,
        mention: Actor,
        pronoun: str,
        role: Role,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Actor | None:
        """The actor of the subject of the sentence before, which ``mention`` opening its
        own sentence stands for (``coref.previous_subject``), with the state of the office
        it is said to hold where its name gives none ("Fouad Siniora became Lebanon's
        prime minister. He demanded ..." → LBN)."""
        subject = previous_subject(mention, view, pronoun)
        if subject is None:
            return None
        found = self._mention(view.phrase(subject), role, view, antecedents, context)
        if pronoun in PERSON_PRONOUNS and is_group(self.table, found):
            return None  # "Abu Sayyaf ... She denies": no group is "she"
        held = None if found.country or found.id else held_role(subject, view)
        if held is not None:
            office = self._mention(held, role, view, antecedents, context)
            found = replace(found, country=office.country, id=found.id or office.id)
        return found if found.country or found.id else None

    def _person(self, actor_id: str | None) -> bool:
        entry = self.table.entries.get(actor_id) if self.table and actor_id else None
        return entry is not None and entry.kind == "people"

    def _named_on(self, mention: Actor, view: DocumentView) -> Actor:
        """The mention with the "of" or "for" phrase the text goes on with where the two
        make one alias of the table that starts inside the mention: "the rebellious
        Congress" of "the rebellious Congress of People's Deputies" is not the US
        Congress, "The Movement" of "The Movement for Democratic Change" is the MDC."""
        if self.table is None or not NAME_LINKS.match(view.doc.text, mention.end):
            return mention
        own = mention.text.split()
        rest = view.doc.text[mention.end : mention.end + NAME_REACH]
        longest = mention
        for stop in re.finditer(r"(?=[\s,.;:)]|$)", rest):
            if any(c in ",.;:" for c in rest[: stop.start()]):
                break
            more = rest[: stop.start()].split()
            if len(more) < 2:  # "of" and at least one word
                continue
            for first in range(len(own)):
                if not own[first][:1].isupper() or not self.table.lookup(
                    " ".join(own[first:] + more)
                ):
                    continue
                end = mention.end + stop.start()
                longest = Actor(
                    text=view.doc.text[mention.start : end], start=mention.start, end=end
                )
                break
        return longest

    def _part_of_name(self, mention: Actor, view: DocumentView) -> bool:
        """Is the mention one name word that another name word of the text goes on
        with ("Hassan" of "Hassan Shukri", "Shukri Hassan")?  A title before it
        ("President Obama", "Mr Putin"), a particle ("Bin Salman"), a state's name or an
        alias of the table is no name word."""
        inside = [t for t in view.tokens_in(mention.start, mention.end) if t.text[:1].isalpha()]
        if len(inside) != 1 or not inside[0].text[:1].isupper():
            return False
        word = inside[0]
        sentence = view.doc.sentences[view.sentence_of(word.start)]
        for i in (word.i - 1, word.i + 1):
            if not sentence.first <= i < sentence.last:
                continue
            other = view.doc.tokens[i]
            if (
                other.pos == "PROPN"
                and other.ent_type == "PERSON"
                and other.text[:1].isupper()
                and other.text.isalpha()
                and not is_title(other.text, self.sectors)
                and other.text.lower() not in NAME_PARTICLES
                and not any(self.countries.find([other.text]))
                and not (self.table and self.table.folded.get(fold(other.text)))
            ):
                return True
        return False

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

    def _place_compound(self, mention: Actor, view: DocumentView) -> bool:
        """A city named on an event noun is where it happened, not who acted: "the
        Ankara attack", "the Kabul bombing".  A state stays an actor ("US strikes"),
        as does a city on an actor noun ("the Kabul government")."""
        inside = view.tokens_in(mention.start, mention.end)
        if not inside or any(t.ent_type not in PLACE_ENTITIES for t in inside):
            return False
        head = view.head_of(mention.start, mention.end)
        if head is None or head.dep != "compound" or head.head == head.i:
            return False
        noun = view.doc.tokens[head.head]
        if noun.pos != "NOUN" or self.sectors.find([noun.text]) is not None:
            return False
        words = words_of(mention.text)
        return all(m.kind == "capital" for m in self.countries.find(words))


def shared_sources(events: list[Event]) -> list[Event]:
    """Events whose source mention was left without a state, given the one state that
    another event of the sentence found for the same words: "Rioters looted shops and
    set cars ablaze in Durban" places "Rioters" in ZAF through the second verb, which
    holds the place, and the first verb's rioters are the same people.  Only for people
    who act at home (crowds, workers, rebels, the opposition: ``HOME_PEOPLE``), not a
    pronoun, which coreference resolves, nor a state's forces or envoys, who as often
    act abroad."""
    found: dict[tuple[int, int, int], set[str]] = {}
    for event in events:
        for actor in event.sources:
            if actor.country is not None:
                found.setdefault(_span(event, actor), set()).add(actor.country)

    def shared(event: Event, actor: Actor) -> Actor:
        states = found.get(_span(event, actor), set())
        if not _homeless(actor) or actor.text.lower() in PERSONAL_PRONOUNS or len(states) != 1:
            return actor
        return replace(actor, country=next(iter(states)))

    return [
        replace(event, sources=sources)
        if (sources := tuple(shared(event, a) for a in event.sources)) != event.sources
        else event
        for event in events
    ]


#: CAMEO codes of bombings (suicide, car and roadside bombs, explosions).
BOMBING_CODES = ("183",)
#: Verbs of a device going off by itself (``force.ERGATIVE_VERBS``, first words).
EXPLODING = frozenset(verb.split()[0] for verb in ERGATIVE_VERBS)
#: CAMEO code of the killing a bombing does in the same sentence ("..., killing 25").
KILLING = "190"


def _bombing(event: Event, view: DocumentView) -> bool:
    """Is ``event`` a device going off ("a car bomb exploded in Baghdad"), whose
    unnamed authors are, in news usage, of the state where it went off (IRQ)?  Not a
    bombing named by a noun or done by someone ("the bombing of Idlib", "planting
    bombs"), whose authors the sentence may name in words the coder missed."""
    trigger = view.head_of(event.trigger.start, event.trigger.end)
    return (
        event.type == "ASSAULT"
        and (event.cameo or "").startswith(BOMBING_CODES)
        and trigger is not None
        and trigger.lemma in EXPLODING
    )


def bombers_shared(events: list[Event], view: DocumentView) -> list[Event]:
    """The killing with no source in the sentence of a device going off, whose authors
    the place gave, is theirs: in "A car bomb exploded in Baghdad, killing 25 people"
    the bomb's unnamed authors (IRQ) did the killing."""
    bombers = {
        e.sentence.index: e.sources
        for e in events
        if _bombing(e, view) and e.sources and all(a.country for a in e.sources)
    }
    return [
        replace(event, sources=bombers[event.sentence.index])
        if event.cameo == KILLING and not event.sources and event.sentence.index in bombers
        else event
        for event in events
    ]


#: Kinds of country names that name a place (not a demonym: "the Iranians").
STATE_NAMES = frozenset({"name", "capital"})
#: Adverbs that point back to a place named before: "rallied here", "rioters there".
PLACE_ADVERBS = frozenset({"here", "there"})


def _quoted(before: str) -> bool:
    """Does ``before``, the sentence up to a word, leave a quotation open?  In quoted
    speech "here" is where the speaker stands, not the place the story named last."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _homeless(actor: Actor) -> bool:
    """Is ``actor`` people who act at home, of no state yet?"""
    return actor.country is None and actor.id is None and actor.sector in HOME_PEOPLE


def _place_adverb(event: Event, view: DocumentView) -> Token | None:
    """ "here" or "there" on the event's trigger or on one of its sources ("rallied
    here", "Rioters there"), not the "there" of "there were clashes"."""
    spans = [(event.trigger.start, event.trigger.end), *((a.start, a.end) for a in event.sources)]
    holders = {t.i for start, end in spans if (t := view.head_of(start, end)) is not None}
    tokens = view.tokens_in(event.sentence.start, event.sentence.end)
    return next(
        (
            t
            for t in tokens
            if t.text.lower() in PLACE_ADVERBS and t.dep == "advmod" and t.head in holders
        ),
        None,
    )


def _span(event: Event, actor: Actor) -> tuple[int, int, int]:
    """Where a mention stands: its sentence and characters."""
    return (event.sentence.index, actor.start, actor.end)


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
