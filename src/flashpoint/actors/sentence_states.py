"""States that one event of a sentence gives the others of the same sentence.

People who act at home, left without a state by one verb, take the one state another
event of the sentence found for the same words (``shared_sources``), and the killing
done by a device going off with no one named is the bombers' (``bombers_shared``).
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.actors.located import DOMESTIC_SECTORS, SOCIETY_SECTORS
from flashpoint.actors.resolve import PERSONAL_PRONOUNS
from flashpoint.actors.view import DocumentView
from flashpoint.coding.force import ERGATIVE_VERBS
from flashpoint.model import Actor, Event

#: Sectors of people who act in their own state: crowds, workers, students, rebels,
#: parties and the opposition.
HOME_PEOPLE = SOCIETY_SECTORS | DOMESTIC_SECTORS


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
        if not homeless(actor) or actor.text.lower() in PERSONAL_PRONOUNS or len(states) != 1:
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


def bombing(event: Event, view: DocumentView) -> bool:
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
        if bombing(e, view) and e.sources and all(a.country for a in e.sources)
    }
    return [
        replace(event, sources=bombers[event.sentence.index])
        if event.cameo == KILLING and not event.sources and event.sentence.index in bombers
        else event
        for event in events
    ]


def homeless(actor: Actor) -> bool:
    """Is ``actor`` people who act at home, of no state yet?"""
    return actor.country is None and actor.id is None and actor.sector in HOME_PEOPLE


def _span(event: Event, actor: Actor) -> tuple[int, int, int]:
    """Where a mention stands: its sentence and characters."""
    return (event.sentence.index, actor.start, actor.end)
