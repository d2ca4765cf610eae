"""RSS/Atom feeds: one document per item, and XML parsed safely."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import read_feed
from flashpoint.model import Document

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>World Wire</title><link>https://wire.example/</link><description>News</description>
<item>
  <title>US sanctions Iranian tankers</title>
  <link>https://wire.example/1</link>
  <guid isPermaLink="false">wire-1</guid>
  <pubDate>Tue, 10 Feb 2026 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;The United States &lt;b&gt;imposed&lt;/b&gt; sanctions on
  fourteen vessels.&lt;/p&gt;&lt;p&gt;Iran condemned the move.
  &lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
</item>
<item>
  <title>Talks resume in Muscat</title>
  <link>https://wire.example/2</link>
  <description><![CDATA[Oman hosted <i>indirect</i> talks.<br/>Both sides attended.]]></description>
</item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Atom &lt;i&gt;Wire&lt;/i&gt;</title>
  <id>urn:feed:1</id><updated>2026-02-11T00:00:00Z</updated>
  <entry>
    <title>Ceasefire agreed</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://atom.example/1"/>
    <published>2026-02-11T01:00:00+03:00</published>
    <updated>2026-02-12T00:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Both parties agreed to a ceasefire.</p><p>Monitors will deploy.</p></div></content>
  </entry>
  <entry>
    <title>Only a summary</title>
    <id>urn:uuid:entry-2</id>
    <updated>2026-02-12T09:00:00Z</updated>
    <summary type="text">Troops withdrew from the border.</summary>
  </entry>
</feed>
"""


def read(data: bytes, origin: str = "feed.xml") -> list[Document | InputError]:
    return list(read_feed(data, origin))


def test_rss_items_become_documents() -> None:
    first, second = read(RSS, "wire.rss")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == (
        "US sanctions Iranian tankers\n\n"
        "The United States imposed sanctions on fourteen vessels.\n\n"
        "Iran condemned the move."
    )
    assert first.title == "US sanctions Iranian tankers"
    assert first.id == "wire-1"
    assert first.url == "https://wire.example/1"
    assert first.date == dt.date(2026, 2, 10)  # as written, not shifted to UTC
    assert first.source == "World Wire"
    assert first.origin == "wire.rss#item-1"
    assert second.id == "https://wire.example/2"  # no guid: the link
    assert (
        second.text == "Talks resume in Muscat\n\nOman hosted indirect talks.\nBoth sides attended."
    )
    assert second.date is None
    assert second.origin == "wire.rss#item-2"


def test_atom_entries_become_documents() -> None:
    first, second = read(ATOM, "wire.atom")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (
        first.text
        == "Ceasefire agreed\n\nBoth parties agreed to a ceasefire.\n\nMonitors will deploy."
    )
    assert first.id == "urn:uuid:entry-1"
    assert first.url == "https://atom.example/1"
    assert first.date == dt.date(2026, 2, 11)  # published, in its own time zone
    assert first.source == "Atom Wire"
    assert second.text == "Only a summary\n\nTroops withdrew from the border."
    assert second.date == dt.date(2026, 2, 12)  # falls back to updated
    assert second.url is None


def test_rss_1_rdf_feed() -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://r.example/"><title>RDF Wire</title><link>https://r.example/</link>
  <description>d</description></channel>
  <item rdf:about="https://r.example/1"><title>Protest in Tbilisi</title>
  <link>https://r.example/1</link><description>Thousands marched.</description></item>
</rdf:RDF>"""
    (doc,) = read(rdf)
    assert isinstance(doc, Document)
    assert doc.text == "Protest in Tbilisi\n\nThousands marched."
    assert doc.source == "RDF Wire"


def test_item_without_text_is_an_error_and_the_others_are_kept() -> None:
    feed = RSS.replace(
        b"<item>", b"<item><title></title><description> </description></item><item>", 1
    )
    items = read(feed, "wire.rss")
    assert len(items) == 3
    error = items[0]
    assert isinstance(error, InputError)
    assert error.origin == "wire.rss#item-1"
    assert "item 1" in error.reason
    assert [item.origin for item in items[1:]] == ["wire.rss#item-2", "wire.rss#item-3"]
    assert all(isinstance(item, Document) for item in items[1:])


def test_headline_only_item_is_a_document() -> None:
    feed = (
        b"<rss><channel><title>T</title><item><title>Army mobilises</title></item></channel></rss>"
    )
    (doc,) = read(feed)
    assert isinstance(doc, Document)
    assert doc.text == "Army mobilises"


def test_feed_without_items() -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    (error,) = read(empty, "empty.rss")
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == ("empty.rss", "feed has no items")


def test_xml_that_is_not_a_feed() -> None:
    (error,) = read(b"<?xml version='1.0'?><catalog><book/></catalog>", "c.xml")
    assert isinstance(error, InputError)
    assert error.reason == "not an RSS or Atom feed (root element <catalog>)"


def test_malformed_xml_names_the_parser_message_and_line() -> None:
    (error,) = read(b"<rss>\n<channel>\n<item></channel>\n</rss>", "bad.xml")
    assert isinstance(error, InputError)
    assert error.origin == "bad.xml"
    assert error.reason.startswith("malformed XML: mismatched tag")
    assert error.line == 3


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>&xxe;</title></item></channel></rss>
"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>T</title><item><title>x</title></item></channel></rss>
"""


def test_billion_laughs_is_refused() -> None:
    (error,) = read(BILLION_LAUGHS, "bomb.xml")
    assert isinstance(error, InputError)
    assert error.origin == "bomb.xml"
    assert "entity 'lol'" in error.reason
    assert "refused" in error.reason
    assert "billion laughs" in error.reason


def test_external_entity_is_refused() -> None:
    (error,) = read(XXE, "xxe.xml")
    assert isinstance(error, InputError)
    assert "external entity 'xxe'" in error.reason
    assert "file:///etc/passwd" in error.reason
    assert "root:" not in str(error)


def test_external_dtd_is_refused() -> None:
    (error,) = read(EXTERNAL_DTD, "dtd.xml")
    assert isinstance(error, InputError)
    assert error.reason.startswith("XML refers to an external DTD")


def test_internal_doctype_without_entities_is_allowed() -> None:
    feed = b"<!DOCTYPE rss><rss><channel><item><title>Hello</title></item></channel></rss>"
    (doc,) = read(feed)
    assert isinstance(doc, Document)
    assert doc.text == "Hello"


def test_declared_encoding_is_honoured() -> None:
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>T</title>'
        "<item><title>Caf\xe9 bomb\xe9</title></item></channel></rss>"
    ).encode("latin-1")
    (doc,) = read(feed)
    assert isinstance(doc, Document)
    assert doc.text == "Caf\xe9 bomb\xe9"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"<rss>\x00</rss>", "binary file, not text"),
        (
            b"<rss><channel><title>caf\xe9</title></channel></rss>",
            "not valid UTF-8 (byte offset 24)",
        ),
    ],
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    (error,) = read(data, "f.rss")
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == ("f.rss", reason)
