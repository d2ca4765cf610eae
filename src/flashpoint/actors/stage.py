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

With ``unparsed`` (the pipeline's ``prefilter``), the actor table's people and
groups named in the sentences the pre-filter left unparsed are antecedents too
(``flashpoint.actors.unparsed``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.located import placed
from flashpoint.actors.own import without_own
from flashpoint.actors.resolve import (
    LEADING_ARTICLES,
    PERSONAL_PRONOUNS,
    RELATIONAL_HEADS,
    Role,
    SectorTable,
    is_actor,
    resolve_mention,
    words_of,
)
from flashpoint.actors.table import PLACE_KINDS, ActorTable
from flashpoint.actors.unparsed import unparsed_names
from flashpoint.actors.view import DocumentView, with_titles
from flashpoint.coding.coder import mention as phrase_mention
from flashpoint.coding.repairs import repaired
from flashpoint.coding.secondary import secondary_targets
from flashpoint.coding.syntax import Parse
from flashpoint.model import Actor, Document, Event, Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
#: Entity labels whose mentions can be antecedents.
ANTECEDENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
#: Types that only a state's authorities carry out, whose source, when no words
#: give it, is the state of the place they happen in ("was arrested in Rwanda").
AUTHORITY_TYPES = frozenset({"COERCE"})
#: Clauses whose pronoun subject is, by default, the subject of the verb above them.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
#: Entity labels of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that give examples of a plural actor: "partners like Saudi Arabia".
EXAMPLE_PREPS = frozenset({"like", "including"})
#: Prepositions whose coordinated states each give a member of the actor: "diplomats
#: from Poland, Germany and Sweden".
ORIGIN_PREPS = frozenset({"from", "in", "of"})
#: Words before a noun that make it the ally of the actor it is coordinated with.
ALLY_WORDS = frozenset({"allied", "loyalist", "aligned", "affiliated", "auxiliary"})
#: Possessive pronouns: "his government", "its soldiers" belong to their antecedent.
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: Agent nouns whose "of" phrase is whom they act upon: "the kidnappers of a priest".
CAPTOR_HEADS = frozenset(
    {"kidnapper", "abductor", "captor", "killer", "murderer", "attacker", "assassin"}
    | {"hijacker", "torturer", "jailer", "jailor", "persecutor", "assailant"}
)
#: Heads that name the holder of a state office, or a civil institution of the state
#: (not its forces, which act abroad as well).
OFFICE_WORDS = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "governor", "mayor"}
    | {"spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "prosecutor"}
    | {"commander", "chief", "general", "admiral", "judge", "speaker", "official"}
    | {"government", "authorities", "administration", "cabinet", "regime", "parliament"}
    | {"legislature", "judiciary", "court", "police", "ministry"}
)
#: Sectors of a state's own offices and forces.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Words for a state as a whole, which a possessive pronoun makes its antecedent's.
STATE_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})
#: Heads of a definite description that stands for a named organisation: "the movement".
GROUP_WORDS = frozenset({"movement", "group", "organisation", "organization", "faction"})
#: How many sentences back an antecedent may be.
COREF_WINDOW = 3
#: A lower-case word after a name, possessive ending skipped: "Iran's army".
_SECTOR_AFTER = re.compile(r"(?:['’]s)? ([a-z]+)\b")


@dataclass(frozen=True, slots=True)
class Antecedent:
    actor: Actor
    person: bool
    sentence: int


_Fits = Callable[[Antecedent], bool]


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
            elif actor.sector and actor.id is None and self._is_group(found):
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
        doc.events = [
            without_own(self._event(event, view, antecedents, context)) for event in doc.events
        ]
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
            mention = self._phrase_of(view, Actor(entity.text, entity.start, entity.end))
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
            person = (entity.label == "PERSON" or self._is_person(actor)) and not self._is_group(
                actor
            )
            found.append(Antecedent(actor, person, view.sentence_of(entity.start)))
        found += self._table_groups(doc, view, context)
        if self.unparsed:
            found += self._unparsed(doc, view, context)
        return sorted(found, key=lambda a: a.actor.start)

    def _unparsed(
        self, doc: Document, view: DocumentView, context: frozenset[str]
    ) -> list[Antecedent]:
        """People and groups of the actor table and states named in the sentences
        without tokens, in the role the publication date gives them; a state stands
        with a sector word after it, as in the parse ("Syrian troops", "Iran's army")."""
        if self.table is None:
            return []
        found = []
        for mention in unparsed_names(doc, self.table, self.countries):
            after = _SECTOR_AFTER.match(doc.text, mention.end)
            actor = self.resolve(mention, "source", doc.date, context)
            state = actor.id is not None and actor.id == actor.country
            if state and after is not None and self.sectors.find([after.group(1)]):
                mention = Actor(doc.text[mention.start : after.end()], mention.start, after.end())
                actor = self.resolve(mention, "source", doc.date, context)
            person = self._is_person(actor)
            if person or state or self._is_group(actor):
                found.append(Antecedent(actor, person, view.sentence_of(mention.start)))
        return found

    def _table_groups(
        self, doc: Document, view: DocumentView, context: frozenset[str]
    ) -> list[Antecedent]:
        """Groups of the actor table the NER left unmarked ("Houthi rebels"): a noun
        with a capitalised name before it that resolves to an organisation."""
        if self.table is None:
            return []
        covered = {i for e in doc.entities for i in range(e.start, e.end)}
        found = []
        for token in doc.tokens:
            if token.pos not in ("NOUN", "PROPN") or token.dep in ("compound", "amod"):
                continue
            names = [
                c
                for c in view.children.get(token.i, ())
                if c.dep in ("compound", "amod") and c.text[:1].isupper() and c.i < token.i
            ]
            if token.start in covered or not (names or token.text[:1].isupper()):
                continue
            start = min([token.start, *(c.start for c in names)])
            if start in covered:
                continue
            mention = Actor(doc.text[start : token.end], start, token.end)
            actor = self.resolve(mention, "source", doc.date, context)
            if self._is_group(actor):
                found.append(Antecedent(actor, False, view.sentence_of(start)))
        return found

    @staticmethod
    def _phrase_of(view: DocumentView, mention: Actor) -> Actor:
        """A state named as a modifier stands with its noun: "Sudan's army", "Iraqi troops"."""
        head = view.head_of(mention.start, mention.end)
        if head is None or head.dep not in ("poss", "amod", "compound", "nmod"):
            return mention
        noun = view.doc.tokens[head.head]
        if noun.pos != "NOUN" or noun.start < mention.end:
            return mention
        return Actor(view.doc.text[mention.start : noun.end], mention.start, noun.end)

    def _is_person(self, actor: Actor) -> bool:
        entry = self.table.get(actor.id) if self.table is not None and actor.id else None
        return entry is not None and entry.kind == "people"

    def _is_group(self, actor: Actor) -> bool:
        """A named organisation of the table (an armed group, a party, a body), not a
        person, a state or a place."""
        entry = self.table.get(actor.id) if self.table is not None and actor.id else None
        return entry is not None and entry.kind not in ("people", *PLACE_KINDS)

    def _event(
        self,
        event: Event,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Event:
        def resolved(actors: tuple[Actor, ...], role: Role) -> tuple[Actor, ...]:
            found = (
                self._mention(a, role, view, antecedents, context)
                for a in actors
                if not self._place_compound(a, view)
            )
            return tuple(
                a
                for actor in found
                for a in self._members(actor, role, view, context)
                if is_actor(a)
            )

        sources = resolved(event.sources, "source")
        targets = resolved(event.targets, "target")
        authority = not sources and event.type in AUTHORITY_TYPES
        if targets and all(a.country or a.id for a in [*sources, *targets]) and not authority:
            return replace(event, sources=sources, targets=targets)
        found = self._secondary(event, sources, view, antecedents, context)
        if found is None:
            return replace(event, sources=sources, targets=targets)
        candidates, place = found
        if not targets:
            targets = candidates or ((place,) if place is not None else ())
        elif place is not None and place.country:
            # Unnamed people take the state of the place it happened in:
            # "killed 23 people in Tel Aviv" → ISR.
            targets = tuple(placed(a, place.country) for a in targets)
        if place is not None and place.country:
            sources = tuple(placed(a, place.country) for a in sources)
            if authority:
                # Arrests and curfews with no agent are the state's where they happen:
                # "was arrested in Rwanda" → RWA.
                sources = (replace(place, sector=None),)
        return replace(event, sources=sources, targets=targets)

    def _secondary(
        self,
        event: Event,
        event_sources: tuple[Actor, ...],
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> tuple[tuple[Actor, ...], Actor | None] | None:
        """The coder's secondary targets of an event (``secondary_targets``): the first
        candidate group that names actors or states (not the source itself), and
        the first place it happened in that has a state; None without a parse."""
        if event.sentence.index >= len(view.doc.sentences):
            return None
        parse = Parse(repaired(view.doc.sentence_tokens(view.doc.sentences[event.sentence.index])))
        trigger = next((t for t in parse.tokens.values() if t.start == event.trigger.start), None)
        if trigger is None:
            return None
        groups, places = secondary_targets(parse, trigger, event.type)
        # A state's body is not the state's other bodies: the Mexican Congress (MEX,
        # LEG) may call on Mexican leaders (MEX, GOV).
        sources = {(a.id, a.sector) for a in event_sources if a.id}

        def resolve(head: Token) -> Actor:
            found = phrase_mention(parse, head, view.doc.text)
            return self._mention(found, "target", view, antecedents, context)

        # A place stands for its state, not its government: "in Baghdad" → IRQ, no sector.
        place = next((replace(a, sector=None) for a in map(resolve, places) if a.country), None)
        for group in groups:
            actors = [
                a for head in group for a in self._members(resolve(head), "target", view, context)
            ]
            # Only named actors or states, and not the source itself.
            # A word of the place's name is that place: "Congo" in "the Democratic
            # Republic of Congo".
            # Nor a word of a source's own mention: "Somali" in "Somali militants".
            actors = [
                a
                for a in actors
                if (a.country or a.id)
                and (a.id, a.sector) not in sources
                and not _within(a, place)
                and not any(_within(a, s) for s in event_sources)
            ]
            if actors:
                return tuple(actors), place
        return (), place

    def _mention(
        self,
        mention: Actor,
        role: Role,
        view: DocumentView,
        antecedents: list[Antecedent],
        context: frozenset[str],
    ) -> Actor:
        date = view.doc.date
        lowered = mention.text.lower()
        if lowered in PERSONAL_PRONOUNS:
            speaker = self._reporting_subject(mention, view, lowered)
            if speaker is not None:
                found = self._mention(speaker, role, view, antecedents, context)
                if found.country or found.id:
                    return _copy(mention, found)
            fits = _pronoun_fits(lowered)
            outer = _relative_noun(mention, view)
            if outer is not None:
                # "a Turkish ship it seized": "it" is not the ship its clause describes.
                fits = _outside(fits, outer)
            before = self._antecedent(mention, view, antecedents, fits)
            return _copy(mention, before) if before else mention
        surname = self._surname(mention, view, antecedents)
        if surname is not None:
            return _copy(mention, surname)
        actor = self.enrich(self.resolve(mention, role, date, context), view, role, date, context)
        owner = words_of(mention.text)[:1]
        if (
            role == "source"
            and _own_country(mention)
            and actor.country is None
            and actor.id is None
        ):
            # "his country had forgiven Indonesia": the state of the pronoun's antecedent.
            fits = _pronoun_fits(owner[0].lower())
            before = self._antecedent(mention, view, antecedents, fits)
            if before is not None and before.country is not None:
                return self._as_state(actor, before.country)
        if role == "source" and actor.country is None and actor.id is None and actor.sector:
            pronoun = owner[0].lower() if owner else ""
            # "his government vowed", "its troops fired": the owner's state.  Not for
            # targets: in "withdraw its troops from Kashmir" the owner is the source,
            # and the target lies elsewhere (the coder's secondary targets find it).
            if pronoun in POSSESSIVE_PRONOUNS:
                before = self._antecedent(mention, view, antecedents, _pronoun_fits(pronoun))
                if before is not None and before.country is not None:
                    return replace(actor, country=before.country)
        if actor.country is None and actor.id is None and actor.sector:
            ally = self._ally(mention, view, role, context) or self._shared_state(
                actor, mention, view, role, context
            )
            if ally is not None:
                return replace(actor, country=ally)
        if actor.country is None and actor.id is None and _definite(mention.text):
            sector = actor.sector
            before = self._antecedent(
                mention,
                view,
                antecedents,
                lambda a: a.actor.sector == sector and bool(a.actor.country),
            )
            if before is not None and sector is not None:
                return replace(actor, country=before.country)
        if actor.country is None and actor.id is None and _group_description(mention.text):
            # "Taliban spokesmen said the movement was ready ...": the named group of
            # its own sentence (further back, "the group" is too often another one).
            here = view.sentence_of(mention.start)
            group = self._antecedent(
                mention,
                view,
                antecedents,
                lambda a: a.sentence == here and self._is_group(a.actor),
            )
            if group is not None:
                return _copy(mention, group)
        if actor.country is None and actor.id is None and actor.sector in STATE_SECTORS:
            # "The Pakistani army said ..., and the foreign minister accused India":
            # a state's office with no state of its own, after one state only.
            home = self._sentence_state(mention, view, antecedents)
            if home is not None and _office(mention.text):
                return replace(actor, country=home)
        return actor

    @staticmethod
    def _sentence_state(
        mention: Actor, view: DocumentView, antecedents: list[Antecedent]
    ) -> str | None:
        """The one state of the actors named before ``mention`` in its sentence."""
        here = view.sentence_of(mention.start)
        states = {
            a.actor.country
            for a in antecedents
            if a.sentence == here and a.actor.end <= mention.start
        }
        if len(states) != 1 or None in states:
            return None
        return next(iter(states))

    def _ally(
        self, mention: Actor, view: DocumentView, role: Role, context: frozenset[str]
    ) -> str | None:
        """The state of the actor that "allied fighters" or "loyalist militias" are
        coordinated with: "the Yemeni army and allied fighters" → YEM."""
        head = view.head_of(mention.start, mention.end)
        if head is None or head.dep != "conj" or head.head == head.i:
            return None
        inside = view.tokens_in(mention.start, mention.end)
        if not any(t.i < head.i and t.text.lower() in ALLY_WORDS for t in inside):
            return None
        governor = view.doc.tokens[head.head]
        return self.resolve(view.phrase(governor), role, view.doc.date, context).country

    def _shared_state(
        self, actor: Actor, mention: Actor, view: DocumentView, role: Role, context: frozenset[str]
    ) -> str | None:
        """The state of the modifier a bare noun shares with the noun of the same sector
        it is coordinated with: "Armenian artillery and tanks" → ARM for the tanks."""
        head = view.head_of(mention.start, mention.end)
        if head is None or head.dep != "conj" or head.head == head.i:
            return None
        inside = view.tokens_in(mention.start, mention.end)
        if any(t.dep in ("det", "poss", "amod", "nummod") for t in inside if t.i < head.i):
            return None
        governor = view.doc.tokens[head.head]
        if governor.pos != "NOUN":
            return None
        found = self.resolve(view.phrase(governor), role, view.doc.date, context)
        if found.sector != actor.sector or found.id != found.country:
            return None  # a named group or person is no modifier to share
        return found.country

    def _reporting_subject(self, mention: Actor, view: DocumentView, pronoun: str) -> Actor | None:
        """The subject a pronoun subject of a complement clause stands for: "The ELN
        said it will release ..." → the ELN; "Tamil rebels said they ..." → the rebels.
        A person pronoun takes only a person, "it" and "they" anything but a person."""
        inside = view.tokens_in(mention.start, mention.end)
        if len(inside) != 1 or inside[0].dep not in ("nsubj", "nsubjpass"):
            return None
        clause = view.doc.tokens[inside[0].head]
        if clause.dep not in COMPLEMENT_DEPS or clause.head == clause.i:
            return None
        governor = view.doc.tokens[clause.head]
        subjects = [
            t
            for t in view.children.get(governor.i, ())
            if t.dep == "nsubj" and t.pos in ("NOUN", "PROPN")
        ]
        if not subjects:
            return None
        subject = subjects[0]
        phrase = view.phrase(subject)
        if not _agrees(pronoun, subject) and not self._state_for(pronoun, phrase):
            return None
        return phrase

    def _state_for(self, pronoun: str, phrase: Actor) -> bool:
        """Does ``phrase`` name a state that ``pronoun`` ("it", "they") can stand for,
        whatever the entity tagger made of it ("Sri Lanka" tagged as a person)?"""
        words = words_of(phrase.text)
        if words[:1] and words[0].lower() in LEADING_ARTICLES:
            words = words[1:]
        found = self.countries.lookup(" ".join(words)) if words else None
        return pronoun not in PERSON_PRONOUNS and found is not None and found[1] != "demonym"

    def _members(
        self, actor: Actor, role: Role, view: DocumentView, context: frozenset[str]
    ) -> list[Actor]:
        """The actors a mention stands for: the named states of "partners like Saudi
        Arabia and the UAE"; one per state in "diplomats from Poland, Germany and
        Sweden" and in "US and British forces"; else the mention itself."""
        head = view.head_of(actor.start, actor.end)
        if head is None:
            return self._split(actor)
        for prep in view.children.get(head.i, ()):
            if prep.dep != "prep" or prep.i < head.i:
                continue
            named = [
                self.resolve(phrase, role, view.doc.date, context)
                for phrase in self._coordinated(view, prep)
            ]
            named = [a for a in named if a.country or a.id]
            lemma = prep.text.lower()
            example = lemma in EXAMPLE_PREPS or (
                lemma == "as" and any(c.lemma == "such" for c in view.children.get(prep.i, ()))
            )
            if example and named and actor.id is None:
                return [a for found in named for a in self._split(found)]
            states = list(
                dict.fromkeys(a.country for a in named if a.country and a.id == a.country)
            )
            if lemma in ORIGIN_PREPS and len(states) > 1 and actor.country == states[0]:
                if actor.id != actor.country:  # "diplomats from Poland and Sweden"
                    return [replace(actor, country=iso3) for iso3 in states]
                # "the foreign ministers of Egypt and Jordan": each state itself.
                return [self._as_state(actor, iso3) for iso3 in states]
        return self._split(actor)

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

    @staticmethod
    def _coordinated(view: DocumentView, prep: Token) -> list[Actor]:
        """The coordinated objects of a preposition, each its own phrase."""
        found = []
        queue = [c for c in view.children.get(prep.i, ()) if c.dep == "pobj"]
        while queue:
            token = queue.pop(0)
            conjuncts = [c for c in view.children.get(token.i, ()) if c.dep == "conj"]
            queue += conjuncts
            skip = {t.i for c in conjuncts for t in view.subtree(c)}
            tokens = [
                t
                for t in view.subtree(token)
                if t.i not in skip and t.dep not in ("cc", "punct") and t.i <= token.i
            ]
            found.append(view.span(tokens))
        return found

    def _split(self, actor: Actor) -> list[Actor]:
        """Coordinated states in one phrase are several actors: "US and British forces"."""
        words = words_of(actor.text)
        matches = list(self.countries.find(words))
        states = list(dict.fromkeys(m.country.iso3 for m in matches))
        if len(states) < 2 or actor.id != states[0]:
            return [actor]
        between = {w.lower() for w in words[matches[0].last : matches[-1].first]}
        if not between or not between <= {"and", "or", "and/or"}:
            return [actor]
        return [self._as_state(actor, iso3) for iso3 in states]

    def _as_state(self, actor: Actor, iso3: str) -> Actor:
        """The mention standing for the state ``iso3`` itself."""
        return replace(actor, name=self.countries.countries[iso3].name, country=iso3, id=iso3)

    def _antecedent(
        self, mention: Actor, view: DocumentView, antecedents: list[Antecedent], fits: _Fits
    ) -> Actor | None:
        here = view.sentence_of(mention.start)
        for candidate in reversed(antecedents):
            if candidate.actor.start >= mention.start:
                continue
            if here - candidate.sentence > COREF_WINDOW:
                break
            if fits(candidate) and (candidate.actor.country or candidate.actor.id):
                return candidate.actor
        return None

    def _surname(
        self, mention: Actor, view: DocumentView, antecedents: list[Antecedent]
    ) -> Actor | None:
        """ "Karimzadeh said" after "Mohammad Karimzadeh, the army spokesperson"."""
        names = [
            w
            for w in words_of(mention.text)
            if w[:1].isupper() and w.lower() not in LEADING_ARTICLES
        ]
        if len(names) != 1:
            return None
        for candidate in reversed(antecedents):
            if candidate.actor.start >= mention.start or not candidate.person:
                continue
            words = words_of(candidate.actor.text)
            if (
                len(words) > 1
                and words[-1] == names[0]
                and (candidate.actor.country or candidate.actor.sector)
            ):
                return candidate.actor
        return None


def _own_country(mention: Actor) -> bool:
    """ "his country", "their nation": a possessive pronoun and a word for a state."""
    words = [w.lower() for w in words_of(mention.text)]
    return len(words) == 2 and words[0] in POSSESSIVE_PRONOUNS and words[1] in STATE_NOUNS


def _pronoun_fits(pronoun: str) -> _Fits:
    if pronoun in PERSON_PRONOUNS:
        return lambda a: a.person
    if pronoun in THING_PRONOUNS:
        return lambda a: not a.person
    if pronoun in GROUP_PRONOUNS:
        return lambda a: not a.person
    return lambda a: False


def _relative_noun(mention: Actor, view: DocumentView) -> tuple[int, int] | None:
    """The span of the noun phrase a relative clause describes, where the pronoun is
    an argument of that clause ("a Turkish ship it seized" → "a Turkish ship")."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1 or inside[0].head == inside[0].i:
        return None
    clause = view.doc.tokens[inside[0].head]
    if clause.dep != "relcl" or clause.head == clause.i:
        return None
    noun = view.doc.tokens[clause.head]
    before = [t for t in view.subtree(noun) if t.i <= noun.i]
    return min(t.start for t in before), noun.end


def _outside(fits: _Fits, span: tuple[int, int]) -> _Fits:
    start, end = span
    return lambda a: fits(a) and not (a.actor.start < end and start < a.actor.end)


def _agrees(pronoun: str, subject: Token) -> bool:
    """Can ``pronoun`` stand for ``subject``?  "he" for a person or a title ("the
    minister"), "it" for a singular non-person, "they" for anything but a person."""
    plural = subject.tag in ("NNS", "NNPS")
    if pronoun in PERSON_PRONOUNS:
        return not plural and subject.ent_type not in ("ORG", "GPE", "NORP", "FAC")
    if subject.ent_type == "PERSON" and not plural:  # "the Houthis" may be tagged PERSON
        return False
    return pronoun in GROUP_PRONOUNS or not plural


def _stateless_body(found: Actor, actor: Actor) -> bool:
    """Does ``found`` name a body with no state (the ICC, the Red Cross) that a
    mention with no state of its own belongs to?"""
    return found.id is not None and found.country is None and not actor.country


def _within(actor: Actor, place: Actor | None) -> bool:
    return place is not None and place.start <= actor.start and actor.end <= place.end


def _office(text: str) -> bool:
    """ "the foreign minister", "a deputy defence minister": the holder of an office
    with no other word naming whose it is (no name, number or possessive); not a force
    or a thing ("troops", "military exercises"), which may be anyone's."""
    words = [w.lower() for w in words_of(text)]
    if words[:1] and words[0] in LEADING_ARTICLES:
        words = words[1:]
    raw = words_of(text)
    plain = not any(w[:1].isupper() or w[:1].isdigit() for w in raw[1:])
    return bool(words) and plain and words[-1] in OFFICE_WORDS


def _definite(text: str) -> bool:
    words = words_of(text)
    return (
        len(words) >= 2
        and words[0].lower() == "the"
        and not any(w[:1].isupper() for w in words[1:])
    )


def _group_description(text: str) -> bool:
    """ "the movement", "the group", "the Islamist organisation": a definite description
    of an organisation with no word naming which."""
    words = [w.lower() for w in words_of(text)]
    return _definite(text) and words[-1] in GROUP_WORDS


def _copy(mention: Actor, antecedent: Actor) -> Actor:
    return replace(
        mention,
        name=antecedent.name,
        country=antecedent.country,
        sector=antecedent.sector,
        id=antecedent.id,
    )
