"""Warnings: an actor's own conditional conflictual act, told by the actor.

"Turkey said it would hit back if the troops crossed the border": the hitting back
is conditional, so hypothetical (``modality``), and is not scored; but saying so is a
threat, which CAMEO codes as such (13x) on the verb of saying. ``warned_act`` finds
the verb of saying whose speaker warns of its own act; ``threat_kind`` gives the
threat the CAMEO code of what it threatens, read as the lexicon reads "threaten"
with that act ("threaten curfew", "threaten attack"), else from the act's own code.
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import CONDITIONAL_MARKS, clause_modality, is_conditional
from flashpoint.coding.intentions import PROSPECT_NOUNS, REPORTING_VERBS, preferred
from flashpoint.coding.lexicon import EventKind, Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.modality import FORCE_NOUNS
from flashpoint.coding.readings import telling_phrase
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Types of an act whose announcement on a condition threatens (PLOVER material
#: conflict and protest; CAMEO 133-138 threaten them).
CONFLICT_ACT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: Verbs by which a speaker tells what it would do; hinting, indicating or swearing
#: that one would strike tells it as plainly as saying so ("hinted that martial law
#: could be imposed if the attacks went on").
WARNING_VERBS = (
    REPORTING_VERBS
    | {"caution", "threaten", "stress", "inform", "notify"}
    | {"hint", "indicate", "swear"}
)
#: Modals of an act on a condition or merely possible: "would", "might", "could";
#: "will" with a condition ("will strike back if attacked").
WARNING_AUX = frozenset({"would", "might", "could", "may", "will", "shall", "'ll", "wo"})
#: Subjects that take up the speaker: "Russia said it would ...", "we would ...".
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
#: Possessives that make a force the speaker's own: "his fighters", "our troops".
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
#: Speakers who comment on what others might do rather than warn of their own acts.
COMMENTATORS = frozenset(
    {"analyst", "expert", "observer", "commentator", "report", "study", "survey", "poll"}
    | {"critic", "economist", "scholar", "researcher", "pundit", "forecaster"}
)
#: Verbs of necessity whose open complement is the act warned of: "would have to
#: impose", "would be forced to act" (not "would like to stay", a wish).
NECESSITY_VERBS = frozenset({"have", "need", "force", "compel", "oblige"})
#: Verbs of wishing: what is coordinated with them shares their wish ("would like to
#: stay, and fight if she has to"), no warning.
WISH_VERBS = frozenset({"like", "love", "prefer", "want", "wish", "hope", "rather"})
#: First-person words: they take up a speaker who quotes itself ('"We will strike
#: back," the minister said'), not a third party's report ("they said our families
#: would ...").
FIRST_PERSON = frozenset({"we", "i", "our", "my"})

#: The threat of an act, by the act's CAMEO code (longest prefix): (code, PLOVER mode).
ACT_THREATS = {
    "14": ("133", None),
    "15": ("138", "violence"),
    "16": ("131", None),
    "161": ("1313", "relations"),
    "162": ("1311", None),
    "163": ("1312", "restrict"),
    "164": ("134", None),
    "165": ("135", None),
    "166": ("136", "expel"),
    "17": ("130", None),
    "172": ("132", "restrict"),
    "1721": ("1321", "restrict"),
    "1722": ("1322", "restrict"),
    "1723": ("1323", "restrict"),
    "1724": ("1324", "restrict"),
    "173": ("137", "arrest"),
    "174": ("137", "arrest"),
    "175": ("137", "arrest"),
    "18": ("1383", "violence"),
    "19": ("138", "violence"),
    "191": ("1381", "restrict"),
    "192": ("1382", "territory"),
    "20": ("1385", "violence"),
}


def _warning_clause(parse: Parse, act: Token) -> Token | None:
    """The clause of ``act`` that holds its subject and modal (the act itself, or the
    verb it is coordinated with or the complement of)."""
    clause = act
    while clause.dep in ("conj", "xcomp") and not parse.kids(clause, "nsubj", "nsubjpass"):
        head = parse.head(clause)
        if head is None or head.pos not in ("VERB", "AUX"):
            return None
        if clause.dep == "xcomp" and head.lemma not in NECESSITY_VERBS:
            return None
        if head.lemma in WISH_VERBS:
            return None
        clause = head
    return clause


def _teller(parse: Parse, clause: Token) -> Token | None:
    """The verb of saying that tells ``clause``: its head ("said it would"), or a
    verb of saying hung on it ('"We would respond," he said')."""
    head = parse.head(clause)
    phrase = telling_phrase(parse, head) if head is not None else None
    if clause.dep in ("ccomp", "parataxis", "advcl") and phrase is not None:
        return phrase  # "made clear that it would ...", "let Seoul know that ..."
    if clause.dep in ("ccomp", "parataxis") and head is not None:
        return head if head.lemma in WARNING_VERBS else None
    if head is None or head.i == clause.i:
        said = [k for k in parse.kids(clause, "parataxis", "ccomp") if k.lemma in WARNING_VERBS]
        return said[0] if said else None
    return None


#: Acts whose agentless passive foretells harm rather than a party's own act:
#: "civilians could be killed if the fighting goes on" is no one's warning.
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "harm", "destroy", "damage", "die"})


def _done_by_speaker(parse: Parse, clause: Token, speaker: Token) -> bool:
    """Is ``clause`` an agentless passive of a party's act that the speaker, a party,
    tells ("London said aid would be withheld if ...", "commanders told residents
    that a curfew would be reimposed")?  No other doer is named, so the act is the
    speaker's own, as in "said it would withhold aid"."""
    passive = parse.kids(clause, "nsubjpass") and not parse.kids(clause, "agent")
    party = speaker.pos == "PROPN" or speaker.lemma.lower() in PARTY_NOUNS | FORCE_NOUNS
    return bool(passive) and party and clause.lemma not in HARM_VERBS


def _takes_up(parse: Parse, subject: Token, speaker: Token) -> bool:
    """Is the act's subject the speaker: a pronoun ("it", "we"), the speaker's own
    words, what the speaker calls its own ("his fighters", "our forces"), or armed
    forces no other side is named for ("troops would reoccupy the town")?"""
    words = {subject.text.lower(), *(o.text.lower() for o in parse.kids(subject, "poss"))}
    if words & FIRST_PERSON and speaker.pos == "PRON" and speaker.text.lower() not in FIRST_PERSON:
        return False  # "they said our families would kill us"
    if subject.text.lower() in SPEAKER_PRONOUNS:
        return True
    if subject.text.lower() == speaker.text.lower():
        return True
    owners = parse.kids(subject, "poss")
    if owners:
        return all(o.text.lower() in OWN_POSSESSIVES for o in owners)
    if subject.lemma.lower() not in FORCE_NOUNS:
        return False
    # "troops would reoccupy", "the army would respond": the speaker's, as no other
    # side is named ("the rebel army", "that militia" name one).
    modifiers = parse.kids(subject, "amod", "compound", "nmod", "prep", "det")
    return all(m.dep == "det" and m.text.lower() == "the" for m in modifiers)


def warned_act(parse: Parse, act: Token) -> Token | None:
    """The verb of saying by which a speaker warns that it would, might or could do
    ``act``, on a condition or not ("Turkey said it would hit back if ...", "the UN
    said it might pull out its staff"), or None: the act must be the speaker's own
    (``_takes_up``), the telling asserted, and the sentence no question; a
    commentator's speculation is no warning."""
    clause = _warning_clause(parse, act)
    if clause is None or any(t.text == "?" for t in parse.tokens.values()):
        return None
    if preferred(parse, clause):
        return None  # "said they would rather fight than surrender": a preference
    kids = parse.kids(clause)
    if not any(k.dep == "aux" and k.text.lower() in WARNING_AUX for k in kids):
        return None
    if any(k.dep == "mark" and k.lemma in CONDITIONAL_MARKS for k in kids):
        return None  # the condition itself: "said that if it would ..."
    teller = _teller(parse, clause)
    if teller is None or teller.pos != "VERB":
        return None
    if clause_modality(parse, teller) not in (None, "future"):
        return None  # "may say", "did not say"
    subjects = parse.kids(clause, "nsubj")
    speakers = parse.kids(teller, "nsubj")
    first = parse.head(teller)
    if not speakers and teller.dep == "conj" and first is not None:
        speakers = parse.kids(first, "nsubj")  # "summoned the envoy and said ..."
    if not speakers or speakers[0].lemma.lower() in COMMENTATORS:
        return None
    if not subjects and _done_by_speaker(parse, clause, speakers[0]):
        return teller
    if len(subjects) != 1:
        return None
    return teller if _takes_up(parse, subjects[0], speakers[0]) else None


#: Verbs by which a party holds out a prospect: "raised the prospect of sanctions".
RAISING_VERBS = frozenset({"raise"})


def raised_prospect(parse: Parse, act: Token) -> Token | None:
    """The verb by which a party holds out the prospect of its own conflictual act named
    by a noun ("EU ministers raised the prospect of fresh sanctions on Minsk", "the
    minister raised the possibility of a curfew"): a warning, CAMEO 13x, coded on the
    verb; None unless the verb is asserted and has a subject that is a named party or
    no commentator ("the violence raised the spectre of war" is no one's warning)."""
    prep = parse.head(act)
    if act.dep != "pobj" or prep is None or prep.lemma != "of":
        return None
    noun = parse.head(prep)
    if noun is None or noun.lemma not in PROSPECT_NOUNS or noun.dep not in ("dobj", "obj"):
        return None
    verb = parse.head(noun)
    if verb is None or verb.lemma not in RAISING_VERBS or verb.pos != "VERB":
        return None
    if clause_modality(parse, verb) not in (None, "future"):
        return None
    subjects = parse.kids(verb, "nsubj")
    if len(subjects) != 1 or subjects[0].lemma.lower() in COMMENTATORS:
        return None
    subject = subjects[0]
    return verb if subject.pos == "PROPN" or subject.lemma.lower() in PARTY_NOUNS else None


#: Subjects that are parties able to act: officials and governments.
PARTY_NOUNS = frozenset(
    {"minister", "government", "official", "leader", "president", "ministry", "authority"}
    | {"spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy", "junta", "regime"}
    | {"chancellor", "secretary", "premier", "king", "general", "commander", "state"}
    | {"chief"}  # "the army chief vowed that protesters would be crushed"
)


def threat_kind(parse: Parse, match: Match, cameo: str, lexicon: Lexicon) -> EventKind:
    """What a warning of the act of ``match`` (CAMEO ``cameo``) threatens: the
    lexicon's "threaten" with the act ("threaten attack") or with its object or event
    noun ("threaten curfew", "threaten sanction"), as the verb "threaten" reads its
    complement; else the 13x code of the act's CAMEO code (``ACT_THREATS``)."""
    act = match.token
    objects = parse.kids(act, "dobj", "obj")
    keys = [f"{act.lemma} {o.lemma}" for o in objects] + [act.lemma]
    keys += [match.noun.lemma] if match.noun is not None else []
    for key in keys:
        kind = lexicon.verb_obj.get(("threaten", key))
        if kind is not None:
            return kind
    for length in range(len(cameo), 1, -1):
        found = ACT_THREATS.get(cameo[:length])
        if found is not None:
            return EventKind("THREATEN", found[1], found[0])
    default = lexicon.verbs.get("threaten")
    return default if default is not None else EventKind("THREATEN", None, "130")


def is_warning(event_type: str, pattern: str) -> bool:
    """Can an event of this type and trigger shape be warned of?"""
    return event_type in CONFLICT_ACT_TYPES and pattern != "noun"


#: Verbs by which a party declines to exclude something: "refused to rule out".
DECLINING_VERBS = frozenset({"refuse", "decline"})
#: Links from "rule out" to what is (not) excluded: an object, a clause.
EXCLUDED_DEPS = frozenset({"dobj", "obj", "xcomp", "pcomp", "ccomp"})


def excluded(parse: Parse, token: Token) -> list[Token]:
    """What the verb "rule out" excludes ("ruled out [sanctions]", "would not rule out
    [seizing] the island"): its objects and complements; empty for another verb."""
    if token.lemma != "rule" or not any(p.lemma == "out" for p in parse.kids(token, "prt")):
        return []
    return parse.kids(token, *EXCLUDED_DEPS)


def unexcluded_threat(
    parse: Parse, token: Token, acts: list[tuple[Token, EventKind]], lexicon: Lexicon
) -> EventKind | None:
    """What a party threatens by not ruling out its own conflictual act ("did not rule
    out military action", "refused to rule out seizing Greenland by force": CAMEO
    13x, not excluding it is holding it out): the threat of an act coded in the
    complement of "rule out" (``acts``: trigger and kind), read as ``threat_kind``
    reads it, or of an object noun that "threaten" reads ("threaten strikes");
    None when nothing conflictual is left open."""
    complements = excluded(parse, token)
    for act, kind in acts:
        if act in complements and kind.type in CONFLICT_ACT_TYPES:
            return threat_kind(parse, Match(act, kind, "verb"), kind.cameo, lexicon)
    for noun in complements:
        read = lexicon.verb_obj.get(("threaten", noun.lemma)) if noun.pos == "NOUN" else None
        if read is not None and read.type == "THREATEN":
            return read
    return None


def decliner(parse: Parse, token: Token) -> Token | None:
    """The verb that declines the ruling out ("refused to rule out"), if any."""
    head = parse.head(token)
    if token.dep == "xcomp" and head is not None and head.lemma in DECLINING_VERBS:
        return head
    return None


#: Idioms of retribution foretold for a party, by verb and object: "would pay a heavy
#: price", "will bear the consequences", "would face consequences".
RETRIBUTION_OBJECTS = frozenset(
    {("pay", "price"), ("bear", "consequence"), ("face", "consequence")}
    | {("suffer", "consequence")}
)
#: Verbs by which a party vows retribution on another: "vowed to make Hamas pay".
VOWING_VERBS = frozenset({"vow", "promise", "pledge", "threaten", "warn", "swear"})
#: Modals that foretell: "Seoul will pay", "would bear".
FORETELLING_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _literal_price(parse: Parse, verb: Token) -> bool:
    """Is the price paid a price of goods ("would pay a higher price for fuel", "the
    market price"), compared, counted or named by a compound, not a penalty?"""
    prices = [o for o in parse.kids(verb, "dobj", "obj") if o.lemma == "price"]
    mods = [m for p in prices for m in parse.kids(p, "amod", "compound", "nummod")]
    return any(m.dep != "amod" or m.tag in ("JJR", "JJS") for m in mods)


def _retribution(parse: Parse, verb: Token) -> tuple[str | None, Token | None] | None:
    """What threat an idiom of retribution headed by ``verb`` holds out, and against
    whom: (what the lexicon's "threaten" reads, None for a plain threat; the
    threatened party or None). "Seoul would
    pay a heavy price" and "will bear the consequences" (130, the subject), "turn
    Seoul into a sea of fire" (138, the object), "the attack will not go unpunished"
    (130, none named), "all options are on the table" (130, none named)."""
    if parse.kids(verb, "neg") and verb.lemma != "go":
        return None  # "would not pay any price"
    subjects = parse.kids(verb, "nsubj")
    objects = {o.lemma for o in parse.kids(verb, "dobj", "obj")}
    if any((verb.lemma, o) in RETRIBUTION_OBJECTS for o in objects) and not _literal_price(
        parse, verb
    ):
        return (None, subjects[0] if subjects else None)
    if verb.lemma == "go" and any(k.lemma == "unpunished" for k in parse.kids(verb, "acomp")):
        denied = [d for s in subjects for d in parse.kids(s, "det") if d.lemma == "no"]
        owners = [o for s in subjects for o in parse.kids(s, "poss")]
        negated = parse.kids(verb, "neg") or denied
        return (None, owners[0] if owners else None) if negated else None
    into = [p for p in parse.kids(verb, "prep") if p.lemma == "into"]
    seas = [s for p in into for s in parse.kids(p, "pobj") if s.lemma == "sea"]
    fire = [f for s in seas for p in parse.kids(s, "prep") for f in parse.kids(p, "pobj")]
    if verb.lemma == "turn" and any(f.lemma == "fire" for f in fire):
        targets = parse.kids(verb, "dobj", "obj", "nsubjpass")  # "Seoul would be turned"
        return ("attack", targets[0] if targets else None)
    tables = [t for p in parse.kids(verb, "prep") if p.lemma == "on" for t in parse.kids(p, "pobj")]
    options = any(s.lemma == "option" for s in subjects)
    if verb.lemma == "be" and options and any(t.lemma == "table" for t in tables):
        return (None, None)
    return None


def _vower(parse: Parse, clause: Token) -> Token | None:
    """The verb by which a party foretells the retribution ``clause`` tells: a verb
    of saying or warning whose complement it is ("said Seoul would pay"), or a verb
    of vowing over "make" ("vowed to make Hamas pay")."""
    head = parse.head(clause)
    if clause.dep in ("ccomp", "xcomp") and head is not None and head.lemma == "make":
        clause, head = head, parse.head(head)  # "vowed to make Hamas pay a price"
    if clause.dep == "xcomp" and head is not None and head.lemma in VOWING_VERBS:
        return head
    teller = _teller(parse, clause)
    return teller if teller is not None and teller.i != clause.i else None


def retribution_threat(parse: Parse, verb: Token) -> tuple[Token, str | None, Token | None] | None:
    """A threat told by an idiom of retribution (``_retribution``) under a party's
    verb of saying or vowing: (the verb, what the lexicon's "threaten" reads or None,
    the threatened party or None). "North Korea said Seoul would pay a heavy price
    for the drills" is a threat against Seoul (CAMEO 130), "vowed to turn Seoul into a
    sea of fire" one of force (138); the idiom must be foretold ("would pay", "vowed
    to make X pay") and the telling asserted, by a party and no commentator."""
    found = _retribution(parse, verb)
    teller = _vower(parse, verb) if found is not None else None
    if found is None or teller is None or teller.pos != "VERB":
        return None
    causer = parse.head(verb)
    clauses = [verb, causer] if causer is not None and causer.lemma == "make" else [verb]
    auxiliaries = [a.text.lower() for c in clauses for a in parse.kids(c, "aux")]
    foretold = any(a in FORETELLING_AUX for a in auxiliaries)
    vowed = verb.dep in ("xcomp", "ccomp") and teller.lemma in VOWING_VERBS
    if not (foretold or vowed or verb.lemma == "be"):
        return None
    if clause_modality(parse, teller) not in (None, "future"):
        return None
    speakers = parse.kids(teller, "nsubj")
    if not speakers or speakers[0].lemma.lower() in COMMENTATORS:
        return None
    party = found[1]
    if party is not None and _takes_up(parse, party, speakers[0]):
        return None  # "farmers said they would pay a price": no one threatened
    return teller, found[0], party


#: Modals of obligation: "warned Baghdad it must back down".
OBLIGATION_AUX = frozenset({"must", "should"})
#: Verbs of warning that tell a party what it must do.
OBLIGING_WARNINGS = frozenset({"warn", "caution"})


def _obliged(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` told as an obligation ("it must back down", "it had to leave")?"""
    modal = any(a.lemma in OBLIGATION_AUX for a in parse.kids(clause, "aux"))
    return modal or (clause.lemma == "have" and bool(parse.kids(clause, "xcomp")))


def _with_consequence(parse: Parse, clause: Token) -> bool:
    """Does the clause hold out what follows a refusal ("must withdraw or face
    sanctions")?"""
    return any(c.lemma == "face" for c in parse.conjuncts(clause) if c.i != clause.i)


def obligation_warned(parse: Parse, verb: Token) -> Token | None:
    """The act a warning or notice lays on a party as an obligation, or None: "warned
    Moscow that it must pull back", "served notice on Budapest that it must scrap the
    law", "put Tehran on notice to free the sailors". Told so, with nothing held out
    should the party refuse, it is a demand (REQUEST 10x), not a threat; with a
    consequence ("must withdraw or face sanctions") it stays a threat."""
    notices = [
        n
        for n in [*parse.kids(verb, "dobj", "obj"), *parse.kids(verb, "prep")]
        for n in [n, *parse.kids(n, "pobj")]
        if n.lemma == "notice"
    ]
    if verb.lemma not in OBLIGING_WARNINGS and not notices:
        return None
    for holder in [verb, *notices]:
        for clause in parse.kids(holder, "ccomp", "acl", "advcl", "xcomp"):
            told = _obliged(parse, clause) or (bool(notices) and parse.infinitive(clause))
            if told and not _with_consequence(parse, clause):
                return clause
    return None


#: Verbs of cautioning a party: "cautioned Paris that ties would suffer if ...".
CAUTIONING_VERBS = frozenset({"caution"})
#: Verbs of a consequence befalling a party: "would face sanctions", "could lose aid".
CONSEQUENCE_VERBS = frozenset({"face", "lose", "pay", "bear", "risk"})
#: Nouns of ties between parties, whose suffering is a consequence held out to both.
TIES_NOUNS = frozenset({"relation", "tie", "relationship", "cooperation"})
#: Pronouns that take up the party cautioned: "cautioned Kyiv that it would face ...".
CAUTIONED_PRONOUNS = frozenset({"it", "they", "its", "their"})


def _befalls(parse: Parse, clause: Token, told: Token) -> bool:
    """Does ``clause`` foretell a consequence for the party ``told`` (its subject that
    party, "it" or what is "its", facing, losing or paying something), or for the
    ties between the two ("relations would suffer")?"""
    subjects = parse.kids(clause, "nsubj", "nsubjpass")
    if any(s.lemma in TIES_NOUNS for s in subjects):
        return True
    words = {w.text.lower() for s in subjects for w in [s, *parse.kids(s, "poss")]}
    own = bool(words & CAUTIONED_PRONOUNS) or told.text.lower() in words
    return own and clause.lemma in CONSEQUENCE_VERBS


def _conditional_clause(parse: Parse, clause: Token, told: Token) -> bool:
    """Is ``clause`` a consequence for ``told`` foretold on a condition ("ties would
    suffer if the bill passed", "its managers could face jail unless it complied")?"""
    modal = any(k.dep == "aux" and k.text.lower() in WARNING_AUX for k in parse.kids(clause))
    conditioned = any(is_conditional(parse, c) for c in parse.kids(clause, "advcl"))
    return modal and conditioned and _befalls(parse, clause, told)


def conditional_caution(parse: Parse, verb: Token) -> tuple[Token, str | None, Token | None] | None:
    """A party cautioning another that something would follow on a condition ("Ankara
    cautioned Paris that relations would suffer if parliament passed the bill", "the
    ministry cautioned the firm that its managers could face jail unless it complied")
    holds out a consequence: a threat against the party cautioned (CAMEO 130), in the
    shape of ``retribution_threat``; with no condition, or where nothing befalls the
    party ("cautioned Kenya that growth could slow if the rains failed"), it is advice,
    and a commentator's caution is none."""
    if verb.lemma not in CAUTIONING_VERBS or verb.pos != "VERB":
        return None
    if clause_modality(parse, verb) not in (None, "future"):
        return None
    told = parse.kids(verb, "dobj", "obj")
    speakers = parse.kids(verb, "nsubj")
    if len(told) != 1 or not speakers or speakers[0].lemma.lower() in COMMENTATORS:
        return None
    # The "that" clause may hang on the party cautioned, as on a party told.
    clauses = [*parse.kids(verb, "ccomp"), *parse.kids(told[0], "acl")]
    if not any(_conditional_clause(parse, c, told[0]) for c in clauses):
        return None
    return verb, None, told[0]
