"""Direct quotes in a sentence and who said them."""

from __future__ import annotations

import re

from flashpoint.coding.syntax import Parse
from flashpoint.model import Quote, Sentence, Token

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "declare",
        "warn",
        "write",
        "announce",
        "insist",
        "stress",
        "note",
        "argue",
        "claim",
        "vow",
        "threaten",
        "accuse",
        "respond",
        "reply",
    }
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


def reported_speech(parse: Parse, trigger: Token, text: str) -> Quote | None:
    """Indirect speech governing the trigger: in "X said that Y attacked Z" the
    quote is "Y attacked Z" and the speaker X."""
    child = trigger
    for ancestor in parse.ancestors(trigger):
        if child.dep == "ccomp" and ancestor.lemma in SPEECH_VERBS:
            subjects = parse.kids(ancestor, "nsubj")
            if not subjects:
                return None
            phrase = parse.phrase(subjects[0])
            clause = sorted(parse.subtree(child), key=lambda t: t.i)
            while clause and clause[0].dep == "mark":  # "that"
                clause.pop(0)
            start, end = clause[0].start, clause[-1].end
            return Quote(
                speaker=text[phrase[0].start : phrase[-1].end],
                text=text[start:end],
                start=start,
                end=end,
            )
        if ancestor.pos in ("VERB", "AUX") and child.dep not in ("ccomp", "xcomp", "conj"):
            return None
        child = ancestor
    return None


def find_quote(parse: Parse, sentence: Sentence, tokens: list[Token], text: str) -> Quote | None:
    """The first quoted passage of ``sentence`` with the subject of its speech verb.

    Offsets are into the document text.  The speaker is the subject phrase of a
    speech verb outside the quotation ("..., said Brigadier-General X"); None
    when the sentence names none.
    """
    found = _QUOTED.search(sentence.text)
    if found is None:
        return None
    start, end = sentence.start + found.start(1), sentence.start + found.end(1)
    quoted = text[start:end].strip(" ,.")
    speaker: str | None = None
    for token in tokens:
        if token.lemma in SPEECH_VERBS and not start <= token.start < end:
            subjects = [s for s in parse.kids(token, "nsubj") if not start <= s.start < end]
            if subjects:
                phrase = parse.phrase(subjects[0])
                speaker = text[phrase[0].start : phrase[-1].end]
                break
    return Quote(speaker=speaker, text=quoted, start=start, end=start + len(quoted))
