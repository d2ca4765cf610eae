"""Who did it and to whom: source and target phrases of a trigger match."""

from __future__ import annotations

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.syntax import Parse, is_actor_like
from flashpoint.coding.triggers import Match, noun_kind
from flashpoint.model import Token

#: Prepositions whose object is the target of an event ("sanctions on Iran",
#: "met with", "an attack against", "sent troops to").
TARGET_PREPS = frozenset(
    {
        "against",
        "on",
        "upon",
        "at",
        "with",
        "to",
        "toward",
        "towards",
        "into",
        "targeting",
        "over",
        "between",
    }
)
#: Nominal events whose "of" phrase is who acted ("the withdrawal of Russian
#: forces"); for the others it is who was acted upon ("the arrest of X").
SELF_MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"})
#: Types whose telling object is acted upon ("expelled diplomats", "released
#: prisoners"); for others it is what is used or sent ("sent troops", "fired missiles").
PATIENT_OBJECT_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "CONCEDE", "REJECT", "ACCUSE"})
#: Types whose "from" phrase is the one asked ("demanded autonomy from Serbia").
FROM_TYPES = frozenset({"REQUEST"})
#: Types whose clausal complement's subject is addressed: "demanded that X ...".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
#: Nouns for things said or done whose author is the one acted upon when they
#: are rejected, condemned or accepted ("rejected calls by Belarus").
SPEECH_ACT_NOUNS = frozenset(
    {"call", "offer", "invitation", "demand", "proposal", "request", "resolution", "plan"}
    | {"decision", "policy", "move", "statement", "remark", "comment", "action", "measure"}
    | {"appeal", "ultimatum", "suggestion", "initiative", "bid", "claim", "allegation"}
    | {"accusation", "threat", "warning", "ban", "suppression", "crackdown", "behaviour"}
)
#: Verbs whose subject is handed down to an open complement ("agreed to withdraw").
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)
#: Relative pronouns: "the militia that attacked" takes its subject from the noun.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})


#: Nouns that count or group the actors after "of": "thousands of protesters".
GROUP_NOUNS = frozenset(
    {"thousand", "hundred", "dozen", "million", "score", "number", "group", "crowd", "lot"}
)


def _group_member(parse: Parse, token: Token) -> Token:
    """ "Thousands of Kenyan protesters" → "protesters"; other tokens unchanged."""
    if token.lemma in GROUP_NOUNS or token.ent_type == "CARDINAL" or token.pos == "NUM":
        for prep in parse.kids(token, "prep"):
            if prep.lemma == "of":
                members = parse.kids(prep, "pobj")
                if members:
                    return members[0]
    return token


def _actor_heads(parse: Parse, heads: list[Token]) -> list[Token]:
    """Expand coordination and keep what can head an actor mention."""
    found: list[Token] = []
    for head in heads:
        for token in parse.conjuncts(head):
            token = _group_member(parse, token)
            if is_actor_like(token) and token not in found:
                found.append(token)
    return found


def _prep_objects(parse: Parse, token: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    objects: list[Token] = []
    for prep in parse.kids(token, "prep"):
        if prep.lemma in TARGET_PREPS and prep.lemma not in skip:
            objects.extend(parse.kids(prep, "pobj"))
    for acl in parse.kids(token, "acl"):
        if acl.lemma in ("target", "aim", "against"):
            objects.extend(parse.kids(acl, "dobj", "obj"))
    return objects


def _datives(parse: Parse, verb: Token) -> list[Token]:
    """Recipients: "gave Iraq aid" (a noun) or "sent troops to Estonia" (its "to" phrase)."""
    found: list[Token] = []
    for dative in parse.kids(verb, "dative"):
        found += parse.kids(dative, "pobj") if dative.pos == "ADP" else [dative]
    return found


def _subjects(parse: Parse, verb: Token) -> list[Token]:
    """Explicit subject of ``verb``, or the one it inherits through control,
    coordination or a relative clause."""
    subjects = parse.kids(verb, *SUBJECT_DEPS)
    for agent in parse.kids(verb, "agent"):
        subjects.extend(parse.kids(agent, "pobj"))
    relative = [s for s in subjects if s.lemma in RELATIVE_PRONOUNS or s.tag in ("WDT", "WP")]
    if relative or not subjects:
        head = parse.head(verb)
        if head is not None and verb.dep == "relcl":
            return [head]
        if head is not None and verb.dep == "xcomp" and parse.kids(head, "dobj", "nsubjpass"):
            # Object control: "forcing the police to open fire" → the police;
            # "Israel is expected to strike" → Israel.
            return parse.kids(head, "dobj", "nsubjpass")
        if (
            head is not None
            and verb.dep in ("xcomp", "conj", "advcl")
            and head.pos in ("VERB", "AUX")
        ):
            return _subjects(parse, head)
        if head is not None and verb.dep == "acl" and verb.tag == "VBG":
            return [head]
        holder = parse.head(head) if head is not None and head.dep == "acomp" else None
        if holder is not None and verb.dep in ("xcomp", "prep", "pcomp"):
            return _subjects(parse, holder)  # "Syria is willing to withdraw"
    return [s for s in subjects if s not in relative]


def _nominal_sources(parse: Parse, noun: Token) -> list[Token]:
    """Who carried out a nominal event: "Iran's attack", "an Israeli strike",
    "police firing" (the actor stage drops modifiers that name no actor, "air")."""
    sources = parse.kids(noun, "poss")
    sources += [
        c
        for c in parse.kids(noun, "compound", "amod", "nmod")
        if c.pos in ("PROPN", "NOUN") or c.ent_type in ("NORP", "GPE", "ORG")
    ]
    for prep in parse.kids(noun, "prep"):
        if prep.lemma == "by":
            sources.extend(parse.kids(prep, "pobj"))
    return sources


def _instigators(parse: Parse, sources: list[Token], lexicon: Lexicon) -> list[Token]:
    """An event noun as subject stands for whoever carried it out: in "an Israeli air
    strike killed nine people" the source is "Israeli", not the strike."""
    found: list[Token] = []
    for source in sources:
        if source.pos == "NOUN" and noun_kind(parse, source, lexicon) is not None:
            found.extend(_nominal_sources(parse, source))
        else:
            found.append(source)
    return found


def _purpose_subjects(parse: Parse, noun: Token) -> list[Token]:
    """Participants of an event noun that is where or why its clause's subject went:
    "negotiators return to Geneva for talks" → the negotiators."""
    prep = parse.head(noun)
    if prep is None or noun.dep != "pobj" or prep.lemma not in ("for", "to", "in", "at"):
        return []
    verb = parse.head(prep)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return []
    return _subjects(parse, verb)


def _cause_sources(parse: Parse, verb: Token, lexicon: Lexicon) -> list[Token]:
    """The authors of an event noun the verb happened in or by: "killed in police
    firing" → police."""
    found: list[Token] = []
    for prep in parse.kids(verb, "prep", "agent"):
        if prep.lemma in ("in", "during", "by"):
            for noun in parse.kids(prep, "pobj"):
                if noun_kind(parse, noun, lexicon) is not None:
                    found.extend(_nominal_sources(parse, noun))
    return found


def arguments(parse: Parse, match: Match, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """The head tokens of the sources and targets of ``match``."""
    trigger = match.token
    if match.pattern == "noun":
        of_phrase = [
            p
            for prep in parse.kids(trigger, "prep")
            if prep.lemma == "of"
            for p in parse.kids(prep, "pobj")
        ]
        acted = match.kind.type in SELF_MOVING_TYPES
        sources = _actor_heads(
            parse, _nominal_sources(parse, trigger) + (of_phrase if acted else [])
        )
        targets = _actor_heads(parse, _prep_objects(parse, trigger) + ([] if acted else of_phrase))
        if not targets:  # "its demand that Israel ease restrictions"
            targets = _actor_heads(parse, _complement_targets(parse, trigger, match))
        if not sources and not targets:
            sources = _actor_heads(parse, _purpose_subjects(parse, trigger))
        return sources, targets
    if match.complement is not None:  # "X said Y must ...": X demands of Y
        targets = parse.kids(match.complement, "nsubj", "nsubjpass")
        return _actor_heads(parse, _subjects(parse, trigger)), _actor_heads(parse, targets)
    passive = bool(parse.kids(trigger, "auxpass")) or bool(parse.kids(trigger, "nsubjpass"))
    sources = _subjects(parse, trigger)
    targets = list(parse.kids(trigger, "nsubjpass")) if passive else []
    if match.noun is None:
        for obj in parse.kids(trigger, "dobj", "obj"):
            if obj.lemma in SPEECH_ACT_NOUNS or noun_kind(parse, obj, lexicon) is not None:
                # Not the offer or the crackdown but who made it: "rejected an offer
                # from Kabul", "denounced Serbia's crackdown".
                targets += _authors(parse, obj) + _prep_objects(parse, obj)
            else:
                targets.append(obj)
        targets += _datives(parse, trigger)
    else:
        if match.pattern == "light":  # "imposed US sanctions": the noun's author
            sources += [s for s in _nominal_sources(parse, match.noun) if s not in sources]
        elif match.kind.type in PATIENT_OBJECT_TYPES:  # "expelled four Russian diplomats"
            targets.append(match.noun)
        holder = parse.head(match.noun) if match.noun.dep == "compound" else None
        for noun in [match.noun, *([holder] if holder is not None else [])]:
            targets += _prep_objects(parse, noun)  # "a mediation effort between A and B"
        targets += _datives(parse, trigger)
    head = parse.head(trigger)
    if head is not None and trigger.dep in ("amod", "acl") and trigger.tag == "VBN":
        # A participle on a noun: "Iran-backed militias", "territory occupied by IS".
        targets.append(head)
        sources += parse.kids(trigger, "npadvmod")
    if match.particle is not None and match.particle.dep == "prep":
        targets += parse.kids(match.particle, "pobj")
    skip = frozenset({match.particle.lemma}) if match.particle is not None else frozenset()
    targets += _prep_objects(parse, trigger, skip)
    if match.kind.type in FROM_TYPES:  # "demanded compensation from Kuwait"
        for asked in [trigger, *parse.kids(trigger, "dobj")]:
            for prep in parse.kids(asked, "prep"):
                targets += parse.kids(prep, "pobj") if prep.lemma == "from" else []
    sources = [s for s in _instigators(parse, sources, lexicon) if s not in targets]
    if not sources:
        sources = _cause_sources(parse, trigger, lexicon)
    found = _actor_heads(parse, targets)
    if not found:
        found = _actor_heads(parse, _complement_targets(parse, trigger, match))
    return _actor_heads(parse, sources), found


def _names_someone(token: Token) -> bool:
    """A proper name or a person-like entity ("Jordan's King Abdullah")."""
    return token.pos == "PROPN" or token.ent_type in ("PERSON", "ORG", "GPE", "NORP")


def _authors(parse: Parse, noun: Token) -> list[Token]:
    """Who made an offer, call or move: its possessor, a name compounded with it,
    or its "by"/"from" phrase."""
    found = _nominal_sources(parse, noun)
    for prep in parse.kids(noun, "prep"):
        if prep.lemma in ("from", "by"):
            found += parse.kids(prep, "pobj")
    return found


def _complement_targets(parse: Parse, predicate: Token, match: Match) -> list[Token]:
    """Targets carried by a clause the trigger governs: who is to act in "demanded
    that the US cancel" (its subject), or whom the promised act reaches in
    "offered to hand them over to Britain" (that act's objects and recipients)."""
    for clause in parse.kids(predicate, "ccomp", "acl"):
        subjects = parse.kids(clause, "nsubj", "nsubjpass")
        if subjects and match.kind.type in ADDRESSEE_TYPES:
            return subjects
    for clause in parse.kids(predicate, "xcomp"):
        found = _datives(parse, clause) + _prep_objects(parse, clause)
        for obj in parse.kids(clause, "dobj", "obj"):
            found += [obj] if _names_someone(obj) else _prep_objects(parse, obj)
        if found:
            return found
    return []
