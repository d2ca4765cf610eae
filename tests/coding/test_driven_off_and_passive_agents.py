"""Where people were driven to is no target, and the subject of a passive whose agent
is an event noun underwent it; on sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_where_people_were_driven_to_is_no_target(pipeline: Pipeline) -> None:
    text = "The militia drove 50,000 villagers out of the valley into Uganda."
    event = only(pipeline.code(text), "ASSAULT")
    assert [t.text for t in event.targets] == ["50,000 villagers"]


def test_a_destination_hung_on_the_verb_after_a_from_phrase(pipeline: Pipeline) -> None:
    text = "Sudanese troops drove 30,000 farmers from Darfur into Chad."
    event = only(pipeline.code(text), "ASSAULT")
    assert "TCD" not in [t.country for t in event.targets]


def test_forcing_ones_own_way_into_a_country_reaches_it(pipeline: Pipeline) -> None:
    text = "Ethiopian troops forced their way from the border into Somalia."
    event = only(pipeline.code(text), "ASSAULT")
    assert "SOM" in [t.country for t in event.targets]


def test_the_subject_of_a_passive_with_an_event_agent_is_the_target(
    pipeline: Pipeline,
) -> None:
    text = "About 5,000 Karen villagers were pushed over the border by a Burmese army offensive."
    event = only(pipeline.code(text), "ASSAULT")
    assert [t.text for t in event.targets] == ["About 5,000 Karen villagers"]


def test_a_passive_subject_that_names_no_one_is_no_target(pipeline: Pipeline) -> None:
    text = "Trade between the two states was hurt by Beijing's support for the junta."
    events = pipeline.code(text)
    assert all(t.text != "Trade" for e in events for t in e.targets)
