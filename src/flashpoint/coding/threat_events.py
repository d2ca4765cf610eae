"""A sentence's coded events as records, and the threats put among them.

``coder.code_sentence`` codes each trigger into a ``CodedEvent``; this module adds
the THREATEN events that ``threats`` decides on: a warning of one's own act
("Turkey said it would hit back if ...") and not ruling one's act out ("did not rule
out military action").  It builds events through the ``Build`` it is given, so it
needs nothing from ``coder``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from flashpoint.coding.lexicon import EventKind, Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.syntax import Parse
from flashpoint.coding.threats import (
    CONFLICT_ACT_TYPES,
    decliner,
    is_warning,
    raised_prospect,
    threat_kind,
    unexcluded_threat,
    warned_act,
)
from flashpoint.model import Event, Token


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """One event of a sentence as coded, with its trigger token and three flags: a
    passive naming no agent (``agentless``), inside a participle modifying a noun
    (``modifier``), or setting the scene of the news (``scene``)."""

    event: Event
    trigger: Token
    agentless: bool = False
    modifier: bool = False
    scene: bool = False


#: A warning told of an act: the verb of telling, the threat's kind and the act.
Told = tuple[Token, EventKind, Event]
#: Builds the event of a match; the flag says whether it counts as the sentence's first.
Build = Callable[[Match, bool], Event]


def told_warning(parse: Parse, lexicon: Lexicon, match: Match, event: Event) -> Told | None:
    """The warning an actor tells of its own hypothetical conflictual act (``event``,
    coded on ``match``): ``threats.warned_act`` or ``threats.raised_prospect``."""
    if event.modality != "hypothetical" or event.type not in CONFLICT_ACT_TYPES:
        return None
    if is_warning(event.type, match.pattern):
        teller = warned_act(parse, match.token)
    else:
        teller = raised_prospect(parse, match.token)
    if teller is None:
        return None
    return teller, threat_kind(parse, match, match.kind.cameo, lexicon), event


def with_threats(
    parse: Parse,
    lexicon: Lexicon,
    coded: list[CodedEvent],
    told: list[Told],
    build: Build,
    negated_penalty: float,
) -> list[CodedEvent]:
    """``coded`` with acts not ruled out held out as threats (``not_ruled_out``), then
    a threat on each warning ``told`` (``add_threat``)."""
    coded = not_ruled_out(parse, lexicon, coded, negated_penalty)
    for teller, kind, act in told:
        coded = add_threat(coded, Match(teller, kind, "verb"), act, lexicon, build)
    return coded


def not_ruled_out(
    parse: Parse, lexicon: Lexicon, coded: list[CodedEvent], negated_penalty: float
) -> list[CodedEvent]:
    """ "Did not rule out military action", "refused to rule out seizing the island": a
    negated ruling out of the party's own conflictual act holds the act out, a threat
    (``threats.unexcluded_threat``) made now, coded on "rule" in place of the
    rejection, its confidence raised back by ``negated_penalty``; the act itself is
    only possible (hypothetical, not scored), and a verb declining the ruling out
    ("refused") is part of the threat, no rejection of its own."""
    acts = [
        (c.trigger, EventKind(c.event.type, c.event.mode, c.event.cameo))
        for c in coded
        if c.event.cameo is not None
    ]
    result = list(coded)
    dropped: set[int] = set()
    for at, record in enumerate(coded):
        event, token = record.event, record.trigger
        if event.type != "REJECT" or event.modality != "negated":
            continue
        kind = unexcluded_threat(parse, token, acts, lexicon)
        if kind is None:
            continue
        declining = decliner(parse, token)
        level = event.confidence + negated_penalty
        for other in result:
            if (
                declining is not None
                and other.trigger.i == declining.i
                and other.event.type == "REJECT"
            ):
                level = max(level, other.event.confidence)
                dropped.add(other.trigger.i)
        cameo = lexicon.cameo_code(kind.cameo)
        threat = replace(
            event,
            type=kind.type,
            mode=kind.mode,
            cameo=kind.cameo,
            quad_class=cameo.quad_class if cameo else None,
            goldstein=cameo.goldstein if cameo else None,
            modality="asserted",
            confidence=round(min(level, 0.95), 2),
        )
        result[at] = replace(record, event=threat)
        for i, other in enumerate(result):
            if other.trigger in parse.kids(token) and other.event.type in CONFLICT_ACT_TYPES:
                result[i] = replace(other, event=replace(other.event, modality="hypothetical"))
    return [c for c in result if c.trigger.i not in dropped]


def add_threat(
    coded: list[CodedEvent], match: Match, act: Event, lexicon: Lexicon, build: Build
) -> list[CodedEvent]:
    """ "Turkey said it would hit back if ...": the act stays hypothetical, and the
    saying (``match``, ``threats.warned_act``) is a threat of it, made now, put among
    the ``coded`` events in text order; a verb of saying that is already a plain
    threat is sharpened."""
    told = [i for i, c in enumerate(coded) if c.trigger.i == match.token.i]
    if told:
        at = told[0]
        sharp = sharpened(coded[at].event, match.kind, act, lexicon)
        return [*coded[:at], replace(coded[at], event=sharp), *coded[at + 1 :]]
    at = sum(c.trigger.i < match.token.i for c in coded)
    threat = build(match, all(c.scene for c in coded[:at]))
    record = CodedEvent(replace(threat, targets=act.targets or threat.targets), match.token)
    return [*coded[:at], record, *coded[at:]]


def sharpened(told: Event, kind: EventKind, act: Event, lexicon: Lexicon) -> Event:
    """A plain threat or warning ("warned it would reimpose the curfew unless ...",
    CAMEO 130) takes the code of the act it warns of (1323) and, naming no target,
    the act's."""
    if told.type != "THREATEN" or told.cameo != "130" or kind.type != "THREATEN":
        return told
    cameo = lexicon.cameo_code(kind.cameo)
    return replace(
        told,
        mode=kind.mode,
        cameo=kind.cameo,
        quad_class=cameo.quad_class if cameo else told.quad_class,
        goldstein=cameo.goldstein if cameo else told.goldstein,
        targets=told.targets or act.targets,
    )
