"""Protest, sanction and coercion readings built from parts; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger, only


def test_blocking_access_to_something_is_blocking_it(pipeline: Pipeline) -> None:
    text = "The government blocked access to several opposition websites."
    event = by_trigger(pipeline.code(text), "blocked")
    assert (event.type, event.mode) == ("COERCE", "censor")


def test_a_verb_reads_an_aid_noun_as_it_reads_aid(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Japan stopped development loans to Laos."), "stopped")
    assert (event.type, event.mode) == ("SANCTION", "discontinue")
    # ... and a cooperation noun as "cooperation"; a one-off joint act is no exchange.
    text = "Norway froze intelligence sharing with Peru."
    assert by_trigger(pipeline.code(text), "froze").type == "SANCTION"
    events = pipeline.code("The navies ended their joint exercise with Peru.")
    assert all(e.type != "SANCTION" for e in events)


def test_a_complement_reads_as_the_verbs_object(pipeline: Pipeline) -> None:
    # "threatened to attack" reads as "threatened attack": a threat of force (138).
    event = by_trigger(pipeline.code("The rebels threatened to attack the capital."), "threatened")
    assert (event.type, event.cameo) == ("THREATEN", "138")
    event = by_trigger(pipeline.code("Jailed activists in Cairo refused food."), "refused")
    assert (event.type, event.mode) == ("PROTEST", "hunger")


@pytest.mark.parametrize(
    "text",
    [
        "After his release, he stopped eating and became an alcoholic.",
        "I told them to leave me and save themselves.",
        "They have access to food and some aid.",
        "We are singing to give back.",
    ],
)
def test_everyday_readings_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert pipeline.code(text) == []


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The man refused to eat and said he was not hungry.", "PROTEST"),
        # A state ordering its own forces out withdraws them; the words do not say whose.
        ("Trump has ordered US forces in Syria to leave by the spring.", "SANCTION"),
    ],
)
def test_refusing_to_eat_or_ordering_out_is_no_strike_or_expulsion(
    pipeline: Pipeline, text: str, not_type: str
) -> None:
    assert all(e.type != not_type for e in pipeline.code(text))


def test_a_crowd_gathering_to_demand_is_a_protest(pipeline: Pipeline) -> None:
    text = "Thousands of people gathered in Lima, demanding that the president resign."
    event = main_event(pipeline.code(text))
    assert event is not None and (event.type, event.trigger.text) == ("PROTEST", "gathered")
    # A crowd gathering for no protest is no event.
    events = pipeline.code("Thousands of people gathered in Lima for the festival.")
    assert all(e.trigger.text != "gathered" for e in events)


def test_protesters_destroying_property_riot(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Protesters set fire to a bank in Lima."), "set")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    event = by_trigger(pipeline.code("Soldiers set fire to a bank in Lima."), "set")
    assert event.type == "ASSAULT"


def test_a_protests_demand_is_secondary(pipeline: Pipeline) -> None:
    text = "Students demanding new elections marched through Lima."
    events = pipeline.code(text)
    demand = by_trigger(events, "demanding")
    assert demand.type == "REQUEST"
    event = main_event(events)
    assert event is not None and (event.type, event.trigger.text) == ("PROTEST", "marched")


def test_protesters_crude_violence_and_looting_riot(pipeline: Pipeline) -> None:
    # A crowd said to protest by its participle riots when it stones or clashes.
    text = "Villagers demanding clean water stoned the governor's convoy near Kisumu."
    event = by_trigger(pipeline.code(text), "stoned")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    top = main_event(pipeline.code(text))
    assert top is not None and top.trigger.text == "stoned"
    event = by_trigger(pipeline.code("Demonstrators clashed with riot police in Lima."), "clashed")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    # Looting is seizing property; by protesters, a riot.
    event = by_trigger(pipeline.code("Militiamen looted the hospital in Goma."), "looted")
    assert (event.type, event.mode) == ("COERCE", "seize")
    event = by_trigger(pipeline.code("Rioters looted shops in Durban."), "looted")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    # Villagers with no protest said, and killing by a mob, stay assaults.
    event = by_trigger(pipeline.code("Villagers stoned the thief in Kisumu."), "stoned")
    assert event.type == "ASSAULT"


def test_a_crowd_fighting_with_a_protest_clause_riots(pipeline: Pipeline) -> None:
    # A crowd whose violent act has a clause of demanding riots; armed groups do not.
    text = "Students battled the police in Dhaka, demanding the reopening of the campus."
    assert by_trigger(pipeline.code(text), "battled").mode == "riot"
    text = "Farmers stormed the town hall in Lyon, chanting slogans against the tax."
    assert by_trigger(pipeline.code(text), "stormed").mode == "riot"
    text = "Insurgents battled army units near Mosul, demanding a prisoner exchange."
    assert by_trigger(pipeline.code(text), "battled").type == "ASSAULT"


def test_civilians_blocking_a_convoy_obstruct_it(pipeline: Pipeline) -> None:
    text = "Angry residents blocked a food convoy bound for the camp near Juba."
    event = by_trigger(pipeline.code(text), "blocked")
    assert (event.type, event.mode) == ("PROTEST", "obstruct")
    text = "The militia blocked a food convoy bound for the camp near Juba."
    assert by_trigger(pipeline.code(text), "blocked").type == "COERCE"


def test_ordering_a_party_out_of_the_country_expels_it(pipeline: Pipeline) -> None:
    text = "Mali ordered the Danish contingent to leave the country at once."
    event = by_trigger(pipeline.code(text), "ordered")
    assert (event.type, event.mode) == ("SANCTION", "expel")


@pytest.mark.parametrize(
    "text",
    [
        "Striking dock workers marched to the port authority in Santos.",
        "Teachers struck across Kenya on Monday over unpaid wages.",
        "The minister appealed to striking miners to return to the pits.",
    ],
)
def test_working_people_striking_stop_work(pipeline: Pipeline, text: str) -> None:
    event = next(
        e for e in pipeline.code(text) if e.trigger.text.lower().startswith(("strik", "struck"))
    )
    assert (event.type, event.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck workers at the gas plant.",
        "The army accused rebels of striking the villagers.",
    ],
)
def test_a_strike_on_working_people_stays_an_attack(pipeline: Pipeline, text: str) -> None:
    event = next(e for e in pipeline.code(text) if e.trigger.text in ("struck", "striking"))
    assert event.type == "ASSAULT"


def test_forcing_someone_to_act_is_coercion(pipeline: Pipeline) -> None:
    text = "Militiamen forced the fishermen to hand over their boats."
    event = by_trigger(pipeline.code(text), "forced")
    assert (event.type, event.cameo) == ("COERCE", "170")
    assert [a.sector for a in event.targets] == ["AGR"]


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister was forced to resign after the vote.",
        "The opposition forced a vote on the budget.",
    ],
)
def test_being_forced_or_forcing_a_thing_is_no_coercion(pipeline: Pipeline, text: str) -> None:
    assert all(e.trigger.text != "forced" for e in pipeline.code(text))


def test_an_alert_level_raised_is_a_raised_alert(pipeline: Pipeline) -> None:
    # The parser takes "alert" in "alert level" for an adjective.
    text = "The navy raised its alert level along the northern coast."
    event = by_trigger(pipeline.code(text), "raised")
    assert (event.type, event.cameo) == ("MOBILIZE", "152")


def test_an_adjective_after_the_object_is_its_predicate(pipeline: Pipeline) -> None:
    text = "A military court found a retired army colonel guilty of torture."
    event = by_trigger(pipeline.code(text), "found")
    assert (event.type, event.mode) == ("SANCTION", "convict")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator urged fellow lawmakers to oppose the mining licence.", "urged"),
        ("The exiled leader called on farmers to rise against the junta.", "called"),
    ],
)
def test_urging_others_to_oppose_someone_rallies_opposition(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    event = by_trigger(pipeline.code(text), trigger)
    assert (event.type, event.cameo) == ("ACCUSE", "113")


def test_urging_others_to_act_against_someone_stays_a_request(pipeline: Pipeline) -> None:
    text = "The mayor urged the police to take action against the smugglers."
    assert by_trigger(pipeline.code(text), "urged").type == "REQUEST"


def test_ordering_a_mission_out_expels_it(pipeline: Pipeline) -> None:
    text = "The junta ordered the UN monitors to leave the capital."
    event = by_trigger(pipeline.code(text), "ordered")
    assert (event.type, event.mode) == ("SANCTION", "expel")
    # Ordering one's troops or residents to leave is no expulsion.
    text = "The governor ordered residents to leave the coast."
    assert by_trigger(pipeline.code(text), "ordered").type != "SANCTION"


def test_the_expulsion_or_recall_of_a_party_reads_as_the_verb(pipeline: Pipeline) -> None:
    text = "The recall of the Peruvian envoy was announced by the ministry."
    assert only(pipeline.code(text), "SANCTION").mode == "withdraw"
    text = "The government ordered the expulsion of the UN inspectors."
    assert by_trigger(pipeline.code(text), "ordered").type == "SANCTION"


def test_drills_two_states_hold_together_are_joint(pipeline: Pipeline) -> None:
    text = "Russia and Belarus held military drills near the Polish border."
    assert by_trigger(pipeline.code(text), "held").type == "COOPERATE"
    text = "Belarus held military drills near the Polish border."
    assert by_trigger(pipeline.code(text), "held").type == "MOBILIZE"


def test_forcing_a_counted_group_to_act_is_coercion(pipeline: Pipeline) -> None:
    text = "Guards forced dozens of prisoners to dig trenches."
    event = by_trigger(pipeline.code(text), "forced")
    assert (event.type, event.cameo) == ("COERCE", "170")


def test_protesters_occupying_or_storming_a_building_protest(pipeline: Pipeline) -> None:
    # Occupying by protesters is a sit-in (obstruct), storming a riot; by soldiers,
    # a seizure and an attack.
    text = "Students protesting the tuition rise occupied the university rectorate in Quito."
    event = by_trigger(pipeline.code(text), "occupied")
    assert (event.type, event.mode) == ("PROTEST", "obstruct")
    event = by_trigger(pipeline.code("Demonstrators stormed the regional parliament."), "stormed")
    assert (event.type, event.mode) == ("PROTEST", "riot")
    assert by_trigger(pipeline.code("Soldiers stormed the rebel camp."), "stormed").type == (
        "ASSAULT"
    )
    assert by_trigger(pipeline.code("Rebels occupied the town."), "occupied").type == "COERCE"


def test_activists_cutting_off_a_road_obstruct_it(pipeline: Pipeline) -> None:
    text = "Opposition activists cut off the main highway to the capital on Tuesday."
    event = by_trigger(pipeline.code(text), "cut")
    assert (event.type, event.mode) == ("PROTEST", "obstruct")
    text = "Government troops cut off the main highway to the rebel town."
    assert by_trigger(pipeline.code(text), "cut").type == "COERCE"


def test_stopping_an_act_of_aid_is_stopping_aid(pipeline: Pipeline) -> None:
    text = "The charity halted sending medicine to the northern province."
    event = by_trigger(pipeline.code(text), "halted")
    assert (event.type, event.mode) == ("SANCTION", "discontinue")
    # A promise to send is no halt: only a gerund complement is under way.
    events = pipeline.code("The charity agreed to send medicine to the province.")
    assert all(e.type != "SANCTION" for e in events)


def test_putting_something_on_hold_suspends_it(pipeline: Pipeline) -> None:
    text = "Canada put its trade talks with Peru on hold."
    event = by_trigger(pipeline.code(text), "put")
    assert (event.type, event.cameo) == ("SANCTION", "164")
    text = "Arms deliveries to the army were put on ice last week."
    assert by_trigger(pipeline.code(text), "put").type == "SANCTION"


def test_a_recipient_stopping_taking_aid_halts_nothing(pipeline: Pipeline) -> None:
    events = pipeline.code("The town stopped receiving refugees last year.")
    assert all(e.type != "SANCTION" for e in events)


def test_ordering_an_agency_to_close_or_halt_its_work_expels_it(pipeline: Pipeline) -> None:
    text = "The interior ministry ordered the charity to halt its operations in the province."
    event = by_trigger(pipeline.code(text), "ordered")
    assert (event.type, event.mode) == ("SANCTION", "expel")
    text = "Officials ordered the UN refugee office to close within a month."
    assert by_trigger(pipeline.code(text), "ordered").type == "SANCTION"
    # Closing something else ("the road") is no closing down of its own work.
    text = "Police ordered the charity to close the road."
    assert by_trigger(pipeline.code(text), "ordered").type == "REQUEST"


def test_suspending_an_agencys_operations_expels_it(pipeline: Pipeline) -> None:
    text = "Sudan suspended the operations of three aid groups in Darfur."
    event = by_trigger(pipeline.code(text), "suspended")
    assert (event.type, event.mode) == ("SANCTION", "expel")
    # A force suspending its own operations halts fighting.
    text = "The army suspended its operations in the valley."
    assert by_trigger(pipeline.code(text), "suspended").type == "RETREAT"


def test_a_crowd_massing_is_a_protest_not_a_build_up(pipeline: Pipeline) -> None:
    text = "Angry demonstrators massed outside the ministry in Quito on Friday."
    event = by_trigger(pipeline.code(text), "massed")
    assert (event.type, event.mode) == ("PROTEST", "demo")
    # Troops massing stay a build-up of forces.
    event = by_trigger(pipeline.code("Peru massed troops near the border."), "massed")
    assert event.type == "MOBILIZE"


def test_a_state_of_alert_reads_as_alert(pipeline: Pipeline) -> None:
    text = "Chile placed its army on a heightened state of alert after the incursion."
    event = by_trigger(pipeline.code(text), "placed")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


def test_forcing_people_to_serve_as_human_shields_is_an_assault(pipeline: Pipeline) -> None:
    text = "The militia forced villagers to remain in the town as human shields."
    event = by_trigger(pipeline.code(text), "forced")
    assert event.type == "ASSAULT"
    # Forcing people to act otherwise stays coercion.
    event = by_trigger(pipeline.code("The militia forced villagers to leave the town."), "forced")
    assert event.type == "COERCE"


def test_shutting_a_place_down_with_a_strike_is_the_strike(pipeline: Pipeline) -> None:
    text = "Dock unions shut down the ports of Chile with a nationwide strike on Monday."
    events = pipeline.code(text)
    event = by_trigger(events, "shut")
    assert (event.type, event.mode) == ("PROTEST", "strike")
    assert all(e.trigger.text != "strike" for e in events)
    # Shutting a place down by other means keeps its reading.
    event = by_trigger(pipeline.code("Chile shut down its border crossings on Monday."), "shut")
    assert event.type != "PROTEST"


def test_a_freeze_on_aid_is_a_cut_in_aid(pipeline: Pipeline) -> None:
    text = "Germany announced a freeze on development assistance to Burundi."
    events = pipeline.code(text)
    assert [e.type for e in events] == ["SANCTION"]


def test_protesters_ending_a_blockade_give_up_dissent(pipeline: Pipeline) -> None:
    # CAMEO 082: protesters lifting their blockade ease dissent (CONCEDE).
    text = "Angry fishermen lifted their blockade of the harbour at Calais on Sunday."
    event = by_trigger(pipeline.code(text), "lifted")
    assert (event.type, event.cameo) == ("CONCEDE", "082")
    # An army easing its blockade stays RETREAT.
    text = "The navy lifted its blockade of the harbour at Calais on Sunday."
    assert by_trigger(pipeline.code(text), "lifted").type == "RETREAT"


def test_a_protesting_crowds_violence_riots(pipeline: Pipeline) -> None:
    # The crowd protests by a participle on it, or the act is inside a protest.
    marching = pipeline.code("Veterans demonstrating against pension cuts stormed the ministry.")
    assert by_trigger(marching, "stormed").type == "PROTEST"
    during = pipeline.code("Villagers set fire to the police station during protests.")
    assert by_trigger(during, "set").type == "PROTEST"
    overran = pipeline.code("Protesters overran the parliament building.")
    assert by_trigger(overran, "overran").type == "PROTEST"
    rebels = pipeline.code("Rebels overran the army base in the north.")
    assert by_trigger(rebels, "overran").type == "ASSAULT"


def test_working_people_launching_a_strike_stop_work(pipeline: Pipeline) -> None:
    events = pipeline.code("The miners' union started an indefinite strike on Monday.")
    assert only(events, "PROTEST").trigger.text == "started"
    army = pipeline.code("The air force launched a strike on rebel positions.")
    assert only(army, "ASSAULT").trigger.text == "launched"


def test_time_given_to_an_expelled_party_to_leave_expels_it(pipeline: Pipeline) -> None:
    text = "The junta gave the chief of the UN observer mission two days to leave the country."
    event = by_trigger(pipeline.code(text), "gave")
    assert (event.type, event.cameo) == ("SANCTION", "166")
    # Time given to anyone else to leave is no expulsion.
    others = pipeline.code("The junta gave villagers two days to leave the valley.")
    assert all(e.trigger.text != "gave" for e in others)


def test_peasants_blocking_highways_obstruct_them(pipeline: Pipeline) -> None:
    text = "Coca-growing peasants cut off the highway to Cochabamba on Monday."
    event = by_trigger(pipeline.code(text), "cut")
    assert (event.type, event.cameo) == ("PROTEST", "144")


def test_a_plural_demonym_gathering_with_a_coordinated_demand_protests(
    pipeline: Pipeline,
) -> None:
    text = "Thousands of Hungarians packed the square and called on the mayor to quit."
    assert by_trigger(pipeline.code(text), "packed").type == "PROTEST"
    text = "Angry Peruvians poured into the plaza on Sunday, demanding new elections."
    assert by_trigger(pipeline.code(text), "poured").type == "PROTEST"
    # Without a protest cue a gathering is none.
    text = "Thousands of Hungarians packed the square for the concert."
    assert all(e.type != "PROTEST" for e in pipeline.code(text))


def test_protesters_fighting_the_police_riot(pipeline: Pipeline) -> None:
    text = "Students fought running battles with police near the campus, demanding reforms."
    assert by_trigger(pipeline.code(text), "fought").cameo == "145"


def test_keeping_a_border_closed_closes_it(pipeline: Pipeline) -> None:
    text = "Ankara kept 3 of its 5 border crossings with Iraq closed on Friday."
    assert by_trigger(pipeline.code(text), "kept").type == "COERCE"
    text = "Syria kept the crossings shut."
    assert by_trigger(pipeline.code(text), "kept").type == "COERCE"
    assert not pipeline.code("The baker kept the shop closed on Sunday.")


def test_a_phrase_on_back_is_the_verbs_own(pipeline: Pipeline) -> None:
    text = "Iran forced thousands of Iraqi refugees back across the border."
    assert by_trigger(pipeline.code(text), "forced").type == "ASSAULT"


def test_the_eviction_of_foreign_forces_expels_them(pipeline: Pipeline) -> None:
    text = "Kyrgyzstan's eviction of Russian troops from the airfield surprised Moscow."
    assert by_trigger(pipeline.code(text), "eviction").type == "SANCTION"
    assert not pipeline.code("The eviction of the tenants took a week.")


def test_a_predicate_noun_parsed_as_a_verb_is_read_with_the_verb(pipeline: Pipeline) -> None:
    text = "Pirates took more than 1,200 sailors hostage off the coast."
    assert by_trigger(pipeline.code(text), "took").type == "ASSAULT"
    assert not pipeline.code("He took it for granted.")
