"""The ``events`` stage: turn each parsed sentence into PLOVER events.

``code_sentence`` is a pure function of the parse and the lexicon; the stage
class only walks the document's sentences.  Sources and targets come out as
mentions (text and offsets); the ``actors`` stage resolves who they are.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.arguments import arguments
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.modality import (
    CLAUSE_LINKS,
    clause_links,
    is_circumstance,
    is_suppressed,
    modality,
    ordered_forces,
)
from flashpoint.coding.quantities import quantities
from flashpoint.coding.quotes import find_quote, reported_speech
from flashpoint.coding.readings import bounding_clause, fronted_participle, modifier_participle
from flashpoint.coding.repairs import repaired
from flashpoint.coding.syntax import Parse
from flashpoint.coding.threat_events import CodedEvent, Told, told_warning, with_threats
from flashpoint.coding.triggers import find_triggers
from flashpoint.model import (
    Actor,
    Document,
    Event,
    Modality,
    Quote,
    Sentence,
    Span,
    Token,
    stable_id,
)

#: Prior confidence of each trigger shape, before argument evidence.
PATTERN_CONFIDENCE = {
    "demand": 0.6,
    "verb_prt": 0.65,
    "verb_obj": 0.7,
    "light": 0.7,
    "verb": 0.65,
    "noun": 0.5,
}
#: How much each modality lowers confidence: an announced act (read as AGREE or
#: THREATEN) is less often the sentence's news than one that happened.
MODALITY_PENALTY = {"future": 0.2, "hypothetical": 0.15, "negated": 0.15}


#: Heads whose "of" phrase names who they are: "the government of Iraq", "the
#: Ministry of Defence", "members of the Taliban", "the Secretary of State".
NAMED_BY_OF = frozenset(
    {"government", "department", "ministry", "republic", "kingdom", "chamber", "council"}
    | {"court", "parliament", "embassy", "office", "union", "league", "organization"}
    | {"organisation", "member", "army", "navy", "president", "minister", "secretary"}
    | {"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "commander"}
    | {"representative", "ambassador", "people", "citizen", "force", "state", "emir", "king"}
)
#: The longest "of" phrase taken into a mention, in tokens.
OF_PHRASE_LIMIT = 8


def mention(parse: Parse, head: Token, text: str) -> Actor:
    """An unresolved actor mention spanning the noun phrase headed by ``head``, with
    the "of" phrase that names an institution or office ("the government of Iraq")
    or goes on with a name ("the Federal Bureau of Investigation")."""
    phrase = parse.phrase(head)
    start, end = phrase[0].start, phrase[-1].end
    for prep in parse.kids(head, "prep"):
        if prep.lemma != "of" or prep.i < head.i:
            continue
        inner = sorted(parse.subtree(prep), key=lambda t: t.i)
        name = head.pos == "PROPN" and all(
            t.pos == "PROPN" or t.dep in ("prep", "det", "cc") for t in inner
        )
        named = any(t.pos == "PROPN" or t.ent_type in ("GPE", "ORG", "NORP") for t in inner)
        verbal = any(t.pos in ("VERB", "AUX") for t in inner)
        short = len(inner) <= OF_PHRASE_LIMIT and inner[-1].end > end
        if (head.lemma.lower() in NAMED_BY_OF or name) and named and not verbal and short:
            end = inner[-1].end
    return Actor(text=text[start:end], start=start, end=end)


def contexts(lexicon: Lexicon, event_type: str, tokens: list[Token]) -> tuple[str, ...]:
    """PLOVER contexts: the type's defaults, then those cued by words in the sentence."""
    found = list(lexicon.type_contexts.get(event_type, ()))
    for token in tokens:
        context = lexicon.contexts.get(token.lemma)
        if context is not None and context not in found:
            found.append(context)
    return tuple(found)


#: How much deeper each kind of clause (``modality.clause_kind``) puts the trigger.
#: Measured on training data (``benchmarks/main_event.py``): the act reported under a
#: verb of saying ("officials said rebels attacked") and a participle clause ("...,
#: killing five") are the news as often as a main clause's; what a verb governs
#: ("agreed to send"), a purpose ("sent troops to fight") or a complement is relayed;
#: a participle clause that opens the sentence ("Visiting Asuncion, Wu urged ...") sets
#: the scene, as a condition or a clause that bounds the event in time ("until their
#: demands are met") does; a relative clause or a noun's clause ("the rebels who
#: attacked", "the decision to send") and, deepest, a clause of time or cause ("after
#: rebels attacked") are the background of the sentence, not its news.
CLAUSE_DEPTH = {
    "reported": 0.0,
    "advcl": 0.0,
    "xcomp": 0.5,
    "purpose": 0.5,
    "ccomp": 0.5,
    "parataxis": 0.5,
    "pcomp": 1.0,
    "condition": 1.0,
    "fronted": 1.0,
    "csubj": 1.0,
    "acl": 1.5,
    "relative": 1.5,
    "circumstance": 2.0,
}
#: Each clause beyond the innermost adds this much depth.
OUTER_CLAUSE_DEPTH = 0.5


def clauses(parse: Parse, token: Token) -> list[Token]:
    """The heads of the clauses the trigger is embedded in, innermost first: one for
    each kind ``modality.clause_links`` gives."""
    found = []
    for child in [token, *parse.ancestors(token)]:
        head = parse.head(child)
        if head is None:
            break
        if child.dep in CLAUSE_LINKS and (child.pos in ("VERB", "AUX") or child.dep != "pcomp"):
            found.append(child)
    return found


def clause_kinds(parse: Parse, token: Token) -> list[str]:
    """``modality.clause_links`` with two readings of adverbial clauses the parse
    does not mark: a participle clause that opens the sentence ("Visiting Asuncion,
    Wu urged ...", ``readings.fronted_participle``) sets the scene ("fronted": less
    deep than a clause of time, as it can be the news: "Rejecting appeals, the
    Treasury said ..."); a clause that bounds its head in time ("will not end the strike until
    their demands are met", ``readings.bounding_clause``) is its condition."""
    kinds = clause_links(parse, token)
    heads = clauses(parse, token)
    if len(heads) != len(kinds):
        return kinds
    return [
        "fronted"
        if fronted_participle(parse, head)
        else "condition"
        if kind == "advcl" and bounding_clause(parse, head)
        else kind
        for kind, head in zip(kinds, heads, strict=True)
    ]


def in_fronted_participle(parse: Parse, token: Token) -> bool:
    """Is the trigger inside a participle clause that opens the sentence, or a clause
    of time or cause put before the clause it hangs on ("As protests turned deadly,
    Bangladesh imposed a curfew")?  Either sets the scene of the news."""
    return any(
        fronted_participle(parse, head) or _fronted_circumstance(parse, head)
        for head in clauses(parse, token)
    )


def _fronted_circumstance(parse: Parse, clause: Token) -> bool:
    head = parse.head(clause)
    return head is not None and clause.i < head.i and is_circumstance(parse, clause)


#: Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of a phrase set off after a subject that says who it is.
INSERT_DEPS = frozenset({"appos", "prep", "amod"})
#: Kinds of clause that say who a participant is.
DESCRIBING_CLAUSES = frozenset({"relative", "acl"})


def in_subject_clause(parse: Parse, token: Token) -> bool:
    """Is the trigger inside a clause that says who a participant named before its
    verb is ("the rebels, who seized the town in May, announced ...", "the coalition
    fighting the rebels has declared ...")?"""
    kinds = clause_kinds(parse, token)
    heads = clauses(parse, token)
    return len(kinds) == len(heads) and any(
        kind in DESCRIBING_CLAUSES and _before_its_verb(parse, head)
        for kind, head in zip(kinds, heads, strict=True)
    )


def in_subject_apposition(parse: Parse, token: Token) -> bool:
    """Is the trigger inside an apposition or a phrase set off by a comma between a
    subject and its verb ("the envoy, a veteran of the Dayton talks, urged ...", "the
    rebels, fresh from attacks on army posts, said ...", "Cuba, long under US
    sanctions, said ...")?  It says who the subject is, as a clause on it does."""
    for above in [token, *parse.ancestors(token)]:
        head = parse.head(above)
        if head is None or above.dep not in INSERT_DEPS:
            continue
        comma = parse.tokens.get(parse.start(above) - 1)
        if comma is None or comma.text != ",":
            continue
        if head.dep in SUBJECT_DEPS:
            return head.i < above.i and _before_its_verb(parse, above)
        subjects = parse.kids(head, *SUBJECT_DEPS)
        return head.pos in ("VERB", "AUX") and any(s.i < above.i < head.i for s in subjects)
    return False


def _before_its_verb(parse: Parse, clause: Token) -> bool:
    """Does the clause come before the verb of the noun it describes?"""
    noun = parse.head(clause)
    return noun is not None and clause.i < _clause_verb(parse, noun).i


def clause_depth(parse: Parse, token: Token) -> float:
    """How deeply the trigger is embedded: 0 in the main clause or one coordinated
    with it, else by the kind of its innermost clause (``CLAUSE_DEPTH``, kinds read
    by ``clause_kinds``) plus ``OUTER_CLAUSE_DEPTH`` for each clause around that one."""
    kinds = clause_kinds(parse, token)
    if not kinds:
        return 0.0
    return CLAUSE_DEPTH.get(kinds[0], 1.0) + OUTER_CLAUSE_DEPTH * (len(kinds) - 1)


def confidence(
    match: Match,
    n_sources: int,
    n_targets: int,
    mood: Modality,
    depth: float = 0.0,
    first: bool = True,
) -> float:
    """A score in [0, 1] that the event is the sentence's news, as coded: from the
    trigger shape, how complete the event is, its modality, how deeply it is
    embedded (a main-clause event is reported, an embedded one relayed or
    background) and whether it is the sentence's first event (news sentences
    put their event first).  The weights follow what predicts a right main event
    on training data; ``benchmarks/main_event.py`` prints its calibration."""
    score = PATTERN_CONFIDENCE[match.pattern]
    score += 0.15 if n_sources else 0.0
    score += 0.1 if n_targets else 0.0
    score -= MODALITY_PENALTY.get(mood, 0.0)
    score -= 0.1 * min(depth, 3.0)
    score -= 0.0 if first else 0.1
    return round(min(max(score, 0.05), 0.95), 2)


def trigger_span(match: Match, text: str) -> Span:
    token = match.token
    return Span(text=text[token.start : token.end], start=token.start, end=token.end)


def build_event(
    doc_id: str,
    sentence: Sentence,
    match: Match,
    parse: Parse,
    lexicon: Lexicon,
    text: str,
    quote: Quote | None,
    first: bool = True,
) -> Event:
    tokens = [parse.tokens[i] for i in range(sentence.first, sentence.last)]
    source_heads, target_heads = arguments(parse, match, lexicon)
    mood = modality(parse, match)
    cameo = lexicon.cameo_code(match.kind.cameo)
    participants = [*target_heads, *([match.noun] if match.noun else []), match.token]
    return Event(
        id=stable_id(doc_id, match.token.start, match.kind.type),
        doc_id=doc_id,
        type=match.kind.type,
        mode=match.kind.mode,
        contexts=contexts(lexicon, match.kind.type, tokens),
        cameo=match.kind.cameo,
        quad_class=cameo.quad_class if cameo else None,
        goldstein=cameo.goldstein if cameo else None,
        sources=tuple(mention(parse, h, text) for h in source_heads),
        targets=tuple(mention(parse, h, text) for h in target_heads),
        trigger=trigger_span(match, text),
        sentence=sentence,
        quantities=quantities(parse, match.token, participants, text),
        quote=quote or reported_speech(parse, match.token, text),
        modality=mood,
        confidence=confidence(
            match,
            len(source_heads),
            len(target_heads),
            mood,
            clause_depth(parse, match.token),
            first,
        ),
    )


def code_sentence(doc: Document, sentence: Sentence, lexicon: Lexicon) -> list[Event]:
    """The events of one parsed sentence of ``doc``."""
    tokens = repaired(doc.sentence_tokens(sentence))
    parse = Parse(tokens)
    quote = find_quote(parse, sentence, tokens, doc.text)
    coded: list[CodedEvent] = []
    told: list[Told] = []
    # Events that say who a participant is (a participle modifying a noun, a clause
    # on the subject) or set the scene come before the news without taking its place
    # as the sentence's first event.
    first = True
    for match in find_triggers(parse, tokens, lexicon):
        if is_suppressed(parse, match):
            continue
        event = build_event(doc.id, sentence, match, parse, lexicon, doc.text, quote, first)
        # A bare event noun ("the sanctions") mostly refers back to an event coded
        # where it was reported; it counts only with a participant of its own.
        if match.pattern == "noun" and not (event.sources or event.targets):
            continue
        modifier = in_modifier(parse, match.token)
        scene = (
            modifier
            or in_fronted_participle(parse, match.token)
            or in_subject_clause(parse, match.token)
        )
        agentless = not event.sources and _passive(parse, match)
        coded.append(CodedEvent(event, match.token, agentless, modifier, scene))
        first = first and scene
        warning = told_warning(parse, lexicon, match, event)
        if warning is not None:
            told.append(warning)

    def build(threat: Match, lead: bool) -> Event:
        return build_event(doc.id, sentence, threat, parse, lexicon, doc.text, quote, lead)

    coded = with_threats(parse, lexicon, coded, told, build, MODALITY_PENALTY["negated"])
    triggers = [c.trigger for c in coded]
    events = [c.event for c in coded]
    events = _protest_topics(parse, events, triggers)
    events = _concessions(parse, events, triggers)
    events = _orders_carried_out(parse, events, triggers)
    events = _meetings_as_setting(parse, events, triggers)
    events = _modifiers_below(events, [c.modifier for c in coded])
    events = _descriptions_below(parse, events, triggers)
    return _lend_agents(parse, events, triggers, [c.agentless for c in coded])


#: How far below the sentence's other events a modifier's event is put.
MODIFIER_MARGIN = 0.05


#: Links by which a noun event hangs inside a participle's phrase ("detained after
#: a deadly riot in the capital").
ADJUNCT_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod"})


def in_modifier(parse: Parse, token: Token) -> bool:
    """Is the trigger a participle that modifies a noun, or inside one ("suspects
    detained after a riot were tortured": the riot says who the suspects are too)?"""
    for above in [token, *parse.ancestors(token)]:
        if modifier_participle(parse, above):
            return True
        if above.dep not in ADJUNCT_DEPS:
            return False
    return False


def _modifiers_below(events: list[Event], modifier: list[bool]) -> list[Event]:
    """An event in a participle modifying a noun ("jailed activists declared a hunger
    strike", "Iran-backed militias fired rockets", "attacked a Chinese-financed
    railway"), or inside one ("men detained after a riot": ``in_modifier``, one flag
    per event), says who a participant is: it stays, but below every other event of
    the sentence, so the predicate is the main event."""
    others = [e.confidence for e, m in zip(events, modifier, strict=True) if not m]
    if not others:
        return events
    ceiling = round(max(min(others) - MODIFIER_MARGIN, 0.05), 2)
    return [
        replace(e, confidence=min(e.confidence, ceiling)) if m else e
        for e, m in zip(events, modifier, strict=True)
    ]


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
    if not main or not any(describing):
        return events
    ceiling = round(max(max(main) - DESCRIPTION_MARGIN, 0.05), 2)
    return [
        replace(e, confidence=min(e.confidence, ceiling)) if d else e
        for e, d in zip(events, describing, strict=True)
    ]


#: Dependencies of a participle that tells what a protest demands: "marched,
#: demanding ..." (advcl), "protesters demanding ..." (acl).
TOPIC_DEPS = frozenset({"advcl", "acl"})
#: How far below its protest a protest's demand is put.
TOPIC_MARGIN = 0.05


def _clause_verb(parse: Parse, token: Token) -> Token:
    """The verb of the clause that holds ``token`` (itself if it is one)."""
    while token.pos not in ("VERB", "AUX"):
        above = parse.head(token)
        if above is None or above.i == token.i:
            break
        token = above
    return token


def _protest_topics(parse: Parse, events: list[Event], triggers: list[Token]) -> list[Event]:
    """A demand made in a participle of a protest ("thousands marched, demanding that
    X resign", "protesters demanding his resignation set fire to ...", "on hunger
    strike, demanding his release") is the protest's topic (PLOVER: the topic of a
    protest is not a separate event): it stays, but below the protest in confidence,
    so the protest is the sentence's main event."""
    protests = [
        (event, _clause_verb(parse, token))
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
            anchor = _clause_verb(parse, head)
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
        verb = _clause_verb(parse, head)
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
    if not raised:
        return events
    result = []
    for event, token in zip(events, triggers, strict=True):
        if token.i in raised:
            targets = event.targets or yielded[token.i]
            event = replace(event, confidence=raised[token.i], targets=targets)
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
    raised: dict[int, float] = {}
    lowered: dict[int, float] = {}
    commanders: dict[int, tuple[Actor, ...]] = {}
    for event, token in zip(events, triggers, strict=True):
        order = parse.head(token)
        if order is None or not ordered_forces(parse, token) or event.modality != "asserted":
            continue
        above = [e for e, t in zip(events, triggers, strict=True) if t.i == order.i]
        if not above:
            continue
        top = max(e.confidence for e in above)
        level = round(min(max(event.confidence, top + ORDER_MARGIN), 0.95), 2)
        raised[token.i] = level
        lowered[order.i] = min(lowered.get(order.i, 1.0), round(level - ORDER_MARGIN, 2))
        commanders[token.i] = next((e.sources for e in above if e.sources), ())
    if not raised:
        return events
    result = []
    for event, token in zip(events, triggers, strict=True):
        if token.i in raised:
            sources = commanders[token.i] or event.sources
            event = replace(event, confidence=raised[token.i], sources=sources)
        elif token.i in lowered and event.confidence > lowered[token.i]:
            event = replace(event, confidence=lowered[token.i])
        result.append(event)
    return result


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
    verb = _clause_verb(parse, trigger)
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


def _acts_at(parse: Parse, meeting: Token, trigger: Token) -> bool:
    """Is ``trigger`` an act done at the meeting: in the clause of the verb its
    setting hangs on (``_setting_of``), or in a verb coordinated after the
    meeting's own that has no subject of its own?"""
    setting = _setting_of(parse, meeting)
    if setting is None:
        return False
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
    the scene of that act: the act is the news
    (the meeting is only where it happened), so a meeting that took place goes below
    the best act done at it (``_acts_at``; not a hypothetical one)."""
    result = []
    for event, token in zip(events, triggers, strict=True):
        meeting = event.type == "CONSULT" or token.lemma in MEETING_VERBS
        acts = [
            e.confidence
            for e, t in zip(events, triggers, strict=True)
            if e.type not in ("CONSULT", event.type)
            and e.modality != "hypothetical"
            and _acts_at(parse, token, t)
        ]
        if meeting and event.modality == "asserted" and acts:
            ceiling = round(max(max(acts) - SETTING_MARGIN, 0.05), 2)
            event = replace(event, confidence=min(event.confidence, ceiling))
        result.append(event)
    return result


def _passive(parse: Parse, match: Match) -> bool:
    """Is the trigger a passive verb, or coordinated with one ("was killed and four
    injured")?"""
    verb = match.token
    head = parse.head(verb) if verb.dep == "conj" else None
    return match.pattern != "noun" and any(
        parse.kids(v, "auxpass", "nsubjpass") for v in (verb, head) if v is not None
    )


#: Dependencies that join separate events rather than an event and its cause.
SEPARATE_DEPS = frozenset({"conj", "parataxis", "ccomp", "relcl"})
#: Markers of a clause of time that tells what caused the event it hangs on.
CAUSING_MARKERS = frozenset({"as", "when", "after"})


def _under(parse: Parse, token: Token, head: Token) -> bool:
    """Does ``token`` hang below ``head`` through adjuncts only ("killed when police
    opened fire", "killed in police firing"), not through coordination or speech?"""
    while token.i != head.i:
        above = parse.head(token)
        if above is None or token.dep in SEPARATE_DEPS:
            return False
        if token.dep == "advcl" and not any(
            k.lemma in CAUSING_MARKERS for k in parse.kids(token, "mark", "advmod")
        ):
            return False  # "were wounded in Kabul while US jets bombed Helmand"
        token = above
    return True


def _lend_agents(
    parse: Parse, events: list[Event], triggers: list[Token], agentless: list[bool]
) -> list[Event]:
    """An agentless passive ("two people were killed") takes the sources of the one
    event of its type below it that names any ("when police opened fire", "in police
    firing"); with none, or several different ones, it stays without.  Its confidence
    stays that of an event without a source."""
    lent: list[Event] = []
    for event, trigger, lacking in zip(events, triggers, agentless, strict=True):
        if lacking:
            donors = {
                tuple((a.start, a.end) for a in other.sources): other.sources
                for other, token in zip(events, triggers, strict=True)
                if other is not event
                and other.type == event.type
                and other.sources
                and _under(parse, token, trigger)
            }
            if len(donors) == 1:
                event = replace(event, sources=next(iter(donors.values())))
        lent.append(event)
    return lent


class EventCoder:
    """The ``events`` stage."""

    name = "events"

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Document) -> Document:
        doc.events = [e for s in doc.sentences for e in code_sentence(doc, s, self.lexicon)]
        return doc
