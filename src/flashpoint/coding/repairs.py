"""Mending misparses of the small English model that are systematic and safe to undo,
before any rule reads the parse.

Each repair reads the parse of a sentence's tokens as the repairs before it left them
and writes the tokens it mends into a map by index (the records are frozen, so mending
is replacing); ``repaired`` is pure, so every stage that reads a sentence (the coder,
the actor stage) sees the same tree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from flashpoint.coding.clauses import opened_absolute
from flashpoint.coding.syntax import FINITE_TAGS, Parse
from flashpoint.model import Token

#: Dependencies of a verb's object.
DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})


#: A repair: reads the parse, writes the tokens it mends into the map by index.
Repair = Callable[[Parse, dict[int, Token]], None]


def repaired(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with the known misparses mended (see each repair), in order."""
    mended = list(tokens)
    for repair in REPAIRS:
        parse = Parse(mended)
        fixes = dict(parse.tokens)
        repair(parse, fixes)
        mended = [fixes[t.i] for t in mended]
    return mended


def _participle_on_object(
    parse: Parse, participle: Token, tag: str
) -> tuple[Token, Token, list[Token]] | None:
    """The verb, the one object and the kids of a participle of ``tag`` that the parser
    took for the complement of the verb right before it, which has no object of its
    own ("would return [detained] fishermen"), else None."""
    verb = parse.head(participle)
    if (
        verb is None
        or participle.dep != "xcomp"
        or participle.tag != tag
        or participle.i != verb.i + 1
        or verb.pos != "VERB"
        or parse.kids(verb, *DIRECT_OBJECT_DEPS)
    ):
        return None
    kids = parse.kids(participle)
    objects = [c for c in kids if c.dep in DIRECT_OBJECT_DEPS and c.i > participle.i]
    return (verb, objects[0], kids) if len(objects) == 1 else None


def _participle_before_object(parse: Parse, mended: dict[int, Token]) -> None:
    """A past participle right after a verb that has no object, taken for the verb's
    complement holding the object ("would return [detained] fishermen", read as
    "return (detained fishermen)" as in "got them released"): the participle modifies
    the noun ("detained fishermen") and the noun is the verb's object."""
    for participle in parse.tokens.values():
        found = _participle_on_object(parse, participle, "VBN")
        if found is None or len(found[2]) != 1:
            continue  # "had them [arrested] at dawn": more than a bare participle
        verb, noun, _ = found
        mended[participle.i] = replace(participle, dep="amod", head=noun.i)
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)


#: Present participles that news uses as adjectives of a party: "visiting envoys".
ATTRIBUTIVE_PARTICIPLES = frozenset({"visit"})
#: Verbs that address or receive a party, not an act: "told visiting reporters",
#: "received visiting envoys" (where "involved visiting the site" is a gerund).
ADDRESSING_VERBS = frozenset(
    {"tell", "inform", "assure", "brief", "meet", "welcome", "receive", "greet", "host"}
)


def _attributive_participle(parse: Parse, mended: dict[int, Token]) -> None:
    """An attributive "visiting" right after a verb of addressing or receiving that has
    no object, taken for the verb's complement with the noun for its object ("told
    [visiting] reporters that Ankara had recognised Kosovo", read as "told (visiting
    reporters that ...)"): the participle modifies the noun, the noun is the verb's
    object, and the participle's other phrases and clauses are the verb's."""
    for participle in parse.tokens.values():
        if participle.lemma not in ATTRIBUTIVE_PARTICIPLES:
            continue
        found = _participle_on_object(parse, participle, "VBG")
        if found is None or found[0].lemma not in ADDRESSING_VERBS:
            continue
        verb, noun, kids = found
        mended[participle.i] = replace(participle, dep="amod", head=noun.i)
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)
        for kid in kids:
            if kid.i != noun.i:
                mended[kid.i] = replace(kid, head=verb.i)


#: Dependencies of what completes a verb: an object, a predicate, a clause.
COMPLEMENT_DEPS = DIRECT_OBJECT_DEPS | {"attr", "acomp", "xcomp", "ccomp", "dative"}
#: Dependencies of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _object_taken_for_subject(parse: Parse, mended: dict[int, Token]) -> None:
    """A verb's object read as a second subject of the clause that follows ("the army
    declared [martial law] across the country, the chief of staff said", read as
    "declared (law ... the chief said)"): a clause has one subject, so the noun right
    after a verb that has no object, when the clause hung on that verb has another
    subject after it, is the verb's object."""
    for clause in parse.tokens.values():
        verb = parse.head(clause)
        subjects = parse.kids(clause, *SUBJECT_DEPS)
        if (
            verb is None
            or clause.dep != "ccomp"
            or len(subjects) != 2
            or verb.pos != "VERB"
            or not verb.i < subjects[0].i < subjects[1].i < clause.i
            or any(k.i != clause.i for k in parse.kids(verb, *COMPLEMENT_DEPS))
        ):
            continue
        noun = subjects[0]
        first = parse.start(noun)
        if first != verb.i + 1 or noun.pos not in ("NOUN", "PROPN"):
            continue
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)


def _verb_taken_for_modifier(parse: Parse, mended: dict[int, Token]) -> None:
    """A past-tense verb read as an adjective of its object although it has a subject
    of its own ("[truckers] [blocked] motorways", read as "blocked motorways" with
    "truckers" the subject of "blocked"): an adjective has no subject, so the verb
    heads the clause and the noun is its object.  A form tagged as a participle
    ("the party [boycotted] parliament on Monday") is mended only where the noun is
    the sentence's root: a sentence needs a verb."""
    for verb in parse.tokens.values():
        noun = parse.head(verb)
        subjects = parse.kids(verb, "nsubj")
        if (
            noun is None
            or verb.dep != "amod"
            or verb.tag not in ("VBD", "VBN")
            or (verb.tag == "VBN" and noun.dep != "ROOT")
            or noun.pos not in ("NOUN", "PROPN")
            or noun.i <= verb.i
            or len(subjects) != 1
            or subjects[0].i > verb.i
            or noun.dep in SUBJECT_DEPS  # "lobbied leaders to back": a clause of its own
        ):
            continue
        if any(t.pos == "PUNCT" for t in parse.tokens.values() if subjects[0].i < t.i < verb.i):
            continue  # "the US-backed Kurds": a compound adjective, no clause

        root = noun.dep == "ROOT"
        head = verb.i if root else noun.head
        mended[verb.i] = replace(verb, dep=noun.dep, head=head, pos="VERB")
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)


#: Nouns in "-ing" that the tagger takes for a participle after a name: "opened the
#: Rafah [crossing]", "the Capitol [building]".
ING_NOUNS = frozenset({"crossing", "building"})


def _noun_taken_for_participle(parse: Parse, mended: dict[int, Token]) -> None:
    """A noun in "-ing" right after a proper-noun object, read as a participle clause
    of the verb ("opened the Kerem Shalom [crossing] on Sunday", read as "opened
    Shalom, crossing on Sunday"): with no object of its own it is the head of the
    name, which modifies it, and the verb's object."""
    for noun in parse.tokens.values():
        verb = parse.head(noun)
        if (
            verb is None
            or noun.text.lower() not in ING_NOUNS
            or noun.tag != "VBG"
            or noun.dep not in ("advcl", "acl", "xcomp", "ccomp", "dep")
            or verb.pos != "VERB"
            or parse.kids(noun, *DIRECT_OBJECT_DEPS, *SUBJECT_DEPS)
        ):
            continue
        objects = parse.kids(verb, *DIRECT_OBJECT_DEPS)
        names = [o for o in objects if o.i == noun.i - 1]
        inner = [c for c in parse.kids(noun, "compound") if c.i == noun.i - 1]
        plain = replace(noun, head=verb.i, pos="NOUN", tag="NN", lemma=noun.text.lower())
        if len(names) == 1 and names[0].pos == "PROPN":
            # "opened the Kerem Shalom, crossing ...": the name was the object.
            name = names[0]
            mended[noun.i] = replace(plain, dep=name.dep)
            mended[name.i] = replace(name, dep="compound", head=noun.i)
            for kid in parse.kids(name, "det"):
                mended[kid.i] = replace(kid, head=noun.i)
        elif not objects and len(inner) == 1 and inner[0].pos == "PROPN":
            # "reopened [the Kerem Shalom crossing] to allow ...", read as a clause of
            # its own: the noun is the object, its purpose the verb's.
            mended[noun.i] = replace(plain, dep="dobj")
            for kid in parse.kids(noun, "advcl"):
                mended[kid.i] = replace(kid, head=verb.i)


def _verb_taken_for_compound(parse: Parse, mended: dict[int, Token]) -> None:
    """A bare verb read as a compound noun in a "that" clause that has no verb ("insisted
    that Tokyo [resume] talks", read as the noun phrase "Tokyo resume talks"): a clause
    needs a verb, so the common noun between a proper-noun subject and the head is the
    verb, the name its subject and the head its object."""
    for noun in parse.tokens.values():
        if (
            noun.dep != "ccomp"
            or noun.pos not in ("NOUN", "PROPN")
            or not any(m.lemma == "that" for m in parse.kids(noun, "mark"))
            or parse.kids(noun, "aux", "auxpass", "cop")
        ):
            continue
        # The name hangs on the noun, or on the would-be verb ("Tokyo resume talks").
        compounds = [c for c in parse.kids(noun, "compound") if c.i < noun.i]
        compounds += [k for c in compounds for k in parse.kids(c, "compound")]
        compounds.sort(key=lambda t: t.i)
        if len(compounds) != 2 or [c.i for c in compounds] != [noun.i - 2, noun.i - 1]:
            continue
        subject, verb = compounds
        if subject.pos != "PROPN" or verb.tag != "NN" or verb.ent_type:
            continue
        if parse.kids(subject) or any(k.i != subject.i for k in parse.kids(verb)):
            continue
        lemma = verb.text.lower()
        mended[verb.i] = replace(
            verb, dep="ccomp", head=noun.head, pos="VERB", tag="VB", lemma=lemma
        )
        mended[subject.i] = replace(subject, dep="nsubj", head=verb.i)
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)
        for mark in parse.kids(noun, "mark"):
            mended[mark.i] = replace(mark, head=verb.i)


def _verb_taken_for_participle_clause(parse: Parse, mended: dict[int, Token]) -> None:
    """A sentence's verb read as a clause of the participle that modifies its subject
    ("[students] demanding reforms [stormed] the ministry", read as the noun phrase
    "students demanding (that reforms stormed the ministry)"): a sentence needs a verb,
    so when its root is a noun whose participle's clause is a finite verb with no
    "that" and a noun for subject, that verb is the root, the noun its subject and the
    clause's subject the participle's object."""
    for noun in parse.tokens.values():
        if noun.dep != "ROOT" or noun.pos not in ("NOUN", "PROPN"):
            continue
        for participle in parse.kids(noun, "acl"):
            if participle.tag != "VBG" or parse.kids(participle, *DIRECT_OBJECT_DEPS):
                continue
            clauses = [c for c in parse.kids(participle, "ccomp") if c.tag == "VBD"]
            if len(clauses) != 1:
                continue
            verb = clauses[0]
            subjects = parse.kids(verb, "nsubj")
            if (
                parse.kids(verb, "mark", "aux", "auxpass")
                or len(subjects) != 1
                or subjects[0].pos not in ("NOUN", "PROPN")
                or not participle.i < subjects[0].i < verb.i
            ):
                continue
            subject = subjects[0]
            mended[verb.i] = replace(verb, dep="ROOT", head=verb.i)
            mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
            mended[subject.i] = replace(subject, dep="dobj", head=participle.i)
            for kid in parse.kids(noun):
                if kid.dep == "punct" and kid.i > verb.i:
                    mended[kid.i] = replace(kid, head=verb.i)
            return


#: Dependencies of a clause or phrase set off after a noun that says who it is
#: ("the agency, which was expelled in 2009, ...", "the president, besieged by
#: protesters, ...", "the police, already stretched, ...").
INSERTED_DEPS = frozenset({"relcl", "acl", "appos"})
#: Tags of a verb in the past that can be the sentence's verb.
PAST_TAGS = frozenset({"VBD", "VBN"})


def _verb_after_inserted_clause(parse: Parse, mended: dict[int, Token]) -> None:
    """A sentence's verb read as a modifier of its subject, or of a noun in the clause
    set off after the subject ("the agency, which was expelled in 2009, [called] on
    Pyongyang", read as the noun phrase "the agency ..., called on Pyongyang"; "the
    mercenaries, who had been deployed in Mali, [fought] battles", read as "fought
    battles" in apposition; "the ministers, whose countries fought a war, [met] in
    Geneva", read as a second verb of the clause): a sentence needs a verb, so when its
    root is a noun with a clause set off by a comma, the first past-tense verb after a
    later comma that has no subject of its own and hangs as a participle (or as the
    adjective opening an apposition, or joined to the clause's verb with no "and") is
    the sentence's verb, the noun its subject and the apposition's noun
    its object."""
    tokens = parse.tokens
    for noun in tokens.values():
        if noun.dep != "ROOT" or noun.pos not in ("NOUN", "PROPN"):
            continue
        inserted = [
            k
            for k in parse.kids(noun, *INSERTED_DEPS)
            if k.i > noun.i and parse.after_comma(parse.start(k))
        ]
        if not inserted:
            return
        inner = {t.i for k in inserted for t in parse.subtree(k)}
        for verb in sorted(tokens.values(), key=lambda t: t.i):
            if verb.i <= inserted[0].i or verb.tag not in PAST_TAGS:
                continue
            if not parse.after_comma(verb.i) or parse.kids(verb, *SUBJECT_DEPS):
                continue
            head = parse.head(verb)
            if head is None:
                return
            participle = verb.dep == "acl" and (head.i == noun.i or head.i in inner)
            # "whose countries fought a war, [met] in Geneva": joined to the clause's
            # verb with no "and", as a second verb of the clause cannot be.
            joined = verb.dep == "conj" and head.i in inner and not parse.kids(head, "cc")
            opening = (
                verb.dep == "amod"
                and head.dep == "appos"
                and parse.head(head) == noun
                and parse.start(head) == verb.i
            )
            if not (participle or opening or joined):
                return
            mended[verb.i] = replace(verb, dep="ROOT", head=verb.i, pos="VERB", tag="VBD")
            mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
            if opening:
                mended[head.i] = replace(head, dep="dobj", head=verb.i)
            for kid in parse.kids(noun, "punct"):
                if kid.i > verb.i:
                    mended[kid.i] = replace(kid, head=verb.i)
            return
        return


#: Prepositions of a phrase that a participle modifying a noun takes: "protesters
#: opposed to the bill", "gunmen linked to the group", "villagers armed with sticks".
REDUCED_RELATIVE_PREPS = frozenset({"to", "by", "with"})
#: Tags of the relative word opening a relative clause: "who", "which", "whose".
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def _relative_taken_for_complement(parse: Parse, mended: dict[int, Token]) -> None:
    """A relative clause set off by commas after the subject, read as the complement
    of the sentence's verb with the subject for its own ("the mission, whose observers
    were refused visas, [told] Minsk ...", read as "(the mission whose observers were
    refused visas) told": the clause has two subjects, the noun before the comma and the
    one the relative word opens, here and there hung on the auxiliary): the clause is
    the noun's relative clause and the noun the subject of the verb, which has none of
    its own."""
    for clause in parse.tokens.values():
        verb = parse.head(clause)
        if verb is None or clause.dep != "ccomp" or verb.i <= clause.i:
            continue
        if parse.kids(verb, *SUBJECT_DEPS):
            continue
        # The relative subject may hang on the auxiliary: "whose observers [were] refused".
        auxiliaries = parse.kids(clause, "aux", "auxpass")
        subjects = [s for h in (clause, *auxiliaries) for s in parse.kids(h, *SUBJECT_DEPS)]
        relative = [
            s
            for s in subjects
            if s.tag in RELATIVE_TAGS or any(k.tag in RELATIVE_TAGS for k in parse.kids(s, "poss"))
        ]
        if len(relative) != 1 or not parse.after_comma(parse.start(relative[0])):
            continue
        nouns = [s for s in subjects if s.i < relative[0].i and s.pos in ("NOUN", "PROPN")]
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        mended[clause.i] = replace(clause, dep="relcl", head=noun.i)
        for subject in relative:
            mended[subject.i] = replace(subject, head=clause.i)
        return


def _verb_after_reduced_relative(parse: Parse, mended: dict[int, Token]) -> None:
    """A sentence's verb read as the complement of a participle that modifies its
    subject ("protesters [opposed] to the bill [stormed] parliament", read as
    "protesters opposed (to the bill) that ... stormed parliament"): a complement
    clause needs a subject, so when the root is a past verb right after its noun
    subject, with a phrase "to"/"by"/"with" right after it and no object, and its one
    complement is a past verb with no subject, marker or auxiliary that follows the
    phrase with no comma, the participle modifies the noun ("protesters opposed to the
    bill") and the complement is the sentence's verb."""
    for verb in parse.tokens.values():
        if verb.dep != "ROOT" or verb.tag not in PAST_TAGS:
            continue
        subjects = parse.kids(verb, "nsubj")
        preps = [p for p in parse.kids(verb, "prep") if p.i == verb.i + 1]
        clauses = [c for c in parse.kids(verb, "ccomp") if c.tag == "VBD" and c.i > verb.i]
        if (
            len(subjects) != 1
            or subjects[0].i != verb.i - 1
            or subjects[0].pos not in ("NOUN", "PROPN")
            or len(preps) != 1
            or preps[0].lemma not in REDUCED_RELATIVE_PREPS
            or len(clauses) != 1
            or parse.kids(verb, *DIRECT_OBJECT_DEPS)
        ):
            continue
        clause = clauses[0]
        ends = max(t.i for t in parse.subtree(preps[0]))
        if (
            parse.kids(clause, "mark", "aux", "auxpass", *SUBJECT_DEPS)
            or parse.start(clause) != ends + 1
        ):
            continue
        noun = subjects[0]
        mended[clause.i] = replace(clause, dep="ROOT", head=clause.i)
        mended[noun.i] = replace(noun, dep="nsubj", head=clause.i)
        mended[verb.i] = replace(verb, dep="acl", head=noun.i, tag="VBN")
        for kid in parse.kids(verb, "punct"):
            if kid.i > clause.i:
                mended[kid.i] = replace(kid, head=clause.i)
        return


def _verb_after_adjective_phrase(parse: Parse, mended: dict[int, Token]) -> None:
    """A sentence's verb read as a clause of the last noun of an adjective phrase on
    its subject ("protesters angry at a fare rise [set] fire to stations", read as "a
    fare rise (that) set fire"): a past-tense form right after the phrase, with no
    subject of its own, is the subject's verb, the sentence's root where the subject
    was left as the root, or the complement of the verb of saying that the subject was
    hung on as a second subject ("..., officials said")."""
    for verb in parse.tokens.values():
        if verb.dep != "acl" or verb.tag != "VBD" or parse.kids(verb, *SUBJECT_DEPS):
            continue
        prep = parse.head(parse.head(verb) or verb)
        adjective = parse.head(prep) if prep is not None else None
        noun = parse.head(adjective) if adjective is not None else None
        if prep is None or adjective is None or noun is None or prep.dep != "prep":
            continue
        if adjective.pos != "ADJ" or adjective.dep != "amod" or noun.i != adjective.i - 1:
            continue
        inner = {t.i for t in parse.subtree(verb)}
        phrase = [t.i for t in parse.subtree(prep) if t.i not in inner]
        if max(phrase) + 1 != verb.i:
            continue
        head = parse.head(noun)
        if noun.dep == "ROOT":
            mended[verb.i] = replace(verb, dep="ROOT", head=verb.i)
        elif noun.dep == "nsubj" and head is not None and len(parse.kids(head, "nsubj")) == 2:
            mended[verb.i] = replace(verb, dep="ccomp", head=head.i)
        else:
            continue
        mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        for kid in parse.kids(noun, "punct"):
            if kid.i > verb.i:
                mended[kid.i] = replace(kid, head=verb.i)
        return


#: Links by which the parser may hang a sentence's verb on a participle it took for
#: the root: "leaders meeting in Brussels [ruled] out ..." (advcl, ccomp, conj, dep).
PARTICIPLE_ROOT_DEPS = frozenset({"advcl", "ccomp", "conj", "dep"})


def _participle_taken_for_root(parse: Parse, mended: dict[int, Token]) -> None:
    """A participle on the subject read as the sentence's verb, the verb hung on it
    ("EU leaders [meeting] in Brussels ruled out new sanctions", read as "leaders
    (were) meeting ..., ruling out"): a present participle with no auxiliary cannot
    be a sentence's verb, so when the root is one right after its noun subject and
    it governs one past-tense verb after it with no subject, marker or auxiliary of
    its own, that verb is the root, the noun its subject and the participle the
    noun's modifier ("leaders meeting in Brussels")."""
    for root in parse.tokens.values():
        if root.dep != "ROOT" or root.tag != "VBG" or parse.kids(root, "aux", "auxpass"):
            continue
        subjects = parse.kids(root, "nsubj")
        verbs = [
            v
            for v in parse.kids(root, *PARTICIPLE_ROOT_DEPS)
            if v.tag == "VBD"
            and v.i > root.i
            and not parse.kids(v, "mark", "aux", "auxpass", *SUBJECT_DEPS)
        ]
        if (
            len(subjects) != 1
            or subjects[0].i != root.i - 1
            or subjects[0].pos not in ("NOUN", "PROPN")
            or len(verbs) != 1
        ):
            continue
        verb, noun = verbs[0], subjects[0]
        mended[verb.i] = replace(verb, dep="ROOT", head=verb.i)
        mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        mended[root.i] = replace(root, dep="acl", head=noun.i)
        for kid in parse.kids(root, "punct", "cc"):
            if kid.i > verb.i or kid.dep == "cc":
                mended[kid.i] = replace(kid, head=verb.i)
        return


def _absolute_taken_for_root(parse: Parse, mended: dict[int, Token]) -> None:
    """A fronted "with" or "despite" clause read as the sentence's verb, the real verb
    joined to it as a conjunct with a subject of its own and no "and" ("With rebels
    advancing and peacekeepers [held] hostage, the government [turned] to Britain"):
    such a clause cannot be the news it opens, so the conjunct is the root and the
    clause its adverbial circumstance."""
    for root in parse.tokens.values():
        if root.dep != "ROOT" or root.pos != "VERB" or parse.kids(root, "cc"):
            continue
        opened = opened_absolute(parse, root)
        verbs = [v for v in parse.kids(root, "conj") if v.pos == "VERB" and parse.kids(v, "nsubj")]
        if not opened or len(verbs) != 1:
            continue
        verb = verbs[0]
        mended[verb.i] = replace(verb, dep="ROOT", head=verb.i)
        mended[root.i] = replace(root, dep="advcl", head=verb.i)
        for kid in parse.kids(root, "punct"):
            if kid.i > parse.start(verb):
                mended[kid.i] = replace(kid, head=verb.i)
        return


#: Links of a phrase that opens the sentence before its subject: a participle clause
#: the parser took for the subject ("Demanding ..., workers walked out"), a fronted
#: prepositional phrase ("Following the coup, the United States, ..., suspended").
OPENING_DEPS = frozenset({"csubj", "prep", "advcl"})


def _subject_taken_for_apposition(parse: Parse, mended: dict[int, Token]) -> None:
    """A sentence's subject read as an apposition inside the phrase that opens the
    sentence, the verb left without a subject ("Demanding the ouster of the president,
    textile workers walked off the job", read as "the president, textile workers";
    "Following the coup, the United States, which had trained its forces, suspended
    aid", read as "the coup, the United States"): a finite verb needs a subject, so the
    last noun set off by a comma in the opening phrase, whose phrase runs up to the
    verb, is its subject, and an opening participle taken for the subject is the
    verb's adverbial clause."""
    for verb in parse.tokens.values():
        if verb.dep != "ROOT" or verb.pos != "VERB" or verb.tag not in FINITE_TAGS:
            continue
        if parse.kids(verb, *SUBJECT_DEPS, "expl"):
            return
        first = min(parse.tokens)
        opening = [
            k for k in parse.kids(verb, *OPENING_DEPS) if k.i < verb.i and parse.start(k) == first
        ]
        if len(opening) != 1:
            return
        phrase = opening[0]
        nouns = [
            t
            for t in parse.subtree(phrase)
            if t.dep == "appos" and t.pos in ("NOUN", "PROPN") and parse.after_comma(parse.start(t))
        ]
        if len(nouns) != 1:
            return
        noun = nouns[0]
        between = range(max(t.i for t in parse.subtree(noun)) + 1, verb.i)
        if any(parse.tokens[i].text != "," for i in between):
            return
        mended[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        if phrase.dep == "csubj" and phrase.tag in ("VBG", "VBN"):
            mended[phrase.i] = replace(phrase, dep="advcl")
        return


REPAIRS: tuple[Repair, ...] = (
    _participle_before_object,
    _attributive_participle,
    _object_taken_for_subject,
    _verb_taken_for_modifier,
    _noun_taken_for_participle,
    _verb_taken_for_compound,
    _verb_taken_for_participle_clause,
    _verb_after_inserted_clause,
    _relative_taken_for_complement,
    _verb_after_reduced_relative,
    _verb_after_adjective_phrase,
    _participle_taken_for_root,
    _absolute_taken_for_root,
    _subject_taken_for_apposition,
)
