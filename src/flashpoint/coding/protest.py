"""Readings of crowds and strikers: when a gathering is a demonstration, and when
violence or obstruction by protesters or strikers is a riot, a walkout or a
blockade of protest rather than an assault or a state's blockade, and a shutdown
done with or in a strike ("paralysed the port with a strike") is the strike.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match, object_heads
from flashpoint.coding.modality import FORCE_NOUNS
from flashpoint.coding.readings import CIVILIAN_GROUPS, WORKING_GROUPS, labour_strike
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: The CAMEO code of a blockade (COERCE restrict): by civilians, it is a protest.
BLOCKADE = "191"
#: The CAMEO code of withholding (COERCE): blocking a convoy or aid by civilians is a
#: protest's obstruction too.
WITHHOLDING = "170"
#: The CAMEO code of occupying territory (COERCE seize): by protesters, a sit-in.
OCCUPATION = "192"
#: Who protests, by the word for them: a crowd of these is a protest or a riot.
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob"}
)
#: Who block roads in protest rather than as a state's blockade: protesters, civilian
#: groups, and a cause's supporters or activists ("independence supporters cut off the
#: motorway").
BLOCKERS = PROTESTERS | CIVILIAN_GROUPS | frozenset({"supporter", "activist", "grower"})
#: Verbs of closing a way (COERCE): by civilians, a protest's obstruction; "keep" for
#: a way kept closed ("truckers kept the bridge shut", `force.kept_closed`).
CLOSING_VERBS = frozenset({"block", "blockade", "seal", "shut", "close", "cut", "jam", "keep"})
#: Ways whose closing by civilians obstructs passage: "protesters sealed off the roads".
ROUTE_NOUNS = frozenset(
    {"road", "highway", "motorway", "street", "avenue", "intersection", "junction"}
    | {"bridge", "crossing", "route", "railway", "roundabout", "expressway", "freeway"}
)
#: Who may make up a crowd when they gather to demand something.
CROWD_NOUNS = PROTESTERS | frozenset(
    {"people", "thousand", "hundred", "dozen", "supporter", "student", "worker", "activist"}
    | {"lakh"}  # South Asian English: "lakhs of people", hundreds of thousands
    | {"resident", "citizen", "farmer", "villager", "opponent", "youth", "woman", "teacher"}
)
#: Verbs of a crowd gathering or moving: "poured into the square", "filled the streets".
GATHERING_VERBS = frozenset(
    {"gather", "assemble", "converge", "pour", "flood", "fill", "throng", "crowd", "pack"}
    | {"mass", "flock", "stream", "swarm", "surround", "camp", "parade"}
)
#: Verbs of a clause that says a gathering is a protest: "..., demanding that X resign".
PROTEST_CUES = frozenset(
    {"demand", "call", "chant", "protest", "denounce", "condemn", "shout", "decry"}
    | {"oppose", "urge", "wave", "brandish"}
)


def _by_agents(parse: Parse, noun: Token) -> list[Token]:
    """Who does what an event noun names, in its "by" phrase: "the blockade of the
    bridge by truckers", "the storming of parliament by protesters"; the parser may hang
    the phrase on the "of" phrase's noun."""
    holders = [noun, *parse.of_phrase(noun)]
    phrases = [p for h in holders for p in parse.kids(h, "prep", "agent") if p.lemma == "by"]
    return [o for p in phrases for o in parse.kids(p, "pobj")]


def _pronoun_owners(parse: Parse, noun: Token) -> list[Token]:
    """Who an event noun with a possessive pronoun belongs to, where it is a verb's
    object: that verb's subject ("farmers stepped up [their] blockade of the highways",
    the farmers' blockade); a named owner ("the farmers' blockade") is the noun's own."""
    owned = any(k.pos == "PRON" for k in parse.kids(noun, "poss"))
    verb = parse.head(noun)
    if not owned or verb is None or noun.dep not in ("dobj", "obj"):
        return []
    return parse.kids(verb, "nsubj")


def _subjects(parse: Parse, verb: Token) -> list[Token]:
    """The nouns naming the verb's subject ("thousands of protesters": both), or
    those of the verb it is coordinated with ("torched cars and clashed ..."); for an
    event noun, those of its "by" phrase."""
    if verb.pos in ("NOUN", "PROPN"):
        agents = _by_agents(parse, verb) or _pronoun_owners(parse, verb)
        return [h for a in agents for h in object_heads(parse, a)]
    # A passive's "by" agent: "the embassy was stormed by protesters".
    subjects = parse.kids(verb, "nsubj") or parse.agents(verb)
    while not subjects and _borrows_subject(parse, verb):
        head = parse.head(verb)
        if head is None or head.i == verb.i:
            break
        verb = head
        subjects = parse.kids(verb, "nsubj")
    return [h for s in subjects for h in object_heads(parse, s)]


def _borrows_subject(parse: Parse, verb: Token) -> bool:
    """Is the verb one whose subject is that of the verb above it: a conjunct, a
    participle clause of the act ("went on a rampage, ransacking shops"), or an
    infinitive with no subject of its own ("truckers went on to blockade the bridge",
    "protesters tried to storm parliament")?"""
    if verb.dep in ("conj", "xcomp"):
        return True
    return verb.dep == "advcl" and (verb.tag == "VBG" or parse.infinitive(verb))


#: Tags the small model may give a plural common noun it took for a name.
NAME_TAGS = frozenset({"NNP", "NNPS"})


def crowd_word(token: Token) -> str:
    """The noun's lemma as the crowd lists read it: singular even where the tagger took
    a plural common noun for a name, as it does after a dateline ("MOSCOW - Protesters
    set fire ...": "Protesters" a proper noun with lemma "protesters", read "protester")."""
    lemma = token.lemma.lower()
    if token.tag in NAME_TAGS and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def crowd_protest(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A crowd gathering to protest is a demonstration (PLOVER PROTEST demo):
    "protesters gathered in Warsaw", "thousands poured into the capital, demanding
    that X resign", "crowds filled the square against the decree" (a verb of
    gathering with protesters for subject, or with a crowd and a clause of
    demanding or a phrase "against"), "students demanding reform filled the square"
    (a participle of protest on the crowd), also in the passive ("the square was
    filled by students demanding reform")."""
    kind = lexicon.verbs.get("demonstrate")
    if kind is None or verb.lemma not in GATHERING_VERBS:
        return None
    heads = _subjects(parse, verb)
    subjects = {crowd_word(h) for h in heads}
    if not subjects & CROWD_NOUNS and not any(_plural_demonym(h) for h in heads):
        return None
    # A cue in a clause of the gathering, or in a verb coordinated with it ("filled the
    # streets and called on the premier to resign").
    clauses = parse.kids(verb, "advcl", "xcomp", "conj") + _place_participles(parse, verb)
    cued = any(k.lemma in PROTEST_CUES for k in clauses) or any(
        k.lemma == "against" for k in parse.kids(verb, "prep")
    )
    # "students demanding free tuition filled the square": the crowd's own participle.
    protesting = _protesting(parse, heads)
    return Match(verb, kind, "verb") if cued or protesting or subjects & PROTESTERS else None


def _place_participles(parse: Parse, verb: Token) -> list[Token]:
    """Gerund clauses the parser hung on the place a crowd fills, which are the crowd's:
    "thronged the streets demanding his resignation" (the crowd demands, not the
    streets)."""
    places = parse.kids(verb, "dobj", "obj")
    return [k for o in places for k in parse.kids(o, "acl") if k.tag == "VBG"]


def _plural_demonym(token: Token) -> bool:
    """Is the noun a people named by a plural demonym ("Israelis", "young Kenyans"), a
    crowd when it gathers to demand something?"""
    plural = token.tag in ("NNPS", "NNS") and token.text[:1].isupper()
    return plural and token.ent_type == "NORP"


def riot(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Protesters destroying or looting property or using crude violence riot (PLOVER
    PROTEST riot, CAMEO 145): "angry crowds set fire to banks", "protesters torched
    metro stations", "students demanding reforms stoned the police". The same act by
    others stays ASSAULT (CAMEO 1712) or COERCE (looting, 171).  Civilians blockading
    ("farmers blockaded the highways") obstruct passage (PROTEST obstruct, CAMEO 144,
    as "barricade"); a state's blockade stays COERCE (CAMEO 191).  Protesters occupying
    a building or a square obstruct it too (CAMEO 144, a sit-in), and protesters
    storming one riot (CAMEO 145); soldiers doing either seize or attack."""
    walkout = lexicon.nouns.get("walkout")
    if walkout and match.kind.type == "ASSAULT" and labour_strike(parse, match.token):
        return replace(match, kind=walkout[0].kind)  # "striking truck drivers"
    heads = _subjects(parse, match.token)
    subjects = {crowd_word(h) for h in heads}
    if walkout and match.kind.type == "ASSAULT" and _strike_called(match, subjects):
        return replace(match, kind=walkout[0].kind)  # "the union launched a strike"
    blockade = lexicon.verbs.get("barricade")
    cued = _cued_crowd(parse, match.token, heads)
    blockers = bool(subjects & BLOCKERS) or cued  # "thousands blocked roads, demanding ..."
    if (_blocking(match) or _closed_route(parse, match)) and blockade and blockers:
        return replace(match, kind=blockade)
    if match.kind.cameo == OCCUPATION and blockade and (_protesting(parse, heads) or cued):
        return replace(match, kind=blockade)  # "protesters occupied the airport"
    kind = lexicon.verbs.get("riot")
    if kind is None or not (_violent_protest_act(match) or _attacked_property(parse, match)):
        return match
    protesting = _protesting(parse, heads) or cued
    return replace(match, kind=kind) if protesting or _street_unrest(match, heads) else match


#: Verbs of forcing a way in (ASSAULT): by protesters, rioting; with their nouns
#: ("the storming of parliament by protesters").
STORMING_VERBS = frozenset({"storm", "overrun", "storming"})
#: The object that makes a verb one of forcing a way in: "forced their way into parliament".
ENTRY_OBJECTS = frozenset({"way"})
#: Participles that say by themselves that a crowd protests: "Kenyans demonstrating
#: against tax hikes broke into parliament".
PROTESTING_VERBS = frozenset({"demonstrate", "protest", "march", "rally", "riot"})
#: Nouns of a protest whose phrase puts a violent act inside one: "set fire to offices
#: during riots", "smashed cars in protest".
PROTEST_NOUNS = frozenset({"riot", "protest", "demonstration", "unrest", "rampage"})
#: Prepositions of such a phrase.
PROTEST_PREPS = frozenset({"during", "in", "amid", "amidst"})
#: Verbs of taking property by force (COERCE seize): by protesters, rioting.
LOOTING_VERBS = frozenset({"loot", "plunder", "pillage"})
#: ASSAULT modes of crude violence that, done by protesters, is rioting.
CRUDE_MODES = frozenset({"primitive", "beat"})
#: Verbs of fighting the police in the street ("fought running battles with police"):
#: by protesters, rioting.
CLASH_VERBS = frozenset({"clash", "battle", "fight"})
#: Verbs of attacking that, with a building or vehicle for object, damage property.
ATTACKING_VERBS = frozenset({"attack"})
#: Buildings and vehicles whose attack by protesters is a riot: "attacked the police
#: station", "attacked government offices".
PROPERTY_NOUNS = frozenset(
    {"building", "office", "headquarters", "station", "embassy", "consulate", "bank"}
    | {"shop", "store", "ministry", "parliament", "courthouse", "car", "bus", "vehicle"}
)
#: CAMEO code of killing by physical assault: a killing by a mob is no riot but an assault.
KILLING = "1823"
#: Who riot by name when they wreck property or fight in the street, with no word of
#: protest: "youths torched cars", "hooligans looted shops".
RIOTING_CROWDS = frozenset({"youth", "hooligan", "looter"})
#: Armed men and forces, who are no crowd even counted as one ("thousands of troops
#: occupied the town, demanding surrender" is a seizure, not a sit-in).
ARMED_NOUNS = FORCE_NOUNS | frozenset(
    {"fighter", "rebel", "militant", "gunman", "insurgent", "jihadist", "militiaman"}
)
#: Verbs of a crowd's street unrest: storming a building or clashing with others.
UNREST_VERBS = STORMING_VERBS | frozenset({"clash"})


def _strike_called(match: Match, subjects: set[str]) -> bool:
    """Is the act a strike that working people start, launch or call ("the union
    started an indefinite strike", "nurses launched a strike over pay": a light verb
    with the noun "strike")?  It stops work (PROTEST strike); an army's strike stays an
    attack."""
    noun = match.noun
    light = match.pattern == "light" and noun is not None and noun.lemma == "strike"
    return light and bool(subjects & WORKING_GROUPS)


def _blocking(match: Match) -> bool:
    """Is the act a blockade, or blocking what passes ("blocked an aid convoy", COERCE
    withhold), that civilians doing it make a protest's obstruction?"""
    withheld = match.kind.cameo == WITHHOLDING and match.token.lemma in ("block", "blockade")
    return match.kind.cameo == BLOCKADE or withheld


def _closed_route(parse: Parse, match: Match) -> bool:
    """Is the act closing a road, bridge or crossing ("shut down major intersections",
    "sealed off the roads", COERCE), that civilians doing it make a protest's
    obstruction, as "barricade" is?  A state closing its border stays COERCE."""
    if match.kind.type != "COERCE" or match.token.lemma not in CLOSING_VERBS:
        return False
    objects = parse.kids(match.token, "dobj", "obj")
    return any(h.lemma in ROUTE_NOUNS for o in objects for h in object_heads(parse, o))


def _violent_protest_act(match: Match) -> bool:
    """Is the act one a riot is made of (PLOVER riot: "the participants intend to cause
    physical injury and/or property damage"): damaging, looting or burning property,
    crude violence (stones, fire, blows) short of killing, clashing, or storming a
    building?"""
    kind = match.kind
    looting = kind.mode == "seize" and match.token.lemma in LOOTING_VERBS
    damage = looting or kind.cameo.startswith("1712")
    crude = kind.type == "ASSAULT" and kind.mode in CRUDE_MODES and kind.cameo != KILLING
    clash = kind.type == "ASSAULT" and (_storming(match) or match.token.lemma in CLASH_VERBS)
    return damage or crude or clash


def _attacked_property(parse: Parse, match: Match) -> bool:
    """Is the act attacking a building or vehicle ("protesters attacked the police
    station", "crowds attacked government offices"), property damage that a riot is
    made of?  Attacking people stays with the rules for clashing and crude violence."""
    if match.kind.type != "ASSAULT" or match.token.lemma not in ATTACKING_VERBS:
        return False
    objects = parse.kids(match.token, "dobj", "obj")
    return any(h.lemma in PROPERTY_NOUNS for o in objects for h in object_heads(parse, o))


def _protesting(parse: Parse, subjects: list[Token]) -> bool:
    """Are the subject's nouns (``_subjects``) a crowd of protesters: protesters by
    name, or a crowd said to protest by a participle ("students demanding an end to
    one-party rule")?"""
    if any(crowd_word(s) in PROTESTERS for s in subjects):
        return True
    if any(k.lemma in PROTESTING_VERBS for s in subjects for k in parse.kids(s, "acl")):
        return True  # "young Kenyans demonstrating against tax hikes"
    crowds = [s for s in subjects if crowd_word(s) in CROWD_NOUNS]
    return any(k.lemma in PROTEST_CUES for c in crowds for k in parse.kids(c, "acl"))


def _cued_crowd(parse: Parse, verb: Token, subjects: list[Token]) -> bool:
    """Is a crowd (``CROWD_NOUNS``) that does the violent act said to protest by a
    gerund clause of the act ("youths battled the police, demanding ...", "supporters
    stormed the building, demanding his ouster"), or by a phrase that puts the act in a
    protest ("youths torched offices during riots")?  Armed groups ("rebels battled
    troops, demanding talks", "thousands of fighters stormed the town") are no crowd
    and stay ASSAULT."""
    words = {crowd_word(s) for s in subjects}
    if not words & CROWD_NOUNS or words & ARMED_NOUNS:
        return False
    # The clause may hang on a verb joined to the act: "occupied the airport and jammed
    # the motorway, demanding independence".
    verbs = [verb, *parse.kids(verb, "conj")]
    head = parse.head(verb)
    if verb.dep == "conj" and head is not None:
        verbs.append(head)
    if any(k.lemma in PROTEST_CUES for v in verbs for k in parse.kids(v, "advcl")):
        return True
    # "youths set fire to offices during riots": the act is part of a protest.
    return any(
        o.lemma in PROTEST_NOUNS
        for v in verbs
        for p in parse.kids(v, "prep")
        if p.lemma in PROTEST_PREPS
        for o in parse.kids(p, "pobj")
    )


def _street_unrest(match: Match, subjects: list[Token]) -> bool:
    """Is the violent act (``_violent_protest_act``) street unrest with no word of
    protest: youths or hooligans wrecking property or fighting ("youths torched cars
    in the suburbs"), or a crowd of civilians storming a building or clashing
    ("opposition supporters stormed the presidential offices", "hundreds of villagers
    clashed with police")?  Every noun of the subject must name a crowd: "thousands
    of troops stormed the town" is an army's assault, and "youths stabbed a man" is
    crude violence against a person, no riot."""
    lemmas = {crowd_word(s) for s in subjects}
    damage = match.kind.cameo.startswith("1712") or match.kind.mode == "seize"
    unrest = _storming(match) or match.token.lemma in UNREST_VERBS | CLASH_VERBS
    if lemmas & RIOTING_CROWDS and (damage or unrest):
        return True
    crowd = bool(lemmas) and lemmas <= CROWD_NOUNS
    return crowd and (_storming(match) or match.token.lemma in UNREST_VERBS)


def _storming(match: Match) -> bool:
    """Is the act forcing a way into a place: storming or overrunning it, or forcing
    or smashing one's way in ("protesters forced their way into parliament",
    the lexicon's ASSAULT "force way", as "stormed parliament")?"""
    entry = match.noun is not None and match.noun.lemma in ENTRY_OBJECTS
    return match.token.lemma in STORMING_VERBS or (entry and match.kind.type == "ASSAULT")


#: Verbs of bringing a place or trade to a halt, which a strike may do: "shut down the
#: capital with a general strike", "paralysed the ports in a strike over pay".
SHUTTING_VERBS = frozenset({"shut", "close", "paralyse", "paralyze", "cripple", "halt"})

#: Prepositions of the means or the occasion: "with a strike", "in a strike".
MEANS_PREPS = frozenset({"with", "in", "through", "by"})

#: Nouns of a stoppage of work: a "strike" that shuts places is a walkout, not an attack.
STOPPAGE_NOUNS = frozenset({"strike", "walkout", "stoppage"})


#: Nouns of a halt that "bring ... to" makes a shutdown: "brought the capital to a
#: standstill".
HALT_NOUNS = frozenset({"standstill", "halt"})


def _halts(parse: Parse, verb: Token) -> list[Token]:
    """The halt nouns a verb brings a place to ("brought the country to a [standstill]"),
    a shutdown as "paralysed" is, and whose phrases the parser may give the means ("to
    a standstill with a strike"); none for "brought the rebels to the table"."""
    if verb.lemma != "bring":
        return []
    tos = [p for p in parse.kids(verb, "prep") if p.lemma == "to"]
    return [o for p in tos for o in parse.kids(p, "pobj") if o.lemma in HALT_NOUNS]


def means_strikes(parse: Parse, verb: Token) -> list[Token]:
    """The strike nouns a shutting verb is done with or in ("shut down X with a general
    strike", "brought the country to a standstill with a strike"): the strike is the
    shutdown's own event, no event of its own."""
    halts = _halts(parse, verb)
    if verb.lemma not in SHUTTING_VERBS and not halts:
        return []
    preps = [p for h in [verb, *halts] for p in parse.kids(h, "prep") if p.lemma in MEANS_PREPS]
    return [n for p in preps for n in parse.kids(p, "pobj") if n.lemma in STOPPAGE_NOUNS]


def _shut_by_strike(parse: Parse, verb: Token, lexicon: Lexicon) -> bool:
    """Is a strike the subject of the shutting verb, or the noun its relative clause
    hangs on ("a general strike shut the ports", "launched a strike that shut banks and
    ports")?  A strike the lexicon names as an attack by a modifier ("an air strike shut
    the airport") is none."""
    if verb.lemma not in SHUTTING_VERBS:
        return False
    subjects = parse.kids(verb, "nsubj")
    head = parse.head(verb)
    if verb.dep == "relcl" and head is not None:
        subjects.append(head)
    for noun in (s for s in subjects if s.lemma in STOPPAGE_NOUNS):
        modifiers = {m.lemma for m in parse.kids(noun, "compound", "amod", "nmod")}
        entries = lexicon.nouns.get(noun.lemma, ())
        if not any(e.modifier in modifiers and e.kind.type == "ASSAULT" for e in entries):
            return True
    return False


def _shut_by_strikers(parse: Parse, verb: Token) -> bool:
    """Do working people on strike do the shutting ("dock workers striking against the
    law shut down the ports", "the ports were shut by dockers striking for pay", "rail
    workers paralysed Paris, striking against the reform")?  Their shutdown is the
    strike; workers shutting a ward after a fire are none."""
    if verb.lemma not in SHUTTING_VERBS:
        return False
    doers = parse.kids(verb, "nsubj") + parse.agents(verb)
    participles = [k for d in doers for k in parse.kids(d, "acl")] + parse.kids(verb, "advcl")
    return any(labour_strike(parse, p) for p in participles)


def strike_shutdown(
    parse: Parse, match: Match | None, verb: Token, lexicon: Lexicon
) -> Match | None:
    """Shutting a place down with or in a strike is the strike (PROTEST strike, CAMEO
    143): "unions shut down banks and airports in a strike over fuel prices", "the
    opposition paralysed the capital with a general strike", "brought the country to a
    standstill with a strike"; so is a strike shutting it ("a strike that shut the
    ports"), or workers on strike (``_shut_by_strikers``). Shutting by other means
    ("shut the border") keeps its reading."""
    walkout = lexicon.nouns.get("walkout")
    struck = _shut_by_strike(parse, verb, lexicon) or _shut_by_strikers(parse, verb)
    if walkout and (means_strikes(parse, verb) or struck):
        return Match(verb, walkout[0].kind, "verb")
    return match
