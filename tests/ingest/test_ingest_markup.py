"""HTML fragments (feed item bodies) to plain text with paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flashpoint.ingest._markup import html_to_text


def test_paragraphs_and_line_breaks_are_kept() -> None:
    fragment = (
        "<p>First  <b>bold</b>\n paragraph.</p><p>Second<br>line two</p>"
        "<ul><li>a</li><li>b</li></ul>"
    )
    assert html_to_text(fragment) == "First bold paragraph.\n\nSecond\nline two\n\na\n\nb"


def test_scripts_styles_and_entities() -> None:
    fragment = "<script>alert('x')</script><style>p{}</style><p>Tom &amp; Jerry&nbsp;&#8212; ok</p>"
    assert html_to_text(fragment) == "Tom & Jerry \u2014 ok"


def test_plain_text_passes_through() -> None:
    assert html_to_text("  Just text.  ") == "Just text."
    assert html_to_text("") == ""


def test_malformed_markup_does_not_raise() -> None:
    for fragment in [
        "<![foo bar]>text",
        "<![ x",
        "<!DOCTYPE x [<!X>]>ok",
        "<p>unclosed <b>bold",
        "</p>x",
    ]:
        assert isinstance(html_to_text(fragment), str)
    assert html_to_text("<![foo bar]>text") == "text"


HTMLISH = st.text(alphabet=st.sampled_from(list("<>/![]-?&#;=\"' \nabpcdiltrxCDATA\u00e9")))


@given(HTMLISH)
def test_any_fragment_gives_text(fragment: str) -> None:
    assert isinstance(html_to_text(fragment), str)
