"""Secondary targets: whom an event is aimed at where its direct arguments name
nobody acted upon, and the places it happened in (the actors stage resolves them)."""

from __future__ import annotations

from flashpoint.coding.arguments import actor_heads
from flashpoint.coding.subjects import authors
from flashpoint.coding.syntax import LOCATIVE_PREPS, PLACE_ENTS, Parse
from flashpoint.coding.targets import (
    ATTRIBUTION_VERBS,
    CONDITION_MARKS,
    TARGET_PREPS,
    asked_subjects,
    phrase_objects,
)
from flashpoint.model import Token

#: Types whose place is never their target: a meeting in Geneva is not with Switzerland.
NON_LOCATIVE_TYPES = frozenset({"CONSULT"})
#: Prepositions of a place where something happened, "at" included ("met at X").
WHERE_PREPS = LOCATIVE_PREPS | {"at"}
#: Nouns for places that name them in an "of" phrase or apposition: "the town of X".
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "capital", "province", "region", "district", "state"}
    | {"area", "port", "enclave", "territory", "county", "island", "neighbourhood"}
    | {"neighborhood", "suburb", "camp", "border", "part", "outskirts", "centre", "center"}
)
#: Types whose condition names whom they are aimed at: "threatened to strike
#: unless Iran stopped" (Iran), "demanded talks or else the UN would act".
CONDITION_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT"})
#: Prepositions whose object an act or demand is about ("in protest against X's
#: decision", "the resignation of X", "reforms by X").
ABOUT_PREPS = TARGET_PREPS | {"of", "from", "for", "by", "into", "in"}
#: Clauses that say what an act is for or about ("began a strike to demand ...",
#: "blocked roads demanding ...").
PURPOSE_DEPS = ("xcomp", "advcl", "relcl", "acl", "ccomp")
#: Marks of a clause that only says when the act happened, not what it is for or
#: about: "declared a mobilisation after fighting broke out in Karabakh".
TIME_MARKS = frozenset({"after", "before", "when", "since", "until", "once"})
#: Acts that answer another ("called up reservists after Azerbaijani forces attacked"
#: → Azerbaijan), and the marks of the clause that names it: the doer of
#: that act is whom they are aimed at where nothing else is.
REACTIVE_TYPES = frozenset({"SANCTION", "PROTEST", "THREATEN", "ACCUSE", "MOBILIZE"})
REACTION_MARKS = frozenset({"after", "because", "when"})
#: Places of detention whose keeper a prisoners' protest is aimed at: "prisoners in
#: Israeli jails launched a hunger strike" (ISR).
DETENTION_NOUNS = frozenset({"jail", "prison", "gaol", "detention", "custody"})
#: Pronoun subjects that may stand for the teller, and the auxiliaries of a promise.
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
PROMISE_AUXES = frozenset({"would", "will", "'d", "'ll", "shall"})
#: Verbs of demanding, whose "that" or "for ... to" clause names who is to act.
DEMANDING_VERBS = frozenset({"demand", "call", "urge", "press", "push", "insist", "appeal"})
#: Words of a two-word preposition the parser splits ("out of", "away from").
SPLIT_PREPS = frozenset({"out", "away"})
#: Verbs of telling someone what one will do, whose addressee (object, dative or "to"
#: phrase) is whom a promise in their complement is made to: "told AU mediators he
#: would call off the rallies", "signalled to Ethiopia that it would give ground".
TELLING_VERBS = frozenset(
    {"tell", "assure", "reassure", "inform", "notify", "promise", "signal", "write"}
)


def _place(parse: Parse, token: Token) -> list[Token]:
    """The place a locative object names: itself, or the name in "the town of X",
    "the capital X"; then the wider place it lies in ("X in southern Turkey")."""
    found: list[Token] = []
    if token.ent_type in PLACE_ENTS or (token.pos == "PROPN" and token.ent_type != "PERSON"):
        found.append(token)
    elif token.lemma in PLACE_NOUNS:
        found += [p for p in parse.of_phrase(token) if p.pos == "PROPN"]
        found += [a for a in parse.kids(token, "appos", "compound") if a.pos == "PROPN"]
    for head in list(found) or [token]:
        for prep in parse.kids(head, "prep"):
            if prep.lemma in LOCATIVE_PREPS:
                for inner in parse.kids(prep, "pobj"):
                    found += [t for t in _place(parse, inner) if t not in found]
    return found


def _demanded(parse: Parse, verb: Token) -> list[Token]:
    """The subject of the "that" clause of a verb of demanding ("demand that the
    president step down") or of its "for ... to" clause ("call for the army to
    withdraw"), not a pronoun."""
    found = [
        s
        for clause in parse.kids(verb, "ccomp")
        if clause.i > verb.i
        for s in parse.kids(clause, "nsubj", "nsubjpass")
        if s.pos != "PRON"
    ]
    return found + asked_subjects(parse, verb)


def _about(parse: Parse, noun: Token, depth: int = 0) -> list[Token]:
    """Who an object is about, most direct first: the noun itself, the authors of
    an act or demand ("Sweden's decision", "reforms by X", "demands from X"), the
    actors of its "of/against/..." phrases ("the resignation of the president"),
    and the agent of a participle on it ("property seized by the army")."""
    found = [noun, *authors(parse, noun)]
    for acl in parse.kids(noun, "acl"):
        for agent in parse.kids(acl, "agent"):
            found += parse.kids(agent, "pobj")
    if depth < 2:
        for prep in parse.kids(noun, "prep"):
            if prep.lemma in ABOUT_PREPS:
                for inner in parse.kids(prep, "pobj"):
                    found += _about(parse, inner, depth + 1)
    return found


def _timed(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` an adverbial clause of time ("after fighting broke out")?"""
    return clause.dep == "advcl" and any(
        m.lemma.lower() in TIME_MARKS for m in parse.kids(clause, "mark")
    )


def _reporting(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` a verb of saying with a subject of its own set off after a comma,
    who reports the act rather than what it is for ("launched a hunger strike, a
    rights group said in Ramallah", read by the parser as a relative clause)?"""
    if clause.lemma.lower() not in ATTRIBUTION_VERBS:
        return False
    subjects = [s for s in parse.kids(clause, "nsubj") if s.i < clause.i]
    if not subjects or any(s.tag in ("WDT", "WP") for s in subjects):
        return False
    return parse.after_comma(min(t.i for s in subjects for t in parse.subtree(s)))


def _located(parse: Parse, token: Token) -> bool:
    """Is ``token`` a place named as where something happened ("in Muscat")?"""
    prep = parse.head(token)
    where = prep is not None and prep.lemma in WHERE_PREPS
    return where and token.dep == "pobj" and token.ent_type in PLACE_ENTS


def _keepers(parse: Parse, trigger: Token) -> list[Token]:
    """The state that holds a protest's authors: the demonym or name on the jail
    the subject is in or held in, or the place the jail is in ("inmates in Turkish
    prisons went without food", "a detainee held in an Israeli prison has been on
    hunger strike")."""
    verb: Token | None = trigger
    while verb is not None and verb.dep in ("dobj", "pobj", "prep", "attr"):
        verb = parse.head(verb)
    if verb is None:
        return []
    people = [s for s in parse.kids(verb, "nsubj") if s.pos in ("NOUN", "PROPN")]
    people += [p for s in people for p in parse.of_phrase(s)]
    holders = [*people, *(a for p in people for a in parse.kids(p, "acl"))]
    found: list[Token] = []
    for holder in holders:
        for prep in parse.kids(holder, "prep"):
            if prep.lemma not in ("in", "at"):
                continue
            for jail in parse.kids(prep, "pobj"):
                if jail.lemma in DETENTION_NOUNS:
                    found += [
                        m
                        for m in parse.kids(jail, "amod", "compound", "poss")
                        if m.ent_type in ("NORP", "GPE")
                    ]
                    # "inmates at a prison in Izmir" (TUR)
                    found += [
                        p
                        for inner in parse.kids(jail, "prep")
                        if inner.lemma == "in"
                        for p in parse.kids(inner, "pobj")
                        if p.pos == "PROPN"
                    ]
    return found


def _places(parse: Parse, trigger: Token) -> list[Token]:
    """The places an act happened in: those of the trigger, its objects and
    complement, and what it happened in or during ("killed in an explosion in
    Beirut")."""
    places: list[Token] = []
    objects = parse.kids(trigger, "dobj", "obj")
    settings = [p for prep in parse.kids(trigger, "prep") for p in parse.kids(prep, "pobj")]
    inquired = [a for h in [trigger, *objects] for a in _inquired_acts(parse, h)]
    for holder in [trigger, *objects, *parse.kids(trigger, "xcomp"), *settings, *inquired]:
        for prep in parse.kids(holder, "prep"):
            if prep.lemma in LOCATIVE_PREPS:
                for pobj in parse.kids(prep, "pobj"):
                    places += [t for t in _place(parse, pobj) if t not in places]
    return places


def _inquired_acts(parse: Parse, holder: Token) -> list[Token]:
    """The participles on what an inquiry looks "into", where the acts looked into
    were done: "opened an investigation into war crimes committed in Darfur" happened
    in Darfur's state as much as the crimes did (its own "in" phrase is read already)."""
    return [
        acl
        for prep in parse.kids(holder, "prep")
        if prep.lemma == "into"
        for act in parse.kids(prep, "pobj")
        for acl in parse.kids(act, "acl")
        if acl.tag == "VBN"
    ]


#: Prepositions of what an act was aimed at or came down on: "laid siege to X".
STRUCK_PREPS = frozenset({"to", "on", "onto", "into", "at", "against"})


def _struck(parse: Parse, verb: Token) -> list[Token]:
    """The places an act came down on: its object or the object of its "to"/"on"
    phrase where that names a place ("the town of X"), or the place that owns or
    names it ("laid siege to Nairobi's Westgate mall", "released gas on five Tokyo
    subway trains").  What follows from the act happened there."""
    found: list[Token] = []
    targets = parse.kids(verb, "dobj", "obj")
    targets += [
        p
        for prep in parse.kids(verb, "prep")
        if prep.lemma in STRUCK_PREPS
        for p in parse.kids(prep, "pobj")
    ]
    for target in targets:
        # A place, not a body the act was aimed at ("told the Commonwealth, pledging"),
        # nor a state something was handed to ("seconded its defence to Russia").
        given = target.dep == "pobj" and (parse.head(target) or target).lemma == "to"
        place = target.ent_type in PLACE_ENTS or target.lemma in PLACE_NOUNS
        if place and not (given and target.lemma not in PLACE_NOUNS):
            found += _place(parse, target)
        found += [k for k in parse.kids(target, "poss", "compound") if k.ent_type == "GPE"]
    return found


def _consequence(parse: Parse, clause: Token, head: Token) -> bool:
    """Is ``clause`` an "-ing" clause set off by a comma after its head verb that
    tells what came of it ("attacked a checkpoint, killing 15 soldiers"; not the
    means in "attacked a base using car bombs")?"""
    following = clause.dep in ("advcl", "xcomp", "conj") and clause.i > head.i
    acting = head.pos == "VERB" and head.lemma not in ("be", "have")  # "has troops in X"
    if not (following and clause.tag == "VBG" and acting):
        return False
    return parse.after_comma(parse.start(clause))


def _means(parse: Parse, trigger: Token) -> list[Token]:
    """The "-ing" clause of a "by" phrase that says how the act was done, whose
    objects and phrases are whom it reached: "violated the ceasefire by firing on
    Indian posts" (the posts)."""
    return [
        clause
        for prep in parse.kids(trigger, "prep")
        if prep.lemma == "by" and prep.i > trigger.i  # not a fronted "By ..., X did"
        for clause in parse.kids(prep, "pcomp")
        if clause.tag == "VBG"
    ]


def _phrases(parse: Parse, holder: Token) -> list[Token]:
    """The prepositions of ``holder``, the inner one of a two-word preposition that
    the parser split ("walk out of talks with Israel": "of")."""
    found: list[Token] = []
    for prep in parse.kids(holder, "prep"):
        if prep.text.lower() in SPLIT_PREPS and not parse.kids(prep, "pobj"):
            found += parse.kids(prep, "prep")
        else:
            found.append(prep)
    return found


#: Prepositions naming what an "in protest"/"in retaliation" phrase answers.
ANSWERED_PREPS = frozenset({"at", "against", "over", "for"})


def _stray_phrase(parse: Parse, trigger: Token) -> list[Token]:
    """What an event noun in an "in" phrase answers where the parser hung the phrase
    right after it on the verb: "pulled French goods in protest at Macron's defence of
    the cartoons" (Macron)."""
    prep = parse.head(trigger)
    if trigger.dep != "pobj" or trigger.pos != "NOUN" or prep is None or prep.lemma != "in":
        return []
    verb = parse.head(prep)
    if verb is None:
        return []
    found: list[Token] = []
    for sibling in parse.kids(verb, "prep"):
        if sibling.i == trigger.i + 1 and sibling.lemma in ANSWERED_PREPS:
            for pobj in parse.kids(sibling, "pobj"):
                found += _about(parse, pobj)
    return found


def _addressees(parse: Parse, trigger: Token) -> list[Token]:
    """Whom the speaker tells of their own act: the addressee of a verb of telling
    whose complement the act heads with a pronoun subject (the speaker: "told the UN it
    would let inspectors in"), or whose "-ing" clause after it the act is ("X told the
    Commonwealth, pledging to ...").  Not another's act: "told the UN Israel would ..."."""
    clause = trigger
    if clause.dep == "xcomp":  # "told X it was ready to withdraw"
        clause = parse.head(clause) or clause
    verb = parse.head(clause)
    if verb is None or verb.lemma.lower() not in TELLING_VERBS or verb.pos != "VERB":
        return []
    if clause.dep == "ccomp":
        # A promise: a personal pronoun subject and "would"/"will" ("told the BBC she
        # had regrets" is no act aimed at the BBC).
        subjects = parse.kids(clause, "nsubj", "nsubjpass")
        if len(subjects) != 1 or subjects[0].text.lower() not in SPEAKER_PRONOUNS:
            return []
        if not any(a.text.lower() in PROMISE_AUXES for a in parse.kids(clause, "aux")):
            return []
    elif not (clause.dep == "advcl" and clause.tag == "VBG" and clause.i > verb.i):
        return []
    found = parse.kids(verb, "dative", "dobj")
    for prep in parse.kids(verb, "prep"):
        found += parse.kids(prep, "pobj") if prep.lemma == "to" else []
    return [t for t in found if t.pos in ("NOUN", "PROPN")]


def secondary_targets(
    parse: Parse, trigger: Token, event_type: str
) -> tuple[list[list[Token]], list[Token]]:
    """Where the direct arguments name nobody acted upon, who else the event is
    aimed at, in order of preference, and the places it happened in.

    Candidates: the subject of a threat's or demand's condition ("unless Israel
    rescinded"), what the objects are about ("accepted demands from the rebels"),
    the objects of a purpose clause ("began a hunger strike to demand the
    resignation of the president"), what its prepositional phrases are about
    ("in protest against the government's decision").  Places: the objects of
    locative phrases on the trigger, its objects and its complement ("imposed a
    curfew in the town of X"), which PLOVER codes as the target's state.  The
    actors stage keeps the first candidate that resolves to a named actor or a
    state, else the first place with a state.  Each candidate comes with the
    actors coordinated with it ("aid for Romania and Poland"); pronouns are left
    out (their possessives mostly point back at the source: "its offensive").
    """
    # First, whom the speaker promised or told it to ("told OSCE monitors they would
    # end their occupation of buildings in Donetsk": the monitors).
    candidates: list[Token] = _addressees(parse, trigger)
    if event_type in CONDITION_TYPES:
        # On the threat or on the threatened act: "threatened to strike unless ...".
        conditioned = [trigger, *parse.kids(trigger, "xcomp")]
        for clause in [c for verb in conditioned for c in parse.kids(verb, "advcl")]:
            if any(m.lemma in CONDITION_MARKS for m in parse.kids(clause, "mark")):
                candidates += parse.kids(clause, "nsubj", "nsubjpass")
    objects = parse.kids(trigger, "dobj", "obj")
    clauses = [
        c
        for holder in [trigger, *objects]
        for c in parse.kids(holder, *PURPOSE_DEPS)
        if c.pos in ("VERB", "AUX") and not _timed(parse, c) and not _reporting(parse, c)
    ]
    clauses += _means(parse, trigger)
    for holder in [trigger, *clauses]:
        # The patient, active or passive ("a camp for refugees was attacked").
        for obj in parse.kids(holder, "dobj", "obj", "dative", "nsubjpass"):
            candidates += _about(parse, obj)
        if holder is not trigger and holder.lemma in DEMANDING_VERBS:
            # Who a purpose clause demands act: "marched to demand that the
            # president step down", "struck to press for the minister to resign".
            candidates += _demanded(parse, holder)
        # "in protest against X" is about X; "met in Riga" is not with Latvia, and
        # "Speaking in Brussels, X urged ..." is not aimed at Belgium.
        fronted = holder.dep == "advcl" and holder.i < trigger.i
        aside = fronted or event_type in NON_LOCATIVE_TYPES
        for prep in _phrases(parse, holder):
            if prep.lemma not in LOCATIVE_PREPS or prep.lemma == "in":
                for pobj in parse.kids(prep, "pobj"):
                    located = prep.lemma == "in" and pobj.ent_type in PLACE_ENTS
                    if not (located and aside):
                        candidates += _about(parse, pobj)
    candidates += _stray_phrase(parse, trigger)
    if event_type == "PROTEST":
        candidates += _keepers(parse, trigger)
    if event_type in REACTIVE_TYPES:
        # Last: who did what the act answers ("imposed sanctions after Iraq invaded
        # Kuwait" → Iraq; "staged protests after the army seized power").
        verb = (parse.head(trigger) if trigger.dep in ("dobj", "obj") else None) or trigger
        for clause in parse.kids(verb, "advcl"):
            marks = {m.lemma.lower() for m in parse.kids(clause, "mark")}
            # After the act, or fronted to the start of the sentence (not a clause the
            # parser hung on a later verb of the sentence).
            start = parse.start(clause)
            placed = clause.i > verb.i or start == min(parse.tokens)
            if marks & REACTION_MARKS and clause.pos == "VERB" and placed:
                subjects = parse.kids(clause, "nsubj")
                candidates += subjects
                # The other side of a clash or row the clause names: "after fighting
                # broke out with Azerbaijan", "after talks with Iran collapsed".
                candidates += phrase_objects(parse, [clause, *subjects], "with")
    if event_type in NON_LOCATIVE_TYPES:  # "held talks in Muscat" are not with Oman
        candidates = [c for c in candidates if not _located(parse, c)]
    places: list[Token] = []
    if event_type not in NON_LOCATIVE_TYPES:
        places = _places(parse, trigger)
        head = parse.head(trigger)
        if not places and head is not None and _consequence(parse, trigger, head):
            # An "-ing" clause after the act it follows from happened where that act
            # did: "stormed a hotel in Mogadishu, killing 20 people" (Mogadishu).
            places = _places(parse, head)
            places += [p for p in _struck(parse, head) if p not in places]
    groups: list[list[Token]] = []
    seen: set[int] = set()
    for candidate in candidates:
        # A word of a place's name is that place ("Victoria" in "Victoria Park").
        named_place = candidate.dep == "compound" and parse.head(candidate) in places
        if candidate.i in seen or candidate in places or named_place:
            continue
        group = [t for t in actor_heads(parse, [candidate]) if t.pos != "PRON"]
        seen.update(t.i for t in parse.conjuncts(candidate))
        if group:
            groups.append(group)
    return groups, places
