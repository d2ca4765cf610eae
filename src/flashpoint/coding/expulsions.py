"""Orders out and expulsions read from a verb and its clause: "ordered the mission
to leave", "ordered MSF to halt its work", "gave the chief 48 hours to leave", and
people driven out of a place in numbers (mass expulsion).
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.demands import DEADLINE_VERBS, time_limit
from flashpoint.coding.force import doers
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match, object_heads, object_kind
from flashpoint.coding.protest import PROTESTERS
from flashpoint.coding.quantities import counts_a_population
from flashpoint.coding.readings import HAZARD_NOUNS, direction_words
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Verbs of telling someone what to do: "ordered the inspectors to leave".
ORDERING_VERBS = frozenset({"order", "tell", "instruct"})

#: Acts by which an ordered party stops its work in a country: "ordered the UN office
#: to close", "ordered the charity to halt its operations".
CLOSING_ACTS = frozenset({"close", "shut", "halt", "suspend", "cease", "stop", "end"})

#: Objects of a closing act that are the party's own work there ("halt its operations").
WORK_NOUNS = frozenset(
    {"operation", "activity", "work", "office", "mission", "programme", "program"}
)

#: Heads named by their "of" phrase when ordered out: "the French branch of MSF".
BRANCH_NOUNS = frozenset({"branch", "office", "section", "arm", "chapter", "staff"})


def _leaves(parse: Parse, act: Token) -> bool:
    """Is the act leaving, or closing down one's own work: "to leave", "to close",
    "to halt its operations" (not "to close the border", "to stop the attacks")?"""
    if act.lemma == "leave":
        return True
    if act.lemma not in CLOSING_ACTS:
        return False
    return all(o.lemma in WORK_NOUNS for o in parse.kids(act, "dobj", "obj"))


def ordered_out(parse: Parse, verb: Token, act: Token, lexicon: Lexicon) -> Match | None:
    """Ordering a party out that the lexicon says is expelled (peacekeepers,
    inspectors, diplomats, agencies: "expel inspector") expels it: "ordered the UN
    inspectors to leave" (SANCTION 166), "ordered the charity to halt its operations"
    (1663 with "expel charity"). Ordering troops or residents to leave is no expulsion."""
    if verb.lemma not in ORDERING_VERBS or not _leaves(parse, act):
        return None
    # "the French branch of MSF": the branch is what its "of" phrase names.
    return _expelled(parse, lexicon, verb, parse.kids(verb, "dobj", "obj"), BRANCH_NOUNS)


def _expelled(
    parse: Parse, lexicon: Lexicon, verb: Token, parties: list[Token], standing_for: frozenset[str]
) -> Match | None:
    """The expulsion of the first of ``parties`` the lexicon says is expelled ("expel
    inspector"), read through the "of" phrase of a noun of ``standing_for`` ("the
    branch of MSF", "the head of the mission")."""
    for party in parties:
        heads = object_heads(parse, party, lexicon)
        heads += [o for h in heads if h.lemma in standing_for for o in parse.of_phrase(h)]
        for head in heads:
            kind = object_kind(lexicon, "expel", head)
            if kind is not None:
                return Match(verb, kind, "verb_obj", noun=party)
    return None


#: Verbs that stop a party's work when their object is it ("suspended the operations
#: of two charities").
STOPPING_VERBS = frozenset({"suspend", "halt", "stop", "end", "ban", "freeze"})


def stopped_operations(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Stopping the operations or work of a party the lexicon says is expelled
    (agencies, charities, missions) expels it (SANCTION 166, 1663 for aid agencies):
    "suspended the operations of two aid groups", "halted the charity's work"; a
    force's own operations stay a halt of fighting (RETREAT)."""
    noun = match.noun
    if noun is None or noun.lemma not in WORK_NOUNS or match.token.lemma not in STOPPING_VERBS:
        return match
    parties = parse.of_phrase(noun) + parse.kids(noun, "poss")
    for party in parties:
        for head in object_heads(parse, party, lexicon):
            kind = object_kind(lexicon, "expel", head)
            if kind is not None:
                return replace(match, kind=kind)
    return match


#: Heads named by their "of" phrase when given time to leave: "the head of the OSCE
#: mission" is the mission.
LEADER_NOUNS = BRANCH_NOUNS | frozenset({"head", "chief", "leader", "director"})


def given_time_to_leave(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Giving a party the lexicon says is expelled (inspectors, monitors, a mission, an
    agency: "expel inspector") a span of time to leave, or to close its own work, expels
    it as ordering it out does ("gave the UN monitors 48 hours to leave the country",
    SANCTION 166; with "or face" it is an ultimatum, read before). Giving anyone else
    time to leave ("gave residents a day to leave") is none."""
    if verb.lemma not in DEADLINE_VERBS:
        return None
    spans, clauses = time_limit(parse, verb)
    if not any(parse.infinitive(c) and _leaves(parse, c) for c in clauses):
        return None
    parties = [p for p in parse.kids(verb, "dative", "iobj", "dobj", "obj") if p not in spans]
    return _expelled(parse, lexicon, verb, parties, LEADER_NOUNS)


#: Verbs of forcing people from their land that the lexicon reads as deporting, or not
#: at all: done to tens of thousands, a mass expulsion.  "Deport" names a legal
#: removal, whatever its size, and stays COERCE 174.
EXPELLING_VERBS = frozenset({"expel", "banish", "drive", "chase", "send"})

#: Verbs of driving people off that need a place left or crossed ("drove villagers
#: from their homes", "sent refugees back across the border"), with those words.
DRIVING_VERBS = {
    "drive": frozenset({"from", "out", "across", "into"}),
    "chase": frozenset({"from", "out", "across"}),
    "send": frozenset({"back"}),
}


def _as_mass(match: Match, lexicon: Lexicon) -> Match:
    """The match read as the lexicon's "mass expulsion" (ASSAULT 20), where it has one."""
    mass = next((e.kind for e in lexicon.nouns.get("expulsion", ()) if e.modifier == "mass"), None)
    return replace(match, kind=mass) if mass is not None else match


def _driven_off(parse: Parse, verb: Token) -> bool:
    """Does a verb of ``DRIVING_VERBS`` say where people were driven from or across
    ("drove villagers from their homes", "sent refugees back", "chased them out")?
    Verbs of expelling say it by themselves. The parser may hang the phrase on the
    people driven ("drove 700,000 Rohingya [from] Rakhine")."""
    words = DRIVING_VERBS.get(verb.lemma)
    return words is None or bool(words & direction_words(parse, verb))


def _a_cause(doer: Token, lexicon: Lexicon) -> bool:
    """Is the doer an event or a hazard ("fighting", "the war", "floods"), which
    displaces people but expels nobody?"""
    return doer.lemma in lexicon.nouns or doer.lemma in HAZARD_NOUNS


def mass_expulsion(
    parse: Parse, match: Match | None, verb: Token, lexicon: Lexicon
) -> Match | None:
    """Expelling or driving off people by the tens of thousands is a mass expulsion
    (ASSAULT, CAMEO 201, coded 20 as the lexicon's "mass expulsion"): "Kenya expelled
    tens of thousands of Somali refugees", "the militia drove 50,000 villagers from
    their homes". Expelling thousands of migrant workers or deporting any number stays
    COERCE 174, and sending thousands of troops back to the front stays MOBILIZE, as
    driving protesters from a square disperses them; fighting or floods driving people
    from their homes displace them."""
    if verb.lemma not in EXPELLING_VERBS or not _driven_off(parse, verb):
        return match
    if match is not None and match.kind.mode != "deport" and verb.lemma not in DRIVING_VERBS:
        return match  # "expelled diplomats" is a sanction
    if match is not None and match.kind.type not in ("COERCE", "ASSAULT"):
        return match
    people = parse.kids(verb, "dobj", "obj", "nsubjpass")
    if not any(counts_a_population(parse, p) for p in people):
        return match
    if any(h.lemma in PROTESTERS for p in people for h in object_heads(parse, p)):
        return match  # "police drove thousands of protesters from the square" disperses
    if any(_a_cause(d, lexicon) for d in doers(parse, verb)):
        return match  # "fighting has driven 160,000 people from their homes"
    if match is not None:
        return _as_mass(match, lexicon)
    expel = lexicon.verbs.get("expel")
    return _as_mass(Match(verb, expel, "verb"), lexicon) if expel is not None else None


def mass_expulsion_noun(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """The expulsion of people by the tens of thousands is a mass expulsion, as
    expelling them is (``mass_expulsion``): "Riyadh's expulsion of hundreds of thousands
    of Yemeni workers"; "the expulsion of 400 migrants" and a deportation stay COERCE
    174."""
    if match.pattern != "noun" or match.kind.mode != "deport" or match.token.lemma != "expulsion":
        return match
    if not any(counts_a_population(parse, o) for o in parse.of_phrase(match.token)):
        return match
    return _as_mass(match, lexicon)


#: Verbs of asking or ordering a party to go: "demanded the withdrawal of the
#: peacekeepers", "asked the UN mission to leave", "told French troops to leave".
DEMANDING_VERBS = ORDERING_VERBS | frozenset({"ask", "demand", "call", "insist"})

#: Acts of going away from a country ("to leave", "to withdraw its mission", "must quit").
GOING_ACTS = frozenset({"leave", "withdraw", "depart", "quit", "exit", "pull"})

#: Nouns of a party's going away: "demanded the withdrawal of UN peacekeepers".
GOING_NOUNS = frozenset({"withdrawal", "departure", "exit", "pullout", "pull-out", "removal"})

#: Heads of a foreign armed presence told to go: "told the foreign troops to leave".
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "military", "contingent"})


def _goes(parse: Parse, act: Token) -> bool:
    """Is the act going away ("to leave", "to withdraw", "must depart") or closing
    one's own work ("to halt its operations")?"""
    return act.lemma in GOING_ACTS or _leaves(parse, act)


def _demanded_parties(parse: Parse, match: Match) -> list[Token]:
    """The parties a demand asks to go: the "of" phrase of a going noun ("demanded the
    withdrawal of the monitors"), the object told to go ("asked the mission to leave",
    "ordered the foreign troops out"), or the subject of a going clause ("demanded that
    the peacekeepers leave")."""
    verb = match.token
    parties: list[Token] = []
    if any(k.lemma == "out" for k in parse.kids(verb, "prt", "prep", "advmod")):
        parties += parse.kids(verb, "dobj", "obj")
    for noun in parse.kids(verb, "dobj", "obj"):
        if noun.lemma in GOING_NOUNS:
            parties += parse.of_phrase(noun)
    for clause in parse.kids(verb, "xcomp", "ccomp"):
        if not _goes(parse, clause):
            continue
        withdrawing = clause.lemma in ("withdraw", "pull")
        withdrawn = parse.kids(clause, "dobj", "obj") if withdrawing else []
        if parse.infinitive(clause):
            parties += parse.kids(verb, "dobj", "obj") + withdrawn
        elif withdrawn:
            # "demanded that the UN withdraw its mission": what is withdrawn goes, and
            # "that Cameroon pull its troops out" asks a state to retreat.
            parties += withdrawn
        else:
            parties += parse.kids(clause, "nsubj")
    return parties


def _foreign_force(parse: Parse, party: Token) -> bool:
    """Is the party an armed presence named foreign ("the foreign troops", "foreign
    forces")? A state's own troops told to leave a country are a withdrawal, and the
    words alone seldom tell a nationality from the teller's own."""
    if party.lemma not in FORCE_NOUNS:
        return False
    return any(m.lemma == "foreign" for m in parse.kids(party, "amod"))


def demanded_out(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A demand that a party the lexicon says is expelled (peacekeepers, monitors, a
    mission, an agency: "expel peacekeeper"), or a foreign force, go away expels it
    (SANCTION 166, 1661 for peacekeepers): "demanded the withdrawal of UN
    peacekeepers", "asked the UN mission to leave the country", "told the foreign
    troops to leave". Demanding that an army withdraw from a front stays a request."""
    if match.kind.type != "REQUEST" or match.token.lemma not in DEMANDING_VERBS:
        return match
    parties = _demanded_parties(parse, match)
    found = _expelled(parse, lexicon, match.token, parties, LEADER_NOUNS)
    if found is not None:
        return replace(match, kind=found.kind)
    ordered = lexicon.verb_obj.get(("order", "leave country"))
    if ordered is not None and any(_foreign_force(parse, p) for p in parties):
        return replace(match, kind=ordered)
    return match
