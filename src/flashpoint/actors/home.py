"""A domestic act that names no one it reaches is aimed at the actor's own state.

CAMEO coders give an act done at home by one state's people or offices, where the
story names nobody it is aimed at, that state as its target: "the Thai army declared
martial law" (THA → THA), "Greek civil servants staged a general strike" (GRC → GRC),
"the president said he would step down". The reading needs a story that names no
other state: in a report on Syria's war that names Turkey and Russia, "the regime
refused" may well be aimed at either, so the rule stays out; and the sentence must
name the home state itself ("they refused" alone is too far from its story's home to
tell). Stateless people placed by where they act ("dock workers in Antwerp walked off
the job") are of that place's state, and so is the target of their protest there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from flashpoint.model import Actor

#: Types whose act, with no one named, is done to one's own state: protests and
#: strikes, emergency rule and closures, refusals, concessions, pledges, threats,
#: inquiries and alerts. Not an attack, a meeting or a request, which reach others.
HOME_TYPES = frozenset(
    {"PROTEST", "COERCE", "REJECT", "CONCEDE", "AGREE", "THREATEN", "ACCUSE", "MOBILIZE"}
)
#: Modes of other types done at home: an office-holder stepping down or handing over
#: power ("the prime minister said he would resign") leaves an office of his own state.
HOME_MODES = frozenset({"resign"})
#: Types done at home only when the public does them: a demand by protesters,
#: parties or unions that names no one is made of their own state ("Polish women's
#: groups demanded the restoration of abortion rights" → POL); a state's demand
#: ("Lebanon demanded urgent assistance") is made of others.
PUBLIC_HOME_TYPES = frozenset({"REQUEST"})
#: A state's armed groups that are not its forces: rebels, militias, gunmen.
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF"})
#: Acts of force, which a state's armed groups do at home where the story names no
#: other state: "Boko Haram abducted 200 schoolgirls" → NGA.
ARMED_HOME_TYPES = frozenset({"ASSAULT"})
#: The public, armed groups aside: people, their parties, unions, churches and
#: movements.
CIVIC_SECTORS = frozenset(
    {"CVL", "OPP", "LAB", "AGR", "EDU", "REL", "MED", "BUS", "JRN", "PTY", "SOC"}
)
#: Of those, the acts that people placed only by where they act aim at that place's
#: state: protests, strikes and demands. An arrest or a threat there may be of a
#: foreigner.
PLACED_HOME_TYPES = frozenset({"PROTEST"}) | PUBLIC_HOME_TYPES


def home_state(sources: Iterable[Actor]) -> str | None:
    """The one state all of ``sources`` belong to, else None (no source, or one
    without a state, or sources of two states)."""
    countries = {a.country for a in sources}
    if len(countries) != 1:
        return None
    return next(iter(countries))


def home_target(
    event_type: str,
    sources: tuple[Actor, ...],
    named_states: Iterable[str],
    sentence_states: Iterable[str],
    mode: str | None = None,
) -> Actor | None:
    """The target of a domestic act with none of its own: the sources' state, where
    the event's type or ``mode`` is one done at home (``HOME_TYPES``, ``HOME_MODES``,
    or an attack by armed groups: ``armed_act``), ``named_states`` (the
    states the document names) hold no other state and ``sentence_states`` (those
    its sentence names) hold that one. "Nigerian oil workers went on strike" → NGA."""
    domestic = event_type in HOME_TYPES or mode in HOME_MODES or public_act(event_type, sources)
    if not domestic and not armed_act(event_type, sources):
        return None
    home = home_state(sources)
    if home is None or any(state != home for state in named_states):
        return None
    return state_target(sources, home) if home in set(sentence_states) else None


def home_owned(
    event_type: str,
    sources: tuple[Actor, ...],
    targets: tuple[Actor, ...],
    named_states: Iterable[str],
    sentence_states: Iterable[str],
    mode: str | None = None,
) -> tuple[Actor, ...]:
    """Targets of a domestic act that name no state (people, or counted things) put
    in the sources' own state, on the terms of ``home_target``: "Zimbabwe's government
    seized 800 white-owned farms" → ZWE, "Vietnam dropped charges against a priest" →
    VNM, "Ankara rejected Kurdish demands" → TUR. Where any target has a state or
    an entry of its own, all are kept as they are."""
    if not targets or any(t.country or t.id for t in targets):
        return targets
    home = home_target(event_type, sources, named_states, sentence_states, mode)
    if home is None:
        return targets
    return tuple(replace(t, country=home.country) for t in targets)


def armed_act(event_type: str, sources: Iterable[Actor]) -> bool:
    """Is this an attack, or another act of ``ARMED_HOME_TYPES``, by a state's armed
    groups alone ("Basque separatists bombed a railway line", not "Spanish troops")?"""
    found = list(sources)
    return (
        event_type in ARMED_HOME_TYPES
        and bool(found)
        and all(a.sector in ARMED_SECTORS for a in found)
    )


def public_act(event_type: str, sources: Iterable[Actor]) -> bool:
    """Is this a demand, or another act of ``PUBLIC_HOME_TYPES``, made by the public
    alone ("Tamil parties demanded equal status", not "Sri Lanka demanded")?"""
    found = list(sources)
    return (
        event_type in PUBLIC_HOME_TYPES
        and bool(found)
        and all(a.sector in CIVIC_SECTORS for a in found)
    )


def placed_home_target(
    event_type: str, before: tuple[Actor, ...], after: tuple[Actor, ...]
) -> Actor | None:
    """The target of a protest by stateless people whom the place they act in gave its
    state (``before`` and ``after`` that placing): that state. "Dock workers in Antwerp
    walked off the job" → BEL."""
    if event_type not in PLACED_HOME_TYPES or any(a.country or a.id for a in before):
        return None
    home = home_state(after)
    return state_target(after, home) if home is not None else None


def state_target(sources: tuple[Actor, ...], state: str) -> Actor:
    """A target that is ``state`` with no words of its own: an empty mention at the end
    of the first source (no span of the text is the target), standing for the state
    (its ``id`` is the state's code, as a named state's is)."""
    end = sources[0].end
    return Actor(text="", start=end, end=end, country=state, id=state)
