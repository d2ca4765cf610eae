"""The actor a mention of a parsed document stands for: the readings of the actors stage
that look past the mention's own words (a quoted speaker, a pronoun's antecedent, the
subject of the sentence before, a name the text goes on with, the state of an owner).

They take what they use of the stage (``stage.ActorResolver``: its tables, ``resolve``
and ``enrich``) through the small protocol ``Resolving``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from flashpoint.actors.antecedents import Antecedent, is_group
from flashpoint.actors.coordination import ally, as_state, shared_state
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
from flashpoint.actors.resolve import (
    NAME_PARTICLES,
    PERSONAL_PRONOUNS,
    Role,
    SectorTable,
    is_title,
    resolve_mention,
    words_of,
)
from flashpoint.actors.table import ActorTable, fold
from flashpoint.actors.view import DocumentView
from flashpoint.model import Actor

#: How far past a mention an alias of the table it begins may go on, in characters.
NAME_REACH = 60

#: The words that carry a name on past a mention's end: "the Congress of People's
#: Deputies", "the Movement for Democratic Change".
NAME_LINKS = re.compile(r" (?:of|for) ")
#: Heads of an owned phrase that stand for the owner's people: "Its members blocked ...",
#: "Its chief placed every unit on alert".
MEMBER_WORDS = frozenset({"members", "supporters", "followers", "fighters", "chief", "head"})
#: Sectors of a state's own offices and forces.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


class Resolving(Protocol):
    """What the mention readings use of the actors stage (``stage.ActorResolver``)."""

    countries: CountryTable
    sectors: SectorTable
    table: ActorTable | None

    def resolve(
        self,
        mention: Actor,
        role: Role = "source",
        date: dt.date | None = None,
        context: frozenset[str] = frozenset(),
    ) -> Actor: ...

    def enrich(
        self,
        actor: Actor,
        view: DocumentView,
        role: Role,
        date: dt.date | None,
        context: frozenset[str],
    ) -> Actor: ...


def resolver(
    stage: Resolving, role: Role, date: dt.date | None, context: frozenset[str]
) -> Callable[[Actor], Actor]:
    """``resolve`` with the role, date and context of the mention at hand."""
    return lambda mention: stage.resolve(mention, role, date, context)


def mention_actor(
    stage: Resolving,
    mention: Actor,
    role: Role,
    view: DocumentView,
    antecedents: list[Antecedent],
    context: frozenset[str],
) -> Actor:
    """The actor ``mention``, in ``role``, stands for in the document of ``view``: its
    own words, with a quoted speaker, coreference, appositions and an owner's state."""
    date = view.doc.date
    mention = _named_on(mention, view, stage.table)
    lowered = mention.text.lower()
    quoted = quoted_speaker(mention, view)
    if quoted is not None:
        # "We urge ..., ASEAN ministers said": the one quoted, not a place.
        found = mention_actor(stage, quoted, role, view, antecedents, context)
        own = stage.resolve(mention, role, date, context)
        if (found.country or found.id) and not (own.country or own.id):
            # "Our troops": the speaker's side, with the sector of its own words
            # ("our Argentine neighbours" are Argentina, whoever says it).
            return replace(copy(mention, found), sector=own.sector or found.sector)
    if lowered in PERSONAL_PRONOUNS:
        speaker = reporting_subject(mention, view, lowered, stage.countries)
        if speaker is not None:
            found = mention_actor(stage, speaker, role, view, antecedents, context)
            if found.country or found.id:
                return copy(mention, found)
        bound = object_owner(mention, view, lowered, stage.countries)
        if bound is not None:
            # "Pakistan restated its demand": the clause's subject, not a nearer name.
            found = mention_actor(stage, bound, role, view, antecedents, context)
            if found.country or found.id:
                return copy(mention, found)
        taken = conjoined_object(mention, view)
        if taken is not None:
            # "arrested a British national and accused him of spying": the national.
            found = mention_actor(stage, taken, role, view, antecedents, context)
            if found.country or found.id:
                return copy(mention, found)
        prior = _previous_subject(stage, mention, lowered, role, view, antecedents, context)
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
    partial = _part_of_name(stage, mention, view)
    named = None if partial else surname(mention, view, antecedents)
    if named is not None:
        return copy(mention, named)
    actor = stage.enrich(stage.resolve(mention, role, date, context), view, role, date, context)
    if partial and _person(actor.id, stage.table):
        # "Interior Minister Hassan Shukri" parsed with "Hassan" alone: a word of a
        # longer name is no namesake of the table ("Jafar Hassan").
        actor = resolve_mention(mention, stage.countries, stage.sectors, role, date=date)
    owner = words_of(mention.text)[:1]
    if role == "source" and own_country(mention) and actor.country is None and actor.id is None:
        # "his country had forgiven Indonesia": the state of the pronoun's antecedent.
        fits = pronoun_fits(owner[0].lower())
        before = antecedent(mention, view, antecedents, fits)
        if before is not None and before.country is not None:
            return as_state(stage.countries, actor, before.country)
    pronoun = owner[0].lower() if owner else ""
    members = words_of(mention.text)[-1].lower() in MEMBER_WORDS if owner else False
    owned = pronoun in POSSESSIVE_PRONOUNS and (actor.sector is not None or members)
    if role == "source" and owned and not (actor.country or actor.id):
        # "Norway has long been a donor to Mozambique. Its development minister
        # promised ...": the subject before, not the nearer Mozambique.
        prior = _previous_subject(stage, mention, pronoun, role, view, antecedents, context)
        if prior is not None:
            return adopted(actor, prior)
    unowned = actor.country is None and actor.id is None and actor.sector
    if role == "source" and unowned and pronoun in POSSESSIVE_PRONOUNS:
        # "his government vowed", "its troops fired": the owner's state.  Not for
        # targets: in "withdraw its troops from Kashmir" the owner is the source,
        # and the target lies elsewhere (the coder's secondary targets find it).
        # "Turkey's president declared that his troops would ...": the one whose
        # complement clause it is, before any earlier name.
        owner_phrase = reporting_owner(mention, view, pronoun, stage.countries)
        if owner_phrase is not None:
            found = mention_actor(stage, owner_phrase, role, view, antecedents, context)
            if found.country is not None:
                return replace(actor, country=found.country)
        before = antecedent(mention, view, antecedents, pronoun_fits(pronoun))
        if before is not None and before.country is not None:
            return replace(actor, country=before.country)
    if actor.country is None and actor.id is None and actor.sector:
        resolve = resolver(stage, role, date, context)
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
            lambda a: a.sentence == here and is_group(stage.table, a.actor),
        )
        if group is not None:
            return copy(mention, group)
    if not (actor.country or actor.id) and referring_description(mention.text, actor.sector):
        # "Oman has quiet ties with both. The sultanate offered ...": Oman.
        prior = _previous_subject(stage, mention, "", role, view, antecedents, context)
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
    stage: Resolving,
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
    found = mention_actor(stage, view.phrase(subject), role, view, antecedents, context)
    if pronoun in PERSON_PRONOUNS and is_group(stage.table, found):
        return None  # "Abu Sayyaf ... She denies": no group is "she"
    held = None if found.country or found.id else held_role(subject, view)
    if held is not None:
        office = mention_actor(stage, held, role, view, antecedents, context)
        found = replace(found, country=office.country, id=found.id or office.id)
    return found if found.country or found.id else None


def _person(actor_id: str | None, table: ActorTable | None) -> bool:
    entry = table.entries.get(actor_id) if table and actor_id else None
    return entry is not None and entry.kind == "people"


def _named_on(mention: Actor, view: DocumentView, table: ActorTable | None) -> Actor:
    """The mention with the "of" or "for" phrase the text goes on with where the two
    make one alias of the table that starts inside the mention: "the rebellious
    Congress" of "the rebellious Congress of People's Deputies" is not the US
    Congress, "The Movement" of "The Movement for Democratic Change" is the MDC."""
    if table is None or not NAME_LINKS.match(view.doc.text, mention.end):
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
            if not own[first][:1].isupper() or not table.lookup(" ".join(own[first:] + more)):
                continue
            end = mention.end + stop.start()
            longest = Actor(text=view.doc.text[mention.start : end], start=mention.start, end=end)
            break
    return longest


def _part_of_name(stage: Resolving, mention: Actor, view: DocumentView) -> bool:
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
            and not is_title(other.text, stage.sectors)
            and other.text.lower() not in NAME_PARTICLES
            and not any(stage.countries.find([other.text]))
            and not (stage.table and stage.table.folded.get(fold(other.text)))
        ):
            return True
    return False
