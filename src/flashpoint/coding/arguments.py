"""Who did it and to whom: source and target phrases of a trigger match."""

from __future__ import annotations

from flashpoint.coding.frontiers import frontier_sides
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import NOMINALISED_VERBS, Match, noun_kind
from flashpoint.coding.subjects import (
    SELF_MOVING_TYPES,
    carrier_subjects,
    cause_sources,
    claimed_by,
    collection_holders,
    given_by_of,
    instigators,
    misparsed_call,
    misparsed_clause,
    misparsed_control,
    misparsed_finite,
    names_someone,
    nominal_sources,
    purpose_subjects,
    purpose_with_targets,
    subjects_of,
)
from flashpoint.coding.syntax import COUNT_NOUNS, Parse, is_actor_like
from flashpoint.coding.targets import (
    complement_targets,
    criticised,
    dative_objects,
    event_holders,
    from_origin,
    handed_to,
    holders_of,
    is_amount,
    named_authors,
    object_of,
    passive_undergoers,
    phrase_objects,
    prep_objects,
    purpose_hosted,
    raised_objects,
    recipients_of,
    sent_by_value,
    shared_objects,
    split_verbs,
    verb_objects,
)
from flashpoint.model import Token

#: Types whose telling object is acted upon ("expelled diplomats", "released
#: prisoners"); for others it is what is used or sent ("sent troops", "fired missiles").
PATIENT_OBJECT_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "CONCEDE", "REJECT", "ACCUSE"})
#: Types whose "from" phrase is the one asked ("demanded autonomy from Serbia").
FROM_TYPES = frozenset({"REQUEST"})
#: Modes whose "from" phrase, in the passive, is who acted: "were expelled from Russia".
EXPULSION_MODES = frozenset({"expel", "deport"})
#: Nouns for things said or done whose author is the one acted upon when they
#: are rejected, condemned or accepted ("rejected calls by Belarus").
SPEECH_ACT_NOUNS = frozenset(
    {"call", "offer", "invitation", "demand", "proposal", "request", "resolution", "plan"}
    | {"decision", "policy", "move", "statement", "remark", "comment", "action", "measure"}
    | {"appeal", "ultimatum", "suggestion", "initiative", "bid", "claim", "allegation"}
    | {"accusation", "threat", "warning", "ban", "suppression", "crackdown", "behaviour"}
)
#: Types that answer a call, offer or act, whose author is then the target:
#: "rejected accusations by Maduro", "welcomed the proposal submitted by China".
RESPONSE_TYPES = frozenset({"REJECT", "ACCUSE", "AGREE", "SUPPORT"})
#: Types whose sending verbs take the "to" phrase of what is sent as their target:
#: "sent troops and doctors to Nepal".
SENDING_TYPES = frozenset({"AID", "MOBILIZE"})
#: Adverbs of direction that the parser may give the trigger's "to" phrase: "handed
#: the territory back to Azerbaijan", "turned the suspects over to Kenya".
DIRECTION_ADVERBS = frozenset({"back", "over", "away", "off", "out", "down", "up", "home"})
#: Nouns that count or group the actors after "of": "thousands of protesters".
GROUP_NOUNS = COUNT_NOUNS | {"group", "crowd", "lot"}
#: Types whose passive subject with no agent is who acts: forces readied or moved.
MOVED_TYPES = frozenset({"MOBILIZE"})
#: Types whose reading's object, where it names an actor, is the one addressed:
#: "pressed the government to ...", "pressed Seoul to ...".
ADDRESSED_OBJECT_TYPES = frozenset({"REQUEST"})
#: CAMEO codes of hosting a visit, whose object is the visitor: "welcomed the
#: visiting prime minister of Laos" (not "dispatched an envoy", 042, the sender's own).
HOSTING_CODES = frozenset({"043"})
#: Phrases of a hosting act whose object is the visitor that say where it is hosted:
#: "welcomed the premier to Beijing", "received the envoy at State House".
VENUE_PREPS = frozenset({"at", "to"})


def _group_member(parse: Parse, token: Token) -> Token:
    """ "Thousands of Kenyan protesters" → "protesters"; other tokens unchanged."""
    if token.lemma in GROUP_NOUNS or token.ent_type == "CARDINAL" or token.pos == "NUM":
        members = parse.of_phrase(token)
        if members:
            return members[0]
    return token


def actor_heads(parse: Parse, heads: list[Token]) -> list[Token]:
    """Expand coordination and keep what can head an actor mention."""
    found: list[Token] = []
    for head in heads:
        for conjunct in parse.conjuncts(head):
            member = _group_member(parse, conjunct)
            # "a number of Syrians, Iraqis and Afghans": every member counts.
            members = parse.conjuncts(member) if member is not conjunct else [member]
            for token in members:
                actor = (
                    is_actor_like(token)
                    or _titled_adjective(parse, token)
                    or _subject_tagged_verb(token)
                )
                if (actor or _dated_name(parse, token)) and token not in found:
                    found.append(token)
    return found


def _subject_tagged_verb(token: Token) -> bool:
    """A verb's subject that the tagger took for a verb in the third person, a plural
    noun it did not know: "Skinheads beat up two students" ("skinheads" tagged as a
    verb like "beats"); a verb form heads no subject otherwise."""
    return token.dep in ("nsubj", "nsubjpass") and token.tag == "VBZ"


#: Dashes that end the date of a timeline entry: "March 2014 - Chile demands ...".
DATE_DASHES = frozenset({"-", "–", "—", "--"})


def _dated_name(parse: Parse, token: Token) -> bool:
    """A name right after the dash of a timeline entry's date, which the tagger takes
    into the date ("June 2015 - Greece demands fresh funds": Greece is the subject,
    not a date)."""
    before = parse.tokens.get(token.i - 1)
    dash = before is not None and before.text in DATE_DASHES
    return dash and token.pos == "PROPN" and token.ent_type == "DATE" and token.dep in TITLE_DEPS


#: Dependencies of an argument the tagger may have given an adjective head.
TITLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def _titled_adjective(parse: Parse, token: Token) -> bool:
    """An adjective heading an argument with a noun compounded before it: the tagger's
    reading of a hyphenated title ("NATO's secretary-general", "the attorney-general"),
    whose last word it takes for the adjective "general"."""
    return (
        token.pos == "ADJ"
        and token.dep in TITLE_DEPS
        and any(k.pos == "NOUN" and k.i < token.i for k in parse.kids(token, "compound"))
    )


def _amount_carriers(parse: Parse, noun: Token) -> tuple[list[Token], list[Token]]:
    """Who gives an amount of an event noun and to whom: "Washington released $500
    million in budget support to Jordan" (the noun in the amount's "in" phrase, the
    amount the verb's object) → Washington, Jordan."""
    prep = parse.head(noun)
    if prep is None or noun.dep != "pobj" or prep.lemma != "in":
        return [], []
    amount = parse.head(prep)
    verb = parse.head(amount) if amount is not None else None
    if amount is None or verb is None or amount.dep not in ("dobj", "obj"):
        return [], []
    if verb.pos != "VERB" or not is_amount(parse, amount):
        return [], []
    recipients = [
        p
        for prep in parse.kids(verb, "prep")
        if prep.lemma in ("to", "for")
        for p in parse.kids(prep, "pobj")
    ]
    return actor_heads(parse, subjects_of(parse, verb)), actor_heads(
        parse, recipients + dative_objects(parse, verb)
    )


def _kind_word(parse: Parse, token: Token, noun: Token) -> bool:
    """A common noun compounded with an event noun ("hunger" in "hunger strike")."""
    return (
        token.dep == "compound"
        and parse.head(token) is noun
        and token.pos == "NOUN"
        and not names_someone(token)
    )


#: Prepositions of the forum an act is brought before ("at the UN Security Council").
FORUM_PREPS = frozenset({"at", "before"})
#: ... and, for a complaint or lawsuit, the body it is lodged with or taken to ("filed
#: a complaint with the EU", "took Belgrade to the World Court").
COMPLAINT_FORUM_PREPS = FORUM_PREPS | {"with", "to", "in"}


def _forum(parse: Parse, token: Token, preps: frozenset[str]) -> bool:
    """Is ``token`` a named body in a phrase of ``preps``: the forum, not the target?"""
    prep = parse.head(token)
    return (
        token.dep == "pobj"
        and prep is not None
        and prep.lemma in preps
        and (token.ent_type in ("ORG", "FAC") or token.lemma == "court")
    )


def _accused_in(parse: Parse, forums: list[Token]) -> list[Token]:
    """Who a complaint lodged with a body is against, where the parser hung the
    "against" phrase on the body ("filed a case at the ICJ against Colombia")."""
    return [
        o
        for forum in forums
        for prep in parse.kids(forum, "prep")
        if prep.lemma == "against"
        for o in parse.kids(prep, "pobj")
    ]


def _without_forums(parse: Parse, match: Match, targets: list[Token]) -> list[Token]:
    """``targets`` less the forum an act is brought before, where another is named:
    "stood up for Pyongyang at the UN Security Council" (→ Pyongyang), "filed a case
    against Myanmar at the ICJ", "took Yugoslavia to the World Court"."""
    complaint = match.kind.type == "ACCUSE"
    preps = COMPLAINT_FORUM_PREPS if complaint else FORUM_PREPS
    forums = [t for t in targets if _forum(parse, t, preps)]
    if not forums:
        return targets
    others = [t for t in targets if t not in forums and is_actor_like(t) and t is not match.noun]
    if complaint and not others:
        others = actor_heads(parse, _accused_in(parse, forums))
    if not others or not (complaint or any(names_someone(t) for t in others)):
        return targets
    return [t for t in targets if t not in forums] + [t for t in others if t not in targets]


def arguments(parse: Parse, match: Match, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """The head tokens of the sources and targets of ``match``."""
    sources, targets = _arguments(parse, match, lexicon)
    return sources, _without_forums(parse, match, targets)


def _arguments(parse: Parse, match: Match, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    trigger = match.token
    if match.pattern == "noun" and trigger.dep == "dative":
        # "Turkey has given Somalia aid": the parser takes the recipient for a
        # compound of the event noun it reads as the dative.
        giver = parse.head(trigger)
        recipients = [c for c in parse.kids(trigger, "compound") if names_someone(c)]
        if giver is not None and giver.pos == "VERB" and recipients:
            return actor_heads(parse, subjects_of(parse, giver)), actor_heads(parse, recipients)
    if match.pattern == "noun":
        of_phrase = parse.of_phrase(trigger)
        # "the withdrawal of troops": who moves; not "the release of prisoners", a
        # verb's object.
        moving = match.kind.type in SELF_MOVING_TYPES and trigger.lemma not in NOMINALISED_VERBS
        # "the blockade of the bridge by truckers": a "by" phrase names who acted.
        agented = bool(phrase_objects(parse, [trigger, *of_phrase], "by"))
        acted = (moving and not agented) or given_by_of(parse, trigger)
        sources = actor_heads(parse, nominal_sources(parse, trigger) + (of_phrase if acted else []))
        if not sources and not acted:
            # "the expulsion of the ambassador by Turkey": the parser hangs the agent
            # on the "of" phrase.
            sources = actor_heads(parse, phrase_objects(parse, of_phrase, "by"))
            of_phrase = [p for p in of_phrase if p not in sources]
        holders = event_holders(parse, trigger)
        phrases = [p for holder in holders for p in prep_objects(parse, holder)]
        targets = actor_heads(parse, phrases + ([] if acted else of_phrase))
        sides = actor_heads(parse, phrase_objects(parse, holders, "between"))
        if not sources and len(sides) > 1:  # "clashes between police and protesters"
            sources, targets = sides[:1], [t for t in targets if t is not sides[0]]
        if from_origin(match):  # "the withdrawal of forces from Panama"
            targets = actor_heads(parse, phrase_objects(parse, [trigger], "from")) or targets
        if not targets:  # "its demand that Israel ease restrictions"
            targets = actor_heads(parse, complement_targets(parse, trigger, match))
        if not targets and sources:  # "villagers were driven out by an army campaign"
            targets = actor_heads(parse, passive_undergoers(parse, trigger))
        claimed = [s for s in actor_heads(parse, claimed_by(parse, trigger)) if s not in targets]
        if claimed:  # a claim names who did it, whatever the noun's modifiers say
            sources = claimed
        if not sources or all(_kind_word(parse, s, trigger) for s in sources):
            # "stepped up air strikes", "entered the tenth day of a hunger strike": a
            # common noun on the event noun says what kind of act it is, not whose.
            carriers = [
                s for s in actor_heads(parse, carrier_subjects(parse, trigger)) if s not in targets
            ]
            sources = carriers or sources
            carrier = parse.head(trigger)
            if carriers and not targets and carrier is not None and carrier.pos == "VERB":
                # "reduced military aid to Argentina": the phrase hangs on the verb.
                targets = actor_heads(parse, prep_objects(parse, carrier))
        if not sources:  # "Moscow presented a list of demands to Tbilisi"
            sources = [
                s
                for s in actor_heads(parse, collection_holders(parse, trigger, lexicon))
                if s not in targets
            ]
        if not sources and (not targets or purpose_with_targets(parse, trigger, match)):
            # "walked out in protest against the reform", "returned for talks with X"
            sources = [
                s for s in actor_heads(parse, purpose_subjects(parse, trigger)) if s not in targets
            ]
            if sources and match.kind.type in SELF_MOVING_TYPES:
                # "X was received by Y for talks": Y hosts X.
                targets += actor_heads(parse, purpose_hosted(parse, trigger, sources))
        givers, given_to = _amount_carriers(parse, trigger)
        if givers and not any(names_someone(s) or s.dep == "poss" for s in sources):
            # "released $500 million in budget support to Jordan": not "budget"
            sources, targets = givers, [t for t in targets if names_someone(t)] or given_to
        return sources, targets
    if match.complement is not None:  # "X said Y must ...": X demands of Y
        targets = parse.kids(match.complement, "nsubj", "nsubjpass")
        return actor_heads(parse, subjects_of(parse, trigger)), actor_heads(parse, targets)
    passive = bool(parse.kids(trigger, "auxpass")) or bool(parse.kids(trigger, "nsubjpass"))
    sources = subjects_of(parse, trigger)
    # Not an event noun ("talks were held", "sanctions were imposed on Iran"): it is
    # what happened, not to whom.
    undergoers = [
        t
        for t in parse.kids(trigger, "nsubjpass")
        if t != match.noun and noun_kind(parse, t, lexicon) is None
    ]
    targets = undergoers if passive else []
    if undergoers and not sources and match.kind.type in MOVED_TYPES:
        # "The army was put on high alert", "police were rushed to the town": what is
        # readied or moved is who mobilises; whoever ordered it is not named.
        sources, targets = undergoers, []
    if match.noun is None:
        for obj in verb_objects(parse, trigger) or shared_objects(parse, trigger, match, lexicon):
            sending = match.kind.type in SENDING_TYPES or is_amount(parse, obj)
            sent_to = recipients_of(parse, obj) or sent_by_value(parse, trigger) if sending else []
            if sent_to:  # "sent supplies to Nepal": Nepal, not the supplies
                targets += sent_to
            elif obj.lemma in SPEECH_ACT_NOUNS or noun_kind(parse, obj, lexicon) is not None:
                # Not the offer or the crackdown but who made it: "rejected an offer
                # from Kabul", "denounced Serbia's crackdown".
                targets += criticised(parse, obj)
            elif held := holders_of(parse, obj):  # "positions held by Tigrayan forces"
                targets += held
            elif obj.dep in ("dobj", "obj", "nsubj"):  # nsubj: ``participle_subjects``
                targets.append(obj)
        targets += dative_objects(parse, trigger)
        if not targets:  # "will assist Nigerian investigators trying to trace ..."
            targets += raised_objects(parse, trigger)
    else:
        if match.pattern == "light":  # "imposed US sanctions": the noun's author
            sources += [s for s in nominal_sources(parse, match.noun) if s not in sources]
        elif (
            match.kind.type in PATIENT_OBJECT_TYPES
            and noun_kind(parse, match.noun, lexicon) is None
        ):
            targets.append(match.noun)  # "expelled four Russian diplomats", not "sanctions"
        elif match.kind.cameo in HOSTING_CODES and noun_kind(parse, match.noun, lexicon) is None:
            targets.append(match.noun)  # "received the visiting minister of Laos"
        elif (
            match.kind.type in ADDRESSED_OBJECT_TYPES
            and is_actor_like(match.noun)
            and noun_kind(parse, match.noun, lexicon) is None
        ):
            # "pressed Washington to redeploy weapons to the peninsula": the one
            # pressed, not whom or where the act asked of it reaches.
            targets.append(match.noun)
        named: list[Token] = []
        if match.kind.type in RESPONSE_TYPES and match.noun.lemma in SPEECH_ACT_NOUNS:
            # "rejected accusations by Maduro against Brazil": who made them, not
            # whom they are against.
            named = named_authors(parse, match.noun)
            targets += named
        holder = parse.head(match.noun) if match.noun.dep == "compound" else None
        venue = _hosting_skip(match, targets)
        for noun in [*([] if named else [match.noun]), *([holder] if holder is not None else [])]:
            targets += prep_objects(parse, noun, venue)  # "a mediation effort between A and B"
        if match.kind.type in SENDING_TYPES and not targets:
            # "sent troops and doctors to Nepal", "sent arms worth $1bn to Kyiv"
            targets += recipients_of(parse, match.noun) or sent_by_value(parse, trigger)
        targets += dative_objects(parse, trigger)
    head = parse.head(trigger)
    if head is not None and misparsed_finite(parse, trigger, head):
        # "In a letter to the council, Sudan's envoy accused Chad of ...": a verb the
        # tagger read as finite, with an object, hung on the noun before it.
        sources.append(head)
    elif head is not None and trigger.dep in ("amod", "acl") and trigger.tag == "VBN":
        if (
            misparsed_clause(parse, trigger, head)
            or misparsed_call(parse, match, head)
            or misparsed_control(parse, match, head)
        ):
            # "The Iraqi air force carried out three strikes": the parser took the
            # sentence for a noun phrase; its noun is the subject.
            sources.append(head)
        else:
            # A participle on a noun: "Iran-backed militias", "territory occupied by IS";
            # not when the noun is the reading's own object ("a strike called by the
            # unions", ``lookup.agent_participle_heads``): the object rules above decide.
            if head != match.noun:
                targets.append(head)
            sources += parse.kids(trigger, "npadvmod")
    venue = _hosting_skip(match, targets)  # "welcomed Putin to Beijing": where
    if match.particle is not None and match.particle.dep == "prep":
        targets += [] if match.particle.lemma in venue else parse.kids(match.particle, "pobj")
    skip = frozenset({match.particle.lemma}) if match.particle is not None else frozenset()
    skip = skip | venue
    targets += prep_objects(parse, trigger, skip)
    for adverb in parse.kids(trigger, "advmod"):
        if adverb.lemma in DIRECTION_ADVERBS:  # "handed the town back to Azerbaijan"
            targets += prep_objects(parse, adverb, skip)
    if not targets:
        # "fired tear gas and live ammunition at protesters": "live" taken for a verb
        # holding the phrase that belongs to the trigger.
        for split in split_verbs(parse, trigger, lexicon):
            targets += prep_objects(parse, split)
    if match.kind.type in FROM_TYPES:  # "demanded compensation from Kuwait"
        targets += phrase_objects(parse, [trigger, *parse.kids(trigger, "dobj")], "from")
    if from_origin(match):  # "withdrew its troops from Lebanon"
        holders = [trigger, *parse.kids(trigger, "dobj", "advmod", "prt")]  # "pulled back from"
        outs = [p for p in parse.kids(trigger, "prep", "prt", "advmod") if p.lemma == "out"]
        # "pulled out of the Georgian port of Poti", "pulled its troops out of Baidoa"
        left = phrase_objects(parse, holders, "from") + phrase_objects(parse, outs, "of")
        targets = left or targets
    if passive and not sources and match.kind.mode in EXPULSION_MODES:
        sources = phrase_objects(parse, [trigger], "from")  # "diplomats were expelled from Russia"
    sources = [s for s in instigators(parse, sources, lexicon) if s not in targets]
    if not sources:
        sources = cause_sources(parse, trigger, lexicon)
    targets = frontier_sides(parse, trigger, match) or targets  # "along the border with X"
    targets = handed_to(parse, match, targets)  # "extradited X to Spain": Spain
    found = actor_heads(parse, targets)
    found = _without_causes(parse, found)
    if not found:
        found = _without_causes(
            parse, actor_heads(parse, complement_targets(parse, trigger, match))
        )
    return actor_heads(parse, sources), found


def _hosting_skip(match: Match, targets: list[Token]) -> frozenset[str]:
    """The phrases that say where a visitor is hosted, where the hosting act already
    has its visitor: "welcomed the minister to Beijing", "received him at the palace"
    (the place, on the verb or on the visitor, is not whom it reaches)."""
    visitor = any(is_actor_like(t) for t in targets)
    return VENUE_PREPS if visitor and match.kind.cameo in HOSTING_CODES else frozenset()


def _without_causes(parse: Parse, targets: list[Token]) -> list[Token]:
    """``targets`` less what an "over" phrase gives as the act's cause: no second
    target beside another ("cut ties with Israel over the Gaza offensive"), and an
    issue (a common noun) is none even alone ("threatened to recall its ambassador
    over the Western Sahara dispute": the act's own phrases, or the document, name
    whom it reaches)."""
    causes = [t for t in targets if _cause(parse, t)]
    return [t for t in targets if t not in causes] or [t for t in causes if t.pos != "NOUN"]


def _cause(parse: Parse, token: Token) -> bool:
    """Is ``token`` (or the phrase it is coordinated in) the object of an "over"
    phrase, the cause or topic of the act ("protested over the arrests")?"""
    return object_of(parse, token, "over")
