"""Small pure helpers over the dependency parse (flashpoint ``Token`` records)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from flashpoint.model import Token

#: Nouns of a count whose "of" phrase names what is counted: "hundreds of villagers".
COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "million", "score", "number"})
#: Entity labels that never name an actor or a place.
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Dependencies of a verb's own arguments.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: Tags of a finite verb, which has a tense of its own and can head a sentence with a
#: subject of its own: "supports", "condemned".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Parts of speech the tagger gives some names (all-capital acronyms above all).
MISTAGGED_POS = frozenset({"ADV", "X", "INTJ", "SYM"})


class Parse:
    """A sentence's tokens with child lists, indexed by document token index."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = {t.i: t for t in tokens}
        self.children: dict[int, list[Token]] = {t.i: [] for t in tokens}
        for t in tokens:
            if t.head != t.i and t.head in self.children:
                self.children[t.head].append(t)

    def kids(self, token: Token, *deps: str) -> list[Token]:
        """Children of ``token`` (with one of ``deps`` when given), in text order."""
        found = self.children.get(token.i, [])
        return [c for c in found if c.dep in deps] if deps else list(found)

    def infinitive(self, token: Token) -> bool:
        """Is ``token`` a verb with infinitive "to" ("to halt", "to demand")?"""
        return any(a.lemma == "to" for a in self.kids(token, "aux"))

    def of_phrase(self, token: Token) -> list[Token]:
        """The objects of ``token``'s "of" phrases ("the withdrawal of troops": troops)."""
        return [
            o for p in self.kids(token, "prep") if p.lemma == "of" for o in self.kids(p, "pobj")
        ]

    def agents(self, verb: Token) -> list[Token]:
        """The objects of a passive verb's "by" agent ("was stormed by protesters")."""
        return [o for a in self.kids(verb, "agent") for o in self.kids(a, "pobj")]

    def head(self, token: Token) -> Token | None:
        """The syntactic head, or None for the root."""
        return None if token.head == token.i else self.tokens.get(token.head)

    def subtree(self, token: Token) -> Iterator[Token]:
        yield token
        for child in self.children.get(token.i, []):
            yield from self.subtree(child)

    def start(self, token: Token) -> int:
        """The index of the first word of ``token``'s phrase (its subtree)."""
        return min(t.i for t in self.subtree(token))

    def after_comma(self, i: int) -> bool:
        """Is the word before index ``i`` a comma (a phrase starting at ``i`` set off)?"""
        before = self.tokens.get(i - 1)
        return before is not None and before.text == ","

    def ancestors(self, token: Token) -> Iterator[Token]:
        current = self.head(token)
        seen = {token.i}
        while current is not None and current.i not in seen:
            seen.add(current.i)
            yield current
            current = self.head(current)

    def conjuncts(self, token: Token) -> list[Token]:
        """``token`` and the tokens coordinated with it ("Turkey, India and the UAE")."""
        result = [token]
        for child in self.kids(token, "conj"):
            result.extend(self.conjuncts(child))
        return result

    def phrase(self, head: Token) -> list[Token]:
        """The noun phrase headed by ``head``: its left modifiers, the head, and a
        right-hand proper-name continuation; relative clauses, prepositional
        phrases, appositions and conjuncts are left out."""
        keep = {head.i}
        for child in self.kids(head):
            if (child.i < head.i and child.dep not in ("punct", "cc", "prep", "relcl", "acl")) or (
                child.i > head.i
                and child.dep in ("compound", "flat", "nmod")
                and child.pos == "PROPN"
            ):
                keep.update(t.i for t in self.subtree(child))
        first, last = min(keep), max(keep)
        span = [self.tokens[i] for i in range(first, last + 1) if i in self.tokens]
        while span and span[-1].dep in ("punct", "case") and span[-1] is not head:
            span.pop()
        closing = self.tokens.get(span[-1].i + 1) if span else None
        if closing is not None and closing.text == ")" and _unclosed(span):
            span.append(closing)  # "the European Union (EU)", not "... (EU"
        return span


def _unclosed(span: list[Token]) -> bool:
    """Does ``span`` open more brackets than it closes?"""
    return sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span)


#: Pronouns that never stand for an actor ("accused it of that", "which").
NON_ACTOR_PRONOUNS = frozenset(
    {
        "that",
        "which",
        "what",
        "this",
        "these",
        "those",
        "something",
        "anything",
        "nothing",
        "itself",
    }
)


def is_actor_like(token: Token) -> bool:
    """Could this token head an actor mention (a noun or name that is not a date/number)?"""
    if token.pos == "PRON":
        return token.lemma not in NON_ACTOR_PRONOUNS and token.tag not in ("WDT", "WP", "DT")
    if token.pos == "ADJ":  # "Israeli" in "an Israeli air strike"
        named = token.ent_type in ("ORG", "PERSON") and token.dep in ARGUMENT_DEPS
        return token.ent_type in ("NORP", "GPE") or named  # or a name mistagged: "USAID"
    if token.pos in MISTAGGED_POS:  # a name the tagger took for an adverb: "USAID"
        return token.ent_type in ("ORG", "GPE", "PERSON")
    return token.pos in ("NOUN", "PROPN") and token.ent_type not in NON_ACTOR_ENTS


#: Prepositions that say where something happened ("clashes in Kabul").
LOCATIVE_PREPS = frozenset(
    {"in", "inside", "near", "across", "throughout", "around", "outside", "within"}
)
#: Entity labels of places.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
