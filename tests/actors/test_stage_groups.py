"""The actors stage on groups: plural pronouns, examples, coordinated origins,
envoys, places compounded with event nouns and pronouns in relative clauses."""

from __future__ import annotations

from collections.abc import Callable

from flashpoint import Actor, Document, Pipeline
from tests.actors.support import mention, stage


def test_they_takes_a_group_the_ner_calls_a_person(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("The Houthis fired a missile at a tanker on Monday. They also attacked a port.")
    [they] = stage(pipeline).resolve_in_document(doc, mention(doc, "They"))
    assert (they.id, they.country) == ("houthis", "YEM")


def test_they_takes_a_group_only_the_table_knows(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Houthi rebels seized a cargo ship. Later they attacked an oil terminal.")
    [they] = stage(pipeline).resolve_in_document(doc, mention(doc, "they"))
    assert they.id == "houthis"


def test_he_still_takes_a_person_not_a_group(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Houthi rebels seized a cargo ship. Later he condemned the seizure.")
    [he] = stage(pipeline).resolve_in_document(doc, mention(doc, "he"))
    assert he.id is None


def test_plural_actor_with_like_takes_the_named_states(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Tehran warned partners like Saudi Arabia and the UAE.")
    found = stage(pipeline).resolve_in_document(doc, mention(doc, "partners"), "target")
    assert [a.country for a in found] == ["SAU", "ARE"]


def test_such_as_and_including_give_examples(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Gulf states such as Qatar and Kuwait criticised the decision.")
    found = stage(pipeline).resolve_in_document(doc, mention(doc, "Gulf states"))
    assert [a.country for a in found] == ["QAT", "KWT"]
    doc = parse("Several donors, including Norway and Japan, pledged money to the agency.")
    found = stage(pipeline).resolve_in_document(doc, mention(doc, "Several donors"))
    assert [a.country for a in found] == ["NOR", "JPN"]


def test_coordinated_states_after_from_are_each_an_actor(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Diplomats from Poland, Germany and Sweden met Russian officials.")
    found = stage(pipeline).resolve_in_document(doc, mention(doc, "Diplomats"))
    assert [(a.country, a.sector) for a in found] == [
        ("POL", "GOV"),
        ("DEU", "GOV"),
        ("SWE", "GOV"),
    ]


def test_one_state_after_from_stays_one_actor(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Officials from Chile visited the mine.")
    found = stage(pipeline).resolve_in_document(doc, mention(doc, "Officials"))
    assert [a.country for a in found] == ["CHL"]


def test_the_host_of_an_ambassador_is_not_his_state(pipeline: Pipeline) -> None:
    resolver = stage(pipeline)
    host = resolver.resolve(Actor("the ambassador to Lebanon", 0, 25))
    assert (host.country, host.sector) == (None, "GOV")
    own = resolver.resolve(Actor("the Egyptian envoy to Sudan", 0, 27))
    assert own.country == "EGY"
    possessive = resolver.resolve(Actor("Peru's ambassador to Bolivia", 0, 28))
    assert possessive.country == "PER"


def test_a_city_on_an_event_noun_is_the_place_not_the_actor(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = pipeline(Document.from_text("Greece condemned the Athens bombing."))
    assert all(a.text != "Athens" for e in doc.events for a in (*e.sources, *e.targets))


def test_a_state_on_an_event_noun_stays_the_actor(pipeline: Pipeline) -> None:
    doc = pipeline(Document.from_text("US strikes hit a depot near the border."))
    assert any(a.country == "USA" for e in doc.events for a in e.sources)


def test_a_capital_on_an_actor_noun_stays_the_actor(pipeline: Pipeline) -> None:
    doc = pipeline(Document.from_text("The Kabul government arrested three smugglers."))
    assert any(a.country == "AFG" for e in doc.events for a in e.sources)


def test_it_in_a_relative_clause_is_not_the_noun_it_describes(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Egypt returned a Libyan boat it captured in March.")
    [it] = stage(pipeline).resolve_in_document(doc, mention(doc, "it"))
    assert it.country == "EGY"


def test_a_secondary_target_of_the_sources_state_in_another_sector_is_kept(
    pipeline: Pipeline,
) -> None:
    [event] = pipeline.code("The Ghanaian army on Monday called on Ghanaian leaders to end it.")
    assert [(a.country, a.sector) for a in event.sources] == [("GHA", "MIL")]
    assert [(a.text, a.country) for a in event.targets] == [("Ghanaian leaders", "GHA")]


def test_allied_fighters_take_the_state_of_the_actor_they_are_coordinated_with(
    pipeline: Pipeline,
) -> None:
    [event] = pipeline.code("Syrian troops and allied militias attacked the town of Idlib.")
    assert [(a.text, a.country) for a in event.sources] == [
        ("Syrian troops", "SYR"),
        ("allied militias", "SYR"),
    ]


def test_a_word_of_the_places_name_is_that_place_not_another_target(
    pipeline: Pipeline,
) -> None:
    [event] = pipeline.code("A militia commander surrendered on Friday in the Republic of Congo.")
    assert [a.country for a in event.targets] == ["COG"]
    [event] = pipeline.code("A militia commander surrendered in the Democratic Republic of Congo.")
    assert [a.country for a in event.targets] == ["COD"]


def test_the_movement_is_the_named_group_before_it(pipeline: Pipeline) -> None:
    text = "Hamas officials said the movement would free four hostages on Sunday."
    [event] = [e for e in pipeline.code(text) if e.type == "RETREAT"]
    assert [(a.id, a.country) for a in event.sources] == [("hamas", "PSE")]
