"""Which earlier actor a mention stands for: coreference in the actors stage.

A pronoun ("he", "they", "it") takes the nearest compatible antecedent within the
last few sentences, or the subject of the verb its complement clause hangs on ("The
ELN said it will release ..."); a bare surname takes the person named in full before
it; "his country" takes its owner's state; a definite description without a country
("the army", "the movement", "the foreign minister") takes the actor of the same
sector, the named group of its sentence, or the one state named before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flashpoint.actors.antecedents import Antecedent
from flashpoint.actors.countries import CountryTable
from flashpoint.actors.resolve import LEADING_ARTICLES, words_of
from flashpoint.actors.view import DocumentView
from flashpoint.coding.subjects import opening_participle, stranded_subjects
from flashpoint.coding.targets import ATTRIBUTION_VERBS
from flashpoint.model import Actor, Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
#: Clauses whose pronoun subject is, by default, the subject of the verb above them.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
#: Possessive pronouns: "his government", "its soldiers" belong to their antecedent.
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: Heads that name the holder of a state office, or a civil institution of the state
#: (not its forces, which act abroad as well).
OFFICE_WORDS = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "governor", "mayor"}
    | {"spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "prosecutor"}
    | {"commander", "chief", "general", "admiral", "judge", "speaker", "official"}
    | {"government", "authorities", "administration", "cabinet", "regime", "parliament"}
    | {"legislature", "judiciary", "court", "police", "ministry"}
)
#: Words for a state as a whole, which a possessive pronoun makes its antecedent's.
STATE_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})
#: Heads of a definite description that stands for a named organisation: "the movement".
GROUP_WORDS = frozenset({"movement", "group", "organisation", "organization", "faction"})
#: How many sentences back an antecedent may be.
COREF_WINDOW = 3

Fits = Callable[[Antecedent], bool]


def sentence_state(mention: Actor, view: DocumentView, antecedents: list[Antecedent]) -> str | None:
    """The one state of the actors named before ``mention`` in its sentence."""
    here = view.sentence_of(mention.start)
    states = {
        a.actor.country for a in antecedents if a.sentence == here and a.actor.end <= mention.start
    }
    if len(states) != 1 or None in states:
        return None
    return next(iter(states))


def reporting_subject(
    mention: Actor, view: DocumentView, pronoun: str, countries: CountryTable
) -> Actor | None:
    """The subject a pronoun subject of a complement clause stands for: "The ELN
    said it will release ..." → the ELN; "Tamil rebels said they ..." → the rebels.
    A person pronoun takes only a person, "it" and "they" anything but a person."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1:
        return None
    return _reporter(inside[0], view, pronoun, countries)


def reporting_owner(
    mention: Actor, view: DocumentView, pronoun: str, countries: CountryTable
) -> Actor | None:
    """The subject a possessive pronoun on the subject of a complement clause stands
    for: "Turkey's president declared that his troops would seize ..." → the
    president; "Rebel leaders said their fighters ..." → the leaders."""
    head = view.head_of(mention.start, mention.end)
    if head is None:
        return None
    owners = [
        t
        for t in view.children.get(head.i, ())
        if t.dep == "poss" and t.text.lower() == pronoun and mention.start <= t.start
    ]
    return _reporter(head, view, pronoun, countries) if owners else None


def _reporter(
    subject_token: Token, view: DocumentView, pronoun: str, countries: CountryTable
) -> Actor | None:
    """The subject of the verb above the complement clause ``subject_token`` is the
    subject of, where ``pronoun`` can stand for it."""
    if subject_token.dep not in ("nsubj", "nsubjpass"):
        return None
    clause = view.doc.tokens[subject_token.head]
    if clause.dep not in COMPLEMENT_DEPS or clause.head == clause.i:
        return None
    governor = view.doc.tokens[clause.head]
    subjects = _noun_kids(view, governor, ("nsubj",))
    told = _noun_kids(view, governor, ("dobj", "dative"))
    bidden = any(
        t.dep == "aux" and t.text.lower() in OBLIGATION_AUXES
        for t in view.children.get(clause.i, ())
    )
    if len(told) == 1 and bidden:
        # "Washington told Tokyo that it must pay more": the one told what it must do.
        subjects = told
    if not subjects:
        # "Speaking in Addis Ababa, Ethiopia's prime minister said his forces ...":
        # the subject the parser hung inside the opening participle's phrase.
        parse = view.parse(view.sentence_of(governor.start))
        clauses = parse.kids(governor, "csubj", "advcl")
        opening = [c for c in clauses if opening_participle(parse, c)]
        subjects = [
            t for c in opening for t in stranded_subjects(parse, c) if t.pos in ("NOUN", "PROPN")
        ]
    if not subjects:
        return None
    subject = subjects[0]
    phrase = view.phrase(subject)
    if not _agrees(pronoun, subject) and not _state_for(countries, pronoun, phrase):
        return None
    return phrase


#: Dependencies of a verb's direct object, and of one the parser took for an adverbial
#: noun after a phrase set off by commas ("renewed, in a speech, its demand").
OWNED_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})


def object_owner(
    mention: Actor, view: DocumentView, pronoun: str, countries: CountryTable
) -> Actor | None:
    """The subject a possessive pronoun on a verb's direct object stands for: "Pakistan
    restated, in a note sent after India's move, its demand that ..." → Pakistan, not the
    nearer India.  Not where the verb has a second object ("handed Britain its sailors")
    or a pronoun subject, nor for a noun that is no direct object ("protested over its
    shelling", whose owner may be the other side)."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1 or inside[0].dep != "poss" or pronoun not in POSSESSIVE_PRONOUNS:
        return None
    noun = view.doc.tokens[inside[0].head]
    if noun.dep not in OWNED_OBJECT_DEPS or noun.head == noun.i:
        return None
    verb = view.doc.tokens[noun.head]
    if verb.pos != "VERB" or noun.i < verb.i or _noun_kids(view, verb, ("dative",)):
        return None
    subjects = _noun_kids(view, verb, ("nsubj",))
    if len(subjects) != 1:
        return None
    phrase = view.phrase(subjects[0])
    if not _agrees(pronoun, subjects[0]) and not _state_for(countries, pronoun, phrase):
        return None
    return phrase


def _noun_kids(view: DocumentView, token: Token, deps: tuple[str, ...]) -> list[Token]:
    """The nouns and names hanging on ``token`` by one of ``deps``."""
    return [
        t for t in view.children.get(token.i, ()) if t.dep in deps and t.pos in ("NOUN", "PROPN")
    ]


#: First-person pronouns, which in a quoted clause stand for whoever is quoted.
FIRST_PERSON = frozenset({"we", "We", "us", "Us", "I", "me"})
#: First-person plural possessives, whose noun in a quoted clause is the quoted side's
#: ("our troops"; not "my husband", a person's own).
FIRST_POSSESSIVES = frozenset({"our", "Our"})
#: Verbs of saying whose complement is what their subject said.
SAYING_LEMMAS = ATTRIBUTION_VERBS | {"allege", "complain", "insist", "warn"}


def quoted_speaker(mention: Actor, view: DocumentView) -> Actor | None:
    """The noun subject of the verb of saying whose complement holds a first-person
    pronoun, however deep: "We urge the junta to ..., ASEAN ministers said" → the
    ministers; "The British passed us the information, a French official said" → the
    official; "Our jets struck the depots," the spokesman said → the spokesman.  "US"
    in capitals is the country, not "us"."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) == 1 and mention.text in FIRST_PERSON:
        token = inside[0]
    elif inside and inside[0].text in FIRST_POSSESSIVES and inside[0].dep == "poss":
        # "Our troops have taken Badme," the adviser said: the speaker's troops.
        token = view.doc.tokens[inside[0].head]
    else:
        return None
    while token.head != token.i:
        governor = view.doc.tokens[token.head]
        if token.dep == "ccomp" and governor.lemma in SAYING_LEMMAS:
            subjects = _noun_kids(view, governor, ("nsubj",))
            return view.phrase(subjects[0]) if len(subjects) == 1 else None
        token = governor
    return None


#: Dependencies of the subject of a sentence's main verb.
MAIN_SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Heads of a description that stands for a state or an organisation named before it:
#: "Oman has ties with both. The sultanate offered ..." (with the sectors' words).
REFERRING_HEADS = STATE_NOUNS | GROUP_WORDS | {"bloc", "alliance", "sultanate", "kingdom"}
#: Verbs whose object or complement says what office or body their subject holds or
#: heads: "X was Greece's migration minister", "X headed Myanmar's junta".
ROLE_VERBS = dict.fromkeys(("be", "become", "remain"), ("attr",)) | dict.fromkeys(
    ("head", "lead", "command", "chair", "run", "govern"), ("dobj",)
)


def _main_subjects(view: DocumentView, index: int) -> list[Token]:
    """The noun subjects of the main verb of sentence ``index``."""
    sentence = view.doc.sentences[index]
    roots = [t for t in view.doc.tokens[sentence.first : sentence.last] if t.head == t.i]
    return _noun_kids(view, roots[0], MAIN_SUBJECT_DEPS) if len(roots) == 1 else []


def opens_sentence(mention: Actor, view: DocumentView) -> bool:
    """Is ``mention`` the subject of its sentence's main verb, or the owner of that
    subject, with no noun before it ("It asked ...", "Its defence minister pledged ...")?"""
    head = view.head_of(mention.start, mention.end)
    if head is not None and head.dep == "poss" and head.head != head.i:
        head = view.doc.tokens[head.head]
    if head is None or head.dep not in MAIN_SUBJECT_DEPS:
        return False
    verb = view.doc.tokens[head.head]
    sentence = view.doc.sentences[view.sentence_of(mention.start)]
    before = view.tokens_in(sentence.start, mention.start)
    nouns = any(t.pos in ("NOUN", "PROPN", "PRON") for t in before)
    return verb.head == verb.i and not nouns


def previous_subject(mention: Actor, view: DocumentView, pronoun: str) -> Token | None:
    """The subject of the sentence before, which a pronoun or description opening its
    own sentence's subject stands for before any nearer name: "Japan is Bangladesh's
    largest donor. It disbursed ..." → Japan; "Its development minister" after "Norway
    has long been one of Mozambique's donors" → Norway's (the topic a story goes on
    with is the subject it last had, not the last name it mentioned)."""
    here = view.sentence_of(mention.start)
    if here == 0 or pronoun not in THIRD_PERSON or not opens_sentence(mention, view):
        return None
    head = view.head_of(mention.start, mention.end)
    verb = view.doc.tokens[head.head] if head is not None else None
    if pronoun == "it" and verb is not None and verb.lemma == "be":
        return None  # "It is no longer enough to condemn": no one
    subjects = _main_subjects(view, here - 1)
    if len(subjects) != 1 or (pronoun and not _refers_to(pronoun, subjects[0])):
        return None
    return subjects[0]


#: Pronouns (and descriptions, "") that may stand for the subject before.
THIRD_PERSON = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | {""}


def _refers_to(pronoun: str, subject: Token) -> bool:
    """Can ``pronoun`` stand for the subject of the sentence before?  "he" and "she"
    for a person or an office ("the new justice minister"), "it" for one thing,
    "they" for many or for a body of people ("the Taliban")."""
    plural = subject.tag in ("NNS", "NNPS")
    if pronoun in PERSON_PRONOUNS:
        named = subject.pos == "PROPN" and subject.ent_type not in NON_PERSON_ENTITIES
        person = named or subject.ent_type == "PERSON" or subject.lemma in OFFICE_WORDS
        return person and not plural
    if pronoun in GROUP_PRONOUNS:
        return plural or subject.ent_type in ("ORG", "NORP")
    return _agrees(pronoun, subject)


def held_role(subject: Token, view: DocumentView) -> Actor | None:
    """What office or body a subject is said to hold or head, whose state is the
    subject's where its own name gives none: "Fouad Siniora became Lebanon's prime
    minister" → "Lebanon's prime minister"; "took office as Paraguay's president"."""
    verb = view.doc.tokens[subject.head]
    deps = ROLE_VERBS.get(verb.lemma, ())
    found = _noun_kids(view, verb, deps)
    for prep in view.children.get(verb.i, ()):
        if prep.dep == "prep" and prep.text.lower() == "as":
            found += _noun_kids(view, prep, ("pobj",))
    return view.phrase(found[0]) if found else None


def referring_description(text: str, sector: str | None) -> bool:
    """ "The sultanate", "the regional bloc", "the ministry": a definite description
    whose head names a state, an organisation or an office, with no name of its own."""
    words = [w.lower() for w in words_of(text)]
    return definite(text) and (sector is not None or words[-1] in REFERRING_HEADS)


#: Auxiliaries of what one is told to do, whose pronoun subject is the one told.
OBLIGATION_AUXES = frozenset({"must", "should"})


#: Object pronouns that may stand for the object of the verb conjoined before.
OBJECT_PRONOUNS = {"him": ("NN", "NNP"), "her": ("NN", "NNP"), "them": ("NNS", "NNPS")}
#: Object pronouns that may stand for the subject of a passive verb before them.
PASSIVE_OBJECT_PRONOUNS = {**OBJECT_PRONOUNS, "it": ("NN", "NNP")}


def conjoined_object(mention: Actor, view: DocumentView) -> Actor | None:
    """The object a pronoun object stands for where the verb before it, conjoined with
    its own or followed by it as an "-ing" clause, has one of the same number: "police
    arrested a French journalist and accused him of spying" → the journalist, whom no
    named entity before names."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1 or inside[0].dep != "dobj" or inside[0].head == inside[0].i:
        return None
    tags = OBJECT_PRONOUNS.get(inside[0].text.lower())
    verb = view.doc.tokens[inside[0].head]
    if tags is None and inside[0].text.lower() not in PASSIVE_OBJECT_PRONOUNS:
        return None
    # Also an "-ing" clause after the verb: "expelled a Pakistani diplomat, accusing
    # him of spying" → the diplomat.
    following = verb.dep == "advcl" and verb.tag == "VBG" and verb.head < verb.i
    if (verb.dep != "conj" and not following) or verb.head == verb.i:
        return None
    first = view.doc.tokens[verb.head]
    objects = [t for t in view.children.get(first.i, ()) if t.dep == "dobj"]
    if following and not objects:
        # A passive's subject is its object: "Huawei was blacklisted by the Commerce
        # Department, barring it from buying chips" → Huawei ("it" only here, where
        # the subject is the one thing acted upon before it).
        objects = [t for t in view.children.get(first.i, ()) if t.dep == "nsubjpass"]
        tags = PASSIVE_OBJECT_PRONOUNS.get(inside[0].text.lower())
    if first.pos != "VERB" or len(objects) != 1 or tags is None or objects[0].tag not in tags:
        return None
    return view.phrase(objects[0])


def _state_for(countries: CountryTable, pronoun: str, phrase: Actor) -> bool:
    """Does ``phrase`` name a state that ``pronoun`` ("it", "they") can stand for,
    whatever the entity tagger made of it ("Sri Lanka" tagged as a person)?"""
    words = words_of(phrase.text)
    if words[:1] and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    found = countries.lookup(" ".join(words)) if words else None
    return pronoun not in PERSON_PRONOUNS and found is not None and found[1] != "demonym"


def antecedent(
    mention: Actor, view: DocumentView, antecedents: list[Antecedent], fits: Fits
) -> Actor | None:
    here = view.sentence_of(mention.start)
    for candidate in reversed(antecedents):
        if candidate.actor.start >= mention.start:
            continue
        if here - candidate.sentence > COREF_WINDOW:
            break
        if fits(candidate) and (candidate.actor.country or candidate.actor.id):
            return candidate.actor
    return None


def surname(mention: Actor, view: DocumentView, antecedents: list[Antecedent]) -> Actor | None:
    """ "Karimzadeh said" after "Mohammad Karimzadeh, the army spokesperson"."""
    names = [
        w for w in words_of(mention.text) if w[:1].isupper() and w.lower() not in LEADING_ARTICLES
    ]
    if len(names) != 1:
        return None
    for candidate in reversed(antecedents):
        if candidate.actor.start >= mention.start or not candidate.person:
            continue
        words = words_of(candidate.actor.text)
        if (
            len(words) > 1
            and words[-1] == names[0]
            and (candidate.actor.country or candidate.actor.sector)
        ):
            return candidate.actor
    return None


def own_country(mention: Actor) -> bool:
    """ "his country", "their nation": a possessive pronoun and a word for a state."""
    words = [w.lower() for w in words_of(mention.text)]
    return len(words) == 2 and words[0] in POSSESSIVE_PRONOUNS and words[1] in STATE_NOUNS


def pronoun_fits(pronoun: str) -> Fits:
    if pronoun in PERSON_PRONOUNS:
        return lambda a: a.person
    if pronoun in THING_PRONOUNS:
        return lambda a: not a.person
    if pronoun in GROUP_PRONOUNS:
        return lambda a: not a.person
    return lambda a: False


def relative_noun(mention: Actor, view: DocumentView) -> tuple[int, int] | None:
    """The span of the noun phrase a relative clause describes, where the pronoun is
    an argument of that clause ("a Turkish ship it seized" → "a Turkish ship")."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1 or inside[0].head == inside[0].i:
        return None
    clause = view.doc.tokens[inside[0].head]
    if clause.dep != "relcl" or clause.head == clause.i:
        return None
    noun = view.doc.tokens[clause.head]
    before = [t for t in view.subtree(noun) if t.i <= noun.i]
    return min(t.start for t in before), noun.end


#: Object pronouns, which never stand for the subject of their own clause.
NON_REFLEXIVE_OBJECTS = frozenset({"it", "them", "him", "her"})


def clause_subject(mention: Actor, view: DocumentView) -> tuple[int, int] | None:
    """The span of the subject of the clause an object pronoun stands in, which the
    pronoun cannot stand for (that would be "itself"): in "Chad said Sudan attacked
    it", "it" is Chad, not Sudan; also after a preposition ("fired on them")."""
    inside = view.tokens_in(mention.start, mention.end)
    if len(inside) != 1 or inside[0].text.lower() not in NON_REFLEXIVE_OBJECTS:
        return None
    token = inside[0]
    if token.head == token.i or token.dep not in ("dobj", "dative", "pobj"):
        return None
    verb = view.doc.tokens[token.head]
    if token.dep == "pobj" and verb.dep == "prep" and verb.head != verb.i:
        verb = view.doc.tokens[verb.head]
    if verb.pos not in ("VERB", "AUX"):
        return None
    subjects = [t for t in view.children.get(verb.i, ()) if t.dep == "nsubj"]
    if len(subjects) != 1:
        return None
    phrase = view.phrase(subjects[0])
    return phrase.start, phrase.end


def outside(fits: Fits, span: tuple[int, int]) -> Fits:
    start, end = span
    return lambda a: fits(a) and not (a.actor.start < end and start < a.actor.end)


#: Entity classes that no "he" or "she" stands for.
NON_PERSON_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC"})


def _agrees(pronoun: str, subject: Token) -> bool:
    """Can ``pronoun`` stand for ``subject``?  "he" for a person or a title ("the
    minister"), "it" for a singular non-person, "they" for anything but a person."""
    plural = subject.tag in ("NNS", "NNPS")
    if pronoun in PERSON_PRONOUNS:
        return not plural and subject.ent_type not in NON_PERSON_ENTITIES
    if subject.ent_type == "PERSON" and not plural:  # "the Houthis" may be tagged PERSON
        return False
    return pronoun in GROUP_PRONOUNS or not plural


def office(text: str) -> bool:
    """ "the foreign minister", "a deputy defence minister": the holder of an office
    with no other word naming whose it is (no name, number or possessive); not a force
    or a thing ("troops", "military exercises"), which may be anyone's."""
    words = [w.lower() for w in words_of(text)]
    if words[:1] and words[0] in LEADING_ARTICLES:
        words = words[1:]
    raw = words_of(text)
    plain = not any(w[:1].isupper() or w[:1].isdigit() for w in raw[1:])
    return bool(words) and plain and words[-1] in OFFICE_WORDS


def definite(text: str) -> bool:
    words = words_of(text)
    return (
        len(words) >= 2
        and words[0].lower() == "the"
        and not any(w[:1].isupper() for w in words[1:])
    )


def group_description(text: str) -> bool:
    """ "the movement", "the group", "the Islamist organisation": a definite description
    of an organisation with no word naming which."""
    words = [w.lower() for w in words_of(text)]
    return definite(text) and words[-1] in GROUP_WORDS


def copy(mention: Actor, antecedent: Actor) -> Actor:
    return replace(
        mention,
        name=antecedent.name,
        country=antecedent.country,
        sector=antecedent.sector,
        id=antecedent.id,
    )


def adopted(actor: Actor, owner: Actor) -> Actor:
    """``actor`` as ``owner``'s own: its state, else its organisation (with its name),
    and its sector where ``actor`` names none ("Its coastguard" of the LNA's state)."""
    return replace(
        actor,
        name=actor.name or (None if owner.country else owner.name),
        country=owner.country,
        id=None if owner.country else owner.id,
        sector=actor.sector or owner.sector,
    )
