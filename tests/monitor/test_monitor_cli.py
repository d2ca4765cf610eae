"""``flashpoint monitor`` prints the current alerts."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.monitor import EscalationPolicy, current_alerts
from flashpoint.store.db import Store


def test_monitor_prints_the_alerts(monitor_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["monitor", "--db", str(monitor_db), "--window", "4", "--min-history", "2"]
    assert main([*args, "--threshold", "2", "--days", "30"]) == 0
    out = capsys.readouterr().out
    assert "escalation alert(s)" in out and "POL-RUS" in out
    assert main(["monitor", "--db", str(monitor_db), "--method", "cusum"]) == 0
    assert "escalation alert(s)" in capsys.readouterr().out
    with Store(monitor_db, read_only=True) as store:
        none = current_alerts(store, policy=EscalationPolicy(threshold=1000))
    assert none == []
    assert main(["monitor", "--db", str(monitor_db), "--threshold", "1000"]) == 0
    assert "0 escalation alert(s)" in capsys.readouterr().out


def test_monitor_needs_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["monitor", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such database" in capsys.readouterr().err
