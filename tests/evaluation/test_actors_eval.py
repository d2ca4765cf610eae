"""The actor score's bookkeeping, on counts we make up."""

from __future__ import annotations

from flashpoint.evaluation.actors import RoleScore


def test_a_role_score_counts_exact_overlap_and_confusions() -> None:
    score = RoleScore()
    score.add({"IRQ"}, {"IRQ"}, "right")
    score.add({"IRQ"}, set(), "none", mentioned=False)
    score.add({"RUS", "USA"}, {"USA"}, "partly")
    assert (score.items, score.exact, score.overlap, score.mentioned) == (3, 1, 2, 2)
    assert score.confused == {("IRQ", "none"): 1, ("RUS|USA", "USA"): 1}
    assert score.misses == ["none", "partly"]
