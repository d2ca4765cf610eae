from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from flashpoint import Document, Pipeline
from flashpoint.nlp.parser import SpacyParser, split_pieces


@given(st.text(alphabet=st.sampled_from("ab \n."), max_size=400), st.integers(5, 60))
def test_pieces_concatenate_to_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_pieces(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)


def test_offsets_index_the_document_text(parse: Callable[[str], Document]) -> None:
    text = "Iran's army spokesperson spoke.\n\nThe U.S. Navy moved 14 vessels."
    doc = parse(text)
    assert [s.text for s in doc.sentences] == [
        "Iran's army spokesperson spoke.",
        "The U.S. Navy moved 14 vessels.",
    ]
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert doc.sentence_tokens(sentence)[0].text in ("Iran", "The")
    assert any(e.label == "GPE" and e.text == "Iran" for e in doc.entities)


def test_long_documents_are_parsed_in_pieces_with_true_offsets(pipeline: Pipeline) -> None:
    nlp = pipeline.get_stage("nlp")
    assert isinstance(nlp, SpacyParser)
    paragraph = "Troops from Iran attacked the base in Erbil on Monday. "
    text = "\n\n".join(paragraph * 3 for _ in range(40))
    small = SpacyParser(nlp=nlp.nlp)
    doc = Document.from_text(text)
    pieces = split_pieces(text, 2000)
    assert len(pieces) > 3
    from flashpoint.nlp import parser

    original = parser.MAX_PIECE_CHARS
    parser.MAX_PIECE_CHARS = 2000
    try:
        parsed = next(small.pipe([doc]))
    finally:
        parser.MAX_PIECE_CHARS = original
    assert [t.i for t in parsed.tokens] == list(range(len(parsed.tokens)))
    assert all(text[t.start : t.end] == t.text for t in parsed.tokens)
    assert all(parsed.tokens[t.head].start // 2000 <= len(text) for t in parsed.tokens)
    assert len(parsed.sentences) == 120
