"""A mutual act of states coordinated in its subject reaches the states after the
first, not the place it took place; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline


def countries(actors: tuple) -> list[str | None]:  # type: ignore[type-arg]
    return [a.country for a in actors]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Kenya and Uganda signed a trade agreement in Nairobi.", "KEN", "UGA"),
        ("The foreign ministers of Chile and Peru met in Lima on Friday.", "CHL", "PER"),
        ("Russia and China began joint naval drills in the Sea of Japan.", "RUS", "CHN"),
        (
            "Indian and Pakistani troops exchanged machine-gun fire along the border in Kashmir.",
            "IND",
            "PAK",
        ),
    ],
)
def test_the_act_reaches_the_other_side(
    pipeline: Pipeline, sentence: str, source: str, target: str
) -> None:
    [event] = pipeline.code(sentence)
    assert (countries(event.sources), countries(event.targets)) == ([source, target], [target])


def test_a_one_sided_act_keeps_both_sources(pipeline: Pipeline) -> None:
    [event] = pipeline.code("Russian and Syrian jets carried out air strikes in Idlib.")
    assert sorted(countries(event.sources)) == ["RUS", "SYR"]


def test_a_denied_act_is_not_split(pipeline: Pipeline) -> None:
    [event] = pipeline.code("Neither Britain nor France has ratified the treaty.")
    assert "FRA" not in countries(event.targets)
