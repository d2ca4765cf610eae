"""Sources and targets the argument finder reaches through misparses and deep phrases
on sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_a_call_misparsed_as_a_participle_on_the_root_noun_keeps_its_caller(
    pipeline: Pipeline,
) -> None:
    text = "The UN human rights chief called on Iran's clerical rulers to free jailed women."
    event = only(pipeline.code(text), "REQUEST")
    assert [a.id for a in event.sources] == ["UN"]
    assert [a.country for a in event.targets] == ["IRN"]


def test_a_hyphenated_title_tagged_as_an_adjective_heads_the_source(pipeline: Pipeline) -> None:
    text = "NATO's deputy secretary-general urged Serbia and Kosovo to calm tensions."
    event = only(pipeline.code(text), "REQUEST")
    assert [a.id for a in event.sources] == ["NATO"]


def test_a_to_phrase_on_a_direction_adverb_is_the_target(pipeline: Pipeline) -> None:
    text = "Ugandan troops pulled out of the border district, handing the territory back to Kenya."
    events = [e for e in pipeline.code(text) if e.trigger.text == "handing"]
    assert [a.country for e in events for a in e.targets] == ["KEN"]


def test_what_is_sent_with_its_value_goes_to_the_to_phrase(pipeline: Pipeline) -> None:
    text = "Germany sent tanks and howitzers worth 300 million euros to Lithuania's army."
    event = only(pipeline.code(text), "AID")
    assert [a.country for a in event.targets] == ["LTU"]


def test_the_attribution_hung_on_a_demand_is_not_its_addressee(pipeline: Pipeline) -> None:
    text = (
        "Kenya demanded that Somalia share intelligence on the bombers, the foreign ministry said."
    )
    event = only(pipeline.code(text), "REQUEST")
    assert "the foreign ministry" not in [a.text for a in event.targets]


def test_the_speakers_own_state_is_not_the_target_of_its_threat(pipeline: Pipeline) -> None:
    text = "The Indian defence minister warned that New Delhi would strike Pakistan's airbases."
    event = only(pipeline.code(text), "THREATEN")
    assert [a.country for a in event.targets] == ["PAK"]


def test_whose_announced_plan_it_is_carries_it_out(pipeline: Pipeline) -> None:
    text = "Vietnam announced plans to hold joint naval patrols with Cambodia."
    events = [e for e in pipeline.code(text) if e.trigger.text == "hold"]
    assert [a.country for e in events for a in e.sources] == ["VNM"]


def test_a_vetoed_resolution_of_an_organisation_is_aimed_at_whom_it_is_against(
    pipeline: Pipeline,
) -> None:
    text = "China vetoed a UN resolution against Myanmar's generals."
    event = only(pipeline.code(text), "REJECT")
    assert [a.country for a in event.targets] == ["MMR"]


def test_whom_an_act_helps_or_lets_is_its_target(pipeline: Pipeline) -> None:
    # The parser reads the object of "help"/"allow" as the subject of the clause after.
    text = "Norway promised to help Malawi overcome the drought."
    assert [a.country for a in only(pipeline.code(text), "AGREE").targets] == ["MWI"]
    text = "The senate refused to allow Russian warships to dock in its ports."
    assert [a.country for a in only(pipeline.code(text), "REJECT").targets] == ["RUS"]


def test_a_to_help_purpose_names_whom_a_pledge_is_for(pipeline: Pipeline) -> None:
    text = "Britain offered to send a naval team to help Ghanaian police fight piracy."
    assert [a.country for a in only(pipeline.code(text), "AGREE").targets] == ["GHA"]


def test_the_holder_of_an_attacked_position_is_the_target(pipeline: Pipeline) -> None:
    text = "Malian troops attacked positions held by Algerian smugglers near the border."
    event = only(pipeline.code(text), "ASSAULT")
    assert [a.country for a in event.targets] == ["DZA"]
