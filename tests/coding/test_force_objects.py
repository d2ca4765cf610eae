"""Whom coordinated uses of force and verbs followed by an "-ing" clause reach; on
sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.coding.targets import kindred_types
from tests.coding.support import by_trigger


def target_texts(pipeline: Pipeline, sentence: str, trigger: str) -> list[str]:
    return [a.text for a in by_trigger(pipeline.code(sentence), trigger).targets]


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Riot police beat and detained dozens of students in Dhaka.", "beat", "students"),
        ("Soldiers clubbed and arrested three villagers on Monday.", "clubbed", "villagers"),
    ],
)
def test_a_use_of_force_shares_the_object_of_the_next(
    pipeline: Pipeline, sentence: str, trigger: str, target: str
) -> None:
    assert any(target in t for t in target_texts(pipeline, sentence, trigger))


def test_onlykindred_types_acts_share_an_object() -> None:
    assert kindred_types("ASSAULT", "COERCE")
    assert not kindred_types("CONSULT", "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        (
            "Armed settlers attacked Bedouin shepherds grazing sheep near Hebron.",
            "attacked",
            "shepherds",
        ),
        ("Police detained activists handing out leaflets in Minsk.", "detained", "activists"),
    ],
)
def test_the_noun_before_an_ing_clause_is_the_object(
    pipeline: Pipeline, sentence: str, trigger: str, target: str
) -> None:
    assert any(target in t for t in target_texts(pipeline, sentence, trigger))


def test_a_comma_keeps_the_ing_clause_apart(pipeline: Pipeline) -> None:
    sentence = "Troops attacked on Sunday, villagers fleeing the town said."
    assert not any("villagers" in t for t in target_texts(pipeline, sentence, "attacked"))
