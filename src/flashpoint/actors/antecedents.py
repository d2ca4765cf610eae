"""Which actors a document offers as antecedents for coreference.

The actors stage takes an antecedent from its named entities (a state named as a
modifier standing with its noun: "Sudan's army"), from the actor table's groups the
entity tagger left unmarked ("Houthi rebels"), and, with ``unparsed``, from the people,
groups and states named in the sentences the pre-filter left without tokens. Whether
one is a person or a named organisation is the actor table's to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.resolve import SectorTable
from flashpoint.actors.table import PLACE_KINDS, ActorTable
from flashpoint.actors.unparsed import unparsed_names
from flashpoint.actors.view import DocumentView
from flashpoint.model import Actor, Document

#: Entity labels whose mentions can be antecedents.
ANTECEDENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
#: A lower-case word after a name, possessive ending skipped: "Iran's army".
_SECTOR_AFTER = re.compile(r"(?:['’]s)? ([a-z]+)\b")


@dataclass(frozen=True, slots=True)
class Antecedent:
    actor: Actor
    person: bool
    sentence: int


def unparsed_antecedents(
    doc: Document,
    view: DocumentView,
    table: ActorTable | None,
    countries: CountryTable,
    sectors: SectorTable,
    resolve: Callable[[Actor], Actor],
) -> list[Antecedent]:
    """People and groups of the actor table and states named in the sentences
    without tokens, in the role the publication date gives them; a state stands
    with a sector word after it, as in the parse ("Syrian troops", "Iran's army")."""
    if table is None:
        return []
    found = []
    for mention in unparsed_names(doc, table, countries):
        after = _SECTOR_AFTER.match(doc.text, mention.end)
        actor = resolve(mention)
        state = actor.id is not None and actor.id == actor.country
        if state and after is not None and sectors.find([after.group(1)]):
            mention = Actor(doc.text[mention.start : after.end()], mention.start, after.end())
            actor = resolve(mention)
        person = is_person(table, actor)
        if person or state or is_group(table, actor):
            found.append(Antecedent(actor, person, view.sentence_of(mention.start)))
    return found


def table_groups(
    doc: Document, view: DocumentView, table: ActorTable | None, resolve: Callable[[Actor], Actor]
) -> list[Antecedent]:
    """Groups of the actor table the NER left unmarked ("Houthi rebels"): a noun
    with a capitalised name before it that resolves to an organisation."""
    if table is None:
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
        actor = resolve(mention)
        if is_group(table, actor):
            found.append(Antecedent(actor, False, view.sentence_of(start)))
    return found


def phrase_of(view: DocumentView, mention: Actor) -> Actor:
    """A state named as a modifier stands with its noun: "Sudan's army", "Iraqi troops"."""
    head = view.head_of(mention.start, mention.end)
    if head is None or head.dep not in ("poss", "amod", "compound", "nmod"):
        return mention
    noun = view.doc.tokens[head.head]
    if noun.pos != "NOUN" or noun.start < mention.end:
        return mention
    return Actor(view.doc.text[mention.start : noun.end], mention.start, noun.end)


def is_person(table: ActorTable | None, actor: Actor) -> bool:
    entry = table.get(actor.id) if table is not None and actor.id else None
    return entry is not None and entry.kind == "people"


def is_group(table: ActorTable | None, actor: Actor) -> bool:
    """A named organisation of the table (an armed group, a party, a body), not a
    person, a state or a place."""
    entry = table.get(actor.id) if table is not None and actor.id else None
    return entry is not None and entry.kind not in ("people", *PLACE_KINDS)
