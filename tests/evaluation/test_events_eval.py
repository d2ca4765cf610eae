from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from flashpoint import Pipeline
from flashpoint.evaluation import events as events_eval
from flashpoint.evaluation.gold import load_gsr, load_ipe, load_quad, load_tagged
from flashpoint.evaluation.metrics import LabelScores, prf
from flashpoint.model import Event, Sentence, Span


def test_prf() -> None:
    assert prf(8, 2, 2) == pytest.approx((0.8, 0.8, 0.8))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_label_scores_sets() -> None:
    scores = LabelScores()
    scores.add(["ASSAULT"], ["ASSAULT", "COERCE"])
    scores.add(["COERCE"], [])
    assert scores.label("ASSAULT") == (1.0, 1.0, 1.0)
    assert scores.label("COERCE") == (0.0, 0.0, 0.0)
    out = io.StringIO()
    scores.print_table(out)
    assert "micro" in out.getvalue()


def test_loaders_on_small_files(tmp_path: Path) -> None:
    gsr = tmp_path / "gsr.json"
    gsr.write_text(
        json.dumps(
            [
                {"id": "doc", "event": "DOCUMENT"},
                {
                    "id": "g1",
                    "event": "DEMAND",
                    "text": "Iran demanded that Iraq withdraw.",
                    "source": [{"actorText": "Iran", "code": "IRN"}],
                    "target": "",
                },
            ]
        )
    )
    [item] = load_gsr(gsr)
    assert item.type == "REQUEST" and item.sources[0].code == "IRN" and item.targets == ()
    ipe = tmp_path / "sents.jsonl"
    ipe.write_text(
        '{"doc_id": 1, "sent_id": 0, "sent_labels": ["KILL", "ARREST"], "sent_text": "x"}\n'
        '{"doc_id": 1, "sent_id": 1, "sent_labels": ["FAIL"], "sent_text": "y"}\n'
    )
    assert [i.labels for i in load_ipe(ipe)] == [frozenset({"ASSAULT", "COERCE"}), frozenset()]
    quad = tmp_path / "quad.tsv"
    quad.write_text("Troops attacked.\t4\nNothing happened.\t0\n")
    assert [next(iter(i.labels)) for i in load_quad(quad)] == ["4", "0"]
    tags = tmp_path / "ner.txt"
    tags.write_text("Iran B-S\nattacked O\nIraq B-T\n\nA O\n")
    assert [s.tags for s in load_tagged(tags)] == [("B-S", "O", "B-T"), ("O",)]


def event(event_type: str, quad: int, modality: str, confidence: float = 0.5) -> Event:
    return Event.from_dict(
        {
            "id": "e",
            "doc_id": "d",
            "type": event_type,
            "quad_class": quad,
            "modality": modality,
            "confidence": confidence,
            "trigger": Span("x", 0, 1).to_dict(),
            "sentence": Sentence(0, 0, 1, "x").to_dict(),
        }
    )


def test_plover_reading_of_intentions_and_refusals() -> None:
    assert events_eval.plover_type(event("AID", 2, "future")) == "AGREE"
    assert events_eval.plover_type(event("SANCTION", 4, "future")) == "THREATEN"
    assert events_eval.plover_type(event("RETREAT", 2, "negated")) == "REJECT"
    assert events_eval.plover_type(event("ASSAULT", 4, "negated")) is None
    assert events_eval.plover_type(event("ASSAULT", 4, "hypothetical")) is None
    assert events_eval.plover_type(event("ASSAULT", 4, "asserted")) == "ASSAULT"


def test_main_event_is_the_most_confident() -> None:
    low, high = event("AID", 2, "asserted", 0.4), event("ASSAULT", 4, "asserted", 0.9)
    assert events_eval.main_event([low, high]) is high
    assert events_eval.main_event([]) is None
    assert events_eval.main_event([event("ASSAULT", 4, "hypothetical", 0.9)]) is None


def test_conflibert_classes_are_phoenix_classes_by_cameo_root() -> None:
    def coded(cameo: str, quad: int) -> Event:
        return Event.from_dict({**event("REQUEST", quad, "asserted").to_dict(), "cameo": cameo})

    assert events_eval.conflibert_class(None) == "0"
    assert events_eval.conflibert_class(coded("020", 1)) == "0"  # an appeal is neutral
    assert events_eval.conflibert_class(coded("016", 1)) == "0"  # so is a denial
    assert events_eval.conflibert_class(coded("036", 1)) == "1"
    assert events_eval.conflibert_class(coded("0841", 2)) == "2"
    assert events_eval.conflibert_class(coded("163", 4)) == "3"  # sanctions: verbal conflict
    assert events_eval.conflibert_class(coded("190", 4)) == "4"


def test_conflibert_classes_read_refusals_and_intentions_the_plover_way() -> None:
    def coded(event_type: str, cameo: str, quad: int, modality: str) -> Event:
        record = event(event_type, quad, modality).to_dict()
        return Event.from_dict({**record, "cameo": cameo})

    # "refused to lift the sanctions": a rejection (CAMEO 12), verbal conflict.
    assert events_eval.conflibert_class(coded("CONCEDE", "0812", 2, "negated")) == "3"
    # "pledged to send aid": an intent to cooperate (03); "vowed to strike": a threat (13).
    assert events_eval.conflibert_class(coded("AID", "070", 2, "future")) == "1"
    assert events_eval.conflibert_class(coded("ASSAULT", "190", 4, "future")) == "3"
    assert events_eval.conflibert_class(coded("AID", "070", 2, "asserted")) == "2"


def test_absent_data_is_skipped(tmp_path: Path) -> None:
    out = io.StringIO()
    assert events_eval.run(tmp_path, out, None) == 0
    assert "skipped" in out.getvalue()


@pytest.mark.slow
def test_scores_the_shared_gold_sets(shared_data: Path) -> None:
    out = io.StringIO()
    assert events_eval.run(shared_data, out, 15) == 0
    text = out.getvalue()
    assert "PLOVER GSR (15 sentences)" in text and "summary: GSR type" in text


def test_the_gsr_report_lists_its_confusions(tmp_path: Path, pipeline: Pipeline) -> None:
    gsr = tmp_path / "gsr.json"
    rows = [
        {"id": "g1", "event": "DEMAND", "text": "Iran demanded that Iraq withdraw."},
        {"id": "g2", "event": "FIGHT", "text": "Iran demanded that Iraq withdraw."},
        {"id": "g3", "event": "FIGHT", "text": "The weather was mild."},
    ]
    gsr.write_text(json.dumps([{**r, "source": [], "target": ""} for r in rows]))
    out = io.StringIO()
    events_eval.score_gsr(pipeline, gsr, out, None)
    assert "most frequent confusions (gold→main event): ASSAULT→REQUEST 1, ASSAULT→none 1" in (
        out.getvalue()
    )
    assert "misses by cause: no event 1, type not coded 1" in out.getvalue()


def test_a_miss_is_put_down_to_its_cause(pipeline: Pipeline) -> None:
    attack = pipeline.code("Rebels could attack the airport.")  # a hypothetical ASSAULT
    assert events_eval.miss_cause("ASSAULT", attack) == "type coded, modality not scored"
    both = pipeline.code("Iran demanded that Iraq withdraw after its troops attacked Basra.")
    assert events_eval.miss_cause("ASSAULT", both) == "type coded, not chosen"
    assert events_eval.miss_cause("AID", both) == "type not coded"
    assert events_eval.miss_cause("AID", []) == "no event"
