"""Targets of answered acts, split verbs and acts refused; on sentences we wrote."""

from __future__ import annotations

from flashpoint import Event, Pipeline
from tests.coding.support import only


def target_countries(event: Event) -> list[str | None]:
    return [a.country for a in event.targets]


def test_a_phrase_on_a_verb_made_of_the_object_is_the_triggers(pipeline: Pipeline) -> None:
    text = "Police fired rubber bullets and live ammunition at protesters in Bulawayo."
    event = only(pipeline.code(text), "ASSAULT")
    assert [a.text for a in event.targets] == ["protesters"]
    assert target_countries(event) == ["ZWE"]


def test_the_author_of_a_condemned_act_named_by_a_participle(pipeline: Pipeline) -> None:
    text = "The ministers condemned the raid and the threats made by the Ethiopian government."
    event = only(pipeline.code(text), "ACCUSE")
    assert target_countries(event) == ["ETH"]


def test_rejected_accusations_are_aimed_at_their_author(pipeline: Pipeline) -> None:
    text = "The Bolivian embassy rejected accusations by Chile against the government of Bolivia."
    event = only(pipeline.code(text), "REJECT")
    assert target_countries(event) == ["CHL"]


def test_a_refused_act_reaches_whom_a_participle_on_its_object_names(
    pipeline: Pipeline,
) -> None:
    text = "The European Union refused to lift the sanctions imposed on Belarus."
    event = only(pipeline.code(text), "REJECT")
    assert target_countries(event) == ["BLR"]


def test_a_pronoun_author_does_not_hide_whom_the_act_is_against(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Turkey condemned its crackdown on protesters."), "ACCUSE")
    assert "protesters" in [a.text for a in event.targets]


def test_a_threat_to_walk_out_of_talks_is_aimed_at_the_other_side(pipeline: Pipeline) -> None:
    text = "Serbia threatened to walk out of the negotiations with Kosovo over the licence plates."
    event = only(pipeline.code(text), "THREATEN")
    assert target_countries(event) == ["XKX"]


def test_an_in_protest_phrase_reaches_the_at_phrase_hung_on_the_verb(pipeline: Pipeline) -> None:
    text = (
        "Egyptian traders removed Danish butter from their stores"
        " in protest at Denmark's refusal to apologise."
    )
    event = only(pipeline.code(text), "PROTEST")
    assert target_countries(event) == ["DNK"]


def test_a_demand_reaches_the_name_after_that_in_a_mangled_clause(pipeline: Pipeline) -> None:
    text = (
        "Egypt demanded that Ethiopia halt filling of the dam on the Blue Nile,"
        " the foreign ministry in Cairo said."
    )
    event = only(pipeline.code(text), "REQUEST")
    assert target_countries(event) == ["ETH"]


def test_an_act_done_by_an_ing_means_reaches_its_objects(pipeline: Pipeline) -> None:
    text = "Sudanese soldiers violated the ceasefire by firing on South Sudanese patrols."
    event = next(e for e in pipeline.code(text) if e.trigger.text == "violated")
    assert target_countries(event) == ["SSD"]


def test_a_mobilisation_after_a_breakdown_faces_the_other_side(pipeline: Pipeline) -> None:
    text = "Moldova put its border guards on alert after talks with Russia collapsed."
    event = only(pipeline.code(text), "MOBILIZE")
    assert target_countries(event) == ["RUS"]
