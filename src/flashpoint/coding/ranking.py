"""The main-event ranking: how a sentence's coded events are put in order.

Each rule lowers one event's confidence just below the event it serves (a protest's
demand below the protest, a meeting below the act done at it, a description of the
subject below the news), so the most confident event stays the sentence's news.  Pure
functions of the parse and the coded events; ``ranked`` applies them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flashpoint.coding.clauses import (
    SUBJECT_DEPS,
    clause_verb,
    in_fronted_participle,
    in_subject_apposition,
    in_subject_clause,
)
from flashpoint.coding.contrasts import contrasted_conjunct
from flashpoint.coding.modality import (
    STANCE_TYPES,
    ordered_forces,
    plover_type,
)
from flashpoint.coding.syntax import Parse
from flashpoint.model import Actor, Event, Token


def ranked(
    parse: Parse, events: list[Event], triggers: list[Token], modifier: list[bool]
) -> list[Event]:
    """The sentence's events with the confidences of the ranking rules, in the order
    the rules apply (``modifier``: one flag per event, ``clauses.in_modifier``)."""
    events = _scenes_below(parse, events, triggers, modifier)
    events = _patients_below(parse, events, triggers)
    events = _protest_topics(parse, events, triggers)
    events = _concessions(parse, events, triggers)
    events = _defiances(parse, events, triggers)
    events = _orders_carried_out(parse, events, triggers)
    events = _inquiries_sent(parse, events, triggers)
    events = _meetings_as_setting(parse, events, triggers)
    events = _denials_below(parse, events, triggers)
    events = _modifiers_below(events, modifier)
    return _descriptions_below(parse, events, triggers)


#: How far below the sentence's other events a modifier's event is put.
MODIFIER_MARGIN = 0.05


def _modifiers_below(events: list[Event], modifier: list[bool]) -> list[Event]:
    """An event in a participle modifying a noun ("jailed activists declared a hunger
    strike", "Iran-backed militias fired rockets", "attacked a Chinese-financed
    railway"), or inside one ("men detained after a riot": ``in_modifier``, one flag
    per event), says who a participant is: it stays, but below every other event of
    the sentence, so the predicate is the main event."""
    others = [e.confidence for e, m in zip(events, modifier, strict=True) if not m]
    if not others:
        return events
    return [
        _below(e, min(others), MODIFIER_MARGIN) if m else e
        for e, m in zip(events, modifier, strict=True)
    ]


def _told(event: Event) -> bool:
    """Does PLOVER code ``event`` as told (``modality.plover_type``): done or announced,
    or a cooperative act refused ("did not withdraw" is a rejection)?"""
    return plover_type(event) is not None


def _stance(event: Event, trigger: Token) -> bool:
    """Is ``event`` a stance taken in an active participle ("Rejecting appeals, the
    Treasury said it would keep the curbs")?  It says what the clause's act is, as
    ``modality.STANCE_TYPES`` reads it, and is no mere scene."""
    return event.type in STANCE_TYPES and trigger.tag == "VBG"


#: How far below the news of its clause an event in the clause that sets its scene is put.
SCENE_MARGIN = 0.05


def _scenes_below(
    parse: Parse, events: list[Event], triggers: list[Token], modifier: list[bool]
) -> list[Event]:
    """An event in a participle clause that opens the sentence, or a clause of time
    or cause put before its verb ("Denied the right to unionise, workers walked out",
    "Accusing Bogota of plotting, Chavez said he was ready to sever ties":
    ``clauses.in_fronted_participle``), sets the scene of the news: it goes just below
    the best told event of the rest of the sentence (not a noun's modifier, nor one
    merely possible), and stays as it was where there is none ("Rejecting the appeal,
    the Treasury said ...")."""
    scene = [
        in_fronted_participle(parse, t) and not _stance(e, t)
        for e, t in zip(events, triggers, strict=True)
    ]
    news = [
        e.confidence
        for e, s, m in zip(events, scene, modifier, strict=True)
        if not s and not m and _told(e)
    ]
    return _capped(events, scene, news, SCENE_MARGIN)


def _capped(
    events: list[Event], flagged: list[bool], others: list[float], margin: float
) -> list[Event]:
    """``events`` with those ``flagged`` put no higher than ``margin`` below the best
    of ``others`` (the confidences they give way to); as they were where none is
    flagged or there is no other."""
    if not others or not any(flagged):
        return events
    return [
        _below(e, max(others), margin) if f else e for e, f in zip(events, flagged, strict=True)
    ]


def _below(event: Event, level: float, margin: float) -> Event:
    """``event`` with its confidence no higher than ``margin`` below ``level`` (the
    event it gives way to), and never below 0.05 for that."""
    ceiling = round(max(level - margin, 0.05), 2)
    return replace(event, confidence=min(event.confidence, ceiling))


#: Links by which an event noun hangs inside the noun phrase of a passive subject:
#: "the UN arms embargo on Libya", "an appeal for aid from Haiti".
PATIENT_DEPS = frozenset({"compound", "amod", "prep", "pobj", "conj"})
#: How far below the act done to it an event named by a passive subject is put.
PATIENT_MARGIN = 0.05


#: Statements whose reception is their news: "X's offer was welcomed by Y", "X's
#: demand was rejected by Y" stay the offer and the demand.
RECEIVED_TYPES = frozenset({"REQUEST", "AGREE"})
#: Acts that adopt what their passive subject names: "the freezing of talks was agreed
#: by member states" is the freezing.
ADOPTING_TYPES = frozenset({"AGREE"})


def _patient(event: Event) -> bool:
    """Can ``event``, named by a passive subject, be what another act was done to
    (not a statement whose reception is reported, ``RECEIVED_TYPES``)?"""
    return event.type not in RECEIVED_TYPES


def _passive_verb(parse: Parse, token: Token) -> Token | None:
    """The verb whose passive subject holds the event noun ``token`` ("the embargo
    on Libya was flouted by the UAE": "flouted"), else None."""
    if token.pos not in ("NOUN", "PROPN"):
        return None
    for above in [token, *parse.ancestors(token)]:
        head = parse.head(above)
        if head is None:
            return None
        if above.dep == "nsubjpass":
            return head if head.pos in ("VERB", "AUX") else None
        if above.dep not in PATIENT_DEPS:
            return None
    return None


def _patients_below(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """An event named by the passive subject of a verb that is an event of its own
    ("the UN arms embargo on Libya was flouted by the UAE", "a Haitian appeal for aid
    was rejected by Santo Domingo", "joint drills were requested by Vilnius") is what
    that act was done to, as the object of the active verb is: the act is the news
    (CAMEO codes the flouting, the refusal, the request), so the noun's event goes just
    below it.  An offer or a demand received ("X's offer was welcomed") and an act
    adopted ("the freezing of talks was agreed by member states") stay as they were."""
    at = {
        t.i: e.confidence
        for e, t in zip(events, triggers, strict=True)
        if _told(e) and e.type not in ADOPTING_TYPES
    }
    result = []
    for event, token in zip(events, triggers, strict=True):
        verb = _passive_verb(parse, token)
        if verb is not None and verb.i in at and verb.i != token.i and _patient(event):
            event = _below(event, at[verb.i], PATIENT_MARGIN)
        result.append(event)
    return result


#: How far below the sentence's best other event an event that says who the subject
#: is is put.
DESCRIPTION_MARGIN = 0.05


def _descriptions_below(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """An event in a clause or an apposition that says who the subject is, before its
    verb ("the agency, which was expelled in 2009, called on ...", "Iran and Venezuela,
    both under US sanctions, vowed ...": ``in_subject_clause``,
    ``in_subject_apposition``) is the subject's background, not the news: it goes
    below the best of the sentence's other events ("said it intended to deliver food"
    over "which has warned of famine").  Where there is none, it stays as it was."""
    describing = [in_subject_clause(parse, t) or in_subject_apposition(parse, t) for t in triggers]
    main = [e.confidence for e, d in zip(events, describing, strict=True) if not d]
    return _capped(events, describing, main, DESCRIPTION_MARGIN)


#: Dependencies of a participle that tells what a protest demands: "marched,
#: demanding ..." (advcl), "protesters demanding ..." (acl).
TOPIC_DEPS = frozenset({"advcl", "acl"})
#: How far below its protest a protest's demand is put.
TOPIC_MARGIN = 0.05


def _protest_topics(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A demand made in a participle of a protest ("thousands marched, demanding that
    X resign", "protesters demanding his resignation set fire to ...", "on hunger
    strike, demanding his release") is the protest's topic (PLOVER: the topic of a
    protest is not a separate event): it stays, but below the protest in confidence,
    so the protest is the sentence's main event."""
    protests = [
        (event, clause_verb(parse, token))
        for event, token in zip(events, triggers, strict=True)
        if event.type == "PROTEST"
    ]
    result: list[Event] = []
    for event, token in zip(events, triggers, strict=True):
        head = parse.head(token)
        # "on hunger strike to demand his release": a purpose infinitive, as a participle.
        purpose = token.dep == "advcl" and token.tag == "VB" and parse.infinitive(token)
        topic = (token.tag == "VBG" and token.dep in TOPIC_DEPS) or purpose
        if event.type == "REQUEST" and topic and head:
            anchor = clause_verb(parse, head)
            ceiling = min(
                (p.confidence for p, verb in protests if verb.i == anchor.i),
                default=None,
            )
            if ceiling is not None and event.confidence >= ceiling:
                lowered = round(max(ceiling - TOPIC_MARGIN, 0.05), 2)
                event = replace(event, confidence=lowered)
        result.append(event)
    return result


#: How far above the act it qualifies a concession participle is put.
CONCESSION_MARGIN = 0.05


def _concessions(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A participle of yielding ("Bowing to protests, parliament approved ...", "resigned,
    yielding to protesters") says what kind of act its clause's verb is: the act was a
    concession (CAMEO 08: the approval or resignation accedes to the demand), so the
    concession is the sentence's main event and the act it qualifies goes below it.  A
    concession that names no target takes the act's ("yielding to protests, the king
    reinstated parliament": what he conceded is parliament's return)."""
    raised: dict[int, float] = {}
    lowered: dict[int, float] = {}
    yielded: dict[int, tuple[Actor, ...]] = {}
    for event, token in zip(events, triggers, strict=True):
        head = parse.head(token)
        if event.type != "CONCEDE" or token.tag != "VBG" or token.dep != "advcl" or not head:
            continue
        coded = {t.i for e, t in zip(events, triggers, strict=True) if e is not event}
        verb = _conceding_verb(parse, head, coded)
        above = [
            e for e, t in zip(events, triggers, strict=True) if e is not event and t.i == verb.i
        ]
        if above and all(e.type != "CONCEDE" for e in above):
            top = max(e.confidence for e in above)
            level = round(min(max(event.confidence, top + CONCESSION_MARGIN), 0.95), 2)
            raised[token.i] = level
            yielded[token.i] = next((e.targets for e in above if e.targets), ())
            below = round(level - CONCESSION_MARGIN, 2)
            lowered[verb.i] = min(lowered.get(verb.i, 1.0), below)
    return _moved(
        events, triggers, raised, lowered,
        lambda e, t: replace(e, targets=e.targets or yielded[t.i]),
    )  # fmt: skip


#: Prepositions of a phrase that says in what spirit an act was done: "in defiance of".
MANNER_PREPS = frozenset({"in"})


def _defiances(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A defiance named in a phrase on an act ("North Korea launched a missile in
    defiance of UN resolutions") is the act's doer's: it takes the act's sources where
    it names none. Its rank is left as it is: the act stays the news where it ranks
    higher (an offensive "in defiance of a ceasefire" is the offensive)."""
    result = []
    for event, token in zip(events, triggers, strict=True):
        prep = parse.head(token)
        if event.type == "REJECT" and not event.sources and token.dep == "pobj" and prep:
            # The phrase may hang on a noun of the clause: "fired missiles into the sea
            # in defiance of ...".
            verb = clause_verb(parse, prep)
            if prep.lemma in MANNER_PREPS and verb.pos == "VERB":
                acts = [e for e, t in zip(events, triggers, strict=True) if t.i == verb.i]
                doers = next((e.sources for e in acts if e.sources and _told(e)), ())
                event = replace(event, sources=doers)
        result.append(event)
    return result


#: Links by which a verb that codes nothing hangs on the verb whose act it completes:
#: "agreed to dissolve parliament" (xcomp), "... and hold elections" (conj).
COMPLEMENT_DEPS = frozenset({"xcomp", "conj"})


def _conceding_verb(parse: Parse, head: Token, coded: set[int]) -> Token:
    """The verb whose act a concession participle on ``head`` qualifies: the verb of
    its clause, or, where that verb codes nothing (no trigger in ``coded``) and
    completes another, the verb it completes ("agreed to dissolve parliament and hold
    elections, caving in to the protests": the agreement is what was conceded)."""
    verb = clause_verb(parse, head)
    while verb.i not in coded and verb.dep in COMPLEMENT_DEPS:
        above = parse.head(verb)
        if above is None or above.pos not in ("VERB", "AUX"):
            break
        verb = above
    return verb


def _moved(
    events: list[Event],
    triggers: list[Token],
    raised: dict[int, float],
    lowered: dict[int, float],
    lift: Callable[[Event, Token], Event],
) -> list[Event]:
    """The events with their confidence moved: those on a ``raised`` trigger to that
    level and then through ``lift`` (the actors the move brings), those on a
    ``lowered`` one no higher than that level."""
    if not raised:
        return events
    result = []
    for event, token in zip(events, triggers, strict=True):
        if token.i in raised:
            event = lift(replace(event, confidence=raised[token.i]), token)
        elif token.i in lowered and event.confidence > lowered[token.i]:
            event = replace(event, confidence=lowered[token.i])
        result.append(event)
    return result


#: How far above the order that commands it a commanded act is put.
ORDER_MARGIN = 0.05


def _orders_carried_out(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """An order to armed or police forces ("ordered troops to pull out of the city",
    ``modality.ordered_forces``) is carried out: the commanded act is the news (CAMEO
    codes the withdrawal or the alert, not a request), so it goes above the order,
    which stays below it.  The act is the commander's, as CAMEO codes it ("the minister
    ordered troops to withdraw": his state withdraws), so it takes the order's source."""
    carried = {
        t.i: order
        for e, t in zip(events, triggers, strict=True)
        if (order := parse.head(t)) is not None
        and ordered_forces(parse, t)
        and e.modality == "asserted"
    }
    return _above_means(events, triggers, carried)


def _above_means(
    events: list[Event], triggers: list[Token], means: dict[int, Token]
) -> list[Event]:
    """The events with each trigger in ``means`` put above the coded event of the verb
    it maps to (the order or the sending it is carried out by), that verb's event
    below it, and the act given that verb's source."""
    raised: dict[int, float] = {}
    lowered: dict[int, float] = {}
    doers: dict[int, tuple[Actor, ...]] = {}
    for event, token in zip(events, triggers, strict=True):
        verb = means.get(token.i)
        if verb is None:
            continue
        above = [e for e, t in zip(events, triggers, strict=True) if t.i == verb.i]
        if not above:
            continue
        top = max(e.confidence for e in above)
        level = round(min(max(event.confidence, top + ORDER_MARGIN), 0.95), 2)
        raised[token.i] = level
        lowered[verb.i] = min(lowered.get(verb.i, 1.0), round(level - ORDER_MARGIN, 2))
        doers[token.i] = next((e.sources for e in above if e.sources), ())
    return _moved(
        events, triggers, raised, lowered,
        lambda e, t: replace(e, sources=doers[t.i] or e.sources),
    )  # fmt: skip


#: Verbs of sending someone somewhere: "sent a team to investigate".
SENDING_VERBS = frozenset({"send", "dispatch"})
#: The CAMEO root of an investigation.
INVESTIGATE_ROOT = "09"


def _sender(parse: Parse, token: Token) -> Token | None:
    """The verb of sending whose envoys ``token``, an infinitive, is the errand of:
    "sent experts to investigate" (the purpose hung on the verb) or "dispatched a
    mission to investigate" (hung on the envoys); None where there is none."""
    head = parse.head(token)
    if head is not None and token.dep in ("relcl", "acl") and head.dep in ("dobj", "obj"):
        head = parse.head(head)
    if head is None or head.lemma not in SENDING_VERBS or not parse.infinitive(token):
        return None
    return head if token.dep in ("advcl", "relcl", "acl") else None


def _inquiries_sent(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """An investigation that a party sends envoys to carry out ("the UN sent experts
    to investigate the attack", "dispatched a fact-finding mission to probe abuses")
    is the news: CAMEO codes the inquiry (09), the sending is only its means.  It goes
    above the sending, which stays below it, and takes the sender as its source."""
    sent = {
        t.i: sender
        for e, t in zip(events, triggers, strict=True)
        if (sender := _sender(parse, t)) is not None
        and (e.cameo or "").startswith(INVESTIGATE_ROOT)
        and _told(e)
    }
    return _above_means(events, triggers, sent)


#: How far below the act done at it a meeting that sets its scene is put.
SETTING_MARGIN = 0.05
#: Verbs of a meeting coded as another type: an envoy summoned is called to a meeting
#: (coded as the protest it conveys), where the act that follows is delivered.
MEETING_VERBS = frozenset({"summon"})
#: Links by which a phrase put before the subject sets the scene of its clause.
SETTING_DEPS = frozenset({"prep", "advcl", "npadvmod"})


def _setting_of(parse: Parse, trigger: Token) -> tuple[Token, Token | None] | None:
    """The clause verb whose act a meeting is the setting of, with the phrase that
    holds the meeting when that phrase is put before the verb's subject ("After
    talks in Riyadh, Egypt said ...", "Visiting Kyiv, the minister promised ...");
    or, with None, the meeting's own verb when a second verb shares its subject
    ("received the envoy and agreed to ...")."""
    verb = clause_verb(parse, trigger)
    for above in [trigger, *parse.ancestors(trigger)]:
        head = parse.head(above)
        if head is None:
            break
        subjects = parse.kids(head, *SUBJECT_DEPS)
        if head.pos in ("VERB", "AUX") and above.dep in SETTING_DEPS and subjects:
            return (head, above) if all(above.i < s.i for s in subjects) else None
        if head.pos in ("VERB", "AUX"):
            break
    return (verb, None) if verb.pos in ("VERB", "AUX") else None


def _acts_at(parse: Parse, setting: tuple[Token, Token | None], trigger: Token) -> bool:
    """Is ``trigger`` an act done at a meeting of that ``setting`` (``_setting_of``): in
    the clause of the verb the setting hangs on, or in a verb coordinated after the
    meeting's own that has no subject of its own?"""
    verb, phrase = setting
    chain = [trigger, *parse.ancestors(trigger)]
    if phrase is not None:
        return any(t.i == verb.i for t in chain) and all(t.i != phrase.i for t in chain)
    return any(
        t.dep == "conj"
        and t.head == verb.i
        and t.i > verb.i
        and not parse.kids(t, *SUBJECT_DEPS)
        and t.pos in ("VERB", "AUX")
        for t in chain
    )


def _meetings_as_setting(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A meeting, visit, talks or summons where the sentence's act was done ("met the
    envoy and agreed to ...", "summoned the envoy and demanded ...", "Arriving in
    Lusaka, the president promised ...", "After talks in Moscow, X said ...") sets
    the scene of that act: the act is the news (the meeting is only where it
    happened), so a meeting that took place goes below the best act done at it
    (``_acts_at``; not a hypothetical one)."""
    result = []
    for event, token in zip(events, triggers, strict=True):
        meeting = event.type == "CONSULT" or token.lemma in MEETING_VERBS
        setting = _setting_of(parse, token) if meeting and event.modality == "asserted" else None
        acts = [
            e.confidence
            for e, t in zip(events, triggers, strict=True)
            if setting is not None
            and e.type not in ("CONSULT", event.type)
            and e.modality != "hypothetical"
            and _acts_at(parse, setting, t)
        ]
        if acts:
            event = _below(event, max(acts), SETTING_MARGIN)
        result.append(event)
    return result


#: How far below the act it gives way to a denied act is put.
DENIAL_MARGIN = 0.05


def _gives_way_to(parse: Parse, denied: Token, trigger: Token) -> bool:
    """Is ``trigger`` in the act that a denied verb gives way to: a verb after "but"
    (``contrasts.contrasted_conjunct``) or a later verb done "instead" ("neither side
    would travel to the other's capital; they met instead in Addis Ababa")?"""
    chain = [trigger, *parse.ancestors(trigger)]
    turns = [v for v in parse.kids(denied, "conj") if contrasted_conjunct(parse, v, denied)]
    if any(a.i == v.i for v in turns for a in chain):
        return True
    verb = clause_verb(parse, trigger)
    instead = any(k.lemma == "instead" for k in parse.kids(verb, "advmod"))
    return instead and verb.i > denied.i and all(a.i != denied.i for a in chain)


def _denials_below(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A denied act that gives way to another ("did not ask for troops but sought a
    loan", "will not send troops but will provide aid", "would not travel ...; they
    met instead": ``_gives_way_to``) is what was not done, told to set off the act
    that was: that act is the news, so the denial goes just below the best told event
    of it (a refused cooperative act would otherwise read as a REJECT)."""
    result = []
    for event, token in zip(events, triggers, strict=True):
        acts = [
            e.confidence
            for e, t in zip(events, triggers, strict=True)
            if e is not event and _told(e) and _gives_way_to(parse, token, t)
        ]
        if event.modality == "negated" and acts:
            event = _below(event, max(acts), DENIAL_MARGIN)
        result.append(event)
    return result
