"""The ``events`` stage: turn each parsed sentence into PLOVER events.

``code_sentence`` is a pure function of the parse and the lexicon; the stage
class only walks the document's sentences.  Sources and targets come out as
mentions (text and offsets); the ``actors`` stage resolves who they are.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.arguments import arguments
from flashpoint.coding.clauses import (
    clause_depth,
    in_fronted_participle,
    in_modifier,
    in_subject_clause,
)
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.modality import (
    is_suppressed,
    modality,
)
from flashpoint.coding.quantities import quantities
from flashpoint.coding.quotes import find_quote, reported_speech
from flashpoint.coding.ranking import ranked
from flashpoint.coding.repairs import repaired
from flashpoint.coding.syntax import Parse
from flashpoint.coding.threat_events import Build, CodedEvent, Told, told_warning, with_threats
from flashpoint.coding.threats import conditional_caution, retribution_threat
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
    coded = _with_retribution(parse, lexicon, coded, build, doc.text)
    triggers = [c.trigger for c in coded]
    events = [c.event for c in coded]
    events = ranked(parse, events, triggers, [c.modifier for c in coded])
    return _lend_agents(parse, events, triggers, [c.agentless for c in coded])


def _with_retribution(
    parse: Parse,
    lexicon: Lexicon,
    coded: list[CodedEvent],
    build: Build,
    text: str,
) -> list[CodedEvent]:
    """``coded`` with a threat on each verb that foretells retribution by an idiom
    (``threats.retribution_threat``: "said Seoul would pay a heavy price", "vowed to
    turn Seoul into a sea of fire"), against the party the idiom names; the threat
    takes the place of what the verb was coded as ("vowed" is no pledge here), and a
    plain threat already there ("warned") stays unless the idiom tells force.  So does
    a consequence a party is cautioned would follow on a condition
    (``threats.conditional_caution``: "cautioned Paris that ties would suffer if ...")."""
    for verb in list(parse.tokens.values()):
        found = retribution_threat(parse, verb) or conditional_caution(parse, verb)
        if found is None:
            continue
        teller, threatened, party = found
        kind = lexicon.verb_obj.get(("threaten", threatened)) if threatened else None
        kind = kind or lexicon.verbs.get("threaten")
        if kind is None:
            continue
        at = [i for i, c in enumerate(coded) if c.trigger.i == teller.i]
        if at and coded[at[0]].event.type == "THREATEN" and kind.cameo == "130":
            continue  # "warned that Seoul would pay": already the plain threat
        before = sum(c.trigger.i < teller.i for c in coded)
        threat = build(Match(teller, kind, "verb"), all(c.scene for c in coded[:before]))
        if party is not None:
            threat = replace(threat, targets=(mention(parse, party, text),))
        kept = [c for c in coded if c.trigger.i != teller.i]
        at_new = sum(c.trigger.i < teller.i for c in kept)
        coded = [*kept[:at_new], CodedEvent(threat, teller), *kept[at_new:]]
    return coded


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
