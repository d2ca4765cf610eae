"""Parse lookups over one document for the actors stage: heads of spans, children,
subtrees, appositions and attached phrases, allegiances, a person's titles."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from flashpoint.actors.resolve import LINKING_PREPOSITIONS
from flashpoint.coding.coder import mention as phrase_mention
from flashpoint.coding.repairs import repaired
from flashpoint.coding.syntax import Parse
from flashpoint.coding.targets import ATTRIBUTION_VERBS
from flashpoint.model import Actor, Document, Token

#: Words that tie an actor to the one it serves: "rebels loyal to Riek Machar",
#: "militias allied with the government" are on that actor's side, of its state.
ALLEGIANCE_WORDS = frozenset(
    {"loyal", "allied", "aligned", "affiliated", "linked", "tied", "close", "faithful"}
)
ALLEGIANCE_PREPS = frozenset({"to", "with"})


class DocumentView:
    """Parse lookups for one document: heads of spans, children, subtree text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [t.start for t in doc.tokens]
        self.children: dict[int, list[Token]] = {}
        for token in doc.tokens:
            if token.head != token.i:
                self.children.setdefault(token.head, []).append(token)
        self.sentence_starts = [s.start for s in doc.sentences]
        self._parses: dict[int, Parse] = {}

    def parse(self, index: int) -> Parse:
        """The parse of sentence ``index`` as the coder reads it (misparses mended),
        built once per sentence."""
        if index not in self._parses:
            tokens = self.doc.sentence_tokens(self.doc.sentences[index])
            self._parses[index] = Parse(repaired(tokens))
        return self._parses[index]

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return self.doc.tokens[first:last]

    def head_of(self, start: int, end: int) -> Token | None:
        inside = self.tokens_in(start, end)
        indexes = {t.i for t in inside}
        heads = [t for t in inside if t.head not in indexes or t.head == t.i]
        return heads[-1] if heads else None

    def subtree(self, token: Token) -> Iterator[Token]:
        yield token
        for child in self.children.get(token.i, ()):
            yield from self.subtree(child)

    def phrase(self, head: Token) -> Actor:
        """The mention headed by ``head``, as the coder builds it (``coder.mention``)
        over the parse of the sentence it stands in."""
        return phrase_mention(self.parse(self.sentence_of(head.start)), head, self.doc.text)

    def span(self, tokens: list[Token]) -> Actor:
        start = min(t.start for t in tokens)
        end = max(t.end for t in tokens)
        return Actor(text=self.doc.text[start:end], start=start, end=end)

    def allegiances(self, head: Token) -> list[Actor]:
        """The objects of "loyal to ...", "allied with ..." after ``head``."""
        found = []
        for child in self.children.get(head.i, ()):
            word = child.text.lower()
            if child.dep not in ("amod", "acl") or word not in ALLEGIANCE_WORDS:
                continue
            if child.i < head.i:
                continue  # "allied fighters" names no one
            for prep in self.children.get(child.i, ()):
                if prep.dep == "prep" and prep.text.lower() in ALLEGIANCE_PREPS:
                    found += [
                        self.span(list(self.subtree(pobj)))
                        for pobj in self.children.get(prep.i, ())
                        if pobj.dep == "pobj"
                    ]
        return found

    def attachments(self, head: Token) -> tuple[list[Actor], list[Actor]]:
        """Appositions of ``head`` and the objects of its linking prepositions."""
        appositions, objects = [], []
        for child in self.children.get(head.i, ()):
            if child.dep == "appos" and not self.attribution(head, child):
                appositions.append(self.span(list(self.subtree(child))))
            elif child.dep == "prep" and child.lemma.lower() in LINKING_PREPOSITIONS:
                for pobj in self.children.get(child.i, ()):
                    if pobj.dep == "pobj":
                        objects.append(self.span(list(self.subtree(pobj))))
        return appositions, objects

    def attribution(self, head: Token, appos: Token) -> bool:
        """Is ``appos`` the sentence's attribution that the parser hung on ``head``, not
        an apposition of it: a noun with a verb of saying on it, after the verb that
        ``head`` is an argument of ("Russian-backed forces started shelling ..., OSCE
        monitors reported on Monday" names no monitor the forces are)?"""
        verb = self.doc.tokens[head.head] if 0 <= head.head < len(self.doc.tokens) else None
        if verb is None or verb.i != head.head or not head.i < verb.i < appos.i:
            return False
        return any(
            c.dep in ("acl", "relcl") and c.lemma.lower() in ATTRIBUTION_VERBS and c.i > appos.i
            for c in self.children.get(appos.i, ())
        )

    def without_clause(self, phrase: Actor) -> Actor:
        """``phrase`` up to a relative clause on its head."""
        head = self.head_of(phrase.start, phrase.end)
        return phrase if head is None else self.span(self.phrase_tokens(head))

    def phrase_tokens(self, head: Token) -> list[Token]:
        """The subtree of ``head`` up to a relative clause on it: "the Lord's Resistance
        Army, who had crossed from South Sudan" names the army, not South Sudan."""
        clause = next(
            (c for c in self.children.get(head.i, ()) if c.dep == "relcl" and c.i > head.i),
            None,
        )
        tokens = list(self.subtree(head))
        if clause is None:
            return tokens
        cut = min(t.start for t in self.subtree(clause))
        kept = sorted((t for t in tokens if t.start < cut), key=lambda t: t.start)
        while len(kept) > 1 and kept[-1].dep == "punct" and kept[-1].i > head.i:
            kept.pop()
        return kept


def with_titles(view: DocumentView, mention: Actor) -> Actor:
    """A person's name with the titles before it, which give the state: "Vietnam's
    Prime Minister Nguyen Xuan Phuc" (an antecedent of "he" and "his")."""
    head = view.head_of(mention.start, mention.end)
    if head is None:
        return mention
    titles = [
        t
        for child in view.children.get(head.i, ())
        if child.dep in ("compound", "amod", "poss", "nmod") and child.start < mention.start
        for t in view.subtree(child)
    ]
    start = min((t.start for t in titles), default=mention.start)
    if start >= mention.start:
        return mention
    return Actor(view.doc.text[start : mention.end], start, mention.end)
