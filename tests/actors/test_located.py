"""Actors the text gives no state take the state where they act; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from tests.coding.support import only


def countries(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in event.sources], [a.country for a in event.targets]


def test_unnamed_actors_are_of_the_place_they_act_in(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Police in Lagos arrested dozens of protesters."), "COERCE")
    assert countries(event) == (["NGA"], ["NGA"])


def test_a_named_state_keeps_its_own_actors(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Russian troops shelled villages in eastern Ukraine."), "ASSAULT")
    assert countries(event)[0] == ["RUS"]


def test_the_place_of_another_sentence_is_not_enough(pipeline: Pipeline) -> None:
    text = "Talks were held in Nairobi on Monday. Gunmen attacked a bus on Tuesday."
    event = only(pipeline.code(text), "ASSAULT")
    assert countries(event)[0] == [None]


def test_a_place_that_is_an_actor_does_not_place_the_others(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Two diplomats were expelled by Russia."), "SANCTION")
    assert countries(event) == (["RUS"], [None])


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Turkish prosecutors indicted dozens of military officers.", "ACCUSE"),
        ("A Kenyan court convicted two former ministers of fraud.", "SANCTION"),
    ],
)
def test_police_and_courts_act_on_their_own_state(
    pipeline: Pipeline, sentence: str, event_type: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert len(set(countries(event)[1])) == 1
    assert countries(event)[1][0] == countries(event)[0][0]


def test_opposition_facing_a_state_is_its_opposition(pipeline: Pipeline) -> None:
    text = "Bahrain's king rejected demands from the opposition for an elected parliament."
    event = only(pipeline.code(text), "REJECT")
    assert countries(event) == (["BHR"], ["BHR"])


def test_a_place_acted_upon_is_where_the_actors_are(pipeline: Pipeline) -> None:
    text = "Suspected militants raided a village in Nigeria's Borno state on Sunday."
    events = pipeline.code(text)
    assert countries(events[0])[0] == ["NGA"]


def test_a_sponsor_is_no_place(pipeline: Pipeline) -> None:
    event = only(pipeline.code("A militia backed by Eritrea attacked a Somali base."), "ASSAULT")
    assert countries(event)[0] != ["ERI"]


def test_hong_kong_actors_and_places_agree(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Hong Kong police banned the annual vigil in Victoria Park."), "COERCE"
    )
    assert countries(event)[0] == ["HKG"]
    assert "SYC" not in countries(event)[1]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        ("The presidential palace in Manila rebuffed the offer.", "REJECT", ("PHL", "GOV")),
        (
            "The prosecutor-general's office in Kyiv accused Russian forces of war crimes.",
            "ACCUSE",
            ("UKR", "JUD"),
        ),
    ],
)
def test_a_body_named_by_its_seat_is_of_the_state_it_sits_in(
    pipeline: Pipeline, sentence: str, event_type: str, source: tuple[str, str]
) -> None:
    [actor] = only(pipeline.code(sentence), event_type).sources
    assert (actor.country, actor.sector) == source


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        ("French farmers' unions urged the government to scrap the diesel tax.", "REQUEST", "FRA"),
        ("Somali rebels attacked an army base.", "ASSAULT", "SOM"),
    ],
)
def test_a_state_body_facing_its_people_is_theirs(
    pipeline: Pipeline, sentence: str, event_type: str, target: str
) -> None:
    assert countries(only(pipeline.code(sentence), event_type))[1] == [target]


def test_a_place_of_another_phrase_in_a_long_sentence_places_nobody(pipeline: Pipeline) -> None:
    text = (
        "The head of the Britain-based Syrian Observatory for Human Rights said "
        "government troops had taken control of the town."
    )
    event = only(pipeline.code(text), "COERCE")
    assert "GBR" not in countries(event)[0]


def test_the_one_place_of_a_one_event_sentence_places_its_actors(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Gunmen killed three farmers near Maiduguri."), "ASSAULT")
    assert countries(event) == (["NGA"], ["NGA"])


def test_people_a_states_civil_authorities_act_upon_are_its_own(pipeline: Pipeline) -> None:
    text = "Serbia's interior minister ordered striking miners to end their blockade."
    event = only(pipeline.code(text), "REQUEST")
    assert [a.country for a in event.targets] == ["SRB"]


def test_people_fleeing_in_a_place_are_of_its_state(pipeline: Pipeline) -> None:
    text = "Rebel fighters shot villagers fleeing the shelling in Kasai."
    event = only(pipeline.code(text), "ASSAULT")
    assert [a.country for a in event.targets] == ["COD"]


def test_a_stateless_agent_takes_the_city_its_words_name(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Naples prosecutors indicted a former mayor for fraud."), "ACCUSE")
    assert countries(event) == (["ITA"], ["ITA"])


def test_people_who_address_a_states_civil_authorities_are_its_own(pipeline: Pipeline) -> None:
    sentence = "Catholic bishops urged the Kenyan government to release the detainees."
    assert countries(only(pipeline.code(sentence), "REQUEST"))[0] == ["KEN"]


def test_foreign_people_addressing_a_government_are_not_its_own(pipeline: Pipeline) -> None:
    sentence = "Foreign journalists urged the Egyptian government to free their colleague."
    assert countries(only(pipeline.code(sentence), "REQUEST"))[0] == [None]
